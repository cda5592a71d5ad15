"""The scorecard at the end of a session: how each answer went, what to change first, and how
the session compares with the previous one.

Every finding comes from what the review already says about an answer (the coach's strategic
mistakes and framing scores, the delivery analysis's fillers, pace and rehearsal flags) and
carries a quote from the transcript that shows it. Pure functions over the store's attempts,
and scorecard_of() to read a session's from a Store; the views (history_view.show_scorecard, the
report's section) and spoken_summary() only render it.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from voice_interviewer.analysis.fillers import most_used
from voice_interviewer.coaching.grounding import split_sentences
from voice_interviewer.config import PaceBand
from voice_interviewer.history.progress import (
    FIGURES,
    by_question,
    figure_value,
    in_threads,
    judge,
    main_answers,
    question_key,
    question_label,
)
from voice_interviewer.history.record import StoredReview
from voice_interviewer.history.store import Attempt, AttemptSummary, SessionInfo, Store
from voice_interviewer.textnorm import normalise_words

# How many changes the session summary names.
TOP_CHANGES = 3
# Fillers per minute from which they are worth fixing, and from which they dominate: about
# one every 20 s is noticeable, one every 10 s distracts.
FILLERS_NOTICEABLE = 3.0
FILLERS_DISTRACTING = 6.0
FILLERS_DOMINANT = 10.0  # more noticeable than anything said
# A pace this far outside the target band (words per minute) is a serious problem.
PACE_FAR_OFF_WPM = 30.0
# Words either side of a filler in its quote.
FILLER_CONTEXT_WORDS = 6
# Framing scores at or below this are worth fixing (1-5).
LOW_SCORE = 2

# Severity: 3 costs the interview, 2 weakens the answer, 1 is polish.
_MISTAKE_ADVICE = {
    "apologising-for-background": "Name the gap once, then say what you bring instead; "
    "do not apologise for your background",
    "minimising-swe-experience": "Own your engineering experience instead of playing it down",
    "overselling-ai": "Claim only the AI work you have done, with its results",
    "ai-is-hot": "Give a problem you want to solve as the motivation, not that AI is hot",
    "comparing-to-researchers": "Compare yourself with the job, not with ML researchers",
    "tools-before-requirements": "Ask about the requirements before naming any tool",
}
_FRAMING_ADVICE = {
    "production_problem": "Open with the production problem, not the technology",
    "engineering_rigor": "Show the engineering: error handling, testing, monitoring, deployment",
    "business_impact": "Close on the business result, with a number",
    "honest_gaps": "Name a gap honestly, then the strength you bring instead",
}
# Where an answer shows a framing point missing when the coach quotes nothing: its opening
# for the problem, its ending for the rest.
_OPENING_SHOWS = ("production_problem",)
_QUOTED = re.compile(r"\"([^\"]{8,})\"")


@dataclass(frozen=True)
class Finding:
    """One thing to change in one answer."""

    kind: str  # "mistake:KIND", "framing:POINT", "fillers", "pace-fast", "pace-slow", "rehearsal"
    advice: str  # what to do, in the imperative
    severity: int  # 3 costs the interview, 2 weakens the answer, 1 is polish
    quote: str  # words from the transcript that show it


@dataclass(frozen=True)
class AnswerCard:
    """One answer of the session: its key figures and the one thing to fix."""

    summary: AttemptSummary
    fix: Finding | None  # None when nothing stands out

    @property
    def label(self) -> str:
        return question_label(self.summary)


@dataclass(frozen=True)
class Change:
    """One of the changes that would help the session most, with the quotes that show it."""

    kind: str
    advice: str
    answers: int  # how many of the session's answers show it
    severity: int  # the most severe instance
    quotes: tuple[str, ...]  # one per answer, the most severe first


@dataclass(frozen=True)
class FigureChange:
    label: str
    before: float
    after: float
    verdict: str | None  # "better", "worse", "same"


@dataclass(frozen=True)
class SessionComparison:
    """This session against the previous one, like with like."""

    previous: SessionInfo
    basis: str  # "same-questions" or "session-averages"
    questions: int  # the questions both answered (same-questions), else the answers compared
    figures: tuple[FigureChange, ...]

    @property
    def description(self) -> str:
        if self.basis == "same-questions":
            plural = "question" if self.questions == 1 else f"{self.questions} questions"
            return f"your latest answers to the same {plural}"
        return "session averages (no question in common)"


@dataclass(frozen=True)
class Scorecard:
    session: SessionInfo
    answers: tuple[AnswerCard, ...]  # in threads: each follow-up after its main answer
    changes: tuple[Change, ...]  # at most TOP_CHANGES, the most helpful first
    comparison: SessionComparison | None  # None without a previous session

    @property
    def mean_score(self) -> float | None:
        scores = [a.summary.mean_score for a in self.answers if a.summary.mean_score is not None]
        return statistics.fmean(scores) if scores else None


# --- one answer ---------------------------------------------------------------------------


def _in_transcript(quote: str, text: str) -> bool:
    words = " ".join(normalise_words(quote))
    return bool(words) and words in " ".join(normalise_words(text))


def _sentence(text: str, last: bool = False) -> str:
    sentences = split_sentences(text)
    return (sentences[-1] if last else sentences[0]) if sentences else text


def _avoid(kind: str) -> str:
    """Advice for a mistake kind this version has none for (a newer coach's, an import)."""
    return f"Avoid {kind.replace('-', ' ')}"


def _mistakes(review: StoredReview) -> list[Finding]:
    """Each strategic mistake; one the word model found, less sure than a rule, weighs as a
    weakness rather than as costing the interview."""
    return [
        Finding(
            f"mistake:{m.kind}",
            _MISTAKE_ADVICE.get(m.kind, _avoid(m.kind)),
            2 if m.by_word_model else 3,
            m.quote,
        )
        for m in review.mistakes
    ]


def _framing(review: StoredReview) -> list[Finding]:
    """Framing points scored LOW_SCORE or lower, quoted from the coach's evidence where it
    quotes the answer, else from where the answer shows the point missing."""
    text = review.text
    found = []
    for point, advice in _FRAMING_ADVICE.items():
        scored = review.framework.get(point)
        if scored is None or scored.score is None or scored.score > LOW_SCORE:
            continue
        score = scored.score
        quoted = [
            q for q in _QUOTED.findall(scored.evidence) if _in_transcript(q.rstrip(". "), text)
        ]
        quote = quoted[0] if quoted else _sentence(text, last=point not in _OPENING_SHOWS)
        found.append(Finding(f"framing:{point}", advice, 3 if score == 1 else 2, quote))
    return found


def _filler_quote(review: StoredReview) -> str:
    """The words around the densest run of fillers."""
    words = [w.text for w in review.words]
    places = [f.word_index for f in review.fillers]
    places = [i for i in places if i is not None and i < len(words)]
    if not places:
        return _sentence(review.text)
    near = FILLER_CONTEXT_WORDS

    def density(index: int) -> int:
        return sum(1 for other in places if abs(other - index) <= near)

    centre = max(places, key=density)
    return " ".join(words[max(0, centre - near) : centre + near + 1])


def _fillers(review: StoredReview) -> list[Finding]:
    rate = review.fillers_per_minute
    if rate is None or rate < FILLERS_NOTICEABLE:
        return []
    named = most_used((filler.text for filler in review.fillers if filler.text), 1)
    most = f' (most of all "{named[0][0]}")' if named else ""
    advice = f"Cut the fillers{most}: {rate:.1f} a minute; pause silently instead"
    severity = 3 if rate >= FILLERS_DOMINANT else 2 if rate >= FILLERS_DISTRACTING else 1
    return [Finding("fillers", advice, severity, _filler_quote(review))]


def _stretch_quote(review: StoredReview, kind: str) -> str:
    """The words of the answer's first stretch of this kind ("fast", "slow")."""
    stretch = next((s for s in review.stretches if s.kind == kind), None)
    if stretch is None:
        return _sentence(review.text)
    spoken = [
        w.text
        for w in review.words
        if w.start is not None and stretch.start <= w.start < stretch.end
    ]
    return " ".join(spoken) or _sentence(review.text)


def _pace(review: StoredReview) -> list[Finding]:
    """Pace outside the band the answer was reviewed against (its review says which)."""
    wpm = review.words_per_minute
    if wpm is None or review.pace_band is None:
        return []
    low, high = review.pace_band
    if low <= wpm <= high:
        return []
    fast = wpm > high
    off = wpm - high if fast else low - wpm
    kind = "fast" if fast else "slow"
    verb = "Slow down" if fast else "Speed up"
    advice = f"{verb}: {wpm:.0f} words a minute against {low:.0f}-{high:.0f}"
    severity = 2 if off >= PACE_FAR_OFF_WPM else 1
    return [Finding(f"pace-{kind}", advice, severity, _stretch_quote(review, kind))]


def _rehearsal(review: StoredReview) -> list[Finding]:
    flags = [f for f in review.rehearsal_flags or () if f.quote]
    if not flags:
        return []
    advice = "Say it in your own words: it sounds rehearsed"
    return [Finding("rehearsal", advice, 2, flags[0].quote)]


# In this order when equally severe: what the interviewer hears first matters most.
_FINDERS = (_mistakes, _framing, _rehearsal, _fillers, _pace)


def findings(review: StoredReview) -> list[Finding]:
    """Everything worth changing in one answer, most severe first."""
    found = [finding for finder in _FINDERS for finding in finder(review)]
    return sorted(found, key=lambda f: -f.severity)  # stable: _FINDERS order among equals


def one_fix(review: StoredReview) -> Finding | None:
    """The one thing to fix in an answer: its most severe finding."""
    found = findings(review)
    return found[0] if found else None


# --- the session --------------------------------------------------------------------------


def top_changes(reviews: Sequence[StoredReview], count: int = TOP_CHANGES) -> list[Change]:
    """The changes that would help most across the answers: each kind of finding ranked by
    the sum of its severities (so frequent and severe both count), then its worst instance,
    then the order of _FINDERS."""
    by_kind: dict[str, list[Finding]] = {}
    for review in reviews:
        once: dict[str, Finding] = {}  # one finding of each kind an answer: its most severe
        for finding in findings(review):
            once.setdefault(finding.kind, finding)
        for kind, finding in once.items():
            by_kind.setdefault(kind, []).append(finding)
    changes = []
    for kind, found in by_kind.items():
        worst = sorted(found, key=lambda f: -f.severity)
        changes.append(
            Change(
                kind=kind,
                advice=worst[0].advice,
                answers=len(found),
                severity=worst[0].severity,
                quotes=tuple(dict.fromkeys(f.quote for f in worst)),
            )
        )
    changes.sort(key=lambda c: (-c.severity * c.answers, -c.severity))
    return changes[:count]


def _means(summaries: Sequence[AttemptSummary]) -> dict[str, float]:
    means = {}
    for figure in FIGURES:
        values = [v for v in (figure_value(s, figure) for s in summaries) if v is not None]
        if values:
            means[figure.key] = statistics.fmean(values)
    return means


def compare_sessions(
    current: Sequence[AttemptSummary],
    previous: Sequence[AttemptSummary],
    previous_session: SessionInfo,
    band: PaceBand,
) -> SessionComparison | None:
    """This session's main answers against the previous session's: the latest answer to each
    question both sessions asked when there is one, else the averages of all their answers.
    None when either session has no main answer."""
    mine, theirs = main_answers(current), main_answers(previous)
    if not mine or not theirs:
        return None
    latest_mine = {question_key(g[-1]): g[-1] for g in by_question(mine)}
    latest_theirs = {question_key(g[-1]): g[-1] for g in by_question(theirs)}
    shared = [key for key in latest_mine if key in latest_theirs]
    if shared:
        basis, count = "same-questions", len(shared)
        mine = [latest_mine[key] for key in shared]
        theirs = [latest_theirs[key] for key in shared]
    else:
        basis, count = "session-averages", len(mine)
    before, after = _means(theirs), _means(mine)
    figures = tuple(
        FigureChange(
            f.label, before[f.key], after[f.key], judge(f, after[f.key], [before[f.key]], band)
        )
        for f in FIGURES
        if f.key in before and f.key in after
    )
    return SessionComparison(previous_session, basis, count, figures)


def build_scorecard(
    session: SessionInfo,
    attempts: Sequence[Attempt],
    band: PaceBand,
    previous: tuple[SessionInfo, Sequence[AttemptSummary]] | None = None,
) -> Scorecard:
    """The scorecard of one session's attempts; previous: the previous session and its
    attempts, when there is one."""
    reviews = {a.summary.id: a.review for a in attempts}
    ordered = in_threads(a.summary for a in attempts)
    answers = tuple(AnswerCard(s, one_fix(reviews[s.id])) for s in ordered)
    comparison = None
    if previous is not None:
        info, earlier = previous
        comparison = compare_sessions(ordered, earlier, info, band)
    return Scorecard(session, answers, tuple(top_changes(list(reviews.values()))), comparison)


def counted(count: int, noun: str) -> str:
    """The count with its noun: "1 answer", "3 answers"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _ordinal(index: int) -> str:
    return ("First", "Second", "Third", "Fourth", "Fifth")[index] if index < 5 else "Next"


def spoken_summary(card: Scorecard) -> str:
    """A short summary to be read aloud: the answers, the changes, the trend."""
    parts = [f"Your scorecard. {counted(len(card.answers), 'answer')}."]
    if card.mean_score is not None:
        parts.append(f"Framing averaged {card.mean_score:.1f} out of 5.")
    if card.changes:
        parts.append("What would help most.")
        parts += [f"{_ordinal(i)}: {change.advice}." for i, change in enumerate(card.changes)]
    else:
        parts.append("Nothing stood out to change.")
    if card.comparison is not None:
        moved = [
            f"{f.label} {f.verdict}"
            for f in card.comparison.figures
            if f.verdict in ("better", "worse")
        ]
        parts.append(f"Against your last session: {', '.join(moved) or 'about the same'}.")
    return " ".join(parts).replace("/min", " per minute")


def scorecard_of(store: Store, session_id: int, band: PaceBand) -> Scorecard | None:
    """The scorecard of a session in store, against the previous session of the same command;
    None when the session kept no attempt."""
    attempts = store.session_attempts(session_id)
    if not attempts:
        return None
    previous = store.previous_session(session_id)
    earlier = None
    if previous is not None:
        earlier = (previous, [a.summary for a in store.session_attempts(previous.id)])
    return build_scorecard(store.session(session_id), attempts, band, earlier)
