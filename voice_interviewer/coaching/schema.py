"""The feedback on one answer, the JSON schema the LLM must follow, and its validator.

Both coaches fill the same frozen `Feedback`; `Feedback.to_json()` is the "feedback" object of
the review JSON (README, "JSON output"). The schema is written out by hand in the small subset
of JSON Schema that every server we talk to accepts (no $ref, enums instead of minimum and
maximum, which llama.cpp does not enforce), and `validate()` checks the same subset, so the
server's grammar and our own check never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FRAMEWORK_POINTS = ("production_problem", "engineering_rigor", "business_impact", "honest_gaps")
# How an LLM call ended (llm.CallRecord, the history's llm_calls). "rejected": a follow-up
# question that failed its checks; "fallback": the rule coach answered in the LLM's place.
LLM_OUTCOMES = ("ok", "invalid-json", "rejected", "timeout", "refused", "fallback")
FRAMEWORK_TITLES = {
    "production_problem": "Starts with the production problem",
    "engineering_rigor": "Shows engineering rigor",
    "business_impact": "Connects to business impact",
    "honest_gaps": "Honest about gaps, then the strength",
}
MISTAKE_KINDS = (
    "apologising-for-background",
    "minimising-swe-experience",
    "overselling-ai",
    "ai-is-hot",
    "comparing-to-researchers",
    "tools-before-requirements",
)
MISTAKE_TITLES = {
    "apologising-for-background": "Apologising for the background",
    "minimising-swe-experience": "Minimising the software engineering experience",
    "overselling-ai": "Overselling AI knowledge",
    "ai-is-hot": '"AI is hot" as the motivation',
    "comparing-to-researchers": "Comparing yourself to ML researchers",
    "tools-before-requirements": "Tools named before the requirements",
}
SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class FrameworkScore:
    score: int  # 1-5
    evidence: str  # one sentence


@dataclass(frozen=True)
class Mistake:
    kind: str  # one of MISTAKE_KINDS
    quote: str  # words from the transcript
    by_word_model: bool = False  # found by the word model, not a rule (answer_model.py)


@dataclass(frozen=True)
class Rewrite:
    original: str  # a sentence from the transcript
    rewrite: str


@dataclass(frozen=True)
class LlmUsage:
    """What the LLM feedback cost: the whole call and every try's tokens (a retry included)."""

    latency_s: float
    prompt_tokens: int | None
    completion_tokens: int | None


@dataclass(frozen=True)
class Feedback:
    """What a coach says about one answer."""

    coach: str  # "llm" or "rules"
    framework: dict[str, FrameworkScore]
    rubric_hit: tuple[str, ...]
    rubric_missed: tuple[str, ...]
    mistakes: tuple[Mistake, ...]
    rewrites: tuple[Rewrite, ...]
    follow_up: str | None
    fallback_reason: str | None = None  # why the rule coach answered instead of the LLM
    model: str | None = None
    prompt_version: str | None = None
    dropped_quotes: int = 0  # LLM quotes not found in the transcript
    llm: LlmUsage | None = None
    # The rule coach's feedback with the follow-up question written by this LLM.
    follow_up_model: str | None = None
    # LLM evidence or rewrites that named practices, numbers or tools the answer does not
    # (claims.py): such evidence is replaced by the rule coach's, such rewrites left out.
    unsupported_claims: int = 0
    # Rubric points the coach neither ticks nor crosses (the rule coach judges only the points
    # one of its checks decides): the person checks them.
    rubric_unjudged: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The "feedback" object of the review JSON; missing figures are null."""
        return {
            "coach": self.coach,
            "fallback_reason": self.fallback_reason,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "framework": {
                name: {"score": point.score, "evidence": point.evidence}
                for name, point in self.framework.items()
            },
            "rubric": {
                "hit": list(self.rubric_hit),
                "missed": list(self.rubric_missed),
                "unjudged": list(self.rubric_unjudged),
            },
            "mistakes": [
                {"kind": m.kind, "quote": m.quote, "by_word_model": m.by_word_model}
                for m in self.mistakes
            ],
            "rewrites": [{"original": r.original, "rewrite": r.rewrite} for r in self.rewrites],
            "follow_up": self.follow_up,
            "follow_up_model": self.follow_up_model,
            "dropped_quotes": self.dropped_quotes,
            "unsupported_claims": self.unsupported_claims,
            "llm": None
            if self.llm is None
            else {
                "latency_s": round(self.llm.latency_s, 3),
                "prompt_tokens": self.llm.prompt_tokens,
                "completion_tokens": self.llm.completion_tokens,
            },
        }


def _text(description: str, max_length: int) -> dict[str, Any]:
    # maxLength bounds a small model that loops ("1.1.1.1..."); the limits are well above a
    # sentence, so a sane answer is never cut.
    return {"type": "string", "description": description, "minLength": 1, "maxLength": max_length}


TEXT_LIMIT = 240  # characters in a piece of evidence, a quote or the follow-up question


def feedback_schema(rubric_size: int, text_limit: int = TEXT_LIMIT) -> dict[str, Any]:
    """The JSON the LLM must return, for a question with rubric_size rubric points.

    text_limit bounds each text field (a sentence and a half by default; rewrites get more).
    """
    long_limit = text_limit * 5 // 3
    point = {
        "type": "object",
        "properties": {
            "score": {"type": "integer", "enum": list(SCORES)},
            "evidence": _text("one sentence on what the answer did or did not do", text_limit),
        },
        "required": ["score", "evidence"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {
            "framework": {
                "type": "object",
                "properties": dict.fromkeys(FRAMEWORK_POINTS, point),
                "required": list(FRAMEWORK_POINTS),
                "additionalProperties": False,
            },
            "rubric_hit": {
                "type": "array",
                "items": {"type": "boolean"},
                "minItems": rubric_size,
                "maxItems": rubric_size,
            },
            "mistakes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string", "enum": list(MISTAKE_KINDS)},
                        "quote": _text("words copied exactly from the transcript", text_limit),
                    },
                    "required": ["kind", "quote"],
                    "additionalProperties": False,
                },
                "maxItems": len(MISTAKE_KINDS),
            },
            "rewrites": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "original": _text(
                            "a sentence copied exactly from the transcript", long_limit
                        ),
                        "rewrite": _text(
                            "the same point, said better, in the speaker's words", 400
                        ),
                    },
                    "required": ["original", "rewrite"],
                    "additionalProperties": False,
                },
                "minItems": 1,
                "maxItems": 3,
            },
            "follow_up": {
                **_text("the one question an interviewer would ask next", text_limit),
                # Steers generation to a question where the server takes patterns (llama.cpp);
                # not required of the answer, since others (llama-cpp-python) ignore the schema
                # if it holds one. Bounded, so the grammar stays bounded.
                "pattern": f"^[^?\\n]{{4,{text_limit - 1}}}[?]$",
            },
        },
        "required": ["framework", "rubric_hit", "mistakes", "rewrites", "follow_up"],
        "additionalProperties": False,
    }


class SchemaError(ValueError):
    """The data does not follow the schema; the message says where."""


_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "boolean": bool,
}


def without_patterns(schema: Any) -> Any:
    """The schema less its "pattern"s, for servers whose grammar builder cannot take them."""
    if isinstance(schema, dict):
        return {k: without_patterns(v) for k, v in schema.items() if k != "pattern"}
    if isinstance(schema, list):
        return [without_patterns(item) for item in schema]
    return schema


def validate(data: Any, schema: dict[str, Any], where: str = "$") -> None:
    """Check data against the subset of JSON Schema that feedback_schema() uses.

    "pattern" only steers generation and is not checked (see feedback_schema).
    """
    kind = schema.get("type")
    if kind is not None:
        expected = _TYPES[kind]
        is_bool = isinstance(data, bool)
        if not isinstance(data, expected) or (is_bool and kind != "boolean"):
            raise SchemaError(f"{where}: expected {kind}, got {type(data).__name__}")
    if "enum" in schema and data not in schema["enum"]:
        raise SchemaError(f"{where}: {data!r} is not one of {schema['enum']}")
    if kind == "object":
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in data:
                raise SchemaError(f"{where}: missing {key!r}")
        if schema.get("additionalProperties") is False:
            extra = sorted(set(data) - set(properties))
            if extra:
                raise SchemaError(f"{where}: unexpected {', '.join(map(repr, extra))}")
        for key, value in data.items():
            if key in properties:
                validate(value, properties[key], f"{where}.{key}")
    if kind == "array":
        if len(data) < schema.get("minItems", 0):
            raise SchemaError(f"{where}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(data) > schema["maxItems"]:
            raise SchemaError(f"{where}: more than {schema['maxItems']} items")
        for index, item in enumerate(data):
            validate(item, schema.get("items", {}), f"{where}[{index}]")
    if kind == "string":
        if not data.strip():
            raise SchemaError(f"{where}: empty text")
        if len(data) > schema.get("maxLength", len(data)):
            raise SchemaError(f"{where}: longer than {schema['maxLength']} characters")


@dataclass(frozen=True)
class CoachRequest:
    """What a coach judges: the answer's text and, when known, the question and its rubric."""

    transcript: str
    question: str | None = None
    rubric: tuple[str, ...] = ()
    category: str | None = None  # the question bank's category, e.g. "system-design"
