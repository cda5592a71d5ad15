"""The session scorecard: findings per answer, the changes that help most, the previous
session compared like with like, and the spoken summary. Pure functions over review JSON."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.store_samples import sample_review
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS
from voice_interviewer.config import Settings, pace_band
from voice_interviewer.history.record import decode_review
from voice_interviewer.history.scorecard import (
    FILLERS_DISTRACTING,
    FILLERS_DOMINANT,
    build_scorecard,
    compare_sessions,
    findings,
    one_fix,
    spoken_summary,
    top_changes,
)
from voice_interviewer.history.store import Attempt, AttemptSummary, SessionInfo
from voice_interviewer.practice import drill

BAND = pace_band(Settings())  # the default pace band

START = datetime(2026, 11, 1, tzinfo=timezone.utc)
SESSION = SessionInfo(7, START, "drill")
PREVIOUS = SessionInfo(6, START - timedelta(days=2), "drill")


def clean(seed: int = 0, **changes: Any) -> dict[str, Any]:
    """A review with nothing to fix: good scores, no fillers, no flags, an even pace."""
    review = sample_review(seed)
    review["feedback"]["mistakes"] = []
    for key in FRAMEWORK_POINTS:
        review["feedback"]["framework"][key] = {"score": 4, "evidence": "Fine."}
    review["delivery"].update(fillers=[], filler_count=0, fillers_per_minute=0.0)
    review["delivery"]["rehearsal"]["flags"] = []
    review["pace"]["words_per_minute"] = 140.0
    review.update(changes)
    return review


def low(review: dict[str, Any], point: str, score: int, evidence: str) -> dict[str, Any]:
    review["feedback"]["framework"][point] = {"score": score, "evidence": evidence}
    return review


def summary(index: int, question: str | None = "why-01", **fields: Any) -> AttemptSummary:
    base = AttemptSummary(
        id=index,
        uid=f"u{index}",
        session_id=SESSION.id,
        created_at=START + timedelta(minutes=index),
        question_id=question,
        question_text=f"Question {question}?",
        category="why-ai-engineering",
        audio_path=None,
        duration_s=60.0,
        word_count=140,
        words_per_minute=140.0,
        filler_count=2,
        fillers_per_minute=2.0,
        rehearsal_flags=0,
        scores=(3, 3, 3, 3),
        coach="rules",
        whisper_model="base",
        llm_model=None,
    )
    return dataclasses.replace(base, **fields)


# --- one answer ---------------------------------------------------------------------------


def test_a_clean_answer_has_nothing_to_fix() -> None:
    assert findings(decode_review(clean())) == []
    assert one_fix(decode_review(clean())) is None


def test_a_strategic_mistake_comes_first_with_the_words_said() -> None:
    review = clean()
    review["delivery"]["fillers_per_minute"] = FILLERS_DISTRACTING + 1
    review["feedback"]["mistakes"] = [{"kind": "ai-is-hot", "quote": "AI is the hot thing now"}]
    fix = one_fix(decode_review(review))
    assert fix is not None
    assert (fix.kind, fix.severity, fix.quote) == (
        "mistake:ai-is-hot",
        3,
        "AI is the hot thing now",
    )
    assert "not that AI is hot" in fix.advice
    assert [f.kind for f in findings(decode_review(review))] == ["mistake:ai-is-hot", "fillers"]


def test_a_mistake_only_the_word_model_found_weighs_less_than_a_rules() -> None:
    review = clean()
    review["feedback"]["mistakes"] = [
        {"kind": "overselling-ai", "quote": "I'm at their level now", "by_word_model": True},
        {"kind": "ai-is-hot", "quote": "AI is the hot thing now", "by_word_model": False},
    ]
    found = {f.kind: f.severity for f in findings(decode_review(review))}
    assert found == {"mistake:overselling-ai": 2, "mistake:ai-is-hot": 3}
    assert one_fix(decode_review(review)).kind == "mistake:ai-is-hot"


def test_a_low_framing_score_quotes_the_coachs_quote_or_where_the_answer_shows_it() -> None:
    quoted = low(
        clean(0),
        "production_problem",
        1,
        'It opens on excitement, not a problem: "at my last job I owned the ticket routing '
        'service".',
    )
    [problem] = findings(decode_review(quoted))
    assert problem.kind == "framing:production_problem" and problem.severity == 3
    assert problem.quote == "at my last job I owned the ticket routing service"
    # A quote the answer never said is not used; the ending shows a missing business result.
    unquoted = low(clean(0), "business_impact", 2, 'No outcome: "we doubled revenue".')
    [impact] = findings(decode_review(unquoted))
    assert impact.severity == 2
    assert impact.quote == "I have not trained large models, but I know how to ship one safely."


def test_fillers_are_quoted_where_they_are_densest() -> None:
    review = sample_review(0)  # fillers at words 1, 31 and 58
    review["delivery"]["fillers"].insert(1, dict(review["delivery"]["fillers"][0], word_index=4))
    review["delivery"]["fillers_per_minute"] = 4.0
    [fillers] = [f for f in findings(decode_review(review)) if f.kind == "fillers"]
    assert fillers.severity == 1
    assert fillers.quote.startswith("So, um, at my last job")
    assert '"um"' in fillers.advice
    severities = []
    for rate in (FILLERS_DISTRACTING, FILLERS_DOMINANT):
        review["delivery"]["fillers_per_minute"] = rate
        severities += [f.severity for f in findings(decode_review(review)) if f.kind == "fillers"]
    assert severities == [2, 3]  # as severe as a strategic mistake once they dominate


def test_the_filler_advice_names_the_most_used_filler_of_any_kind() -> None:
    """Three "uh" and one crutch word: the advice names "uh" (it named the crutch word)."""
    review = clean(0)
    uh = {"text": "uh,", "kind": "vocal", "start": 1.0, "end": 1.2, "source": "transcript"}
    like = {"text": "like", "kind": "crutch", "start": 5.0, "end": 5.2, "source": "transcript"}
    review["delivery"]["fillers"] = [like] + [dict(uh, word_index=i) for i in (3, 9, 20)]
    review["delivery"]["fillers_per_minute"] = FILLERS_DISTRACTING
    review["delivery"]["top_crutches"] = [["like", 1]]
    [fillers] = [f for f in findings(decode_review(review)) if f.kind == "fillers"]
    assert 'most of all "uh"' in fillers.advice


def test_a_pace_outside_the_band_quotes_its_fast_stretch() -> None:
    review = clean(0)
    review["pace"].update(
        words_per_minute=200.0,
        targets={"min_wpm": 120.0, "max_wpm": 160.0},
        stretches=[{"start": 2.0, "end": 4.0, "words_per_minute": 230.0, "kind": "fast"}],
    )
    [pace] = findings(decode_review(review))
    assert (pace.kind, pace.severity) == ("pace-fast", 2)
    assert pace.advice.startswith("Slow down: 200 words a minute")
    assert pace.quote == "last job I owned the ticket"


# --- the session --------------------------------------------------------------------------


def test_the_changes_that_help_most_weigh_frequency_and_severity() -> None:
    rehearsed = {
        "kind": "stock-phrase",
        "quote": "ship one safely",
        "why": "stock",
        "start": 9.0,
        "end": 10.0,
    }
    reviews = [
        clean(
            0, feedback=clean()["feedback"] | {"mistakes": [{"kind": "ai-is-hot", "quote": "a"}]}
        ),
        clean(1),
        clean(2),
    ]
    for review in reviews:
        low(review, "business_impact", 2, "No outcome.")
        review["delivery"]["rehearsal"]["flags"] = [rehearsed]
    reviews[1]["pace"]["words_per_minute"] = 170.0  # polish, in one answer
    changes = top_changes([decode_review(r) for r in reviews])
    # business impact: 3 answers x 2; rehearsal 3 x 2; the mistake once, but severe: 1 x 3.
    assert [c.kind for c in changes] == [
        "framing:business_impact",
        "rehearsal",
        "mistake:ai-is-hot",
    ]
    assert changes[0].answers == 3
    assert changes[1].quotes == ("ship one safely",)  # the same quote once


def test_against_the_previous_session_the_same_questions_are_compared_when_there_are() -> None:
    current = [
        summary(10, "why-01", fillers_per_minute=1.0),
        summary(11, "design-01", fillers_per_minute=9.0),
        summary(12, None, follow_up_of=10, fillers_per_minute=20.0),
    ]
    previous = [
        summary(1, "why-01", fillers_per_minute=5.0),
        summary(2, "why-01", fillers_per_minute=3.0),  # the latest answer to why-01 counts
        summary(3, "weakness-01", fillers_per_minute=0.0),
    ]
    comparison = compare_sessions(current, previous, PREVIOUS, BAND)
    assert comparison is not None
    assert (comparison.basis, comparison.questions) == ("same-questions", 1)
    fillers = {f.label: f for f in comparison.figures}["fillers/min"]
    assert (fillers.before, fillers.after, fillers.verdict) == (3.0, 1.0, "better")
    assert "same question" in comparison.description


def test_with_no_question_in_common_the_session_averages_are_compared_and_said() -> None:
    current = [summary(10, "design-01", fillers_per_minute=4.0)]
    current.append(summary(11, None, follow_up_of=10, fillers_per_minute=20.0))
    previous = [summary(1, "why-01", fillers_per_minute=1.0), summary(2, "x", fillers_per_minute=3)]
    comparison = compare_sessions(current, previous, PREVIOUS, BAND)
    assert comparison is not None
    assert comparison.basis == "session-averages"
    fillers = {f.label: f for f in comparison.figures}["fillers/min"]
    assert (fillers.before, fillers.after, fillers.verdict) == (2.0, 4.0, "worse")
    assert "session averages" in comparison.description
    assert compare_sessions([summary(11, None, follow_up_of=10)], previous, PREVIOUS, BAND) is None


def test_the_scorecard_lists_answers_in_threads_and_reads_short() -> None:
    main = low(clean(0), "business_impact", 1, "No business outcome.")
    attempts = [
        Attempt(summary(1, "why-01"), decode_review(main), {}),
        Attempt(summary(2, "design-01"), decode_review(clean(2)), {}),
        Attempt(summary(3, None, follow_up_of=1), decode_review(clean(1)), {}),
    ]
    card = build_scorecard(SESSION, attempts, BAND, (PREVIOUS, [summary(0, "why-01")]))
    assert [a.summary.id for a in card.answers] == [1, 3, 2]
    assert card.answers[0].fix is not None and card.answers[1].fix is None
    assert card.answers[1].label.startswith("↳ ")
    assert [c.kind for c in card.changes] == ["framing:business_impact"]
    assert card.comparison is not None and card.comparison.basis == "same-questions"
    spoken = spoken_summary(card)
    assert spoken.startswith("Your scorecard. 3 answers.")
    assert "First: Close on the business result, with a number." in spoken
    assert spoken.endswith("Against your last session: about the same.")
    assert "/" not in spoken


class _Session:
    """A practice session with a scorecard and nothing else."""

    def __init__(self, card) -> None:
        self.card = card

    def scorecard(self):
        return self.card


def test_speak_scorecard_reads_the_summary_aloud_at_the_end_of_a_drill(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = build_scorecard(SESSION, [Attempt(summary(1), decode_review(clean()), {})], BAND)
    spoken: list[str] = []
    monkeypatch.setattr(drill, "speak", lambda text, voice, output: spoken.append(text))
    monkeypatch.setattr(drill.history_view, "show_scorecard", lambda card: None)
    for speak_it in (False, True):
        options = drill.DrillOptions(speak_scorecard=speak_it)
        run = drill.Drill(options, None, _Session(card), None)  # type: ignore[arg-type]
        run.output = object()  # type: ignore[assignment]
        run._show_scorecard()
    assert spoken == [
        "Your scorecard. 1 answer. Framing averaged 3.0 out of 5. Nothing stood out to change."
    ]
