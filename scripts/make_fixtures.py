"""Regenerate audio_fixtures/*.wav from the texts beside them, with espeak-ng through pyttsx3.

Each NAME.txt becomes NAME.wav: 16 kHz mono 16-bit PCM, the text spoken at a fixed rate with
a fixed voice, with a second of silence before and after (as a person pauses around an answer).
Run: .venv/bin/python scripts/make_fixtures.py
"""

from __future__ import annotations

import tempfile
import wave
from pathlib import Path

import av
import numpy as np

from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.audio.speech import synthesize_to_wav
from voice_interviewer.resources import FIXTURES_DIR

RATE_WPM = 130
VOICE = "gmw/en-us"
PADDING_S = 1.0


def write_wav(path: Path, samples: np.ndarray) -> None:
    pcm = np.clip(samples * 32768.0, -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(SAMPLE_RATE)
        handle.writeframes(pcm.tobytes())


def make(text_path: Path) -> Path:
    text = text_path.read_text(encoding="utf-8").strip()
    with tempfile.TemporaryDirectory() as tmp:
        raw = synthesize_to_wav(text, Path(tmp) / "raw.wav", rate=RATE_WPM, voice=VOICE)
        speech = load_audio(raw)
    silence = np.zeros(int(PADDING_S * SAMPLE_RATE), dtype=np.float32)
    target = text_path.with_suffix(".wav")
    write_wav(target, np.concatenate([silence, speech, silence]))
    return target


def main() -> None:
    print(f"espeak-ng through pyttsx3, PyAV {av.__version__}")
    for text_path in sorted(FIXTURES_DIR.glob("*.txt")):
        target = make(text_path)
        with wave.open(str(target)) as handle:
            seconds = handle.getnframes() / handle.getframerate()
        print(f"{target.name}: {seconds:.1f} s")


if __name__ == "__main__":
    main()
