"""Voiced frames: where the samples hold a pitch, as a voice's vowels and hums do.

A frame is voiced when it is loud enough against the speaker's own level and its normalised
autocorrelation peaks at a pitch between 60 and 400 Hz. The filler analysis listens for filled
pauses with it (analysis/filled_pauses.py), and the transcriber for weak speech the voice
activity model missed (vad.speech_regions).
"""

from __future__ import annotations

import numpy as np

from voice_interviewer.audio.decode import SAMPLE_RATE

# Voicing is judged at 8 kHz (every other sample, or after the band filter), plenty for a
# pitch below 400 Hz.
RATE = SAMPLE_RATE // 2
BAND_HZ = (70.0, 1000.0)  # where a voice's pitch and first formant lie
_FILTER_MARGIN = 400  # samples (25 ms) analysed either side of a stretch, for the filter
FRAME = 320  # 40 ms
HOP = 160  # 20 ms
_FFT_SIZE = 512  # at least FRAME + _MAX_LAG, so the autocorrelation does not wrap
_MIN_LAG, _MAX_LAG = RATE // 400, RATE // 60  # pitch from 60 to 400 Hz
PERIODICITY = 0.5  # normalised autocorrelation peak of a voiced frame
RELATIVE_LEVEL = 0.2  # a voiced frame is at least this loud against the speech around it
# Weak voicing, as a hoarse voice's over a laptop microphone's rumble and hiss: judged this
# leniently where the transcript says a filler is there. Alone, in a pause, it takes a
# humming background for a voice.
WEAK_PERIODICITY = 0.4
WEAK_RELATIVE_LEVEL = 0.1


def _frames(samples: np.ndarray) -> np.ndarray:
    count = 1 + (samples.size - FRAME) // HOP
    if count <= 0:
        return np.zeros((0, FRAME), dtype=np.float32)
    strides = (samples.strides[0] * HOP, samples.strides[0])
    return np.lib.stride_tricks.as_strided(samples, (count, FRAME), strides, writeable=False)


def band_limited(
    samples: np.ndarray, first: int, last: int, band: tuple[float, float] | None = None
) -> np.ndarray:
    """samples[first:last] (16 kHz) filtered to band (BAND_HZ) and taken at 8 kHz."""
    band = band or BAND_HZ
    low, high = max(0, first - _FILTER_MARGIN), min(samples.size, last + _FILTER_MARGIN)
    chunk = np.asarray(samples[low:high], dtype=np.float64)
    if chunk.size < 2:
        return np.zeros(0, dtype=np.float32)
    spectrum = np.fft.rfft(chunk)
    frequencies = np.fft.rfftfreq(chunk.size, 1 / SAMPLE_RATE)
    spectrum[(frequencies < band[0]) | (frequencies > band[1])] = 0
    filtered = np.fft.irfft(spectrum, n=chunk.size)[first - low : last - low : 2]
    return np.ascontiguousarray(filtered, dtype=np.float32)


def voiced_frames(
    samples: np.ndarray,
    level: float,
    periodicity: float = PERIODICITY,
    relative_level: float = RELATIVE_LEVEL,
) -> np.ndarray:
    """For each 20 ms hop of 8 kHz samples, whether the 40 ms frame there is voiced and loud
    enough. Only frames loud enough get the (costlier) periodicity check."""
    frames = _frames(samples)
    voiced = np.zeros(len(frames), dtype=bool)
    if not len(frames):
        return voiced
    rms = np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1))
    loud = np.flatnonzero(rms >= relative_level * level)
    if not loud.size:
        return voiced
    chosen = frames[loud] - frames[loud].mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(chosen, n=_FFT_SIZE, axis=1)
    autocorrelation = np.fft.irfft(np.abs(spectrum) ** 2, n=_FFT_SIZE, axis=1)
    energy = autocorrelation[:, 0]
    peak = autocorrelation[:, _MIN_LAG : _MAX_LAG + 1].max(axis=1)
    voiced[loud] = peak >= periodicity * np.maximum(energy, 1e-12)
    return voiced


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(first, last + 1) index pairs of the True runs in mask."""
    padded = np.concatenate([[False], mask, [False]])
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))
