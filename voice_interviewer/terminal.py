"""Terminal output: progress while work runs, and results laid out for a person."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.live import Live
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

from voice_interviewer.coaching.llm import CallRecord
from voice_interviewer.coaching.schema import (
    FRAMEWORK_TITLES,
    MISTAKE_TITLES,
    Feedback,
    LlmUsage,
)
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


# --- framing feedback (coaching) -------------------------------------------------------------
def _coach_label(feedback: Feedback) -> Text:
    if feedback.coach == "llm":
        label = Text("LLM coach", style="bold green")
        label.append(f" · {feedback.model} · prompt {feedback.prompt_version}", style="dim")
    elif feedback.fallback_reason:
        label = Text("Rule coach (LLM fallback)", style="bold yellow")
        label.append(f" · {feedback.fallback_reason}", style="yellow")
    else:
        label = Text("Rule coach", style="bold cyan")
        label.append(" · instant, offline checks", style="dim")
    return Text("Framing feedback: ", style="bold") + label


def _score_bar(score: int) -> Text:
    style = "green" if score >= 4 else "yellow" if score == 3 else "red"
    return Text("●" * score + "○" * (5 - score), style=style) + Text(f" {score}/5 ")


def show_feedback(feedback: Feedback, verbose: bool = False) -> None:
    """One coach's feedback: scores, rubric, mistakes, rewrites, the next question."""
    out.print(_coach_label(feedback))
    for name, point in feedback.framework.items():
        line = Text("  ") + _score_bar(point.score)
        line.append(f"{FRAMEWORK_TITLES[name]}: ", style="bold")
        out.print(line + Text(point.evidence))
    for point in feedback.rubric_hit:
        out.print(Text("  ✓ ", style="green") + Text(point))
    for point in feedback.rubric_missed:
        out.print(Text("  ✗ ", style="red") + Text(point))
    for mistake in feedback.mistakes:
        out.print(
            Text("  ! ", style="bold red")
            + Text(f"{MISTAKE_TITLES.get(mistake.kind, mistake.kind)}: ", style="bold")
            + Text(f'"{mistake.quote}"', style="italic")
        )
    for rewrite in feedback.rewrites:
        out.print(Text("  You said: ", style="dim") + Text(f'"{rewrite.original}"', style="italic"))
        out.print(Text("  Try:      ", style="dim") + Text(rewrite.rewrite))
    if feedback.follow_up:
        out.print(Text("  Next question: ", style="bold") + Text(feedback.follow_up))
    if feedback.dropped_quotes:
        out.print(
            Text(
                f"  ({feedback.dropped_quotes} quote(s) the LLM cited are not in the transcript "
                "and were left out)",
                style="dim",
            )
        )
    if verbose and feedback.llm is not None:
        out.print(Text(f"  {llm_cost(feedback.llm)}", style="dim"))
    out.print()


def show_note(message: str, style: str = "dim") -> None:
    out.print(Text(message, style=style))


def llm_cost(usage: LlmUsage) -> str:
    def count(tokens: int | None) -> str:
        return "?" if tokens is None else str(tokens)

    return (
        f"LLM: {usage.latency_s:.1f} s, {count(usage.prompt_tokens)} prompt + "
        f"{count(usage.completion_tokens)} completion tokens"
    )


def show_call_record(record: CallRecord) -> None:
    """One LLM call, for -v: what the feedback cost and how it went (on stderr)."""
    tokens = (
        f" · {record.prompt_tokens} prompt + {record.completion_tokens} completion tokens"
        if record.prompt_tokens is not None
        else ""
    )
    detail = f" · {record.detail}" if record.detail else ""
    # While the LLM's reply streams on the screen, print above it, through the same console.
    (out if _streaming else err).print(
        Text(
            f"LLM call {record.attempt}: {record.outcome} · {record.model} · "
            f"{record.latency_s:.1f} s{tokens}{detail}",
            style="dim",
        )
    )


class _StreamView:
    """The LLM's answer as it arrives: a token count, the time and the latest text."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.text = ""
        self.tokens = 0
        self.started = time.monotonic()

    def add(self, token: str) -> None:
        self.text += token
        self.tokens += 1

    def __rich__(self) -> Text:
        seconds = time.monotonic() - self.started
        tail = " ".join(self.text.split())[-160:]
        view = Text(f"{self.label}: writing feedback · {self.tokens} tokens · {seconds:.0f} s\n")
        return view.append(tail, style="dim")


_streaming = False


@contextlib.contextmanager
def llm_stream(label: str | None) -> Iterator[Callable[[str], None] | None]:
    """A token callback that shows the LLM's reply live on a terminal; None elsewhere.

    label is the LLM's name; None when no LLM will be asked.
    """
    global _streaming
    if label is None or not out.is_terminal:
        yield None
        return
    view = _StreamView(label)
    with Live(view, console=out, transient=True, refresh_per_second=8):
        _streaming = True
        try:
            yield view.add
        finally:
            _streaming = False
