"""The progress report: one self-contained HTML file with plots drawn by matplotlib.

Every plot is a PNG embedded as base64, so the file opens anywhere without a network. It opens
with the scorecard of the latest session; then the plots: fillers and words per minute over
time, the four framing scores over time, the filler timeline of the latest answer over its
waveform, and the best attempt per question. A recording that is gone does not stop the
report: it says which ones are missing.
"""

from __future__ import annotations

import base64
import html
import io
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from voice_interviewer import __version__
from voice_interviewer.audio.decode import SAMPLE_RATE, iter_blocks
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS
from voice_interviewer.config import PaceBand
from voice_interviewer.errors import AudioInputError
from voice_interviewer.files import write_atomically
from voice_interviewer.history.progress import (
    FIGURES,
    best_attempt,
    by_question,
    figure_value,
    first_and_latest,
    judge,
)
from voice_interviewer.history.scorecard import Scorecard, SessionComparison, counted, scorecard_of
from voice_interviewer.history.store import Attempt, AttemptSummary, Store

DPI = 100
# The waveform is drawn from the minimum and maximum of each slice this long.
ENVELOPE_SLICE_S = 0.02
# At most this many questions in the best-attempt plot (the most practised ones).
MAX_QUESTIONS_PLOTTED = 25
# Recent attempts the trend lines average over.
ROLLING_WINDOW = 5
# A time axis this wide at least: left to itself, matplotlib spans years around one attempt.
MIN_TIME_SPAN = timedelta(hours=1)
_OTHER = "no category"


@dataclass(frozen=True)
class Envelope:
    """A recording drawn as the lowest and highest sample of each ENVELOPE_SLICE_S slice."""

    times: np.ndarray
    low: np.ndarray
    high: np.ndarray


def waveform_envelope(path: Path) -> Envelope:
    """Read a recording block by block (bounded memory); AudioInputError when it cannot."""
    per_slice = int(ENVELOPE_SLICE_S * SAMPLE_RATE)
    lows, highs = [], []
    for block in iter_blocks(path):
        usable = block[: block.size - block.size % per_slice].reshape(-1, per_slice)
        if usable.size:
            lows.append(usable.min(axis=1))
            highs.append(usable.max(axis=1))
    low = np.concatenate(lows) if lows else np.zeros(0, np.float32)
    high = np.concatenate(highs) if highs else np.zeros(0, np.float32)
    return Envelope(np.arange(low.size) * ENVELOPE_SLICE_S, low, high)


# --- plots --------------------------------------------------------------------------------


def _png(figure: Figure, alt: str) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    width, height = (int(v * DPI) for v in figure.get_size_inches())
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" width="{width}" height="{height}" '
        f'alt="{html.escape(alt)}">'
    )


def _colours(summaries: Sequence[AttemptSummary]) -> dict[str, Any]:
    categories = sorted({s.category or _OTHER for s in summaries})
    return {category: f"C{index % 10}" for index, category in enumerate(categories)}


def _rolling_mean(values: Sequence[float]) -> list[float]:
    return [
        statistics.fmean(values[max(0, i - ROLLING_WINDOW + 1) : i + 1]) for i in range(len(values))
    ]


Point = tuple[datetime, float, str]  # when, value, category


def _points(summaries: Sequence[AttemptSummary], value: Callable[[AttemptSummary], Any]) -> list:
    points = [(s.created_at, value(s), s.category or _OTHER) for s in summaries]
    return [point for point in points if point[1] is not None]


def _time_series(axes, points: list[Point], colours: dict[str, str]) -> bool:
    """Dots per attempt coloured by category and a rolling mean; False when nothing to draw."""
    if not points:
        return False
    for category, colour in colours.items():
        mine = [(when, value) for when, value, c in points if c == category]
        if mine:
            axes.scatter(*zip(*mine, strict=True), s=14, color=colour, label=category, alpha=0.6)
    means = _rolling_mean([value for _, value, _ in points])
    times = [when for when, _, _ in points]
    axes.plot(times, means, color="black", linewidth=1.5)
    if max(times) - min(times) < MIN_TIME_SPAN:
        middle = min(times) + (max(times) - min(times)) / 2
        axes.set_xlim(middle - MIN_TIME_SPAN / 2, middle + MIN_TIME_SPAN / 2)
    axes.grid(alpha=0.3)
    return True


def plot_delivery(summaries: Sequence[AttemptSummary], band: PaceBand) -> str | None:
    colours = _colours(summaries)
    figure = Figure(figsize=(9, 5.5), layout="constrained")
    fillers_axes, pace_axes = figure.subplots(2, 1, sharex=True)
    fillers = _points(summaries, lambda s: s.fillers_per_minute)
    pace = _points(summaries, lambda s: s.words_per_minute)
    if not fillers and not pace:
        return None
    _time_series(fillers_axes, fillers, colours)
    fillers_axes.set_ylim(bottom=0)  # from none: one attempt drew a scale of 21.5 to 23.5
    fillers_axes.set_ylabel("fillers per minute")
    _time_series(pace_axes, pace, colours)
    pace_axes.axhspan(*band, color="green", alpha=0.08)
    pace_axes.set_ylabel("words per minute")
    (fillers_axes if fillers else pace_axes).legend(fontsize="small", loc="upper right")
    figure.suptitle("Fillers and pace over time", wrap=True)
    figure.autofmt_xdate()
    return _png(figure, "fillers per minute and words per minute over time")


def plot_framing(summaries: Sequence[AttemptSummary]) -> str | None:
    scored = [s for s in summaries if s.mean_score is not None]
    if not scored:
        return None
    colours = _colours(scored)
    figure = Figure(figsize=(9, 6), layout="constrained")
    grid = figure.subplots(2, 2, sharex=True, sharey=True)
    for index, (key, axes) in enumerate(zip(FRAMEWORK_POINTS, grid.flat, strict=True)):
        _time_series(axes, _points(scored, lambda s, i=index: s.scores[i]), colours)
        axes.set_title(key.replace("_", " "))
        axes.set_ylim(0.5, 5.5)
        axes.set_yticks(range(1, 6))
    grid.flat[0].legend(fontsize="small", loc="lower left")
    figure.suptitle("Framing scores over time (1-5)", wrap=True)
    figure.autofmt_xdate()
    return _png(figure, "the four framing scores over time")


def plot_timeline(attempt: Attempt, envelope: Envelope | None, missing: str | None) -> str:
    review = attempt.review
    figure = Figure(figsize=(10, 3.2), layout="constrained")
    axes = figure.subplots()
    if envelope is not None and envelope.times.size:
        axes.fill_between(envelope.times, envelope.low, envelope.high, color="0.6", linewidth=0)
        axes.set_ylim(-1.05, 1.05)
    else:
        axes.set_ylim(-1.05, 1.05)
        axes.text(0.5, 0.5, missing or "no waveform", transform=axes.transAxes, ha="center")
    for flag in review.rehearsal_flags or ():
        axes.axvspan(flag.start, flag.end, color="orange", alpha=0.25)
    for filler in review.fillers:
        axes.axvspan(filler.start, filler.end, color="red", alpha=0.5)
        axes.text(filler.start, 0.92, filler.text, color="darkred", fontsize=8)
    if review.duration_s is not None and review.duration_s > 0:
        axes.set_xlim(0, review.duration_s)
    axes.set_xlabel("seconds")
    axes.set_yticks([])
    axes.set_title("Fillers (red) and rehearsed phrasing (orange)", wrap=True)
    return _png(figure, "the latest answer's waveform with its fillers marked")


def plot_best(summaries: Sequence[AttemptSummary]) -> str | None:
    groups = by_question(summaries)
    scored = any(s.mean_score is not None for s in summaries)
    key = "mean_score" if scored else "fillers_per_minute"
    groups = [g for g in groups if any(getattr(s, key) is not None for s in g)]
    if not groups:
        return None
    groups = sorted(groups, key=len, reverse=True)[:MAX_QUESTIONS_PLOTTED]
    figure = Figure(figsize=(9, 1.2 + 0.35 * len(groups)), layout="constrained")
    axes = figure.subplots()
    for row, group in enumerate(groups):
        values = [getattr(s, key) for s in group if getattr(s, key) is not None]
        axes.scatter(values, [row] * len(values), color="0.7", s=12, label="an attempt")
        best, latest = best_attempt(group), group[-1]
        if getattr(best, key) is not None:
            axes.scatter(
                [getattr(best, key)], [row], color="green", s=60, marker="*", label="the best"
            )
        if getattr(latest, key) is not None:
            axes.scatter(
                [getattr(latest, key)], [row], color="black", s=30, marker="x", label="the latest"
            )
    axes.set_yticks(range(len(groups)), [_short(question_title(g[0]), 45) for g in groups])
    axes.invert_yaxis()
    axes.set_xlabel("mean framing score (1-5)" if scored else "fillers per minute")
    # The whole scale, as in the framing plot: one attempt drew a scale of 1.42 to 1.58.
    if scored:
        axes.set_xlim(0.5, 5.5)
    else:
        axes.set_xlim(left=0)
    axes.grid(axis="x", alpha=0.3)
    # Above the plot, centred on the figure: a title centred on the axes ran off the right
    # edge once long question names pushed the axes right.
    handles, labels = axes.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    figure.legend(unique.values(), unique.keys(), loc="outside upper center", ncols=3)
    return _png(figure, "the best and the latest attempt at each question")


# --- the page -----------------------------------------------------------------------------


def question_title(summary: AttemptSummary) -> str:
    title = summary.question_text or summary.question_id or "(no question given)"
    if summary.is_follow_up:
        return f"follow-up to attempt {summary.follow_up_of}: {title}"
    return title


def _standing(summaries: Sequence[AttemptSummary], band: PaceBand) -> str:
    """The first attempt at each question against the latest at the same question, figure by
    figure, averaged over the questions answered more than once (follow-ups left out)."""
    pairs = first_and_latest(summaries)
    if not pairs:
        return (
            "<p>No question answered twice yet: answer one again (a retry in a drill) to see "
            "where you stand. Only attempts at the same question are compared.</p>"
        )
    rows = []
    for figure in FIGURES:
        both = [
            (figure_value(first, figure), figure_value(latest, figure)) for first, latest in pairs
        ]
        both = [(a, b) for a, b in both if a is not None and b is not None]
        if not both:
            continue
        first = statistics.fmean(a for a, _ in both)
        latest = statistics.fmean(b for _, b in both)
        trend = judge(figure, latest, [first], band) or ""
        rows.append(
            f"<tr><td>{figure.label}</td><td class=n>{first:.1f}</td>"
            f"<td class=n>{latest:.1f}</td><td class={trend}>{trend}</td></tr>"
        )
    count = len(pairs)
    questions = "the question" if count == 1 else f"each of the {count} questions"
    return (
        f"<p>Your first attempt at {questions} you answered more than once, against your "
        "latest attempt at the same question (follow-ups are not counted).</p>"
        "<table><thead><tr><th></th><th>first attempt</th><th>latest attempt</th>"
        f"<th>change</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _cell(value: float | int | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return str(value) if isinstance(value, int) else f"{value:.{digits}f}"


def _best_table(summaries: Sequence[AttemptSummary]) -> str:
    rows = []
    follow_ups = Counter(s.follow_up_of for s in summaries if s.is_follow_up)
    for group in sorted(by_question(summaries), key=lambda g: question_title(g[0])):
        best = best_attempt(group)
        threads = sum(follow_ups[s.id] for s in group)
        scores = " ".join(_cell(score) for score in best.scores)
        rows.append(
            "<tr>"
            f"<td>{html.escape(_short(question_title(group[0]), 80))}</td>"
            f"<td class=n>{len(group)}</td><td class=n>{threads}</td>"
            f"<td class=n>{best.id}</td><td>{_when(best.created_at)}</td>"
            f"<td class=n>{_cell(best.mean_score)}</td><td class=n>{scores}</td>"
            f"<td class=n>{_cell(best.fillers_per_minute)}</td>"
            f"<td class=n>{_cell(best.words_per_minute, 0)}</td>"
            "</tr>"
        )
    if not rows:
        return "<p>No attempt names its question yet.</p>"
    # Wider than a phone: it scrolls sideways on its own instead of widening the page.
    return (
        "<div class=wide><table><thead><tr><th>question</th><th>attempts</th>"
        "<th>follow-ups</th><th>best</th>"
        "<th>when</th><th>framing</th><th>problem rigor impact gaps</th><th>fillers/min</th>"
        "<th>words/min</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>"
    )


def _missing_audio(summaries: Sequence[AttemptSummary]) -> list[AttemptSummary]:
    return [s for s in summaries if s.audio_path and not Path(s.audio_path).is_file()]


def _latest_section(store: Store, latest: AttemptSummary) -> str:
    attempt = store.attempt(latest.id)
    envelope, missing = None, None
    if not latest.audio_path:
        missing = "this answer has no recording"
    else:
        try:
            envelope = waveform_envelope(Path(latest.audio_path))
        except AudioInputError as exc:
            missing = f"recording unavailable: {exc}"
    fillers = attempt.review.fillers
    notice = f'<p class="warn">{html.escape(missing)}</p>' if missing else ""
    return (
        f"<h2>Your latest answer</h2><p>Attempt {latest.id}, {_when(latest.created_at)}: "
        f"{html.escape(question_title(latest))}. {len(fillers)} timed fillers, "
        f"{_cell(latest.fillers_per_minute)} per minute.</p>{notice}"
        f"<figure>{plot_timeline(attempt, envelope, missing)}</figure>"
    )


def _scorecard_rows(card: Scorecard) -> str:
    rows = []
    for answer in card.answers:
        summary = answer.summary
        if summary.is_follow_up:
            question = f"<td class=thread>↳ {html.escape(summary.question_text or '')}</td>"
        else:
            question = f"<td>{html.escape(_short(question_title(summary), 80))}</td>"
        fix = html.escape(answer.fix.advice) if answer.fix else "nothing stands out"
        quote = f"<br><q>{html.escape(_short(answer.fix.quote, 160))}</q>" if answer.fix else ""
        rows.append(
            f"<tr>{question}<td class=n>{summary.id}</td>"
            f"<td class=n>{_cell(summary.words_per_minute, 0)}</td>"
            f"<td class=n>{_cell(summary.fillers_per_minute)}</td>"
            f"<td class=n>{_cell(summary.rehearsal_flags)}</td>"
            f"<td class=n>{_cell(summary.mean_score)}</td><td class=fix>{fix}{quote}</td></tr>"
        )
    return (
        "<div class=wide><table><thead><tr><th>question</th><th>attempt</th><th>words/min</th>"
        "<th>fillers/min</th><th>flags</th><th>framing</th><th>fix first</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _scorecard_changes(card: Scorecard) -> str:
    if not card.changes:
        return "<p>Nothing in these answers stands out to change.</p>"
    items = []
    for change in card.changes:
        quotes = "".join(f"<q>{html.escape(_short(q, 200))}</q> " for q in change.quotes[:2])
        items.append(
            f"<li><strong>{html.escape(change.advice)}</strong> (in {change.answers} of "
            f"{counted(len(card.answers), 'answer')})<br>{quotes}</li>"
        )
    return f"<h3>What would help most</h3><ol>{''.join(items)}</ol>"


def _scorecard_comparison(comparison: SessionComparison | None) -> str:
    if comparison is None:
        return "<p>No earlier session of this kind to compare with.</p>"
    rows = "".join(
        f"<tr><td>{f.label}</td><td class=n>{f.before:.1f}</td><td class=n>{f.after:.1f}</td>"
        f"<td class={f.verdict or ''}>{f.verdict or ''}</td></tr>"
        for f in comparison.figures
    )
    return (
        f"<h3>Against the previous session ({_when(comparison.previous.started_at)})</h3>"
        f"<p>Compared: {html.escape(comparison.description)}.</p>"
        "<table><thead><tr><th></th><th>previous</th><th>this session</th><th>change</th>"
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _scorecard_section(store: Store, latest: AttemptSummary, band: PaceBand) -> str:
    """The scorecard of the latest attempt's session; nothing for an attempt without one."""
    if latest.session_id is None:
        return ""
    card = scorecard_of(store, latest.session_id, band)
    if card is None:
        return ""
    return (
        f"<h2>Scorecard of your latest session</h2><p>{html.escape(card.session.command)} of "
        f"{_when(card.session.started_at)}, {counted(len(card.answers), 'answer')}; "
        "follow-ups (↳) under the answer they followed.</p>"
        + _scorecard_rows(card)
        + _scorecard_changes(card)
        + _scorecard_comparison(card.comparison)
    )


def _missing_section(missing: Sequence[AttemptSummary]) -> str:
    if not missing:
        return ""
    shown = "".join(
        f"<li>attempt {s.id} ({_when(s.created_at)}): {html.escape(s.audio_path or '')}</li>"
        for s in missing[:50]
    )
    more = f"<li>and {len(missing) - 50} more</li>" if len(missing) > 50 else ""
    return (
        f"<h2>Recordings no longer on disk ({len(missing)})</h2>"
        f"<p>Their transcripts and figures are still here; only the audio is gone.</p>"
        f"<ul>{shown}{more}</ul>"
    )


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; padding: 0 1em; max-width: 1000px;
  color: #222; overflow-wrap: break-word; }
.wide { overflow-x: auto; } .wide td:first-child { min-width: 12em; }
h1 { margin-bottom: 0.2em; } .meta { color: #666; }
figure { margin: 1em 0; } img { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { padding: 0.25em 0.6em; border-bottom: 1px solid #ddd; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } .warn { color: #a40; }
.better { color: #070; } .worse { color: #a00; }
td.thread { padding-left: 1.6em; } q { font-style: italic; color: #444; }
td.fix { min-width: 18em; }
"""


def _figure(image: str | None, caption: str, key: str) -> str:
    """A plot with its caption and key: what its colours and marks mean is told here, in text
    that wraps with the page, rather than in a title drawn into the image."""
    if image is None:
        return f"<p>{html.escape(caption)}: nothing to plot yet.</p>"
    return f"<figure>{image}<figcaption>{html.escape(f'{caption}: {key}')}</figcaption></figure>"


_TREND_KEY = (
    "one dot per attempt, coloured by question category; the black line is the mean of the "
    f"last {ROLLING_WINDOW} attempts"
)
_BEST_KEY = (
    "each row is a question, each grey dot an attempt at it; the green star is the best "
    "attempt, the black cross the latest."
)


def _delivery_key(band: PaceBand) -> str:
    return (
        f"{_TREND_KEY}; the green band is the target pace, {band.low:.0f}-{band.high:.0f} "
        "words per minute."
    )


def build_report(store: Store, band: PaceBand, now: datetime | None = None) -> str:
    """The whole HTML page for the attempts in store; paces are judged against band."""
    summaries = store.attempts()
    now = now or datetime.now().astimezone()
    parts = [f"<h1>Practice report</h1><p class=meta>Written {_when(now)} from {store.path}"]
    if not summaries:
        parts.append(
            "</p><p>No attempts yet. Review a recording (<code>voice-interviewer review "
            "answer.wav</code>) or run a drill, then write this report again.</p>"
        )
    else:
        first, last = summaries[0].created_at, summaries[-1].created_at
        sessions = len({summary.session_id for summary in summaries})  # those with an attempt
        parts.append(
            f"; {counted(len(summaries), 'attempt')} in {counted(sessions, 'session')}, "
            f"{_when(first)} to {_when(last)}.</p>"
        )
        parts += [
            _scorecard_section(store, summaries[-1], band),
            "<h2>Where you stand</h2>",
            _standing(summaries, band),
            "<h2>Delivery over time</h2>",
            _figure(
                plot_delivery(summaries, band),
                "Fillers per minute and words per minute",
                _delivery_key(band),
            ),
            "<h2>Framing over time</h2>",
            _figure(plot_framing(summaries), "Framing scores from the coach", f"{_TREND_KEY}."),
            _latest_section(store, summaries[-1]),
            "<h2>Best attempt per question</h2>",
            _figure(plot_best(summaries), "Attempts per question", _BEST_KEY),
            _best_table(summaries),
            _missing_section(_missing_audio(summaries)),
        ]
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>voice-interviewer: practice report</title><style>{_STYLE}</style></head>"
        f"<body><main>{''.join(parts)}"
        f"<p class=meta>voice-interviewer {__version__}</p></main></body></html>\n"
    )


def write_report(store: Store, path: Path, band: PaceBand) -> Path:
    return write_atomically(path, build_report(store, band))
