"""The claims check: what an LLM says the answer contains must be in the transcript.

An LLM's evidence and rewrites may name engineering practices, numbers and tools. Each one it
attributes to the answer is looked for in the transcript: a practice by the rule coach's own
patterns for it, a number by its digits (or a number word that was spoken), a tool by name.
What is not there is an unsupported claim. Measured before this check: the embedded 1.5B model
credited an answer with "error handling, testing, monitoring, deployment and rollback,
evaluation metrics, latency, cost", the rubric's own list, for an answer that named monitoring
and a fallback. Negated mentions ("no testing", "nothing on rollback") claim nothing, and
neither does a practice named in a question ("what's the latency budget?", the questions a
rewrite asks before picking tools); numbers and tools count wherever they are.
"""

from __future__ import annotations

import re

from voice_interviewer.coaching.rules.judgments import rigor_kinds
from voice_interviewer.coaching.rules.signals import RIGOR_KINDS, TOOL

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NEGATED = re.compile(
    r"\b(no|not|nothing on|without|lacks?|lacking|missing|never|neither|nor|doesn'?t|"
    r"does not|didn'?t|did not|isn'?t|is not)\b[^.;:!?]*",
    re.IGNORECASE,
)
# A question, up to its question mark: it asks about a practice, it does not claim one.
_QUESTION = re.compile(r"[^.;!?]*\?")
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_TENS = "thirty forty fifty sixty seventy eighty ninety"
_NUMBER_WORDS = {word: value for value, word in enumerate(_UNITS.split())}
_NUMBER_WORDS |= {word: 10 * tens for tens, word in enumerate(_TENS.split(), 3)}
_NUMBER_WORDS |= {"hundred": 100, "thousand": 1000, "million": 1_000_000, "half": 50}


def _numbers(text: str) -> set[str]:
    digits = {number.replace(",", "") for number in _NUMBER.findall(text)}
    words = re.findall(r"[a-z]+", text.lower())
    return digits | {str(_NUMBER_WORDS[word]) for word in words if word in _NUMBER_WORDS}


def unsupported_claims(text: str, transcript: str) -> list[str]:
    """The practices, numbers and tools that text names (not negated) and the transcript does
    not, in the order they come."""
    claimed = _NEGATED.sub(" ", text)
    asserted = _QUESTION.sub(" ", claimed)
    claims = [kind for kind in rigor_kinds(asserted) if not RIGOR_KINDS[kind].search(transcript)]
    spoken_numbers = _numbers(transcript)
    claims += [
        number
        for number in _NUMBER.findall(claimed)
        if number.replace(",", "") not in spoken_numbers
    ]
    spoken_tools = {match.group(0) for match in TOOL.finditer(transcript)}
    # (a match holds the lowercased words; the claim is shown as the LLM wrote it)
    claims += [
        claimed[tool.start() : tool.end()]
        for tool in TOOL.finditer(claimed)
        if tool.group(0) not in spoken_tools
    ]
    return list(dict.fromkeys(claims))
