"""Vocal fillers on real recorded speech that nobody here labelled (tests/data/real-speech/,
read in place): found with the default settings by `review`'s whole-file path and by the
drill's live path, and found alike in an excerpt and in the whole recording."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import tomllib

from tests.audio_tools import write_wav
from voice_interviewer.analysis.delivery import DeliveryOptions, analyse_delivery
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.config import Settings
from voice_interviewer.transcription.streaming import STEP_SAMPLES, StreamingTranscriber
from voice_interviewer.transcription.transcript import Transcript
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions

REAL_SPEECH = Path(__file__).resolve().parent / "data" / "real-speech"
_CUE = re.compile(r"^(\d+):(\d+):([\d.]+) --> (\d+):(\d+):([\d.]+)")
Span = tuple[float, float]


def real_recording(name: str) -> Path:
    path = REAL_SPEECH / name
    if not path.is_file() or not path.with_suffix(".vtt").is_file():
        pytest.skip(f"{path} or its .vtt reference is not here (see tests/data/real-speech)")
    return path


def reference_fillers(wav: Path) -> list[Span]:
    """The [UH]/[UM] cues of the recording's verbatim WebVTT reference."""
    spans, timing = [], None
    for line in wav.with_suffix(".vtt").read_text(encoding="utf-8").splitlines():
        if match := _CUE.match(line):
            h1, m1, s1, h2, m2, s2 = (float(g) for g in match.groups())
            timing = (h1 * 3600 + m1 * 60 + s1, h2 * 3600 + m2 * 60 + s2)
        elif timing and line.strip() in ("[UH]", "[UM]"):
            spans.append(timing)
    return spans


def matched(reference: list[Span], found: list[Span]) -> tuple[int, int]:
    """(reference fillers found, detections that match none): paired one to one when they
    overlap or lie within 0.5 s, as bench/real_fillers.py pairs them."""
    free = list(found)
    hits = 0
    for start, end in sorted(reference):
        near = [
            (max(0.0, start - f[1], f[0] - end), i)
            for i, f in enumerate(free)
            if max(0.0, start - f[1], f[0] - end) <= 0.5
        ]
        if near:
            free.pop(min(near)[1])
            hits += 1
    return hits, len(free)


def vocal_fillers(transcript: Transcript, samples: np.ndarray) -> list[Span]:
    options = DeliveryOptions.from_settings(Settings())
    delivery = analyse_delivery(transcript, samples, options=options)
    return [(f.start, f.end) for f in delivery.fillers.fillers if f.kind == "vocal"]


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    """Whisper with the default settings (keep_fillers: the filler hotwords)."""
    model = Transcriber(TranscriptionOptions.from_settings(Settings(device="cpu")))
    model.load()
    return model


@pytest.fixture(scope="module")
def hoarse_review(transcriber: Transcriber) -> tuple[Path, np.ndarray, list[Span]]:
    """A speaker with a cold, reviewed as `review FILE` does: (path, samples, fillers)."""
    path = real_recording("mfa-cold_corpus.wav")
    samples = load_audio(path)
    return path, samples, vocal_fillers(transcriber.transcribe_file(path), samples)


def test_the_references_mark_every_filler() -> None:
    counts = {
        name: len(reference_fillers(real_recording(name)))
        for name in ("mfa-acoustic_corpus.wav", "mfa-cold_corpus.wav", "mfa-cold_corpus3.wav")
    }
    assert counts == {
        "mfa-acoustic_corpus.wav": 3,
        "mfa-cold_corpus.wav": 5,
        "mfa-cold_corpus3.wav": 6,
    }


def test_review_finds_the_fillers_of_a_hoarse_voice(
    hoarse_review: tuple[Path, np.ndarray, list[Span]],
) -> None:
    """The audio check once dropped every "uh" Whisper wrote here: too weakly voiced."""
    path, _samples, found = hoarse_review
    hits, extra = matched(reference_fillers(path), found)
    assert hits >= 4 and extra <= 1, found


def test_the_drill_finds_the_fillers_while_the_person_speaks(transcriber: Transcriber) -> None:
    path = real_recording("mfa-cold_corpus3.wav")
    samples = load_audio(path)
    stream = StreamingTranscriber(transcriber).start()
    for index in range(0, samples.size, STEP_SAMPLES):
        stream.feed(samples[index : index + STEP_SAMPLES])
    found = vocal_fillers(stream.finish(), samples)
    hits, extra = matched(reference_fillers(path), found)
    # One extra was measured here (AMD, oneDNN); one more leaves room for another CPU's kernels.
    assert hits >= 5 and extra <= 2, found


def test_an_excerpt_finds_the_fillers_of_the_whole(
    transcriber: Transcriber,
    hoarse_review: tuple[Path, np.ndarray, list[Span]],
    tmp_path: Path,
) -> None:
    """The recording stopped in the pause before its last "uh" (17.43 s in the reference).

    At most one filler of the whole may be lost, and one appear: Whisper keeps or drops a
    borderline hoarse "uh" on the slightest change of its input or of the CPU's kernels
    (bench/real_fillers.py counts such losses)."""
    _path, samples, whole = hoarse_review
    end = 17.43
    part = samples[: int(end * SAMPLE_RATE)]
    excerpt = write_wav(tmp_path / "excerpt.wav", part)
    found = vocal_fillers(transcriber.transcribe_file(excerpt), part)
    inside = [f for f in whole if (f[0] + f[1]) / 2 <= end]
    assert len(inside) >= 3
    kept, new = matched(inside, found)
    assert kept >= len(inside) - 1 and new <= 1, (inside, found)


def test_the_drill_keeps_a_hoarse_filler_after_the_last_words(transcriber: Transcriber) -> None:
    """A recording stopped 0.7 s after its last "uh" (17.78-18.32 s in the reference), which
    the voice activity model hears as silence: the drill once transcribed only up to the pause
    before it, and the filler was lost."""
    path = real_recording("mfa-cold_corpus.wav")
    start, end = 12.7, 19.0
    samples = load_audio(path)[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
    stream = StreamingTranscriber(transcriber).start()
    for index in range(0, samples.size, STEP_SAMPLES):
        stream.feed(samples[index : index + STEP_SAMPLES])
    found = [(a + start, b + start) for a, b in vocal_fillers(stream.finish(), samples)]
    last = [f for f in reference_fillers(path) if f[0] >= start]
    hits, extra = matched(last, found)
    # None extra was measured here (Intel, oneDNN); one leaves room for another CPU's kernels.
    assert hits == 1 and extra <= 1, found


def test_an_excerpt_that_opens_on_weak_speech_keeps_its_first_words(
    transcriber: Transcriber,
) -> None:
    """Cut in the pause before a hoarse "Um, I have a cold" (6.52-8.10 s in the reference):
    voice activity detection heard only "cold", and Whisper was given the audio from 7.87 s.
    The words come out sure (0.92-0.99 here); the "Um" does too, but at a probability of 0.08,
    which another CPU's kernels may tip, so it is not asked for."""
    samples = load_audio(real_recording("mfa-cold_corpus3.wav"))
    start = 6.22
    words = transcriber.transcribe_chunk(samples[int(start * SAMPLE_RATE) :], start, tight=True)
    text = " ".join(w.text for w in words[:6]).lower()
    assert "i have a cold" in text, text
    assert words[0].start <= 7.5, words[0]  # "I" was said at 7.21 s


def test_every_short_clip_has_its_transcript() -> None:
    """bench/real_fillers.py --clips scores each clip against its transcript: none may be
    left without one, nor a transcript without its clip."""
    folder = REAL_SPEECH / "mfa-clips"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here (see tests/data/real-speech)")
    transcripts = tomllib.loads((folder / "transcripts.toml").read_text(encoding="utf-8"))
    assert {path.stem for path in folder.glob("*.flac")} == set(transcripts)
    fillers = {
        name: sum(word in ("uh", "um", "hm") for word in text.split())
        for name, text in transcripts.items()
    }
    assert sum(fillers.values()) == 18
    assert sum(1 for count in fillers.values() if count) == 6
