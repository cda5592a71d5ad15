"""Helpers that write test recordings in any format with PyAV."""

from __future__ import annotations

import wave
from collections.abc import Iterable
from pathlib import Path

import av
import numpy as np

from voice_interviewer.audio.decode import SAMPLE_RATE

# (container format, codec, file suffix) that the test machine's PyAV can write.
FORMATS = [
    ("wav", "pcm_s16le", ".wav"),
    ("flac", "flac", ".flac"),
    ("mp3", "libmp3lame", ".mp3"),
    ("ogg", "libopus", ".ogg"),
    ("ipod", "aac", ".m4a"),
]


def write_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE, channels: int = 1) -> Path:
    pcm = np.clip(samples * 32768.0, -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(channels)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(pcm.tobytes())
    return path


def encode(samples: np.ndarray, path: Path, container: str, codec: str) -> Path:
    """Write 16 kHz mono float samples into path with the given container and codec."""
    return encode_blocks([samples], path, container, codec)


def encode_blocks(blocks: Iterable[np.ndarray], path: Path, container: str, codec: str) -> Path:
    """Like encode, for a recording made of consecutive blocks (never all in memory)."""
    with av.open(str(path), "w", format=container) as output:
        stream = output.add_stream(codec, rate=SAMPLE_RATE)
        stream.layout = "mono"
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=SAMPLE_RATE)
        for samples in blocks:
            pcm = np.clip(samples * 32767, -32768, 32767).astype(np.int16).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
            frame.sample_rate = SAMPLE_RATE
            for resampled in resampler.resample(frame):
                for packet in stream.encode(resampled):
                    output.mux(packet)
        for packet in stream.encode(None):
            output.mux(packet)
    return path
