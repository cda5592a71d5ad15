"""An answer as the history keeps it: the review JSON read back into typed fields.

The history stores each answer's review JSON (AnswerReview.to_json(), README "JSON output")
whole, so nothing is lost across versions; decode_review() is the one place that reads it
back. It is lenient on purpose: a history can hold reviews written by older versions or
imported from elsewhere, so a missing or malformed figure becomes None (or an empty tuple),
never an error, and never 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from voice_interviewer.coaching.schema import FRAMEWORK_POINTS


@dataclass(frozen=True)
class TimedWord:
    text: str
    start: float | None
    end: float | None


@dataclass(frozen=True)
class Span:
    """A stretch of the answer: a filler, a rehearsal flag, a pace stretch (kind says which)."""

    start: float
    end: float
    text: str = ""
    kind: str = ""
    word_index: int | None = None  # a filler's place among the words
    quote: str = ""  # a rehearsal flag's words


@dataclass(frozen=True)
class PointScore:
    score: int | None  # 1-5
    evidence: str


@dataclass(frozen=True)
class KeptMistake:
    kind: str
    quote: str
    by_word_model: bool = False  # found by the rule coach's word model, not a rule


@dataclass(frozen=True)
class StoredReview:
    """What later views read of a kept answer; data is the review JSON as stored."""

    text: str
    question: str | None = None
    duration_s: float | None = None
    whisper_model: str | None = None
    words: tuple[TimedWord, ...] = ()
    word_count: int | None = None
    words_per_minute: float | None = None
    pace_band: tuple[float, float] | None = None  # the target band it was reviewed against
    stretches: tuple[Span, ...] = ()
    filler_count: int | None = None
    fillers_per_minute: float | None = None
    fillers: tuple[Span, ...] = ()  # the timed ones
    rehearsal_flags: tuple[Span, ...] | None = None  # None: no delivery analysis kept
    coach: str | None = None
    llm_model: str | None = None
    framework: Mapping[str, PointScore] = field(default_factory=dict)
    mistakes: tuple[KeptMistake, ...] = ()
    timings: Mapping[str, float] = field(default_factory=dict)
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def scores(self) -> tuple[int | None, ...]:
        """The framework scores in FRAMEWORK_POINTS order."""
        return tuple(
            point.score if (point := self.framework.get(name)) else None
            for name in FRAMEWORK_POINTS
        )


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, Mapping):
            return None
        data = data.get(key)
    return data


def number(value: Any) -> float | None:
    """A finite number, else None (booleans are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _items(data: Any, *keys: str) -> list[Mapping[str, Any]]:
    items = _get(data, *keys)
    return [item for item in items if isinstance(item, Mapping)] if isinstance(items, list) else []


def _spans(data: Any, *keys: str) -> tuple[Span, ...]:
    spans = []
    for item in _items(data, *keys):
        start, end = number(item.get("start")), number(item.get("end"))
        if start is None or end is None:
            continue
        spans.append(
            Span(
                start,
                end,
                text=_text(item.get("text")) or "",
                kind=_text(item.get("kind")) or "",
                word_index=count(item.get("word_index")),
                quote=_text(item.get("quote")) or "",
            )
        )
    return tuple(spans)


def _score(value: Any) -> int | None:
    score = count(value)
    return score if score is not None and 1 <= score <= 5 else None


def _framework(review: Mapping[str, Any]) -> dict[str, PointScore]:
    framework = _get(review, "feedback", "framework")
    if not isinstance(framework, Mapping):
        return {}
    return {
        name: PointScore(_score(_get(point, "score")), _text(_get(point, "evidence")) or "")
        for name, point in framework.items()
        if isinstance(name, str) and isinstance(point, Mapping)
    }


def _pace_band(review: Mapping[str, Any]) -> tuple[float, float] | None:
    low = number(_get(review, "pace", "targets", "min_wpm"))
    high = number(_get(review, "pace", "targets", "max_wpm"))
    return (low, high) if low is not None and high is not None else None


def _filler_count(review: Mapping[str, Any]) -> int | None:
    kept = count(_get(review, "delivery", "filler_count"))
    if kept is None and isinstance(_get(review, "delivery", "fillers"), list):
        return len(_get(review, "delivery", "fillers"))
    return kept


def decode_review(review: Mapping[str, Any]) -> StoredReview:
    """The typed view of a stored review JSON object; every missing figure becomes None."""
    flags = _get(review, "delivery", "rehearsal", "flags")
    timings = _get(review, "timings")
    return StoredReview(
        text=_text(review.get("text")) or "",
        question=_text(review.get("question")),
        duration_s=number(review.get("duration_s")),
        whisper_model=_text(review.get("model")),
        words=tuple(
            TimedWord(str(w.get("text", "")), number(w.get("start")), number(w.get("end")))
            for w in _items(review, "words")
        ),
        word_count=count(_get(review, "pace", "word_count")),
        words_per_minute=number(_get(review, "pace", "words_per_minute")),
        pace_band=_pace_band(review),
        stretches=_spans(review, "pace", "stretches"),
        filler_count=_filler_count(review),
        fillers_per_minute=number(_get(review, "delivery", "fillers_per_minute")),
        fillers=_spans(review, "delivery", "fillers"),
        rehearsal_flags=_spans(review, "delivery", "rehearsal", "flags")
        if isinstance(flags, list)
        else None,
        coach=_text(_get(review, "feedback", "coach")),
        llm_model=_text(_get(review, "feedback", "model")),
        framework=_framework(review),
        mistakes=tuple(
            KeptMistake(kind, quote, m.get("by_word_model") is True)
            for m in _items(review, "feedback", "mistakes")
            if isinstance(kind := m.get("kind"), str) and isinstance(quote := m.get("quote"), str)
        ),
        timings={k: v for k, value in (timings or {}).items() if (v := number(value)) is not None}
        if isinstance(timings, Mapping)
        else {},
        data=review,
    )
