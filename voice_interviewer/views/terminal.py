"""Terminal output: progress while work runs, and results laid out for a person."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from rich import box
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
from rich.table import Table
from rich.text import Text

from voice_interviewer.analysis.pace import Pace
from voice_interviewer.coaching import Coaching
from voice_interviewer.coaching.llm import CallRecord
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    FRAMEWORK_TITLES,
    MISTAKE_TITLES,
    Feedback,
    LlmUsage,
)
from voice_interviewer.config import PaceBand
from voice_interviewer.history.progress import (
    FIGURES,
    HistoryRow,
    Recitation,
    WordChange,
    figure_value,
    judge,
    question_key,
    question_label,
)
from voice_interviewer.history.scorecard import Scorecard, SessionComparison, answers
from voice_interviewer.history.store import Attempt, AttemptSummary
from voice_interviewer.practice.review import AnswerReview
from voice_interviewer.practice.session import FeedbackHooks
from voice_interviewer.transcription.transcript import Word

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


# --- practice history ------------------------------------------------------------------------

_TREND_MARKS = {"better": ("▲", "green"), "worse": ("▼", "red"), "same": ("=", "dim")}
# Wide tables get this many columns when the output is not a terminal (a pipe or a file).
_PIPE_WIDTH = 160


def _print_wide(table: Table) -> None:
    """A terminal wraps a table to its width; a pipe or a file gets it whole."""
    if out.is_terminal:
        out.print(table)
    else:
        Console(file=out.file, width=_PIPE_WIDTH, highlight=False).print(table)


@contextlib.contextmanager
def working(message: str) -> Iterator[None]:
    """A spinner on stderr while something takes a moment (nothing when not a terminal)."""
    if not err.is_terminal:
        yield
        return
    with err.status(message):
        yield


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _figure(value: float | int | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.{digits}f}"


def _marked(shown: str, trend: str | None) -> Text:
    text = Text(shown)
    if trend in _TREND_MARKS:
        mark, style = _TREND_MARKS[trend]
        text.append(f" {mark}", style=style)
    return text


def saved_attempt(attempt_id: int | None) -> None:
    if attempt_id is not None:
        out.print(Text(f"Saved as attempt {attempt_id} (voice-interviewer history)\n", style="dim"))


def show_history(rows: list[HistoryRow], total: int, path: Path, band: PaceBand) -> None:
    if total == 0:
        out.print(
            f"No attempts yet. `voice-interviewer review FILE` keeps each reviewed answer in {path}"
        )
        return
    if not rows:
        out.print(f"No attempts match ({total} in {path}).")
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", justify="right")
    table.add_column("when", no_wrap=True)
    table.add_column("question", max_width=28, no_wrap=True, overflow="ellipsis")
    table.add_column("try", justify="right")
    table.add_column("words/min", justify="right")
    table.add_column("fillers/min", justify="right")
    table.add_column("flags", justify="right")
    table.add_column("framing", justify="right")
    table.add_column("trend")
    for row in rows:
        summary, trends = row.summary, row.trends
        scores = " ".join(_figure(score) for score in summary.scores)
        framing = scores if summary.mean_score is not None else "-"
        overall = row.overall or ""
        table.add_row(
            str(summary.id),
            _local(summary.created_at),
            question_label(summary),
            _figure(row.number),
            _marked(_figure(summary.words_per_minute, 0), trends["words_per_minute"]),
            _marked(_figure(summary.fillers_per_minute), trends["fillers_per_minute"]),
            _marked(_figure(summary.rehearsal_flags), trends["rehearsal_flags"]),
            _marked(framing, trends["mean_score"]),
            Text(overall, style=_TREND_MARKS.get(overall, ("", ""))[1]),
        )
    _print_wide(table)
    legend = (
        "framing: production problem, engineering rigor, business impact, honest gaps (1-5). "
        "▲ better, ▼ worse, = about the same as the mean of the earlier attempts at the same "
        f"question (words/min: closer to {band.low:.0f}-{band.high:.0f}). ↳ a follow-up, "
        "under the answer it followed; compared only with retries of that follow-up. "
        f"{len(rows)} of {total} attempts; {path}"
    )
    out.print(Text(legend, style="dim"))


def show_scorecard(card: Scorecard) -> None:
    """The session's scorecard: each answer, the changes that would help most, and the
    previous session."""
    out.print()
    out.print(
        Text.assemble(
            ("Scorecard", "bold"),
            (f" · {card.session.command} of {_local(card.session.started_at)} · ", "dim"),
            (answers(len(card.answers)), "dim"),
        )
    )
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", justify="right")
    table.add_column("question", max_width=34, no_wrap=True, overflow="ellipsis")
    table.add_column("words/min", justify="right")
    table.add_column("fillers/min", justify="right")
    table.add_column("flags", justify="right")
    table.add_column("framing", justify="right")
    table.add_column("fix first", min_width=24)
    for answer in card.answers:
        summary = answer.summary
        table.add_row(
            str(summary.id),
            answer.label,
            _figure(summary.words_per_minute, 0),
            _figure(summary.fillers_per_minute),
            _figure(summary.rehearsal_flags),
            _figure(summary.mean_score),
            answer.fix.advice if answer.fix else Text("nothing stands out", style="dim"),
        )
    _print_wide(table)
    _show_changes(card)
    _show_session_comparison(card.comparison)


def _show_changes(card: Scorecard) -> None:
    if not card.changes:
        out.print(Text("Nothing in these answers stands out to change.", style="green"))
        return
    out.print(Text("What would help most", style="bold"))
    total = len(card.answers)
    for number, change in enumerate(card.changes, start=1):
        out.print(
            Text.assemble(
                (f"{number}. {change.advice}", "bold"),
                (f" (in {change.answers} of {answers(total)})", "dim"),
            )
        )
        for quote in change.quotes[:2]:
            out.print(Text(f'   "{_shorten(quote)}"', style="italic"))


def _show_session_comparison(comparison: SessionComparison | None) -> None:
    if comparison is None:
        out.print(Text("No earlier session of this kind to compare with.", style="dim"))
        return
    out.print(
        Text.assemble(
            (f"Against the previous session ({_local(comparison.previous.started_at)})", "bold"),
            (f": {comparison.description}", "dim"),
        )
    )
    for figure in comparison.figures:
        mark, style = _TREND_MARKS.get(figure.verdict or "", ("", ""))
        out.print(
            Text.assemble(
                f"   {figure.label}: {figure.before:.1f} → {figure.after:.1f} ",
                (f"{mark} {figure.verdict or ''}", style),
            )
        )


def _comparison_table(earlier: AttemptSummary, later: AttemptSummary, band: PaceBand) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("")
    table.add_column(f"attempt {earlier.id}", justify="right")
    table.add_column(f"attempt {later.id}", justify="right")
    table.add_column("change")
    table.add_row("when", _local(earlier.created_at), _local(later.created_at), "")
    table.add_row("length (s)", _figure(earlier.duration_s), _figure(later.duration_s), "")
    table.add_row("words", _figure(earlier.word_count), _figure(later.word_count), "")
    table.add_row("fillers", _figure(earlier.filler_count), _figure(later.filler_count), "")
    for figure in FIGURES:
        before, after = figure_value(earlier, figure), figure_value(later, figure)
        trend = judge(figure, after, [before] if before is not None else [], band)
        style = _TREND_MARKS.get(trend or "", ("", ""))[1]
        table.add_row(figure.label, _figure(before), _figure(after), Text(trend or "", style=style))
    for key, before, after in zip(FRAMEWORK_POINTS, earlier.scores, later.scores, strict=True):
        table.add_row(f"  {key.replace('_', ' ')}", _figure(before), _figure(after), "")
    table.add_row("coach", earlier.coach or "-", later.coach or "-", "")
    return table


def show_comparison(
    earlier: Attempt,
    later: Attempt,
    changes: list[WordChange],
    recited: Recitation,
    band: PaceBand,
) -> None:
    first, second = earlier.summary, later.summary
    out.print(Text(f"Attempt {first.id} → attempt {second.id}", style="bold"))
    if question_key(first) != question_key(second):
        out.print(Text("These attempts answer different questions.", style="yellow"))
    for summary in (first, second) if question_key(first) != question_key(second) else (first,):
        out.print(Text(f"Question: {question_label(summary)}", style="italic"))
    _print_wide(_comparison_table(first, second, band))
    out.print(
        Text(f"Attempt {second.id}, marked against attempt {first.id}: ", style="bold")
        + Text("[-removed-]", style="red")
        + Text(" ")
        + Text("{+added+}", style="green")
    )
    marked = Text("  ")
    for change in changes:
        words = " ".join(change.words)
        if change.kind == "removed":
            marked.append(f"[-{words}-]", style="red strike")
        elif change.kind == "added":
            marked.append(f"{{+{words}+}}", style="green")
        else:
            marked.append(words)
        marked.append(" ")
    out.print(marked)
    out.print()
    out.print(
        f"Word-level similarity to attempt {first.id}: {recited.similarity:.0%}; "
        f"{recited.repeated_from_earlier:.0%} of attempt {second.id}'s words repeat it in runs "
        f"of {recited.min_words}+ words."
    )
    for verdict in recited.verdicts:
        out.print(Text(verdict[0].upper() + verdict[1:] + ".", style="bold"))


def deleted_attempt(removed: AttemptSummary, path: Path) -> None:
    recording = (
        f"Its recording was not deleted: {removed.audio_path}"
        if removed.audio_path
        else "It had no recording."
    )
    out.print(
        f"Deleted attempt {removed.id} ({_local(removed.created_at)}, "
        f"{question_label(removed)}) from {path}. {recording}"
    )


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


def show_follow_up(feedback: Feedback) -> None:
    """The interviewer's next question, with the LLM that wrote it when one did."""
    if not feedback.follow_up:
        return
    line = Text("  Next question", style="bold")
    if feedback.follow_up_model:
        line.append(f" (from {feedback.follow_up_model})", style="dim")
    out.print(line + Text(": ", style="bold") + Text(feedback.follow_up))


def show_feedback(feedback: Feedback, verbose: bool = False, follow_up: bool = True) -> None:
    """One coach's feedback: scores, rubric, mistakes, rewrites, the next question (unless
    follow_up is False: an LLM is writing it)."""
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
    if follow_up:
        show_follow_up(feedback)
    if feedback.dropped_quotes:
        out.print(
            Text(
                f"  ({feedback.dropped_quotes} quote(s) the LLM cited are not in the transcript "
                "and were left out)",
                style="dim",
            )
        )
    if feedback.unsupported_claims:
        out.print(
            Text(
                f"  ({feedback.unsupported_claims} of the LLM's points named practices, numbers "
                "or tools the answer does not: the rule coach's are shown, rewrites left out)",
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
    """The LLM's answer as it arrives: a token count, the time and, for prose, the latest text
    (the whole feedback is JSON, which is no reading for a person: it is shown once parsed)."""

    def __init__(self, label: str, job: str) -> None:
        self.label = label
        self.job = job
        self.text = ""
        self.tokens = 0
        self.started = time.monotonic()

    def add(self, token: str) -> None:
        self.text += token
        self.tokens += 1

    def __rich__(self) -> Text:
        seconds = time.monotonic() - self.started
        if self.job == "follow-up":
            what, tail = "writing the follow-up question", " ".join(self.text.split())[-160:]
        else:
            what, tail = "writing feedback", ""
        view = Text(f"{self.label}: {what} · {self.tokens} tokens · {seconds:.0f} s\n")
        return view.append(tail, style="dim")


_streaming = False


@contextlib.contextmanager
def llm_stream(label: str | None, job: str) -> Iterator[Callable[[str], None] | None]:
    """A token callback that shows the LLM's reply live on a terminal; None elsewhere.

    label is the LLM's name; None when no LLM will be asked. job: config.LLM_JOBS.
    """
    global _streaming
    if label is None or not out.is_terminal:
        yield None
        return
    view = _StreamView(label, job)
    with Live(view, console=out, transient=True, refresh_per_second=8):
        _streaming = True
        try:
            yield view.add
        finally:
            _streaming = False


class TerminalAnswerView:
    """A practice session's answers on the terminal (practice.session.AnswerView).

    quiet (--json): only errors, and with verbose the LLM calls, are shown (on stderr), so
    standard output stays the JSON.
    """

    def __init__(self, verbose: bool = False, quiet: bool = False) -> None:
        self.verbose = verbose
        self.quiet = quiet

    def show_review(self, review: AnswerReview) -> None:
        if not self.quiet:
            show_review(review)

    @contextlib.contextmanager
    def coaching(self, coaching: Coaching) -> Iterator[FeedbackHooks]:
        """The rule coach's feedback at once, then the LLM's reply streamed while it is written,
        each labelled with the coach that produced it."""
        if self.quiet:
            yield FeedbackHooks()
            return
        mode = coaching.options.mode
        follow_up_only = _llm_writes_follow_up(coaching)

        def show_rules(feedback: Feedback) -> None:
            show_feedback(feedback, self.verbose, follow_up=not follow_up_only)
            if mode == "auto" and follow_up_only:
                show_note(f"Asking {coaching.llm_name} for the interviewer's follow-up ...")
            elif mode == "auto" and coaching.llm_name:
                show_note(f"Asking the LLM coach ({coaching.llm_name}) ...")

        with llm_stream(coaching.llm_name, coaching.job) as on_token:
            yield FeedbackHooks(on_rules=show_rules, on_token=on_token)

    def show_feedback(self, coaching: Coaching, feedback: Feedback) -> None:
        """What the rule coach's feedback, already on the screen, does not say yet."""
        if self.quiet:
            return
        mode = coaching.options.mode
        if mode == "auto" and _llm_writes_follow_up(coaching):
            show_follow_up(feedback)
            if feedback.fallback_reason:
                show_note(f"No LLM follow-up: {feedback.fallback_reason}.", style="yellow")
            show_note("")
        elif mode == "llm" or (mode == "auto" and feedback.coach == "llm"):
            show_feedback(feedback, self.verbose)
        elif mode == "auto":
            show_note(
                f"No LLM feedback: {feedback.fallback_reason}; the rule coach's feedback above "
                "stands.",
                style="yellow",
            )

    def show_saved(self, attempt_id: int | None) -> None:
        if not self.quiet:
            saved_attempt(attempt_id)

    def show_error(self, message: str) -> None:
        error(message)

    def show_call(self, record: CallRecord) -> None:
        if self.verbose:
            show_call_record(record)


def _llm_writes_follow_up(coaching: Coaching) -> bool:
    """Whether the LLM writes only the follow-up question (the rule coach all the rest)."""
    return coaching.job == "follow-up" and coaching.llm_name is not None
