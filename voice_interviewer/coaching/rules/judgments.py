"""The rule coach's judgments: the framework points of the guide's answer framework and its
strategic mistakes, each with near-miss guards."""

from __future__ import annotations

import re

from voice_interviewer.analysis.tokens import STOPWORDS
from voice_interviewer.coaching.rules.signals import (
    _AFTER_STATE,
    _AMOUNT,
    _BACKGROUND_SHORT,
    _BUSINESS,
    _CHANGE_OF_COUNT,
    _CLAIMED_STRENGTH,
    _COMPARISON,
    _COMPARISON_BACK,
    _CONCRETE,
    _CONSEQUENCE_STRENGTH,
    _CONTRAST_STRENGTH,
    _DISAVOWAL,
    _DISMISSES,
    _EFFORT,
    _GAP,
    _GAP_DENIED,
    _HYPE,
    _INCIDENT,
    _JUDGED_BY,
    _ML_GAP,
    _MODEL_GAP,
    _NO_ANSWER,
    _NO_WEAKNESS,
    _NOT_A_PROBLEM_BEFORE,
    _NOT_COMPETING,
    _NOT_MET,
    _NUMBER,
    _OUTCOME,
    _PACE,
    _PEOPLE_AT_WORK,
    _PIVOT,
    _PROBLEM,
    _REAL_REASON,
    _REGRET,
    _REGRET_ALONE,
    _REGRET_POINTING_BACK,
    _REPAIR,
    _REQUIREMENT,
    _RESEARCHERS,
    _SELF_DOUBT,
    _SIZE,
    _SOMEONE_DID,
    _SPEAKER,
    _TAKEN_BACK_SELF,
    _TECH,
    _TECH_METRIC,
    _WORK_SETTING,
    _WOULD_DO,
    MISTAKE_PATTERNS,
    RIGOR_KINDS,
    TOOL,
    Words,
    _clauses,
    _first,
    _negated,
    _quote,
    _rx,
    _Sentence,
    _unnegated,
    scenario_of,
)
from voice_interviewer.coaching.schema import (
    CoachRequest,
    FrameworkScore,
    Mistake,
)


# --- framework points ----------------------------------------------------------------------
def _first_owned(
    pattern: Words, sentences: list[_Sentence], unless: Words | None = None
) -> _Sentence | None:
    """The first sentence saying pattern, not negated ("Not because it's hot."), other than
    those saying unless, that the speaker does not reject as others' view ("people switch
    because AI is hot, and that's a bad reason" is neither hype nor tech) nor deny in the next
    sentence ("It isn't, really.")."""
    return next(
        (
            s
            for s in sentences
            if _unnegated(pattern, s.plain)
            and not (unless and unless.search(s.plain))
            and not _DISAVOWAL.search(s.plain)
            and not _denies(_around(sentences, s)[1])
        ),
        None,
    )


def _denies(after: _Sentence | None) -> bool:
    """Whether after, the sentence following a claim, opens on a bare denial of it ("It
    isn't, really.", "It isn't, if anything the hype put me off.")."""
    return after is not None and _BARE_DENIAL.search(" ".join(after.clauses[:1])) is not None


# An exercise's problem is no problem of the work: "I did the Kaggle course, and the problem was
# the Titanic", "a LangChain tutorial, so the problem there was answering questions".
_EXERCISE_BEFORE = _rx(
    r"\b(tutorials?|kaggle|courses?|hackathons?|bootcamps?|homework)\b(\W+[\w'-]+){0,12}\W*$"
)


def _names_problem(text: str) -> bool:
    """Whether text names a problem of the work, not the speaker's limit or position, a
    safeguard, an exercise's or a record of problems already solved ("so agents can find how a
    similar issue was solved")."""
    return any(
        not _NOT_A_PROBLEM_BEFORE.search(text[: match.start()])
        and not _EXERCISE_BEFORE.search(text[: match.start()])
        and not _SOLVED_BEFORE.search(text[: match.start()])
        and not _NOT_A_PROBLEM_AFTER.search(text[match.end() :])
        and not (
            _PROBLEM_NOUN.fullmatch(match.group(0)) and _FIELD_AFTER.search(text[match.end() :])
        )
        for match in _PROBLEM.finditer(text)
    )


# A problem noun naming a field, not a problem: "the issue date", "the incident number", "the
# issue tracker" ("the assistant started making up dates" is a problem).
_PROBLEM_NOUN = _rx(r"(issue|problem|incident|bug|error|ticket)s?")
_FIELD_AFTER = _rx(r"^\s+(date|dates|number|numbers|tracker)\b")


# A problem as a record of the work: "past incidents", "a similar issue was solved before".
_SOLVED_BEFORE = _rx(r"\b(similar|past|previous|old|earlier|resolved|solved|closed)\s+$")
# After a problem word, what makes it no problem of the work: it was solved ("a similar issue
# was solved"), it is about the speaker ("that's probably a problem for you"), it is an
# opening nobody met yet ("a huge problem just waiting to be solved"), or the design
# already handles it ("failed rebuilds page whoever's on call", "failures go to a manual
# queue"), or it went down, an outcome ("complaints to councillors dropped by a third"; "the
# bug dropped messages" is a problem).
_NOT_A_PROBLEM_AFTER = _rx(
    r"^\s+((was|were|had been|got|gets|get)\s+(solved|resolved|fixed|closed)\b|"
    r"([\w'-]+\s+){0,4}((dropped|fell|went down|came down|halved)"
    r"(\s+(by|from|to|about|around|nearly|almost|off|sharply|right off)\b|\s*[,.;]|\s*$)|"
    r"(is|are|was|were) down by)|"
    r"(for|to) (you|me|(this|the|your) (job|role|position))\b|"
    # the speaker's own limit with the subject left out: "Couldn't derive backprop on a whiteboard"
    r"(really )?(derive|explain|prove|follow the maths)\b|"
    r"(just )?waiting to be (solved|fixed|tackled)\b|"
    # nobody but the speaker has it: "I was drowning in it, there's no users, it's just me"
    r"[^.]{0,30}\bthere'?s no (real )?(users?|customers?)\b(?!\s+(happier|more|better|who|that))|"
    r"([\w-]+\s+)?(page|pages|alert|alerts|trigger|triggers|go to|goes to|go back|goes back|"
    r"fall back|falls back|get retried|are retried|is retried|get flagged|are flagged)\b)"
)


def _said(sentences: list[_Sentence]) -> list[_Sentence]:
    """The sentences that say something: an opening "Sure." or "Right, um, so, claims
    handlers." only takes the floor, and does not push what follows out of the opening."""
    return [s for s in sentences if s.asks or len(_content_words_of(s.plain)) >= 3]


_WORD = _rx(r"[a-z0-9][\w'-]*")
_DISCOURSE = frozenset({"right", "okay", "ok", "well", "sure", "yeah", "yes", "alright", "now"})


def _content_words_of(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w not in STOPWORDS and w not in _DISCOURSE]


def _opening(sentences: list[_Sentence]) -> list[_Sentence]:
    """The first two sentences that say something."""
    return _said(sentences)[:2]


def _met_problem(sentence: _Sentence, sentences: list[_Sentence]) -> bool:
    """Whether sentence tells a problem the speaker met at work, as something that happened;
    the work may be named in the sentence before ("This comes from the cattle mart, where I
    work. A buyer bought a heifer the catalogue said was tested, it wasn't.")."""
    text = sentence.plain
    before = sentences[sentence.index - 1].plain if sentence.index else ""
    after = sentences[sentence.index + 1].plain if sentence.index + 1 < len(sentences) else ""
    return bool(
        not sentence.asks
        and (_WORK_SETTING.search(text) or _SETTING_TOLD.search(before))
        and _SOMEONE_DID.search(text)
        and not _NOT_MET.search(text)
        and (_names_problem(text) or _INCIDENT.search(text) or _BARE_DENIAL_OF.search(after))
    )


# What a system told people, denied by the next sentence on its own: "our quoting assistant
# told customers plasterboard could go in a general skip. It can't."
_BARE_DENIAL_OF = _rx(
    r"^\W*(it|that|they|he|she|this) (can'?t|cannot|wasn'?t|isn'?t|weren'?t|aren'?t|doesn'?t|"
    r"didn'?t|won'?t|couldn'?t|wouldn'?t|(did|does|was|were|is|are|could|would|can) not)\W*$"
)


# A sentence that names where the story after it happened: "I'm asking because of what we had
# at the opticians chain", "This comes from the cattle mart, where I work" ("in the pipeline"
# names no workplace).
_SETTING_TOLD = _rx(
    r"\b(where i (work|worked)|(at|in) (my|our) (last |old |previous |current )?[\w-]+|because of "
    r"(what|something)|(this|that|it) comes? from (the|my|our)|reason i (ask|care)|why i (ask|"
    r"care))\b"
)


# A sentence naming the one before it as the problem: "That's the problem I'd design for."
_POINTS_BACK = _rx(r"^\W*(that'?s|that is|this is) (the|my|our) (real |actual )?problem\b")


def _pointed_back_to(sentences: list[_Sentence]) -> _Sentence | None:
    """The sentence about the speaker's work that the next one names as the problem ("I work at
    a broker, and our handlers ring the underwriters and wait a day. That's the problem.")."""
    return next(
        (
            sentences[s.index - 1]
            for s in sentences
            if s.index > 0
            and _POINTS_BACK.search(s.plain)
            and _WORK_SETTING.search(sentences[s.index - 1].plain)
        ),
        None,
    )


def _design_problem(sentences: list[_Sentence]) -> FrameworkScore:
    """A design is problem-driven when a problem the speaker met in production drives it,
    wherever it is told; clarifying questions alone are the requirements, not a problem."""
    met = next((s for s in sentences if _met_problem(s, sentences)), None) or _pointed_back_to(
        sentences
    )
    if met is not None:
        return FrameworkScore(5, f"A problem met in production drives the design: {_quote(met)}.")
    if any(s.asks for s in _opening(sentences)):
        return FrameworkScore(
            2,
            "It opens on the requirements, but no problem you met in production drives the "
            "design; one you saw go wrong makes the stakes real.",
        )
    return FrameworkScore(2, "No problem you met in production drives the design.")


def score_production_problem(request: CoachRequest, sentences: list[_Sentence]) -> FrameworkScore:
    if is_system_design(request):
        tool = _tools_first(sentences)
        if tool is not None:
            return FrameworkScore(2, f"Tools come before the requirements: {_quote(tool)}.")
        return _design_problem(sentences)
    unasked = next((s for s in sentences if _NOBODY_ASKED.search(s.plain)), None)
    if unasked is not None:
        return FrameworkScore(
            2, f"Nobody had the problem: {_quote(unasked)}; lead with one that someone has."
        )
    problem = next(
        (s for s in sentences if _names_problem(s.plain) and not _disowned(s, sentences)), None
    )
    hype = _first_owned(_HYPE, sentences)
    # the tech named in a gap ("I wouldn't call myself an ML expert") is no excitement about it
    tech = _first_owned(_TECH, sentences, unless=_GAP)
    if problem is None:
        if hype is not None:
            return FrameworkScore(1, f"It opens on excitement, not a problem: {_quote(hype)}.")
        return FrameworkScore(2, "No concrete production problem is named.")
    if hype is not None and hype.index < problem.index:
        return FrameworkScore(
            2, f"Excitement comes before the problem: {_quote(hype)}; lead with the problem."
        )
    looked_for = _use_looked_for(sentences)
    if looked_for is not None and looked_for.index <= problem.index:
        return FrameworkScore(
            2, f"The problem was looked for after the tools: {_quote(looked_for)}; lead with it."
        )
    opening = _opening(sentences)
    # Asked about their ML experience, a person names the tech first, as asked: the problem
    # the project met is early enough in the first half of the answer.
    asked_for_tech = (
        scenario_of(request) in ("ml-experience", "biggest-weakness")
        and problem.index <= len(sentences) / 2
    )
    early = (
        asked_for_tech
        or problem.index <= max(1, opening[-1].index if opening else 1)
        or tech is None
        or problem.index <= tech.index
    )
    if not early:
        return FrameworkScore(
            2, f"The problem comes late, after the tech: {_quote(problem)}; lead with it."
        )
    if _CONCRETE.search(problem.plain):
        return FrameworkScore(5, f"It opens on a concrete problem: {_quote(problem)}.")
    return FrameworkScore(4, f"It names the problem early, if generally: {_quote(problem)}.")


# A project the speaker says nobody needed: its troubles are the speaker's, not a production
# problem's ("nobody asked for it, I just wanted to learn the stack"; in every labelled set).
_NOBODY_ASKED = _rx(
    r"\b(nobody|no one|no-one)( really| ever)? asked for (it|this|that|one)\b|"
    # another's problem told, then disowned: "at the driving school we don't really have this
    # problem" ("we don't have this problem any more" is an outcome)
    r"\b(we|i) (don'?t|do not) (really |actually )?have (this|that|that kind of|the same|such a) "
    r"problem\b(?! (any ?more|now|since|these days))"
)


def _disowned(problem: _Sentence, sentences: list[_Sentence]) -> bool:
    """Whether the speaker gives the problem away in its sentence or the next ("but actually
    that was the hospitality team's project", "I only heard about it"), or tells someone
    else's (a friend's, a conference speaker's)."""
    following = sentences[problem.index + 1 : problem.index + 2]
    return _SOMEONE_ELSES_STORY.search(problem.plain) is not None or any(
        _PROBLEM_DISOWNED.search(s.plain) for s in [problem, *following]
    )


_PROBLEM_DISOWNED = _rx(
    r"\b(that|it|this) was (the|another|their) ([\w-]+ ){0,2}(team|department|group)'s "
    r"([\w-]+ )?(project|client|product|system|tool|work|doing)\b|"
    r"\b(that|it|this) was the ([\w-]+ ){1,2}side\b|"
    r"\b(it'?s|that'?s|it is|that is) not my (team|project|client)\b|"
    r"\bi (wasn'?t|was not|was never) involved\b|\bi only heard about it\b|"
    r"\b(is|are|was) theirs\b|"
    # taken back at once: "It started with a real problem at work, well, no, wait, actually it
    # didn't"
    r"\bno,? wait,? (actually,? )?(it|that|this) (didn'?t|wasn'?t|isn'?t)\b"
)
_SOMEONE_ELSES_STORY = _rx(
    r"^(\W*[\w']+\W+){0,2}?(my|a) (friend|cousin|brother|sister|neighbou?r|mate|uncle|aunt|wife|"
    r"husband)( of mine)?,?( (he|she))? (works|worked|is|was|at|told|said)\b|"
    # "The main thing I built came from a friend of mine, she's a vet, ... and she was telling
    # me over dinner how they lose so much time"
    r"\b(my|a) (friend|cousin|brother|sister|neighbou?r|mate|uncle|aunt|wife|husband)( of mine)?"
    r"\b[^.]{0,80}\b(he|she|they) (was|were) (telling|saying)\b|"
    # "Someone from a bank described how their chatbot made up an interest rate"
    r"\b(someone|somebody|a (guy|woman|man|speaker)) from (a|an|another) [\w-]+ (described|told|"
    r"said|talked|explained|showed)\b"
)


def _practices(text: str) -> set[str]:
    """The distinct practices text names, over every kind ("schema validation, retries and a
    human review queue" is three practices of one kind)."""
    spans = sorted(
        (match.start(), match.end())
        for pattern in RIGOR_KINDS.values()
        for match in pattern.finditer(text)
        if not _negated(text[: match.start()])
    )
    practices: set[str] = set()
    end = -2
    for start, stop in spans:
        if start > end + 1:  # "schema validation" is one practice, not two
            practices.add(text[start:stop].lower()[:5])
        end = max(end, stop)
    return practices


def rigor_kinds(text: str) -> list[str]:
    """The kinds of rigor text says it practises ("I'm not sure how I'd evaluate it" is none)."""
    return [kind for kind, pattern in RIGOR_KINDS.items() if _unnegated(pattern, text)]


# Rigor only wished for, in an answer about work done: "we should add monitoring", "I'd like to
# test it more", "alerting is on the list" (a design answer's rigor is all to come, and counts).
_WISHED = _rx(
    r"\b(i|we)('d| would) (like|love) to\b|\b(i|we)('m| am|'re| are)? (want(ed)?|plan(ned|ning)?|"
    r"hope|need) to (add|"
    r"build|put|set up|write|get|do|start|try|introduce|improve)\b|\b(i|we) should(n'?t)?\b|"
    r"\b(haven'?t|have not|has not|hasn'?t|(don'?t|do not|doesn'?t|does not) (have|do))( \w+){0,3} "
    r"yet\b|"
    # planned for later: "that is planned for next quarter", "next month we are setting up the
    # test set", "we will be doing the proper evaluation set"
    r"\b(is|are|it'?s|that'?s) planned\b|\bplanned for (next|the)\b|\bnext (week|month|quarter|"
    r"year|sprint)\b|\b(i|we)( will|'ll) be (doing|adding|setting up|building)\b|"
    r"\bnot (there |in place |built |done |set up )?yet\b|"
    r"\bnever got (round|around) to\b|\bon (the|my|our) (list|roadmap|to-?do)\b|"
    # to be brought to it: "when we make it bigger I will put the same thinking there, rate
    # limits, a queue, a fallback page"
    r"\b(i|we)( will|'ll) (put|add|bring|apply|set up|build in)\b|"
    # owned up to as slight: "testing was pretty light, honestly"
    r"\b(testing|tests|evaluation|evals?|monitoring|checks)( \w+)? (was|were|is|are|has been) "
    r"(pretty |very |quite |really |a bit |fairly |rather )?(light|thin|minimal|patchy|"
    r"non-?existent|an afterthought)\b"
)
# Rigor another team did: "the evaluation and monitoring, all of that was built by the data
# science team", "the testing, the QA team did all that", "they handled all the monitoring, I
# was not part of that" (the speaker's own team, "our team built it", is theirs to claim).
_ANOTHER_TEAMS = _rx(
    r"\b(by|was|were) (the|our|their|a|an) ([\w-]+ ){1,2}(team|people|folks|guys|department|"
    r"squad|group|vendor|contractors?)\b|"
    r"\b(by|was|were) (another|a different|a separate|some other) (team|group|department)\b|"
    r"\b(the|our|their) ([\w-]+ ){1,2}(team|people|folks|guys|department|squad|vendor|supplier|"
    r"contractors?) (did (all|it|that|the)|handled|handles|built|owns|owned|ran|runs|set up|"
    r"looked after|took care of|tested|validated|evaluated|signed (it|that) off)\b|"
    r"\bthey (handled|did|owned|built|ran|set up|took care of|looked after) (all|the|that)\b|"
    # "the evaluation is done by the vendor's consultants", "IT ops does the monitoring side",
    # "they do all the testing on their side"
    r"\bby the (vendor|supplier|provider)'?s?\b|\b(ops|operations|it) (does|did|handles|handled|"
    r"runs|ran) the\b|\bthey do (all )?the (testing|evaluation|monitoring|evals?)\b|\bon their "
    r"side\b"
)


# Rigor waved away, in any answer: "I wouldn't spend much on fallbacks or evaluation", "cost I
# haven't really thought about".
_DISMISSED = _rx(
    r"\b(wouldn'?t|won'?t|don'?t|didn'?t|not) (really )?(spend|bother|worry|invest|waste)\w*"
    r"( \w+){0,3} (on|with|about)\b|"
    r"\b(haven'?t|hadn'?t|didn'?t|don'?t) (really |even )?(thought|think|worried|looked)( much)? "
    r"(about|into|through)\b|"
    # left to the vendor's tools: "we relied on Azure's content safety filters", "evaluation and
    # guardrails, that's all handled by the vendor", "the dashboard they give you, so that part
    # was handled"
    r"\b(relied|rely|lean|leaned|leant|depended|depend) on (the )?([\w-]+'s |their |the "
    r"vendor'?s? )?((built-in|content|safety|vendor) )*(evaluation|moderation|filters?|guardrails?|"
    r"dashboard)\b|"
    r"\b(handled|covered|taken care of) by the (vendor|platform|provider)\b|"
    r"\b(used|use|using) the vendor'?s? ((built-in|content|safety) )*(evaluation|moderation|"
    r"filters?|guardrails?|dashboard)\b|"
    r"\bthat (part|side)('s| is| was) (handled|covered)\b|"
    # a vendor's own figures: "the vendor platform we use, they have a dashboard, they say it is
    # ninety-five percent accurate"
    r"\bthey (have|has|give you|gives you|provide|show you) (a |their |an? [\w-]+ )?dashboard\b|"
    # left to a vendor: "their quality lot would sort that side", "if it falls over, that's on
    # them"
    r"\b(that'?s|that is|it'?s|it is) on them\b|\btheir ([\w-]+ )?(lot|team|people|folks) (would|"
    r"will|'d|'ll) (sort|handle|deal with|take care of) (that|it|this)\b|"
    # "the vendor handles the evaluation and the monitoring", "LangSmith gives you all of that
    # out of the box"
    r"\bthe (vendors?|suppliers?|platform|provider) (handles?|handled|does|did|runs?|ran|owns?|"
    r"looks after|takes care of)\b|\bout of the box\b|"
    # put off until it is live, even in a design: "monitoring we will set up later once it is
    # live", "evaluation we'd sort out once it's live", "fallbacks we'd add as we learn"
    r"\b(set up|sort out|add|figure out|deal with|look at|think about|monitor)\b[^.]{0,60}?\b("
    r"later( on)?|once it'?s (live|running)|once it is (live|running)|as we (go|learn)|down the "
    r"line|after (launch|go-live))\b|"
    # rigor words listed as a creed, not done: "Observability, testing, CI/CD, guardrails, evals,
    # all of that", "the whole modern stack, RAG, agents, guardrails, evals"
    r"(, [\w/-]+( [\w/-]+)?){3,},? (all of (that|it)|the lot|that sort of thing|and so on|etc)\b|"
    r"\bthe whole (modern )?stack\b|\bbest practices\b|\breading up on\b|"
    # a belief, not a practice: "I believe in tests, monitoring, rollback plans", "the boring
    # stuff, that's basically my religion"
    r"\b(i|we) (really |truly |strongly |firmly )?believe in\b|\bmy (religion|mantra|motto)\b|"
    # "that's my whole philosophy", "for me it is a religion", "evaluation is everything for
    # me", "if you can't measure it you shouldn't ship it"
    r"\bmy (whole |entire )?(philosophy|credo|creed)\b|\b(is|'s) (a|my) religion\b|"
    r"\b(is|are) everything (to|for) me\b|\bif you (can'?t|cannot|don'?t|do not) measure it\b|"
    # rigor claimed as a skill or said to be needed, not done: "I'm strong on the other side,
    # evals, monitoring, guardrails", "you need all the usual stuff, evals, monitoring"
    r"\b(i'?m|i am) (very |really |pretty )?(strong|good|comfortable) (on|at|with) (the other "
    r"side|all (of )?(that|those))\b|\ball the usual (stuff|things|bits)\b|"
    # testing with nothing to test against, and a cost left to look up: "we would test it, make
    # sure it works well before launch", "we'd check it works before launch, see how it goes",
    # "Cost, I'd have to look up the pricing"
    r"\b(we|i)('d| would| will|'ll) (\w+ )?(test|check|try|monitor) (it|that|this)( and (test|"
    r"check|monitor) (it|that|this))?( out)?( works?)?,? ((and )?(make sure|see (how|if|that|"
    r"whether)) it('s| is)? (works|goes|good|fine|ok(ay)?)\b|before (launch|go-live|it goes "
    r"live)\W*$)|\bsee how it goes\b|"
    r"\b(have|need) to look up (the )?(pricing|prices?|costs?)\b"
)


def _rigor_said(sentences: list[_Sentence], design: bool) -> str:
    """The clauses that can show rigor: not questions ("what's the latency budget?" asks) nor
    rigor waved away (_DISMISSED); in an answer about work done, also not rigor only wished for
    (_WISHED) nor another team's (_ANOTHER_TEAMS)."""
    clauses = (c for s in sentences if not s.asks for c in s.clauses)
    return " ".join(
        c
        for c in clauses
        if not _DISMISSED.search(c)
        and (design or not (_WISHED.search(c) or _ANOTHER_TEAMS.search(c)))
    )


def score_engineering_rigor(sentences: list[_Sentence], design: bool = True) -> FrameworkScore:
    statements = _rigor_said(sentences, design)
    kinds = rigor_kinds(statements)
    score = (1, 2, 3, 4, 4, 5, 5, 5)[len(kinds)]
    if len(kinds) == 1 and len(_practices(statements)) >= 3:
        score = 3  # one kind of rigor, practised three ways
    if len(kinds) == 1 and _STANDING_CHECK.search(statements):
        score = 3  # one kind, a set of a given size run again at every change
    if not kinds:
        return FrameworkScore(
            1, "No error handling, testing, monitoring, rollback, evaluation, latency or cost."
        )
    missing = [k for k in ("error handling", "testing", "monitoring") if k not in kinds]
    evidence = f"Mentions {', '.join(kinds)}"
    evidence += f"; nothing on {', '.join(missing)}." if missing else "."
    return FrameworkScore(score, evidence)


# One kind of rigor a writer counts on its own: a set of a stated size, run again at every change
# ("a test set of three hundred real questions that runs every release", "I replay the five
# hundred claims before each change") or run again every month ("two days every month", a
# problem's cost, and "three thousand reports every month", a volume, are neither).
_STANDING_CHECK = _rx(
    r"\b" + _AMOUNT + r"\b[^.]{0,80}\b((before|on|after|at|with|for) )?(every|each|any) (single )?"
    r"(release|change|deploy\w*|prompt change|update|version|commit|push)\b|"
    # or run again on a calendar: "a test set of eighty queries and we run it every month"
    r"\b" + _AMOUNT + r"\b[^.]{0,80}\b(run|runs|ran|re-?run|re-?runs|re-?ran|replay\w*) (it|them|"
    r"that|the (set|suite|tests?|questions|cases))( again)? (every|each) (week|month|night|"
    r"sprint)\b|"
    r"\b(every|each) (release|change|deploy\w*)\b[^.]{0,60}\b" + _AMOUNT + r"\b"
)


# Before an outcome word, an alert's condition makes it a rule of the system, not a result:
# "alert if the score drops", "page someone when groundedness falls" ("if it takes a quarter of
# the calls off the pharmacist" projects one).
_CONDITION_BEFORE = _rx(
    r"\b(alert\w*|pag(e|es|ed|ing)|notif\w*|flag\w*|fall\w* back|retr\w*|roll\w* back|"
    r"switch\w*)\b[^.]*\b(if|when|whenever|once|unless)\b(\s+[\w'-]+){0,6}\s*$"
)


# The speaker's own plan is no outcome: "I'd improve the test set" ("it would cut the wait" and
# "we'd reduce the calls by a third" are projected ones).
_PLAN_BEFORE = _rx(r"\bi('d|'ll| would| will| want to| plan to| might)( \w+ly)?\s*$")


# The speaker giving a thing up is no outcome: "we tried LangSmith one week and stopped"; nor
# is the money or the project running out: "and then the funding stopped".
_GAVE_UP_BEFORE = _rx(
    r"\b(i|we)( [\w'-]+){1,6},? and( then)?\s*$|"
    r"\b(funding|budget|grant|money|contract|sponsorship|project|pilot|trial)\s*$"
)


# An outcome only foreseen, hoped for or disowned: "it's going to cut the follow-up time in
# half", "sales reckon it'll get quotes out in a day", "hopefully it saves the team some
# typing", "I can't tell you it saved anybody time". A design answer's outcome is foreseen by
# nature; elsewhere the labels count only what happened (someone's estimate of it too: "she
# reckons it saves her about four hours a week").
_FORESEEN_BEFORE = _rx(
    r"\b(will|'ll|(it|that|this|which|they)'d|would|could|should|might|going to|gonna|"
    r"maybe (it|this|that|they) can|"
    r"hop(e|ed|es|ing|efully)|expect\w*|"
    # "our aim is to cut enquiry emails by a third", "the plan is to cut completion time"
    r"(aim|goal|target|plan|ambition|objective|idea)('s| is| was) (to|that)|"
    r"(can'?t|cannot|couldn'?t) (really |honestly )?"
    r"(tell|say|claim|promise)|love to (tell|say)|wish i could (tell|say))\b"
    r"(?! (say|guess|argue|see|show|tell|prove|measure))(\s+[\w'-]+){0,8}\s*$"
)


# The speaker's own guess at an outcome, wherever in the clause it is said: "the winemaker
# probably saves a few hours a week, I'd guess" (someone else's estimate counts, as above).
_GUESSED = _rx(r"\b(i'd|i would) (guess|imagine)\b|\b(at a|my) guess\b")


# An outcome asked about or not known, in any answer: "whether it's saved anyone time, I'd
# have to ask", "we'll see if the backlog comes down", "no solid numbers on time saved yet".
_UNKNOWN_BEFORE = _rx(
    r"\b(whether|(see|know|tell|ask|sure|idea) if|(no|any|don't have|haven't got)( \w+)? "
    r"(numbers|figures|data|metrics?) (on|for))\b(\s+[\w'-]+){0,6}\s*$"
)


# Another team's outcome is not the speaker's: "the other team's drone project cut site time by
# a third, mine feeds into that", "the insights team did a similar thing and they halved their
# turnaround", "the federation next to ours bought a triage product" ("unlike the other team's
# bot, ours cut the wait" is the speaker's).
# The speaker's own pay is no outcome of the business: "the AI roles pay thirty percent more
# than what I'm on".
_OWN_PAY = _rx(
    r"\b(roles?|jobs?|positions?|places|companies) ([\w']+ ){0,4}pay\b|"
    r"\b(salary|salaries|pay rise|paid more|than (what )?i'?m on)\b"
)
# An outcome the speaker then disowns: "our dispatch team cut their call time a fair bit with
# something like this, but to be fair that was the vendor's product, I didn't build it".
_DISOWNED = _rx(
    r"\b(i|we) (didn'?t|did not|never) (build|make|write|do) (it|that|this|any of (it|that))\b"
    r"(?! (from scratch|alone|myself|on my own|by myself|single-handed\w*)\b)|"
    r"\b(that|it|this) was (the|a|an|another|their) ([\w-]+'s|other) ([\w-]+ )?(product|tool|"
    r"work|project|system|doing)\b|"
    # or leaves unknown, or read about: "but we haven't measured that", "but I don't know yet",
    # "I read a case study from a theme park"
    r"(\bbut|,)( \w+ly)? (we|i) (haven'?t|have not|didn'?t|did not|never) (measured|checked|"
    r"verified|tracked|counted|measure|check|verify|track|count) (that|it|this|them)\b|"
    r"\bbut (i|we) (don'?t|do not) know (yet|for sure)\b|"
    r"\bcase stud(y|ies)\b|\b(can'?t|cannot) tell you yet\b|"
    # "so I can't tell you what it did", "I don't actually know what it saves them"
    r"\b((can'?t|cannot|couldn'?t) (really |honestly )?(tell you|say)|(i|we) (don'?t|do not|"
    r"didn'?t|did not) (actually |really |honestly |even )?know( yet)?) (what|whether|if) "
    r"(it|that|this|they) ([\w']+ )?(did|does|do|saved?|saves|achieved|changed|helped|made|"
    r"brought|cut)\b|"
    # a hope tacked on: "I think the nurses are spending less time now, hopefully", "we'll see"
    r",\s*hopefully\W*$|\bwe'?ll see\W*$|\bwho knows\W*$|"
    # a saving guessed and never checked: "I reckon it probably saved them a bunch of hours, but
    # I never did ask 'em", "it'll probably save them loads of time"
    r"\b(i )?never (did |actually |really )?(ask|asked|measured|checked|counted)\b|"
    r"\bprobably (save|saves|saved|cut|cuts|help|helps|helped)\b|"
    # a target someone set ("my manager wants this to cut inbound calls by twenty percent"), a
    # team that is "not mine", a sister plant's result
    r"\b(wants?|wanted|would like) (this|it|that|us|me) to (cut|reduce|save|bring|halve|drop|"
    r"increase|raise|lift)\b|"
    r"\b(team|project|tool|system|department)s?,? not (mine|my (team|project|tool|system))\b|"
    # a figure shared with others or the vendor's: "that's the other boroughs and the new
    # contractor as well, not just ours", "the vendor says it saves twenty minutes a call" ("they
    # reckon it saves ten minutes", said of the users, is theirs to tell)
    # a figure the speaker cannot give: "I genuinely couldn't give you a number, finance would
    # have it", "but I don't have the report", "I never saw the numbers", "I'd honestly not know"
    r"\b(can'?t|cannot|couldn'?t) give you (a|the|any) (number|figure|percentage)s?\b|"
    r"\b(never|didn'?t|did not) see the (numbers|figures|report|data)\b|\b(don'?t|do not) have "
    r"the (report|numbers|figures|data)\b|\bi'?d (honestly |really )?not know\b|"
    r"\bnot (just|only) (ours|mine|us|me)\b|\bthe (vendors?|suppliers?)( [\w']+){0,4}? (say|says|"
    r"said|claim|claims|claimed|reckon|reckons)\b|"
    r"\bsister (plant|site|company|office|branch|store|hospital|brand)\b[^.]*\b(they|their)\b|"
    # another organisation's report: "a bigger shelter in Leeds said adoption enquiries doubled
    # with theirs", "another operator told us complaints halved"
    r"\b(another|other|a (bigger|smaller|larger|similar|different|neighbouring)) ([\w-]+ ){0,2}"
    r"(compan(y|ies)|operators?|shelters?|firms?|agenc(y|ies)|chains?|councils?|trusts?|"
    r"hospitals?|banks?|schools?|charit(y|ies)|businesses|providers?|stores?|branch(es)?|sites?|"
    r"offices?|practices?|clinics?|retailers?|insurers?)( [\w-]+){0,3}? (said|says|told us|"
    r"reported|reckons?|claims?|claimed)\b|\bwith theirs\b|"
    # "The firm down the road, their owner say they cut phone time in half", "a competitor
    # told me their letters now go out in one day"
    r"\b(down|up|across) the (road|street)\b[^.]*\b(say|says|said|told|reckons?|claims?)\b|"
    r"\bcompetitors?( [\w-]+){0,3}? (say|says|said|told|tells|reckons?|claims?)\b"
)
_OTHERS_WORK_BEFORE = _rx(
    r"(\b(the other|another|a different|a separate|a sister) (team|group|squad|department)\b|"
    r"\b(?<!\bwe )(?<!\bi )(did|built|tried|bought|ran) ((a |the )?(similar|same) (thing|project|"
    r"tool|system)|something similar)\b|\bnext (door|to ours)\b)"
    r"(?![^.]*\b(ours?|mine|we|i|my)\b)[^.]{0,80}$"
)


# An impression, not an outcome: "the account managers said it felt faster".
_IMPRESSION_BEFORE = _rx(r"\b(felt|feels|seemed|seems|looked|looks)( a (bit|lot|little))?\s+$")


def _outcome(clause: str, design: bool = True) -> re.Match[str] | None:
    return next(
        (
            m
            for m in _OUTCOME.finditer(clause)
            if not _CONDITION_BEFORE.search(clause[: m.start()])
            and not _IMPRESSION_BEFORE.search(clause[: m.start()])
            and not _PLAN_BEFORE.search(clause[: m.start()])
            and not _UNKNOWN_BEFORE.search(clause[: m.start()])
            and not _OTHERS_WORK_BEFORE.search(clause[: m.start()])
            and not (m.group(0) == "stopped" and _GAVE_UP_BEFORE.search(clause[: m.start()]))
            and not _foreseen(clause, m, design)
        ),
        None,
    )


def _happened(pattern: Words, clause: str, design: bool) -> bool:
    """Whether the clause says a change happened, in one of pattern's words (foreseen counts in
    a design answer)."""
    return any(
        not _foreseen(clause, m, design)
        and not _UNKNOWN_BEFORE.search(clause[: m.start()])
        and not _OTHERS_WORK_BEFORE.search(clause[: m.start()])
        for m in pattern.finditer(clause)
    )


def _foreseen(clause: str, match: re.Match[str], design: bool) -> bool:
    if design:
        return False
    return bool(_FORESEEN_BEFORE.search(clause[: match.start()]) or _GUESSED.search(clause))


# What is counted in a test, not in the business: "thirty test questions", "the eval set's
# emails" ("questions answered" is business, "test questions right" a technical score).
_TEST_ITEMS = _rx(
    r"\b(test|eval\w*|golden|labell?ed|benchmark|held-?out|validation)"
    r"(\s+(set|sets|data|suite|sample|of|my|our|the|real))*\s*$"
)


def _business(clause: str) -> re.Match[str] | None:
    return next(
        (m for m in _BUSINESS.finditer(clause) if not _TEST_ITEMS.search(clause[: m.start()])),
        None,
    )


# Adoption: "sixty-one of the eighty teachers were using it every week".
_ADOPTION = _rx(
    r"\b[\w-]+ (of|out of) (the |our )?[\w-]+ ([\w-]+ ){0,5}(are|were|now|have been|had been)? ?"
    r"(using|use|used|open|opened|rely on|relied on) (it|them|this|the (\w+ )?(tool|system|app|"
    r"assistant|bot))\b|"
    # "about forty crews use it in their briefings every month now"
    r"\b[\w-]+ (crews|teams|branches|stores|depots|sites|clinics|schools|offices|agents|reps|"
    r"nurses|drivers|technicians|managers|staff|users|people) (now )?use (it|them|this)\b[^.]{0,40}"
    r"\b(every|each|a|per) (day|week|month|shift)\b|"
    # a tool people start their day with: "about forty coordinators open the flag list first
    # thing every morning"
    r"\b"
    + _AMOUNT
    + r" ([\w-]+ )?([\w-]+(ers|ors|ists|ians)|crews|teams|staff|users|people|nurses|"
    r"carers|clerks|agents|reps) (now )?(open|check|read|start (their|the) day with) (it|them|this|"
    r"the ([\w-]+ ){0,2}(list|queue|dashboard|report|summary|inbox|tool|app|page))\b[^.]{0,40}"
    r"\b(every|each|a|per) (day|week|month|shift|morning|evening)\b"
)


# Someone's time handed back, said as theirs: "that's the supervisor's night back", "the subs got
# their Friday afternoons back".
_WEEKDAY = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME_BACK = _rx(
    rf"\b(\w+'s|their|his|her|my|our) ({_WEEKDAY} )?(time|nights?|evenings?|weekends?|days?|"
    rf"mornings?|afternoons?|{_WEEKDAY}s?) back\b"
)


# The harm a problem did, not an outcome of the work: "escalations went up by around 30
# percent", "costs doubled", "40,000 in lost orders" (the labels count no problem's cost).
_HARM = _rx(
    r"\b(escalat\w*|complaints?|costs?|bills?|errors?|tickets?|churn|refunds?|incidents?|"
    r"losses|fraud|fines|penalt\w*|mistakes|misrout\w*|wrong \w+|calls|disputes?|failed [\w-]+s)\b"
    r"([^,.;]{0,40}?)\b(went up|"
    r"gone up|(is|are|was|were) up|increas\w*|rose|risen|grew|doubled|tripled|spiked|jumped|"
    r"shot up|exploded)\b|"
    r"\b(lost|missed) (orders|sales|revenue|customers|bookings)\b|\bin lost\b|"
    # the wrong answer a system gave: "it told some people the wrong deadline, twenty-eight
    # days instead of fourteen"
    r"\b(wrong|incorrect|old|out-of-date|stale) [\w-]+,? ([\w-]+ ){0,4}instead of\b"
)


# A figure of one version of the speaker's system against another is a test result: "Second
# version, I fed it the fact sheets, and that dropped to one in twenty".
_ITERATION = _rx(
    r"\b(first|second|third|next|new|old|final|later) "
    r"(version|go|attempt|try|iteration|prompt|cut)\b"
)


def _impact_score(clause: str, in_iteration: bool = False, design: bool = True) -> int:
    """How far one clause states a business outcome (5) down to a technical metric only (2);
    in_iteration: its sentence compares versions of the system (_ITERATION); design: a design
    answer, where a foreseen outcome counts."""
    if _HARM.search(clause):
        return 2 if _NUMBER.search(clause) else 0
    if _ADOPTION.search(clause) and _NUMBER.search(clause):
        return 5
    if _happened(_TIME_BACK, clause, design):
        return 5 if _NUMBER.search(clause) else 3
    business = _business(clause)
    number = _NUMBER.search(clause)
    technical = _TECH_METRIC.search(clause)
    if _JUDGED_BY.search(clause) and not technical:
        return 5 if number and (business or _EFFORT.search(clause)) else 3
    # The cheap checks first: the _happened patterns are the rule coach's slowest.
    outcome = not technical and _outcome(clause, design)
    if outcome and number and (business or _EFFORT.search(clause)):
        return 5
    if not (
        in_iteration or technical or _SIZE.search(clause) or _SPEAKER.search(clause)
    ) and _happened(_CHANGE_OF_COUNT, clause, design):
        return 5
    if (
        number
        and not technical
        and _PEOPLE_AT_WORK.search(clause)
        and not _ALERT_CONDITION.search(clause)
        and _happened(_PACE, clause, design)
    ):
        return 5
    if (
        not technical
        and not _SPEAKER.search(clause)
        and not _ALERT_CONDITION.search(clause)
        and _happened(_AFTER_STATE, clause, design)
    ):
        return 5 if number else 3
    if outcome and (business or _EFFORT.search(clause)):
        return 3
    if number and (business or technical):
        return 2
    return 0


# An alert's condition, not a pace people work at: "if wrong marks go over five in a day,
# somebody looks at it same day".
_ALERT_CONDITION = _rx(
    r"\bif\b[^.]*\b(go|goes|gets?|is|are|rises?|climbs?) (over|above|past|beyond|below|under)\b"
)


# A question states no outcome: "Did it save time? Probably, I haven't got a number." A
# statement said with a rise is one ("the disputes went down, I think by about a third?").
_QUESTION_OPENING = _rx(
    r"^\W*((so|and|but|well|now|okay|ok),? )?(did|does|do|has|have|had|is|was|were|are|will|"
    r"would|can|could|what|how|why|who|where|when)\b"
)


def _question(sentence: _Sentence) -> bool:
    return sentence.asks and _QUESTION_OPENING.search(sentence.plain) is not None


def _not_an_outcome(sentence: _Sentence, widened: _Sentence | None) -> bool:
    """A question, an outcome disowned, the speaker's pay, or a pilot's figure claimed for
    everything (the claim and the sentence before it)."""
    return bool(
        _question(sentence)
        or _DISOWNED.search(sentence.plain)
        or _OWN_PAY.search(sentence.plain)
        or (widened is not None and sentence.index in (widened.index - 1, widened.index))
    )


# The next sentence says the outcome is not known: "It saved the counter an hour a day, maybe
# more. Honestly, I don't know. We never measured it."
_UNKNOWN_OPENS = _rx(
    r"^\W*((honestly|to be honest|but|and)\W+)*(i (don'?t|do not) (really )?know|we never "
    r"(measured|counted|checked|tracked) (it|that|them))\W*$"
)
# ... or takes it back: "It saves her an hour a day. No, I should not say that, she tells me it
# feels faster", "The volunteers answer emails in one day instead of two weeks. No, wait, that
# was before the chatbot", "The quotes go out in two days instead of a week. I think. Well,
# more like I hope, we only started in March" (dev156). A correction that keeps an outcome
# ("No, wait, more like two hours") leaves it standing.
_TAKEN_BACK_OPENS = _rx(
    r"^\W*((honestly|but|and|well|um|uh|no|sorry)\W+)*(i should(n'?t| not) say (that|it)|"
    r"wait\W+that was (before|when|last|without)\b|more like i hope|"
    r"i (can(not|'?t)|couldn'?t) (show|give) you a number)"
)
# A hedge said as a sentence of its own between the outcome and what takes it back.
_HEDGE_ALONE = _rx(r"^\W*(i think|i hope|i guess|maybe|probably)\W*$")


def _unknown_next(sentence: _Sentence, sentences: list[_Sentence]) -> bool:
    following = sentences[sentence.index + 1 : sentence.index + 3]
    if following and _HEDGE_ALONE.search(following[0].plain):
        following = following[1:]
    return bool(following) and (
        _UNKNOWN_OPENS.search(following[0].plain) is not None
        or _TAKEN_BACK_OPENS.search(following[0].plain) is not None
    )


def score_business_impact(sentences: list[_Sentence], design: bool = True) -> FrameworkScore:
    best: tuple[int, _Sentence] | None = None
    widened = _pilot_called_company_wide(sentences)
    for sentence in (
        s for s in sentences if not _not_an_outcome(s, widened) and not _unknown_next(s, sentences)
    ):
        # the whole sentence and its clauses, once each (a sentence of one clause is both)
        parts = dict.fromkeys([sentence.plain, *re.split(r",? and |; ", sentence.plain)])
        in_iteration = bool(_ITERATION.search(sentence.plain))
        score = max(
            _impact_score(part, in_iteration, design)
            for part in parts
            if not _OTHERS_WORK_BEFORE.search(sentence.plain[: sentence.plain.index(part)])
        )
        if score and (best is None or score > best[0]):
            best = (score, sentence)
            if score == 5:  # the first sentence with the top score is the evidence
                break
    if best is None or best[0] < 5:
        again = _figure_said_again_now(sentences, widened) or _before_and_now(sentences, widened)
        best = (5, again) if again is not None else best
    if best is None:
        return FrameworkScore(1, "No business outcome: nothing on users, money or time saved.")
    score, sentence = best
    evidence = {
        5: "A business result with a number",
        3: "A business outcome, but without a number",
        2: "A figure, but no business outcome",
    }[score]
    return FrameworkScore(score, f"{evidence}: {_quote(sentence)}.")


def _figure_said_again_now(
    sentences: list[_Sentence], widened: _Sentence | None
) -> _Sentence | None:
    """A sentence that gives "now" a figure of something an earlier sentence gave one in the
    same unit: the change told across two sentences ("applications were waiting six weeks ...
    Now the waiting is around three weeks", "it took them fifteen minutes per lookup ...
    Lookups are now around three minutes"). The two must name the same thing (a content word
    in common, plural or not); a technical measure, versions of the system compared, the
    system's size or what it gets through in a period is no outcome."""
    measured = [(s, _units_measured(s.plain)) for s in sentences]
    for index, (sentence, units) in enumerate(measured):
        if not units or not _NOW.search(sentence.plain) or _not_an_outcome(sentence, widened):
            continue
        if any(p.search(sentence.plain) for p in (_TECH_METRIC, _SIZE, _THROUGHPUT, _ITERATION)):
            continue
        things = _stems(sentence.plain)
        for earlier, earlier_units in measured[:index]:
            if _ITERATION.search(earlier.plain):
                continue  # versions of the system compared: "my first go missed one in six"
            if units & earlier_units and things & _stems(earlier.plain):
                return sentence
    return None


# A figure of before set against one of now, in the same sentence after a comma or in the next
# sentence: "Before, a passenger waited about three weeks for the compensation. Now it is five
# days.", "Before, the shops were taking sixty-odd calls on a Saturday, now it's around a
# dozen", "We used to eat about forty chargebacks a month ..., last quarter it was nine".
_BEFORE_OPENS = _rx(
    r"^\W*(before( (that|this|it|then|we had it|the \w+))?|previously|"
    # what anything but the speaker used to be: "Those used to be one booking in eight" ("I
    # used to be a teacher" is a career)
    r"(?!i )([\w'-]+ ){1,3}used to)\b"
)
_NOW_OPENS = _rx(
    r"^\W*(and |but |so )?(now|these days|nowadays|today|last (week|month|quarter|year)|"
    r"this (week|month|quarter|year))\b"
)
_AN_AMOUNT = _rx(r"\b" + _AMOUNT + r"\b|\b(a|half a) dozen\b")


def _before_and_now(sentences: list[_Sentence], widened: _Sentence | None) -> _Sentence | None:
    """The sentence where a figure of how things were before is set against one of now, the
    change told as before and after. A technical measure, versions of the system compared or
    the system's size is no outcome."""
    for index, sentence in enumerate(sentences):
        if not _BEFORE_OPENS.search(sentence.plain) or not _AN_AMOUNT.search(sentence.plain):
            continue
        clauses = re.split(r",\s*", sentence.plain)
        now = next(
            (
                ", ".join(clauses[i:])
                for i in range(1, len(clauses))
                if _NOW_OPENS.search(clauses[i])
            ),
            None,
        )
        said = sentence.plain
        if now is None and index + 1 < len(sentences):
            now, said = sentences[index + 1].plain, sentences[index + 1].plain + " " + said
        if now is None or not _NOW_OPENS.search(now) or not _AN_AMOUNT.search(now):
            continue
        if any(p.search(said) for p in (_TECH_METRIC, _SIZE, _ITERATION)):
            continue
        if not _not_an_outcome(sentence, widened):
            return sentence
    return None


_NOW = _rx(r"\bnow\b")
# What the system gets through in a period is its use, not an outcome: "it reads like 300
# contracts a month now".
_THROUGHPUT = _rx(
    r"\b(handles?|handled|process(es|ed)?|reads?|answers?|answered|serves?|covers?|receives?|"
    r"gets?|does)\b[^.]*\b(a|per|each|every) (day|week|month|year)\b"
)
# An amount and its unit: "six weeks", "fifteen minutes per lookup", "thirty mis-entered
# results in a month".
_MEASURE = _rx(
    r"\b" + _AMOUNT + r"\b(\s+[\w-]+){0,3}?\s+(a|per|each|every|in a)?\s*(second|minute|hour|day|"
    r"week|month|year)s?\b|"
    # a rate: "one time in five", "one in forty"
    r"\b(one|a|\d+)( time| case)? in (every )?" + _AMOUNT + r"\b"
)
_UNIT = re.compile(r"(second|minute|hour|day|week|month|year)s?$|\bin\b")


def _units_measured(text: str) -> set[str]:
    return {
        unit.group(1) or "in"  # "in": a rate, "one in forty"
        for measure in _MEASURE.finditer(text)
        if (unit := _UNIT.search(measure.group(0))) is not None
    }


def _stems(text: str) -> set[str]:
    """The content words, a final "s" taken off, without the units and amounts."""
    return {
        word.removesuffix("s")
        for word in _content_words_of(text.lower())
        if not _UNIT.fullmatch(word) and not _NUMBER.fullmatch(word) and word != "now"
    }


def _strength_in(clauses: list[str]) -> bool:
    return any(
        _pivots(c)
        or _CONTRAST_STRENGTH.search(c.strip())
        or _CONSEQUENCE_STRENGTH.search(c.strip())
        for c in clauses
    )


# A strength doubted or answered with nothing: "I'm not sure I bring that much", "what I'd bring
# instead, not much, to be honest".
_DOUBTED_BEFORE = _rx(
    r"\b(not sure|(don'?t|do not) (really )?think|doubt)( if| whether| that| how much| what)?\s+$"
)
_NOTHING_BROUGHT = _rx(r"^\W*(instead\W*)?(not (much|a lot|a great deal)|nothing|very little)\b")


# What follows a strength's words that is only a plan to learn: "what I've done is signed up to
# a course", "I'd want to learn it properly".
_LEARNING_AFTER = _rx(
    r"^\W*(is |was )?(to )?((sign(ed)? up|enrol+(ed)?|start(ed)?|doing|taking|take)( up)? (to |"
    r"for |on |in )?(a |an |the |some )?([\w-]+ ){0,3}(course|courses|class|degree|bootcamp|book)|"
    r"to (learn|study|read up))\b"
)


def _pivots(clause: str) -> bool:
    return any(
        not _DOUBTED_BEFORE.search(clause[: m.start()])
        and not _NOTHING_BROUGHT.search(clause[m.end() :])
        and not _LEARNING_AFTER.search(clause[m.end() :])
        for m in _PIVOT.finditer(clause)
    )


def _strength_after(sentences: list[_Sentence], gap: _Sentence, gap_end: int) -> _Sentence | None:
    """The sentence that turns a named gap into a strength: a later clause of the gap's own
    sentence, one of the next two sentences, or a strength claimed outright further on
    (_CLAIMED_STRENGTH); a gap asked as a question ("What would I change?") only by its answer,
    the next sentence, unless that answer dismisses it."""
    if _strength_in(_clauses(_trailing_on(sentences, gap)[gap_end:])):
        return gap
    if gap.asks:
        return _answer_to(sentences, gap)
    near = (
        s
        for s in sentences[gap.index + 1 : gap.index + 3]
        if _strength_in(_clauses(_trailing_on(sentences, s)))
    )
    # (not after a weakness only announced: "Biggest weakness, right. Probably that I'm a
    # perfectionist" is no gap that a strength three sentences on answers)
    later = (
        s
        for s in sentences[gap.index + 3 :]
        if _CLAIMED_STRENGTH.search(s.plain) and not _WEAKNESS_WORD.search(gap.plain)
    )
    return next(near, None) or next(later, None)


_WEAKNESS_WORD = _rx(r"\bweak(ness|nesses|est)\b")


def _trailing_on(sentences: list[_Sentence], sentence: _Sentence) -> str:
    """The sentence's words, and the next sentence's where it trails off into it: Whisper
    ends a sentence at "..." ("What I'd bring instead... not much, honestly.")."""
    following = sentences[sentence.index + 1 : sentence.index + 2]
    if following and sentence.text.rstrip().endswith(("...", "\u2026")):
        return f"{sentence.plain} {following[0].plain}"
    return sentence.plain


def _answer_to(sentences: list[_Sentence], question: _Sentence) -> _Sentence | None:
    """The sentence answering the speaker's own question with something they would do
    ("No, I'd have sat with the users first"); None where it dismisses it ("Honestly, not
    much") or says nothing to do ("Absolutely, it was fun")."""
    answer = sentences[question.index + 1] if question.index + 1 < len(sentences) else None
    if answer is None or _DISMISSES.search(answer.plain):
        return None
    changes = _WOULD_DO.search(answer.plain) or _strength_in(answer.clauses)
    return answer if changes else None


def _gaps(request: CoachRequest, sentences: list[_Sentence]) -> list[tuple[_Sentence, int]]:
    """Each sentence naming a gap, with where the gap's words end (the sentence's end for a gap
    named without gap words)."""
    found = []
    for sentence in sentences:
        match = _GAP.search(sentence.plain)
        if match is not None:
            found.append((sentence, match.end()))
        elif _unworded_gap(request, sentence, sentences):
            found.append((sentence, len(sentence.plain)))
    return found


def _unworded_gap(request: CoachRequest, sentence: _Sentence, sentences: list[_Sentence]) -> bool:
    """A sentence that names a gap by what it does, not by gap words: a first sentence
    answering the weakness or the ML experience question. A look back at a project ("What
    would I change?", "If I did it again I'd build the test set first") is a reflection on
    the work, judged by the rubric, not a gap in the speaker's skills."""
    return _opens(sentence, sentences) and _implicit_gap(request, sentence)


def _opens(sentence: _Sentence, sentences: list[_Sentence]) -> bool:
    """Whether the sentence opens the answer: the first one, or the first after openers that
    only take the floor ("Honestly?", "Good question." and "Um..." before "The theory.")."""
    return all(_takes_the_floor(s) for s in sentences[: sentence.index]) and (
        sentence.index == 0 or not _takes_the_floor(sentence)
    )


def _takes_the_floor(sentence: _Sentence) -> bool:
    return set(_content_words_of(sentence.plain)) <= _FLOOR_TAKERS


# Words of an opener that only takes the floor, the question's own word too ("Weakness, um.").
_FLOOR_TAKERS = frozenset(
    {"honestly", "hmm", "hm", "mm", "um", "uh", "er", "erm", "good", "great", "question", "tough"}
    | {"weakness", "weaknesses"}
)


def _implicit_gap(request: CoachRequest, first: _Sentence) -> bool:
    scenario = scenario_of(request)
    if scenario == "biggest-weakness":
        # "Um..." or "Okay." before the weakness names none ("Not really, no." answers the ML
        # question)
        return not _takes_the_floor(first) and not _NO_WEAKNESS.search(first.plain)
    return scenario == "ml-experience" and bool(_NO_ANSWER.search(first.plain))


def _apologetic(sentence: _Sentence, whole_gap: bool = False) -> bool:
    """Whether the sentence apologises for the speaker: self-doubt, or regret in a clause that
    names a gap (any clause where the whole sentence is the gap), says nothing else ("Sorry.")
    or points back at what was said ("sorry in advance if those come up"); not one refused
    (_APOLOGY_REFUSED)."""
    if _APOLOGY_REFUSED.search(sentence.plain):
        return False
    if _SELF_DOUBT.search(sentence.plain):
        return True
    return any(
        _REGRET.search(clause)
        and not _REPAIR.search(clause)
        and (
            whole_gap
            or _GAP.search(clause)
            or _REGRET_ALONE.search(clause)
            or _REGRET_POINTING_BACK.search(clause)
        )
        for clause in sentence.clauses
    )


def _regrets(sentence: _Sentence) -> bool:
    """Self-doubt or regret that is not a repair of the talk ("sorry, I mean forty") nor an
    apology refused (_APOLOGY_REFUSED)."""
    if _APOLOGY_REFUSED.search(sentence.plain):
        return False
    return _SELF_DOUBT.search(sentence.plain) is not None or any(
        _REGRET.search(c) and not _REPAIR.search(c) for c in sentence.clauses
    )


def _apology_near(sentences: list[_Sentence], gap: _Sentence) -> _Sentence | None:
    """An apology in the gap's sentence or the one before or after it. A gap no words name
    (the first sentence answering the weakness question) is its whole sentence."""
    whole_gap = _GAP.search(gap.plain) is None
    near = sentences[max(0, gap.index - 1) : gap.index + 2]
    return next((s for s in near if _apologetic(s, whole_gap and s is gap)), None)


def names_a_gap(request: CoachRequest, sentences: list[_Sentence]) -> bool:
    return bool(_gaps(request, sentences))


def score_honest_gaps(
    request: CoachRequest, sentences: list[_Sentence], mistakes: list[Mistake]
) -> FrameworkScore:
    gaps = _gaps(request, sentences)
    apology = next(
        (a for a in (_apology_near(sentences, gap) for gap, _ in gaps) if a is not None), None
    )
    if apology is not None:
        return FrameworkScore(1, f"A gap comes with an apology: {_quote(apology)}.")
    undercut = next((m for m in mistakes if m.kind in _UNDERCUTS_HONESTY), None)
    if gaps and undercut is not None:
        return FrameworkScore(2, f'The honest gap is undercut: "{undercut.quote}".')
    denial = next((s for s in sentences if _GAP_DENIED.search(s.plain)), None) if gaps else None
    if denial is not None:
        return FrameworkScore(
            2, f"Names a gap, then takes it back: {_quote(denial)}; own it and say what you bring."
        )
    for sentence, gap_end in gaps:
        pivot = _strength_after(sentences, sentence, gap_end)
        if pivot is not None:
            score = 5 if pivot.index <= sentence.index + 1 else 4
            return FrameworkScore(
                score, f"Names a gap ({_quote(sentence)}) and turns to a strength."
            )
    if gaps:
        return FrameworkScore(
            2, f"Names a gap but stops there: {_quote(gaps[0][0])}; say what you bring instead."
        )
    apology = next((s for s in sentences if _apologetic(s)), None)
    if apology is not None:
        return FrameworkScore(1, f"Apologetic: {_quote(apology)}.")
    return FrameworkScore(2, "Names no gap; an honest limit followed by a strength is credible.")


# Mistakes that contradict an honest account of one's level. Making one's software work small
# does not: a gap in AI can be owned honestly by someone who also undersells the rest, and the
# blind labelled sets (dev4, dev5) mark such answers honest.
_UNDERCUTS_HONESTY = frozenset({"overselling-ai"})


# --- strategic mistakes ------------------------------------------------------------------
def is_system_design(request: CoachRequest) -> bool:
    """Whether naming tools before requirements is a mistake here (the guide's script 3)."""
    return scenario_of(request) == "system-design"


def _names_tool(sentence: _Sentence) -> bool:
    """Whether the sentence proposes a tool: the first tool named is not negated (a list after
    "I wouldn't start with" shares its negation) nor deferred ("I'll hold off on picking a
    vector database: pgvector or a hosted one depends on ...")."""
    first = TOOL.search(sentence.plain)
    if first is None:
        return False
    before, after = sentence.plain[: first.start()], sentence.plain[first.end() :]
    return not (
        _negated(before)
        or _DEFERS_CHOICE.search(before)
        or _PEOPLE_AT.search(before)
        or _NAMED_AS_TRAP.search(before)
        or _TAKEN_BACK.search(after)
        or _SET_ASIDE.search(after)
        or _STACK_GIVEN.search(sentence.plain)
    )


# A tool the speaker was handed, not one they chose: "we were an AWS shop", "if the lender has
# a standard I'd just use theirs, that's a constraint", "we inherited a LlamaIndex prototype
# from an agency, that's history".
_STACK_GIVEN = _rx(
    r"\b(we were|we'?re|we are|it was|it'?s) an? [\w-]+ shop\b|\b(we|i) inherited\b|"
    r"\bthat'?s (just )?history\b|\bthat'?s a constraint\b|\b(has|have) a standard\b|"
    # "the company is already on Azure, so I take Azure OpenAI and AI Search as given, that's
    # the constraint, not my pick" (a stack taken "as given" alone was labelled tools first)
    r"\bnot my (pick|choice|call)\b"
)


# A tool named and set aside in its sentence, for the questions first: "My gut says
# Elasticsearch, but, uh, actually, let me park that, I should ask first", "The reflex is to say
# Pinecone and LangChain, but I'd rather know a few things first". ("I'd go with Weaviate and,
# actually, hang on, let me back up, I should ask first" is labelled a tool named first.)
_SET_ASIDE = _rx(
    r"\b(park|hold off on|set aside|put aside) (all )?(of )?(that|this|it|those|them)\b|"
    r"\bbut i'?d (rather|want to|first|sooner) (know|ask|understand|find out|hear|check)\b|"
    # "My instinct is to say Pinecone straight away, that's a habit I've had to unlearn"
    r"\bhabit i'?(ve|m) (had to |been trying to |trying to )?(unlearn|break|kick)\w*"
)
# A company named as where people work, not a tool proposed: "the researchers at OpenAI".
_PEOPLE_AT = _rx(r"\b(researchers|people|folks|guys|engineers|scientists|team|labs?) at\W*$")
# A tool named as the trap to avoid: "the easy mistake here is to say LangChain and Pinecone".
_NAMED_AS_TRAP = _rx(
    r"\b((easy|classic|common|obvious|usual|big) (mistake|trap)|temptation|tempting)\b"
)


# A tool named and taken back at once: "I'd start with Pinecone and, actually, no, let me back up".
_TAKEN_BACK = _rx(
    r"^\W*(\w+\W+){0,3}?(actually,? no|no,? wait|hang on|let me back up|scratch that|scrap that|"
    r"wrong end|on second thought)\b"
)


def _taken_back_next(sentences: list[_Sentence], sentence: _Sentence) -> bool:
    """Whether the next sentence takes the tool back at once ("I'd start with Pinecone for
    the... actually, no, hang on, let me back up and ask first")."""
    _, after = _around(sentences, sentence)
    return after is not None and _TAKEN_BACK.search(after.plain) is not None


_DEFERS_CHOICE = _rx(
    r"\b(hold(ing)? off|wait(ing)? (on|with|before)|defer\w*|park\w*|before (i )?(pick|choos|"
    r"commit)\w*|(not|n't) (\w+ )?(going to )?(pick|choos|commit)\w*)\b"
)


def _tools_first(sentences: list[_Sentence]) -> _Sentence | None:
    """The sentence naming a tool before any requirement is asked about ("I wouldn't start
    with LangChain" names none: it is negated)."""
    tool = next(
        (s for s in sentences if _names_tool(s) and not _taken_back_next(sentences, s)), None
    )
    requirement = _first(_REQUIREMENT, sentences)
    if tool is None or _regretted(sentences, tool):
        return None
    if requirement is None or tool.index < requirement.index:
        return tool
    # one sentence for both: "first I'd set up vLLM and Qdrant, then I'd ask how fast ..."
    named, asked = TOOL.search(tool.plain), _REQUIREMENT.search(tool.plain)
    if tool is requirement and named and asked and named.start() < asked.start():
        return tool
    return None


def _apologises(request: CoachRequest, sentences: list[_Sentence]) -> _Sentence | None:
    """A gap in the background said with an apology, or left hanging with nothing the speaker
    brings after it ("sorry if theory questions come up" apologises for a topic, not for the
    background)."""
    for sentence, _ in _gaps(request, sentences):
        background = sentence.index == 0 and _implicit_gap(request, sentence)
        ml_gap = _ML_GAP.search(sentence.plain) or _MODEL_GAP.search(sentence.plain)
        if (background or ml_gap) and _apology_near(sentences, sentence):
            return sentence
    minimising = MISTAKE_PATTERNS["minimising-swe-experience"]
    for sentence in sentences:
        short = _BACKGROUND_SHORT.search(sentence.plain) or minimising.search(sentence.plain)
        near = sentences[max(0, sentence.index - 1) : sentence.index + 2]
        if short and any(_regrets(s) for s in near):
            return sentence
    for sentence in sentences:
        ml_gap = _ML_GAP.search(sentence.plain)
        if ml_gap and _GAP_DENIED.search(sentence.plain):
            continue  # "I don't have formal ML experience, but honestly, who does?"
        if ml_gap and _strength_after(sentences, sentence, ml_gap.end()) is None:
            return sentence
    return None


_NAMES_RESEARCHERS = _rx(rf"\b{_RESEARCHERS}")


def _names_researchers(sentence: _Sentence) -> bool:
    return _NAMES_RESEARCHERS.search(sentence.plain) is not None


# Not competing, and ranked below them all the same: "I'm not going to compete with the research
# people, I'm nowhere near their level".
_BELOW_THEM = _rx(r"\bnowhere near (their|that|the same) level\b|\b(a )?lower (place|level)\b")


def _compares_to_researchers(sentence: _Sentence, before: _Sentence | None = None) -> bool:
    """A sentence that measures the speaker against researchers, named in it or in the sentence
    before it ("those guys"), unless it says the speaker is not competing with them."""
    if _NOT_COMPETING.search(sentence.plain) and not (
        _REGRET.search(sentence.plain) or _BELOW_THEM.search(sentence.plain)
    ):
        return False
    if _names_researchers(sentence):
        return bool(_COMPARISON.search(sentence.plain))
    return (
        before is not None
        and _names_researchers(before)
        and _COMPARISON_BACK.search(sentence.plain) is not None
    )


def _says(
    kind: str,
    sentence: _Sentence,
    before: _Sentence | None = None,
    after: _Sentence | None = None,
) -> bool:
    if kind == "comparing-to-researchers":
        return _compares_to_researchers(sentence, before)
    said = _unnegated(MISTAKE_PATTERNS[kind], sentence.plain)
    if said is None:
        return False
    if kind == "ai-is-hot":
        return not _hype_set_aside(sentence, said.end(), after) and not _money_saved(sentence, said)
    if kind == "minimising-swe-experience":
        return not _taken_back(sentence, said.end(), after) and not _plain_choice(sentence, said)
    if kind == "overselling-ai":
        if _taken_back(sentence, said.end(), after):  # "an expert, no, scratch that, competent"
            return False
        return not _others_claim_denied(sentence, said, after) and not (
            ("easy" in said.group(0).lower() and _TOOLING_EASY.search(sentence.plain))
            or _REQUIRED_BEFORE.search(sentence.plain[: said.start()])
        )
    return True


# A requirement asked, not a claim: "is it okay to say 'I'm not sure' as long as it's never wrong?"
_REQUIRED_BEFORE = _rx(r"\b((as|so) long as|provided( that)?|only if|on condition that)\W*$")


def _money_saved(sentence: _Sentence, said: re.Match[str]) -> bool:
    """Whether the money the hype names is what an outcome before it brings: "fewer wrong
    settlements, and that's where the money is" is the outcome's money, not AI's."""
    return "money" in said.group(0).lower() and bool(
        _OUTCOME.search(sentence.plain[: said.start()])
    )


# A claim the speaker reports of others and then denies ("people love to say these things
# replace the support team, and it doesn't"), and an easy part that is the tooling ("I'd park
# all of that, the tooling is the easy part": requirements before tools), are no overselling.
_OTHERS_SAY = _rx(
    r"\b(people|everyone|everybody|folks|vendors?|the (hype|marketing|headlines|demos?))"
    r"( \w+){0,2}? (say|says|claim|claims|think|thinks|assume|assumes|believe|believes|"
    r"(kept |keep )?(telling|tell|told) (me|us)|(will|'ll|would|might) tell you|go on about)\b|"
    # a boss's announcement: "our managing director stood up at the annual conference and said"
    r"\b(boss|manager|managing director|md|ceo|cto|director|management|head of \w+)"
    r"( [\w']+){0,8}? (said|says|announced|claimed|told (us|everyone|the \w+))\b"
)
# A vendor's pitch reported: "a vendor pitched us a research assistant with zero hallucination,
# guaranteed, in the slides" (the speaker's own claim is not theirs).
_VENDOR_PITCH = _rx(
    r"\b(vendors?|salesm[ae]n|sales (reps?|team|deck|people)|brochures?|pitch deck)( [\w']+){0,3}? "
    r"(pitched|promised|claimed|sold|showed)\b"
)
# The claim set up as what the speaker will not pretend: "I'm not going to sit here and pretend
# I'm at the level of the people at DeepMind", "I'm not going to sit here and tell you I'm an AI
# expert" (dev155).
_PRETENDED = _rx(
    r"\bpretend(ing)?( that)?\W*$|\b(not|never|won'?t|wouldn'?t) (going to |gonna )?(sit here and "
    r")?(tell|say to) (you|anyone|people)( that)?\W*$"
)
_DENIED_AFTER = _rx(
    r"^\W*(\w+\W+)?((and|but)\W+)?([\w']+\W+){0,4}?((honestly|really|actually)\W+)?"
    r"(it|they|that|which|this)\s*((really|just|actually) )?"
    r"(doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|won'?t|can'?t|wasn'?t|"
    r"weren'?t|didn'?t|"
    r"('s|is) not true)\b|"
    # the claim left as theirs: "That's their claim, and I'd measure it"
    r"^\W*(that'?s|that is) (their|the vendors?'?|what they) (claim|say|pitch)\b"
)
_TOOLING_EASY = _rx(
    r"\b(tool\w*|stack|infra\w*|plumbing|frameworks?|librar(y|ies)|vector (db|database|store)s?)"
    r"( \w+){0,2}? (is|are|'s) (\w+ ){0,2}?(the )?easy (bit|part)\b"
)


def _others_claim_denied(sentence: _Sentence, said: re.Match[str], after: _Sentence | None) -> bool:
    """Whether the claim is what others say, denied right after it or at the next sentence, a
    vendor's pitch reported, or what the speaker will not pretend."""
    before = sentence.plain[: said.start()]
    if _VENDOR_PITCH.search(before) or _PRETENDED.search(before):
        return True
    return bool(_OTHERS_SAY.search(before)) and bool(
        _DENIED_AFTER.search(sentence.plain[said.end() :])
        or (after is not None and _DENIED_AFTER.search(after.plain))
    )


# A plain technique the speaker chose to start with: "the first version we just used a cosine
# threshold, nothing fancy, then added the LLM" says the design started simple (what the guide
# asks for), not that the speaker's work is small.
_CHOSE_PLAIN = _rx(
    r"\b(we|i) (just |first |initially |simply )?(used|went with|started with|began with|wrote|"
    r"kept|stored|saved|logged|put)\b"
)


def _plain_choice(sentence: _Sentence, said: re.Match[str]) -> bool:
    """Whether what was said is a "nothing fancy" that follows a technique the speaker chose."""
    return said.group(0).lower().startswith("nothing") and bool(
        _CHOSE_PLAIN.search(sentence.plain[: said.start()])
    )


def _taken_back(sentence: _Sentence, said_end: int, after: _Sentence | None) -> bool:
    """Whether the speaker takes back what they just said of themself, later in its sentence
    or at the start of the next ("well, no, that's underselling it")."""
    return bool(
        _TAKEN_BACK_SELF.search(sentence.plain[said_end:])
        or (after is not None and _TAKEN_BACK_SELF.search(" ".join(after.clauses[:2])))
    )


# A denial that is a whole clause, said right after the hype: "People assume it's because AI is
# hot. It isn't, really."
_BARE_DENIAL = _rx(
    r"^\W*((it|that|this)\s*(isn'?t|is not|'s not|wasn'?t|was not|didn'?t|did not)( that)?|"
    r"not really|no|nope|not at all|not true)(,? (really|actually|honestly))?(\W*$|,)"
)


def _hype_set_aside(sentence: _Sentence, hype_end: int, after: _Sentence | None) -> bool:
    """Whether the hype is disowned ("that's not why") or owned as a part and then set aside
    for a real reason, in its sentence or the next one, which is no hype itself."""
    if _DISAVOWAL.search(sentence.plain) or _REAL_REASON.search(sentence.plain[hype_end:]):
        return True
    return (
        after is not None
        and bool(
            _DISAVOWAL.search(" ".join(after.clauses[:2]))
            or _denies(after)
            or _REAL_REASON.search(after.plain)
        )
        and MISTAKE_PATTERNS["ai-is-hot"].search(after.plain) is None
    )


# Tools chosen and a use looked for afterwards, in any answer: "I picked CrewAI and Pinecone
# first and then looked around for something to build with them".
_USE_FOUND_FOR_TOOLS = _rx(
    r"\blook\w* (around |at work |in (the|my|our) (company|team|job|office) )?for (something|"
    r"(a|the) (right |good )?(problem|use case|idea|project)|"
    r"an idea|stuff)( \w+){0,2} to "
    r"(build|solve|use|do|point (it|them) at|apply (it|them) to|put in (it|them))\b|"
    r"\bstarted (from|with) the (\w+ )?stack\b|"
    r"\b(picked|chose|grabbed|set up)\b[^.]*?"
    + TOOL.pattern
    + r"[^.]*\b(and )?then (i )?(built|made|"
    r"went looking)\b|\b(then|and) (i )?(thought|figured) (about |out )?what to build\b|"
    r"\blook\w* (around )?for a use case\b|\bwhat (can|could|should) i build with (this|it|them)\b|"
    # "once I had all that wired up I thought, right, what can I use this for"
    r"\bwhat (can|could|should) i use (this|it|them|that|all that) for\b|"
    # "I just need to figure out what to build with them", "I wanted a project with it"
    r"\b(figure|work) out what to (build|do|make) with (them|it|this|these)\b|"
    r"\bi wanted (a|some) (project|problem|use case|excuse|reason) (with|for|to use) (it|them|"
    r"this)\b|"
    # (knowing the whole stack is no choice of it)
    r"\b(grabbed|picked|chose|used|went with|started with)\b[^.]*(?<!know the )\b(whole|entire|"
    r"trendiest|latest|modern|hottest) (\w+ )?stack\b|"
    # "I choose first the tools, and after I look what to do with them", "I've got the whole
    # stack set up at home", "I've got LangChain set up", "really getting into the stack"
    r"(?<!'d )(?<!would )(?<!used to )\b((chose|choose|picked|pick) (first the (tools|stack)|the "
    r"(tools|stack) first)|first,? i (chose|choose|picked|pick|decide|decided( on)?) the "
    r"(tools|stack)|start\w* (off )?by "
    r"(picking|choosing) the (tools|stack))\b"
    r"(?![^.]{0,20}\b(didn'?t|did not|not)\b)|"
    r"\b(after|then),? i (look|looked|see|saw|figured out|decided) what to do with (them|it)\b|"
    r"\bi'?ve got (the (whole |full )?stack|" + TOOL.pattern + r")( \w+)? set up\b|"
    r"\bgetting into the (\w+ )?stack\b|"
    # a tool picked before anyone was asked, set up first, or gone straight for: "I picked GPT-4
    # Vision before I'd even asked the lads what they needed", "so I set those up first", "we
    # went straight for LangChain"; tools looking for problems: "once I'm in an AI job I'll find
    # problems to use them on", "whatever the problem is, I'd reach for LangChain"
    r"\b(picked|chose|grabbed|went (straight )?for|set up)\b[^.]*\bbefore (i|we)('d| had)? "
    r"(even )?(asked|knew|talked|spoke|found out)\b|"
    r"\bset (those|them|it|that|these|everything|it all) up first\b|"
    r"\bset up (an? |the |my )?([\w-]+ ){0,2}?(vector (database|store|db)|stack|framework|"
    + TOOL.pattern
    + r")s? first\b|\bwent straight (for|to|with) "
    + TOOL.pattern
    + r"|\bfind (problems?|a problem|use cases?|uses|things) to (use|apply|try|point) (them|it|"
    r"those)\b|\bwhatever the problem( is)?,? i'?d (reach for|use|go (with|for)|pick)\b|"
    r"\b(stack|tools?|framework)\b[^.]*\bwhatever the (problem|use case) (is|turns out to be)\b|"
    # tools chosen because everyone has them, and a use found after: "I used LangChain and
    # Pinecone because everyone uses those ... then see what you can build with it", "what at
    # work could be agents", "the first thing I did was set up LangChain ... and then I went and
    # asked the claims team"
    r"\b(because|'cause|cos|since) (that'?s what )?every(one|body) uses (them|those|it|that|"
    r"these)\b|"
    # "set up Qdrant because, you know, everyone has a vector database now"
    r"\b(because|'cause|cos|since),?( you know,)? every(one|body)( else)? (has|'s got|is using) "
    r"(one|them|an? (\w+ )?(vector (database|store|db)|stack|framework|platform))\b|"
    # "I set up the MLflow server ..., every serious AI company has it"
    r"\b(set up|stood up|built|bought|installed|picked|chose)\b[^.]*\bevery (serious |proper |"
    r"real |big )?([\w-]+ )?(company|team|firm|shop|startup|business) (has|uses|runs|'s got) "
    r"(it|one|them)\b|"
    # requirements waved away: "I don't think we need a lot of requirements gathering here"
    r"\b(don'?t|do not|won'?t) (think (we|you|i) )?(really )?need (a lot of |much |any )?"
    r"requirements( gathering)?\b|"
    r"\bsee what (you|i|we) (can|could) (build|do|make) with (it|them|this|these)\b|"
    r"\bwhat\b(\s+[\w']+){0,4}?\s+could be (an? )?agents?\b|"
    r"\bset up\b[^.]*" + TOOL.pattern + r"[^.]*\bthen (i )?(went and )?(asked|talked to|spoke to)\b"
)
# Tools first told as a mistake the speaker regrets and no longer makes: "I went straight for a
# vector database before I'd even asked the drivers ..., I wouldn't do that again", "What I
# regret, I picked the vector database in week one".
_REGRETTED = _rx(
    r"\b(regret\w*|(would|will|'d)( not|n'?t) do (that|it) again|never again|next time i|"
    r"(my|a|big|biggest|first|main) mistake|lesson|other way round|"
    r"threw (it|half of it|\w+ of it) away|"
    r"didn'?t need (it|them)( at all)?|nobody used it|"
    # "something the control room didn't need ... So this time, questions first", "it was a
    # solution looking for a problem"
    r"(something|a thing|stuff) (\w+ ){0,3}(didn'?t|did not|never) (actually |really )?need\w*|"
    r"this time,? (\w+ ){0,2}(questions?|requirements?|the (problem|users?))( come)? first|"
    r"solution looking for a problem|"
    # "and I built a chatbot nobody asked for. So now it's requirements first"
    r"nobody asked for|now it'?s (questions?|requirements?|the (problem|users?|people)) first|"
    # time lost on it: "and lost about a month building the wrong thing", "Three weeks wasted."
    r"(lost|wasted) (about |nearly |almost |over )?(a|an|\w+) (days?|weeks?|months?)|"
    r"(days?|weeks?|months?) wasted|building the wrong thing|"
    # "we ripped it out three months later", "So, questions first."
    r"(ripped|tore|torn|pulled|threw) (it|them|that|the whole thing) out|"
    r"so,? (questions?|requirements?) first)\b"
)


def _tools_used_first(sentences: list[_Sentence]) -> _Sentence | None:
    """The first sentence telling of tools before the problem (_USE_FOUND_FOR_TOOLS), unless it
    or the next sentence regrets it (_REGRETTED)."""
    for sentence in sentences:
        if _USE_FOUND_FOR_TOOLS.search(sentence.plain) and not _regretted(sentences, sentence):
            return sentence
    return None


# A start called wrong in the sentence before it is told: "I started it wrong, to be honest
# with you. Picked Pinecone and GPT-4 before I'd asked anyone" ("I got into it the other way
# round" only says how it went).
_STARTED_WRONG = _rx(
    r"\b(started|began|did|went about) (it |this |that |off |out )*(all )?wrong\b|"
    # "I made the mistake of starting with the tools", "my weakness used to be reaching for the
    # framework before the problem"
    r"\b(made|make|making) the mistake of\b|\b(weakness|mistake) (used to be|was)\b"
)


def _regretted(sentences: list[_Sentence], sentence: _Sentence) -> bool:
    """Whether sentence, or the one after it, regrets what it tells (_REGRETTED), or the one
    before calls the start wrong (_STARTED_WRONG)."""
    before, after = _around(sentences, sentence)
    if before is not None and _STARTED_WRONG.search(before.plain):
        return True
    return any(s is not None and _REGRETTED.search(s.plain) for s in (sentence, after))


# The same told as working out afterwards what to put in what was set up: "I set up the vector
# store first and then I thought about what to put in it", "and then figured out what to do
# with it", "then worked out the rest" (where its sentence or the one before names the stack).
_USE_LOOKED_FOR = _rx(
    r"\b(then|and)\b[^.?!]{0,40}?\b(thought|figured|figuring|worked|working|searched|looked|"
    r"looking|wondered|was like|went)\b"
    r"[^.?!]{0,40}?\b(what (to|(i|we) (could|should|can|might)|can i|could i|shall i|should i|"
    r"do i|would i|they'?d( actually)?) (do|use|put|feed|build) (with |in |into )?(it|them|"
    r"inside)\b|(that )?(i|we) could use (it|them|this) for\b|"
    r"for a use case|out the rest\b(?! of)|"
    # "then we went round the business looking for where to use it", "where in ops to put it"
    r"where\b[^.?!]{0,25}?\bto (use|put|apply|point) (it|them|this|that)\b|"
    # "and then I was looking, okay, which problem can I give to the agents?", "then I looked
    # in my company for what problem we can solve with it"
    r"(which|what) (problem|use|job|task)s? ((can|could|should|do|would) (i|we)|(i|we) (can|"
    r"could|should|might)) (give|hand|feed|throw|point|solve|tackle|fix)\b|"
    # "and then I thought, what can it do", "then I looked around at work for something to use
    # it on" (dev156, dev157)
    r"what (can|could) (it|they) do\b|(something|somewhere|a place) to (use|put|point) (it|them|"
    r"this|that) (on|for|at|to)\b)|"
    # "Once I had it set up I needed some documents" (dev157)
    r"\bonce (i|we) had (it|them|that|everything) (all )?(set up|running|working|installed)\b"
    r"[^.?!]{0,20}?\b(i|we) (needed|wanted|went looking for|looked for) (some )?(documents|data|"
    r"a use|something)\b|"
    # "I started with that and then we found a place for it on the website"
    r"\b(then|and)\b[^.?!]{0,40}?\b(found|find|finding) (a|the) (place|home|spot|problem) for "
    r"(it|them|this|that)\b"
)
_STACK = _rx(r"\b(stack|vector (store|database|db)|framework|platform|tools)\b")
# A stack picked as a habit, before any problem: "my default stack is", "the stack I reach for".
_HABIT_STACK = _rx(
    r"\bmy (default|go-to|usual|standard) (stack|setup|set-up|combo|toolkit)\b|\bthe stack i "
    r"(always )?(reach for|start (from|with))\b|\bi always start ((from|with) )?(there|that|the "
    r"same (stack|tools))\b"
)


def _use_looked_for(sentences: list[_Sentence]) -> _Sentence | None:
    """The sentence looking for a use after the tools were set up (_USE_LOOKED_FOR)."""
    for sentence in sentences:
        if _USE_LOOKED_FOR.search(sentence.plain):
            before = sentences[sentence.index - 1].plain if sentence.index else ""
            if any(TOOL.search(text) or _STACK.search(text) for text in (sentence.plain, before)):
                return sentence
    return None


# A use asked for what was already built: "I built a little demo over a weekend and then went
# round asking what could we use this for", "we stood up the whole stack first and said to the
# product team, what do you want to build on this?", "taking it round, asking who wants this";
# and a tool taken on before there was a use or a brief: "two months fine-tuning a Llama before
# we had a clear use for it".
_USE_ASKED_FOR = _rx(
    r"\b(what|where|how) (could|can|should|would|might|do) (we|i|they|you|people) (use|put|point|"
    r"apply) (this|it|them|that)\b|\bwho('d| would| might)? (want|wants|need|needs) (this|it|"
    r"that|them)\b|"
    # "my job was basically to find things to do with it", "see if anyone wanted them"
    r"\bfind(ing)? (us |me |them )?(a use|uses|things|something|stuff|use cases?)( \w+)? "
    r"(to do )?(with|for) (it|this|them|that)\b|"
    r"\b(see|ask|asked|check|checked|find out) if any(one|body) (wanted|wants|needed|needs|"
    r"would use|could use) (it|them|this|that|one)\b|"
    r"\bwhat (do|would|did) (you|they) want to build on (this|it|that|them)\b|"
    r"\bbuild something on (it|this|that|them)\b"
)
_BEFORE_A_USE = _rx(
    r"\b(before|without) (we|i|anyone|they|we'?d|i'?d|the \w+( \w+)?)( had| have)?( even)? "
    r"((had|having|knew|knowing|finished|asked|written|wrote|agreed)( on| writing)? ((a|any|the) )?"
    r"((clear|real|actual|specific) )?(use|need|problem|brief|requirements?|use case)\b|"
    # "before we even knew what we would use them for", "before anyone had decided what it was
    # for"
    r"(knew|know|knowing|decided|deciding|worked out|figured out|agreed( on)?) what (it|they|this|"
    r"that) (was|were|is|are|would be) for\b|"
    r"(knew|know|knowing|decided|deciding|worked out|figured out|agreed( on)?) what (we|i|they)"
    r"('d| would| could| were going to| was going to) (use|do with) (it|them|this|that)\b|"
    # "before we even talked to the customer service people about what customers ask"
    r"(talked|spoke|asked) (to|with) (the|our|any|a)\b)|"
    # "we had already standardised on LangChain for everything before this came up"
    r"\bbefore (this|that|it|the (\w+ )?(project|problem|need|request|use case)) (even )?(came up|"
    r"came along|existed)\b"
)
# Set up and still without a use: "we haven't really pinned down which problem they're for
# yet" (the sentence before, or this one, names the tool or what was bought).
_NO_USE_YET = _rx(
    r"\b(haven'?t|have not|hasn'?t|has not|still (haven'?t|don'?t))( \w+)? (pinned down|worked out|"
    r"figured out|decided|settled on|agreed on|found) (which|what) (problem|use|job|task|use case)"
    r"s? (it'?s|they'?re|it is|they are|this is|we'?d use (it|them)) for\b"
)
_BUILT = _rx(
    r"\b(built|set up|stood up|put together|threw together|knocked (up|together)|fine-?tun\w*|"
    r"had us on|(signed|got|took out|paid for) (a|an|the|some|one of (them|those|these))? "
    r"?([\w-]+ ){0,3}(deal|contract|licen[cs]es?)|signed up (for|to)|bought|had ([\w-]+ ){0,3}"
    r"credits)\b"
)


def _use_asked_for_after(sentences: list[_Sentence]) -> _Sentence | None:
    """The sentence asking what to use a thing for that was already built, or taking up a tool
    before there was a use, unless it or the next sentence regrets it (_REGRETTED)."""
    for sentence in sentences:
        text = sentence.plain
        before = sentences[sentence.index - 1].plain if sentence.index else ""
        asked = _unnegated(_USE_ASKED_FOR, text)
        no_use_yet = _unnegated(_BEFORE_A_USE, text)
        built_first = asked is not None and (
            _BUILT.search(text[: asked.start()]) or _BUILT.search(before)
        )
        tool_early = no_use_yet is not None and (TOOL.search(text) or _BUILT.search(text))
        still_no_use = _NO_USE_YET.search(text) is not None and any(
            TOOL.search(said) or _BUILT.search(said) for said in (text, before)
        )
        if (built_first or tool_early or still_no_use) and not _regretted(sentences, sentence):
            return sentence
    return None


# A sentence that only acknowledges ("People tell me AI is hot. Fine. That is not why."): what
# follows a claim is read past it.
_ACKNOWLEDGEMENT = _rx(r"^\W*(fine|sure|okay|ok|right|alright|all right|anyway|whatever)\W*$")


def _around(sentences: list[_Sentence], sentence: _Sentence) -> tuple[_Sentence | None, ...]:
    """The sentences before and after sentence (None at either end; after, past a sentence
    that only acknowledges)."""
    index = sentence.index
    after = index + 1
    if after + 1 < len(sentences) and _ACKNOWLEDGEMENT.search(sentences[after].plain):
        after += 1
    return (
        sentences[index - 1] if index else None,
        sentences[after] if after < len(sentences) else None,
    )


# An apology refused, or only advised by someone else: "I'm sorry I don't have, um, no,
# actually, I'm not going to apologise for that", "an old boss once told me to apologise for
# being self-taught. Never bought it."
_APOLOGY_REFUSED = _rx(
    r"\b(not|won'?t|never|refuse to|not going to|not gonna) apologi[sz]e\b|\b(told|advised|"
    r"wanted|asked) me to apologi[sz]e\b|"
    # someone else's apology, and the speaker will not make it: "My old team lead used to start
    # every meeting with "sorry, I'm not an ML person", and it drove me mad, so I don't do
    # that" (dev155)
    r"\b(used to|would|always) (start|open|begin|say)\b[^.]*\bsorry\b[^.]*\b(so )?i (don'?t|do "
    r"not|never|won'?t) do that\b"
)


def declines(kind: str, sentence: _Sentence, sentences: list[_Sentence]) -> bool:
    """Whether sentence is a near-miss the rules know for the mistake kind: the speaker sets
    it aside ("I don't need to compete with them, it's a different job", "that's not why",
    "I'm not going to apologise for it", "well, no, that's underselling it")."""
    _, after = _around(sentences, sentence)
    if kind == "comparing-to-researchers":
        return bool(_NOT_COMPETING.search(sentence.plain) and not _REGRET.search(sentence.plain))
    if kind == "ai-is-hot":
        return bool(
            _DISAVOWAL.search(sentence.plain)
            or _REAL_REASON.search(sentence.plain)
            or _denies(after)
        )
    if kind == "apologising-for-background":
        return _APOLOGY_REFUSED.search(sentence.plain) is not None
    if kind == "minimising-swe-experience":
        return _taken_back(sentence, 0, after)
    return False


# A pilot in a few places called a success everywhere: "we ran it in three of our forty salons
# for a month ... So it's been a success across the company, really" (a success across the
# company after it was rolled out to all of it is none).
_COMPANY_WIDE = _rx(
    r"\ba success (across|throughout|for) (the (whole |entire )?(company|business|chain|group|"
    r"firm|organi[sz]ation)|the board)\b|"
    # "that was in the pilot, with three tenants, but it's the same for all of them really"
    r"\b(it'?s|that'?s|it is|the (approach|saving|result) is|it works) the same (for|across|with|"
    r"in) (all|every|the (whole|rest))\b"
)
_PILOT = _rx(
    r"\b(pilot(ed|s)?|trial(l?ed|s)?|hackathon|(on|in|at|for|from) one (\w+ )?(store|site|branch|"
    r"shop|depot|region|warehouse|clinic|school|office|team)('?s)?|"
    r"(in|at|for) (one|two|three|four|five|a few|\d+) of (our |the |"
    r"its )?(\w+ )?\w+|one of (\w+ )?(\d+|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|a hundred))\b"
)
_ROLLED_OUT = _rx(
    r"\b(rolled|rolling) (it |this |that )?out\b|"
    r"\b(to|across|in) (all|every)\b(?! (honesty|costs|times))"
)


def _pilot_called_company_wide(sentences: list[_Sentence]) -> _Sentence | None:
    """The sentence calling a pilot told before it a success across the company, unless it
    was rolled out to all of it."""
    for sentence in sentences:
        wide = _COMPANY_WIDE.search(sentence.plain)
        if wide is None:
            continue
        told = [*(s.plain for s in sentences[: sentence.index]), sentence.plain[: wide.start()]]
        if any(_PILOT.search(text) for text in told) and not any(
            _ROLLED_OUT.search(text) for text in told
        ):
            return sentence
    return None


# Claims that outrun what was told before them (each checked with the sentence before it):
# a demo's clean sweep taken as proof ("we demoed it to the committee and it got every single
# one right"), courses or certificates counted as years of work ("which is kind of the same as
# a couple of years on the job"), another team's result claimed ("the ranking model was
# trained by our data team ... this is my result"), a prototype on the speaker's laptop called
# production ("it runs in a Streamlit app on my machine").
_DEMO = _rx(r"\b(demo\w*|showed it|presented it|show(ed)? it to)\b")
_CLEAN_SWEEP = _rx(
    r"\b(got|answered) (every|all)( single)?( \w+)? (one|question|answer|query|thing)s?( \w+)? "
    r"right\b"
)
_SWEEP_DOUBTED = _rx(r"\b(proves? nothing|doesn'?t prove|not proof|means nothing|but a demo)\b")
_COURSE = _rx(
    r"\b(courses?|specialisation|specialization|certificat\w*|certs?|bootcamp|mooc|nanodegree|"
    r"assignments)\b"
)
_YEARS_EQUIVALENT = _rx(
    r"\b(equivalent of|the same as|as good as|worth|equal to) (about |roughly )?(a couple of|a few|"
    r"two|three|four|five|several|\d+) years\b"
)
_RESULT_CLAIMED = _rx(
    r"\b(this|that|it|the result|the (\w+ )?(number|win|outcome|figure))( is|'s) (my result|"
    r"mine)\b|"
    r"\bi delivered (it|that)\b"
)
_OTHER_TEAMS_WORK = _rx(
    r"\b(by|from) (the|our|their) ([\w-]+ ){1,2}(team|people|department|folks)\b"
)
_ON_MY_MACHINE = _rx(
    r"\b(runs?|running|ran|run it)\b[^.]{0,30}\b(on|from) my (own )?(laptop|machine|pc|computer|"
    r"desktop)\b"
)
_CALLED_PRODUCTION = _rx(r"\b(it'?s|it is|that is|that'?s|is) (in )?production\b")


def _claim_outruns_context(sentences: list[_Sentence]) -> _Sentence | None:
    """The sentence making one of the claims above."""
    for sentence in sentences:
        text = sentence.plain
        before, after = _around(sentences, sentence)
        told = f"{before.plain if before else ''} {text}"
        near = f"{told} {after.plain if after else ''}"
        if (
            (_CLEAN_SWEEP.search(text) and _DEMO.search(told) and not _SWEEP_DOUBTED.search(near))
            or (_YEARS_EQUIVALENT.search(text) and _COURSE.search(told))
            or (_unnegated(_RESULT_CLAIMED, text) and _OTHER_TEAMS_WORK.search(told))
            or (_ON_MY_MACHINE.search(text) and _unnegated(_CALLED_PRODUCTION, near))
        ):
            return sentence
    return None


def find_mistakes(request: CoachRequest, sentences: list[_Sentence]) -> list[Mistake]:
    found: list[Mistake] = []
    apology = _apologises(request, sentences)
    if apology is not None:
        found.append(Mistake("apologising-for-background", apology.text))
    for kind in (*MISTAKE_PATTERNS, "comparing-to-researchers"):
        sentence = next(
            (s for s in sentences if _says(kind, s, *_around(sentences, s))),
            None,
        )
        if sentence is not None:
            found.append(Mistake(kind, sentence.text))
    if not any(m.kind == "overselling-ai" for m in found):
        widened = _pilot_called_company_wide(sentences) or _claim_outruns_context(sentences)
        if widened is not None:
            found.append(Mistake("overselling-ai", widened.text))
    tool = _tools_first(sentences) if is_system_design(request) else None
    tool = (
        tool
        or _tools_used_first(sentences)
        or _first(_HABIT_STACK, sentences)
        or _use_looked_for(sentences)
        or _use_asked_for_after(sentences)
    )
    if tool is not None:
        found.append(Mistake("tools-before-requirements", tool.text))
    return found
