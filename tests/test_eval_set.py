"""The labelled evaluation sets parse, are big enough, and the rules meet their targets."""

from __future__ import annotations

import sys

import pytest
import tomllib

from tests.eval.labelled import SPLITS, load_split
from voice_interviewer.analysis.fillers import analyse_fillers
from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, MISTAKE_KINDS
from voice_interviewer.questions import load_questions
from voice_interviewer.resources import PROJECT_ROOT


@pytest.fixture(scope="module")
def answers():
    return {split: load_split(split) for split in SPLITS}


def test_at_least_sixty_labelled_answers_with_unique_ids(answers) -> None:
    every = [a for split in SPLITS for a in answers[split]]
    assert len(every) >= 60
    assert len({a.id for a in every}) == len(every)
    assert len(answers["heldout"]) >= 15


def test_labels_point_at_words_of_their_answer(answers) -> None:
    for answer in (a for split in SPLITS for a in answers[split]):
        count = len(answer.transcript.words)
        assert all(0 <= index < count for index, _ in answer.fillers), answer.id
        assert all(0 <= first <= last < count for _, first, last in answer.spans), answer.id
        ids = {a.id for a in answers[answer.split]}
        assert set(answer.earlier) <= ids, answer.id
        if answer.timing != "none":
            starts = [w.start for w in answer.transcript.words]
            assert starts == sorted(starts), answer.id


@pytest.mark.parametrize("split", SPLITS)
def test_filler_precision_and_recall_reach_the_target(answers, split: str) -> None:
    """The issue's target: 0.9 or better on the labelled set (scores in BENCHMARKS.md)."""
    tp = fp = fn = 0
    for answer in answers[split]:
        predicted = {(f.word_index, f.kind) for f in analyse_fillers(answer.transcript).fillers}
        tp += len(predicted & answer.fillers)
        fp += len(predicted - answer.fillers)
        fn += len(answer.fillers - predicted)
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.9


# --- the coaching set in other people's words (issue 13) -------------------------------------
def _coach_eval():
    """bench/coach_eval.py, which loads and scores the labelled coaching answers."""
    sys.path.insert(0, str(PROJECT_ROOT / "bench"))
    import coach_eval

    return coach_eval


def test_the_coaching_set_in_other_words_covers_every_scenario_in_each_part() -> None:
    coach_eval = _coach_eval()
    dev = ["others-dev", *(f"others-dev{n}" for n in (*range(4, 113), *range(115, 158)))]
    held_out = ["others-heldout", *(f"others-heldout{n}" for n in range(2, 109))]
    parts = [coach_eval.load_answers(coach_eval.SETS[name]) for name in dev + held_out]
    every = [answer for part in parts for answer in part]
    assert len(every) >= 100 and len({a.id for a in every}) == len(every)
    assert sum(len(part) for part in parts[len(dev) :]) >= len(every) / 4
    for part in parts:
        kinds = {(a.request.category, a.kind) for a in part}
        categories = {a.request.category for a in part}
        assert len(categories) == 5
        assert kinds == {(c, k) for c in categories for k in ("strong", "weak", "mixed")}


def test_the_rule_coach_meets_issue_13s_goals_on_the_dev_part() -> None:
    """Precision and recall of 0.9 per framework point and per strategic mistake, 0.85 on the
    rubric points, on the dev parts together (dev, and dev3 to dev103, each written blind to the
    rules; the word model trained on them all): the held-out parts are
    scored in BENCHMARKS.md, never used while the rules change nor to train the model."""
    coach_eval = _coach_eval()
    tally = coach_eval.Tally()
    for name in [f"others-dev{n}" for n in ("", *range(3, 113))]:
        for answer in coach_eval.load_answers(coach_eval.SETS[name]):
            tally.add_judgments(answer, rule_feedback(answer.request))
    for name, counts in {**tally.framework_counts, **tally.mistake_counts}.items():
        assert counts.tp / max(1, counts.tp + counts.fp) >= 0.9, (name, counts)
        assert counts.tp / max(1, counts.tp + counts.fn) >= 0.9, (name, counts)
    rubric = tally.rubric_counts
    assert rubric.tp / (rubric.tp + rubric.fp) >= 0.85
    assert rubric.tp / (rubric.tp + rubric.fn) >= 0.85


def test_the_bank_answers_label_the_bank_questions_as_they_stand() -> None:
    """tests/eval/coach-bank/ labels the rubric points of the program's own questions: a bank
    question or rubric point changed since then makes its labels stale, and this says which."""
    coach_eval = _coach_eval()
    bank = {question.id: question for question in load_questions()}
    for name in ("bank-dev-a", "bank-dev-b", "bank-heldout"):
        part = coach_eval.load_answers(coach_eval.SETS[name])
        asked = {a.id.split("-", 1)[1]: a for a in part}
        assert sorted(asked) == sorted(bank), name
        for question_id, answer in asked.items():
            question = bank[question_id]
            assert answer.request.question == question.text, answer.id
            assert answer.request.rubric == question.rubric, answer.id
            assert answer.request.category == question.category, answer.id


def test_the_second_labeller_labels_every_held_out_answer_it_names() -> None:
    """bench/label_agreement.py compares two labellers of heldout6 and heldout7: each answer
    there has one entry, with the question's number of rubric points and known mistake kinds."""
    sys.path.insert(0, str(PROJECT_ROOT / "bench"))
    import label_agreement

    answers = {
        a.id: a
        for part in label_agreement.PARTS
        for a in label_agreement.load_answers(label_agreement.SETS[part])
    }
    text = label_agreement.SECOND_LABELS.read_text(encoding="utf-8")
    entries = tomllib.loads(text)["labels"]
    assert sorted(e["id"] for e in entries) == sorted(answers)
    for entry in entries:
        answer = answers[entry["id"]]
        assert set(entry["framework"]) == set(FRAMEWORK_POINTS), entry["id"]
        assert len(entry["rubric"]) == len(answer.rubric), entry["id"]
        assert set(entry["mistakes"]) <= set(MISTAKE_KINDS), entry["id"]
