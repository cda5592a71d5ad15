"""Text to speech: pyttsx3 (espeak-ng on Linux) synthesises to a WAV file; sounddevice plays it.

Synthesising to a file, then playing that file, gives one audio path with errors that can be
seen; pyttsx3's own playback shells out to aplay and fails silently without a sound card.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.audio.devices import (
    AudioDeviceError,
    Device,
    describe_error,
    sounddevice,
    supported_rate,
)
from voice_interviewer.errors import VoiceInterviewerError

DEFAULT_RATE = 165  # words per minute; pyttsx3's own default varies from run to run
DEFAULT_VOICE = "gmw/en-us"
_SYNTHESIS_TIMEOUT_S = 60.0


class SpeechError(VoiceInterviewerError):
    """Text to speech is unavailable or failed."""


def synthesize_to_wav(
    text: str, path: Path, rate: int = DEFAULT_RATE, voice: str | None = DEFAULT_VOICE
) -> Path:
    """Write text as speech to path (16-bit mono WAV at the engine's rate) and return path.

    Waits for the engine's finished-utterance event: runAndWait() alone can return before the
    file exists.
    """
    try:
        import pyttsx3

        engine = pyttsx3.init()
    except (ImportError, RuntimeError, OSError) as exc:
        raise SpeechError(
            f"text to speech is unavailable ({exc}); on Debian or Ubuntu: "
            "sudo apt-get install libespeak-ng1"
        ) from None
    finished = threading.Event()
    engine.connect("finished-utterance", lambda name, completed: finished.set())
    engine.setProperty("rate", rate)
    if voice:
        with contextlib.suppress(Exception):
            engine.setProperty("voice", voice)
    path.parent.mkdir(parents=True, exist_ok=True)
    # pyttsx3's espeak driver prints "Audio saved to ..." on stdout.
    with contextlib.redirect_stdout(io.StringIO()):
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        done = finished.wait(_SYNTHESIS_TIMEOUT_S)
    if not done or not path.is_file():
        raise SpeechError(f"text to speech did not produce {path}")
    return path


def play(samples: np.ndarray, output: Device, rate: int = SAMPLE_RATE) -> None:
    """Play mono float samples on output and wait until they have been heard.

    Ctrl-C stops the sound at once. Devices that do not take rate get the samples resampled
    to their own default rate.
    """
    sd = sounddevice()
    samples, rate = _for_device(samples, rate, output)
    try:
        sd.play(samples, rate, device=output.index)
        sd.wait()
    except sd.PortAudioError as exc:
        raise AudioDeviceError(
            f"cannot play sound on {output.label()}: {describe_error(exc)}; "
            "choose another with --output-device, or use --no-voice"
        ) from None
    finally:
        sd.stop()


def start_playback(samples: np.ndarray, output: Device, rate: int = SAMPLE_RATE) -> None:
    """Start playing mono float samples on output and return at once (stop_playback ends it)."""
    sd = sounddevice()
    samples, rate = _for_device(samples, rate, output)
    try:
        sd.play(samples, rate, device=output.index)
    except sd.PortAudioError as exc:
        raise AudioDeviceError(
            f"cannot play sound on {output.label()}: {describe_error(exc)}"
        ) from None


def stop_playback() -> None:
    sounddevice().stop()


def _for_device(samples: np.ndarray, rate: int, output: Device) -> tuple[np.ndarray, int]:
    if supported_rate(output, "output", rate):
        return samples.astype(np.float32), rate
    target = int(output.default_rate)
    times = np.arange(int(samples.size * target / rate)) * (rate / target)
    return np.interp(times, np.arange(samples.size), samples).astype(np.float32), target


@dataclass(frozen=True)
class Voice:
    """How questions are spoken: an espeak-ng voice name and a rate in words per minute."""

    name: str = DEFAULT_VOICE
    rate: int = DEFAULT_RATE


def speak(text: str, voice: Voice, output: Device) -> float:
    """Say text on output; return the seconds of speech played.

    Raises SpeechError when TTS is unavailable and AudioDeviceError when playback fails.
    """
    with tempfile.TemporaryDirectory(prefix="voice-interviewer-") as folder:
        wav = synthesize_to_wav(text, Path(folder) / "question.wav", voice.rate, voice.name)
        samples = load_audio(wav)
    play(samples, output)
    return samples.size / SAMPLE_RATE
