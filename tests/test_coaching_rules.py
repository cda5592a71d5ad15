"""The rule coach, one rubric point and one strategic mistake at a time, near-misses included."""

from __future__ import annotations

import pytest

from voice_interviewer.coaching.rules import (
    changes_framing,
    clean_sentence,
    rubric_point_hit,
    rule_feedback,
)
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, CoachRequest, feedback_schema


def score(text: str, point: str, category: str | None = None) -> int:
    return rule_feedback(CoachRequest(text, category=category)).framework[point].score


def mistakes(text: str, category: str | None = None) -> list[str]:
    return [m.kind for m in rule_feedback(CoachRequest(text, category=category)).mistakes]


# --- production problem first --------------------------------------------------------------
def test_a_concrete_problem_first_scores_high():
    text = (
        "At my last job, um, our support tickets kept getting misrouted. "
        "So I looked at LLMs to classify them."
    )
    assert score(text, "production_problem") == 5


def test_excitement_before_the_problem_scores_low():
    text = (
        "I've always been super excited about AI, it's amazing. "
        "Later we also had a problem with ticket routing."
    )
    assert score(text, "production_problem") == 2


def test_only_excitement_scores_lowest():
    assert (
        score("Honestly, I'm just fascinated by GPT and what it can do.", "production_problem") == 1
    )


def test_a_problem_only_after_the_technology_is_middling():
    text = (
        "I started playing with embeddings and vector search on weekends. "
        "I read a lot of papers about transformers. "
        "Then I noticed we had a real problem with search at work."
    )
    assert score(text, "production_problem") == 3


# --- engineering rigor ----------------------------------------------------------------------
def test_rigor_words_raise_the_score():
    text = (
        "We added retries and a fallback to keyword search, regression tests on a golden set, "
        "monitoring with alerts, a canary rollout with rollback, and tracked latency and cost."
    )
    assert score(text, "engineering_rigor") == 5


def test_no_rigor_words_scores_lowest():
    assert score("I built a chatbot and it was really cool.", "engineering_rigor") == 1


def test_one_rigor_word_is_weak():
    assert score("We put some monitoring on it and moved on.", "engineering_rigor") == 2


# --- business impact ------------------------------------------------------------------------
def test_a_business_result_with_a_number_scores_high():
    text = "It cut the support team's handling time by 40 percent, about 300 hours a month."
    assert score(text, "business_impact") == 5


def test_an_outcome_without_a_number_is_middling():
    assert score("Customers were a lot happier and support saved time.", "business_impact") == 3


def test_a_technical_metric_alone_is_not_business_impact():
    text = "Retrieval precision went to 0.9 and latency was 300 milliseconds."
    assert score(text, "business_impact") == 2


def test_no_outcome_scores_lowest():
    assert score("I used a vector database and a reranker.", "business_impact") == 1


# --- honest about gaps ----------------------------------------------------------------------
def test_a_gap_then_a_strength_scores_high():
    text = (
        "I don't have model training experience and I'm not positioning for that. "
        "What I bring is production engineering rigor applied to AI systems."
    )
    assert score(text, "honest_gaps") == 5


def test_the_guides_near_miss_is_honest_framing_not_an_apology():
    text = "I don't have traditional ML experience, and I've chosen to invest in evaluation."
    assert score(text, "honest_gaps") == 5
    assert "apologising-for-background" not in mistakes(text)


def test_a_gap_left_hanging_scores_low():
    text = "I don't have any machine learning experience. We used Python mostly."
    assert score(text, "honest_gaps") == 2


def test_an_apology_scores_lowest():
    text = "Unfortunately I don't have a real ML background, sorry about that."
    assert score(text, "honest_gaps") == 1


def test_no_gap_named():
    assert score("We shipped it and it worked well.", "honest_gaps") == 2


# --- strategic mistakes ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately I don't have traditional ML experience.",
        "I don't have any machine learning background, so, um, yeah.",
        "I'm not a real ML engineer, I know.",
        "I don't have a machine learning degree.",
    ],
)
def test_apologising_for_the_background(text):
    assert "apologising-for-background" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't have a machine learning degree, but I've built and shipped three RAG systems.",
        "I don't have traditional ML experience, and I've chosen to invest in evaluation instead.",
        "I have a strong ML background from my masters.",
    ],
)
def test_apology_near_misses(text):
    assert "apologising-for-background" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was just a backend engineer, so this is new.",
        "Honestly I'm only a web developer.",
        "It was nothing fancy, just CRUD stuff.",
    ],
)
def test_minimising_swe_experience(text):
    assert "minimising-swe-experience" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was a backend engineer, and I built systems that served 10 million requests a day.",
        "I'm not just a backend engineer; I ran the platform team.",
        "It took just a week to ship.",
    ],
)
def test_minimising_near_misses(text):
    assert "minimising-swe-experience" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI is hot right now and I want to be part of it.",
        "Everyone is moving into AI, so I figured I should too.",
        "Honestly, it pays better, and that's where the money is.",
    ],
)
def test_ai_is_hot(text):
    assert "ai-is-hot" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's not because AI is hot; I kept hitting problems rules could not solve.",
        "Everyone is excited about AI, but few can run it in production.",
    ],
)
def test_ai_is_hot_near_misses(text):
    assert "ai-is-hot" not in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not as good as the ML researchers on the team, obviously.",
        "Compared to a data scientist I'm pretty weak on the math.",
        "PhDs know way more than me about this.",
    ],
)
def test_comparing_to_researchers(text):
    assert "comparing-to-researchers" in mistakes(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not competing with ML researchers; I'm competing with other AI engineers.",
        "I worked closely with data scientists on the ranking model.",
    ],
)
def test_comparing_near_misses(text):
    assert "comparing-to-researchers" not in mistakes(text)


def test_overselling_and_its_near_miss():
    assert "overselling-ai" in mistakes("I'm an expert in deep learning and transformers.")
    assert "overselling-ai" not in mistakes("I'm not an expert in deep learning, to be clear.")


def test_tools_before_requirements_in_system_design():
    text = "I'd use LangChain and Pinecone. What's the latency budget though?"
    assert "tools-before-requirements" in mistakes(text, "system-design")


def test_tools_after_requirements_are_fine():
    text = (
        "Before I design anything: what's the latency budget, and is the corpus static? "
        "Then for retrieval I'd probably start with pgvector."
    )
    assert "tools-before-requirements" not in mistakes(text, "system-design")


def test_tools_first_outside_system_design_is_not_flagged():
    assert "tools-before-requirements" not in mistakes("I used LangChain for my project.")


# --- the question's rubric, rewrites, follow-up -----------------------------------------------
def test_rubric_points_hit_and_missed_by_what_was_said():
    text = "What's the latency budget? Is the corpus static or updating? And the cost per query?"
    assert rubric_point_hit("asks about the latency budget first", text)
    assert rubric_point_hit("asks whether the corpus is static or updating", text)
    assert not rubric_point_hit("explains the chunking strategy for ingestion", text)


def test_a_negated_part_of_a_rubric_point_is_not_required():
    point = "opens with a concrete production problem, not excitement about AI"
    assert rubric_point_hit(point, "We had a concrete problem in production with routing.")
    assert not rubric_point_hit(point, "AI is so exciting.")


def test_rewrites_quote_the_weak_sentences_and_keep_the_speakers_words():
    text = "So, um, I was just a backend engineer. AI is hot right now."
    feedback = rule_feedback(CoachRequest(text))
    assert [r.original for r in feedback.rewrites] == [
        "So, um, I was just a backend engineer.",
        "AI is hot right now.",
    ]
    assert all(r.rewrite for r in feedback.rewrites)


def test_no_rewrite_only_tidies_a_sentence():
    """Without a strategic mistake there is nothing to reframe: fillers are the delivery
    analysis's to report, so no "rewrite" that only drops them is shown (issue 13)."""
    wordy = "So, um, at my last job, like, the routing kept, you know, breaking at 3 ,000 a day."
    assert rule_feedback(CoachRequest(wordy)).rewrites == ()
    reframed = rule_feedback(CoachRequest("So, um, I was just a backend engineer.")).rewrites
    assert len(reframed) == 1 and changes_framing(reframed[0].original, reframed[0].rewrite)
    assert not changes_framing("I was, um, just a dev, right.", "I was just a dev right")


def test_cleaning_keeps_words_that_only_look_like_fillers():
    assert clean_sentence("So, um, I was, like, you know, building it.") == "So I was building it."
    assert clean_sentence("I would like to build the kind of thing.") == (
        "I would like to build the kind of thing."
    )


def test_the_follow_up_targets_the_weakest_point():
    feedback = rule_feedback(CoachRequest("We had an outage problem. It was cool."))
    assert "garbage at 2 AM" in feedback.follow_up


def test_the_rule_coach_fills_every_field_the_schema_asks_for():
    feedback = rule_feedback(CoachRequest("We had a problem.", rubric=("a", "b")))
    assert set(feedback.framework) == set(FRAMEWORK_POINTS)
    assert all(1 <= p.score <= 5 and p.evidence for p in feedback.framework.values())
    assert len(feedback.rubric_hit) + len(feedback.rubric_missed) == 2
    data = feedback.to_json()
    assert data["coach"] == "rules" and data["llm"] is None and data["model"] is None
    assert set(feedback_schema(2)["properties"]["framework"]["required"]) == set(FRAMEWORK_POINTS)


def test_fillers_inside_a_phrase_do_not_hide_it_and_quotes_keep_them():
    text = "Before this I was, um, just a backend engineer. I don't have, uh, any ML background."
    found = rule_feedback(CoachRequest(text)).mistakes
    assert [(m.kind, m.quote) for m in found] == [
        ("apologising-for-background", "I don't have, uh, any ML background."),
        ("minimising-swe-experience", "Before this I was, um, just a backend engineer."),
    ]
