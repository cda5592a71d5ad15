"""The interviewer's follow-up question, written by an LLM: one short question about what the
person said, aimed at the weakest point of the answer.

This is the one job the embedded model is given (BENCHMARKS.md, "LLM jobs"): the prompt is
small, the reply is a sentence of prose that streams in a few seconds, and a machine can check
it. A reply is used only when it is one question (ending in "?"), at most MAX_WORDS words,
names something the answer said and asks about the question's scenario; otherwise the rule
coach's follow-up stands.
"""

from __future__ import annotations

import re
from string import Template

from voice_interviewer.coaching.prompts import as_data, read_prompt
from voice_interviewer.coaching.rules.rewrites import words_in_common
from voice_interviewer.coaching.rules.signals import scenario_of
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    FRAMEWORK_TITLES,
    CoachRequest,
    Feedback,
)

FOLLOW_UP_VERSION = "follow-up-v2"
MAX_WORDS = 25
MAX_TOKENS = 60  # a 25-word question is about 35 tokens


# The words of each scenario in the interview guide: a follow-up that fits asks about one (a
# system design answer asked "what had you tried before AI?" is asked about another scenario).
SCENARIO_WORDS = {
    # the move, and the problem behind it: what broke, in which job
    "why-ai-engineering": r"ai|model|llm|moving|move|why|production|problem|users?|motivat\w*|"
    r"break\w*|broke|job|role|career|transition\w*|switch\w*",
    "ml-experience": r"model|train\w*|evaluat\w*|data|metric|ml|experiment\w*|fine-tun\w*|"
    r"labels?|accuracy|precision|recall|production|rag|retriev\w*|llms?|apis?|latency|costs?|"
    r"project|buil[dt]\w*|gaps?",
    "system-design": r"latency|retriev\w*|evaluat\w*|cost|fail\w*|fallback|hallucinat\w*|"
    r"corpus|index|data|scale|monitor\w*|requirements?|chunk\w*|users?|documents?|search\w*|"
    r"rerank\w*|embed\w*|cach\w*|alert\w*|accura\w*|citations?|sources?",
    "biggest-weakness": r"weak\w*|gaps?|learn\w*|improv\w*|math|train\w*|struggl\w*|cover\w*|"
    r"theory|skills?|maths|deep|models?|reliab\w*|evaluat\w*|fine-?tun\w*|ml",
    "production-reliability": r"production|incident|fail\w*|monitor\w*|alert\w*|roll ?back|"
    r"fallback|users?|latency|costs?|evaluat\w*|test\w*|outage|reliab\w*|deploy\w*|releas\w*",
    "portfolio-project": r"project|approach\w*|metric|buil[dt]\w*|decid\w*|decision|trade-?offs?|"
    r"observ\w*|differently|challeng\w*|results?|users?|evaluat\w*|measur\w*|test\w*|accura\w*|"
    r"improv\w*|latency|costs?|retriev\w*",
}


def fits_scenario(question: str | None, category: str | None) -> bool:
    """Whether a follow-up asks about one of its scenario's words (never, without one)."""
    scenario = SCENARIO_WORDS.get(category or "", r"$^")
    return re.search(rf"\b(?:{scenario})s?\b", question or "", re.IGNORECASE) is not None


def weakest_point(rules: Feedback) -> str:
    """The rule coach's lowest-scored framework point, with its evidence, for the prompt."""
    name = min(FRAMEWORK_POINTS, key=lambda point: rules.framework[point].score)
    return f"{FRAMEWORK_TITLES[name].lower()} ({rules.framework[name].evidence})"


def follow_up_messages(request: CoachRequest, rules: Feedback) -> list[dict[str, str]]:
    """The chat messages. The transcript comes before the weakest point: when the prompt of
    the words heard so far was read while the person spoke (Coaching.read_ahead), the final
    prompt differs from it only after those words, and the server's cache keeps the rest.
    The category is repeated after the transcript, where the model heeds it (BENCHMARKS.md)."""
    user = Template(read_prompt(FOLLOW_UP_VERSION, "user")).substitute(
        question=request.question or "(not given)",
        transcript=as_data(request.transcript),
        category=request.category or "(not given)",
        weakest=weakest_point(rules),
    )
    return [
        {"role": "system", "content": read_prompt(FOLLOW_UP_VERSION, "system")},
        {"role": "user", "content": user},
    ]


def checked_follow_up(reply: str, request: CoachRequest) -> str:
    """The question in the model's reply; ValueError saying why it cannot be used."""
    lines = [line.strip() for line in reply.strip().splitlines() if line.strip()]
    first = lines[0] if lines else ""
    text = re.sub(r"^(your follow-up question|question|interviewer)\s*:\s*", "", first, flags=re.I)
    text = text.strip().strip('"“”').strip()
    if not text.endswith("?"):
        raise ValueError("not a question")
    if len(text.split()) > MAX_WORDS:
        raise ValueError(f"longer than {MAX_WORDS} words")
    if request.question and text.casefold() == request.question.strip().casefold():
        raise ValueError("the same as the question asked")
    if not words_in_common(text, request.transcript):
        raise ValueError("names nothing from the answer")
    scenario = scenario_of(request)
    if scenario in SCENARIO_WORDS and not fits_scenario(text, scenario):
        raise ValueError(f"asks about nothing in the {scenario} scenario")
    return text
