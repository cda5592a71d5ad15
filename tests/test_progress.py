"""Trends, best attempts and recitation: pure functions over attempts and transcripts."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from tests.store_samples import ANSWERS
from voice_interviewer.config import Settings, pace_band
from voice_interviewer.history.progress import (
    FIGURES,
    best_attempt,
    by_question,
    first_and_latest,
    history_rows,
    judge,
    matches_question,
    question_key,
    recitation,
    select_threads,
    verbatim_share,
    word_diff,
)
from voice_interviewer.history.store import AttemptSummary

BAND = pace_band(Settings())  # the default pace band

BY_KEY = {figure.key: figure for figure in FIGURES}
START = datetime(2026, 11, 1, tzinfo=timezone.utc)


def attempt(index: int, **figures) -> AttemptSummary:
    base = AttemptSummary(
        id=index,
        uid=f"u{index}",
        session_id=None,
        created_at=START + timedelta(hours=index),
        question_id="why-01",
        question_text="Why AI engineering?",
        category="why-ai-engineering",
        audio_path=None,
        duration_s=60.0,
        word_count=140,
        words_per_minute=140.0,
        filler_count=4,
        fillers_per_minute=4.0,
        rehearsal_flags=1,
        scores=(3, 3, 3, 3),
        coach="llm",
        whisper_model="base",
        llm_model="qwen",
    )
    return dataclasses.replace(base, **figures)


@pytest.mark.parametrize(
    ("key", "value", "earlier", "verdict"),
    [
        ("fillers_per_minute", 2.0, [4.0, 6.0], "better"),
        ("fillers_per_minute", 5.2, [4.0, 6.0], "same"),
        ("fillers_per_minute", 7.0, [4.0, 6.0], "worse"),
        ("words_per_minute", 150.0, [190.0], "better"),  # into the band from above
        ("words_per_minute", 100.0, [140.0], "worse"),  # out of the band below
        ("words_per_minute", 125.0, [155.0], "same"),  # both inside the band
        ("mean_score", 4.0, [3.0], "better"),
        ("mean_score", None, [3.0], None),
        ("mean_score", 4.0, [], None),
    ],
)
def test_judge_against_the_mean_of_earlier_attempts(key, value, earlier, verdict) -> None:
    assert judge(BY_KEY[key], value, earlier, BAND) == verdict


def test_history_rows_count_attempts_per_question_and_judge_each() -> None:
    other = dict(question_id="design-01", question_text="Design it")
    summaries = [
        attempt(1, fillers_per_minute=6.0),
        attempt(2, **other),
        attempt(3, fillers_per_minute=3.0, scores=(4, 4, 4, 4)),
        attempt(4, fillers_per_minute=9.0, scores=(4, 4, 4, 4)),
        attempt(5, question_id=None, question_text=None),
    ]
    rows = history_rows(reversed(summaries), BAND)  # any order in, time order out
    assert [row.summary.id for row in rows] == [1, 2, 3, 4, 5]
    assert [row.number for row in rows] == [1, 1, 2, 3, None]
    assert [row.overall for row in rows] == ["first", "first", "better", "mixed", None]
    assert rows[3].trends["fillers_per_minute"] == "worse"  # 9 against the mean 4.5


def test_questions_match_by_id_or_wording() -> None:
    summary = attempt(1, question_id=None, question_text="Why move to AI engineering?")
    assert question_key(summary) == "text:why move to ai engineering"
    assert matches_question(summary, "AI Engineering")
    assert not matches_question(summary, "system design")
    assert matches_question(attempt(2), "why-01")


def test_the_best_attempt_has_the_highest_framing_then_the_fewest_fillers() -> None:
    best = attempt(2, scores=(5, 5, 4, 4), fillers_per_minute=6.0)
    tied = attempt(3, scores=(5, 5, 4, 4), fillers_per_minute=8.0)
    assert best_attempt([attempt(1), best, tied]) is best
    unscored = [attempt(i, scores=(None,) * 4, fillers_per_minute=9.0 - i) for i in range(3)]
    assert best_attempt(unscored).id == 2


def test_word_diff_ignores_case_and_punctuation_and_marks_changes() -> None:
    earlier = ["At", "my", "last", "job,", "I", "owned", "the", "routing", "service."]
    later = ["at", "my", "last", "job", "I", "owned", "the", "ticket", "routing", "service"]
    changes = [(c.kind, " ".join(c.words)) for c in word_diff(earlier, later)]
    assert changes == [
        ("same", "at my last job I owned the"),
        ("added", "ticket"),
        ("same", "routing service"),
    ]


MIN_RUN = Settings().verbatim_min_words  # the rehearsal check's shortest recited run


def test_verbatim_share_counts_only_long_runs() -> None:
    script = ANSWERS[0].replace("-", " ").split()  # the matcher reads "re-routing" as two words
    recited = [*script[:40], "and", "that", "is", "all"]
    assert verbatim_share(recited, script, MIN_RUN) == pytest.approx(40 / 44, abs=0.01)
    # Runs shorter than verbatim_min_words, from far-apart places in the script, are ordinary
    # shared phrasing.
    short_runs = []
    for start in range(0, 3 * 2 * MIN_RUN, 2 * MIN_RUN):
        short_runs += [*script[start : start + MIN_RUN - 1], "honestly", "anyway", "right"]
    assert verbatim_share(short_runs, script, MIN_RUN) == 0.0


def test_verbatim_share_is_the_rehearsal_checks_matcher() -> None:
    """Words changed here and there inside a recited run do not hide it (as in the rehearsal
    flags): exact runs between the changes are only five words long."""
    script = ANSWERS[0].replace("-", " ").split()
    edited = [word if i % 6 != 5 else "basically" for i, word in enumerate(script[:42])]
    assert verbatim_share(edited, script, MIN_RUN) > 0.8


def test_recitation_verdicts() -> None:
    first, fresh = ANSWERS[0].split(), ANSWERS[2].split()
    (recited,) = recitation(first, first[:60], MIN_RUN).verdicts
    assert "sounds recited" in recited
    assert "fresh words" in recitation(first, fresh, MIN_RUN).verdicts[0]
    script = ANSWERS[2].split()
    toward = recitation(first, fresh, MIN_RUN, script, "design.txt").verdicts
    assert "fresh words" in toward[0]  # the earlier attempt is always judged too
    assert toward[1].startswith("the later attempt is closer to the script design.txt")
    away = recitation(fresh, first, MIN_RUN, script, "design.txt").verdicts
    assert away[1].startswith("the later attempt moved away from the script")


def follow_up(index: int, main: int, **figures) -> AttemptSummary:
    """A follow-up in the thread of attempt main: no question id, the coach's wording."""
    return attempt(
        index,
        question_id=None,
        question_text="How did you choose the threshold?",
        follow_up_of=main,
        **figures,
    )


def test_a_follow_up_is_never_the_same_question_as_its_main_answer() -> None:
    main, asked = attempt(1), follow_up(2, main=1)
    again = follow_up(3, main=1)
    elsewhere = follow_up(5, main=4)
    assert question_key(asked) != question_key(main)
    assert question_key(asked) == question_key(again)  # a retry of the same follow-up
    assert question_key(asked) != question_key(elsewhere)  # same words, another thread
    free = attempt(6, question_id=None, question_text=asked.question_text)
    assert question_key(free) != question_key(asked)


def test_history_shows_follow_ups_under_their_main_answer_and_compares_them_apart() -> None:
    summaries = [
        attempt(1, scores=(2, 2, 2, 2)),
        follow_up(2, main=1, scores=(5, 5, 5, 5), fillers_per_minute=1.0),
        attempt(3, question_id="design-01", question_text="Design it"),
        attempt(4, scores=(2, 2, 2, 2)),  # a retry of why-01, after the follow-up
        follow_up(5, main=1, scores=(3, 3, 3, 3)),  # a retry of the follow-up, later still
    ]
    rows = history_rows(reversed(summaries), BAND)
    assert [row.summary.id for row in rows] == [1, 2, 5, 3, 4]
    numbers = {row.summary.id: row.number for row in rows}
    assert numbers == {1: 1, 2: 1, 5: 2, 3: 1, 4: 2}
    trends = {row.summary.id: row.trends["mean_score"] for row in rows}
    assert trends[4] == "same"  # against attempt 1 only, never the follow-up's 5
    assert trends[5] == "worse"  # against the first answer to the same follow-up
    assert rows[1].to_json()["follow_up_of"] == 1
    kept = select_threads(rows, lambda s: s.id == 1)
    assert [row.summary.id for row in kept] == [1, 2, 5]


def test_best_and_first_against_latest_use_main_answers_only() -> None:
    summaries = [
        attempt(1, scores=(2, 2, 2, 2)),
        follow_up(2, main=1, scores=(5, 5, 5, 5)),
        attempt(3, question_id="design-01", question_text="Design it"),
        attempt(4, scores=(3, 3, 3, 3)),
    ]
    groups = by_question(summaries)
    assert [[s.id for s in group] for group in groups] == [[1, 4], [3]]
    assert best_attempt(groups[0]).id == 4
    assert [(a.id, b.id) for a, b in first_and_latest(summaries)] == [(1, 4)]


def test_pace_is_judged_against_the_configured_band() -> None:
    """The history and the report read the same pace band as the review (pace_min_wpm and
    pace_max_wpm), not a band of their own."""
    pace = BY_KEY["words_per_minute"]
    assert judge(pace, 175.0, [165.0], BAND) == "worse"  # further above 120-160
    assert judge(pace, 175.0, [165.0], pace_band(Settings(pace_max_wpm=200.0))) == "same"
