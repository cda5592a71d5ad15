"""Terminal output shared by every view: the two consoles, errors, notes and progress."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

out = Console(highlight=False, soft_wrap=True)


err = Console(stderr=True, highlight=False, soft_wrap=True)


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "--:--.-"
    minutes, rest = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours}:{minutes:02d}:{rest:04.1f}" if hours else f"{minutes:02d}:{rest:04.1f}"


def error(message: str) -> None:
    err.print(Text(f"error: {message}", style="bold red"))


def warning(message: str) -> None:
    err.print(Text(f"warning: {message}", style="yellow"))


class TranscriptionProgress:
    """A spinner while the model loads, then a bar over the audio's seconds."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._task = progress.add_task("Starting", total=None)

    def status(self, message: str) -> None:
        self._progress.update(self._task, description=message, total=None, completed=0)

    def start_file(self, name: str, seconds: float | None) -> None:
        self._progress.update(
            self._task, description=f"Transcribing {name}", total=seconds, completed=0
        )

    def advance(self, done: float, total: float | None) -> None:
        self._progress.update(self._task, completed=done, total=total)


class _AudioSecondsColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        if task.total is None:
            return Text("")
        return Text(f"{task.completed:>5.0f}/{task.total:.0f} s of audio", style="dim")


@contextlib.contextmanager
def transcription_progress() -> Iterator[TranscriptionProgress]:
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        _AudioSecondsColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        yield TranscriptionProgress(progress)


@contextlib.contextmanager
def working(message: str) -> Iterator[None]:
    """A spinner on stderr while something takes a moment (nothing when not a terminal)."""
    if not err.is_terminal:
        yield
        return
    with err.status(message):
        yield


def shorten(quote: str, limit: int = 160) -> str:
    return quote if len(quote) <= limit else quote[: limit - 1].rsplit(" ", 1)[0] + " …"


def show_note(message: str, style: str = "dim") -> None:
    out.print(Text(message, style=style))
