"""Voice activity detection with the Silero model that ships inside faster-whisper's wheel."""

from __future__ import annotations

import numpy as np
from faster_whisper.vad import VadOptions, get_speech_timestamps

from voice_interviewer.audio.decode import SAMPLE_RATE

_FRAME = int(0.03 * SAMPLE_RATE)


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
