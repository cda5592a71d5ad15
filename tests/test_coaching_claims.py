"""claims.py and its use: an LLM's evidence and rewrites may name only what was said."""

from __future__ import annotations

import pytest

from voice_interviewer.coaching import CoachRequest
from voice_interviewer.coaching.claims import unsupported_claims
from voice_interviewer.coaching.llm import grounded_feedback
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, LlmUsage

ANSWER = (
    "At my last job I owned the ticket routing service. I replaced the keyword rules with a "
    "language model, added monitoring, and kept the old rules as a fallback. Misrouted tickets "
    "fell by thirty percent, about 1,200 a week."
)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Monitoring and a fallback; tickets fell by 30% (1200 a week).", []),
        (
            "Error handling, testing, monitoring, deployment and rollback.",
            ["testing", "deployment"],
        ),
        ("Monitoring, but no testing and nothing on rollback or latency.", []),
        ("Misrouted tickets fell by 40%.", ["40"]),
        ("Built on LangChain and Pinecone.", ["LangChain", "Pinecone"]),
        ("Says how the model was evaluated with precision.", ["evaluation metrics"]),
        # A question claims no practice; the statement after it does, and numbers always count.
        ("Before I pick tools: what's the latency budget? It stays under 200 ms.", ["200"]),
        ("What's the latency budget? We cut latency in half.", ["latency"]),
    ],
)
def test_claims_the_answer_does_not_support(text: str, claims: list[str]) -> None:
    assert unsupported_claims(text, ANSWER) == claims


def _llm_data(rigor_evidence: str, rewrite: str) -> dict:
    point = {"score": 4, "evidence": "Opens on misrouted tickets."}
    data = {"framework": dict.fromkeys(FRAMEWORK_POINTS, point)}
    data["framework"]["engineering_rigor"] = {"score": 5, "evidence": rigor_evidence}
    data["rubric_hit"] = []
    data["mistakes"] = []
    original = "I replaced the keyword rules with a language model"
    data["rewrites"] = [{"original": original, "rewrite": rewrite}]
    data["follow_up"] = "How did you know the routing was right?"
    return data


def test_evidence_that_claims_too_much_gives_way_to_the_rule_coach_and_is_counted() -> None:
    data = _llm_data(
        "Error handling, testing, monitoring, deployment and rollback, latency, cost.",
        "I replaced brittle keyword rules with a language model, tested on 500 tickets.",
    )
    feedback = grounded_feedback(data, CoachRequest(ANSWER), "m", LlmUsage(1.0, 10, 10))
    rigor = feedback.framework["engineering_rigor"]
    assert rigor.score < 5 and rigor.evidence.startswith("Mentions error handling, monitoring")
    assert "the LLM named testing, deployment, latency, cost" in rigor.evidence
    assert feedback.rewrites == ()  # the rewrite invented a test on 500 tickets
    assert feedback.unsupported_claims == 2
    assert feedback.framework["production_problem"].evidence == "Opens on misrouted tickets."


def test_supported_evidence_and_rewrites_stand() -> None:
    data = _llm_data(
        "Monitoring and a fallback to the old rules; no testing.",
        "I replaced the keyword rules that kept failing with a language model",
    )
    feedback = grounded_feedback(data, CoachRequest(ANSWER), "m", LlmUsage(1.0, 10, 10))
    assert feedback.framework["engineering_rigor"].score == 5
    assert len(feedback.rewrites) == 1 and feedback.unsupported_claims == 0


def test_a_rewrite_that_only_tidies_the_sentence_is_not_shown() -> None:
    """A comma moved or a filler dropped is not a new framing (issue 13)."""
    data = _llm_data("Monitoring and a fallback.", "So I replaced the keyword rules with a model.")
    feedback = grounded_feedback(data, CoachRequest(ANSWER), "m", LlmUsage(1.0, 10, 10))
    assert feedback.rewrites == () and feedback.unsupported_claims == 0


@pytest.mark.parametrize(
    ("rewrite", "shown"),
    [
        ("I replaced the keyword rules that kept failing with a language model", True),
        ("I replaced the keyword rules with a language model, because AI is the hot thing.", False),
    ],
)
def test_a_rewrite_that_still_makes_a_strategic_mistake_is_not_shown(
    rewrite: str, shown: bool
) -> None:
    """A rewrite is the answer said better: one the rule coach still flags (here, AI as the hot
    thing) would coach the mistake it is meant to fix."""
    data = _llm_data("Monitoring and a fallback.", rewrite)
    feedback = grounded_feedback(data, CoachRequest(ANSWER), "m", LlmUsage(1.0, 10, 10))
    assert (len(feedback.rewrites) == 1) is shown
