"""The word model beside the rules (voice_interviewer/coaching/answer_model.py): trained on the
labelled answers it ships with, adding only what the rules missed, and quoting the answer."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from voice_interviewer.coaching.answer_model import (
    MIN_WORDS,
    AnswerModel,
    fit_target,
    fit_vocabulary,
    shipped_model,
    terms,
)
from voice_interviewer.coaching.grounding import split_sentences
from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, MISTAKE_KINDS, CoachRequest
from voice_interviewer.resources import PROJECT_ROOT

OVERSELLING = (
    "Look, these days every company wants AI, and I figured I should be where the action is. "
    "I've done a few courses online and built a chatbot over a weekend. Honestly I think after "
    "those courses I'm pretty much at the level of the people who design these models. I can "
    "pick up anything they throw at me."
)
STRONG = (
    "Our support team was drowning: a third of the tickets went to the wrong queue and sat "
    "there for a day. I built a classifier on top of an LLM, checked it against two thousand "
    "tickets the leads had already routed, and we watch its accuracy every week. Misrouted "
    "tickets fell from a third to one in twenty. I haven't trained a model from scratch, but "
    "making this one dependable is the work I want to keep doing."
)


def test_the_shipped_model_was_trained_on_the_labelled_answers_as_they_are_now():
    sys.path.insert(0, str(PROJECT_ROOT / "bench"))
    from answer_model import TRAINING_SETS, digest
    from coach_eval import SETS, load_answers

    parts = {name: load_answers(SETS[name]) for name in TRAINING_SETS}
    assert "others-heldout2" not in parts
    assert shipped_model().trained_on == digest(parts), (
        "the labelled answers changed: retrain with python bench/answer_model.py --write"
    )


def test_it_judges_every_framework_point_and_mistake_or_leaves_it_to_the_rules():
    model = shipped_model()
    assert set(model.targets) <= {*FRAMEWORK_POINTS, *MISTAKE_KINDS}
    assert all(0.5 <= t.threshold <= 0.9 for t in model.targets.values())


def test_the_model_survives_its_json():
    model = shipped_model()
    again = AnswerModel.from_json(model.to_json())
    assert again.probabilities(STRONG) == pytest.approx(model.probabilities(STRONG), abs=1e-3)


def test_terms_are_words_and_word_pairs():
    assert terms("I don't, I DON'T know") == {
        "i": 2,
        "don't": 2,
        "know": 1,
        "i don't": 2,
        "don't i": 1,
        "don't know": 1,
    }


def test_training_separates_what_the_labels_separate():
    texts = ["the outage paged us", "the outage broke search", "I love AI", "AI is hot"] * 3
    labels = [True, True, False, False] * 3
    vocabulary = fit_vocabulary(texts)
    matrix = np.array([vocabulary.vector(t) for t in texts])
    target = fit_target(matrix, labels, threshold=0.5)
    model = AnswerModel(vocabulary, {"production_problem": target}, "")
    assert model.probabilities("the outage again")["production_problem"] > 0.5
    assert model.probabilities("AI is so hot")["production_problem"] < 0.5
    with pytest.raises(ValueError, match="both sides"):
        fit_target(matrix, [True] * len(texts), threshold=0.5)


def test_a_mistake_the_rules_miss_is_added_quoting_its_sentence_and_marked():
    request = CoachRequest(OVERSELLING, category="why-ai-engineering")
    rules_only = rule_feedback(request, word_model=False)
    assert "overselling-ai" not in {m.kind for m in rules_only.mistakes}
    (added,) = [m for m in rule_feedback(request).mistakes if m.kind == "overselling-ai"]
    assert added.by_word_model
    assert added.quote in OVERSELLING
    assert "at the level of the people who design" in added.quote
    assert not any(m.by_word_model for m in rules_only.mistakes)
    assert rule_feedback(request).rewrites == rules_only.rewrites


def test_a_strong_answer_gets_no_mistake_from_the_model():
    feedback = rule_feedback(CoachRequest(STRONG, category="portfolio-project"))
    assert feedback.mistakes == ()


def test_a_point_is_raised_only_past_nothing_that_contradicts_it():
    """A gap said with an apology stays a low honest-gaps score, whatever the wording says."""
    apology = (
        "Sorry, I know I'm not a real ML person, I was only ever a backend developer. I haven't "
        "trained a model, but I've kept a payments service up for years and I'd bring that."
    )
    feedback = rule_feedback(CoachRequest(apology, category="biggest-weakness"))
    assert "apologising-for-background" in {m.kind for m in feedback.mistakes}
    assert feedback.framework["honest_gaps"].score < 3


def test_a_design_answers_problem_is_the_rules_alone():
    """The words of a design read the same with or without a problem the speaker met: the
    model would credit one here, quoting the evaluation plan, where none is told."""
    design = (
        "First I ask: what is the latency budget, is the handler on the phone or not? Is the "
        "corpus static or updated daily? What does the user see when the system fails? Then "
        "ingestion from the claims system, chunked per policy section, and hybrid search with a "
        "reranker. Before deploy, an eval set of real handler questions; after, daily sampling "
        "and an alert when faithfulness falls under 0.85. Cost around two cents a query."
    )
    found, _ = shipped_model().judge(design, FRAMEWORK_POINTS)
    assert "production_problem" in found
    feedback = rule_feedback(CoachRequest(design, category="system-design"))
    assert feedback.framework["production_problem"].score < 3


LETTERS = (
    "Before any of this, our claims people at the insurer read every single letter twice, once "
    "to sort it and once to answer it. Now the model sorts the letters first{practice}. The "
    "backlog that used to take three weeks is cleared by Friday, and the team goes home on time."
)


def test_a_raised_point_says_it_comes_from_the_wording_and_quotes_the_answer():
    text = LETTERS.format(practice=", and we tested it on two thousand letters already sorted")
    rules = rule_feedback(CoachRequest(text), word_model=False).framework["engineering_rigor"]
    assert rules.score == 2
    raised = rule_feedback(CoachRequest(text)).framework["engineering_rigor"]
    assert raised.score == 3
    assert raised.evidence.startswith("The word model (not a rule) reads it")
    quoted = raised.evidence.split('"')[1]
    assert quoted in split_sentences(text) or quoted + "." in split_sentences(text)


def test_rigor_is_not_raised_where_the_rules_find_no_practice_at_all():
    """On parts it was not trained on, the model's rigor was wrong more often than right where
    the rules saw no practice (BENCHMARKS.md): the rules' "none" stands."""
    text = LETTERS.format(practice=" and we look over a sample of the drafts on Fridays")
    found, _ = shipped_model().judge(text, FRAMEWORK_POINTS)
    assert "engineering_rigor" in found
    assert rule_feedback(CoachRequest(text)).framework["engineering_rigor"].score == 1


def test_a_problem_the_model_credits_makes_the_motivation_problem_driven():
    """A problem told in everyday words, which the rules miss and the model credits, counts
    for the rubric's problem-driven motivation too."""
    point = "the motivation is genuine and problem-driven, not 'AI is hot'"
    text = (
        "I work at a bank. Branch staff were calling head office for every small policy doubt, "
        "KYC rules, limits, like forty calls a day, and each answer took a day to come back. I "
        "built an assistant over the circulars, with an evaluation set of two hundred questions "
        "the compliance team answered. Now the calls to head office are down to a handful a "
        "week. That is the work I want to do full time, making these tools reliable."
    )
    request = CoachRequest(text, rubric=(point,), category="why-ai-engineering")
    assert rule_feedback(request, word_model=False).rubric_hit == ()
    feedback = rule_feedback(request)
    assert feedback.framework["production_problem"].score == 3
    assert feedback.rubric_hit == (point,)


def test_a_text_shorter_than_an_answer_gets_nothing_from_the_model():
    """On a sentence alone it reads topic words as findings; it judges whole answers only."""
    near_miss = "I'm not competing with ML researchers; I'm competing with other AI engineers."
    assert len(near_miss.split()) < MIN_WORDS
    assert shipped_model().judge(near_miss)[0] == set()
    assert "comparing-to-researchers" not in {
        m.kind for m in rule_feedback(CoachRequest(near_miss)).mistakes
    }


def test_a_point_the_rules_credit_and_the_wording_does_not_carry_is_not_counted():
    """A weakness that is a virtue in disguise ("I'm a bit of a perfectionist") read by the
    rules as opening on a problem: the word model doubts it, so it is not credited."""
    sys.path.insert(0, str(PROJECT_ROOT / "bench"))
    import coach_eval

    (answer,) = [
        a
        for a in coach_eval.load_answers(coach_eval.SETS["bank-dev-a"])
        if a.id == "ba-weakness-05"
    ]
    assert not answer.framework["production_problem"]
    rules_only = rule_feedback(answer.request, word_model=False).framework["production_problem"]
    assert rules_only.score >= 3
    doubted = rule_feedback(answer.request).framework["production_problem"]
    assert doubted.score == 2
    assert doubted.evidence.startswith(rules_only.evidence)
    assert "The word model (not a rule) finds little of it" in doubted.evidence
    assert shipped_model().judge("We had a problem.", FRAMEWORK_POINTS)[1] == set()


NO_GAP = (
    "At the clinic the front desk answered the same booking questions all day, so I built an "
    "assistant over our opening hours and the price list. We tested it on three hundred real "
    "messages from last winter, and every answer it is unsure of goes to the desk with a note. "
    "The desk now answers about half as many messages, and I want to take it to the branches."
)
GAP = NO_GAP + " I haven't trained a model myself."


@pytest.mark.parametrize(
    ("text", "probability", "credited"),
    [(NO_GAP, 0.65, False), (NO_GAP, 0.75, True), (GAP, 0.65, True)],
)
def test_an_honest_gap_the_rules_do_not_see_needs_a_surer_model(
    monkeypatch: pytest.MonkeyPatch, text: str, probability: float, credited: bool
) -> None:
    """Where the rules name no gap, the model's honest-gap credit at its threshold was wrong
    more often than right on answers it was not trained on; 0.1 above it, mostly right."""
    model = shipped_model()
    assert model.targets["honest_gaps"].threshold == 0.6
    real = AnswerModel.probabilities
    monkeypatch.setattr(
        AnswerModel,
        "probabilities",
        lambda self, t: real(self, t) | {"honest_gaps": probability},
    )
    feedback = rule_feedback(CoachRequest(text, category="ml-experience"))
    assert (feedback.framework["honest_gaps"].score >= 3) is credited


@pytest.mark.parametrize(
    ("said", "kind", "credited"),
    [
        (
            "I'll never be at the level of the researchers at DeepMind.",
            "comparing-to-researchers",
            True,
        ),
        ("Sorry, I don't have a degree or anything.", "apologising-for-background", False),
    ],
)
def test_a_comparison_with_researchers_leaves_the_models_honest_gap(
    monkeypatch: pytest.MonkeyPatch, said: str, kind: str, credited: bool
) -> None:
    """A comparison with researchers does not say the gap is dishonest: on parts it was not
    trained on, the model's honest-gap credit there was right 9 times and wrong 3. An apology
    for the background still stops it."""
    real = AnswerModel.probabilities
    monkeypatch.setattr(
        AnswerModel,
        "probabilities",
        lambda self, t: real(self, t) | {"honest_gaps": 0.75},
    )
    feedback = rule_feedback(CoachRequest(f"{GAP} {said}", category="ml-experience"))
    assert kind in {m.kind for m in feedback.mistakes}
    assert (feedback.framework["honest_gaps"].score >= 3) is credited
