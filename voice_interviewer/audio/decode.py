"""Load, validate and resample any input recording to 16 kHz mono float32.

Decoding goes through PyAV (FFmpeg's libraries, as faster-whisper does), so wav, flac, mp3,
ogg/opus and m4a all work. Long files are streamed in blocks: a 2-hour recording never sits in
memory as float samples.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from voice_interviewer.errors import AudioInputError

SAMPLE_RATE = 16000
# Decoded audio may fall short of the declared length by this much before it counts as cut off.
_TRUNCATION_TOLERANCE_S = 1.0


@dataclass(frozen=True)
class AudioInfo:
    """What the container says about a recording, before decoding it."""

    path: Path
    container: str
    codec: str
    sample_rate: int
    channels: int
    duration: float | None  # seconds; None when the container does not say


def check_file(path: Path) -> Path:
    """Fail with one clear sentence unless path is a readable, non-empty file."""
    if not path.exists():
        raise AudioInputError(f"{path}: no such file")
    if path.is_dir():
        raise AudioInputError(f"{path} is a folder, not an audio file")
    if not path.is_file():
        raise AudioInputError(f"{path} is not a regular file")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except OSError as exc:
        raise AudioInputError(f"{path}: cannot read it ({exc.strerror})") from None
    if size == 0:
        raise AudioInputError(f"{path} is empty (0 bytes)")
    return path


def _wav_is_cut_off(path: Path) -> bool:
    """True when a RIFF/WAVE header promises more sample data than the file holds.

    FFmpeg trusts the file size for WAV, so a cut-off WAV would pass for a complete one.
    Headers with a 0 or 0xFFFFFFFF data size (written by streaming recorders) say nothing.
    """
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(12)
        if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
            return False
        offset = 12
        while offset + 8 <= size:
            handle.seek(offset)
            chunk_id, chunk_size = struct.unpack("<4sI", handle.read(8))
            if chunk_id == b"data":
                return chunk_size not in (0, 0xFFFFFFFF) and offset + 8 + chunk_size > size
            offset += 8 + chunk_size + (chunk_size & 1)
    return False


def _open(path: Path) -> av.container.InputContainer:
    try:
        return av.open(str(path), metadata_errors="ignore")
    except av.FFmpegError as exc:
        raise AudioInputError(
            f"{path} is not an audio file this program can read ({exc.strerror})"
        ) from None


def probe(path: Path) -> AudioInfo:
    """Validate path and read its audio stream's description; check it is not cut off."""
    check_file(path)
    if _wav_is_cut_off(path):
        raise AudioInputError(
            f"{path} is truncated: its WAV header promises more audio than the file holds"
        )
    with _open(path) as container:
        if not container.streams.audio:
            raise AudioInputError(f"{path} has no audio stream")
        stream = container.streams.audio[0]
        duration = container.duration / 1_000_000 if container.duration else None
        info = AudioInfo(
            path=path,
            container=container.format.name,
            codec=stream.codec_context.name,
            sample_rate=stream.rate or 0,
            channels=stream.channels or 0,
            duration=duration,
        )
        if duration and duration > 2 * _TRUNCATION_TOLERANCE_S:
            _check_tail(container, stream, duration, path)
    return info


def _check_tail(container, stream, duration: float, path: Path) -> None:
    """Seek to the last second: a cut-off file has no audio there."""
    try:
        container.seek(int((duration - _TRUNCATION_TOLERANCE_S) * 1_000_000))
        frame = next(container.decode(stream), None)
    except (av.FFmpegError, StopIteration):
        frame = None
    if frame is None or frame.time is None or frame.time < duration - 4 * _TRUNCATION_TOLERANCE_S:
        reached = (
            f"{frame.time:.1f} s" if frame is not None and frame.time is not None else "nothing"
        )
        raise AudioInputError(
            f"{path} is truncated or corrupt: it declares {duration:.1f} s of audio, "
            f"but its end ({reached}) cannot be decoded"
        )


def iter_blocks(
    path: Path, block_seconds: float = 60.0, info: AudioInfo | None = None
) -> Iterator[np.ndarray]:
    """Yield the recording as 16 kHz mono float32 blocks of block_seconds (the last shorter).

    info is probe(path) when the caller has it already. Raises AudioInputError when decoding
    fails part-way or ends well short of the declared length.
    """
    info = info or probe(path)
    block_len = int(block_seconds * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    pending_len = 0
    decoded = 0
    resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
    with _open(path) as container:
        stream = container.streams.audio[0]
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    samples = out.to_ndarray().reshape(-1)
                    pending.append(samples)
                    pending_len += samples.size
                    decoded += samples.size
                    while pending_len >= block_len:
                        block, pending = _split(pending, block_len)
                        pending_len -= block_len
                        yield block
            for out in resampler.resample(None):
                pending.append(out.to_ndarray().reshape(-1))
                decoded += pending[-1].size
        except av.FFmpegError as exc:
            raise AudioInputError(
                f"{path} is corrupt or truncated: decoding failed after "
                f"{decoded / SAMPLE_RATE:.1f} s ({exc.strerror})"
            ) from None
    if pending:
        yield _to_float(np.concatenate(pending))
    if decoded == 0:
        raise AudioInputError(f"{path} holds no decodable audio")
    if info.duration and decoded / SAMPLE_RATE < info.duration - _TRUNCATION_TOLERANCE_S:
        raise AudioInputError(
            f"{path} is truncated: it declares {info.duration:.1f} s of audio but only "
            f"{decoded / SAMPLE_RATE:.1f} s could be decoded"
        )


def _split(pending: list[np.ndarray], length: int) -> tuple[np.ndarray, list[np.ndarray]]:
    joined = np.concatenate(pending)
    return _to_float(joined[:length]), [joined[length:]]


def _to_float(samples: np.ndarray) -> np.ndarray:
    return samples.astype(np.float32) / 32768.0


def load_audio(path: Path, max_seconds: float = 600.0) -> np.ndarray:
    """The whole recording as one float32 array; refuses files longer than max_seconds."""
    blocks = []
    total = 0
    for block in iter_blocks(path):
        total += block.size
        if total > max_seconds * SAMPLE_RATE:
            raise AudioInputError(f"{path} is longer than {max_seconds:.0f} s")
        blocks.append(block)
    return np.concatenate(blocks)
