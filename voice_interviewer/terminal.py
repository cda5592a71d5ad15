"""Terminal output: progress while work runs, and results laid out for a person."""

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

from voice_interviewer.review import AnswerReview
from voice_interviewer.transcript import Word

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

# A new transcript line starts after a sentence end or a silence this long.
_LINE_BREAK_PAUSE_S = 1.5


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


def _transcript_lines(words: tuple[Word, ...]) -> list[tuple[float | None, str]]:
    lines: list[tuple[float | None, list[str]]] = []
    previous: Word | None = None
    for word in words:
        new_line = previous is None or previous.text.endswith((".", "?", "!"))
        if previous and previous.end is not None and word.start is not None:
            new_line = new_line or word.start - previous.end >= _LINE_BREAK_PAUSE_S
        if new_line:
            lines.append((word.start, []))
        lines[-1][1].append(word.text)
        previous = word
    return [(start, " ".join(texts)) for start, texts in lines]


def show_review(review: AnswerReview) -> None:
    transcript, pace = review.transcript, review.pace
    heading = Text(review.source, style="bold")
    if transcript.duration is not None:
        heading.append(f"  {transcript.duration:.1f} s", style="dim")
    heading.append(
        f"  · Whisper {transcript.model} on {transcript.device} {transcript.compute_type}"
        f" · transcribed in {transcript.timings.transcribe_s:.1f} s",
        style="dim",
    )
    out.print(heading)
    if review.question:
        out.print(Text(f"Question: {review.question}", style="italic"))
    for start, line in _transcript_lines(transcript.words):
        out.print(Text(f"  [{clock(start)}] ", style="cyan") + Text(line))
    figures = [f"{pace.word_count} words"]
    if pace.speaking_time_s is not None:
        figures.append(f"speaking time {pace.speaking_time_s:.1f} s")
    figures.append(
        f"{pace.words_per_minute:.0f} words per minute"
        if pace.words_per_minute is not None
        else "words per minute unavailable (no timings)"
    )
    out.print(Text(" · ".join(figures)))
    longest = pace.longest_pauses(3)
    if longest:
        words = transcript.words
        described = [
            f'{p.duration:.1f} s at {clock(p.start)} (after "{words[p.after_word].text}")'
            for p in longest
        ]
        out.print(Text("Longest pauses: " + "; ".join(described)))
    elif pace.speaking_time_s is not None:
        out.print(Text("No pauses of half a second or more."))
    out.print()
