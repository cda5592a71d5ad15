"""Progress across attempts: trends per question, and what changed between two attempts.

Comparisons are only ever between attempts at the same question. A follow-up answer belongs to
the thread of its main attempt: it is shown under it, and compared only with retries of the
same follow-up in the same thread, never with answers to the main question.

Pure functions over the store's AttemptSummary records and review JSON; no I/O.
"""

from __future__ import annotations

import difflib
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from voice_interviewer.analysis.rehearsal import recited_share
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS
from voice_interviewer.config import PaceBand
from voice_interviewer.history.store import AttemptSummary
from voice_interviewer.textnorm import normalise_words

# Share of an answer's words inside such runs from which it sounds recited.
RECITED_SHARE = 0.5


@dataclass(frozen=True)
class Figure:
    """A key figure shown in history and compare, and which way is better."""

    key: str  # an AttemptSummary attribute
    label: str
    better: str  # "lower", "higher" or "band" (closer to the pace band)
    same_within: float  # differences smaller than this are no change


FIGURES = (
    Figure("fillers_per_minute", "fillers/min", "lower", 0.5),
    Figure("words_per_minute", "words/min", "band", 5.0),
    Figure("rehearsal_flags", "rehearsal flags", "lower", 0.5),
    Figure("mean_score", "framing score", "higher", 0.25),
)


def figure_value(summary: AttemptSummary, figure: Figure) -> float | None:
    return getattr(summary, figure.key)


def question_key(summary: AttemptSummary) -> str | None:
    """Attempts with the same key answer the same question: its id, else its wording; a
    follow-up, the same wording in the same thread."""
    return key_of_question(summary.question_id, summary.question_text, summary.follow_up_of)


def key_of_question(
    question_id: str | None, question_text: str | None, follow_up_of: int | None = None
) -> str | None:
    if follow_up_of is not None:
        return f"follow-up:{follow_up_of}:" + " ".join(normalise_words(question_text or ""))
    if question_id:
        return f"id:{question_id}"
    if question_text:
        return "text:" + " ".join(normalise_words(question_text))
    return None


def question_label(summary: AttemptSummary) -> str:
    if summary.is_follow_up:
        return f"↳ {summary.question_text or 'follow-up'}"
    return summary.question_id or summary.question_text or "(no question given)"


def main_answers(summaries: Iterable[AttemptSummary]) -> list[AttemptSummary]:
    """The answers to questions themselves, follow-ups left out."""
    return [s for s in summaries if not s.is_follow_up]


def in_threads(summaries: Iterable[AttemptSummary]) -> list[AttemptSummary]:
    """Oldest first, with each follow-up moved to just after its main attempt (and that
    attempt's earlier follow-ups); a follow-up whose main attempt is not here keeps its place."""
    ordered = sorted(summaries, key=lambda s: (s.created_at, s.id))
    present = {s.id for s in ordered}
    threads: dict[int, list[AttemptSummary]] = {}
    for summary in ordered:
        if summary.follow_up_of in present:
            threads.setdefault(summary.follow_up_of, []).append(summary)
    return [
        item
        for summary in ordered
        if summary.follow_up_of not in present
        for item in (summary, *threads.get(summary.id, []))
    ]


def _distance_from_band(wpm: float, band: PaceBand) -> float:
    return max(band.low - wpm, 0.0, wpm - band.high)


def judge(
    figure: Figure, value: float | None, earlier: Sequence[float], band: PaceBand
) -> str | None:
    """'better', 'worse' or 'same' than the mean of earlier values; None when unknown. A pace
    is better closer to band (config.pace_band)."""
    if value is None or not earlier:
        return None
    baseline = statistics.fmean(earlier)
    if figure.better == "band":
        change = _distance_from_band(baseline, band) - _distance_from_band(value, band)
    elif figure.better == "lower":
        change = baseline - value
    else:
        change = value - baseline
    if abs(change) < figure.same_within:
        return "same"
    return "better" if change > 0 else "worse"


@dataclass(frozen=True)
class HistoryRow:
    """An attempt with its trends against the earlier attempts at the same question."""

    summary: AttemptSummary
    number: int | None  # 1 for the first attempt at its question; None without a question
    trends: dict[str, str | None]  # Figure.key -> better / worse / same / None

    @property
    def overall(self) -> str | None:
        """'first', 'better', 'worse', 'mixed' or 'same'; None without a question."""
        if self.number is None:
            return None
        if self.number == 1:
            return "first"
        verdicts = set(self.trends.values()) - {None}
        if not verdicts:
            return None
        if "better" in verdicts and "worse" in verdicts:
            return "mixed"
        return "better" if "better" in verdicts else "worse" if "worse" in verdicts else "same"

    def to_json(self) -> dict[str, Any]:
        """One line of `history --json` (README, "Practice history")."""
        summary = self.summary
        return {
            "id": summary.id,
            "created_at": summary.created_at.isoformat(),
            "question_id": summary.question_id,
            "question": summary.question_text,
            "category": summary.category,
            "audio_path": summary.audio_path,
            "duration_s": summary.duration_s,
            "word_count": summary.word_count,
            "words_per_minute": summary.words_per_minute,
            "filler_count": summary.filler_count,
            "fillers_per_minute": summary.fillers_per_minute,
            "rehearsal_flags": summary.rehearsal_flags,
            "follow_up_of": summary.follow_up_of,
            "scores": dict(zip(FRAMEWORK_POINTS, summary.scores, strict=True)),
            "coach": summary.coach,
            "attempt_number": self.number,
            "trend": self.overall,
            "trends": self.trends,
        }


def history_rows(summaries: Iterable[AttemptSummary], band: PaceBand) -> list[HistoryRow]:
    """Every attempt with its trends, oldest first and follow-ups under their main attempt
    (in_threads); pass them all, filter afterwards (select_threads)."""
    earlier: dict[str, list[AttemptSummary]] = {}
    rows = []
    for summary in sorted(summaries, key=lambda s: (s.created_at, s.id)):
        key = question_key(summary)
        if key is None:
            rows.append(HistoryRow(summary, None, {f.key: None for f in FIGURES}))
            continue
        before = earlier.setdefault(key, [])
        trends = {}
        for figure in FIGURES:
            values = [v for v in (figure_value(s, figure) for s in before) if v is not None]
            trends[figure.key] = judge(figure, figure_value(summary, figure), values, band)
        rows.append(HistoryRow(summary, len(before) + 1, trends))
        before.append(summary)
    by_id = {row.summary.id: row for row in rows}
    return [by_id[summary.id] for summary in in_threads(row.summary for row in rows)]


def select_threads(
    rows: Sequence[HistoryRow], wanted: Callable[[AttemptSummary], bool]
) -> list[HistoryRow]:
    """The rows of the threads whose main attempt is wanted: its follow-ups go with it."""
    kept = {row.summary.id for row in rows if not row.summary.is_follow_up and wanted(row.summary)}
    return [row for row in rows if row.summary.id in kept or row.summary.follow_up_of in kept]


def matches_question(summary: AttemptSummary, wanted: str) -> bool:
    """True for the question id itself, or a question whose wording contains `wanted`."""
    if summary.question_id == wanted:
        return True
    text = " ".join(normalise_words(summary.question_text or ""))
    return bool(wanted.strip()) and " ".join(normalise_words(wanted)) in text


def by_question(summaries: Iterable[AttemptSummary]) -> list[list[AttemptSummary]]:
    """The main answers grouped by question, each group oldest first; follow-ups left out."""
    groups: dict[str, list[AttemptSummary]] = {}
    for summary in sorted(main_answers(summaries), key=lambda s: (s.created_at, s.id)):
        key = question_key(summary)
        if key is not None:
            groups.setdefault(key, []).append(summary)
    return list(groups.values())


def first_and_latest(
    summaries: Iterable[AttemptSummary],
) -> list[tuple[AttemptSummary, AttemptSummary]]:
    """(first attempt, latest attempt) at each question answered more than once."""
    return [(group[0], group[-1]) for group in by_question(summaries) if len(group) > 1]


def best_attempt(summaries: Sequence[AttemptSummary]) -> AttemptSummary:
    """The highest mean framing score; ties (or no scores) go to fewer fillers, then later."""

    def rank(summary: AttemptSummary) -> tuple[float, float, float]:
        score = summary.mean_score if summary.mean_score is not None else -1.0
        fillers = summary.fillers_per_minute
        return (score, -fillers if fillers is not None else float("-inf"), summary.id)

    return max(summaries, key=rank)


# --- comparing two attempts ---------------------------------------------------------------


@dataclass(frozen=True)
class WordChange:
    kind: str  # "same", "removed" (only in the earlier answer) or "added" (only in the later)
    words: tuple[str, ...]  # as spoken, punctuation attached


def _keys(words: Sequence[str]) -> list[str]:
    return [" ".join(normalise_words(word)) for word in words]


def _matcher(a: Sequence[str], b: Sequence[str]) -> difflib.SequenceMatcher:
    return difflib.SequenceMatcher(None, _keys(a), _keys(b), autojunk=False)


def word_diff(earlier: Sequence[str], later: Sequence[str]) -> list[WordChange]:
    """The later answer's words against the earlier one's, compared without punctuation."""
    changes = []
    for tag, a0, a1, b0, b1 in _matcher(earlier, later).get_opcodes():
        if tag == "equal":
            changes.append(WordChange("same", tuple(later[b0:b1])))
            continue
        if a1 > a0:
            changes.append(WordChange("removed", tuple(earlier[a0:a1])))
        if b1 > b0:
            changes.append(WordChange("added", tuple(later[b0:b1])))
    return changes


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """0 (nothing in common) to 1 (the same words in the same order)."""
    if not a and not b:
        return 1.0
    return _matcher(a, b).ratio()


def verbatim_share(words: Sequence[str], script: Sequence[str], min_words: int) -> float:
    """The share of `words` said (nearly) as in script, in runs of min_words or more (the
    rehearsal check's matcher and its verbatim_min_words); shorter runs are ordinary shared
    phrasing ("at my last job I")."""
    return recited_share(" ".join(words), " ".join(script), min_words)


@dataclass(frozen=True)
class Recitation:
    """How close each attempt is to a script, and the later one to the earlier one."""

    similarity: float  # later vs earlier, word order counted
    repeated_from_earlier: float  # verbatim_share of the later answer in the earlier one
    script_name: str | None
    script_earlier: float | None  # verbatim_share in the script, when one is known
    script_later: float | None
    min_words: int  # the shortest run that counts as recited

    @property
    def verdicts(self) -> list[str]:
        """Whether the later attempt repeats the earlier one; and, with a script, nears it."""
        repeated = f"{self.repeated_from_earlier:.0%}"
        run = f"runs of {self.min_words}+ words"
        if self.repeated_from_earlier >= RECITED_SHARE:
            verdicts = [
                f"the later attempt repeats {repeated} of its words from the earlier one in "
                f"{run}: it sounds recited"
            ]
        else:
            verdicts = [f"the later attempt is in fresh words ({repeated} repeated in {run})"]
        if self.script_earlier is None or self.script_later is None:
            return verdicts
        change = self.script_later - self.script_earlier
        shares = f"{self.script_later:.0%} vs {self.script_earlier:.0%} of its words"
        if change >= 0.1:
            verdicts.append(
                f"the later attempt is closer to the script {self.script_name}: "
                f"{shares} in {run} from it"
            )
        elif change <= -0.1:
            verdicts.append(
                f"the later attempt moved away from the script {self.script_name}: {shares}"
            )
        else:
            verdicts.append(
                f"both attempts are as close to the script {self.script_name}: {shares}"
            )
        return verdicts


def recitation(
    earlier: Sequence[str],
    later: Sequence[str],
    min_words: int,
    script: Sequence[str] | None = None,
    script_name: str | None = None,
) -> Recitation:
    """How the later attempt repeats the earlier one, and how close each is to script;
    min_words: Settings.verbatim_min_words."""
    return Recitation(
        similarity=similarity(earlier, later),
        repeated_from_earlier=verbatim_share(later, earlier, min_words),
        script_name=script_name,
        script_earlier=verbatim_share(earlier, script, min_words) if script else None,
        script_later=verbatim_share(later, script, min_words) if script else None,
        min_words=min_words,
    )
