"""Writing output files whole: a failed write never leaves half a report or export behind."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from voice_interviewer.errors import VoiceInterviewerError


def write_atomically(path: Path, text: str) -> Path:
    """Write text to path through a temporary file beside it; path is replaced only at the end.

    The file gets the usual permissions (0666 less the umask), like any file the user writes.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with open(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise VoiceInterviewerError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
