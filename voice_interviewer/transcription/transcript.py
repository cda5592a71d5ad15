"""The transcript that every later stage reads: words with timings, frozen."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from voice_interviewer.errors import TranscriptFileError

_SENTENCE_END = re.compile(r"[.?!]+$")
# Caption files' lines that are not speech: the WEBVTT header, cue numbers and cue timings.
_CUE_LINE = re.compile(r"^\s*(WEBVTT.*|\d+|[\d:.,]+\s*-->\s*[\d:.,]+.*)\s*$")
# Whisper times a word it did not hear (a loop, text repeated over noise) into no time: a
# word shorter than this was not heard.
EMPTY_WORD_S = 0.02
# A word Whisper gave a probability this low is a guess: it did not hear it.
GUESSED_PROBABILITY = 0.1


@dataclass(frozen=True)
class Word:
    """One recognised word as spoken, punctuation attached ("Americans,").

    start and end are seconds on the recording's clock; None for a plain-text transcript.
    """

    text: str
    start: float | None = None
    end: float | None = None
    probability: float | None = None


@dataclass(frozen=True)
class TranscriptionTimings:
    """Wall-clock seconds spent per step (0 where a step did not run)."""

    load_s: float = 0.0
    transcribe_s: float = 0.0


@dataclass(frozen=True)
class Transcript:
    """What was said. duration is the length of the audio in seconds (None without audio)."""

    text: str
    words: tuple[Word, ...]
    duration: float | None
    language: str
    model: str
    device: str
    compute_type: str = ""
    timings: TranscriptionTimings = field(default_factory=TranscriptionTimings)
    # Further readings of the same audio, on the same clock (TranscriptionOptions.readings):
    # the vocal fillers are voted on (analysis/filler_vote.py); the words are the first's.
    readings: tuple[tuple[Word, ...], ...] = ()

    @property
    def timed(self) -> bool:
        """True when every word has a start and an end time."""
        return bool(self.words) and all(
            w.start is not None and w.end is not None for w in self.words
        )

    def without(self, dropped: Collection[int]) -> Transcript:
        """The transcript without the words at these indices. A sentence that ended on a
        dropped word ("... the answer, uh.") ends on the word kept before it, and the commas
        Whisper put around a dropped word go with it ("the, um, sick corpus" reads "the sick
        corpus")."""
        kept: list[Word] = []
        for index, word in enumerate(self.words):
            if index not in dropped:
                kept.append(word)
                continue
            if not kept or _SENTENCE_END.search(kept[-1].text):
                continue
            previous = kept[-1]
            if end := _SENTENCE_END.search(word.text):
                kept[-1] = replace(previous, text=previous.text.rstrip(",;:") + end.group())
            elif word.text.endswith(",") and previous.text.endswith(","):
                kept[-1] = replace(previous, text=previous.text.rstrip(","))
        return replace(self, text=join_words(kept), words=tuple(kept))

    @classmethod
    def from_text(cls, text: str, language: str = "en") -> Transcript:
        """A transcript from plain text (no audio): words without timings."""
        words = tuple(Word(token) for token in re.findall(r"\S+", text))
        return cls(
            text=" ".join(w.text for w in words),
            words=words,
            duration=None,
            language=language,
            model="plain text",
            device="none",
        )


def join_words(words: Iterable[Word]) -> str:
    return re.sub(r"\s+", " ", " ".join(w.text for w in words)).strip()


def read_transcript_file(path: Path) -> Transcript:
    """A plain-text transcript (also .vtt/.srt captions, whose cue lines are skipped)."""
    if not path.exists():
        raise TranscriptFileError(f"{path}: no such file")
    if not path.is_file():
        raise TranscriptFileError(f"{path} is not a regular file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TranscriptFileError(f"{path} is not a UTF-8 text file") from None
    except OSError as exc:
        raise TranscriptFileError(f"{path}: cannot read it ({exc.strerror})") from None
    lines = [line for line in text.splitlines() if not _CUE_LINE.match(line)]
    transcript = Transcript.from_text(" ".join(lines))
    if not transcript.words:
        raise TranscriptFileError(f"{path} holds no words")
    return transcript
