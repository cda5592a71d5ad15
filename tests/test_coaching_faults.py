"""The LLM coach against endpoints that fail: it never waits past its deadline, it records
every call, and the rule coach answers, labelled with the reason."""

from __future__ import annotations

import socket
import time

import pytest

from tests.faulty_llm import FaultyServer
from voice_interviewer.coaching import Coaching, CoachOptions, CoachRequest, Endpoint, LlmCoach
from voice_interviewer.coaching.llm import LlmFailure

TRANSCRIPT = (
    "At my last job, um, the ticket routing kept breaking. I was just a backend engineer, "
    "so I added retries and monitoring, and misrouted tickets fell by 30 percent."
)
REQUEST = CoachRequest(TRANSCRIPT, "Why AI engineering?", ("names a production problem",))
VALID_REPLY = {
    "framework": {
        name: {"score": 3, "evidence": "Some evidence."}
        for name in ("production_problem", "engineering_rigor", "business_impact", "honest_gaps")
    },
    "rubric_hit": [True],
    "mistakes": [
        {"kind": "minimising-swe-experience", "quote": "I was just a backend engineer"},
        {"kind": "ai-is-hot", "quote": "AI is the future and I want in"},
    ],
    "rewrites": [
        {"original": "the ticket routing kept breaking.", "rewrite": "Routing kept breaking."}
    ],
    "follow_up": "How did you measure it?",
}


@pytest.fixture
def server():
    with FaultyServer(VALID_REPLY) as running:
        yield running


def coach(url: str, records: list, timeout_s: float = 3.0, response_format: str = "auto"):
    endpoint = Endpoint(url, "faulty-model", response_format=response_format)
    return LlmCoach(endpoint, timeout_s=timeout_s, connect_timeout_s=1.0, on_record=records.append)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("behaviour", ["hang", "slow"])
def test_a_stalled_stream_ends_at_the_deadline(server, behaviour):
    records: list = []
    # Made before the clock starts: the first test of a process imports the openai client
    # here (1.4 s on an idle core), and with it a fresh clone's suite (three processes on two
    # cores) once took 6.4 s for this 2 s timeout.
    llm_coach = coach(server.url(behaviour), records, timeout_s=2.0)
    started = time.monotonic()
    with pytest.raises(LlmFailure, match="did not answer within 2 s"):
        llm_coach.feedback(REQUEST)
    elapsed = time.monotonic() - started
    # The server would hang for 30 s; the 3 s of room are for a busy machine (the suite runs
    # in three processes on two cores, and a timeout of 2 s once ended after 3.55 s there).
    assert 1.9 <= elapsed < 5.0
    assert [r.outcome for r in records] == ["timeout"]


def test_tokens_stream_to_the_callback_before_the_deadline(server):
    tokens: list[str] = []
    with pytest.raises(LlmFailure):
        coach(server.url("slow"), [], timeout_s=2.5).feedback(REQUEST, on_token=tokens.append)
    assert tokens and set(tokens) == {"{"}


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [("429", "HTTP 429: Rate limit reached"), ("500", "HTTP 500: internal server error")],
)
def test_http_errors_are_refusals_without_retry(server, behaviour, reason):
    records: list = []
    with pytest.raises(LlmFailure, match=reason):
        coach(server.url(behaviour), records).feedback(REQUEST)
    assert [r.outcome for r in records] == ["refused"]
    assert len(server.requests) == 1


def test_a_reset_connection_is_a_refusal(server):
    records: list = []
    with pytest.raises(LlmFailure, match="cannot reach the LLM endpoint"):
        coach(server.url("reset"), records).feedback(REQUEST)
    assert [r.outcome for r in records] == ["refused"]


def test_a_dead_endpoint_fails_fast():
    records: list = []
    llm_coach = coach(f"http://127.0.0.1:{free_port()}/v1", records, timeout_s=5.0)
    started = time.monotonic()
    with pytest.raises(LlmFailure, match="cannot reach"):
        llm_coach.feedback(REQUEST)
    assert time.monotonic() - started < 2.0
    assert records[0].outcome == "refused"


def test_invalid_output_is_retried_once_then_given_up(server):
    records: list = []
    with pytest.raises(LlmFailure, match="not valid feedback"):
        coach(server.url("garbage"), records).feedback(REQUEST)
    assert [r.outcome for r in records] == ["invalid-json", "invalid-json"]
    assert [r.attempt for r in records] == [1, 2]
    assert records[0].prompt_tokens == 11 and records[0].completion_tokens == 7


def test_an_error_event_mid_stream_is_invalid_output_retried_once(server):
    records: list = []
    with pytest.raises(LlmFailure, match="APIError: output does not match the format"):
        coach(server.url("stream-error"), records).feedback(REQUEST)
    assert [r.outcome for r in records] == ["invalid-json", "invalid-json"]


def test_one_invalid_answer_then_a_valid_one_gives_grounded_feedback(server):
    records: list = []
    feedback = coach(server.url("flaky"), records).feedback(REQUEST)
    assert [r.outcome for r in records] == ["invalid-json", "ok"]
    assert feedback.coach == "llm" and feedback.model == "faulty-model"
    # The invented "AI is the future" quote is dropped and counted; the real one kept.
    assert [m.kind for m in feedback.mistakes] == ["minimising-swe-experience"]
    assert feedback.mistakes[0].quote == "I was just a backend engineer,"
    assert feedback.dropped_quotes == 1
    assert feedback.rubric_hit == ("names a production problem",)
    assert feedback.llm is not None and feedback.llm.completion_tokens == 14  # both tries


def test_a_server_refusing_json_schema_is_asked_with_json_object(server):
    records: list = []
    feedback = coach(server.url("refuse-schema"), records).feedback(REQUEST)
    formats = [body["response_format"]["type"] for _, body in server.requests]
    assert formats == ["json_schema", "json_object"]
    assert "schema" in server.requests[1][1]["response_format"]
    assert [r.outcome for r in records] == ["refused", "ok"]
    assert feedback.coach == "llm"
    # Remembered for this endpoint: the next call goes straight to json_object.
    coach(server.url("refuse-schema"), records).feedback(REQUEST)
    assert server.requests[2][1]["response_format"]["type"] == "json_object"


def test_a_forced_format_is_not_renegotiated(server):
    with pytest.raises(LlmFailure, match="HTTP 500"):
        coach(server.url("refuse-schema"), [], response_format="json_schema").feedback(REQUEST)


@pytest.mark.parametrize("behaviour", ["hang", "garbage", "stream-error", "429", "500", "reset"])
def test_coaching_falls_back_to_the_rule_coach_with_the_reason(server, behaviour):
    records: list = []
    options = CoachOptions(base_url=server.url(behaviour), llm_model="m", timeout_s=2.0)
    started = time.monotonic()
    with Coaching(options, on_record=records.append) as coaching:
        feedback = coaching.llm_feedback(REQUEST)
    assert time.monotonic() - started < 5.0  # a 2 s timeout, not the 30 s hang; room as above
    assert feedback.coach == "rules"
    assert feedback.fallback_reason
    assert records and records[-1].outcome in ("timeout", "invalid-json", "refused")


def test_an_endpoint_without_a_model_name_falls_back_with_the_fix():
    records: list = []
    with Coaching(CoachOptions(base_url="http://127.0.0.1:9/v1"), records.append) as coaching:
        feedback = coaching.llm_feedback(REQUEST)
    assert feedback.coach == "rules"
    assert "--llm-model" in feedback.fallback_reason
    assert [r.outcome for r in records] == ["fallback"]


def test_an_unknown_model_without_an_endpoint_falls_back():
    options = CoachOptions(llm_model="gpt-something")
    with Coaching(options) as coaching:
        feedback = coaching.llm_feedback(REQUEST)
    assert "no endpoint is configured" in feedback.fallback_reason


def test_tools_before_requirements_counts_only_in_system_design():
    from voice_interviewer.coaching.llm import grounded_feedback
    from voice_interviewer.coaching.schema import LlmUsage

    reply = {
        **VALID_REPLY,
        "mistakes": [{"kind": "tools-before-requirements", "quote": "I added retries"}],
    }
    usage = LlmUsage(1.0, None, None)
    assert grounded_feedback(reply, REQUEST, "m", usage).mistakes == ()
    design = CoachRequest(TRANSCRIPT, "Design a Q&A system.", ("x",), "system-design")
    kinds = [m.kind for m in grounded_feedback(reply, design, "m", usage).mistakes]
    assert kinds == ["tools-before-requirements"]


def test_evidence_cut_by_the_length_limit_ends_at_a_whole_word():
    from voice_interviewer.coaching.llm import grounded_feedback
    from voice_interviewer.coaching.schema import LlmUsage

    cut = "The answer names a gap in model training and then sa"  # stopped at 52 characters
    framework = {**VALID_REPLY["framework"], "honest_gaps": {"score": 4, "evidence": cut}}
    reply = {**VALID_REPLY, "framework": framework}
    feedback = grounded_feedback(reply, REQUEST, "m", LlmUsage(1.0, None, None), len(cut))
    assert feedback.framework["honest_gaps"].evidence == (
        "The answer names a gap in model training and then…"
    )
    whole = VALID_REPLY["framework"]["production_problem"]["evidence"]
    assert feedback.framework["production_problem"].evidence == whole.strip()
