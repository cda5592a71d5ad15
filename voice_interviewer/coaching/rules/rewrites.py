"""What the rule coach says back: the question's rubric words, rewrites of flagged sentences
and the interviewer's follow-up question."""

from __future__ import annotations

import re

from voice_interviewer.analysis.tokens import STOPWORDS
from voice_interviewer.coaching.rules.judgments import (
    _compares_to_researchers,
    _regrets,
    _says,
)
from voice_interviewer.coaching.rules.signals import (
    _FILLER_BETWEEN_COMMAS,
    _FILLER_WORDS,
    MISTAKE_PATTERNS,
    _rx,
    _Sentence,
    _without_fillers,
    scenario_of,
)
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    CoachRequest,
    FrameworkScore,
    Mistake,
    Rewrite,
)
from voice_interviewer.textnorm import edit_distance, normalise_words

# --- the question's own rubric ---------------------------------------------------------------
_NEGATION_TAIL = _rx(r"[,;]?\s*\b(not|no|rather than|instead of|without)\b.*$")


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content_words(point: str) -> list[str]:
    positive = _NEGATION_TAIL.sub("", point)
    words = re.findall(r"[a-z][a-z'-]+", positive.lower())
    return [w for w in words if w not in STOPWORDS and len(w) > 2]


def words_in_common(text: str, other: str) -> set[str]:
    """The content words of text (stemmed, 4 letters or more) that other says too."""
    said = {_stem(w) for w in re.findall(r"[a-z][a-z'-]+", other.lower())}
    return {_stem(w) for w in _content_words(text) if len(w) >= 4} & said


# --- rewrites and follow-up -------------------------------------------------------------------
_REWRITE_ADVICE = {
    "apologising-for-background": "and what I bring instead is <the production systems you ran>",
    "minimising-swe-experience": "I built systems that <served your scale, with your uptime>",
    "ai-is-hot": "I kept hitting <a specific problem> that rules could not solve",
    "comparing-to-researchers": "my edge over other AI engineers is <your production rigor>",
    "overselling-ai": "I've built <what you built> with LLM APIs, and I'm honest about the rest",
    "tools-before-requirements": "Before I pick tools: what's the latency budget, and is the "
    "corpus static?",
}
_MINIMISERS = _rx(
    r"\b(just|only|merely|simply)\s+"
    r"(?=(a |an )?([\w-]+ )?(engineer|developer|dev|programmer|coder)\b)"
)


def clean_sentence(sentence: str) -> str:
    """The sentence without fillers and minimisers, in the speaker's own words."""
    cleaned = _FILLER_BETWEEN_COMMAS.sub("", sentence)
    cleaned = _MINIMISERS.sub("", _FILLER_WORDS.sub("", cleaned))
    cleaned = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", cleaned)).strip(" ,")
    return cleaned[:1].upper() + cleaned[1:] if cleaned else cleaned


# The apology in a sentence that names a gap: the gap stays in the rewrite, the apology goes.
_APOLOGY_WORDS = _rx(
    r"\b(unfortunately|(i'?m )?((really|so|very) )?sorry( about that)?|i'?m afraid( that)?|"
    r"i know i'?m not|apologies|"
    r"(i (have to|must|should|need to) |let me )?apologi[sz]e)\b,?\s*"
)
# Kinds whose sentence is the mistake itself: the rewrite replaces it rather than extends it.
_REPLACED = frozenset(
    {
        "ai-is-hot",
        "tools-before-requirements",
        "minimising-swe-experience",
        "comparing-to-researchers",
        "overselling-ai",
    }
)


def _flagged_part(part: str) -> bool:
    said = _Sentence(part, 0, _without_fillers(part))
    return (
        _regrets(said)
        or _compares_to_researchers(said)
        or any(_says(kind, said) for kind in MISTAKE_PATTERNS)
    )


def _unflagged_parts(sentence: str) -> str:
    """The sentence without its parts that apologise or make a strategic mistake ("so I
    understand if that is a concern for you", "the way the people at DeepMind can")."""
    parts = re.split(r"\s*(?:[,;:]|\s[\u2014\u2013-]\s)\s*", sentence)  # dashes too
    return ", ".join(part for part in parts if part and not _flagged_part(part))


def _rewrite(kind: str, sentence: str) -> str:
    if kind not in _REPLACED and MISTAKE_PATTERNS["minimising-swe-experience"].search(sentence):
        kind = "minimising-swe-experience"  # the apology's sentence also makes the work small
    advice = _REWRITE_ADVICE[kind]
    if kind in _REPLACED:
        return advice[:1].upper() + advice[1:] + ("" if advice.endswith("?") else ".")
    kept = clean_sentence(_unflagged_parts(_APOLOGY_WORDS.sub("", sentence))).rstrip(".!?, ")
    if not kept:
        return "What I bring is <the production systems you ran>."
    return f"{kept}, {advice}."


# A rewrite that changes fewer words than this (fillers dropped, a comma moved) only tidies
# the sentence: the delivery analysis already reports fillers, so it is not shown.
MIN_CHANGED_WORDS = 3


def changes_framing(original: str, rewrite: str) -> bool:
    """True when rewrite says the sentence differently, not just more cleanly."""
    changed = edit_distance(normalise_words(original), normalise_words(rewrite))
    return changed >= MIN_CHANGED_WORDS


def make_rewrites(mistakes: list[Mistake]) -> list[Rewrite]:
    """A rewrite for each of the first three strategic mistakes the rules found; none where
    the answer made none (no good rewrite exists then: saying nothing beats tidying a sentence),
    and none for the word model's, whose sentence the rules cannot take apart."""
    found = [m for m in mistakes if not m.by_word_model][:3]
    rewrites = [Rewrite(m.quote, _rewrite(m.kind, m.quote)) for m in found]
    return [r for r in rewrites if changes_framing(r.original, r.rewrite)]


# One follow-up per scenario of the guide and weakest framework point, each asking about what
# that scenario's interviewer probes; None: the scenario is not known.
_FOLLOW_UPS: dict[str | None, dict[str, str]] = {
    "why-ai-engineering": {
        "production_problem": "Which problem at work made you look at AI, and what had you tried "
        "before it?",
        "engineering_rigor": "Once that AI system was in production, how would you know it was "
        "failing, and what would you do?",
        "business_impact": "What changed for the users or the business once the AI part was in "
        "production?",
        "honest_gaps": "What part of the move to AI engineering is new to you, and what do you "
        "bring to it instead?",
    },
    "ml-experience": {
        "production_problem": "What production problem did the model or LLM work solve, and what "
        "did you try before it?",
        "engineering_rigor": "How did you evaluate it before and after it reached production, and "
        "with which metric?",
        "business_impact": "Which metric showed the model mattered to users or the business, and "
        "how far did it move?",
        "honest_gaps": "Which parts of ML, such as training models, haven't you done, and what do "
        "you bring instead?",
    },
    "system-design": {
        "production_problem": "Which failure have you seen in production that this design would "
        "guard against, and what did its users see?",
        "engineering_rigor": "Say retrieval starts returning garbage at 2 AM: how would monitoring "
        "catch it, and what is the fallback?",
        "business_impact": "What would it cost per query at the expected scale, and what does a "
        "wrong answer cost the users?",
        "honest_gaps": "Which part of this design are you least sure of, and how would you "
        "evaluate it first?",
    },
    "biggest-weakness": {
        "production_problem": "When did that weakness cause a real problem at work, and what did "
        "you do about it?",
        "engineering_rigor": "When you ship AI features, how do you cover that gap: tests, "
        "reviews, or a colleague's skills?",
        "business_impact": "Has that weakness ever cost users or the business anything, and how "
        "have you improved since?",
        "honest_gaps": "Name one concrete skill gap for this role: what are you doing to cover it?",
    },
    "portfolio-project": {
        "production_problem": "What problem did the project solve for its users, and which "
        "approach did you try first?",
        "engineering_rigor": "How did you know the project worked: which metric, and what did you "
        "observe when it failed?",
        "business_impact": "What results did the project bring its users, in numbers?",
        "honest_gaps": "What would you do differently if you built the project again, and why?",
    },
    "production-reliability": {
        "production_problem": "Which real incident in production is that based on, and what did "
        "the users see?",
        "engineering_rigor": "How would you know it was failing before users told you, and what "
        "would you roll back to?",
        "business_impact": "What did that failure cost the users or the business, and how would "
        "you show the fix worked?",
        "honest_gaps": "Which part of running that in production haven't you done yourself, and "
        "how would you cover it?",
    },
    None: {
        "production_problem": "What specific problem were you trying to solve, and what had you "
        "tried before AI?",
        "engineering_rigor": "Say it starts returning garbage at 2 AM: how would you know, and "
        "what would you do?",
        "business_impact": "What changed for the business or the users, and how did you measure "
        "it?",
        "honest_gaps": "What is a real gap in your experience for this role, and how are you "
        "covering it?",
    },
}


def follow_up_point(request: CoachRequest, follow_up: str | None) -> str | None:
    """The framework point a rule coach's follow-up asks about; None for any other question."""
    asked = _FOLLOW_UPS.get(scenario_of(request), _FOLLOW_UPS[None])
    return next((point for point, question in asked.items() if question == follow_up), None)


def follow_up_for(request: CoachRequest, framework: dict[str, FrameworkScore]) -> str:
    """The interviewer's next question: on the answer's weakest framework point, asked the way
    the question's scenario would ask it (the generic wording where the scenario is unknown)."""
    weakest = min(FRAMEWORK_POINTS, key=lambda name: framework[name].score)
    return _FOLLOW_UPS.get(scenario_of(request), _FOLLOW_UPS[None])[weakest]
