"""Review JSON objects as the finished pipeline writes them, "delivery" and "feedback" included.

They follow the review JSON contract exactly (README "JSON output" and the keys the analysis
and coaching stages add), with figures that vary from seed to seed like real practice does.
Shared by the store, history and report tests and by bench/report.py.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

from voice_interviewer.coaching.schema import FRAMEWORK_POINTS

ANSWERS = (
    "So, um, at my last job I owned the ticket routing service. Support agents spent about "
    "forty percent of their day re-routing tickets, and the keyword rules could not keep up. "
    "Uh, I built a classifier with a confidence threshold, shadow-tested it for two weeks, "
    "and added a fallback to the rules. Re-routing fell by half, which saved, like, two full "
    "time agents. I have not trained large models, but I know how to ship one safely.",
    "The hard part was, you know, keeping answers grounded when the search came back empty. "
    "I measured retrieval with a test set of real questions, um, and we refused to answer "
    "when the top passage scored low. Basically I learned that evaluation comes first, and "
    "at my company that meant a dashboard the support lead checked every morning.",
    "Before naming any tool I would ask about the latency budget, whether the corpus changes "
    "every day, and what hallucination rate the business accepts. Then, uh, the pipeline: "
    "ingestion, chunking, retrieval with a reranker, generation with citations, and an "
    "evaluation set that runs on every deploy. Cost is about, um, a cent per query.",
)
CRUTCHES = {"um": "vocal", "uh": "vocal", "like": "crutch", "basically": "crutch"}


def timed_words(text: str, start: float = 0.6, rate_wps: float = 2.4) -> list[dict[str, Any]]:
    """Words with plausible timings: rate_wps words a second, a pause after each sentence."""
    words, clock = [], start
    for token in text.split():
        length = 0.18 + 0.03 * len(token.strip(",.?!"))
        end = round(clock + length, 3)
        words.append({"text": token, "start": round(clock, 3), "end": end, "probability": 0.9})
        clock += 1 / rate_wps + (0.7 if token.endswith((".", "?", "!")) else 0.0)
    return words


def _pauses(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    pauses = []
    for index, (before, after) in enumerate(itertools.pairwise(words)):
        gap = round(after["start"] - before["end"], 3)
        if gap >= 0.5:
            pauses.append(
                {
                    "start": before["end"],
                    "end": after["start"],
                    "duration": gap,
                    "after_word": index,
                }
            )
    return pauses


def _fillers(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for index, word in enumerate(words):
        bare = word["text"].strip(",.?!").lower()
        if bare in CRUTCHES:
            found.append(
                {
                    "text": bare,
                    "kind": CRUTCHES[bare],
                    "start": word["start"],
                    "end": word["end"],
                    "word_index": index,
                    "source": "transcript",
                }
            )
    return found


def sample_review(
    seed: int = 0,
    *,
    question: str | None = "Why are you moving from software engineering to AI engineering?",
    file: str = "answer.wav",
    text: str | None = None,
    delivery: bool = True,
    feedback: bool = True,
    coach: str = "llm",
) -> dict[str, Any]:
    """A review JSON object; seed varies the answer, pace and scores."""
    rng = random.Random(seed)
    text = text or ANSWERS[seed % len(ANSWERS)]
    words = timed_words(text, rate_wps=rng.uniform(1.9, 3.0))
    speaking = words[-1]["end"] - words[0]["start"]
    review: dict[str, Any] = {
        "schema": 1,
        "file": file,
        "ok": True,
        "question": question,
        "duration_s": round(words[-1]["end"] + 1.0, 3),
        "language": "en",
        "model": "base (embedded)",
        "device": "cpu",
        "compute_type": "int8",
        "timings": {"load_s": 0.0, "transcribe_s": round(rng.uniform(2, 6), 2)},
        "text": " ".join(w["text"] for w in words),
        "words": words,
        "pace": {
            "word_count": len(words),
            "speaking_time_s": round(speaking, 3),
            "words_per_minute": round(len(words) / speaking * 60, 1),
            "pauses": _pauses(words),
        },
    }
    if delivery:
        review["delivery"] = _delivery(words, speaking, rng)
    if feedback:
        review["feedback"] = _feedback(text, rng, coach)
    return review


def _delivery(words: list[dict[str, Any]], speaking: float, rng: random.Random) -> dict:
    fillers = _fillers(words)
    counts: dict[str, int] = {}
    for filler in fillers:
        counts[filler["text"]] = counts.get(filler["text"], 0) + 1
    flags = [
        {
            "kind": "stock-phrase",
            "quote": "I know how to ship one safely",
            "start": None,
            "end": None,
            "source": None,
            "why": "a stock closing line",
        }
    ][: rng.randint(0, 1)]
    if rng.random() < 0.3:
        flags.append(
            {
                "kind": "template-slot",
                "quote": "at my company",
                "start": 20.0,
                "end": 21.0,
                "source": None,
                "why": "a template slot left unfilled",
            }
        )
    return {
        "fillers": fillers,
        "filler_count": len(fillers),
        "fillers_per_minute": round(len(fillers) / speaking * 60, 2),
        "fillers_per_100_words": round(len(fillers) / len(words) * 100, 2),
        "top_crutches": [[w, n] for w, n in sorted(counts.items(), key=lambda i: -i[1])[:3]],
        "rehearsal": {"flags": flags},
    }


def _feedback(text: str, rng: random.Random, coach: str) -> dict[str, Any]:
    quote = " ".join(text.split()[3:9])
    framework = {key: {"score": rng.randint(1, 5), "evidence": quote} for key in FRAMEWORK_POINTS}
    llm = coach == "llm"
    return {
        "coach": coach,
        "fallback_reason": None if llm else "the LLM timed out after 30 s",
        "model": "qwen2.5-coder-1.5b-instruct" if llm else None,
        "prompt_version": "feedback-v1",
        "framework": framework,
        "rubric": {"hit": ["names a production problem"], "missed": ["business impact"]},
        "mistakes": [{"kind": "apologising", "quote": quote}],
        "rewrites": [{"original": quote, "rewrite": "I owned the routing service end to end"}],
        "follow_up": "How did you choose the confidence threshold?",
        "dropped_quotes": 0,
        "llm": {"latency_s": 4.2, "prompt_tokens": 812, "completion_tokens": 240} if llm else None,
    }
