"""Read the labelled answers (README.md beside this file) into timed transcripts and labels."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

from voice_interviewer.transcription.transcript import Transcript, Word

EVAL_DIR = Path(__file__).resolve().parent
SPLITS = ("dev", "heldout")
_KINDS = {"v": "vocal", "c": "crutch", "r": "repetition"}
_SPAN_KINDS = {"verbatim": "verbatim", "slot": "template-slot", "stock": "stock-phrase"}
_PIECE = re.compile(
    r"<<(?P<open>\w+)\s|(?P<close>>>)|\{(?P<kind>[vcr]):(?P<filler>[^}]+)\}"
    r"|\((?P<pause>\d+(?:\.\d+)?)\)|(?P<word>[^\s{}<>]+|<(?!<)|>(?!>))"
)


@dataclass(frozen=True)
class LabelledAnswer:
    id: str
    split: str
    question: str
    scripts: tuple[str, ...]  # "guide", "project"
    earlier: tuple[str, ...]  # ids of earlier attempts in the same split
    read: bool
    timing: str  # natural | even | none
    transcript: Transcript
    fillers: frozenset[tuple[int, str]]  # (word index, kind)
    spans: tuple[tuple[str, int, int], ...]  # (flag kind, first word, last word)


@dataclass
class _Parsed:
    words: list[str]
    pauses: dict[int, float]  # word index -> silence before it
    fillers: set[tuple[int, str]]
    spans: list[tuple[str, int, int]]


def _parse_body(body: str, answer_id: str) -> _Parsed:
    parsed = _Parsed([], {}, set(), [])
    open_spans: list[tuple[str, int]] = []
    glue = False  # the next bare piece sticks to the last word ("}," ">>.")
    for match in _PIECE.finditer(body):
        text = match.group(0)
        attached = glue and match.start() > 0 and not body[match.start() - 1].isspace()
        glue = False
        if match.group("open"):
            open_spans.append((_SPAN_KINDS[match.group("open")], len(parsed.words)))
        elif match.group("close"):
            kind, first = open_spans.pop()
            parsed.spans.append((kind, first, len(parsed.words) - 1))
            glue = True
        elif match.group("kind"):
            parsed.fillers.add((len(parsed.words), _KINDS[match.group("kind")]))
            parsed.words.extend(match.group("filler").split())
            glue = True
        elif match.group("pause"):
            parsed.pauses[len(parsed.words)] = float(match.group("pause"))
        elif attached and parsed.words:
            parsed.words[-1] += text
            glue = True
        else:
            parsed.words.append(text)
    if open_spans:
        raise ValueError(f"{answer_id}: unclosed << span")
    return parsed


def _syllables(word: str) -> int:
    return max(1, len(re.findall(r"[aeiouy]+", word.lower().rstrip("e"))))


def _timed_words(
    parsed: _Parsed, style: str, wpm: float, seed: str
) -> tuple[tuple[Word, ...], float]:
    """Word timings from a seeded model of speech; returns (words, recording length)."""
    rng = random.Random(seed)
    natural = style == "natural"
    syllables = [_syllables(w) for w in parsed.words]
    # Seconds per syllable so that the words alone come out at the wanted rate.
    per_syllable = 60.0 / wpm * len(syllables) / sum(syllables) * 0.82
    vocal = {index for index, kind in parsed.fillers if kind == "vocal"}
    clock = rng.uniform(0.4, 1.4)
    words = []
    for index, text in enumerate(parsed.words):
        gap = rng.uniform(0.02, 0.12) if natural else 0.06
        previous = parsed.words[index - 1] if index else ""
        if previous.endswith((".", "?", "!")):
            gap += rng.uniform(0.35, 0.9) if natural else 0.45
        elif previous.endswith((",", ";", ":")):
            gap += rng.uniform(0.1, 0.45) if natural else 0.18
        if natural and (index in vocal or index - 1 in vocal):
            gap += rng.uniform(0.1, 0.4)
        gap += parsed.pauses.get(index, 0.0)
        if index == 0:
            gap = 0.0
        clock += gap
        tempo = 1 + 0.15 * math.sin(clock / 7.0) if natural else 1.0
        jitter = rng.lognormvariate(0, 0.2) if natural else rng.uniform(0.97, 1.03)
        length = syllables[index] * per_syllable * tempo * jitter
        if index in vocal:
            length = rng.uniform(0.3, 0.8) if natural else 0.3
        words.append(Word(text, round(clock, 3), round(clock + length, 3), 0.9))
        clock += length
    return tuple(words), round(clock + rng.uniform(0.5, 1.5), 3)


def _read_answer(block: str, split: str) -> LabelledAnswer:
    header, _, body = block.partition("\n---\n")
    lines = header.strip().splitlines()
    answer_id = lines[0].strip()
    fields = dict(line.split(":", 1) for line in lines[1:])
    fields = {key.strip(): value.strip() for key, value in fields.items()}
    parsed = _parse_body(body.strip(), answer_id)
    timing = fields.get("timing", "natural")
    if timing == "none":
        transcript = Transcript.from_text(" ".join(parsed.words))
    else:
        words, duration = _timed_words(parsed, timing, float(fields.get("wpm", 150)), answer_id)
        transcript = Transcript(
            text=" ".join(parsed.words),
            words=words,
            duration=duration,
            language="en",
            model="labelled",
            device="none",
        )
    return LabelledAnswer(
        id=answer_id,
        split=split,
        question=fields["question"],
        scripts=tuple(fields.get("scripts", "").split()),
        earlier=tuple(fields.get("earlier", "").split()),
        read=fields.get("read", "no") == "yes",
        timing=timing,
        transcript=transcript,
        fillers=frozenset(parsed.fillers),
        spans=tuple(parsed.spans),
    )


def load_split(split: str) -> list[LabelledAnswer]:
    text = (EVAL_DIR / f"{split}.txt").read_text(encoding="utf-8")
    return [_read_answer(block, split) for block in text.split("=== ")[1:]]
