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

from voice_interviewer.analysis.pace import Pace
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


def _line_starts(words: tuple[Word, ...]) -> list[int]:
    """Indices of the words that start a transcript line: after a sentence end or a long silence."""
    starts = []
    for index, word in enumerate(words):
        previous = words[index - 1] if index else None
        new_line = previous is None or previous.text.endswith((".", "?", "!"))
        if previous and previous.end is not None and word.start is not None:
            new_line = new_line or word.start - previous.end >= _LINE_BREAK_PAUSE_S
        if new_line:
            starts.append(index)
    return starts


def show_review(review: AnswerReview) -> None:
    transcript, pace = review.transcript, review.pace
    heading = Text(review.source, style="bold")
    if transcript.duration is not None:
        heading.append(f"  {transcript.duration:.1f} s", style="dim")
    if transcript.model == "plain text":
        heading.append("  · plain-text transcript, no timings", style="dim")
    else:
        heading.append(
            f"  · Whisper {transcript.model} on {transcript.device} {transcript.compute_type}"
            f" · transcribed in {transcript.timings.transcribe_s:.1f} s",
            style="dim",
        )
    out.print(heading)
    if review.question:
        out.print(Text(f"Question: {review.question}", style="italic"))
    for start, line in _highlighted_lines(review):
        out.print(Text.assemble((f"  [{clock(start)}] ", "cyan"), line))
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
    if review.delivery:
        _show_delivery(review)
    out.print()


# --- delivery: fillers highlighted in the transcript, pace figures, rehearsal flags ---------

_FILLER_STYLE = "bold magenta"


def _highlighted_lines(review: AnswerReview) -> list[tuple[float | None, Text]]:
    """The transcript lines with fillers highlighted; fillers heard only in the audio appear
    as "(um?)" where they were heard."""
    words = review.transcript.words
    fillers = review.delivery.fillers if review.delivery else None
    marked = fillers.word_indices() if fillers else set()
    heard = sorted(
        (f.start, f.end) for f in (fillers.fillers if fillers else ()) if f.source == "audio"
    )
    lines: list[tuple[float | None, Text]] = []
    line_starts = iter(_line_starts(words))
    next_start = next(line_starts, None)
    for index, word in enumerate(words):
        if index == next_start:
            lines.append((word.start, Text()))
            next_start = next(line_starts, None)
        text = lines[-1][1]
        # Whisper stretches a word back over a filler it left out: the filler goes before the
        # first word that ends after it.
        while heard and word.end is not None and heard[0][1] <= word.end:
            heard.pop(0)
            text.append("(um?) ", style=_FILLER_STYLE)
        text.append(word.text, style=_FILLER_STYLE if index in marked else "")
        text.append(" ")
    for _, text in lines:
        text.rstrip()
    return lines


def _show_delivery(review: AnswerReview) -> None:
    delivery = review.delivery
    assert delivery is not None
    fillers, pace = delivery.fillers, delivery.pace
    line = Text.assemble(("Fillers: ", "bold"), str(fillers.count))
    rate = (
        f"{fillers.per_minute:.1f} per minute"
        if fillers.per_minute is not None
        else "per minute unavailable (no timings)"
    )
    if fillers.per_100_words is not None:
        line.append(f" · {fillers.per_100_words:.1f} per 100 words · {rate}")
    crutches = fillers.top_crutches(3)
    if crutches:
        line.append(" · most used: " + ", ".join(f'"{t}" ({n})' for t, n in crutches))
    heard = sum(1 for f in fillers.fillers if f.source == "audio")
    if heard:
        line.append(f" · {heard} heard in the audio only, shown as (um?)", style="dim")
    out.print(line)
    out.print(_pace_line(pace))
    for flag in delivery.rehearsal.flags:
        where = f" at {clock(flag.start)}" if flag.start is not None else ""
        source = f" ({flag.source})" if flag.source else ""
        out.print(
            Text.assemble(
                (f"Rehearsed · {flag.kind}{where}{source}: ", "bold yellow"),
                (f'"{_shorten(flag.quote)}"', "italic"),
            )
        )
        out.print(Text(f"    {flag.why}", style="dim"))


def _pace_line(pace: Pace) -> Text:
    targets = pace.targets
    if pace.speaking_time_s is None:
        return Text(
            "Pace: unavailable without word timings (pauses, delay and fast or slow stretches "
            "need a recording)",
            style="dim",
        )
    parts = []
    if pace.words_per_minute is not None:
        verdict = (
            "fast"
            if pace.words_per_minute > targets.max_wpm
            else "slow"
            if pace.words_per_minute < targets.min_wpm
            else "on target"
        )
        parts.append(
            f"{pace.words_per_minute:.0f} wpm ({verdict}; target "
            f"{targets.min_wpm:.0f}-{targets.max_wpm:.0f})"
        )
    if pace.first_word_delay_s is not None:
        late = " (long)" if pace.first_word_delay_s > targets.first_word_delay_s else ""
        parts.append(f"first word after {pace.first_word_delay_s:.1f} s{late}")
    if pace.silence_s is not None:
        parts.append(f"silent {pace.silence_s:.1f} s of {pace.speaking_time_s:.1f} s")
    mid = [p for p in pace.pauses if p.at == "mid-sentence"]
    plural = "" if len(pace.pauses) == 1 else "s"
    parts.append(
        f"{len(pace.pauses)} pause{plural} ({len(mid)} mid-sentence, {len(pace.long_pauses())} "
        f"of {targets.long_pause_s:.0f} s or more)"
    )
    for stretch in pace.stretches:
        parts.append(
            f"{stretch.kind} {clock(stretch.start)}-{clock(stretch.end)} "
            f"({stretch.words_per_minute:.0f} wpm)"
        )
    return Text.assemble(("Pace: ", "bold"), " · ".join(parts))


def _shorten(quote: str, limit: int = 160) -> str:
    return quote if len(quote) <= limit else quote[: limit - 1].rsplit(" ", 1)[0] + " …"
