"""Text to speech: pyttsx3 (espeak-ng on Linux) synthesises to a WAV file.

Synthesising to a file, then playing that file, gives one audio path with errors that can be
seen; pyttsx3's own playback shells out to aplay and fails silently without a sound card.
"""

from __future__ import annotations

import contextlib
import io
import threading
from pathlib import Path

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
