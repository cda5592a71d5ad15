"""The rule coach: the interview guide's rubric as deterministic checks on the transcript.

It runs offline in milliseconds, so it answers first on every answer and whenever the LLM
coach is missing, slow or wrong. The checks look for the guide's signals (a problem before
the technology, rigor words, a business number, a gap followed by a strength) and its
strategic mistakes, each with near-miss guards ("I don't have traditional ML experience, and
I've chosen to invest in ..." is honest framing, not an apology).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from voice_interviewer.coaching.grounding import split_sentences
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    CoachRequest,
    Feedback,
    FrameworkScore,
    Mistake,
    Rewrite,
)
from voice_interviewer.textnorm import edit_distance, normalise_words


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- signals -----------------------------------------------------------------------------
_PROBLEM = _rx(
    r"\b(problems?|issues?|pain|outages?|incidents?|broke|broken|failing|failed|failures?|"
    r"bottlenecks?|backlog|manual(ly)?|couldn'?t|could not|limits? of|ceiling|struggl\w*|"
    r"kept running into|ran into|too slow|complain\w*|misrout\w*|2 ?am|paged|tickets?|"
    r"requirements?|latency budget|what does a failure look like)\b"
)
_HYPE = _rx(
    r"\b(excit\w*|fascinat\w*|passion\w*|cool|hot|hype\w*|the future|amazing|revolution\w*|"
    r"love (ai|llms?|the tech\w*)|always wanted|dream)\b"
)
_TECH = _rx(
    r"\b(ai|llms?|gpt\S*|chatgpt|langchain|pinecone|llama ?index|rag|vector (db|database|store)|"
    r"embeddings?|transformers?|neural|machine learning|ml|deep learning)\b"
)
_CONCRETE = _rx(
    r"\b(at my (last |current |previous )?(job|company|work)|we had|our|customers?|users?|"
    r"support|team|\d+)\b"
)
RIGOR_KINDS: dict[str, re.Pattern[str]] = {
    "error handling": _rx(
        r"\b(error handling|handl\w* (the )?errors?|retr(y|ies|ied)|fallbacks?|fall back|backups?|"
        r"time ?outs?|graceful\w*|degrad\w*|circuit breakers?|guardrails?|validat\w*)\b"
    ),
    "testing": _rx(r"\b(test(s|ing|ed)?|regression|edge cases?|golden set|eval(uation)? set)\b"),
    "monitoring": _rx(
        r"\b(monitor\w*|observab\w*|alert\w*|dashboards?|tracing|traces|logging|logs|"
        r"langsmith|on-?call)\b"
    ),
    "deployment": _rx(
        r"\b(deploy\w*|rollbacks?|roll(ed)? (it )?back|canary|feature flags?|shadow mode|"
        r"a/?b test\w*|staged rollout|rollouts?|ci/?cd)\b"
    ),
    "evaluation metrics": _rx(
        r"\b(evaluat\w*|evals?|ragas|precision|recall|accuracy|f1|hallucination rate|"
        r"benchmark\w*|metrics?)\b"
    ),
    "latency": _rx(r"\b(latency|p9\d|p50|milliseconds?|sub-second|response times?)\b"),
    "cost": _rx(r"\b(costs?|cost-per-\w+|per query|budget|dollars?|cents|spend\w*)\b|\$"),
}
_BUSINESS = _rx(
    r"\b(customers?|users?|revenue|sales|conversion|churn|retention|support|tickets?|"
    r"sav(ed|ing|ings)|hours?|agents?|sla|uptime|orders|business|dollars?|costs?|money|"
    r"satisfaction|csat|nps|escalations?|resolution time|handle time|headcount|clients?)\b|\$"
)
_NUMBER = _rx(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|double[ds]?|"
    r"tripled|halved)\b"
)
_OUTCOME = _rx(
    r"\b(cut|reduc\w*|improv\w*|increas\w*|sav(ed|ing)|dropp\w*|went (down|up|from)|grew|fell|"
    r"fallen|rose|risen|halved|doubled|tripled|"
    r"raised|lowered|freed|faster|fewer|down to|up to|from \S+ to)\b"
)
_TECH_METRIC = _rx(r"\b(latency|accuracy|precision|recall|f1|ragas|milliseconds?|tokens?)\b")
_GAP = _rx(
    r"\b((i )?(don'?t|do not|didn'?t) have (any |much |a lot of |traditional |formal |deep |"
    r"real |hands-on |classic\w* )*(ml|machine learning|model training|research|phd|"
    r"data science|training|experience|background)|haven'?t (trained|built|done|worked)|"
    r"my weak(est|ness)|weakest|not (an|a) (expert|researcher)|can'?t derive|"
    r"i'?m not (positioning|strong|an expert)|i lack|gaps? in|limited experience|"
    r"never (trained|fine-tuned|built a model)|still learning|not my strength|less experience|"
    r"what i('?d| would) do differently|i('?d| would) do differently)\b"
)
_PIVOT = _rx(
    r"\b(what i bring|i bring|instead|i'?ve (chosen|decided|made a (deliberate )?choice)|"
    r"deliberate\w*|my strength|that'?s (exactly )?what i do|i build|i can (show|build|ship)|"
    r"on top of|where i'?m strong|what i do have|i focus(ed)? on|i'?ve been (building|investing|"
    r"working|learning)|i'?m (investing|covering|closing)|chosen to invest|next time i|"
    r"i('?d| would) (start|add|build|measure)|but i('?ve| have)? (built|shipped|run|ran|led))\b"
)
_APOLOGY = _rx(
    r"\b(sorry|unfortunately|i know i'?m not|i'?m afraid|not really qualified|embarrass\w*|"
    r"imposter|impostor|i feel (behind|like))\b"
)
_ML_GAP = _rx(
    r"\b(don'?t|do not|didn'?t|never) have (a |an |any |much |a lot of |traditional |formal |real |"
    r"deep |proper |classic\w* )*(ml|machine learning|ai|data science|research|phd|math)"
    r"( \w+)?( background| experience| degree)?\b|\bnot (a|an) (real |proper |actual )?"
    r"(ml|machine learning|ai) (person|engineer|expert)\b|\bno (ml|machine learning|ai) "
    r"(background|experience)\b"
)
_NEGATED = _rx(r"\b(not|n'?t|never|no)\b(\s+\S+){0,3}\s*$")

MISTAKE_PATTERNS: dict[str, re.Pattern[str]] = {
    "minimising-swe-experience": _rx(
        r"\b(i was|i'?m|i am|i'?ve been|as) (just|only|merely|simply|basically) (a |an )?"
        r"((backend|back-end|frontend|front-end|web|crud|software|full[- ]stack|java|python|"
        r"regular|plain|normal|boring) )*(engineer|developer|dev|programmer|coder)\b|"
        r"\bjust (wrote|built|did|doing) (crud|apis|web apps|backend stuff|boring)\b|"
        r"\bnothing (fancy|special|interesting)\b"
    ),
    "ai-is-hot": _rx(
        r"\bai is (so |really |super |just )?(hot|the future|hyped|everywhere|booming|trending|"
        r"the next big thing)\b|\b(everyone|everybody)('?s| is) (doing|moving (in)?to|getting "
        r"into|talking about|going into) (ai|it)\b|\bjump\w* on the (ai )?bandwagon\b|"
        r"\bthat'?s where the (money|jobs|growth) (is|are)\b|\bhot (field|area|topic|space)\b|"
        r"\bpays? (a lot )?(more|better)\b|\bbecause of (chatgpt|the hype)\b"
    ),
    "comparing-to-researchers": _rx(
        r"\b(i'?m|i am) not (as|nearly as|anywhere near as) (good|smart|strong|qualified|"
        r"knowledgeable|deep) as (a |an |the )?(ml |machine learning |ai )?(researchers?|phds?|"
        r"data scientists?)|\b(researchers?|phds?|data scientists?) (know|understand|are) "
        r"(way |much |far )?(more|better|smarter)|\bcan'?t compete with (the )?(ml |ai )?"
        r"(researchers?|phds?|data scientists?)|\bcompared (to|with) (a |an |the )?(real )?"
        r"(ml |machine learning |ai )?(researchers?|phds?|data scientists?)|\bunlike (a |an )?"
        r"(real )?(ml |ai )?(researchers?|phds?|data scientists?)"
    ),
    "overselling-ai": _rx(
        r"\b(i'?m|i am) (an? )?(expert|guru|master|ninja|specialist) (in|at|on|with) "
        r"(ai|ml|machine learning|llms?|deep learning|transformers|nlp)\b|\bi (know|understand) "
        r"(everything|all there is) about (ai|ml|llms?|transformers|machine learning)\b|"
        r"\bi'?ve mastered\b|\bi can (train|build) any (model|ai)\b|\bdeep expertise in "
        r"(ai|ml|machine learning|deep learning)\b"
    ),
}
TOOL = _rx(
    r"\b(langchain|llama ?index|pinecone|weaviate|chroma(db)?|faiss|milvus|qdrant|pgvector|"
    r"openai|gpt-?4\w*|claude|elasticsearch|opensearch|bedrock|vertex)\b"
)
_REQUIREMENT = _rx(
    r"\?|\b(requirements?|latency budget|how (many|much|often|fast)|what'?s the|what is the|"
    r"is the (corpus|data)|static or|acceptable|clarif\w*|before i (design|pick|choose)|"
    r"understand the|volume|sla)\b"
)
_SYSTEM_DESIGN = _rx(r"\bdesign\b")

# Words dropped from a sentence in a rewrite: they carry nothing the listener needs.
_FILLER = r"(um+|uh+|er+m?|ah+|hmm+|basically|literally|you know|i mean|like)"
_FILLER_BETWEEN_COMMAS = _rx(rf"(,\s*{_FILLER})+,(?=\s)|(,\s*{_FILLER})+(?=[.?!]|$)")
_FILLER_WORDS = _rx(r"\b(um+|uh+|er+m?|ah+|hmm+|basically|literally)\b,?\s*")
_STOPWORDS_TEXT = """
a an the and or but of to in on at for with from by as is are was were be been it its this that
these those not no than then into about over under their there what which who how when why your
you i we our they them he she his her has have had do does did can could would should will just
only also each every any some more most other such both where gives give shows show names name
states state says say
"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


@dataclass(frozen=True)
class _Sentence:
    text: str  # as said: what a quote shows
    index: int
    plain: str  # without fillers ("I was, um, just a" -> "I was just a"): what checks read


def _without_fillers(text: str) -> str:
    return _FILLER_WORDS.sub("", _FILLER_BETWEEN_COMMAS.sub("", text))


def _sentences(text: str) -> list[_Sentence]:
    return [_Sentence(s, i, _without_fillers(s)) for i, s in enumerate(split_sentences(text))]


def _first(pattern: re.Pattern[str], sentences: list[_Sentence]) -> _Sentence | None:
    return next((s for s in sentences if pattern.search(s.plain)), None)


def _quote(sentence: _Sentence) -> str:
    return f'"{_shorten(sentence.text).rstrip(".!?")}"'


def _shorten(text: str, words: int = 22) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " ..."


def _unnegated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match not preceded closely by a negation ("not because AI is hot")."""
    for match in pattern.finditer(text):
        if not _NEGATED.search(text[: match.start()]):
            return match
    return None


# --- framework points ----------------------------------------------------------------------
def score_production_problem(sentences: list[_Sentence]) -> FrameworkScore:
    problem = _first(_PROBLEM, sentences)
    hype = _first(_HYPE, sentences)
    tech = _first(_TECH, sentences)
    if problem is None:
        if hype is not None:
            return FrameworkScore(1, f"It opens on excitement, not a problem: {_quote(hype)}.")
        return FrameworkScore(2, "No concrete production problem is named.")
    if hype is not None and hype.index < problem.index:
        return FrameworkScore(
            2, f"Excitement comes before the problem: {_quote(hype)}; lead with the problem."
        )
    early = problem.index <= 1 or tech is None or problem.index <= tech.index
    if not early:
        return FrameworkScore(3, f"The problem comes late, after the tech: {_quote(problem)}.")
    if _CONCRETE.search(problem.plain):
        return FrameworkScore(5, f"It opens on a concrete problem: {_quote(problem)}.")
    return FrameworkScore(4, f"It names the problem early, if generally: {_quote(problem)}.")


def rigor_kinds(text: str) -> list[str]:
    return [kind for kind, pattern in RIGOR_KINDS.items() if pattern.search(text)]


def score_engineering_rigor(text: str) -> FrameworkScore:
    kinds = rigor_kinds(text)
    score = (1, 2, 3, 4, 4, 5, 5, 5)[len(kinds)]
    if not kinds:
        return FrameworkScore(
            1, "No error handling, testing, monitoring, rollback, evaluation, latency or cost."
        )
    missing = [k for k in ("error handling", "testing", "monitoring") if k not in kinds]
    evidence = f"Mentions {', '.join(kinds)}"
    evidence += f"; nothing on {', '.join(missing)}." if missing else "."
    return FrameworkScore(score, evidence)


def score_business_impact(sentences: list[_Sentence]) -> FrameworkScore:
    best: tuple[int, _Sentence] | None = None
    for sentence in sentences:
        business = _BUSINESS.search(sentence.plain)
        number = _NUMBER.search(sentence.plain)
        outcome = _OUTCOME.search(sentence.plain)
        if business and number and outcome:
            score = 5
        elif business and number:
            score = 4
        elif business and outcome:
            score = 3
        elif number and _TECH_METRIC.search(sentence.plain):
            score = 2
        else:
            continue
        if best is None or score > best[0]:
            best = (score, sentence)
    if best is None:
        return FrameworkScore(1, "No business outcome: nothing on users, money or time saved.")
    score, sentence = best
    evidence = {
        5: "A business result with a number",
        4: "A business figure, though not clearly an outcome",
        3: "A business outcome, but without a number",
        2: "Only a technical metric, no business outcome",
    }[score]
    return FrameworkScore(score, f"{evidence}: {_quote(sentence)}.")


def _pivot_after(sentences: list[_Sentence], gap: _Sentence, gap_end: int) -> _Sentence | None:
    """The sentence that turns a named gap into a strength (the same or the next two)."""
    if _PIVOT.search(gap.plain[gap_end:]):
        return gap
    return next(
        (s for s in sentences[gap.index + 1 : gap.index + 3] if _PIVOT.search(s.plain)), None
    )


def score_honest_gaps(sentences: list[_Sentence]) -> FrameworkScore:
    apology = _first(_APOLOGY, sentences)
    for sentence in sentences:
        match = _GAP.search(sentence.plain)
        if match is None:
            continue
        pivot = _pivot_after(sentences, sentence, match.end())
        if pivot is not None and apology is None:
            score = 5 if pivot.index <= sentence.index + 1 else 4
            return FrameworkScore(
                score, f"Names a gap ({_quote(sentence)}) and turns to a strength."
            )
        if apology is not None:
            return FrameworkScore(1, f"The gap comes as an apology: {_quote(apology)}.")
        return FrameworkScore(
            2, f"Names a gap but stops there: {_quote(sentence)}; say what you bring instead."
        )
    if apology is not None:
        return FrameworkScore(1, f"Apologetic: {_quote(apology)}.")
    return FrameworkScore(2, "Names no gap; an honest limit followed by a strength is credible.")


# --- strategic mistakes ------------------------------------------------------------------
def is_system_design(request: CoachRequest) -> bool:
    """Whether naming tools before requirements is a mistake here (the guide's script 3)."""
    if request.category:
        return request.category == "system-design"
    return bool(request.question and _SYSTEM_DESIGN.search(request.question))


def find_mistakes(request: CoachRequest, sentences: list[_Sentence]) -> list[Mistake]:
    found: list[Mistake] = []
    for sentence in sentences:
        gap = _ML_GAP.search(sentence.plain)
        if gap and not _unnegated_pivot(sentences, sentence, gap.end()):
            found.append(Mistake("apologising-for-background", sentence.text))
            break
    for kind, pattern in MISTAKE_PATTERNS.items():
        for sentence in sentences:
            if _unnegated(pattern, sentence.plain):
                found.append(Mistake(kind, sentence.text))
                break
    if is_system_design(request):
        tool = _first(TOOL, sentences)
        requirement = _first(_REQUIREMENT, sentences)
        if tool is not None and (requirement is None or tool.index < requirement.index):
            found.append(Mistake("tools-before-requirements", tool.text))
    return found


def _unnegated_pivot(sentences: list[_Sentence], gap: _Sentence, gap_end: int) -> bool:
    return _pivot_after(sentences, gap, gap_end) is not None and not _APOLOGY.search(gap.plain)


# --- the question's own rubric ---------------------------------------------------------------
# Words in rubric points and the ways a speaker says them.
_CONCEPTS: dict[str, str] = {
    "latency": r"latency|sub-second|milliseconds?|response time|fast|slow",
    "cost": r"costs?|per query|budget|dollars?|cents|spend\w*|cheap\w*|expensive",
    "hallucination": r"hallucinat\w*|made up|make things up|wrong answers?|grounded",
    "corpus": r"corpus|documents?|static|updat\w*|fresh\w*|changes?",
    "failure": r"fail\w*|degrad\w*|fallbacks?|fall back|i don'?t know|errors?|goes down",
    "evaluation": r"evaluat\w*|evals?|metrics?|ragas|measur\w*|scores?",
    "metric": r"\d|percent|metrics?",
    "monitoring": r"monitor\w*|observab\w*|alert\w*|dashboards?|langsmith|tracing|logs",
    "observability": r"monitor\w*|observab\w*|alert\w*|dashboards?|langsmith|tracing|logs",
    "retrieval": r"retriev\w*|search|vector|rerank\w*|hybrid|bm25",
    "chunking": r"chunk\w*|split\w*|ingest\w*",
    "ingestion": r"chunk\w*|ingest\w*|pipeline",
    "generation": r"generat\w*|model|prompt\w*|context window",
    "clarifying": r"\?|clarif\w*|requirements?|before i design",
    "requirements": r"\?|clarif\w*|requirements?|before i design",
    "weakness": r"weak\w*|gap|don'?t have|can'?t|not (strong|an expert)",
    "tradeoff": r"trade-?off|chose|choice|deliberate\w*|instead",
    "example": r"for example|for instance|like|such as|tickets?|documents?|search",
    "specific": r"\d|for example|at my|we had|tickets?|documents?",
    "concrete": r"\d|for example|at my|we had|tickets?|documents?",
    "production": r"production|prod|shipp?\w*|live|real users|customers?",
    "reflection": r"differently|next time|lesson|learn\w*|mistake|would have",
    "honest": r"honest\w*|differently|don'?t have|weak\w*|gap|mistake",
    "github": r"github|repo\w*|readme|open source",
}
_NEGATION_TAIL = _rx(r"[,;]?\s*\b(not|no|rather than|instead of|without)\b.*$")


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content_words(point: str) -> list[str]:
    positive = _NEGATION_TAIL.sub("", point)
    words = re.findall(r"[a-z][a-z'-]+", positive.lower())
    return [w for w in words if w not in _STOPWORDS and len(w) > 2]


def words_in_common(text: str, other: str) -> set[str]:
    """The content words of text (stemmed, 4 letters or more) that other says too."""
    said = {_stem(w) for w in re.findall(r"[a-z][a-z'-]+", other.lower())}
    return {_stem(w) for w in _content_words(text) if len(w) >= 4} & said


def rubric_point_hit(point: str, text: str) -> bool:
    """True when most of the point's content words (or the ways they are said) occur."""
    words = _content_words(point)
    if not words:
        return False
    spoken = {_stem(w) for w in re.findall(r"[a-z][a-z'-]+", text.lower())}
    found = 0
    for word in words:
        concept = _CONCEPTS.get(word) or _CONCEPTS.get(_stem(word))
        if _stem(word) in spoken or (concept and re.search(concept, text, re.IGNORECASE)):
            found += 1
    return found * 2 >= len(words)


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


def _rewrite(kind: str, sentence: str) -> str:
    cleaned = clean_sentence(sentence).rstrip(".!?")
    advice = _REWRITE_ADVICE[kind]
    if kind in ("ai-is-hot", "tools-before-requirements", "minimising-swe-experience"):
        return advice[:1].upper() + advice[1:] + ("" if advice.endswith("?") else ".")
    return f"{cleaned}, {advice}."


# A rewrite that changes fewer words than this (fillers dropped, a comma moved) only tidies
# the sentence: the delivery analysis already reports fillers, so it is not shown.
MIN_CHANGED_WORDS = 3


def changes_framing(original: str, rewrite: str) -> bool:
    """True when rewrite says the sentence differently, not just more cleanly."""
    changed = edit_distance(normalise_words(original), normalise_words(rewrite))
    return changed >= MIN_CHANGED_WORDS


def make_rewrites(mistakes: list[Mistake]) -> list[Rewrite]:
    """A rewrite for each of the first three strategic mistakes; none where the answer made
    none (no good rewrite exists then: saying nothing beats tidying a sentence)."""
    rewrites = [Rewrite(m.quote, _rewrite(m.kind, m.quote)) for m in mistakes[:3]]
    return [r for r in rewrites if changes_framing(r.original, r.rewrite)]


_FOLLOW_UPS = {
    "production_problem": "What specific problem were you trying to solve, and what had you "
    "tried before AI?",
    "engineering_rigor": "Say it starts returning garbage at 2 AM: how would you know, and what "
    "would you do?",
    "business_impact": "What changed for the business or the users, and how did you measure it?",
    "honest_gaps": "What is a real gap in your experience for this role, and how are you "
    "covering it?",
}


def follow_up_for(framework: dict[str, FrameworkScore]) -> str:
    weakest = min(FRAMEWORK_POINTS, key=lambda name: framework[name].score)
    return _FOLLOW_UPS[weakest]


# --- the coach --------------------------------------------------------------------------------
def _rubric(points: Iterable[str], text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    hit, missed = [], []
    for point in points:
        (hit if rubric_point_hit(point, text) else missed).append(point)
    return tuple(hit), tuple(missed)


def rule_feedback(request: CoachRequest, fallback_reason: str | None = None) -> Feedback:
    """The rule coach's feedback on one answer (deterministic, offline)."""
    sentences = _sentences(request.transcript)
    text = request.transcript
    framework = {
        "production_problem": score_production_problem(sentences),
        "engineering_rigor": score_engineering_rigor(text),
        "business_impact": score_business_impact(sentences),
        "honest_gaps": score_honest_gaps(sentences),
    }
    mistakes = find_mistakes(request, sentences)
    hit, missed = _rubric(request.rubric, text)
    return Feedback(
        coach="rules",
        framework=framework,
        rubric_hit=hit,
        rubric_missed=missed,
        mistakes=tuple(mistakes),
        rewrites=tuple(make_rewrites(mistakes)),
        follow_up=follow_up_for(framework),
        fallback_reason=fallback_reason,
    )
