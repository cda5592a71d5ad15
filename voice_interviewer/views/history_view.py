"""The practice history on the terminal: the list of attempts, comparisons, the scorecard."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
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
from voice_interviewer.history.scorecard import Scorecard, SessionComparison, counted
from voice_interviewer.history.store import Attempt, AttemptSummary
from voice_interviewer.views.terminal import out, shorten

_TREND_MARKS = {"better": ("▲", "green"), "worse": ("▼", "red"), "same": ("=", "dim")}


# Wide tables get this many columns when the output is not a terminal (a pipe or a file).
_PIPE_WIDTH = 160


def _print_wide(table: Table) -> None:
    """A terminal wraps a table to its width; a pipe or a file gets it whole."""
    if out.is_terminal:
        out.print(table)
    else:
        Console(file=out.file, width=_PIPE_WIDTH, highlight=False).print(table)


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
            (counted(len(card.answers), "answer"), "dim"),
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
                (f" (in {change.answers} of {counted(total, 'answer')})", "dim"),
            )
        )
        for quote in change.quotes[:2]:
            out.print(Text(f'   "{shorten(quote)}"', style="italic"))


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
