"""The rule coach: the interview guide's rubric as deterministic checks on the transcript.

It runs offline in milliseconds, so it answers first on every answer and whenever the LLM
coach is missing, slow or wrong. The checks look for the guide's signals (a problem before
the technology, rigor words, a business number, a gap followed by a strength) and its
strategic mistakes, each with near-miss guards ("I don't have traditional ML experience, and
I've chosen to invest in ..." is honest framing, not an apology).
"""

from __future__ import annotations

import dataclasses

from voice_interviewer.coaching.answer_model import shipped_model
from voice_interviewer.coaching.rules.judgments import (
    declines,
    find_mistakes,
    is_system_design,
    names_a_gap,
    score_business_impact,
    score_engineering_rigor,
    score_honest_gaps,
    score_production_problem,
)
from voice_interviewer.coaching.rules.rewrites import (
    follow_up_for,
    make_rewrites,
)
from voice_interviewer.coaching.rules.rubric import (
    _Judged,
    _rubric,
)
from voice_interviewer.coaching.rules.signals import (
    _quote,
    _Sentence,
    _sentences,
)
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    MISTAKE_KINDS,
    CoachRequest,
    Feedback,
    FrameworkScore,
    Mistake,
)

# --- the word model, for what the rules missed ----------------------------------------------
# A framework point is not raised past a mistake found that says the opposite. A comparison
# with researchers does not say the gap is dishonest ("I'll never be at the level of the people
# at DeepMind. Where I'm OK is the building."): where the rules found one and no honest gap, the
# word model's honest-gap credit on parts it was not trained on was right 9 times and wrong 3
# (BENCHMARKS.md, ninth session), and the rules themselves credit such a gap.
_CONTRADICTED_BY = {
    "production_problem": {"tools-before-requirements", "ai-is-hot"},
    "honest_gaps": {
        "apologising-for-background",
        "minimising-swe-experience",
        "overselling-ai",
    },
}


# Where the rules find no gap at all, the word model's honest-gap credit at its threshold was
# wrong more often than right on 900 answers it was not trained on (dev35 to dev52, the model
# before 4979985: 22 right, 29 wrong); 0.1 above the threshold, 16 right and 6 wrong. Where
# the rules find a gap, the threshold stands (26 right, 6 wrong; 0.1 above, 20 and 3).
_NO_GAP_MARGIN = 0.1


def _model_judgment(request: CoachRequest, sentences: list[_Sentence]) -> tuple[set[str], set[str]]:
    """The word model's findings and doubts; an honest gap found where the rules name none
    only with _NO_GAP_MARGIN to spare."""
    model = shipped_model()
    found, doubted = model.judge(request.transcript, FRAMEWORK_POINTS)
    if "honest_gaps" in found and not names_a_gap(request, sentences):
        needed = model.targets["honest_gaps"].threshold + _NO_GAP_MARGIN
        if model.probabilities(request.transcript)["honest_gaps"] < needed:
            found.discard("honest_gaps")
    return found, doubted


def _model_mistakes(
    sentences: list[_Sentence], found: list[Mistake], model_found: set[str]
) -> list[Mistake]:
    """Mistakes the word model finds and the rules did not, each quoting its strongest sentence,
    unless that sentence is a near-miss the rules know (the speaker sets the mistake aside)."""
    texts = [s.text for s in sentences]
    missed = sorted(model_found & set(MISTAKE_KINDS) - {m.kind for m in found})
    model = shipped_model()
    strongest = {kind: sentences[model.strongest(kind, texts)] for kind in missed if texts}
    return [
        Mistake(kind, sentence.text, by_word_model=True)
        for kind, sentence in strongest.items()
        if not declines(kind, sentence, sentences)
    ]


def _model_points(
    request: CoachRequest,
    sentences: list[_Sentence],
    framework: dict[str, FrameworkScore],
    mistakes: list[Mistake],
    model_found: set[str],
) -> dict[str, FrameworkScore]:
    """Framework points the rules scored below 3 and the word model finds, scored 3. Not a
    design answer's problem: a design's words are the same with or without a problem the
    speaker met, and the model's strongest sentence was an evaluation plan or a cost there.
    Not rigor where the rules find no practice at all: there the model's credit was wrong
    more often than right, on parts it was not trained on (BENCHMARKS.md)."""
    kinds = {m.kind for m in mistakes}
    raised = {}
    for name, score in framework.items():
        if score.score >= 3 or not sentences or name not in model_found:
            continue
        if name == "production_problem" and is_system_design(request):
            continue
        if name == "engineering_rigor" and score.score <= 1:
            continue
        if _CONTRADICTED_BY.get(name, set()) & kinds:
            continue
        strongest = sentences[shipped_model().strongest(name, [s.text for s in sentences])]
        raised[name] = FrameworkScore(
            3, f"The word model (not a rule) reads it in the wording, most in {_quote(strongest)}."
        )
    return raised


def _model_doubts(
    framework: dict[str, FrameworkScore], doubted: set[str]
) -> dict[str, FrameworkScore]:
    """Framework points the rules credited (3 or more) and the word model doubts, scored 2:
    crediting a point the answer does not make is flattery, worse than missing one."""
    return {
        name: FrameworkScore(
            2,
            f"{score.evidence} The word model (not a rule) finds little of it in the wording, "
            "so it is not counted.",
        )
        for name, score in framework.items()
        if score.score >= 3 and name in doubted
    }


def a_mistake_in(text: str, request: CoachRequest, word_model: bool = True) -> bool:
    """Whether the rule coach finds a strategic mistake in text said alone. A rewrite (the
    rules' or an LLM's) it does is no rewrite: with its apology taken out, "I'll never be at
    their level, and what I bring instead is ..." still sets the speaker against researchers
    (17 of the rules' 3,687 rewrites on the dev parts)."""
    alone = dataclasses.replace(request, transcript=text)
    sentences = _sentences(text)
    found = find_mistakes(alone, sentences)
    if word_model and not found:
        found = _model_mistakes(sentences, found, _model_judgment(alone, sentences)[0])
    return bool(found)


def rule_feedback(
    request: CoachRequest, fallback_reason: str | None = None, word_model: bool = True
) -> Feedback:
    """The rule coach's feedback on one answer (deterministic, offline): the rules, and the word
    model for what they missed and for the points it doubts, unless word_model is False."""
    sentences = _sentences(request.transcript)
    mistakes = find_mistakes(request, sentences)
    model_found, model_doubted = (
        _model_judgment(request, sentences) if word_model else (set(), set())
    )
    mistakes += _model_mistakes(sentences, mistakes, model_found)
    framework = {
        "production_problem": score_production_problem(request, sentences),
        "engineering_rigor": score_engineering_rigor(sentences, is_system_design(request)),
        "business_impact": score_business_impact(sentences, is_system_design(request)),
        "honest_gaps": score_honest_gaps(request, sentences, mistakes),
    }
    framework |= _model_points(request, sentences, framework, mistakes, model_found)
    framework |= _model_doubts(framework, model_doubted)
    judged = _Judged(request, sentences, framework, frozenset(m.kind for m in mistakes))
    hit, missed, unjudged = _rubric(judged)
    return Feedback(
        coach="rules",
        framework=framework,
        rubric_hit=hit,
        rubric_missed=missed,
        rubric_unjudged=unjudged,
        mistakes=tuple(mistakes),
        rewrites=tuple(
            r for r in make_rewrites(mistakes) if not a_mistake_in(r.rewrite, request, word_model)
        ),
        follow_up=follow_up_for(request, framework),
        fallback_reason=fallback_reason,
    )
