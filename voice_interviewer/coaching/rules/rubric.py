"""The question's rubric points that a judged check decides; the rest are left to the person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from voice_interviewer.coaching.rules.judgments import (
    _UNDERCUTS_HONESTY,
    _answer_to,
    _apologetic,
    _gaps,
    _names_problem,
    _names_tool,
    _strength_after,
    _strength_in,
    is_system_design,
)
from voice_interviewer.coaching.rules.signals import (
    _AMOUNT,
    _NOTHING_TO_CHANGE,
    _NUMBER,
    _RECORDED,
    _REFLECTION_QUESTION,
    _WOULD_HAVE,
    TOOL,
    Words,
    _rx,
    _Sentence,
    _unnegated,
)
from voice_interviewer.coaching.schema import (
    CoachRequest,
    FrameworkScore,
)


# --- the coach --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Judged:
    """An answer with the coach's judgments of it, for the rubric checks."""

    request: CoachRequest
    sentences: list[_Sentence]
    framework: dict[str, FrameworkScore]
    mistakes: frozenset[str]

    def any(self, pattern: Words) -> bool:
        return any(pattern.search(s.plain) for s in self.sentences)

    def count(self, pattern: Words) -> int:
        return sum(bool(pattern.search(s.plain)) for s in self.sentences)

    def both(self, first: Words, second: Words) -> bool:
        """Whether one sentence says both."""
        return any(first.search(s.plain) and second.search(s.plain) for s in self.sentences)

    def names_problem(self) -> bool:
        return any(_names_problem(s.plain) for s in self.sentences)

    def does(self, point: str) -> bool:
        return self.framework[point].score >= 3


_UNSTRUCTURED = _rx(
    r"\b(emails?|documents?|docs|tickets?|contracts?|invoices?|pdfs?|letters?|reports?|"
    r"free text|notes|messages|chat|leases|manuals|faxes|scans?|runbooks?|wiki|transcripts?|"
    r"queries|(people|users|customers) (type|write|describe|say)|natural language|descriptions|"
    r"reviews|comments|complaints|voice notes|"
    # what people say or write by hand: calls, handwritten work, enquiries, ledgers and logs
    r"calls|call recordings|handwrit\w*|written work|(booking )?requests|enquir\w*|inquir\w*|"
    r"ledgers|logs|forms|photos|images|voice memos|memos|scribbles)\b"
)
_PRODUCTION = _rx(
    r"\b(in production|production|reliab\w*|dependab\w*|depend on|actually works?|holds? up|"
    r"every day|stays? up|ship\w*|in front of customers|"
    # the same said as operations: "making systems run at three in the morning", "so it doesn't
    # fall over", "something people could rely on", "things that do not fail silently"
    r"rely on|relied on|((do|does|did) not|don'?t|doesn'?t|never|won'?t|not) (\w+ )?(fail|falls?) "
    r"(silently|over)|fall(s|ing)? over|fell over|guard ?rails|"
    r"(making|make|makes|keep|keeps|keeping|kept) ([\w-]+ ){0,3}(run|running|work|working)|"
    r"(two|three|four|five|six|[2-6]) (in the morning|a\.?m\.?))\b"
)
_DURATION = _rx(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
    r"eighteen|a|last|past) (\w+ )?(months?|years?|weeks?)\b"
)
_BUILT_WITH = _rx(r"\b(llms?|apis?|rag|retrieval|embeddings?|gpt\S*|openai|models?)\b")
_EVAL_FIGURE = _rx(
    r"\b(ragas|faithfulness|latency|p9\d|cost|cents?|per (query|question)|accuracy|"
    r"precision|recall|correctness|evaluation set|eval set|"
    # a measure said plainly: "seventy-eight percent right", "the right article in the top three"
    r"(percent|%) (right|correct)|got (about |around )?[\w-]+ right|agreement|click-?through|"
    r"top (three|five|ten|\d+)|a/?b test\w*|(tested|measured) (it )?on|"
    # a score said as what it gets: "it gets ninety-seven percent", "it got about eighty-five
    # percent"; a share tracked: "we track how many drafts go out with small edits"
    r"(gets|got|scores|scored|hits|hit) (about |around |roughly |nearly |over )?[\w-]+ "
    r"(percent|per cent|%)|(track|measure|count)\w* (how many|what share|the share|the rate))\b"
)
# A price said without a number word: "under a penny", "half a cent a query".
_SMALL_PRICE = _rx(r"\b(a|half a) (penny|cent|pence)\b")
_TRADEOFF = _rx(
    r"\b(deliberate\w*|choices?|chose|chosen|decided|trade-?offs?|instead|picked|rather than|"
    r"i'?d rather|not (trying|aiming|positioning)|different job|on purpose|prioriti[sz]\w*|"
    r"(went|go|jumped|jump) straight (in)?to)\b"
)
_CHALLENGE = _rx(
    r"\b(challeng\w*|tricky|hard(est)? (part|bit)|nasty bit|difficult\w*|"
    r"the ((main|big|biggest|real|interesting|first|hard|tricky) )?(problem|issue|catch) was|"
    r"struggl\w*)\b"
)
# The first approach, also as the plain one the speaker started from ("plain embeddings got 60
# percent"), and the second, also as what was added to it ("adding a lookup took it to 89").
_FIRST_APPROACH = _rx(
    r"\b(first|tried|approach (one|a|1)|version one|first version|plain|pure|baseline|"
    r"out of the box|initially|originally|to begin with|started (with|out))\b"
)
_SECOND_APPROACH = _rx(
    r"\b(then|second|switched|moved to|instead|changed to|converted|"
    r"(approach|version|attempt|iteration) (two|2|b)|(i|we) added|adding|took it (up )?to|"
    r"brought it (up |down )?to)\b"
)
# A figure, not a digit inside a name ("GPT-4o", "p95") nor a word ending in -ty ("safety").
_DIGIT_WORD = r"(zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_TENS = r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_FIGURE = _rx(
    r"(?<![\w.-])\d+(\.\d+)?(?![\w-])( ?%| percent)?|"
    rf"\b({_DIGIT_WORD}( and a half)?( times)? (in|out of) (ten|twenty|a hundred|\d+)|"
    rf"({_DIGIT_WORD} )?point ({_DIGIT_WORD}|{_TENS})( {_DIGIT_WORD})?|{_TENS}(-\w+)?( percent)?|"
    rf"({_DIGIT_WORD} )?hundred|"
    rf"(eleven|twelve|\w+teen)( percent)?|{_DIGIT_WORD} percent|half|a third|a quarter)\b"
)
_OBSERVABILITY = _rx(
    r"\b(eval (results|runs)|cost breakdown|trac(ed|ing|es?)|langsmith|langfuse|dashboards?|"
    r"i log|we log|monitor\w*|observab\w*)\b|" + _RECORDED
)
_REFLECTION = _rx(
    r"\b(differently|if i (did|do) (it )?again|next time|what would i change|i('?d| would) "
    r"(have (?!to\b)|want|start|add|change|build|fix|test|improve|redo|rebuild|talk|involve|pin|"
    r"log)|lessons?|in hindsight|(honest )?reflection|do (it )?different|"
    r"what i('d| would| will|'ll) change|(was|were) a mistake|my (biggest )?mistake)\b"
)
_DOCS = _rx(r"\b(github|repo\w*|readme|write-?up|diagram|documentation)\b")
_REASON = _rx(r"\b(because|'?cause|since|so (that )?|as|which)\b")
# Cutting the documents, as an act: "chunk by section", "split them by heading", "cut them per
# procedure" ("the chunk with the old rule ranked higher" and "the top ten chunks" cut nothing).
_CHUNKING_ACT = _rx(
    r"\b(chunk\w*|split\w*|cut|cuts|cutting|divid\w*|break (it|them) (up|down))( [\w-]+){0,3}? "
    r"(by|per|into|at|on|along)\b"
)
# A reason that is none: "since that's the default", "because it's easy", "it handles the chunking".
_NO_REASON = _rx(
    r"\b(the |a )?(usual |standard )?default\b|\bbecause it'?s easy\b|\bhandles (the )?chunking\b|"
    r"\b(don'?t|do not) (really )?need (much )?chunking\b"
)
_RETRIEVAL_TECHNIQUE = _rx(
    r"\b(rerank\w*|hybrid|bm25|keywords?|full[- ]text|metadata|"
    r"filter\w*|top[- ]?(\w+|\d+)|similarity|dense|sparse|semantic search|vector search)\b"
)
_GENERATION = _rx(r"\b(models?|generat\w*|prompts?|gpt\S*|claude|llms?)\b")
_CHECKED = _rx(
    r"\b(eval\w*|test set|golden set|measure\w*|review\w*|rate answers)\b|"
    r"\b(scor|check|test|grad|compar|r[au]n)\w*\s+(it|them|answers|outputs)\s+(on|against)\s+"
    r"(a |the |our )?(set of |sample of )?" + _AMOUNT
)
_ALERT = _rx(r"\b(alert\w*|pag(e|ed|ing) (someone|on-?call)|threshold)\b")
_FAILURE_MODE = _rx(
    r"\b(fail\w*|fall(s)? back|fallback|degrad\w*|time ?outs?|tim(es|ed) out|is down|"
    r"comes back empty|(finds|returns|gets) nothing|can'?t answer|refuse|i don'?t know|"
    r"rate limits?|not covered|drift\w*|nothing (retrieved|found|relevant|comes back)|"
    r"no (results|hits|matches)|(model|api|service|provider|server|llm|search|index|vendor)"
    r"( is| goes| went)? down|"
    # the same in other words: "if the model's down", "or it's not sure", "anything we cannot
    # read", "if notes contradict each other", "whenever it's stuck"
    r"\w+('s| is| goes| went) down|(not|isn'?t) sure|unsure|(low|no) confidence|"
    r"confidence is low|(can'?t|cannot|couldn'?t) (read|parse|find)|unreadable|contradict\w*|"
    r"(gets|is|it'?s) stuck|nothing (scores|matches))\b"
)
_COST_FIGURE = _rx(r"\b(costs?|cents?|dollars?|per (query|question))\b|\$")


def _opens_with_problem(a: _Judged) -> bool:
    return a.framework["production_problem"].score >= 4


def _problem_told(a: _Judged) -> bool:
    """A problem named, or the answer credited with one (by the word model too, which reads
    a problem told in everyday words)."""
    return a.names_problem() or a.does("production_problem")


def _problem_driven(a: _Judged) -> bool:
    return _problem_told(a) and "ai-is-hot" not in a.mistakes


def _unstructured_examples(a: _Judged) -> bool:
    return _problem_told(a) and a.count(_UNSTRUCTURED) >= 1


def _production_not_demos(a: _Judged) -> bool:
    """Production as what the speaker builds for, not as a place not reached yet ("I'm still
    figuring out how to get it into production"), or shown without the word: a real problem
    met, and the practice that keeps the system working."""
    said = any(
        _unnegated(_PRODUCTION, s.plain) and not _NOT_YET.search(s.plain) for s in a.sentences
    )
    return said or (a.does("engineering_rigor") and a.does("production_problem"))


_NOT_YET = _rx(
    r"\b(not yet|haven'?t (\w+ )?(deployed|shipped|launched|released)|(isn'?t|is not|wasn'?t) "
    r"(live|in production)|still (figuring|working) out|not (live|in production) yet)\b"
)


def _how_long_with_what(a: _Judged) -> bool:
    return a.both(_DURATION, _BUILT_WITH) or (a.any(_DURATION) and a.any(_BUILT_WITH))


def _project_with_metrics(a: _Judged) -> bool:
    """A figure measured, not one the speaker would have measured ("I would have built an
    evaluation set on day one")."""
    return any(
        _EVAL_FIGURE.search(s.plain)
        and (_NUMBER.search(s.plain) or _SMALL_PRICE.search(s.plain))
        and not _WOULD_HAVE.search(s.plain)
        for s in a.sentences
    )


def _honest_gap(a: _Judged) -> bool:
    return a.does("honest_gaps")


def _rigor_brought(a: _Judged) -> bool:
    return a.does("honest_gaps") and (a.does("engineering_rigor") or a.any(_PRODUCTION))


def _credible_weakness(a: _Judged) -> bool:
    gaps = _gaps(a.request, a.sentences)
    undercut = a.mistakes & _UNDERCUTS_HONESTY
    vague = any(_VAGUE_WEAKNESS.search(s.plain) for s in a.sentences[:2])
    no_skill = all(_NO_SKILL_WEAKNESS.search(gap.plain) for gap, _ in gaps)
    return (
        bool(gaps)
        and a.framework["honest_gaps"].score > 1
        and not undercut
        and not vague
        and not no_skill
    )


# A weakness that names nothing: "Well, everything, kind of?"
_VAGUE_WEAKNESS = _rx(r"^\W*(\w+\W+){0,2}?(everything|all of it|a lot of things|lots of things)\b")
# A weakness that is no skill: coming late or new to it, or a virtue in disguise ("I care too
# much about reliability").
_NO_SKILL_WEAKNESS = _rx(
    r"\b(came|come|got) (in)?to (ai|it|this) (a bit |rather |quite )?late\b|"
    r"\b(newer|new) to (it|this)\b|\b(care|cares|caring) too much\b|\bwork too hard\b|"
    r"\bperfectionis\w*|\btoo (ambitious|passionate|thorough)\b"
)


def _deliberate_tradeoff(a: _Judged) -> bool:
    return a.any(_TRADEOFF)


def _reframes_to_shipping(a: _Judged) -> bool:
    """The gap turns to a strength in production, said as such or shown by the rigor, at once
    or later in the answer (after an aside or a story); an apology or an overclaim around the
    gap does not undo a turn said at once (other points judge them), but a later "strength"
    after an overclaim is more of it."""
    gaps = _gaps(a.request, a.sentences)
    later = (
        a.sentences[gaps[0][0].index + 1 :] if gaps and not a.mistakes & _UNDERCUTS_HONESTY else []
    )
    turns = any(_strength_after(a.sentences, gap, end) for gap, end in gaps) or any(
        _strength_in(s.clauses) for s in later
    )
    return (turns or a.does("honest_gaps")) and (a.any(_PRODUCTION) or a.does("engineering_rigor"))


def _not_defensive(a: _Judged) -> bool:
    defensive = {"overselling-ai", "apologising-for-background", "comparing-to-researchers"}
    apologetic = a.framework["honest_gaps"].score == 1 or any(_apologetic(s) for s in a.sentences)
    dismissive = any(_unnegated(_DISMISSES_THE_GAP, s.plain) for s in a.sentences)
    return not apologetic and not dismissive and not (a.mistakes & defensive)


# The weakness waved away: "I don't think it matters that much", "it's overrated", "anyone who
# says otherwise is overcomplicating it".
_DISMISSES_THE_GAP = _rx(
    r"\b(don'?t|do not) (think )?(it|that|this|that stuff) (really )?matters?\b|"
    r"\b(it|that|this)( really)? (doesn'?t|does not) matter\b|\boverrated\b|"
    r"\b(overcomplicat\w*|overthink\w*) it\b"
)


def _challenge(a: _Judged) -> bool:
    return a.any(_CHALLENGE)


def _a_versus_b(a: _Judged) -> bool:
    """A first approach and a second one told together, within a few sentences, with two
    figures between the first one and the sentence after the second."""
    sentences = a.sentences
    figures = [len(_FIGURE.findall(s.plain)) for s in sentences]
    for first in (s.index for s in sentences if _FIRST_APPROACH.search(s.plain)):
        for second in range(first, min(first + 4, len(sentences))):
            if (
                _SECOND_APPROACH.search(sentences[second].plain)
                and sum(figures[first : second + 2]) >= 2
            ):
                return True
    return False


def _observability(a: _Judged) -> bool:
    return a.any(_OBSERVABILITY)


def _reflects(sentences: list[_Sentence], sentence: _Sentence) -> bool:
    """A reflection said ("I'd start with the evals"), not waved away ("I can't think of
    anything I'd do differently"), or asked and answered ("What would I change? I'd ...")."""
    if sentence.asks and _REFLECTION_QUESTION.search(sentence.plain):
        return _answer_to(sentences, sentence) is not None
    match = _unnegated(_REFLECTION, sentence.plain)
    return match is not None and not _NOTHING_TO_CHANGE.search(sentence.plain[: match.start()])


def _reflection(a: _Judged) -> bool:
    return any(_reflects(a.sentences, s) for s in a.sentences)


def _documentation(a: _Judged) -> bool:
    return any(_unnegated(_DOCS, s.plain) for s in a.sentences)


def _clarifies_first(a: _Judged) -> bool:
    """Questions asked before any design is told (after a story or an apology too), and no
    stack named before them."""
    if "tools-before-requirements" in a.mistakes or not is_system_design(a.request):
        return False
    designs = (s.index for s in a.sentences if _DESIGN_STEP.search(s.plain) or _names_tool(s))
    first_design = next(designs, len(a.sentences))
    return any(
        (s.asks or _CLARIFYING.search(s.plain)) and s.index <= first_design for s in a.sentences
    )


# A question said without a question mark: "Questions first, I guess: what latency ...".
_CLARIFYING = _rx(
    r"\b(let me ask|i'?d (first )?ask|i would (first )?ask|(some|a few|a couple of) (questions|"
    r"things) (first|to ask)|(first|okay|so),? (some|a few|a couple of) questions|"
    r"questions first|(want|need|like) to (know|pin down|understand|check) (first|who|what|how|"
    r"where)|pin down first)\b"
)
_DESIGN_STEP = _rx(r"\b(ingest\w*|chunk\w*|embed\w*|pipeline|index\w*|retriev\w*|rerank\w*)\b")


def _chunking_with_reason(a: _Judged) -> bool:
    """The documents cut in a stated way, for a reason that is one (a default is none)."""
    return any(
        _CHUNKING_ACT.search(s.plain) and _REASON.search(s.plain) and not _NO_REASON.search(s.plain)
        for s in a.sentences
    )


def _retrieval_and_generation(a: _Judged) -> bool:
    """Retrieval proposed ("I wouldn't just jump to Pinecone" proposes none) with a technique
    (hybrid, a reranker, filters: a vector store named is a tool, not a retrieval design), and
    generation."""
    proposed = (
        s
        for s in a.sentences
        if _unnegated(_RETRIEVAL_TECHNIQUE, s.plain)
        and (_names_tool(s) or not TOOL.search(s.plain))
    )
    return next(proposed, None) is not None and a.any(_GENERATION)


def _evaluation_and_alert(a: _Judged) -> bool:
    return a.any(_CHECKED) and a.any(_ALERT)


def _failure_modes(a: _Judged) -> bool:
    """Two failure modes or more, in sentences or in clauses of one ("if ...; if ...")."""
    return sum(bool(_FAILURE_MODE.search(c)) for s in a.sentences for c in s.clauses) >= 2


def _cost_per_query(a: _Judged) -> bool:
    return a.both(_COST_FIGURE, _NUMBER) or a.both(_COST_FIGURE, _SMALL_PRICE)


def _no_comparing(a: _Judged) -> bool:
    return "comparing-to-researchers" not in a.mistakes


def _honest_without_overselling(a: _Judged) -> bool:
    return a.does("honest_gaps") and "overselling-ai" not in a.mistakes


def _reframes_calmly(a: _Judged) -> bool:
    return _reframes_to_shipping(a) and _not_defensive(a)


def _plain_about_the_gap(a: _Judged) -> bool:
    return a.does("honest_gaps") and _not_defensive(a)


def _reflects_calmly(a: _Judged) -> bool:
    return _reflection(a) and _not_defensive(a)


# Rubric points about something the coach judges anyway (the problem first, an honest gap, a
# comparison of two approaches ...) are decided by that judgment, whatever their wording; the
# first pattern that a point's text matches decides. Other points are left unjudged.
_RUBRIC_CHECKS: list[tuple[Words, Callable[[_Judged], bool]]] = [
    (_rx(r"problem-driven|'ai is hot'|\bmotivation\b"), _problem_driven),
    (_rx(r"\b(opens|starts|leads) with\b.*\bproblem"), _opens_with_problem),
    (_rx(r"unstructured|rules could not"), _unstructured_examples),
    (_rx(r"in production, not demos|work in production"), _production_not_demos),
    (_rx(r"how long"), _how_long_with_what),
    (_rx(r"project with evaluation metrics"), _project_with_metrics),
    (_rx(r"honest about the gap"), _honest_gap),
    (_rx(r"rigor they bring"), _rigor_brought),
    (_rx(r"credible weakness"), _credible_weakness),
    (_rx(r"trade-?off"), _deliberate_tradeoff),
    (_rx(r"reframes to strengths"), _reframes_to_shipping),
    (_rx(r"not defensive|does not apologi[sz]e"), _not_defensive),
    (_rx(r"technical challenge"), _challenge),
    (_rx(r"approach a\b.*approach b\b"), _a_versus_b),
    (_rx(r"\bobservability\b"), _observability),
    (_rx(r"honest reflection|do differently"), _reflection),
    (_rx(r"\b(documentation|readme|repository)\b"), _documentation),
    (_rx(r"clarifying questions"), _clarifies_first),
    (_rx(r"reason for the chunking"), _chunking_with_reason),
    (_rx(r"\bretrieval\b.*\bgeneration\b"), _retrieval_and_generation),
    (_rx(r"evaluation before and after|triggers an alert"), _evaluation_and_alert),
    (_rx(r"failure modes"), _failure_modes),
    (_rx(r"cost per query"), _cost_per_query),
    # points of the bank's questions said in other words than the ones above
    (_rx(r"reframes to (their |the )?strengths"), _reframes_calmly),
    (_rx(r"\bhype\b|market trends|real problem"), _problem_driven),
    (_rx(r"does not compete|(does not|never) compare"), _no_comparing),
    (
        _rx(r"without (overselling|bluffing)|how far their knowledge goes"),
        _honest_without_overselling,
    ),
    (_rx(r"states plainly what they have|honestly names an area"), _plain_about_the_gap),
    (_rx(r"reflective"), _reflects_calmly),
    (_rx(r"defensive|without apologi[sz]ing"), _not_defensive),
    (_rx(r"names (one|a) specific (weakness|layer|area|requirement)"), _credible_weakness),
    (_rx(r"^asks\b"), _clarifies_first),
    (_rx(r"^(a |gives a )?cost (per|of)\b|^estimates (the )?cost"), _cost_per_query),
    (_rx(r"\bchunk"), _chunking_with_reason),
    (_rx(r"logged or traced|traces each request|per-request traces"), _observability),
    (_rx(r"metrics with real numbers"), _project_with_metrics),
]


def _rubric_check(point: str) -> Callable[[_Judged], bool] | None:
    return next((check for pattern, check in _RUBRIC_CHECKS if pattern.search(point)), None)


def _rubric(judged: _Judged) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The rubric points hit, missed and not judged. Word overlap with a point agreed with the
    labels on about 0.6 of the bank's points, where half are met (BENCHMARKS.md), so a point no
    judged check decides is left to the person rather than ticked or crossed by chance."""
    hit, missed, unjudged = [], [], []
    for point in judged.request.rubric:
        check = _rubric_check(point)
        if check is None:
            unjudged.append(point)
        else:
            (hit if check(judged) else missed).append(point)
    return tuple(hit), tuple(missed), tuple(unjudged)
