"""Voice activity detection with the Silero model that ships inside faster-whisper's wheel."""

from __future__ import annotations

import numpy as np
from faster_whisper.vad import VadOptions, get_speech_timestamps, get_vad_model

from voice_interviewer.audio import voicing
from voice_interviewer.audio.decode import SAMPLE_RATE

_FRAME = int(0.03 * SAMPLE_RATE)
_SILERO_WINDOW = 512  # samples Silero judges at a time
# What Whisper is given: faster-whisper's own settings for its filter (speech padded by 0.4 s
# each side, pauses under 2 s kept).
_WHISPER_VAD = VadOptions()
_MIN_VOICED_FRAMES = 3  # 80 ms: a run of voicing shorter than a syllable is not taken as speech


def speech_spans(samples: np.ndarray, min_silence_ms: int = 300) -> list[tuple[int, int]]:
    """(start, end) sample indices of the stretches that hold speech."""
    if samples.size == 0:
        return []
    options = VadOptions(min_silence_duration_ms=min_silence_ms, speech_pad_ms=30)
    return [(span["start"], span["end"]) for span in get_speech_timestamps(samples, options)]


def quiet_cut(samples: np.ndarray, search_from: int) -> int:
    """The index in samples[search_from:] where cutting splits no word.

    The middle of the longest pause found by VAD in that window; where the window is speech
    from end to end, the quietest 30 ms frame.
    """
    window = samples[search_from:]
    if window.size < 2 * _FRAME:
        return samples.size
    spans = speech_spans(window)
    edges = [0] + [i for span in spans for i in span] + [window.size]
    gaps = [(edges[i + 1] - edges[i], edges[i]) for i in range(0, len(edges) - 1, 2)]
    length, start = max(gaps)
    if length >= _FRAME:
        return search_from + start + length // 2
    frames = window[: window.size // _FRAME * _FRAME].reshape(-1, _FRAME)
    quietest = int(np.argmin(np.sqrt(np.mean(frames**2, axis=1))))
    return search_from + quietest * _FRAME + _FRAME // 2


def speech_regions(samples: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) sample indices of the audio to transcribe: Silero's speech as
    faster-whisper's filter finds it, each region widened over voicing beyond it that Silero
    missed, less than its minimum pause away, padded as Silero pads, and the first one back to
    where Silero reading backwards hears its speech begin (_heard_backwards). Where the
    audio begins less than the padding before speech, the first region starts before sample
    0: Whisper is to be given that many samples of silence first. Given audio that begins on
    a word, it wrote "Um, uh, uh, uh, ..." to the end of its window and nothing else (the cut
    of mfa-cold_corpus.wav below); after 0.2 to 1 s of silence, every word.

    Silero misses weak speech: of a hoarse speaker's "Um, I have a cold" after a pause it heard
    only "cold", and the filter gave Whisper the audio from there, so the first words were lost
    (tests/data/real-speech/mfa-cold_corpus3.wav from 5.0 s). Voicing (a pitch in the band of
    a voice, judged as strictly as the search for filled pauses judges it) heard them. A region
    with no voicing beyond it stays as Silero found it, to the sample: Whisper's text changes
    with where its audio starts ("My weakest area" became "My weak hysteria" with 24 ms more
    lead-in)."""
    spans = get_speech_timestamps(samples, _WHISPER_VAD)
    if not spans:
        return []
    pad = _WHISPER_VAD.speech_pad_ms * SAMPLE_RATE // 1000
    reach = _WHISPER_VAD.min_silence_duration_ms * SAMPLE_RATE // 1000
    runs = _voiced_runs(samples, spans)
    regions: list[tuple[int, int]] = []
    for span in spans:
        start, end = span["start"], span["end"]
        # Widening back in time is widening forward on the times negated.
        earlier = -_widened(-start, [(-b, -a) for a, b in reversed(runs)], reach)
        later = _widened(end, runs, reach)
        start = start if earlier == start else max(0, earlier - pad)
        end = end if later == end else min(samples.size, later + pad)
        if regions and start <= regions[-1][1]:
            start = regions.pop()[0]
        regions.append((start, end))
    heard_from = _heard_backwards(samples, spans[0], pad)
    first = min(regions[0][0], heard_from)
    if first == 0 and heard_from < pad:
        first = heard_from - pad
    regions[0] = (first, regions[0][1])
    return regions


def _heard_backwards(samples: np.ndarray, first: dict[str, int], pad: int) -> int:
    """Where the speech that leads into the first span begins, as Silero hears it when it
    reads the audio backwards from the span's end.

    Silero starts every audio with no memory, and a weak voice at the very start can stay
    below its threshold for seconds: cut 0.17 s before a hoarse "different than the, uh", it
    heard nothing until 2.3 s in, where the whole recording, its memory full of the speech
    before, heard all of it (tests/data/real-speech/mfa-cold_corpus.wav from 5.7 s). Read
    backwards, the same stretch comes after the speech it leads into, as in the whole. Where
    the audio starts on a pause, the backward read hears the speech end within the padding
    and the region stays as it was: of 296 starts of every real recording, excerpt, clip and
    bundled answer, 8 began earlier, all in the two hoarse recordings (first["start"] is
    padded)."""
    onset = min(first["start"] + pad, first["end"])
    backwards = np.ascontiguousarray(samples[: first["end"]][::-1])
    padded = np.pad(backwards, (0, -backwards.size % _SILERO_WINDOW))
    probabilities = get_vad_model()(padded).reshape(-1)
    threshold = _WHISPER_VAD.neg_threshold or _WHISPER_VAD.threshold - 0.15
    frame = (first["end"] - onset) // _SILERO_WINDOW
    while frame < probabilities.size and probabilities[frame] >= threshold:
        frame += 1
    return max(0, first["end"] - frame * _SILERO_WINDOW)


def voiced_after(samples: np.ndarray, after: int) -> bool:
    """Whether samples[after:] hold a run of voicing as long as a syllable, judged against the
    level of the speech in samples as speech_regions judges the voicing it widens over."""
    spans = get_speech_timestamps(samples, _WHISPER_VAD)
    return bool(spans) and any(end > after for _start, end in _voiced_runs(samples, spans))


def _voiced_runs(samples: np.ndarray, spans: list[dict]) -> list[tuple[int, int]]:
    """(start, end) sample indices of the runs of voicing at least _MIN_VOICED_FRAMES long,
    judged against the level of the speech in spans."""
    band = voicing.band_limited(samples, 0, samples.size)
    step = SAMPLE_RATE // voicing.RATE  # 16 kHz samples per 8 kHz sample
    speech = np.concatenate([band[s["start"] // step : s["end"] // step] for s in spans])
    level = float(np.sqrt(np.mean(np.square(speech, dtype=np.float64)))) if speech.size else 0.0
    voiced = voicing.voiced_frames(band, level)
    hop = voicing.HOP * step
    return [
        (first * hop, (last - 1) * hop + voicing.FRAME * step)
        for first, last in voicing.runs(voiced)
        if last - first >= _MIN_VOICED_FRAMES
    ]


def _widened(edge: int, runs: list[tuple[int, int]], reach: int) -> int:
    """edge moved on to the end of each run that goes on past it and begins within reach of
    it, in turn (runs in time order)."""
    for start, end in runs:
        if end <= edge:
            continue
        if start - edge > reach:
            break
        edge = end
    return edge
