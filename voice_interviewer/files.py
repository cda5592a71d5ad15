"""Writing output files whole: a failed write never leaves half a report or export behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from voice_interviewer.errors import VoiceInterviewerError


def write_atomically(path: Path, text: str) -> Path:
    """Write text to path through a temporary file beside it; path is replaced only at the end."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        reason = exc.strerror or str(exc)
        raise VoiceInterviewerError(f"cannot write {path}: {reason}") from None
    return path
