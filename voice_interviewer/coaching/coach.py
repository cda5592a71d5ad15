"""One place that decides who coaches an answer: the rule coach at once, then the LLM coach.

`Coaching` holds what lives across answers (the embedded server, started early in the
background; the endpoint; the call-record sink). `coach_answer()` is the one call that
`review`, `drill` and `demo` make per answer. It never raises for an LLM problem: a missing,
dead, slow or wrong LLM gives the rule coach's feedback, labelled with the reason.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlparse

from voice_interviewer.coaching.discovery import find_local_servers
from voice_interviewer.coaching.follow_up import FOLLOW_UP_VERSION, follow_up_messages
from voice_interviewer.coaching.llm import (
    CallRecord,
    Endpoint,
    LlmCoach,
    LlmFailure,
    RecordFn,
    TokenFn,
)
from voice_interviewer.coaching.prefill import Prefill
from voice_interviewer.coaching.prompts import PROMPT_VERSION, build_prompt, read_prompt
from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.schema import CoachRequest, Feedback
from voice_interviewer.coaching.server import (
    EmbeddedServer,
    LlmUnavailable,
    check_installed,
    embedded_model,
    read_prompt_once,
)
from voice_interviewer.config import Settings
from voice_interviewer.questions import Question

OPENAI_DEFAULT_URL = "https://api.openai.com/v1"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class CoachOptions:
    mode: str = "auto"  # auto | llm | rules
    llm_model: str = ""
    base_url: str = ""
    api_key: str = ""
    timeout_s: float = 60.0
    connect_timeout_s: float = 5.0
    response_format: str = "auto"
    threads: int = 0  # of the embedded LLM; 0: automatic
    job: str = "auto"  # config.LLM_JOBS
    discover: bool = True  # look for a local LLM server first (discovery.py)

    @classmethod
    def from_settings(cls, settings: Settings) -> CoachOptions:
        return cls(
            mode=settings.coach,
            llm_model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key,
            timeout_s=settings.llm_timeout,
            connect_timeout_s=settings.llm_connect_timeout,
            response_format=settings.llm_response_format,
            threads=settings.llm_threads,
            job=settings.llm_job,
            discover=settings.llm_discover,
        )


def coach_request(
    transcript: str, question: Question | None = None, question_text: str | None = None
) -> CoachRequest:
    """What the coaches judge: a bank question brings its rubric and category."""
    if question is not None:
        return CoachRequest(transcript, question.text, question.rubric, question.category)
    return CoachRequest(transcript, question_text)


class Coaching:
    """The coaches for a run of answers; close() (or `with`) stops the embedded server."""

    def __init__(self, options: CoachOptions, on_record: RecordFn | None = None) -> None:
        self.options = options
        self.on_record = on_record
        self._server: EmbeddedServer | None = None
        self._unavailable: str | None = None  # why the LLM coach cannot run at all
        self._endpoint: Endpoint | None = None
        self.prefill = Prefill()
        # What the LLM writes (config.LLM_JOBS): auto is everything, except for the embedded
        # model (_choose_llm), which only writes the follow-up question.
        self.job = "feedback" if options.job == "auto" else options.job
        if options.mode != "rules":
            self._choose_llm()

    def _choose_llm(self) -> None:
        options = self.options
        if options.base_url:
            if not options.llm_model or embedded_model(options.llm_model):
                self._unavailable = (
                    f"no model name for the endpoint {options.base_url} (set --llm-model or "
                    "VOICE_INTERVIEWER_LLM_MODEL)"
                )
                return
            self._endpoint = self._endpoint_for(options.base_url, options.llm_model)
            return
        if not options.llm_model and options.discover and (found := find_local_servers()):
            server = found[0]
            label = f"{server.models[0]} ({server.name} on this machine)"
            self._endpoint = self._endpoint_for(server.base_url, server.models[0], label)
            return
        model = embedded_model(options.llm_model)
        if model is not None:
            try:
                check_installed()
            except LlmUnavailable as exc:
                self._unavailable = str(exc)
                return
            if options.job == "auto":
                self.job = "follow-up"
            version = PROMPT_VERSION if self.job == "feedback" else FOLLOW_UP_VERSION
            warm = [{"role": "system", "content": read_prompt(version, "system")}]
            self._server = EmbeddedServer(model, threads=options.threads, warm_prefix=warm)
            return
        if options.api_key:
            self._endpoint = self._endpoint_for(OPENAI_DEFAULT_URL, options.llm_model)
            return
        self._unavailable = (
            f"{options.llm_model!r} is not an embedded model and no endpoint is configured "
            "(set OPENAI_BASE_URL, or --llm-model embedded)"
        )

    def _endpoint_for(self, base_url: str, model: str, label: str = "") -> Endpoint:
        return Endpoint(
            base_url=base_url,
            model=model,
            api_key=self.options.api_key,
            response_format=self.options.response_format,
            label=label,
        )

    @property
    def llm_name(self) -> str | None:
        """The LLM coach's model as shown to the user; None when there is none."""
        if self._server is not None:
            return self._server.model.label
        return self._endpoint.name if self._endpoint else None

    @property
    def llm_url(self) -> str | None:
        """The endpoint's base URL; None for the embedded model (its port comes at start)."""
        return self._endpoint.base_url if self._endpoint else None

    @property
    def unavailable_reason(self) -> str | None:
        """Why no LLM can coach at all (the rule coach answers instead), or None."""
        return self._unavailable

    @property
    def uses_llm(self) -> bool:
        return self.options.mode != "rules"

    def warm_up(self) -> None:
        """Start the embedded server in the background (call it while the person answers)."""
        if self._server is not None:
            self._server.start()

    def read_ahead(self, words_so_far: CoachRequest) -> None:
        """Have the LLM read this answer's prompt, made of the words heard so far, while the
        person is still speaking (prefill.py); returns at once. When the answer ends, the final
        prompt differs only after those words (or not at all, after a pause).

        Only a server on this machine (the embedded one, or one on loopback): its prompt
        cache keeps what was read, and nobody bills the reads. A hosted endpoint is left alone.
        """
        target = self._local_server()
        if target is None:
            return
        base_url, model = target

        def read() -> None:  # in the prefill's thread: only the latest words are ever built
            messages = self._messages(words_so_far)
            read_prompt_once(base_url, model, messages, self.options.api_key)

        self.prefill.offer(read)

    def _messages(self, request: CoachRequest) -> list[dict[str, str]]:
        """The whole prompt of this coaching's job for request, as the final call sends it."""
        if self.job == "follow-up":
            return follow_up_messages(request, rule_feedback(request))
        return build_prompt(request).messages()

    def _local_server(self) -> tuple[str, str] | None:
        """(base URL, model) of the LLM if it runs on this machine and is up; else None."""
        if self._server is not None:
            base_url = self._server.url_if_ready()
            return (base_url, self._server.model.name) if base_url else None
        endpoint = self._endpoint
        if endpoint is not None and urlparse(endpoint.base_url).hostname in LOOPBACK_HOSTS:
            return endpoint.base_url, endpoint.model
        return None

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()

    def __enter__(self) -> Coaching:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def llm_feedback(self, request: CoachRequest, on_token: TokenFn | None = None) -> Feedback:
        """The LLM coach's feedback, or the rule coach's labelled with why (never raises)."""
        deadline = time.monotonic() + self.options.timeout_s
        self.prefill.cancel()
        try:
            endpoint = self._ready_endpoint(deadline)
            coach = LlmCoach(
                endpoint,
                timeout_s=self.options.timeout_s,
                connect_timeout_s=self.options.connect_timeout_s,
                on_record=self.on_record,
            )
            if self.job == "follow-up":
                rules = rule_feedback(request)
                question, usage = coach.follow_up(request, rules, on_token, deadline)
                return dataclasses.replace(
                    rules,
                    follow_up=question,
                    follow_up_model=endpoint.name,
                    prompt_version=FOLLOW_UP_VERSION,
                    llm=usage,
                )
            return coach.feedback(request, on_token, deadline)
        except LlmFailure as exc:
            return rule_feedback(request, fallback_reason=str(exc))
        except LlmUnavailable as exc:
            self._record_fallback(str(exc))
            return rule_feedback(request, fallback_reason=str(exc))

    def _ready_endpoint(self, deadline: float) -> Endpoint:
        if self._unavailable:
            raise LlmUnavailable(self._unavailable)
        if self._server is not None:
            base_url = self._server.wait(deadline - time.monotonic())
            model = self._server.model
            return self._endpoint_for(base_url, model.name, model.label)
        assert self._endpoint is not None
        return self._endpoint

    def _record_fallback(self, reason: str) -> None:
        if self.on_record:
            self.on_record(
                CallRecord(
                    model=self.llm_name or self.options.llm_model or "none",
                    endpoint=self.options.base_url or "embedded",
                    prompt_version=PROMPT_VERSION,
                    started_at=time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
                    latency_s=0.0,
                    prompt_tokens=None,
                    completion_tokens=None,
                    outcome="fallback",
                    detail=reason,
                )
            )


FeedbackFn = Callable[[Feedback], None]


def coach_answer(
    coaching: Coaching,
    request: CoachRequest,
    on_rules: FeedbackFn | None = None,
    on_token: TokenFn | None = None,
) -> Feedback:
    """Feedback on one answer: the rule coach's first (to on_rules), then the final one.

    With mode "rules" the rule coach's feedback is final; otherwise the LLM coach's, or the
    rule coach's labelled with the reason the LLM could not give it.
    """
    if not coaching.uses_llm:
        rules = rule_feedback(request)
        if on_rules:
            on_rules(rules)
        return rules
    if coaching.options.mode == "auto" and on_rules:
        on_rules(rule_feedback(request))
    return coaching.llm_feedback(request, on_token)
