"""The LLM coach: any OpenAI-compatible endpoint, treated as untrusted.

One call asks for JSON that follows `feedback_schema()`, in the structured-output form the
server accepts (`json_schema`, the OpenAI standard, which llama.cpp's server takes; or
`json_object` with a `schema`, which llama-cpp-python's server takes). The answer is validated
in every case, retried once when invalid, and every quote in it is checked against the
transcript. The whole call, retry included, is bounded by a deadline that no server can stretch:
the request runs in a worker thread and the caller stops waiting when the time is up.
Every attempt is reported as a `CallRecord`.
"""

from __future__ import annotations

import json
import queue
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from voice_interviewer.coaching.claims import unsupported_claims
from voice_interviewer.coaching.follow_up import (
    FOLLOW_UP_VERSION,
    MAX_TOKENS,
    checked_follow_up,
    follow_up_messages,
)
from voice_interviewer.coaching.grounding import find_quote
from voice_interviewer.coaching.prompts import PROMPT_VERSION, build_prompt
from voice_interviewer.coaching.rules import a_mistake_in, rule_feedback
from voice_interviewer.coaching.rules.judgments import is_system_design
from voice_interviewer.coaching.rules.rewrites import changes_framing
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    TEXT_LIMIT,
    CoachRequest,
    Feedback,
    FrameworkScore,
    LlmUsage,
    Mistake,
    Rewrite,
    feedback_schema,
    validate,
    without_patterns,
)

if TYPE_CHECKING:
    import openai

# openai is imported where a call is made, not at start-up: the import takes about half a
# second, which the drill's first question would otherwise wait for (bench/drill_latency.py).

TokenFn = Callable[[str], None]


@dataclass(frozen=True)
class CallRecord:
    """One LLM call (or a fallback without one), for the history store and verbose output."""

    model: str
    endpoint: str
    prompt_version: str
    started_at: str  # ISO 8601, UTC
    latency_s: float
    prompt_tokens: int | None
    completion_tokens: int | None
    outcome: str  # one of schema.LLM_OUTCOMES
    detail: str | None = None  # what went wrong, for anything but "ok"
    attempt: int = 1
    request: dict[str, Any] | None = None  # as sent: model, messages, response_format
    response: str | None = None  # the raw text the model returned, when it returned any


RecordFn = Callable[[CallRecord], None]


@dataclass(frozen=True)
class Endpoint:
    """Where the LLM coach sends its requests."""

    base_url: str
    model: str
    api_key: str = "not-needed"
    response_format: str = "auto"  # auto: json_schema, json_object when the server refuses it
    label: str = ""  # how the model is named to the user

    @property
    def name(self) -> str:
        return self.label or self.model


class LlmFailure(Exception):
    """The LLM coach could not give valid feedback; the message is the reason for the user."""


# Endpoints found to refuse json_schema: asked with json_object from then on (this process).
_FORMAT_BY_ENDPOINT: dict[str, str] = {}
_FORMAT_REFUSAL = re.compile(r"json_schema|response_format|json_object|Input should be", re.I)


def response_format_for(kind: str, schema: dict[str, Any]) -> dict[str, Any]:
    if kind == "json_object":
        # llama-cpp-python's server takes this form; measured: a "pattern" in the schema made
        # it drop the schema altogether and answer unconstrained.
        return {"type": "json_object", "schema": without_patterns(schema)}
    return {"type": "json_schema", "json_schema": {"name": "feedback", "schema": schema}}


def parse_reply(content: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The reply's JSON object, validated; SchemaError or ValueError when it is not right."""
    text = content.strip()
    fenced = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", text, re.S)
    data = json.loads(fenced.group(1) if fenced else text)
    validate(data, schema)
    return data


def grounded_feedback(
    data: dict[str, Any],
    request: CoachRequest,
    model: str,
    usage: LlmUsage,
    text_limit: int = TEXT_LIMIT,
) -> Feedback:
    """Feedback from validated LLM JSON; quotes not in the transcript are dropped and counted,
    and rewrites that add facts (counted), only tidy, or still make a strategic mistake
    (rules.a_mistake_in) are left out.

    A "tools before requirements" outside a system design question is left out too: the guide
    names it a mistake only there. Evidence that the schema's length limit cut off ends at its
    last whole word, with an ellipsis.
    """
    dropped = 0
    mistakes: list[Mistake] = []
    for item in data["mistakes"]:
        if item["kind"] == "tools-before-requirements" and not is_system_design(request):
            continue
        quote = find_quote(request.transcript, item["quote"])
        if quote is None:
            dropped += 1
        elif item["kind"] not in {m.kind for m in mistakes}:
            mistakes.append(Mistake(item["kind"], quote))
    rewrites: list[Rewrite] = []
    unsupported = 0
    for item in data["rewrites"]:
        original = find_quote(request.transcript, item["original"])
        if original is None:
            dropped += 1
        elif unsupported_claims(item["rewrite"], request.transcript):
            unsupported += 1  # a rewrite that adds facts puts words in the speaker's mouth
        elif changes_framing(original, item["rewrite"]) and not a_mistake_in(
            item["rewrite"], request
        ):
            rewrites.append(Rewrite(original, item["rewrite"].strip()))
    framework = {}
    rules = rule_feedback(request)
    for name in FRAMEWORK_POINTS:
        evidence = _whole_words(data["framework"][name]["evidence"], text_limit)
        if claims := unsupported_claims(evidence, request.transcript):
            unsupported += 1
            framework[name] = _rule_point(rules.framework[name], claims)
        else:
            framework[name] = FrameworkScore(data["framework"][name]["score"], evidence)
    hits = data["rubric_hit"]
    return Feedback(
        coach="llm",
        framework=framework,
        rubric_hit=tuple(p for p, hit in zip(request.rubric, hits, strict=True) if hit),
        rubric_missed=tuple(p for p, hit in zip(request.rubric, hits, strict=True) if not hit),
        mistakes=tuple(mistakes),
        rewrites=tuple(rewrites),
        follow_up=data["follow_up"].strip(),
        model=model,
        prompt_version=PROMPT_VERSION,
        dropped_quotes=dropped,
        llm=usage,
        unsupported_claims=unsupported,
    )


def _rule_point(point: FrameworkScore, claims: list[str]) -> FrameworkScore:
    """The rule coach's score and evidence in place of LLM evidence that named claims."""
    return FrameworkScore(
        point.score,
        f"{point.evidence} (rule coach: the LLM named {', '.join(claims)}, which the answer "
        "does not)",
    )


def _whole_words(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) < limit or " " not in text:
        return text
    return text[: text.rfind(" ")].rstrip(" ,;:-") + "…"


@dataclass
class _Reply:
    content: str
    prompt_tokens: int | None
    completion_tokens: int | None


class _Timeout(Exception):
    pass


class LlmCoach:
    """Feedback from one endpoint, with validation, one retry, a deadline and call records."""

    def __init__(
        self,
        endpoint: Endpoint,
        timeout_s: float = 60.0,
        connect_timeout_s: float = 5.0,
        on_record: RecordFn | None = None,
        max_tokens: int = 900,
        text_limit: int = TEXT_LIMIT,
    ) -> None:
        self.endpoint = endpoint
        self.timeout_s = timeout_s
        self.on_record = on_record
        self.max_tokens = max_tokens
        self.text_limit = text_limit
        import openai

        self._client = openai.OpenAI(
            base_url=endpoint.base_url,
            api_key=endpoint.api_key or "not-needed",
            timeout=openai.Timeout(timeout_s, connect=min(connect_timeout_s, timeout_s)),
            max_retries=0,
        )

    def _format(self) -> str:
        if self.endpoint.response_format != "auto":
            return self.endpoint.response_format
        return _FORMAT_BY_ENDPOINT.get(self.endpoint.base_url, "json_schema")

    def feedback(
        self, request: CoachRequest, on_token: TokenFn | None = None, deadline: float | None = None
    ) -> Feedback:
        """Validated, grounded feedback; LlmFailure (with the reason) when there is none.

        deadline is a time.monotonic() value; by default timeout_s from now.
        """
        import openai

        deadline = deadline or time.monotonic() + self.timeout_s
        prompt = build_prompt(request)
        messages = prompt.messages()
        schema = feedback_schema(len(request.rubric), self.text_limit)
        started = first_started = time.monotonic()
        replies: list[_Reply] = []  # every answer received, for what the feedback cost
        attempt, invalid_left, format_switched = 0, 1, False
        while True:
            attempt += 1
            kind = self._format()
            reply: _Reply | None = None
            fmt = response_format_for(kind, schema)
            sent = {"model": self.endpoint.model, "messages": messages, "response_format": fmt}
            try:
                reply = self._call(messages, fmt, on_token, deadline, seed=attempt)
                replies.append(reply)
                data = parse_reply(reply.content, schema)
            except _Timeout:
                self._record(sent, attempt, started, None, "timeout", "no complete answer in time")
                raise LlmFailure(f"the LLM did not answer within {self.timeout_s:g} s") from None
            except openai.APIStatusError as exc:
                message = _status_message(exc)
                if (
                    not format_switched
                    and self.endpoint.response_format == "auto"
                    and kind == "json_schema"
                    and exc.status_code in (400, 422, 500)
                    and _FORMAT_REFUSAL.search(message)
                ):
                    _FORMAT_BY_ENDPOINT[self.endpoint.base_url] = "json_object"
                    format_switched = True
                    self._record(sent, attempt, started, None, "refused", f"json_schema: {message}")
                    continue
                self._record(sent, attempt, started, None, "refused", message)
                raise LlmFailure(f"the LLM endpoint refused the request ({message})") from None
            except openai.APIConnectionError as exc:
                detail = _connection_detail(exc)
                self._record(sent, attempt, started, None, "refused", detail)
                raise LlmFailure(f"cannot reach the LLM endpoint ({detail})") from None
            except Exception as exc:
                # Not valid feedback: bad JSON, off the schema, or an error the server sent in
                # the middle of the stream ("output does not match the expected format").
                is_ours = isinstance(exc, ValueError)  # JSON and schema errors
                detail = _short(str(exc) if is_ours else f"{type(exc).__name__}: {exc}")
                self._record(sent, attempt, started, reply, "invalid-json", detail)
                if invalid_left and time.monotonic() < deadline:
                    invalid_left -= 1
                    started = time.monotonic()
                    continue
                raise LlmFailure(f"the LLM's answer was not valid feedback ({detail})") from None
            self._record(sent, attempt, started, reply, "ok", None)
            latency = time.monotonic() - first_started
            usage = LlmUsage(
                latency,
                _total(r.prompt_tokens for r in replies),
                _total(r.completion_tokens for r in replies),
            )
            return grounded_feedback(data, request, self.endpoint.name, usage, self.text_limit)

    def follow_up(
        self,
        request: CoachRequest,
        rules: Feedback,
        on_token: TokenFn | None = None,
        deadline: float | None = None,
    ) -> tuple[str, LlmUsage]:
        """The interviewer's follow-up question, checked; LlmFailure when there is none.

        Plain prose, no schema: one question of at most 25 words streams in a few seconds
        even from the embedded model (follow_up.py).
        """
        import openai

        deadline = deadline or time.monotonic() + self.timeout_s
        messages = follow_up_messages(request, rules)
        sent = {"model": self.endpoint.model, "messages": messages}
        started = time.monotonic()
        reply: _Reply | None = None
        version = FOLLOW_UP_VERSION
        try:
            reply = self._call(messages, None, on_token, deadline, seed=1, max_tokens=MAX_TOKENS)
            question = checked_follow_up(reply.content, request)
        except _Timeout:
            self._record(sent, 1, started, None, "timeout", "no question in time", version)
            raise LlmFailure(f"the LLM did not answer within {self.timeout_s:g} s") from None
        except openai.APIStatusError as exc:
            message = _status_message(exc)
            self._record(sent, 1, started, None, "refused", message, version)
            raise LlmFailure(f"the LLM endpoint refused the request ({message})") from None
        except openai.APIConnectionError as exc:
            detail = _connection_detail(exc)
            self._record(sent, 1, started, None, "refused", detail, version)
            raise LlmFailure(f"cannot reach the LLM endpoint ({detail})") from None
        except ValueError as exc:
            self._record(sent, 1, started, reply, "rejected", str(exc), version)
            raise LlmFailure(f"the LLM's follow-up question was unusable ({exc})") from None
        self._record(sent, 1, started, reply, "ok", None, version)
        usage = LlmUsage(time.monotonic() - started, reply.prompt_tokens, reply.completion_tokens)
        return question, usage

    def _record(
        self,
        sent: dict[str, Any],
        attempt: int,
        started: float,
        reply: _Reply | None,
        outcome: str,
        detail: str | None,
        version: str = PROMPT_VERSION,
    ) -> None:
        latency = time.monotonic() - started
        if self.on_record:
            self.on_record(
                CallRecord(
                    model=self.endpoint.name,
                    endpoint=self.endpoint.base_url,
                    prompt_version=version,
                    started_at=_utc_iso(time.time() - latency),
                    latency_s=round(latency, 3),
                    prompt_tokens=reply.prompt_tokens if reply else None,
                    completion_tokens=reply.completion_tokens if reply else None,
                    outcome=outcome,
                    detail=detail,
                    attempt=attempt,
                    request=sent,
                    response=reply.content if reply else None,
                )
            )

    def _call(
        self,
        messages: list[dict[str, str]],
        response_format: dict[str, Any] | None,
        on_token: TokenFn | None,
        deadline: float,
        seed: int,
        max_tokens: int | None = None,
    ) -> _Reply:
        """One streamed request; tokens reach on_token in this thread, as they arrive.

        The seed makes an answer repeatable, and differ between the first try and the retry.
        response_format None asks for plain text.
        """
        import openai

        events: queue.Queue[tuple[str, Any]] = queue.Queue()
        cancelled = threading.Event()
        formatted = {"response_format": response_format} if response_format else {}

        def work() -> None:
            try:
                stream = self._client.chat.completions.create(
                    model=self.endpoint.model,
                    messages=messages,
                    temperature=0.2,
                    seed=seed,
                    max_tokens=max_tokens or self.max_tokens,
                    stream=True,
                    stream_options={"include_usage": True},
                    **formatted,
                )
                with stream:
                    for chunk in stream:
                        if cancelled.is_set():
                            return
                        if chunk.usage is not None:
                            events.put(("usage", chunk.usage))
                        for choice in chunk.choices:
                            if choice.delta and choice.delta.content:
                                events.put(("token", choice.delta.content))
                events.put(("done", None))
            except Exception as exc:  # handed to the waiting thread, which raises it
                events.put(("error", exc))

        threading.Thread(target=work, name="llm-call", daemon=True).start()
        parts: list[str] = []
        usage = None
        while True:
            remaining = deadline - time.monotonic()
            try:
                if remaining <= 0:
                    raise queue.Empty
                kind, value = events.get(timeout=remaining)
            except queue.Empty:
                cancelled.set()
                raise _Timeout from None
            if kind == "token":
                parts.append(value)
                if on_token:
                    on_token(value)
            elif kind == "usage":
                usage = value
            elif kind == "error":
                if isinstance(value, openai.APITimeoutError):
                    raise _Timeout from None
                raise value
            else:
                return _Reply(
                    "".join(parts),
                    getattr(usage, "prompt_tokens", None),
                    getattr(usage, "completion_tokens", None),
                )


def _total(counts: Iterable[int | None]) -> int | None:
    """The sum of the counts the server gave; None when it gave none."""
    known = [count for count in counts if count is not None]
    return sum(known) if known else None


def _status_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        body = body.get("error", body)
        if isinstance(body, dict):
            body = body.get("message", body)
    text = body if isinstance(body, str) and body else exc.message
    return _short(f"HTTP {exc.status_code}: {text}")


def _connection_detail(exc: openai.APIConnectionError) -> str:
    cause = exc.__cause__ or exc
    return _short(f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _utc_iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat(timespec="seconds")
