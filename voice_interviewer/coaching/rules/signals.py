"""The rule coach's vocabulary: the signals of the interview guide as patterns, and the
sentences of a transcript as the checks read them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from voice_interviewer.coaching.grounding import split_sentences
from voice_interviewer.coaching.schema import CoachRequest


class Words:
    """A case-blind pattern of words. It reads the text lowercased with a pattern compiled
    case-sensitive: with re.IGNORECASE, re folds the case at each character of each branch it
    tries, which made the rule coach 1.6 times as slow (bench/rule_speed.py). A match's
    positions are the text's (a text whose lowercase changes length is read case-blind); its
    groups hold the lowercased words."""

    __slots__ = ("_case_blind", "_lowercase", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._lowercase = re.compile(_boundary_shared(pattern))
        self._case_blind: re.Pattern[str] | None = None

    @property
    def case_blind(self) -> re.Pattern[str]:
        """The pattern compiled with re.IGNORECASE, on first use: few texts and few rules need
        it, and compiling every pattern twice took a third of the program's start-up."""
        if self._case_blind is None:
            self._case_blind = re.compile(self._lowercase.pattern, re.IGNORECASE)
        return self._case_blind

    def _reading(self, text: str) -> tuple[re.Pattern[str], str]:
        lowered = text.lower()
        if len(lowered) == len(text):
            return self._lowercase, lowered
        return self.case_blind, text

    def search(self, text: str) -> re.Match[str] | None:
        pattern, read = self._reading(text)
        return pattern.search(read)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pattern, read = self._reading(text)
        return pattern.finditer(read)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        pattern, read = self._reading(text)
        return pattern.fullmatch(read)

    def findall(self, text: str) -> list[str]:
        """The lowercased words of each match."""
        pattern, read = self._reading(text)
        return pattern.findall(read)

    def sub(self, replacement: str, text: str) -> str:
        """text with each match replaced, its other words as they were."""
        return self.case_blind.sub(replacement, text)

    def split(self, text: str) -> list[str]:
        """text's parts between matches, as they were."""
        return self.case_blind.split(text)


def _rx(pattern: str) -> Words:
    """pattern as Words, its groups made non-capturing: no rule reads a group by number, and
    capturing slows the long alternations of words two to three times."""
    return Words(_CAPTURING_GROUP.sub(_uncaptured, pattern))


# An escaped character, a character class (kept as they are) or a group's opening bracket that
# captures.
_CAPTURING_GROUP = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)")


def _uncaptured(token: re.Match[str]) -> str:
    return "(?:" if token.group(0) == "(" else token.group(0)


# A top-level alternative's opening: the lookbehinds before it and its word boundary.
_BOUNDARY_OPENING = re.compile(r"((?:\(\?<[!=](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\])*\))*)\\b")
# What the top-level alternatives are split at: an escape or a character class is kept whole.
_ALTERNATIVE_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|[()|]")


def _boundary_shared(pattern: str) -> str:
    """pattern with the word boundary that opens consecutive top-level alternatives checked
    once for them all: "\\ba|\\bb|c" reads as "\\b(?:a|b)|c", which matches the same at the
    same places. re tries each alternative at each position of the text, and a long list of
    alternatives that each open with a boundary failed at every letter inside a word as many
    times as it had alternatives: shared, the rule coach took 11.1 ms an answer instead of 16.2
    (bench/rule_speed.py)."""
    parts: list[str] = []
    shared: list[str] = []  # alternatives that open with a boundary, since the last that does not
    for alternative in _top_level_alternatives(pattern):
        opening = _BOUNDARY_OPENING.match(alternative)
        if opening is None:
            parts += _one_boundary(shared)
            shared = []
            parts.append(alternative)
        else:
            shared.append(opening.group(1) + alternative[opening.end() :])
    return "|".join(parts + _one_boundary(shared))


def _one_boundary(alternatives: list[str]) -> list[str]:
    return [r"\b(?:" + "|".join(alternatives) + ")"] if alternatives else []


def _top_level_alternatives(pattern: str) -> list[str]:
    """pattern's alternatives outside any group."""
    alternatives, depth, start = [], 0, 0
    for token in _ALTERNATIVE_TOKEN.finditer(pattern):
        if token.group(0) == "(":
            depth += 1
        elif token.group(0) == ")":
            depth -= 1
        elif token.group(0) == "|" and depth == 0:
            alternatives.append(pattern[start : token.start()])
            start = token.end()
    return [*alternatives, pattern[start:]]


# --- signals -----------------------------------------------------------------------------
# A production problem is pain in the work (something broke, piled up, was done by hand), not
# the speaker's own limits ("I couldn't derive the maths" is a gap, not a problem).
_PROBLEM = _rx(
    r"\b(problems?|issues?|pain|outages?|incidents?(?! reviews?)|broke|broken|failing|failed|"
    r"failures?|bottlenecks?|backlog|manual(ly)?|couldn'?t|could not|can'?t keep up|"
    r"limits? of|ceiling|struggl\w*|kept (running into|breaking|losing|missing|failing)|ran into|"
    r"too slow|complain\w*|misrout\w*|2 ?am|paged|by hand|drowning|took forever|never held|"
    r"again and again|over and over|(they|people|users|customers|we) (don'?t|can'?t) find|"
    r"nightmare|(a|such a|total|complete) mess|headaches?|painful|error-prone|"
    r"fell through the cracks|piling up|piled up|lost (\w+ ){0,2}(customers|money|deals|revenue)|"
    # the same thing asked or done again and again, and work people need done at once
    r"kept (asking|sending|calling|emailing|typing|copying|chasing|getting|ringing|phoning|"
    r"complaining|coming back|pinging|bugging|confirming|interrupting|bothering)|"
    # "they were forever ringing the office", "the families have to wait for the draft", "the
    # handovers were running over and the day staff were starting late"
    r"forever (asking|ringing|calling|phoning|chasing|emailing|searching|looking)|"
    r"(people|customers|families|patients|clients|staff|they|\w+ers) (have|has|had) to wait "
    r"(for|until|(\w+ )?(days|weeks|hours|ages))|"
    r"(was|were) (running over|running late|starting late)|"
    r"the same (\w+ )?questions|re-?keying|re-?typing|retyp\w*|copy(ing)?[- ]past\w*|"
    r"a full day'?s work|"
    r"(get|got|getting|receiv\w*|answer\w*|handl\w*) (\w+ ){0,2}(hundreds|thousands|dozens) of "
    r"(emails|tickets|calls|questions|requests|letters|messages|alarms|alerts|reports|complaints|"
    r"enquiries|applications|orders|claims)|"
    # people kept waiting or on hold, work slow to do, the wrong thing shipped, rules that were
    # no good, a recall: "applications were waiting six weeks", "they were putting people on hold
    # to look", "it took them fifteen minutes per lookup", "we'd ship the wrong wheels"
    r"(were|was|are|is) waiting (\w+ ){0,2}(weeks|days|months|hours)|"
    r"(put|putting|puts|kept|keep|left|leaving) (\w+ ){0,2}on hold|slow to (search|find|read|use|"
    r"load|look up)|took ((them|people|staff|us|\w+ers) )?((maybe|about|around|roughly|nearly) )?"
    r"\w+ (minutes|hours|days) (per|each|a|for every|apiece)\b|"
    # "the QA team was answering in three days", "searching by keyword was hours of work per
    # case", "one privileged thread had slipped through", "rules on keywords didn't work"
    r"(was|were) (answering|replying|responding|getting back)( to \w+)? in ((about|around|"
    r"roughly) )?\w+ (days|weeks)|hours of (work|effort|searching|digging|reading)|"
    r"slip(s|ped|ping)? through|(rules|keywords?|templates?|regex\w*|the search|keyword search)"
    r"( on [\w-]+)? (didn'?t|did not|don'?t|never|wouldn'?t) work|(ship|shipped|shipping|send|"
    r"sending|deliver|delivered|delivering) the wrong|(rules|keywords?|templates?|regex\w*|"
    r"the search) (were|was|is|are) (hopeless|useless|no good|terrible)|product recall|"
    r"need(s|ed)? (\w+ ){1,4}(quickly|fast|urgently|right away|immediately|on the spot)|"
    r"spen(d|t|ding)\W+(\w+\W+){0,3}(minutes?|hours?|days?|weeks?|ages|nights?|evenings?|"
    r"weekends?)|"
    # people overloaded, work always late, customers ringing back
    r"overloaded|swamped|snowed under|hammered|slammed|overwhelmed|(was|were) always late|"
    r"(ringing|calling|phoning) back|"
    # time lost, and people saying they lack something: "the dispatchers were losing about an
    # hour every morning", "students kept saying they had nobody to run lines with"
    r"(losing|lost|wasting|wasted) (about |around |roughly |nearly |over |half )?(an? |\w+ )?"
    r"(hours?|days?|minutes?|mornings?|afternoons?|evenings?)|"
    r"kept (saying|telling (us|me)) (that )?(they|it|we) (had no|had nobody|couldn'?t|can'?t|"
    r"didn'?t|weren'?t|wasn'?t)|"
    # things going to the wrong place, falling over, piling, nobody reading them
    # (any wrong thing: "the wrong chain length", "the wrong revision"; not "the wrong way
    # round" or "the wrong impression")
    r"the wrong (?!(way|end|impression|idea|foot|side of)\b)[\w-]+|fell over|falls over|"
    r"fall over|"
    r"(nobody|no one) (was |is |were |had been )?(reading|looking at|answering|checking)|"
    r"ringing (all|the whole|whole) day|(ringing|rings?|rang) off the hook|piling|"
    r"(first|main|biggest|top|number one) cause of|outdated|out-of-date|"
    r"(has to|have to|had to|must) (manually )?(check|read|sort|type|review|copy|go through|"
    r"look at|write up|re-?enter|fill in)|(somebody|someone|a person|people|staff|\w+ers) "
    r"(has|have|had) to (match|decide)|"
    # work done twice, people rung at night, work sent back, a request that does nothing: "people
    # were fixing the same crash twice", "they'd ring shore support at three in the morning", "the
    # submission got bounced", "a driver says I'm freezing and nothing happens"
    r"(fixing|doing|answering|filing|writing|building|investigating) the same ([\w-]+ ){0,2}"
    r"twice|(ring|rang|call|phon|wak|wok)\w*( [\w-]+){0,3} (at|in) ("
    r"(one|two|three|four|1|2|3|4) in the morning|the middle of the night)|"
    r"(got|get|gets|getting|was|were) (bounced|sent back|kicked back)|"
    r"and nothing happen(s|ed)|"
    # information scattered, work bounced around, errors caught only by eye
    r"(scattered|buried|spread) (across|over|between|through|in)|"
    r"bounc\w* (between|around|back)|back and forth|by eye|"
    # what people did before: "Before, people typed them in all night"
    r"^\W*before\W+(\w+ ){0,2}?(people|staff|we|they|someone|somebody|everyone|\w+ers|\w+ists|"
    r"clerks|nurses|agents|operators|doctors|vets|managers)( \w+)? (typed|keyed|entered|copied|"
    r"had to|spent|phoned|called|rang|waited|searched|read|checked|went through|wrote|writing|"
    r"typing|sorting|copying|checking|phoning|calling|chasing)|"
    # slow work, searching by hand, things missed or sent out wrong, and angry customers:
    # "replies were taking three or four days", "case managers hunted through reports", "the
    # graders were missing some", "a certificate went out with the wrong name", "he was furious"
    r"(was|were) taking (\w+ ){0,4}?(minutes|hours|days|weeks|most of an? \w+|an? (day|week|"
    r"morning|afternoon))|(hunt\w*|digging|dug|trawl\w*|rummag\w*|wad(e|ed|ing)) (through|for)|"
    r"(?<!\bi )(were|was|kept) missing|(went out|were sent|was sent|got sent) (with )?(the )?wrong|"
    r"(was|were|is|are|got|turned up|arrived) (\w+ )?(furious|angry|livid|fuming|irate)|"
    # things late, a line stopped, most of it missed: "the tea arrives late", "they'd stop the
    # line and wait for QA", "it'd flag the word and miss literally all of that"
    # "we once funded the same invoice two times", "restaurants answer slowly or not at all",
    # "the old keyword rules catch very little", "three shipments held", "sellers learned to
    # spell around them", "genuine sellers got caught by accident"
    r"the same [\w-]+( [\w-]+)? (twice|two times)|slowly or not at all|(old )?(rules|keywords?|"
    r"regex\w*|filters?|the search)( \w+)? (catch|caught|find|found|match|matched) (very little|"
    r"almost nothing|little|hardly anything)|(shipments?|orders?|containers?|deliveries|payments?|"
    r"invoices?) (were |was |got )?(held|stuck|blocked)\b|(learned|learnt) to (spell|get|work) "
    r"around|(got|get|getting) caught by accident|"
    r"(arrive|arrives|arrived|arriving) late|(stop|stops|stopped|stopping) the (line|plant|"
    r"production)|miss(ed|es)? (literally |basically |just about )?(all|most|half|a lot) of "
    r"(that|it|them|those)\b|"
    # work that had to be puzzled out, mangled by the old system, or worked around
    r"(?<!\bme )(?<!\bi )(has|have|had) to (work|figure) out|mangl\w*|"
    r"(wrote|worked|typed|got) around (it|them|the)|"
    # an AI system inventing things, people stuck, and a check that missed things: "it made up a
    # ward name", "the assistant started making up dates", "you're stuck for days", "the keyword
    # list missed that", "volunteers can't always spot risk"
    r"(it|(the|our|their|an?) (\w+ )?(model|bot|assistant|chatbot|system|tool)) (\w+ )?"
    r"(made|makes|was making|started making|kept making) up|stuck (for|waiting)|"
    r"(templates?|rules?|scripts?|parsers?|regex\w*)( keeps?| kept)? break(s|ing)?\b|"
    r"(getting|got|were|was) stuck\b|nobody to ask|(gets|got|get|getting|were|was) (buried|"
    r"flooded|inundated)|"
    r"(the|our|a) (\w+ )?(list|rules?|filter|search|parser) missed|can'?t always (spot|find|tell|"
    r"see|catch)|"
    # an old way that cannot cope: "keyword search can't tell vessel from ship", "rules can't
    # read them", "it just missed all of that", "rules-based tagging got us nowhere", "it's
    # impossible"
    r"(keyword search|search|rules?|filters?|regex\w*|templates?|keywords?) (can'?t|couldn'?t|"
    r"could not|cannot) (tell|read|handle|cope|understand|match)|"
    r"(it|they|that) (just )?missed (all|most|half) (of )?(that|them|it|the)|got (us )?nowhere|"
    r"(it'?s|it was|it is) (just |simply )?(impossible|hopeless)|"
    # text no rule can handle, stock thrown away, work done twice, a disaster nearly met: "you
    # can't write rules for that", "no rule fixes that", "we were binning fourteen hundred loaves
    # a week", "the crown gets remade", "nothing went on air, but it was close"
    r"can'?t write (\w+ )?rules? for|no (\w+ )?rules? (\w+ )?(fix|fixes|catch|catches|handle|"
    r"handles|covers?)|rules? (can'?t|couldn'?t|could not|cannot) (look|handle|read|cope|catch|"
    r"tell|deal)|(binn(ing|ed)|throw(ing|n)? away|threw away|wast(ing|ed)) (\w+ ){0,5}(a|per|"
    r"every) (day|week|month|year|shift)|(gets?|got|has to be|had to be|have to be) (remade|"
    r"redone|re-?sent|re-?issued|re-?printed)|but it was close|close call|near miss|"
    r"requirements?|latency budget|what does a failure look like)\b"
)
# Before a problem word, what makes it no problem of the work: the speaker as its subject ("I'd
# struggle with the maths" is a gap), a safeguard ("making sure a failed step never sends"),
# its absence ("without a serious incident"), or a guess about others.
_NOT_A_PROBLEM_BEFORE = _rx(
    r"(\bi(?:'d| would| will| might| still)?(?: really| probably| \w+ly)?|"
    r"\bi (found|find)(\s+\w+){0,3}|"
    # the speaker checking the system's work ("I checked fifty requests by hand", "each Monday
    # I look at the failed ones")
    r"\bi (\w+ )?(checked|tested|label+ed|reviewed|graded|annotated|scored|compared|went through|"
    r"look at|looked at|go through)"
    r"(\s+[\w'-]+){0,5}|"
    r"\b(?:if|in case|unless|(?:make|makes|making|made) sure)\b(?:\s+[\w'-]+){0,4}|"
    r"\b(?:without|no|never|zero|nobody|nobody's|no one)\b(?:\s+[\w'-]+){0,2}|"
    # denied: "there wasn't a real user or a real problem behind it"
    r"\b(?:wasn'?t|weren'?t|isn'?t|aren'?t)\s+(?:a|an|any)\s+(?:real|actual)\b(?:\s+[\w'-]+){0,4}|"
    # "there wasn't a problem with the old ones really"
    r"\bthere\s+(?:wasn'?t|weren'?t|isn'?t|aren'?t)\s+(?:really\s+)?(?:a|an|any)"
    r"(?:\s+[\w'-]+){0,2}|"
    # a kind, not a problem met: "this is exactly the kind of problem that now has a solution"
    r"\b(?:the|this|that|these|those)\s+(?:exact\s+|same\s+)?(?:kind|sort|type)s?\s+of|"
    # a fit for a tool, not a problem met: "that's a perfect RAG problem"
    r"\b(?:a|an)\s+(?:perfect|classic|textbook|ideal|typical)(?:\s+[\w-]+)?|"
    # the speaker's own slip: "I typed the wrong name into the config once"
    r"\bi\s+(?:\w+ly\s+)?(?:typed|picked|chose|used|entered|put|wrote|pressed|clicked|grabbed|"
    r"took|opened|read)|"
    # a safeguard's destination: "a fallback to the manual queue"
    r"\b(?:fall\s*back|fallback|falls\s+back|fell\s+back|routed|escalated|handed\s+(?:off|over))"
    r"\s+to\s+(?:the|a|an)|"
    # a problem guessed for others in general: "a lot of companies must have document problems",
    # "I'd imagine most of them still handle it by hand"; a kind of task: "an engineering problem"
    r"\b(?:companies|people|businesses|organi[sz]ations|teams|everyone|everybody)\s+(?:\w+\s+)?"
    r"(?:must|probably|might|may)\s+have(?:\s+[\w'-]+){0,2}|"
    # "every company has this giant backlog of tickets"
    r"\b(?:every|most|all|a lot of)\s+(?:company|companies|business|businesses|organi[sz]ations?)"
    r"\s+(?:has|have)(?:\s+[\w'-]+){0,3}|"
    r"\bi(?:'d| would)? imagine(?:\s+[\w'-]+){0,6}|"
    # a problem assumed rather than met, or an industry's: "I assumed council tenants probably
    # struggle", "if you look at customer service as an industry, it's drowning"
    r"\bi (?:assumed|figured|guessed|presumed)(?:\s+[\w'-]+){0,6}|"
    r"\b(?:as an|the whole|across the) industry\b(?:\W+[\w'-]+){0,3}|"
    # its absence: "we don't have this kind of problem so much"
    r"\b(?:don'?t|do not|didn'?t|did not) (?:really )?have(?:\s+[\w'-]+){0,3}|"
    r"\b(?:an?|the)\s+(?:engineering|research|maths?|math)|"
    r"\b(?:don'?t|do not|doesn'?t) see (?:why|how)(?:\s+[\w'-]+){0,3})\s+$"
)
_HYPE = _rx(
    r"\b(excit\w*|fascinat\w*|passion\w*|cool|hot|hype\w*|the future|amazing|revolution\w*|"
    r"love (ai|llms?|the tech\w*|this stuff|this field|it)|always wanted|dream|glued to|"
    r"obsessed)\b"
)
# Said about other people's reasons and rejected: "people switch because AI is hot, and that's a
# bad reason" names the view in order to set it aside.
_DISAVOWAL = _rx(
    r"\b(bad|wrong|poor|terrible) reasons?\b|\bi pushed back\b|\b(his|her|their) reason\b|"
    r",? no,? (it was|it's|it is) because\b|"
    r"\b(his|her|their|\w+'s) (first |whole |only )?(idea|pitch|line|view|reason)( for [\w-]+)? "
    r"was\b|"
    r"\b(that'?s|it'?s|is|was) (honestly |really |just |genuinely |actually |definitely )?"
    r"not (really |actually )?(it|why|the reason|my reason)\b|"
    r"\b(isn|wasn)'?t (really )?(it\b(?!\s*[,?])|why\b|the reason\b)|\bnot why i\b|"
    r"\b(it'?s|it is|is|was) (honestly |really |just )?not because\b|"
    # what people assume of the speaker, denied: "people assume I'm jumping on the bandwagon and
    # I'm really not", "people will assume it's because AI is hot, which, it's not that"
    r"\b(people|everyone|everybody|folks) (\w+ ){0,2}?(assume|think|say|figure|reckon)s?\b[^.]*"
    r"\b((and|but|which),? (i'?m|i am|it'?s|it is) (really |honestly |actually |just )?not|"
    # "people assume I'm moving for the AI salary bump, it's actually a pay cut, so it's not that"
    r"so (it'?s|it is|that'?s|that is) not (that|it|why))\b|"
    # someone else's reason set against the speaker's: "The sales director wanted it because AI
    # is hot, I wanted it because the line stops" (dev155)
    r"\b(wanted|bought|pushed for) (it|this|that|ai)\b[^.]*\bbecause\b[^.]*,? (and |but |whereas |"
    r"while )?i wanted (it|this|that|ai) because\b|"
    # what someone says of the speaker, called wrong: "My son says I only do all this because
    # AI is hot, he's wrong"
    r"\b(says|said|thinks|reckons|assumes|tells me|told me)\b[^.]*\b(he'?s|she'?s|they'?re|he is|"
    r"she is|they are) (just |simply |completely |dead |quite )?wrong\b|"
    # ... or the reason denied after it: "My cousin tells me AI is hot, you should go into AI,
    # and, no, that was never the reason" (dev157)
    r"\b(says|said|tells me|told me|keeps saying)\b[^.]*\bno,? (that|it) (was|is|has) never "
    r"(been )?(the|my) reason\b|"
    # the hype said to repel the speaker: "frankly the hype puts me off"
    r"\bthe (hype|buzz|excitement)( \w+){0,2}? (puts?|putting|turns?|turned|turning) me off\b|"
    # "My boss keeps saying AI is the future ..., which, I don't buy that, I think that's hype"
    r"\bi (don'?t|do not|never) (really )?(buy|bought) (that|it|this|any of (that|it))\b|"
    r"\bi (didn'?t|don'?t|did not|do not) (really )?care (too |that |very )?(much )?(for|about) "
    r"the (hype|buzz)\b|"
    # "keeps telling me AI's the hot thing, honestly, couldn't care less about that bit"; advice
    # to say it, refused: "she said just say AI is the future ... I'm not going to say that"
    r"\b(couldn'?t|could not) care less about (that|this|it|the (hype|buzz))( bit| part| side)?\b|"
    r"\bi'?m not (going to|gonna) say (that|it)\b|"
    # the hype as a reason the speaker would have acted on, and did not: "Everyone's hiring for
    # AI, sure, and if that were my reason I'd have jumped two years ago"
    r"\bif (that|it|this) (were|was|had been) (my|the) (reason|motive|driver)\b|"
    # the hype mocked: "a poster that says AI is the future of paper, and we all take the mick
    # out of it", "we made fun of it"
    r"\b(take|takes|took|taking) the (mick|mickey|michael|piss)\b|\b(make|makes|made|making) "
    r"fun of\b|\b(roll|rolls|rolled|rolling) (our|my|their) eyes\b|"
    # others' advice turned down: "people kept telling me AI is hot, go do a master's, and I
    # thought, no, that's not my game"
    r"\b(people|everyone|everybody|folks|friends|colleagues|recruiters) (kept |were |all )?"
    r"(telling|told|saying|said)( to)? me\b[^.]*\b(i (thought|said|went),? no\b|not my (game|"
    r"thing|path|world))"
)
# The hype owned as part of it, then set aside for the real reason, in the same sentence or
# the next: "Part of it is that's where the jobs are. But the thing that actually made me do it
# was our customer emails", "the hype helped me look, but what keeps me is this".
_REAL_REASON = _rx(
    r"\bbut\b.*\b((the|my) (real|actual|main|true) (reason|driver)|the (thing|reason|part) (that "
    r"|i )?(actually|really)|what (actually |really )?(made|keeps|kept|got|pulled|drew|pushed) me|"
    r"what (actually )?(matters|mattered) to me)\b"
)
# The speaker taking back what they just said of their work: "I was just the backend guy,
# well, no, that's underselling it, I owned the whole pipeline".
_TAKEN_BACK_SELF = _rx(
    r"\b(that'?s|that is|i'?m) (underselling|selling (it|myself) short|not fair (to|on) (me|"
    r"myself|it))\b|\b(well|actually),? no\b|\bscratch that\b|"
    # someone else's view of the speaker, rejected: "which isn't true", "I don't accept that"
    r"\b(which|that) (isn'?t|is not|wasn'?t) (true|fair|right)\b|\bthat'?s not (true|fair|right)\b|"
    r"\bi (don'?t|do not) (agree|accept)\b|\bi'?d push back\b|\bi pushed back\b|"
    r"\bthat'?s (exactly )?(the part|the bit|what) [^.]*\b(missing|lack|need)\w*\b|"
    r"\bbut the backend is\b|"
    # a joke about oneself, taken back: "Nah, I'm having you on", "only joking"
    r"\b(i'?m|just|only) (kidding|joking|having you on|pulling your leg)\b|\bbut that'?s wrong\b|"
    # "no, that's wrong", "no, that's the wrong way to put it", "no, that's too much"
    r"\bno,? (that'?s|that is) (wrong|not right|too much|the wrong (way|word))\b|"
    r"\bthe wrong way to (put|say) it\b|"
    # a choice, not a lack: "I just wired it in. Which, to be fair, was deliberate"
    r"\b(which|that|it)\W+([\w']+\W+){0,4}?(was|is) (deliberate|on purpose|intentional|"
    r"(my|our) (choice|call|decision))\b|"
    # plain, and proud of it: "nothing fancy but it doesn't fall over"
    r"^\W*but (it|they|that|the \w+)( \w+)? ((doesn'?t|don'?t|didn'?t|never|won'?t) (fall|fell|"
    r"go|went) (over|down)|(works?|worked|runs|ran|has run|never (breaks|broke|fails|failed)))\b"
)
_TECH = _rx(
    r"\b(ai|llms?|gpt\S*|chatgpt|langchain|pinecone|llama ?index|rag|vector (db|database|store)|"
    r"embeddings?|transformers?|neural|machine learning|ml|deep learning)\b"
)
# A problem the speaker met at work, told as what happened, brings a design answer its stakes:
# "I ask because at my last job a controller followed a superseded procedure", "at the utility
# our bot once quoted a withdrawn tariff". Asking the requirements, however well, does not.
# The place of the work ...
_WORK_SETTING = _rx(
    r"\b((at|in|from) (my|our|the|a|an) |where i |i (worked|was|came|come from|did|spent|ran|"
    r"maintain\w*|freelance)\b|we had\b|happened to us|reason i\b|i ask\b|why i (ask|care)\b)"
)
# ... someone there doing something, in the past ("we refunded", "handlers quoted", "the index
# was"), not in a condition of the design ("if a policy is withdrawn, it is removed") ...
_SOMEONE_DID = _rx(
    r"(?<!\bif )(?<!\bwhen )\b(i|we|they|it|one|someone|somebody|nobody|staff|handlers|users|"
    r"customers|"
    r"people|our (\w+'?[ -]){0,2}\w+|(the|a|an) (\w+[ -]){0,2}\w+) (once |still |constantly |"
    r"always |all |just |only |even |first |later |((very|really|so|quite) )?\w+ly )?(had|was|"
    r"were|got|kept|took|paid|quoted|"
    r"followed|went|broke|told|denied|"
    r"served|spent|began|gave|lost|missed|rang|sat|came|did|ran|found|read|sent|made|left|hit|"
    r"misread|\w+ed)\b"
)
# ... that went wrong ("quoted a withdrawn tariff", "an outdated code list", "the worst night").
_INCIDENT = _rx(
    r"\b(once|wrong|stale|outdated|out[- ]of[- ]date|withdrawn|retired|superseded|cancell?ed|old|"
    r"last year'?s|previous|quoted|garbage|kept|fail\w*|broke\w*|pain|problem|issue|incident|"
    r"complain\w*|refund\w*|overwhelmed|waited|lost|missed|noticed|by hand|constantly|worst|"
    r"down|stuck|mistakes?|errors?)\b|"
    # a system that failed people, and what they did about it: "the lookup tool timed out in a
    # surge", "the provider slowed to twelve-second answers, agents gave up", "lookups took ages"
    r"\b(timed out|crash(ed|es)|froze|slowed (down|to)|gave up|took ages)\b|"
    # something done that should not have been: "approved a claim for an inverter that wasn't
    # covered"
    r"\b(approved|paid|accepted|sent|quoted|promised|shipped) (\w+ ){0,5}(that|which) (wasn'?t|"
    r"was not|weren'?t|shouldn'?t|should not)\b|"
    # "told customers faults were covered when they weren't", "claims we shouldn't have"
    r"\bwhen (it|they|he|she) (wasn'?t|weren'?t)\b|\b(we|they|i) (shouldn'?t|should not) have\b|"
    # what it cost: "we ended up honouring four hundred cancellations we didn't have to", a
    # clause "that had been removed"
    r"\b(ended up|had to) (honou?r|pay|refund|reissu|writ(e|ing) off|eat|giv)\w*\b|"
    # "which it did not", a page that "hadn't been updated", "nobody could search", "a queue of
    # annoyed families"
    r"\bwhich (it|they) (did|was|were|does|do) not\b|\bwhich (it|they) (didn'?t|wasn'?t|"
    r"weren'?t)\b|\b(hadn'?t|had not) been (updated|refreshed|changed)\b|"
    r"\bnobody (could|can|was able to) (find|search|see|read)\b|\b(annoyed|angry|upset)\b|"
    r"\bhad been (removed|withdrawn|replaced|deleted|superseded|discontinued)\b|"
    # what it said, then what was true: "the bot said R11, it was R9", "the catalogue said was
    # TB tested, it wasn't"; and things confused: "our bot mixed two lots", "it mixed them up"
    r"\bsaid\b[^.;]{1,60}?,\s*(but )?(it|that|they|he|she) (was|were|is|are)(n'?t| not)?\b|"
    r"\bmix(ed|es|ing) (up|(\w+ )?(two|both|them|the))\b|"
    # "it told a fitter the staircase was 32 inches when the survey said 29"; a schedule "from
    # the week before"
    r"\b(told|said|gave|quoted)\b[^.;]{1,80}\bwhen (the|our|its) [\w-]+ (said|showed|read|had)\b|"
    r"\bfrom the (day|week|month|year) before\b"
)
# Experience the speaker has not had is no problem met ("I haven't run a reranker in
# production"), nor is a "solved problem".
# nor is a system where nothing went wrong ("at the museum honestly nothing went very wrong").
_NOT_MET = _rx(
    r"\b((i|we)('ve| have)( not| never|n'?t)|i never|solved problem)\b|"
    r"\b(nothing|never)( \w+){0,2} (went|goes|has gone|had gone|going) ((very|really|that|badly) )?"
    r"wrong\b|"
    # nor one imagined: "imagine the handler asks about flood cover and the system answers from
    # an old policy"
    r"\b(imagine|suppose|what if)\b"
)
_CONCRETE = _rx(
    r"\b(at my (last |current |previous )?(job|company|work)|we (had|have|get|got)|our|"
    r"customers?|users?|support|team|i work (at|in|on|for)|\d+)\b"
)
# Keeping a record of what the system did or what people corrected, in any tense: "we logged
# every correction", "I recorded each run", "every suggestion is stored", "we track how often
# they overrule it" ("I logged a ticket", "we tracked down the cause" keep nothing).
_RECORDED_THINGS = (
    r"(answers?|responses?|outputs?|calls?|requests?|runs?|quer(y|ies)|questions?|prompts?|"
    r"corrections?|overrides?|edits?|errors?|failures?|decisions?|suggestions?|predictions?|"
    r"ratings?|flags?|rejections?)"
)
_RECORDED = (
    r"\b(log|logs|logged|logging|record|records|recorded|recording|capture|captures|captured|"
    r"track|tracks|tracked|tracking) (the |all( the)? |every |each )?([\w-]+ )?"
    + _RECORDED_THINGS
    + r"\b|\b(keep|keeps|kept|keeping|store|stores|stored|storing|save|saves|saved|saving) "
    r"(every|each) ([\w-]+ )?"
    + _RECORDED_THINGS
    + r"\b|\b(every|each) ([\w-]+ ){0,2}?"
    + _RECORDED_THINGS
    + r" ([\w-]+ ){0,3}?(is|are|was|were|gets?|got|goes|go) (logged|recorded|stored|kept|saved|"
    r"captured|written (down|to)|in(to)? (a|the) ([\w-]+ )?log)\b|"
    r"\b(keep|keeps|kept|keeping) (a )?(record|log|tally|track)s? (of|on)\b|"
    r"\btrack(s|ed|ing)? how (often|many|much)\b"
)
# How many items a check was run on: "150", "a hundred and fifty", "five hundred", "forty".
_ITEMS_COUNTED = r"(\d+|[\w-]+ (hundred|thousand)( and [\w-]+)?|[\w-]+)"
RIGOR_KINDS: dict[str, Words] = {
    "error handling": _rx(
        r"\b(error handling|handl\w* (the )?errors?|retr(y|ies|ied)|fallbacks?|fall back|backups?|"
        # what does not match goes to a person: "anything that doesn't match goes on a list for
        # her, it never just orders on its own", "it doesn't go on the invoice, it goes to the
        # office", "the message goes straight to the controller like before"
        r"(anything|everything|whatever|the ones?) (that )?(doesn'?t|don'?t|does not|do not) "
        r"(match|fit|agree)\b[^.]{0,30}\b(goes|go|is put|are put) (on|to|into) (a|the)\b|"
        r"(goes|go) (straight|directly) to the (office|desk|controller|supervisor|manager|"
        r"dispatcher|[\w-]+ (team|lead|desk))\b|(doesn'?t|does not) go (on|to|into|out)\b[^.]{0,30}"
        r"\b(it )?goes to the\b|"
        # what fails a check goes to a person: "if the check fail, the line goes back to our
        # subtitler, not out", "anything the cache can't answer gets queued for the desk"
        r"(goes|go|went|is sent|gets sent|sent) back to (our|the|a) ([\w-]+ )?(?!customers?\b)"
        r"([\w-]+ers?|[\w-]+ists?|[\w-]+ors?|person|human|team|desk|staff)\b|(gets |is |are )?"
        r"(queued|routed|passed|handed) (for|to) (the|a|our) (desk|person|human|team|staff|"
        r"office)\b|"
        # a way out ready before it is needed: "had a queue page ready if it tipped over"
        r"(page|fallback|queue|backup|plan|server|replica|message|screen|site|version|runbook) "
        r"(ready|in place|on standby|prepared)( \w+)? (if|in case|for when) (it|the [\w-]+|we) "
        r"(tipped|tips|fell|falls|went|goes|got|gets) (over|down|overloaded|swamped)|"
        # "anything without a source gets flagged red and can't be exported"
        r"(anything|everything|any [\w-]+) (without|with no|missing) (a |its |any )?(source|"
        r"citation|reference)s? (gets?|is|are) (flagged|blocked|held|refused|dropped|stopped)|"
        r"time ?outs?|graceful\w*|degrad\w*|circuit breakers?|guardrails?|validat\w*|"
        # "when the model times out it drops back to the plain listings page"
        r"(times|timed) out\b[^.]{0,40}\b(drops?|dropped|goes|went|falls?|fell|switch(es|ed)?) "
        r"back to|(drops?|dropped) back to (the |a )?(plain|old|static|manual|keyword|basic|"
        r"cached)|"
        # a person confirms before it goes out: "and a person confirm before anything print"
        r"(a person|someone|a human|an? (\w+ )?(nurse|agent|clerk|pharmacist|vet|editor|"
        r"reviewer)) (confirms?|checks?|approves?|signs? off)( it| them| each one)? before\b|"
        r"(output )?schema|confidence (threshold|score)|human review|to a human|review queue|"
        r"if (the )?\w+ (fails|is down|goes down|times out|comes back empty)|rate limit\w*|"
        r"idempoten\w*|dead[- ]letter|manual queue|(goes|go|sent|routed) to (a |the )?(person|"
        r"human|manual|review)|check\w* (every|each) [\w-]+ (\w+ )?against|"
        # a person in the loop: "the operator confirms", "the pharmacist still decides"
        r"(a person|a human|someone|the (\w+ )?(operator|pharmacist|clerk|nurse|agent|reviewer|"
        r"officer|manager|doctor|vet|supervisor|handler|dispatcher)s?) (still |always )?"
        r"(confirms?|approves?|decides|signs? off)( (it|each one|every \w+|the (suggestion|output|"
        r"answer|draft|result|flag)s?))?(?=\s*([,.;:]|and\b|$))|"
        # a fallback said as what the system does when it fails: "if the model's slow or down,
        # show the passages", "no good chunks come back, it says I don't know"
        r"if (the )?([\w-]+ )?(model|api|service|provider|llm|system|server|endpoint|vendor|"
        r"retrieval|search|index|database)('s| is)( slow or)? (down|unavailable|slow)|"
        r"(it )?(says|say) (that )?(it doesn'?t know|i don'?t know)|"
        # a fallback said in other words: "it drops to the old keyword search"
        r"(drops?|dropped|reverts?|reverted) (back )?to (the )?(old |plain |basic )?"
        r"(keyword search|rules|template|manual (queue|process)|(old|previous) (system|version|"
        r"rules|search|template))|"
        # what it does when unsure: "If it's unsure it just says 'ask the mechanic'" (dev155)
        r"\b(if|when) it'?s (unsure|not sure|uncertain)\b,? (it )?(just |only )?(says|asks|shows|"
        r"hands|sends|refers|flags)\b|"
        # the output checked against itself or a source: "the lines must sum to the total, the
        # quantities must match the purchase order, and if not, it goes to our bookkeeper"
        r"\bmust (sum|add up) to (the|a) (total|amount|sum)\b|"
        # the uncertain cases handed to a person: "anything it's unsure about lands with the
        # scheduler", "a person checks the ones it isn't sure of"
        r"(anything|whatever|the ones?|those|what) ((it|the \w+) ?(is|'s|was|isn'?t|wasn'?t) "
        r"|that'?s |are )?(unsure|not sure|uncertain|unclear|not confident|(?<=n't )sure)\b"
        r"[^.]{0,30}\b(goes|go|lands?|landed|sent|routed|passed|handed|checked|reviewed|gets? (a "
        r")?flag\w*|flagged)|(a person|a human|someone|"
        r"the \w+s?) (checks?|reviews?|looks? at) (the ones|anything|whatever|those) (it|the \w+) ?"
        r"(is|'s|was|isn'?t|wasn'?t) (unsure|not sure|uncertain|sure))|"
        # a check against the source, a review step, the plain results instead, an allow-list:
        # "I added a check against the tags the valuer ticks", "anything that doesn't match gets
        # kicked back to them", "it gives them the keyword hits instead", "a fixed list of
        # allowed tables"
        r"\ba (\w+ )?check against\b|\breview step\b|\bkicked back to\b|"
        # "a check that every medication in the summary is in the source, and it refuses
        # otherwise"
        r"\ba (\w+ )?check that (every|each|no|all|the)\b|\brefuses? (otherwise|to answer)\b|"
        r"\b(keyword|plain|search) (hits|results|search)( \w+){0,2} instead\b|"
        r"\b(allow-?list|allowed (tables|tools|actions|queries|sources))\b|"
        # "it can only pick from our catalogue", "if the top two are close it asks the counter
        # person to choose", "if the model took longer than four seconds it showed the section"
        r"\bcan only (pick|choose|select|answer|use|return) from\b|"
        r"\basks (the|a) ([\w-]+ ){0,2}(person|human|user|agent|operator|clerk|staff) to (choose|"
        r"confirm|check|pick|decide)\b|\b(takes?|took) longer than (\w+[ -]){1,3}seconds?\b|"
        # "if the API doesn't answer in two seconds it goes down the old regex path", "say 'we
        # don't know yet' if the status is older than fifteen minutes"
        r"\bif (the )?([\w-]+ )?(model|api|service|provider|llm|system|server|endpoint|vendor)"
        r"( \w+)? (doesn'?t|does not|didn'?t|did not) (answer|respond|reply|come back)\b|"
        r"\b(says?|said) (that )?we (don'?t|do not) know\b"
    ),
    "testing": _rx(
        r"\b(test(s|ing|ed)?|regressions?|edge cases?|golden set|eval(uation)? set|red-?team\w*|"
        # what it made checked against a record of what really happened: "every barge week I
        # check that order against the barge manifest", "every morning I check what it made
        # against the driver's sheet", "every day that's compared with the grader's counts",
        # "the form it made is compared with the job the controller finally dispatched"
        r"check (that|the|each|every|what it ([\w-]+ )?(made|wrote|produced|did|picked|read))( "
        r"[\w-]+){0,2} against (the|what|our|their|his|her)\b|(is|'s|are|gets|get) compared "
        r"(with|to|against) (the|what|our|their)\b|"
        # a score on the items it was measured on: "on five hundred old tickets it got
        # sixty-four percent fully correct", "on 150 real questions 64 percent correct"
        r"\bon "
        + _ITEMS_COUNTED
        + r" (real |past |old |test )?[\w-]+s,? (it (got|was|scored) (\d+|[\w-]+) ?(percent|per "
        r"cent)|(\d+|[\w-]+) ?(percent|per cent|%) (correct|right|accurate))|"
        # "correct is eighty-seven percent"; "I compared with what the quality team typed";
        # "it missed three out of ten incidents we had from the past"; "I checked one
        # hundred adverts by hand"
        r"(correct|right|accuracy|accurate) (is|was) (about |around |roughly )?(\d+|[\w-]+) ?"
        r"(percent|per cent)|compared? (it )?with what (the|our) ([\w-]+ ){0,2}(team|staff|"
        r"[\w-]+ers|[\w-]+ists|officers|clerks) (had )?(typed|wrote|entered|decided|picked|chose|"
        r"did|marked|approved|flagged)|(it|the (model|system|tool|bot|classifier|(first|second|"
        r"new|old) version)) (caught|found|flagged|missed|got) (\w+ )?(\d+|[\w-]+) (out )?of (the "
        r")?(\d+|[\w-]+) ([\w-]+ )?(incidents|cases|examples|questions|emails|notes|documents|"
        r"tickets|reports|forms|claims|items|letters|calls|errors|mistakes|alarms|faults)\b|"
        r"(checked|reviewed|tested|read) (another |about |around )?(\d+|[\w-]+ "
        r"hundred|[\w-]+) ([\w-]+ )?[\w-]+s by hand|"
        # output compared with what people approved: "every week we compare its output against
        # what staff finally approve"; "it agreed with them about 90% of the time"
        r"compar(e|es|ed|ing) (its|the|their|our) ([\w-]+ )?(outputs?|answers|drafts|results|tags|"
        r"labels|summaries|extractions) (against|with|to) (what|the|their|our)\b|"
        r"agreed with (them|him|her|the \w+) (about |around |roughly |nearly )?(\d+|[\w-]+) ?"
        r"(percent|per cent|% of)|"
        # what an expert's judgement was set against: "zero-shot, agreed with our senior
        # inspector sixty-four percent"; "we checked fifty notes with the vets"
        r"agreed with (our|the|a|an) ([\w-]+ ){0,2}(inspectors?|experts?|reviewers?|[\w-]+ers|"
        r"[\w-]+ists|vets?|doctors?|nurses?|lawyers?|clerks?|staff) (on |in )?((about|around|"
        r"roughly|nearly) )?(\d+|[\w-]+) ?(percent|per cent|% of)|"
        r"(we|i) (checked|reviewed|tested|went through|graded|marked) (about |around |some )?"
        + _ITEMS_COUNTED
        + r"( [\w-]+){0,2} [\w-]+s (with|against|"
        r"alongside|together with) (the|our|two|three|a|an|\w+ senior)\b|"
        # "before go-live we ran it on a hundred and fifty past reports and went through the
        # differences with two senior surveyors"
        r"(ran|run|runs|tried|checked|tested) (it|them|the \w+) (on|against|over) (a |about |"
        r"around |some )?" + _ITEMS_COUNTED + r" ((past|old|real|"
        r"previous|historic(al)?|existing|archived) [\w-]+s\b|([\w-]+ ){0,2}[\w-]+s (that )?(they|"
        r"we|i|the [\w-]+|our [\w-]+)('d| had| have)? already (\w+ )?(marked|labell?ed|checked|"
        r"done|tagged|sorted|answered|graded|reviewed)\b)|went through the (differences|diffs|"
        r"mismatches|disagreements)\b|"
        # "every release I knock a mast offline in staging", "a list of eighty questions ...
        # which I ran after every change", "her call against the model's call", "ticked which
        # ones it got right, eighty-three out of a hundred"
        r"(in|on) staging|(list|sheet) of (about |around |some )?(\d+|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|a hundred|[\w-]+ hundred) (\w+ ){0,2}(questions|cases|"
        r"examples)|"
        r"(ran|run|runs|re-?ran)( \w+){0,2} (after|before|on) (every|each) (\w+ )?(change|release|"
        r"deploy\w*|update|commit)|"
        r"(her|his|their|the \w+'s) (call|answer|label|pick)s? against|"
        r"against (what )?(the )?(model|system|bot|tool)'?s? (own )?(call|answer|label|pick|"
        r"output)s?|"
        r"got (\w+ ){0,2}right\b[^.]{0,40}\b[\w-]+ out of (a |one )?(hundred|thousand|\d+|[\w-]+)|"
        # a score on real items, or items the speaker labelled: "sixty percent right on two
        # hundred old forms", "fifty-five percent on a hundred reviews I labelled"
        r"(percent|per cent|%|right|correct)\b[^.]{0,40}\bon (a |the |about |around )?(\w+ ){0,4}"
        r"(forms|emails|reviews|letters|notes|questions|documents|tickets|messages|cases|calls|"
        r"records|files|orders|requests|invoices|reports|lists|items|descriptions|drafts|pairs|"
        r"products)|"
        r"set of (\w+ ){0,5}(questions|cases|examples)|labell?ed (\w+ )?(set|examples|questions)|"
        # "re-ran them every time", "in 200 descriptions I checked, zero wrong", "it was right
        # seventy percent"
        r"re-?r[au]n (it|them|the \w+)|"
        r"\bin (\d+|[\w-]+) (\w+ ){0,2}(i|we) (checked|tested|reviewed|labell?ed)|"
        r"(was|were|got it) (right|correct|accurate) (about |around )?([\w-]+ ){1,2}(percent|per "
        r"cent|%)|"
        r"on (a |the )?(\w+ ){0,4}(samples|examples|held-?out \w+)|rerun (it|them|the \w+) every|"
        # "58 percent of messages parsed completely right on a sample of 200"
        r"(percent|per cent|%|right|correct)\b[^.]{0,40}\bon a (random )?sample of|"
        r"label+ed (\w+ ){0,3}(letters|emails|tickets|cases|documents|examples|questions|calls|"
        r"messages|notes|forms|claims))\b"
    ),
    "monitoring": _rx(
        r"\b(monitor\w*|observab\w*|alert\w*|dashboards?|tracing|traced?|logging|logs|"
        r"(we |i )log|log (every|each|all)|langsmith|langfuse|on-?call|error rates?|audit\w*|"
        r"incident (reviews?|response|management)|post-?mortems?|runbooks?|"
        # "every morning I look at one number", "I read twenty answers every day against ..."
        r"(every|each) (day|morning|evening|week|monday|friday) i (look at|check|watch|read) (one|"
        r"the|a|that|our) (number|figure|rate|share|count|chart|graph|metric)|"
        r"(read|check|review|look at)\w* (\w+ ){0,3}(answers|outputs|responses|replies|drafts|"
        r"summaries) (every|each) (day|morning|week)|"
        r"(random|weekly) sample|spot-?check\w*|on a sample (every|each) [\w-]+|"
        # "I count the fixes, if there's more than five in a day I get a text", "every Sunday I
        # go through the ones that differ"
        r"i (count|tally|log|record) the (fixes|corrections|errors|mistakes|wrong ones|misses|"
        r"overrides)|i get (a text|an? (email|alert|message|sms))|(go|went|look|looked) through "
        r"the ones (that|which|where) (differ|disagree|don'?t match)|"
        # "every Friday I look at the ones it got wrong" (dev155)
        r"(look|looked) at the ones (it|the \w+) got wrong\b|"
        r"(check|recheck|review|sample|spot-check|go through|read)\w* "
        r"(some |a few |a sample of |them )?(the )?(answers|outputs|responses|conversations|"
        r"queries|logs|a sample)?"
        r"( \w+){0,5}? (every|each|on a) (day|week|month|monday|friday|sunday|morning)|paged|"
        r"pag(e|ed|es) (someone|me|whoever)|"
        r"(track|watch)(s|ed|ing)? (the |our )?([\w-]+ ){0,2}(rate|share|percentage)s?|"
        # "if that drops it pings me", "every answer's logged", "two valuers mark a sample of
        # fifty every Friday so we can see if it drifts"
        r"pings? (me|us|someone|whoever|the team)|(every|each) \w+'s (logged|recorded|stored)|"
        r"everything('?s| is| gets) (logged|recorded|traced)|"
        r"(mark|grade|rate|score)s? a sample|(see|check|watch|tell|know|spot) (if|whether|when) "
        r"(it drifts|it'?s drifting|it is drifting)|"
        r"measur\w* how often)\b|" + _RECORDED
    ),
    "deployment": _rx(
        r"\b(deploy\w*|rollbacks?|roll(ed)? (it )?back|canar(y|ies)|feature flags?|behind a flag|"
        r"shadow mode|in shadow|shadow (period|run|week|month)s?|a/?b test\w*|staged rollout|"
        r"rollouts?|ci/?cd|"
        # "new prompt versions go out to five percent of chats first", "a switch to send
        # everyone to human agents with one click"
        r"go(es)? out to (\w+ )?(\w+ )?(percent|%) of|(switch|button|kill[- ]switch|lever) to "
        r"(send|route|hand|switch|turn) (everyone|everything|all|it|them)\b|"
        r"(ran|run|runs|running) (it |them )?(in parallel|side by side|alongside)|"
        # a canary in other words, and a switch to turn it off or go back
        r"(ran|run|tried|released|rolled) (it )?(out )?(on|to) (\w+ )?(\w+ )?(percent|%) of|"
        # the system taken out of service when it went wrong: "we switched it off within the
        # hour and put the manual check back", "we pulled it for a day"
        r"(switched|turned|took) it (off|offline)|pulled it (for|within|after|straight)|"
        r"put the (manual|old) (check|process|queue|step|system) back|"
        r"(switch|button|toggle|flag) (\w+ ){0,6}(to )?(go back|turn it off|"
        r"switch (it )?(back|off)|roll (it )?back))\b"
    ),
    "evaluation metrics": _rx(
        r"\b(evaluat\w*|evals?|ragas|precision|recall|accuracy|f1|hallucination rate|hit rate|"
        r"benchmark\w*|metrics?|measur\w* (\w+ ){0,3}(against|on)|top (\d+|one|three|five|ten)\b.*"
        r"\b(of the time|times out of)|compared (it |them )?(against|with) (the )?(rules|baseline|"
        r"regex|old|previous|humans?)|agreement (was|of|with)|checked (\w+ ){0,3}against|"
        r"(reviewed|marked|graded|went through) (\w+ ){0,3}(summaries|answers|outputs|drafts|"
        r"replies|extractions|results) against|"
        r"compar\w* every|(in|into) the top (\d+|three|five|ten)|"
        r"(we|i) compared (them|it|the (two|results|outputs|answers|notes))\b|"
        # a score on real items said the other way round: "on fifty operator questions it was
        # right twenty-nine times", "seventy percent of categories right against a week of
        # requests the coordinator had done"
        r"(right|correct|wrong) (\w+[ -]){0,2}times\b|(right|correct) against\b|"
        # a tolerance met on so many of the items: "within ten percent on forty-five of them"
        r"(right|correct|spot on|within (\w+[ -]){1,2}(percent|per cent|pounds?|dollars?|euros?|"
        r"minutes?|days?)) (on|for|in) "
        + _ITEMS_COUNTED
        + r" (of (them|those|these|the \w+)|out of)\b)\b"
    ),
    "latency": _rx(r"\b(latency|p9\d|p50|milliseconds?|sub-second|response times?)\b"),
    # "spend" as the money the system costs ("our API spend"), not people's time ("spend hours")
    "cost": _rx(
        r"\b(costs?|cost-per-\w+|per query|budget|dollars?|cents?|"
        r"(api|token|model|llm|cloud|gpu|inference|monthly|daily|total) spend|(monthly )?bill|"
        r"cheaper|(smaller|cheaper) model|"
        r"spend (per|on (tokens|the api|inference|compute))|spending (limits?|caps?))\b|\$"
    ),
}
_BUSINESS = _rx(
    r"\b(customers?|users?|revenue|sales|conversion|churn|retention|support|tickets?|"
    r"sav(es|ed|ing|ings)|hours?|agents?|sla|orders|business|dollars?|costs?|money|"
    r"satisfaction|csat|nps|escalations?|resolution time|handle time|headcount|clients?|"
    r"backlog|queue|workload|returns|refunds|bookings|emails?|calls|requests|investigations|"
    r"enquir(y|ies)|inquir(y|ies)|messages|"
    # people's queries, not a database's ("our queries got two times faster after the index
    # change" is a speed-up)
    r"queries (from|by)|(customer|user|client|member|patient|staff|supplier|public)s?'? queries|"
    r"callouts?|(re)?bookings|appointments|complaints|claims|cases|declarations|invoices|"
    r"deliveries|shipments|no-shows|callbacks|mistakes|click-?through|ctr|add to cart|engagement|"
    r"adoption|sign-?ups|purchases|questions|euros?|pounds?|quid|rupees?|grand|chargebacks?|"
    r"fraud losses|losses|referrals|slipp\w* through|penalt\w*|fines|breach\w*|rejections|"
    r"write-?offs?|writ\w* off|product recalls?|a recall(?! (at|of|rate|@))|"
    r"escalat\w*|misrout\w*|disputes?|failed [\w-]+s|reprints?|remakes?|re-?deliver\w*|"
    # what operations lose: "cut fresh food waste by twenty-two percent", "unplanned downtime"
    r"waste|spoilage|scrap|downtime|rework|overtime|stock-?outs?|"
    # one call as the unit of a call centre's time: "average call is forty seconds shorter"
    r"average (phone |customer |support |handling )?call)\b|\$"
)
# The people whose work the system changes: "the customs team processed declarations two times
# faster" is their pace, a business result ("the team grew to twelve" is no pace).
_PEOPLE_AT_WORK = _rx(
    r"\b(team|staff|employees|people|handlers|agents|technicians|lawyers|nurses|doctors|"
    r"adjusters|dispatchers|clerks|analysts|reviewers|operators|bookkeepers?|accountants|"
    r"receptionists?|officers|workers|colleagues|investigators|inspectors|brokers|engineers|"
    r"tutors|teachers|pharmacists|archivists|cataloguers|supervisors|planners|caseworkers|"
    r"advisers|advisors|surveyors|editors|crews)\b"
)
_PACE = _rx(r"\b(faster|quicker|sooner|same day|in (minutes|seconds))\b")
# Time and effort: "the sorting time went down by half" is a business result as it stands.
_EFFORT = _rx(
    r"\b(time|minutes?|hours?|days?|weeks?|as long|effort|workload|intake|turnaround|waiting|"
    r"manual\w*|"
    r"by hand|re-?key\w*|retyp\w*|rework|typing|triag\w*|backlog)\b"
)
_AMOUNT = (
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|quarter|third|tenth|"
    r"fifth|an? (hour|day|week|month|minute|cent|dollar|morning|afternoon)|"
    r"(a few|a couple of) (seconds|minutes|hours|days))"
)
_NUMBER = _rx(r"\d|\b" + _AMOUNT + r"\b|\b(double[ds]?(?!-)|tripled|halved)\b")
_TIME_UNIT = r"(time|minutes?|hours?|days?|weeks?|months?|mornings?|afternoons?|evenings?)"
# An outcome is a change: said with a verb ("cut", "went down") or without one, as a comparison
# ("in an afternoon rather than two days", "twenty minutes now, where it used to take a day",
# "a third more requests") or as time handed back ("two hours of their day back").
_OUTCOME = _rx(
    # what would have been lost without the work: "that's eleven thousand pounds of gift aid
    # we'd never have claimed"
    r"\b(we|they|i|you)('d| would) never have (claimed|got|gotten|recovered|collected|caught|"
    r"found|won|made)\b|"
    # "cut off" and "cut-offs" cut nothing; a system that "went down for an hour" is an outage,
    # and "that went down well" no change
    r"\b(cut(?![- ]?offs?\b)|reduc\w*|improv\w*|increas\w*|"
    # "saved our lives" and "saved our bacon" are no figure of the business
    r"sav(e|es|ed|ing)(?! (their|his|her|my|our|the) (li\w*|bacon|skin|necks?|day)\b)|"
    # "dropped it" gave a tool up, and "started dropping the policy number" lost a thing
    r"(?<!silently )dropp\w*(?! (it|them|that|this)\b)(?! (the|its|their|an?|some) "
    r"(?!(lot|bit|little|third|quarter|half|fifth|tenth)\b|([\w'-]+ ){1,3}(by|from|to)\b))|"
    r"(?<!api )(?<!apis )(?<!server )(?<!servers )(?<!site )(?<!system )(?<!service )"
    r"(?<!provider )(?<!network )(?<!database )(?<!platform )(?<!app )(?<!internet )(?<!never )"
    # ... and a search that "went down during a release" or "went down again" was out
    r"(went|gone) (down(?! (for|well|badly|hard|during|again|twice|overnight|on us)\b)|up|from)|"
    r"goes from|(came|come|comes|coming) down|brought (down|up)|avoid\w* (\w+ )?(errors|mistakes|"
    r"fines|penalties|losses)|stops? (waiting|calling|chasing|typing|ringing|phoning|emailing)|"
    # a system that "fell over" crashed, and one that "fell back to a scripted line" coped
    r"grew|fell(?! (over|apart|through|behind|ill|asleep|into|out|off|short|flat|back)\b)|"
    # ("it's handled about nine thousand emails since September" counts use, not a change)
    r"fallen|rose|risen|halved|halves|halve|doubled|tripled|half as (long|much)|"
    r"handled(?! ((about|around|over|some|roughly|nearly) )?[\w,-]+ (\w+ )?\w+ (since|so far|to "
    r"date|in total)\b)|resolved|"
    r"deflected|"
    # "fewer moving parts" is a simpler design, not an outcome ("fewer parts coming back" is one)
    r"raised|lowered|freed|faster|fewer(?! (moving parts|components|dependencies)\b)|"
    r"no longer|"
    r"down to(?! (the(?! same\b)|my|our|their|his|her|its|how|what|who|whether|which|me|you|"
    r"him|them|us|earth)\b)|"
    # "up to" an amount ("signed up to the course" counts nothing)
    r"up to(?= ((about|around|roughly|nearly|almost|over) )?" + _AMOUNT + r"\b)|"
    # ("a feed silently stopped", "it stopped working" are failures)
    r"(?<!silently )stopped(?! (by|at|in|off|for|over|working|responding|updating|sending)\b)|"
    r"eliminated|"
    r"now (it'?s |they'?re |we'?re )?(under|below|down|only))\b|"
    # with no verb: "Missed calls, when the office is shut, down twenty-five percent" (a page
    # "down twenty-five percent of the time" was out)
    r"\bdown (by )?((about|around|roughly|nearly|almost|over) )?" + _AMOUNT + r"(-[a-z]+)? ?("
    r"percent|per cent|%)(?! of the time)|"
    # "from twenty percent to six", "from two days to an hour" ("from flight X to flight Y",
    # "from one place to another", "from one night to the next" and "from zero to running it"
    # are no change of a figure)
    r"\bfrom ((about|around|roughly|over|under) )?" + _AMOUNT + r"\b(\S* ){0,3}?to\b"
    r"(?! (another|the next|the other)\b)|"
    r"\b(rather than|instead of|compared (to|with)|versus|vs\.?|down from|up from)\s+"
    r"((about|around|roughly|nearly|almost|over|under|more than|less than) )?" + _AMOUNT + r"\b|"
    r"\b(half|a third|a quarter|a fifth|a tenth|\d+ ?(%|percent)|\w+ percent|twice|\w+ times) "
    r"(as )?(more|fewer|less|faster|quicker|cheaper|shorter|many|much)\b|"
    r"\b(now|today|these days)\b.*\bused to\b|\bused to\b.*\b(now|today|these days)\b|"
    # a before-and-now contrast: "now answers the same day, before it was one week"
    r"\b(now|today|these days)\b.*\b(before|previously|earlier)(,? (it|that|this|they))? "
    r"(was|were|took|used)\b|\b(before|previously)(,? (it|that|this|they))? (was|were|took)\b.*"
    r"\b(now|today|these days)\b|"
    r"\b(than|the time|as long as|as much as|(the|as many) ([\w'-]+ ){0,2}?)"
    r"(it|they|we|you|he|she) used to\b|\bof what (it|they) (was|were|used to be)\b|"
    # a state now that is an outcome: "now re-keying a vessel takes under an hour", "now most
    # letters are triaged the same day", "a review that used to take a week went to an afternoon"
    r"\bnow\b(\s+[\w'-]+){0,5}?\s+(is|are|takes?|runs?|gets?|sits?|comes?)\s+(only\s+|just\s+)?"
    r"(under|below|less than|down|at most|within|(done|ready|finished|answered|handled) in)\b|"
    r"\b(got|get|brought|bring)( it| that| them| costs?| the \w+)?( down)? (under|below)\b|"
    r"\b(less|fewer|less often)\b(\s+\w+){0,3}\s+now\b|"
    r"\b(is|are|takes?)\s+(only\s+)?(under|below|less than|down to)\b[^.]*\bnow\b|"
    r"\bdrops? (by )?(maybe |about |around )?" + _AMOUNT + r"\b|"
    # the change said with "be": "complaints were down by about a third" (not a time of day)
    r"\b(is|are|was|were)( now)? (down|up) by ((about|around|roughly|nearly|almost|over) )?"
    r"(an? )?" + _AMOUNT + r"\b(?! ?(o'?clock|am\b|pm\b|a\.m|p\.m))|"
    r"\btak(e|es|ing) (\w+ ){1,7}off\b|"
    r"\b(takes?|spends?|spent|needs?) ((maybe|about|around|only|just|roughly) )?"
    + _AMOUNT
    + r"( \w+)?,? (not|instead of|rather than) |"
    # time back said without a number: "hours a week back"
    r"\b(hours|days|minutes|evenings|shifts) (a|per|each|every) (week|day|month|shift) back\b|"
    r"\bin " + _AMOUNT + r"\b.*\bbefore,? (it|that|this|they) (took|was|were)\b|"
    r"\bnow\b.*\b(the same (day|afternoon|morning)|same-day|within (an?|the|one) "
    r"(hour|day|minute))\b|"
    r"\b(are|is|were|was|'re|'s) (now )?(down|up) (by )?(about |around |roughly |nearly |almost |"
    r"over )?"
    + _AMOUNT
    + r"\b|\b"
    + _AMOUNT
    + r"( \w+)? (earlier|sooner|quicker|faster|shorter)\b|"
    r"\bused to\b.*\b(went|gone|goes|go|came|comes|dropped|fell) (to|down)\b|"
    # a projected one in a design answer: "with this system maybe a few minutes"
    # ("with the top ten chunks" is a setting, no time)
    r"\bwith (this|the|our|that|such an?)( (?!(for|to|on|in|at|over|during|of)\b)[\w-]+){0,2},?"
    r"( maybe| about| around| only| just)? "
    r"(" + _AMOUNT + r" " + _TIME_UNIT + r"|an? (hour|day|week|month|minute)|(a few|a couple of) "
    r"(seconds|minutes|hours|days))\b|"
    r"\b(got|get|gets|getting|gave|give|gives|giving|won|win|have|has|had|handed)\s+"
    r"([\w'-]+\s+){0,5}?" + _TIME_UNIT + r"(\s+[\w'-]+){0,3}?\s+back\b|"
    r"\b(gave|give|gives|giving|handed|hand)\s+([\w'-]+\s+){0,2}back\s+([\w'-]+\s+){0,4}?"
    + _TIME_UNIT
    + r"\b|"
    # what stopped happening: "none since", "no breaches since it went live", "she hasn't had one
    # of those calls since March", "now the planners don't retype anything"
    r"\b(none|no (\w+ ){0,2}\w+|not (one|a single \w+)|zero) since\b|"
    r"\b(hasn'?t|haven'?t|has not|have not) had (one|a single|any)\b.*\bsince\b|"
    r"\bnow\b.*\b(don'?t|do not|no longer|never) (have to )?(retype|re-?key|type|copy|chase|phone|"
    r"call|ring)\b|"
    # a projected end to a harm: "those complaints were about one a month, I'd expect none"
    r"\bi'?d expect (almost |practically |next to )?(none|zero)\b|"
    r"\bwhat i('d| would)? expect is (almost |practically |next to )?(none|zero|no more)\b|"
    # a manual step that stopped: "the two people who did the re-keying don't do it any more"
    r"\b(don'?t|do not|doesn'?t|does not|no one|nobody) (has to |have to |need to |needs to )?"
    r"(do|re-?key|retype|type|copy|chase|enter) (it|that|this|them|those)?\s*any ?more\b|"
    # a share of the work the system does now: "it now answers about forty percent of the
    # emails"
    r"\b(it|the (\w+ )?(bot|assistant|system|tool|model|classifier))\s+now\s+(answers|handles|"
    r"resolves|drafts|deflects|sorts|covers|takes)\s+((about|around|roughly|nearly|over|almost|"
    r"more than) )?" + _AMOUNT + r"\b|"
    # time handed back said after it: "a couple of people's weeks given back"
    r"\b(nights|days|weeks|hours|mornings|afternoons|evenings|weekends) (given|handed) back\b|"
    # a harm a design would keep away, a cost it would earn back: "that should stop most wrong
    # answers ever reaching a customer", "it pays for itself"
    r"(?<!has to )(?<!needs to )(?<!must )\b(pays?|paid) for itself\b|"
    # a loss avoided: "we pulled the pallets instead of doing a recall"
    r"\binstead of (doing |having |facing |paying )?(a |the )?(recall|fine|penalty|lawsuit|"
    r"write-?off)\b"
)
_WHEN = (
    r"(then|launch|go-?live|(last )?(jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|"
    r"oct\w*|nov\w*|dec\w*|spring|summer|autumn|winter)|(19|20)\d\d|(nineteen|twenty) [\w-]+|"
    r"(we|it|they) (switched|shipped|launched|turned|put|went|started|rolled)|it went live)"
)
# A count that changed between two amounts, whatever is counted: "the alterations we redo went
# from about one in twelve to one in forty", "second visits are down to about twelve a month",
# "re-dyes used to be about one in twelve and now it's more like one in twenty". What is
# counted is a business result unless it is the system's size ("the corpus went from two to ten
# thousand documents") or a technical measure (_TECH_METRIC).
_APPROX = (
    r"((about|around|roughly|maybe|nearly|almost|something like|more like|like|only|just|"
    r"less than|fewer than|under|below|more than|over) )?"
)
_CHANGE_OF_COUNT = _rx(
    r"\b(went|gone|dropped|fell|fallen|came|come|comes|coming|got|cut|brought \w+)( down| up)? "
    r"from " + _APPROX + r"([\w-]+ ){0,6}?(to|down to) " + _APPROX + _AMOUNT + r"\b|"
    r"\b(is|are|was|were|'s|'re)( now)? down (by |to )?" + _APPROX + r"(an? )?" + _AMOUNT + r"\b|"
    # ("drops by" is an alert's condition: "we alert if the share drops by a quarter")
    r"((?<=\bto )|(?<=\bwould )|(?<=\bwill )|(?<=\bcould )|(?<=\bshould )|(?<=\bmight )|"
    r"(?<='d )|(?<='ll ))(drop|fall) (by |to )" + _APPROX + r"(an? )?" + _AMOUNT + r"\b|"
    r"\b(dropped|fell|fallen|halved) (by |to )" + _APPROX + r"(an? )?" + _AMOUNT + r"\b|"
    # (a rate of things left out is no change: "the prompt dropped one in eight medication
    # changes")
    r"\b(dropped|fell|fallen|halved) " + _APPROX + r"(an? )?" + _AMOUNT + r"\b"
    r"(?! (in|out of) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
    r"forty|fifty|sixty|a hundred|hundred|a thousand)\b)|"
    # "messages after ten at night went down about half", "the returns go down by almost half"
    r"\b(went|gone|goes|go|going|came|come|comes|coming) (down|up) (by )?" + _APPROX + r"(an? )?"
    r"(half|quarter|third|fifth|tenth|\d+ ?%|[\w-]+ percent)\b"
    r"(?! (slope|gradient|incline|hill|grade|ramp)\b)|"
    # "they ring about procedures a third less than they did"
    r"\b(half|a third|a quarter|a fifth|\w+ percent|\d+ ?%) (less|fewer|more) (often )?than "
    r"(they|it|we|he|she|you|people) (did|used to|were|was)\b|"
    r"\bused to (be|have|get|see|take)\b[^.]*\b" + _AMOUNT + r"\b[^.]*\bnow\b|"
    # "enquiries that took six weeks take about two now"
    r"\btook\b[^.]*\b" + _AMOUNT + r"\b[^.]*\btakes?\b[^.]*\bnow\b|"
    r"\bbefore\b[^.]*\b"
    + _AMOUNT
    + r"\b[^.]*\b(now|we'?re at|it'?s at)\b[^.]*\b"
    + _AMOUNT
    + r"\b|"
    # a rate then and now: "wrong pickups was like twenty-five a week, now is maybe six"
    r"\b(was|were)\b[^.]*\b" + _AMOUNT + r"\b(\s+(a|per|every|each) (day|night|week|month|"
    r"quarter|year|shift)|\s*%|\s+percent)\b[^.]*,\s*(and\s+)?now\b[^.]*\b" + _AMOUNT + r"\b|"
    # "four percent went to the wrong place, before with the rules it was eleven"
    r"\b"
    + _AMOUNT
    + r"\b[^.]*\bbefore\b[^.]*\b(it|that|this|they) (was|were) "
    + _APPROX
    + _AMOUNT
    + r"\b"
)
# What the system or the speaker has, not an outcome: "the corpus went from two to ten thousand
# documents", "the team went from three to eight".
_SIZE = _rx(
    r"\b(corpus|documents|pages|team|staff|headcount|traffic|requests per|queries per|tokens|"
    r"index|vectors|chunks|parameters|context window|years|courses?|projects)\b"
)
# What a design or a project is judged by names the outcome it is for, whatever is counted:
# "I'd judge it by handlers never quoting a superseded wording to a customer", "success would be
# fewer second visits", "I'd call it working if the deputy managers stop getting the same ten
# questions" (a technical measure, "judged by its faithfulness score", is no business outcome).
_JUDGED_BY = _rx(
    r"\b(judge (it|this|that|the \w+) (by|on)|((would|should|will|'d|'ll|to) be|it) judged (on|by)|"
    r"(measure|measuring) (success|it) by|what i'?d (judge|measure) it (by|on)|"
    r"(call|count|consider) it (working|a success|a win|done)|"
    r"success (for me |here |to me )?(is|would be|looks like|means))\b"
)
# The world after the work, said as a state rather than a change of a figure: nothing bad
# since ("we've not had a wrong policy answer since", "in the four months since, none"), a
# queue cleared and not come back, a shorter time against a longer one ("in days rather than
# weeks"), the state now against the old one ("urgent jobs now reach an engineer within minutes
# instead of the next morning"; "two years now, on APIs rather than training" is a duration),
# work done the same day. Only clauses not about the speaker count ("now I use Claude instead
# of GPT" is no outcome), and no queue that "wasn't cleared till one".
_AFTER_STATE = _rx(
    r"\b(no|not|haven'?t|hasn'?t|never|zero|none)\b[^.]*\bsince(\s*[,.;]|\s*$|\s+" + _WHEN + r"\b)|"
    r"\bsince "
    + _WHEN
    # (not what the system is not: "it runs every day since March, it is not a demo")
    + r"\b[^.]*\b(no|not(?! (an?|just|only) (?!single\b))|haven'?t|hasn'?t|didn'?t|never|zero|"
    r"none|nothing like (that|this|it))\b|"
    r"\b(months|weeks|years) since\b[^.]*\b(no|none|zero|not)\b|"
    # since the thing built, none: "Since the checker, none." ("since the model is cheap, no
    # problem" gives a reason)
    r"\bsince (the|our|that|this) ([\w-]+ )?[\w-]+, (none|zero|not (one|a single [\w-]+)|no "
    r"(more )?[\w-]+)\s*[.;!]|"
    # "four months now, no wrong-document answers"
    r"\b(months|weeks|years) (now|in|on)\b,? (and )?(no|zero|not a single|not one) (wrong|bad|"
    r"incorrect|missed|failed|lost|late|duplicate)\b|"
    r"\b(backlog|queue|pile|inbox)s?\b[^.]*(?<!n't )(?<!not )(?<!never )\b(cleared|"
    r"clear (by|before)|(is|was|were|are) gone|emptied|disappeared|vanished|went away)\b|"
    r"\b(cleared|emptied) (the|our|their) ([\w-]+ )?(backlog|queue|pile|inbox)|"
    r"\b(hasn'?t|has not|haven'?t|have not) (come|crept) back\b|"
    r"\b(it'?s|it has|they'?ve|they have) held (since|for)\b|"
    r"\b(minutes|hours|days|weeks|an? (hour|day|week|afternoon|morning))\b,? "
    r"(rather than|instead of|not) ([\w-]+ )?(hours|days|weeks|months|the next \w+|an? (hour|day|"
    r"week|month|fortnight)|a fortnight)\b|"
    r"\b(?<!years )(?<!months )(?<!while )now\b[^.]*\b(instead of|rather than)\b|"
    r"\b(instead of|rather than)\b[^.]*\bnow\b|"
    r"\b(the )?same[- ](day|morning|afternoon)\b[^.]*\bnow\b|"
    r"\b(answer\w*|repl(y|ies|ied)|sorted|processed|classified|handled|go(es)? out|went out|"
    r"dealt with|ready|reach\w*|arriv\w*|gets? to|got to)\b[^.]*\b(the )?same[- ](day|morning|"
    r"afternoon)\b|"
    # errors avoided, said of the people served: "no customer was given a wrong figure"; a client
    # kept: "the client renewed last spring"
    r"\b(no|not a single|not one) (customer|patient|client|member|applicant|user|driver|caller)s? "
    r"(was|were|got|received|saw)( (given|sent|shown|told|quoted))?( (a|an|the))? (wrong|"
    r"incorrect|bad|stale|old)\b|"
    r"\b(the )?(client|customer)s? (renewed|signed again)\b|"
    # a chore people no longer do, or hardly ever: "they don't do the Friday digging anymore",
    # "volunteers hardly ever put anyone on hold for it now" (people, not models: "models don't
    # hallucinate any more" is a claim about models)
    r"\b(they|people|staff|we|the [\w-]+s|[\w-]+(er|or|ist|ian)s) (really )?(don'?t|do not|never) "
    r"(\w+ ){1,5}any ?more\b|"
    r"\b(hardly ever|rarely|almost never|seldom)\b[^.]*\bnow\b|"
    r"\bnow\b[^.]*\b(hardly ever|rarely|almost never|seldom)\b|"
    # few or none since, or for months: "we've had two since March", "no rejected tankers in
    # eight months", "three summers without a single double charge"
    r"\b(we'?ve|they'?ve|we have|they have) (had|seen)\b,?( i think,| i'?d say,)? (only |just )?"
    r"(one|two|three|four|five|a few|a couple|\d+|none|zero|no)\b[^.]{0,25}\bsince "
    + _WHEN
    + r"\b|"
    r"\b(had|seen|been) (no|zero|not a single|not one) [^.]*\bin (the )?(last |past )?[\w-]+ "
    r"(months|weeks|years|quarters)\b|"
    r"\b(went|gone|been|had|run) ([\w-]+ ){0,3}(months|weeks|years|summers|winters|seasons) "
    r"without (a single|one|any)\b|"
    # the time something takes now: "feedback now goes back in about five days", "the
    # backlog's under two weeks now"
    r"\bnow\b[^.]*\b(in|within) (about |around |roughly |under )?(an? |[\w-]+ )(minutes?|hours?|"
    r"days?|weeks?)\b|"
    r"\b(is|are|'s|'re) (only |just )?(under|below|less than|down to)\b[^.]*\bnow\b|"
    # time handed back: "which gave them back most of a Friday afternoon", "reception gets back
    # about an hour a day" ("the vendor got back to us two days later" is a reply)
    r"\b(gave|give|gives|giving|got|get|gets|getting|handed)\s+(\w+\s+){0,2}back\s+(?!to\b)"
    r"(\w+\s+){0,4}?"
    r"(time|minutes?|hours?|days?|weeks?|mornings?|afternoons?|evenings?|weekends?|nights?)\b|"
    # a share of what it was, what was not possible before, the first season without it: "about
    # half what it was", "they file the same evening, which wasn't possible before", "the first
    # September she hadn't spent her weekends on the inbox", "this season, no matches without a
    # ref", "zero missed items, we'd had three the quarter before"
    r"\b(half|a third|a quarter|twice|double|a fraction) (of )?what (it|they|we) ('d been|had been|"
    r"were|was|used to be)\b|"
    r"\b(which|that)( \w+)? (wasn'?t|was not|weren'?t) possible before\b|"
    r"\b(they|we|she|he|people|staff) (couldn'?t|could not) before\b|"
    r"\bthe first (\w+ ){1,2}(she|he|they|we) (hadn'?t|didn'?t|had not|did not|wasn'?t|weren'?t)\b|"
    r"\bfor the first time\b|"
    # a harm kept from the world or stopped: "it's stopped two bad changes reaching the
    # website", "they stopped double-booking costumes"; people moved back to their own work:
    # "the other two are back on planning"
    r"\b(stops?|stopped|prevents?|prevented|keeps?|kept)\b[^.]*\b(from )?(ever )?(reaching|"
    r"getting to|going out to)\b|"
    r"\bstopped (double-?\w+|mis\w+|losing|missing|re-?\w+ing)\b|"
    # calls that stopped coming, or have not come since: "the curator's phone stopped going off
    # at night", "last two months nobody has argued about a quote on the doorstep"
    r"\bstopped (ringing|calling|phoning|emailing|chasing|complaining|going off)\b|"
    r"\b(nobody|no one) (has |had |have )?(rung|rang|called|phoned|complained|chased|argued)\b"
    r"[^.]*\b(since|months|weeks|term|season|any ?more)\b|"
    r"\b(last|past) [\w-]+ (months|weeks),? (nobody|no one)\b|"
    r"\bthe (other|rest)( of them| \w+)? (are|were|went|'re|have gone|got) back (on|to)\b|"
    r"\b(this|last) (season|year|month|quarter|term|winter|summer),? ((no|zero|not a single|"
    r"not one|nobody|no one) "
    r"((\w+ ){1,3}without|(missed|wrong|late|lost|failed|dropped|double|bounced|rejected)\b)|"
    r"none\b)|"
    r"\b(zero|no|none)\b[^.]*\b(the (quarter|month|year|season|week) before|before that)\b|"
    # a frequency that fell: "the manager went from getting called most nights to maybe once a
    # fortnight"
    r"\bwent from (\w+ ){1,6}to (maybe |about |only |just |around )?(once|twice|none|zero|nothing|"
    r"a handful)\b|"
    # a loss the work caught: "they caught a ring of sellers they'd have missed otherwise",
    # "caught before the broadcaster, which would have been a penalty and a redelivery"
    r"\b(caught|stopped|found|flagged|prevented)\b[^.]*\b(would|'d) have (missed|lost|paid)\b|"
    r"\b(would|'d) have (been|meant|cost) (a |an )?(penalty|fine|recall|refund|write-?off|lawsuit|"
    r"redelivery)\b|"
    # a projected outcome named as such in a design answer: "Projected, fewer wrong-wording
    # decisions", "that queue is two days now, and it'd be gone", "if it takes a quarter of the
    # calls off the pharmacist, that's the business case" ("that's the business case, it's
    # cheap" is a cost)
    r"^\W*projected\b|\b(it'?d|it would|they'?d|they would) (be gone|disappear|go away)\b|"
    r"\bif\b[^.]*,\s*(that'?s|that is|there'?s) (the|your|our) business case\b"
)
# The speaker as the clause's subject or object: "I", "my", "me" (a hedge, "I think", "I'd
# expect", is not).
_SPEAKER = _rx(
    r"\b(i(?!'d\b)(?! (think|guess|reckon|believe|suppose|expect|estimate|imagine)\b)|i'm|i've|"
    r"i'd(?! (say|expect|guess|estimate|imagine)\b)|i'll|my|me)\b"
)
_TECH_METRIC = _rx(
    # ("doing a recall" and "a product recall" are a loss, no metric)
    r"\b(latency|accuracy|precision|(?<!\ba )(?<!product )recall(?!s)|f1|ragas|milliseconds?|"
    r"tokens?|hit rate|prompts?|"
    r"scores?|useful|p9\d|uptime|available|availability|false positives|faithfulness|"
    r"groundedness|relevance)\b"
)
# Something the speaker has never done, however the negation is said: "I haven't trained",
# "I have never trained", "I've not trained", "I had never worked with" ("I've never had a
# problem with it" is no gap: what follows the negation must be a skill being used; "looking
# back I'd not have built the form first" is a reflection).
_NEVER_DONE = (
    # (a hedge may come first: "I guess I've sort of never worked with anything probabilistic")
    r"(\bi(?:'ve| have| had)?(?: sort of| kind of| \w+ly)? (?:never|not)|\bi'd (?:never|not)"
    r"(?!\s+have\b)|\bhaven'?t|"
    r"\bhadn'?t)\s+(?:\w+\s+)?"
    r"(?:trained|tuned|fine-tuned|built|done|did|worked|priced|measured|studied|understood|used|"
    r"touched|deployed|run|ran|shipped|operated|written|wrote|implemented|designed|learned|learnt|"
    r"tried|owned|put|calculated|computed|estimated|been (?:sure|confident|comfortable|able)|"
    r"set up|configured|tested|evaluated|benchmarked|scaled|maintained|debugged|red-?teamed|"
    r"had (?:to|the chance|a chance))\b"
)
_GAP = _rx(
    # "Model choice is the bit I'm least sure of"
    r"\b(the )?(bit|part|thing|area) i'?m (least|not (very |that |too )?) ?(sure|confident) "
    r"(of|about)\b|"
    r"\b((i )?(don'?t|do not|didn'?t)( really| actually)? have (\w+ ){0,4}?(ml|machine learning|"
    r"model training|"
    r"research|phd|data science|training|experience|background|degree|numbers|metrics|knowledge)|"
    r"^\W*no (\w+ ){0,2}(ml|machine learning|model training|training|research|fine-?tuning|"
    r"data science) (experience|background)|"
    r"(have|had|got) no (\w+ ){0,2}(ml|machine learning|research|phd|data science|training|"
    r"math\w*|statistics|theory) (background|experience|training|degree)|"
    # a skill named and answered "no": "Model training, no, none." "Fine-tuning? No."
    r"^\W*([\w-]+ ){0,2}(training|fine-?tuning|research|theory|maths?|statistics)( models?)?\W+"
    r"no(ne)?\b|"
    r"not my (deepest|strongest|best|main|strong) (\w+ )?(area|suit|skill|side|point|part)|"
    r"(don'?t|do not) know (much|a lot|enough|that much) about|"
    # "I didn't know owt about employment law", "and I still don't know much", "clinical stuff I
    # don't know", "I'd no experience with accessibility"
    r"\b(didn'?t|did not) know (owt|anything|much|a thing|the first thing) about\b|"
    r"\bi( still| really)? (don'?t|do not) know (much|a lot)(?=\s*([,;.]|$))|"
    r"\b(stuff|side|part|bits?) i (don'?t|do not|didn'?t) know\b|"
    r"\bi'?(d|ve) no (real |formal )?([\w-]+ )?(experience|background)\b|"
    # "I've done nothing with training", "nothing trained from scratch", "a bit outside what I
    # know"
    r"\bdone nothing with (training|fine-?tuning|models?|ml)\b|\bnothing (trained|fine-?tuned)\b|"
    r"\b(outside|beyond) (what i know|my (experience|comfort zone|depth))\b|"
    r"i (can'?t|cannot) (really )?(explain|derive|prove|write it|do it|do that|train|fine-?tune|"
    r"build (a |the )?models?)|"
    # "I couldn't tell you much about how it's trained", "I don't know vision models deeply"
    r"i( still| really| honestly| just)? (couldn'?t|can'?t|could not|cannot) tell you (much |"
    r"a lot |anything |very much )?"
    r"(about )?(how|why|what('?s| is| goes on)? inside)\b|"
    # "I had no background in how these models tokenise"
    r"\b(have|had|got) no (real |formal )?(background|grounding|training) (in|on)\b|"
    r"i( \w+ly)? (don'?t|do not) (know|understand) (\w+ ){1,3}(that )?(deeply|in depth|inside out|"
    r"properly)|"
    # "I know I ain't no data scientist", "Model training, though. I ain't done none of that."
    r"\bi ain'?t (no |a |an )?(real )?(ml |ai )?(expert|researcher|data scientist|scientist|"
    r"mathematician|statistician|person|engineer)\b|\bi ain'?t (done|did|trained|built|tuned) "
    r"(none|nothing|no|any)\b|"
    # "I don't really understand the forecasting side, the statistics"
    r"\bi( \w+ly)? (don'?t|do not)( \w+ly)? understand (the )?([\w-]+ ){0,2}(side|maths?|theory|"
    r"statistics|stats)\b(?! (effects?|of (it|things)))|"
    r"('s| is)( honestly| really| probably)? (the|my) (real |main |big |biggest )?(gap|weakness)\b|"
    r"(i'?m|i am) not (a |an )?(real |big |great )?expert|\bno model (training|fine-?tuning)|"
    r"i'?m (\w+ly )?(much |a lot |a bit |way |far )?(slower|behind|weaker) (there|at|on|in|than)|"
    + _NEVER_DONE
    + r"|i never (trained|tuned|fine-tuned|measured|built|did|train|tune|fine-tune)\b|"
    # the subject left out after a comma: "I'm not ML person, never trained a model", "off the
    # shelf, never fine-tuned one"
    r"(^|[,;:\u2014-]\s*)never (trained|fine-?tuned|tuned) (a |an |one|any)|"
    r"\bi'?m not (ml|ai|machine learning|data science) (person|expert|engineer|researcher)\b|"
    # a domain the speaker is not trained in: "I'm not a nurse", "I'm not a lawyer"
    r"\bi'?m not an? (nurse|doctor|clinician|lawyer|solicitor|accountant|pharmacist|"
    r"radiologist|linguist|translator|statistician)\b|"
    r"didn'?t (tune|train|fine-tune|measure)|my weak(est|ness)|weakest|"
    r"weak (spot|point|area|place|side|part)|"
    r"biggest gap|not (an?|the) (\w+ ){0,2}(expert|researcher|person|data scientist|engineer|"
    r"developer|statistician|mathematician|scientist)|"
    # the object first: "Model training I have not done", "Monitoring I don't have", "Model
    # training I did not do"; asked and answered: "have I trained one from scratch? No"
    r"\bi (have not|haven'?t|did not|didn'?t|never) (done|did|do)\b|"
    r"\bi (don'?t|do not) have( one| it)?(?=\s*([,;.]|$))|\bno (model )?training(?=\s*[,;.])|"
    r"\bhave i (\w+ ){0,2}(trained|fine-?tuned|built|done)\b.*\bno\b|"
    r"\bi( \w+ly)? (don'?t|do not) know (the|how|much|what|enough)\b|"
    # a field of business not known: "I don't know insurance, honestly"
    r"\bi( \w+ly)? (don'?t|do not) know (insurance|banking|finance|healthcare|medicine|law|"
    r"retail|logistics|shipping|pharma|accounting)\b|"
    # "I don't know housing law at all" ("I don't know if it helped at all" is no skill)
    r"\bi( \w+ly)? (don'?t|do not) know (?!(if|whether|why|what|how|who|when|where)\b)"
    r"([\w-]+ ){1,3}at all\b|"
    r"my (\w+ ){1,3}(is|are)( \w+ly| pretty| quite| a bit| kind of)? (weak|shaky|rusty|thin)|"
    r"(i'?m|i am) (\w+ly |pretty |quite |still |a bit |really )?(weak|shaky|rusty) (on|at|in)|"
    r"where i'?m (\w+ )?(weak|weaker|weakest|shaky|thin)\b|"
    r"wouldn'?t call myself|can'?t derive|"
    r"(i'?m|i am) not from an? (\w+ )?(ml|machine learning|ai|data science|research|academic|cs|"
    r"computer science|maths?|stats|statistics) background|i'?m not sure i('?d| could| can| would)|"
    r"(i'?m|i am) not (positioning|(so |that |very |too |really )?strong|an expert)|i lack|"
    r"gaps? in|limited experience|still learning|not my strength|less experience|"
    r"not my (area|forte|thing|specialty|strong suit)|"
    r"i'?m (still |fairly |pretty |quite )?new (to|in|on)\b|"
    r"(zero|little|not much) (\w+ ){0,2}experience (with|in)|"
    r"\b(the|my|one) (\w+ )?(weakness|gap) (is|was|would be)\b|"
    # "I haven't got any ML background", "I have no experience to train models", "I'm no colour
    # scientist", "I couldn't tell you the maths of it", "I honestly don't understand that
    # well", "self-hosting, I'd have to learn", "not great at ranking"
    r"\b(haven'?t|have not) got (any |much )?(\w+ ){0,2}(background|experience|training|degree|"
    r"maths?|statistics|theory)|"
    r"\b(have|had|got) no (real |much )?experience (to|in|with|of|on)\b|"
    r"\b(i'?m|i am) no (\w+ ){0,2}(expert|scientist|researcher|mathematician|statistician|"
    r"specialist)|"
    # "and no ML person either", "one thing I can't do: tell you why the reranker works"
    r"\bno (ml|ai|machine learning|data science|research) (person|expert|engineer|specialist|"
    r"researcher)\b|\b(one|the) thing i (can'?t|cannot|couldn'?t) (do|tell you)\b|"
    r"\b(couldn'?t|can'?t|cannot) tell you (much about )?the (maths?|theory|statistics)\b|"
    r"\bi( \w+ly)? (don'?t|do not) understand (\w+ ){0,3}(that |very |too )?well\b|"
    r"\bi'?d (have|need) to learn\b|"
    # "the geospatial side, I'm green there", "fine-tuning I've only read about", "I'd lean on
    # someone", "the maths side I leave to people who enjoy it" (a task left to a model or a
    # tool is no gap: "I'd leave that to the reranker")
    r"\b(i'?m|i am) (still |a bit |pretty |quite |very )?green(?![\w-])|"
    r"\b(i'?ve|i have) only (ever )?read about( (it|them|that|this))?(?=\s*([,;.:\u2014-]|$))|"
    r"\bi'?d (have to )?lean (heavily )?on (someone|somebody|a colleague|colleagues|"
    r"an? (expert|specialist))\b|"
    r"\bi('?d| would)? leave (it |that |this |those |them )?to (someone|somebody|people who|"
    r"(an? |the )?(experts?|specialists?|researchers|statisticians?|data scientists?))\b|"
    r"(^\W*|\bi'?m |\bi am )not (great|good|strong|brilliant) at\b)\b"
)
# What the speaker would have done otherwise: "I'd have talked to them first", "I should have
# tested it" ("I'd have to check" defers).
_WOULD_HAVE_DONE = (
    r"\bi(?:'d| would| should)(?: \w+ly)? have (?!to\b|that\b|it\b|what\b|just\b)"
    r"[a-z]+(?:ed|en|t|ne|wn|un|ght)\b|\bi(?:'d| would| should)'ve [a-z]+"
)
_WOULD_HAVE = _rx(_WOULD_HAVE_DONE)
# What turns a named gap into a strength, in a later clause: what the speaker has or brings
# instead, or a contrast ("but", "though") followed by something the speaker did or does.
# A strength claimed outright, which answers a gap told sentences before it: "That's the bit
# I'm actually good at", "this I know how to do, eight years", "the bit I'm confident about is
# the plumbing".
_CLAIMED_STRENGTH = _rx(
    r"\b(i'?m|i am) (\w+ly |really |pretty |quite |most )?(good|strong|solid|confident) (at|on|in|"
    r"about|with)\b|\b(this|that) i (know how to do|can do|do well)\b|\bwhat i can tell you\b|"
    # "What I bring is I build the evaluation first", after a digression
    r"^\W*(okay,? |so,? |but,? )?what i('d| would| can)? bring( instead| to (this|the table|you))? "
    r"(is|are)\b|"
    # "What I do have is eight years of booking systems", a few sentences on (dev156); not "what I
    # do have is a course certificate"
    r"^\W*(okay,? |so,? |but,? )?what i (do )?have is (\w+ ){0,3}(years|experience|background)\b"
)
_PIVOT = _rx(
    r"(?<!outside )(?<!beyond )\b(what i('d| would|'ve| have| can| could| do)? ?(bring|brought|"
    r"have|had(?! to)|do|did|done|"
    r"offer|know|built|add|shipped|run|ran|own|owned|made|got)\b|i bring|instead|"
    r"(the )?(job|role|work|thing) i'?m (after|good at|here for) is|"
    r"my strong (side|point|part|suit)|"
    # ("Yes, that is my experience with it" only closes the answer)
    r"where i bring|(is|'s) (exactly |precisely )?(my|where my) (background|strength|thing|job|"
    r"experience)(?! with\b)|"
    r"i'?ve (chosen|decided|made a (deliberate )?choice)|(a|my) (deliberate )?choice|"
    r"deliberate\w*|my (strength|edge)|"
    r"that('?s| is) (exactly )?(what|the (\w+ ){0,3}(work|part|thing|kind of work)( that)?) i\b|"
    r"what i was (really |pretty |actually )?(good|strong|best) at|"
    r"(what )?(i'?m|i am) (really |pretty |quite |actually |genuinely )?(good|decent|strong|solid|"
    r"great|best) (at|on)|"
    r"what i (can|could) (tell|show) you|"
    r"\bi (do )?know how to (make|check|keep|put|build|run|ship|test|measure|monitor|operate|get)|"
    r"\bi (put|spent|invested|poured) (that|the|my|this) (time|effort|energy|evenings) (into|on)\b|"
    r"\bmy (time|hours|evenings|effort) went (into|on)\b|"
    # the checks the speaker built beside the experts: "she marks the tricky ones, and I built
    # the harness that replays all her marks"
    r"\bi built the (harness|checks?|tests?|test set|golden set|evals?|evaluation|guardrails?|"
    r"monitoring|alerts?|fallbacks?|retries)\b|"
    # what the speaker would do instead, from work done: "so I'd do what we did with the spec
    # sheets: a golden set of 300 handler questions decides"
    r"\bso i'?d (do|use|copy|repeat|reuse) what (we|i) (did|do|used|built|ran)\b|"
    # "so the policy team must own the test questions, and I own the pipeline and the alerts"
    r"\bi own the ([\w-]+ ){0,2}(pipeline|harness|checks|tests|evals?|evaluation|guardrails?|"
    r"monitoring|alerts?|fallbacks?|retries|integration|infrastructure|deployment|platform|"
    r"plumbing|engineering)\b|"
    r"\b(that'?s|that is|those are) (all )?mine\b|where (i'?m|i am) on (firm|solid|safe) ground|"
    # "but the routing and fallback design is mine", "that's my bit", "my bit was the pipeline",
    # ", that I can do", "pretty decent at knowing when to take the job away from the model"
    r"\bbut\b[^.]{0,60}\b(is|are|was|were) (all )?mine\b|\bthat'?s my (bit|part)\b|"
    r"\bmy (bit|part) (was|is)\b|"
    # ", that one I can make solid"
    r",\s*(that|this)( one| part| bit| side)? i (can do|do well|know well|can make (it )?(solid|"
    r"reliable|robust|work))\b|"
    r"^\W*(pretty|really|quite) (good|decent|strong|solid) at\b|"
    r"\bmade (a|the) call\b|"
    r"(i'?m|i am) (a |an )?(really |very |pretty |quite )?(solid|strong|good|reliable|experienced|"
    r"seasoned|careful|thorough|disciplined|methodical) (\w+ )?(engineer|developer|programmer)|"
    r"which is (exactly )?what (this|it|the (job|project|work|role)) need(s|ed)|"
    r"where (i'?m|i am) (strong|stronger|better|good|ok|okay|useful|solid|comfortable|at home)|"
    r"i build|"
    r"(make|made|making) up for (it|that)|compensate|"
    # "my thing is I've kept the tills running", "but the extraction and retries side I can do",
    # "that's what my background's for"
    r"\bmy (\w+ )?thing is\b|\bbut (the )?([\w,-]+ ){1,4}(side|part|bit|end)( of (it|things))? i "
    r"(can do|know|handle|do)\b|\bthat'?s what my (background|experience)('s| is) for\b|"
    r"where i (shine|add value|come in)|what i (can )?offer|i can (show|build|ship)|on top of|"
    r"i'?ve (run|kept|operated|maintained|been running) (\w+ ){0,2}production (services|systems|"
    r"apis|software)|"
    r"i focus(ed)? on|i'?ve been (building|investing|working|learning)|"
    r"i'?m (investing|covering|closing)|chosen to invest|i (picked|chose|decided)|"
    r"(a|my) (conscious |deliberate )?decision|on purpose|my (part|job|role|focus|contribution|"
    r"side)( has( \w+)? been|'s| was| is)|i'?m the (\w+ )?(person|one|guy|engineer) (who|that)|"
    r"i('?d| would) (start|add|build|measure|want|fix|get|put|change|use|write|set up)|"
    + _WOULD_HAVE_DONE
    + r")\b"
)
# No weakness claimed, or a strength dressed as one: "I don't think I've got a big weakness",
# "I don't really think I have one" ("engineers don't have one" is a PhD), "my weakness is I'm a
# bit of a perfectionist".
_NO_WEAKNESS = _rx(
    r"\b(don'?t|do not) (\w+ ){0,3}(i'?ve got|have|have got|got) ((a|any) )?((real|big|major|"
    r"particular|obvious) )?weakness|"
    r"\bi (don'?t|do not) (really )?think i (have|'ve got|have got) one\b|"
    r"\bweakness (is|would be) (that )?(i'?m |i am )?((a bit|probably|maybe|kind) (of )?)?"
    r"(an? )?(perfectionist|(care|work) too (much|hard))"
)
# A gap taken back ("but honestly I'd argue it's not really a weakness for this job"), or none
# claimed (_NO_WEAKNESS).
_GAP_DENIED = _rx(
    r"\b(((it|that)('s| is)|is) (not|hardly)|isn'?t|wasn'?t) (really |actually |much of |even )?"
    r"a (real )?(weakness|gap)\b|\bbut\W+(\w+\W+)?who (does|has)\b|"
    r"\bif you (can|could) (really )?call it (that|a (gap|weakness))\b|" + _NO_WEAKNESS.pattern
)
# A question the speaker asks themself about the work looking back ("What would I change?",
# "Would I build it the same way again?"): a gap that the next sentence answers.
_REFLECTION_QUESTION = _rx(
    r"\b((would|did|should|could) i|i('?d| would))\b.*\b(differently|again|change|same way|"
    r"lessons?|learn\w*|hindsight)\b"
)
# An answer to it, or a reflection, that says there is nothing to change; _DISMISSES: said
# first in the answer ("Honestly, not much").
_NOTHING_TO_CHANGE = _rx(
    r"\b(nothing|not (much|a lot|anything|really)|no idea|(can'?t|cannot|couldn'?t) think of|"
    r"wouldn'?t change|(don'?t|do not) know|i('?d| would) have to think|hard to say)\b"
)
# What an answer to that question would do: "I'd start with the evals", "I should have asked".
_WOULD_DO = _rx(
    r"\bi(?>'d| would| should)(?>(\s+\w+ly)?)\s+(?!have to\b|need to\b|not\b|never\b|say\b|"
    r"guess\b|think\b)[a-z]+"
)
_DISMISSES = _rx(r"^\W*([\w']+\W+){0,3}?" + _NOTHING_TO_CHANGE.pattern)
# A deferral ("but I'd have to check", "but I guess") is not a strength, nor is a negation ("but
# I have never ...": the auxiliary is taken whenever said, so "have" is not read as the verb).
_CONTRAST_STRENGTH = _rx(
    # (a comma may follow the "but": "But, ende, I did build the order reading"; "I'm trying
    # though, I am" says nothing done)
    r"^(but|though|although|however|yet)\b([\s,]+[\w'-]+){0,8}?[\s,]+(i|we)"
    r"(?:'ve|'d| have| would)?+\s+(?!not\b|never\b|to\b|don(?!e\b)|didn|haven|can'?t|cannot|"
    r"couldn|wasn|won|have to|need to|guess|hope|wish|am\W*$|"
    # (nor the speaker made small: "but I was only ever the maintenance guy", nor an interest or
    # a wish: "but I find AI super interesting", "but I'd love to")
    r"was (only|just)\b|only\b|just\b|(really )?(love|enjoy|want|wanna|like)\b|"
    r"find\b[^,.]{0,30}?\b(interesting|fascinating|exciting|cool)\b)"
    r"[a-z]+|"
    # or names what is solid, or what the speaker can do: "but the eval and the guard rails are
    # solid", "but making these things behave on a Saturday night, that I can do", "but keeping
    # a system honest at five a.m., that I know"
    r"^(but|though|yet)\b[^.]*\b(is|are) (really |very |pretty )?(solid|strong|my strength)\b|"
    # "but the pipeline is tested like our production code"
    r"^(but|though|yet)\b[^.]*\b(is|are) (\w+ly )?(tested|unit[- ]tested|monitored) (like|as|the "
    r"same way as)\b|"
    r"^(but|though|yet)\b[^.]*,? (that|this) i (can do|know|do well|understand)\b|"
    # "Text RAG though I'm genuinely good at"
    r"^(but|though|yet)\b(\s+[\w'-]+){0,4}?\s+i'?m (\w+ly |really |very |pretty )?(good|strong|"
    r"solid|great|experienced) (at|in|on|with)\b"
)
# After "so", the consequence of a gap is a strength only when the speaker put the freed time
# somewhere ("so I've poured my time into evals", "so my evenings went into the harness"), not
# when it defers ("so I'd need to learn it on the job").
_CONSEQUENCE_STRENGTH = _rx(
    r"^so\b(\s+[\w'-]+){0,3}?\s+(i(?:'ve| have)?+(\s+\w+ly)?\s+(spent|spend|put|poured|invested|"
    r"focus(ed)?|concentrated|doubled down|went (deep|all in)|built|designed|taught myself|"
    r"made sure)|"
    # or draws on what they have done ("so I'll reason it through from the services I've run")
    r"i(?:'ll| will|'m going to)\s+(draw on|lean on|build on|work from|reason (\w+\s+){0,2}from|"
    r"apply what)|"
    r"(my|that|the)\s+([\w-]+\s+){0,2}?(time|hours|energy|effort|evenings|weekends)"
    r"(\s+\w+){0,2}?\s+(has\s+|have\s+|had\s+)?(gone|went|goes|go)\s+(in)?to)\b|"
    # or lets a test decide what the speaker cannot judge ("so I would try two on the golden set
    # before choosing", "so I didn't trust my instinct on it, I built a golden set with two of
    # the attorneys"), not a story's "So at the opera house I built a golden set ..."
    r"^so\b(?!\s+(at|in|on|when|for|back)\b)[^;]{0,50}?\bi(?:'d| would|'ll| will)?(\s+\w+ly)?\s+"
    r"(try|tried|test|tested|compare|compared|build|built|make|made|write|wrote|run|ran)\b"
    r"[^;]{0,60}?\b(golden|test|eval|evaluation|benchmark) (set|suite|harness|questions)\b"
)
# Self-doubt is apologetic wherever it is said.
_SELF_DOUBT = _rx(
    r"\b(i know i'?m not(?! (competing|trying|here to|going to))|not really qualified|"
    r"(probably |maybe )?not the right person\b|"
    r"embarrass\w*|imposter|impostor|(like|such) a fraud|"
    r"i feel (behind|like (a|an|i'?m)\b)|not what you want to hear|"
    r"i (just )?hope that'?s (ok|okay|fine|alright)|"
    # an apology without the word: "I'd completely understand if that's a factor", "I'd rather
    # say that now than have you find out later", "the README's rough, I wouldn't look too closely"
    r"understand if (that'?s|that is|it'?s|it is|this is) (a|an) (\w+ )?(factor|concern|issue|"
    r"problem|dealbreaker)|(rather|better) say (that|it|this) now|wouldn'?t look too closely|"
    r"(a bit of )?a wildcard|not what you('re| are) looking for|i feel (a bit |really |so )?bad|"
    r"sorry (that )?(it'?s|it is|this is|that'?s) (so |too |a bit |pretty )?(small|basic|simple|"
    r"little|short|thin)|"
    r"i'?m (very |acutely |painfully |quite )?(conscious|aware) (that )?(i'?m|i am) (not|some way|"
    r"way|a bit|behind))\b"
)
# Regret is apologetic only when it is about the speaker's gap (see _apologetic): "sorry, I mean
# forty" repairs the talk and "unfortunately the API was down" regrets something else.
# Regret, unless refused: "I won't apologise for this", "no apologies", "I'm not sorry".
_REGRET = _rx(
    r"(?<!\bnot )(?<!\bno )(?<!n't )(?<!\bnever )(?<!\bnot going to )(?<!\brefuse to )"
    r"(?<!\bnot gonna )"
    r"\b(sorry|unfortunately|i'?m afraid|apologi[sz]e|apologies|forgive me)\b"
)
_REPAIR = _rx(
    r"\bsorry\W+(i mean|i meant|what i meant|let me|rather|scratch that|wait|(can|could|may) i|"
    r"give me a (second|moment|sec)|one (second|moment)|"
    # "sorry, this might take me a wee minute"
    r"(this|it) (might|may|will|could|'ll|is going to) take (me )?a|"
    # the order or the speed of the talk: "sorry, I'm starting at the end, I talk a lot when
    # I'm nervous"
    r"(i'?m|i am) (starting|jumping|going|telling it) (at the end|ahead|backwards|out of order)|"
    r"i (talk|speak|ramble) (a lot|too much|(a (little|bit) )?(fast|quickly|slowly|slow))|"
    r"my english (goes|is|gets) (a (little|bit) )?(fast|quick|slow|rusty))\b"
)
_REGRET_ALONE = _rx(
    r"^\W*((i'?m|i am|so|really|very|oh|again|um|uh)\W+)*(sorry|unfortunately|apologies)"
    r"(\W+(about|for) (that|this|it))?(\W+in advance)?\W*$"
)
_REGRET_POINTING_BACK = _rx(
    r"\b(sorry|apologies|apologi[sz]e)\W+(in advance\W+)?(about|for|if|that)\s+"
    r"(that|this|those|these|it)\b(?!'s)"
)
_ML_GAP = _rx(
    r"\b(don'?t|do not|didn'?t|never)( really| actually)? have (a |an |any |much |a lot of |"
    r"traditional |formal |real |the,? |"
    r"deep |proper |classic\w* )*(ml|machine learning|ai|data science|research|phd|math)"
    r"( \w+)?( background| experience| degree)?\b|\bnot from (a|an) (\w+ )?(research|ml|machine "
    r"learning|ai|data science|academic) background\b|"
    r"\bnot (really |even )?(a|an) (real |proper |actual )?"
    r"(ml|machine learning|ai) (person|engineer|expert)\b|"
    # "I haven't got the ML background"
    r"\b(haven'?t|have not|hasn'?t) got (a |an |any |the |much )?(real |proper )?(ml|machine "
    r"learning|ai|data science|research|maths?) (background|experience|degree)\b|"
    r"\bno (ml|machine learning|ai) (background|experience)\b|"
    # "forgive me, no PhD here", "I have no PhD"
    r"\b(have no|with no|without a) phd\b|\bno phd here\b|"
    # the speaker's work said to be no real ML: "it's not a proper ML project"
    r"\b(it|that|this|mine|my (\w+ )?(project|work|experience|app|tool))('s| is| was) not "
    r"(a |an )?(proper|real|actual|serious) (ml|machine learning|ai)\b"
    r"(?! (problem|question|use case|task|job)s?\b)"
)
# Never having trained a model: a gap in the background when said with an apology (unlike
# _ML_GAP, not an apology when it is only left hanging).
_MODEL_GAP = _rx(
    r"\b(haven'?t|have not|never|didn'?t|did not) (\w+ )?(trained|fine-?tuned) (any |a |an )?"
    r"(\w+ )?models?\b|\b(haven'?t|have not|never) (\w+ )?(designed|built) (one of these|an? "
    r"(ai|llm|rag|ml) (system|app\w*|pipeline))\b|"
    # "I haven't done the training side, sorry"
    r"\b(haven'?t|have not|never|didn'?t|did not) (done|touched|worked on) (the |any )?(model )?"
    r"(training|fine-?tuning)\b"
)
# The speaker's background said to fall short: "my background is not the typical one", "my
# background is a bit of a weakness", "I don't have the proper background", "I never did a CS
# degree" ("my background is in payments" says where it lies, not that it falls short).
_BACKGROUND_SHORT = _rx(
    # "it's not exactly a serious tech background" (dev157)
    r"\b(it'?s |is )?not (exactly |really |quite )?a (classic|typical|traditional|usual|standard|"
    r"serious|real|proper) (\w+ )?background\b|"
    r"\b(isn'?t|is not) the (usual|typical|normal) (place|background|route|path)\b|"
    # the background itself, which an apology beside it makes the mistake: "Sorry, I'm more of
    # a frontend developer", "I come from a front-end background, so bear with me"
    r"\bi('m| am) (more of |really |just |only |mostly )?(an?|the) (\w+ )?(front-?end|web|php|"
    r"wordpress|mobile|qa|test|ui) (developer|engineer|person|guy|dev)\b|"
    r"\bi come from an? (\w+ )?(front-?end|web|non-technical|design|qa|testing|support) "
    r"background\b|"
    # any trade as the background: "I'm a tester by background, so I'm sorry it's not very
    # sophisticated", "I come from SQL and reporting, I know that's not what you're looking for"
    r"\bi('m| am) (an? )?([\w-]+ ){0,2}by (background|trade)\b|"
    r"\bi come from (an? ([\w-]+ ){0,2}background\b|(?!an? |the )\w+)|"
    # "my background's all backend"
    r"\bmy background('s| is) (all |only |just |mostly |purely )?(backend|back-end|front-?end|web|"
    r"php|wordpress|mobile|qa|testing|support|crud)\b|"
    # "Sorry, I've only done backend, payments and all that"
    r"\bi'?ve (only|just|mostly) (ever )?(done|worked (on|in)) (\w+ ){0,2}?(backend|back-end|"
    r"front-?end|web|payments|mobile|qa|testing|support)\b|"
    r"\bcom(e|es|ing) from\b[^.]{0,60}?,? not (from )?(ai|ml|machine learning|data science|"
    r"research)\b|"
    r"\bmy (\w+ )?(background|cv|degree|profile|path)( is|'s|s| was)( \w+){0,3}? "
    r"(not|n't|isn'?t|wasn'?t|a (\w+ ){0,3}(weakness|problem|disadvantage|handicap|gap|minus))\b|"
    r"\b(don'?t|do not|didn'?t|never) (have|had|got) (the|a|an|any) (\w+ )?(right|proper|typical|"
    r"usual|traditional|relevant|real|formal) (background|degree|training|education)\b|"
    r"\b(never|didn'?t|did not) (do|did|finish|get|have) (a|an|any) (\w+ )?degree\b|"
    r"\bself[- ]taught\b|\bno (\w+ )?degree\b|"
    r"\bmy (\w+ )?(background|experience|work) (is|was|'s) (only|just|mostly|(kind of |a bit )?"
    r"boring|nothing)\b|"
    r"\bnot (the|a|your) (standard|typical|usual|normal|traditional|obvious) (candidate|profile|"
    r"background|path)\b|\b((wouldn'?t|don'?t|do not|didn'?t) have|(haven'?t|have not) got) the "
    r"(right |proper )?background\b|"
    r"\b(don'?t|do not|didn'?t)( really)? have (a |any )?(cs|computer science)\b|"
    r"\bnot (real|proper|actual|much of an?) (experience|background)\b|"
    r"\bnot from (a|an) (\w+ ){0,2}(product|proper|real|research|data science|ml|ai) (company|team|"
    r"background)\b|"
    # no degree or no study of the field, a background from elsewhere, not one of the field's
    # people: "I don't have a degree or anything", "I did not study computer science", "I am from
    # mechanical background", "an odd place to come from", "I am not a real data scientist"
    r"\b(don'?t|do not|didn'?t|did not|never|not) (have|had|got|having) (a|an|any|the) (\w+ )?"
    r"degree\b|\b(did not|didn'?t|never) stud(y|ied) (computer science|cs|machine learning|ml|ai|"
    r"maths|math|statistics)\b|\bi('m| am) from (an? )?(\w+ )?background\b|"
    r"\b(odd|strange|unusual|weird) (place|background|path|route) to come from\b|"
    r"\b(i'?m|i am) not (an? )?(real |proper |trained )?(data scientist|ml (researcher|engineer|"
    r"person)|researcher|statistician)\b"
)
# The first sentence of an answer to "do you have ML experience?" that says no, in substance.
_NO_ANSWER = _rx(
    r"^\W*((eh|um|uh|so|well|hmm|ml|ai|machine learning|real|proper|actual|experience)\W+){0,4}"
    r"(short answer:?\s*)?"
    r"(no\b|not\b|yes and no\b|sort of\b|kind of\b)"
)
# A negation up to three words before what follows, in its clause and its sentence: "fine
# tuning isn't really a weakness, I could pick it up over a weekend" denies the weakness, not
# the weekend.
_NEGATED = _rx(r"(\b(not|never|no)|n't)\b(\s+[^\s,;]*[^\s,;.?!]){0,3}\s*$")
# A negation inside a condition or a relative clause negates that clause, not what follows it:
# "anything that doesn't validate goes to a person", "if it isn't grounded, we fall back",
# "if a firm isn't on it they're gonna fall behind".
_SUBORDINATE_NEGATION = _rx(
    r"\b(if|when|whenever|once|where|that|which|who|whatever|whichever|anything|everything)"
    r"\s+(\S*[^\s.?!]\s+){0,3}?(\S*n't|not|never)(\s+\S*[^\s.?!]){1,2}?\s*,?\s*"
    r"((we|it|they|i|you|he|she)('re|'ll|'d|'ve|'s|'m)?\s+)?$"
)

# Clauses: a sentence is cut before "but", "so", "though", "and that's" and at ; and :, so a
# gap and the strength that follows it in the same sentence are seen as two parts.
_CLAUSE_BREAK = _rx(
    r"\s*[;:]\s+|,?\s+(?=(?:but|so|though|although|however|and that'?s|which is why)\b)|"
    # "yet" joins clauses after a comma; "we haven't added it yet" ends one
    r",\s+(?=yet\b)"
)

# Researchers by role, by degree or by lab: "the PhDs who publish papers", "people who actually
# do AI research", "somebody who came out of DeepMind", "the research labs".
_LABS = (
    r"(openai|deepmind|google brain|anthropic|meta ai|fair|(research|big|top|major|ai) labs?|"
    r"labs\b|(a )?phd programs?|arxiv)"
)
# Companies whose systems a small project is likened to (overselling-ai).
_FAMOUS = (
    r"(netflix|google|amazon|spotify|openai|meta|apple|microsoft|uber|airbnb|tesla|chatgpt|"
    r"stripe( radar)?)"
)
_RESEARCHERS = (
    r"(ml |machine learning |ai |research )?(researchers?|phds?|data scientists?|(ex-)?academics|"
    r"postdocs?|professors?|boffins|(the )?real (scientists|geniuses|brains)|(the )?big brains|"
    r"research scientists?|kaggle grandmasters?|phd (people|folks|guys|types|crowd|lot|fellows)|"
    r"(real |actual |proper )?(ml|ai|research|data science|machine learning|university|academic) "
    r"(people|folks|team|crowd|guys|person|types?|lot)|people (doing|with) (\w+ )?research|"
    r"(the )?paper people|"
    # "people publishing a paper on exactly that", "people who publish on retrieval"
    r"(people|folks|those|someone|anyone) (publishing|writing) ([\w-]+ ){0,2}papers?|"
    r"(people|folks|those|someone|anyone) (who|that)('s|'ve| has| have)? publish\w*|"
    # "the people publishing at NeurIPS", "the Stanford crowd", "the original RAG paper, sure
    # the people that wrote that are miles ahead of me"
    r"(people|folks|those|someone|anyone) publishing (at|in|on)\b|"
    r"(stanford|mit|berkeley|oxford|cambridge|cmu|eth|oxbridge) (crowd|lot|people|folks|types|"
    r"guys)|paper\b[^.]{0,40}\b(people|folks|those|guys|ones) (who|that) wrote (it|that|this)\b|"
    r"authors of (the|that|this) paper|"
    # "the people who train the models", "one of them boffins who invents the models"
    r"(people|folks|those|guys|ones|someone|somebody|anyone|boffins) (who|that) "
    r"(train|trains|trained|build|builds|invent|invents|invented|design|designs) (the |their )?"
    r"(models|llms|foundation models|algorithms)|"
    r"(people|those|folks|someone|anyone) (who|that)('ve| have)? (studied|study|trained in|did|"
    r"done|do) (this|it|ml|ai|machine learning)( \w+)? (properly|formally|for real|at university)|"
    r"(people|folks|lads|guys|ones|those|candidates|youngsters) (\w+ ){0,5}?with (the |their )?"
    r"(doctorates?|phds?|publications)|"
    r"(people|those|folks|someone|somebody|anyone|guys) (who|that) ([\w']+ ){0,2}"
    r"(do|does|did|doing|publish\w*|write|wrote) ([\w-]+ ){0,2}(research|papers)|"
    r"research[- ]level|"
    r"(the )?(people|folks?|guys|someone|somebody|anyone) (at|in|from|out of|who came out of) "
    r"(the )?" + _LABS + r"|the " + _LABS + r"|"
    # "the papers from the Google and OpenAI people"
    r"((google|meta|microsoft|\w+) and )?" + _LABS + r" (people|folks|guys|crowd|lot|types)\b)"
)
_COMPARISON = _rx(
    r"\b(as (good|smart|strong|qualified|knowledgeable|deep) as|(smarter|better|stronger|"
    r"more qualified) than (me|i)|know (way |much |far )?more|understand (\w+ )?(way |much |far )?"
    r"(more|better)|compete with|compared (to|with)|unlike|at the level of|"
    # "I am on level of researchers in DeepMind", "on the same level as"
    r"\bon (the )?(same )?level (of|as|with)\b|"
    # the other direction too: "I get recommender systems better than the research team there"
    r"\bi (\w+ ){1,4}(better|more) than (the|most|any|those|these|all|half)\b|"
    # "I think I'd be more useful to you than most ML PhDs"
    r"\bi('d| would| will|'ll)? (\w+ ){0,2}more (useful|valuable|productive|effective)( to (you|"
    r"them|the team))? than (the|most|any|those|these|all|half)\b|"
    r"total beginner|nowhere (near|close)|"
    # ("I sit next to them", "a data scientist sat next to me" is where people sit)
    r"(?<!sit )(?<!sat )(?<!sitting )(?<!seated )(?<!desk )next to(?! me\b)|"
    r"on the (same )?level (as|of)|"
    r"behind (them|those|these)|up there with|(another|a (\w+ )?different) planet|"
    r"(a )?(far |much )?better job than (me|i)|(never|won'?t) be like|"
    r"on (another|a (\w+ )?different|a whole other) level|"
    r"out of my league|way (ahead|smarter|better)|run (circles|rings) (a)?round|out-\w+|"
    r"(another|a different|a whole other) league|no match for|"
    r"(miles|far|years|light[- ]years) ahead|can'?t hold a candle|"
    r"catch up|(never|can'?t|won'?t|couldn'?t) catch (them|those|these)|on par with|"
    r"(more|less) (\w+ ){1,2}than|never ship\w*( anything)?|"
    r"(don'?t|do not|never) (actually |really |even )?ship (anything|a thing|products?|code)|"
    r"(just|only) write papers|overcomplicat\w*|(half|most) of what (they|the [\w-]+( \w+)?) "
    r"(publish|write)|"
    r"the same skill ?set as|"
    r"the way (the )?\w+ (\w+ )?(can|do)|"
    r"in (a|one|the same) room with|(their|that) league|"
    r"(not|never) (\w+ ){0,2}(at|on) (that|their|the same) level|look twice at|"
    r"(have|had) a (good )?laugh|"
    r"some way behind|way behind|(not|never) going to be like|"
    r"((way|far|much|miles) )?below (that|their|the same) level|"
    # researchers belittled against the speaker: "half of them couldn't put a service into
    # production", "I'd take my years of shipping over a stack of papers"
    r"(couldn'?t|can'?t|wouldn'?t know how to|never|struggle to) (\w+ ){0,2}(put|ship|deploy|run|"
    r"build|keep) "
    r"(\w+ ){0,4}(production|live|running|up)|"
    r"i'?d take (my|\w+) (\w+ ){0,4}over|"
    # the researchers laughing at the work, the speaker knowing as much, or rated near them
    r"(would|'d|will) laugh at (it|me|this|that)|know as much as|"
    r"(put|rate|see) myself (close to|near|at|up at|up against)|"
    # "I'd put my pipeline up against any researcher's, I'm pretty much at that level now"; "for
    # such a system you need a real ML researcher"
    r"\bput (my|our) ([\w-]+ ){0,2}up against\b|\bi'?m (\w+ ){0,2}at (that|their|the same|a "
    r"similar) level\b|\byou('d)? need (a|an|some) (real|proper|actual|trained) |"
    # what they would know that the speaker does not, the speaker ahead of most of them, or
    # them unable to code or ship: "a real ML person would know which embedding is right", "I
    # follow the papers closer than most researchers do", "the research types couldn't ship it"
    r"would (know|understand|spot|see) (which|what|how|why|the)|"
    r"(\w+er|more \w+|better) than (most|many|a lot of|half (of )?the|any|all)|"
    r"(can'?t|cannot|couldn'?t) (actually |even |really )?(code|program|ship)\b|"
    # the work unlike theirs, what they would do better, the speaker tiny beside them: "nothing
    # like what the researchers at OpenAI are doing", "I'm not a researcher like at Google, they
    # would do it better", "the ML researchers would know much better", "if I compare with a
    # researcher at DeepMind, I am a baby", "papers nobody reads"
    r"(not|nothing|nowt|never)( [\w'-]+){0,4}? like (what |how )?(the |those |these |an? )?"
    r"([\w-]+ ){0,2}"
    r"(research\w*|people|labs?|scientists?|phds?|academics?|folks)\b|"
    r"(not|nothing)( [\w'-]+){0,4}? like at\b|know (\w+ )?(way|much|far|a lot) better|"
    r"(would|'d|will|could) do (it|this|that) (much |far |way |a lot )?(better|(more )?properly)|"
    r"compare (myself|to|with)|i('m| am) a baby|papers (that )?nobody reads|"
    # leaving them the hard part: "the real scientists did the hard part, I only build around it"
    r"(did|do|does|doing|done) the ((\w+ )?(hard|heavy|clever|difficult) "
    r"(part|parts|stuff|bits?|lifting|work)|real science)|heavy lifting|"
    r"nobody (ever )?ships|"
    # "I'm not one of those IIT PhD fellows", "half the research lot couldn't deploy a cron job
    # if you paid them"
    r"(not|never( [\w']+){0,2}? be) one of (those|these|them|the)|if you paid (them|him|her))\b"
)
# A comparison said in the sentence after the researchers were named, pointing back at them
# ("I can't compete with those guys").
_COMPARISON_BACK = _rx(
    r"\b(compete with|as (good|smart) as|at the level of|(smarter|better) than me|next to|"
    r"compared (to|with)|on (another|a different) level)\s+(them|those|these|that)\b"
)
# "I'm not competing with researchers" is the guide's own reframe, not a comparison.
_NOT_COMPETING = _rx(
    r"\b(i'?m not|i am not|not going to|no need to|don'?t need to|not trying to|(don'?t|do not) "
    r"(try|want|aim|intend) to)(\s+[\w']+){0,4}?\s+compet\w*|"
    r"\b(not|aren'?t) who (i'?m|i am|we'?re) (up against|competing with)\b|"
    # "but they are not my competition, I'm not applying for their job"
    r"\b(they'?re|they are|they aren'?t|that'?s) not (my|the) competition\b|"
    r"\bi'?m not applying for (their|that) (job|role)\b|"
    # a comparison begun and withdrawn: "I was going to say I'm nowhere near the researchers,
    # but that's the wrong frame"
    r"\bi was (going|gonna|about) to say\b[^.]*\bbut\b[^.]{0,20}\b(wrong|not (right|true|fair|"
    r"the point))\b"
)

# An AI skill, subject or tool that an expertise claim can be about.
_AI_SKILL = (
    r"(ai|ml|machine learning|llms?|deep learning|transformers|nlp|agents|rag|prompt\w*( \w+)?|"
    r"fine-?tuning|langchain|llama ?index|(ai|ml|llm) engineering|the field|models)"
)

MISTAKE_PATTERNS: dict[str, Words] = {
    "minimising-swe-experience": _rx(
        # ("I'm kind of the AI guy" is the one everyone asks, not a career made small)
        r"\b(i was|i'?m|i am|i'?ve been|as) ((just|only|merely|simply|basically|kind of|sort of|"
        r"really|ever) )+(?!(a |an |the )?(go-to|ai|ml|llm)\b)(a |an |the )?([\w-]+ ){0,3}"
        r"(engineer|developer|dev|programmer|coder|"
        r"person|guy|fella|fellow|bloke|lad|lass|girl|junior|code monkey)\b|"
        # "before this I was just doing plumbing, you know, APIs and queues, nothing that really
        # matters"
        r"\b(i was|i'?m|i am) (just|only|basically) doing (the )?plumbing\b|"
        r"\bnothing that (really )?matter(s|ed)\b|"
        # what the speaker is good at or brings, then doubted: "I guess I'm okay at the backend
        # stuff, but I'm not sure that really matters for an AI role", "I guess I bring the ops
        # side, but I don't know if that really counts for much here"
        r"\bi('m| am| guess i'm| guess i| think i'm)?( \w+)? (okay at|good at|decent at|fine at|"
        r"strong at|solid at|bring)\b[^.]*\bbut (i'?m not sure|i (don'?t|do not) know if|i "
        r"(don'?t|do not) think) (that|it|this)( really| would| will)? (matters?|counts?)\b|"
        # ("I'm kind of the go-to ML person now" is the opposite)
        # "I was basically a glorified report writer"
        r"\b(i was|i'?m|i am|i'?ve been)( \w+){0,2} (an? )?glorified\b|"
        r"\bi'?ve (only|just|mostly) (ever )?(done|worked on|built|written|made) (\w+ ){0,2}?"
        r"(crud|internal tools|websites|web stuff|forms|wordpress|boring stuff|simple stuff|"
        r"basic stuff|admin panels|back-?end stuff|front-?end stuff)\b|"
        # "I've only built the charity's donation site and the bed-finder app, nothing like this"
        r"\bi'?ve only (ever )?(built|done|made|worked on)\b[^.]*\bnothing like (this|that|it)\b|"
        r"\bjust (wrote|built|did|doing) (crud|apis|web apps|backend stuff|boring)\b|"
        # the speaker's work made small: "only" and moving or gluing things around or together
        r"\bi(?:'ve| have| was| am|'m)?( been)?( \w+ly)? (just|only|merely|mostly just)"
        r"( [\w'-]+){0,3}? (mov|push|shuffl|glu|plumb|wir)\w*( [\w'-]+){0,3}? (around|together|"
        r"up)\b|"
        r"\bi( \w+ly)? (just|only|merely) (plumb|wir|plugg?|bolt)\w* (it|them|that|things|stuff) "
        r"in\b|"
        # the work said to bear on nothing here: "I mostly did ERP integrations for years,
        # nothing relevant to this really"
        r"\bi( \w+)? (did|do|was doing|worked on|built|wrote|have done|'ve done)\b[^.]{0,80}"
        r",\s*nothing (really |very |that'?s |much )?relevant\b(?! (\w+ )?(came|comes|was|is|"
        r"turned|showed) )|"
        r"\bnothing (that )?(would |really )?counts? as real\b|"
        r"\bi(?:'ve| have| was)?( \w+ly)? (just |only |mostly )?(built|done|did|made|worked on|"
        r"been doing|written)\b[^.]{0,120}\bnot (exactly |really )?rocket science\b|"
        r"\bnot really (software )?engineering\b|"
        r"\b(is|was|'s) (just|only) (forms|crud|websites|databases|spreadsheets)\b|"
        # no real engineer: "I'm not a real developer", "I was never a real engineer", "before
        # this I wasn't a real engineer"
        r"(\bnot|\bnever|n'?t) (really |even |ever )?(an? )?(real|proper|actual) (engineer|"
        r"developer|programmer|dev|coder)\b|"
        r"\bmy (\w+ )?(background|experience) (is|was|'s) (only|just|merely)\b|"
        r"\bmy (\w+ )?career( is|'s| was| has been)( been)?(,? (you know|like|honestly|really),?)? "
        r"(only|just|merely)\b|"
        # the speaker's work made small by "only" or "just" and what it was: "I was only doing
        # the cart and the checkout, the typical CRUD", "I've only ever been a tester really"
        r"\bi(?:'ve| have| was|'m| am)?( really| basically| ever| been| mostly)? (only|just|merely)"
        r"( ever| really| just)? (been|doing|do|building|writing|working on|done|did|a|an|the|in|"
        r"making|maintaining|fixing|patching)\b.*\b(crud|forms|reports|scripts|admin|websites?|"
        r"wordpress|php|ui stuff|little tools|tester|qa|testing|bug ?fix\w*|maintenance|typical|"
        r"boring|basic|simple|spreadsheets|"
        r"mobile apps?|front-?end|games|support|tickets|sysadmin)\b|"
        r"\bnot (\w+ ){0,3}(real|proper) (software|engineering|development|coding|programming)\b|"
        r"\bnothing like (a )?real (engineering|software|development|coding)\b|"
        # in the speaker's idiom: "nothing anyone here would call engineering really", "I don't
        # really do proper engineering", "Glorified button-pusher, me", "a humble signwriter's
        # web monkey", "I'm a bit of a dinosaur full stop"
        r"\bnothing (anyone|anybody|you)( here)? would (really )?call (real |proper )?(engineering|"
        r"software|development|coding)\b|\bi (don'?t|do not) (really )?do (proper|real) "
        r"(engineering|software|development|coding)\b|\bglorified [\w-]+,? me\b|"
        r"\b(i'?m|i am|being|me,?) (a |an )?(bit of a |kind of a |humble )?([\w'-]+ ){0,2}(web "
        r"monkey|code monkey|button[- ]pusher|dinosaur|dogsbody)\b|"
        r"\bi'?m not (really|even) an? (engineer|developer|programmer)\b|"
        # ... but not a part of the system said to be plain: "it's a simple RAG, nothing
        # clever", "then search and an LLM, nothing special there"
        r"(?<!rag, )(?<!llm, )(?<!model, )(?<!search, )(?<!stack, )(?<!pipeline, )"
        r"\bnothing (very |really |that |so |too )?(clever|serious|impressive|fancy|special|"
        r"interesting|hardcore|complicated|advanced|technical)\b(?! there)(?! (on|in) the)"
        r"(?! about)(?! (\w+ )?(happened|came of it|went wrong|broke))|"
        r"\b(just|only) the plumbing\b|"
        r"\b(it'?s )?not like i('?ve| was) (built|done|made|building|doing|making) anything( \w+)? "
        r"(interesting|serious|real|"
        r"big|impressive)\b|"
        # the speaker's own work said to count for little here ("I built websites for an
        # agency, which is probably not relevant here")
        r"\bi(?:'ve| have| was|'m| am)? (been|was|worked|work|did|do|built|build|spent)\b.*"
        r"\b(which|that|it|this)( is|'s| was)?( \w+ly| \w+)? (not|isn'?t|wasn'?t)"
        r"( \w+ly| that| very| so| really)? (relevant|important|useful)"
        r"( here| for this| to (this|you|ai|the (role|job|position))\b)|"
        r"\bmy (\w+ ){0,2}(experience|background|work) (is|was|isn'?t|wasn'?t)( \w+ly| \w+)? "
        r"(not )?(irrelevant|not relevant|not (that |very |so )?(relevant|impressive))\b|"
        # the work said to be anyone's, or to count for nothing: "really anyone could do it",
        # "which doesn't really count for this", "that kind of work isn't going to matter"
        r"\b(really |honestly |basically )?any ?(one|body) could (do|have done|'ve done) (it|that|"
        r"this)\b|"
        # "my bit, honestly it's just plumbing, glue between the database and an API" ("ML is
        # easy, it's just plumbing" makes the field small, not the speaker's work)
        r"\bmy (bit|part|work|side|job)\W+((honestly|really) )?(is|was|it'?s|it is|it was) "
        r"((honestly|really) )?(just|only|basically) (plumbing|glue)\b|"
        # "which, let's be real, any bootcamp kid could do", "it is not serious work compared
        # to AI"
        r"\bany ([\w-]+ ){0,2}(kid|student|intern|junior|grad|monkey)s? could (do|have done|build)"
        r"( (it|that|this)\b|(?=\s*([.,;!?]|$)))|"
        r"\bnot (\w+ ){0,2}(serious|real|proper) (work|engineering|programming)( \w+)? compared "
        r"(to|with)\b|"
        r"\b(which|that|it) (doesn'?t|does not) (really )?count( for (this|much|anything))?\b|"
        r"\b(that kind of|that sort of|my|this kind of) (work|job|stuff) (isn'?t|is not|won'?t|"
        r"will not) (going to )?(matter|count)\b|"
        # the work not worth the name, or small beside this: "I wouldn't call it real
        # engineering", "I was just doing backend for a bus company, nothing with AI" (others
        # calling the speaker "just the website guy" is mostly said to be answered)
        r"\b(wouldn'?t|would not|don'?t|do not|couldn'?t) (really )?call (it|that|this|myself|"
        r"what i do) (an? )?(real|proper|actual) (engineering|programming|development|engineer|"
        r"developer|work)\b|"
        r"\bi( was| am|'m)?( mostly| really)? (just|only) (doing|did|fixing|fixed|building|built|"
        r"working on|worked on|looking after|looked after|maintaining|maintained)\b[^.]{0,80}"
        r"\bnothing (with |to do with |at this |that needed |that took )?(ai|important|level|real|"
        r"any)\b"
    ),
    "ai-is-hot": _rx(
        r"\b(ai|artificial intelligence)('s| is) (so |really |super |just )?(hot|the future|hyped|"
        r"everywhere|booming|trending|"
        r"the next big thing)\b|\bthe hot (skill|thing|area|field|topic)\b|"
        r"\b(everyone|everybody)( \w+){0,2}?('?s| is| are) (doing|moving "
        r"(in)?to|getting into|talking about|going (in)?to|hiring for) (ai|it|agents|llms?|gen ?ai|"
        r"rag)\b|\b(everyone|everybody|everything)('?s| is) (going|moving) (that way|there|ai)\b|"
        # "AI is the thing right now" (every company hiring or announcing AI: further down)
        r"\b(ai|it)('s| is) the thing (right )?now\b|"
        r"\bevery job post\w*( i see)?( now)? (says|wants|asks|mentions|lists)\b|"
        # "every second role wants LLM experience now", "my profile would be worth thirty percent
        # more with AI on it", "the writing on the wall", "which way the wind's blowing"
        r"\bevery (second |other |single )?(role|listing|posting|vacancy|opening|job ad\w*)"
        r"( i see| out there)?( now)? (says|wants|asks for|mentions|lists|needs|requires) "
        r"(\w+ ){0,2}(ai|llms?|ml|gen ?ai|machine learning|prompt\w*)\b|"
        r"\bworth (\w+ ){0,4}more (with|if i (had|have|add))\b[^.]{0,20}\b(ai|ml|llms?)\b|"
        r"\b(the )?writing('?s| is)? on the wall\b|\bwhich way the wind('?s| is) blowing\b|"
        r"\brecruiters (are |keep )?(filtering|looking|asking)( \w+)? for\b|"
        # the pay as a reason, not a field of a record: "the salary expectation", "the officers
        # need the salary, the dates, the sponsor name"
        r"(?<!need the )(?<!needs the )(?<!extract the )(?<!extracts the )(?<!pulls the )"
        r"(?<!pull the )(?<!read the )(?<!reads the )"
        # (nor a field of the data: "people search by salary", "the salary is competitive, or
        # thirty to thirty-five k")
        # nor other people's pay: "something you can trust with people's salaries"
        r"(?<!people's )(?<!someone's )(?<!somebody's )(?<!employees' )(?<!staff )(?<!workers' )"
        r"(?<!\bby )\bsalar(y|ies)\b(?! (expectations?|data|fields?|bands?|slips?|details?|"
        r"figures?|ranges?|is competitive)\b)(?!,? (the )?(location|title|job title|benefits|"
        r"start date|hours)\b)|"
        r"\bpaid (\w+ ){0,5}more\b|\b(get|gets|getting) more offers\b|"
        r"\bsafer on the (ai|ml) side\b|"
        # "the biggest thing since the internet", "the money's moving, the investors are all in",
        # "be on the right side of that"
        r"\bthe biggest thing since\b|\bthe (money|investment|investors?|funding)('?s| is| are) "
        r"(moving|all in|pouring in)\b|\bon the right side of (it|that|this|history)\b|"
        r"\b(it'?s )?on every job (post|posting|ad|listing)\b|"
        r"\b(everyone|everybody)( [\w']+){0,3}? (talks?|is talking|are talking|(is|are) asking for|"
        r"wants?) (about )?(ai|it)\b|\b(be|being|become|going|an?) ai[- ]first\b|"
        r"\bwhat (the )?(clients|customers|companies|market) (pay|pays|are paying) for\b|"
        r"\bai is (\w+ )?the (trend|wave)\b|\b(every|all the) (big )?compan(y|ies)\b[\w\s,]{0,30}?"
        r"\b(are |is )?(doing|hiring( for)?|talking about|investing in|announcing) (ai|it)\b|"
        r"\bi('?ll| will) be (left )?behind\b|\bjump\w* on the (ai )?"
        r"bandwagon\b|\bwhere (all )?the (\w+ )?(money|jobs|growth|energy|action|demand|market|"
        r"headcount|"
        r"opportunit\w*)( and the \w+)? (is|are|was|were)\b"
        # ("where the money was leaking" is a loss the work stopped)
        r"(?! (leaking|lost|wasted|bleeding|going out|disappearing))|"
        r"\bai is (\w+ )?the (big|next big|hot|hottest|in|biggest) thing\b|\bgold rush\b|"
        r"\b(so much|all the|a lot of|lots of|the) (money|funding|investment|hype) (going|pouring|"
        r"flowing|rushing) (in)?to\b|"
        r"\b(don'?t|didn'?t|do not|did not) want to (be|get) (the (last )?ones? )?left behind\b|"
        # "every insurer is doing this now", "you're going to look really behind", "the whole
        # industry is racing", "everyone was jumping on it"
        r"\bevery (\w+ )?(insurer|bank|retailer|compan\w*|business|firm|competitor|startup|brand|"
        r"agency|enterprise|player)s?( \w+)? (is|are|'s) (doing|building|launching|rushing|racing|"
        r"adding) (this|it|ai|that|one)\b|\blook (really |so |way )?behind\b|"
        r"\bthe whole (industry|sector|market|world) (is|'s) (racing|rushing|jumping|piling)\b|"
        r"\b(everyone|everybody)( \w+){0,2}? (was|were|is|are|'s) jumping on (it|ai|the)\b|"
        r"\bhot(test)? (field|area|topic|space|thing)\b|\bpays? (\w+ )?(more|better)\b|"
        r"\bpay(s|ing)? a premium\b|"
        r"\bbecause of (chatgpt|the hype)\b|"
        r"\bwhere (everything|the industry|the market|tech)('?s| is) (heading|going)\b|"
        r"\b(the )?ai boom\b|\bride the (ai |hype )?wave\b|\bfomo\b|\b(it'?s|ai is) (so )?trendy\b|"
        r"\bthrowing money at (ai|it|llms)\b|"
        # a whole trade moving and the fear of being left on the platform: "the whole of pharma's
        # piling into this", "what every insurer is throwing money at", "the last one off the boat"
        r"\bthe whole (of )?[\w-]+('s| is| are) (piling|pivoting|rushing|jumping)\b|"
        r"\b(is|are|'s|'re) (throwing|pouring) (money|cash) at\b|\blast one off the boat\b|"
        r"\bleft standing on the platform\b|\bwhen the train (goes|leaves)\b|"
        # money, or the fear of being left: "recruiters kept messaging me about AI roles", "more
        # than I make", "if I don't move now", "the train's gone"
        r"\brecruiters (\w+ ){0,2}(messag|call|email|contact|ping|approach)\w* (me )?(about|with|"
        r"for) (ai|ml|llm|gen ?ai)\b|\b(a lot |way |much |far )?more than i (make|earn|get paid)\b|"
        # (not people left in a place: "customers were being left behind in the general queue")
        r"\b(getting|get|got|being|be|am|'m|are|'re|is|'s),? left (behind|out)\b"
        r"(?! in (the|a|an|our|their)\b)(?! of\b)|"
        # a CV that needs AI: "I needed an AI project on my CV", "it's the CV thing", "anyone
        # without AI on their CV is going to look dated"
        r"\b(needed|need|wanted|want) an? (ai|ml|llm|gen ?ai) (project|thing|line)\b[^.]{0,20}\b"
        r"(on|for) (my|the|a) (cv|resume|linkedin)\b|\bthe (cv|resume|linkedin) thing\b|"
        r"\bwithout (ai|ml|llms?|gen ?ai) on (their|your|my|a|the) (cv|resume)\b|"
        # "AI's the thing on CVs at the minute", "everyone says you've gotta have an AI project"
        r"\b(ai|artificial intelligence)('s| is) (\w+ )?the (big |hot |in )?thing (on|in) (cvs?|"
        r"resumes?|linkedin)\b|"
        r"\b(everyone|everybody|people) (says|say|tells? you) (you'?ve |you have )?(gotta|got to|"
        r"have to|need to|must) (have|get|do|know) (an? )?(ai|ml|llm|gen ?ai)\b|"
        # "or they're gonna fall behind", "everybody says now it is the future", "every software
        # job will be an AI job"
        r"\b(gonna|going to|will|'ll) fall behind\b|\b(everybody|everyone|people) (says|say|"
        r"tells me|keeps saying)( now)? (that )?(it|ai)('s| is) the future\b|"
        r"\bevery ([\w-]+ )?job (will|is going to|'s going to|would) be an? (ai|ml|llm) job\b|"
        r"\bif i don'?t (move|switch|jump|do it|go|make the move) now\b"
        r"(?![^.]{0,12}\bi (will )?never\b)|"
        r"\b(everyone|everybody)( \w+){0,2}? (was|were|is|are|'s) (building|making|shipping|"
        r"launching) (agents|ai|llms?|chatbots|gen ?ai|rag)\b|"
        r"\b(everyone|everybody)( [\w']+){0,2}? (was|were) (moving|going|getting) (in)?to (ai|it|"
        r"llms?)\b|\brecruiters (are |were )?(searching|hunting) for\b|"
        r"\b(in|on) (all|every) (the )?job (ads|adverts|posts|postings|listings)\b|"
        r"\bwhere (that'?s|it'?s|everything'?s|things are|the (exciting )?(stuff|action) is) "
        r"happening\b|"
        r"\b(the )?train'?s (gone|leaving|left)\b|\bmiss(ed)? the (boat|train)\b|"
        # "insurance is going all in on AI right now, if you're not doing it in two years you're
        # dead"
        r"\b(is|are|'s|'re|was|were) (going|gone) all[- ]in on (ai|it|llms?|gen ?ai|this)\b|"
        r"\bif you'?re not "
        r"(doing|on|in|using|into) (it|ai|this|that|llms?)\b[^.]{0,30}\byou'?re (dead|gone|"
        r"finished|toast|done|out|history)\b"
    ),
    "overselling-ai": _rx(
        # a risk denied: "because it only answers from the wordings, it can't really make
        # things up"; any problem claimed: "I can handle any unstructured data problem"; "I
        # think I am strong in ML now"
        r"\b(it|the (model|bot|assistant|system)|they)( just| really)? (can'?t|cannot|won'?t|will "
        r"never|never)( really| actually| ever| possibly)? (make (things|stuff|anything|it) up|"
        r"hallucinate)\b|"
        r"\bi (can|could) (handle|do|solve|build) (pretty much |just about )?any (?!of\b)"
        r"([\w-]+ ){0,3}(problem|system|project|use case)s?\b|"
        r"\b(i'?m|i am) (now |pretty |really |quite )?strong in (ml|machine learning|ai)( now)?\b|"
        # "I'm pretty confident I've got the whole stack covered now"
        r"\b(i'?ve|i have) got (the whole|the full|the entire|all the) ([\w-]+ )?(stack|lot|field|"
        r"thing|bases)s? covered\b|"
        r"\b(i'?m|i am) ((pretty much|already|now|really|kind of) )*(an? )?"
        r"(ml |ai )?(expert|guru|master|ninja|specialist) (in|at|on|with) ([\w-]+ )?"
        r"(ai|ml|machine learning|llms?|deep learning|transformers|nlp|agents|rag)\b|"
        r"\b(i'?m|i am) ((pretty much|already|now|really) )*(an? )?(ml|ai) expert\b|"
        # "I already know most of what an AI engineer does day to day", "I could walk into a
        # senior AI role pretty quickly" (dev154)
        r"\bi (already )?know (most|all|everything) (of )?what an? (ai|ml) (engineer|researcher|"
        r"scientist)s? (does|do)\b|\bi (could|can|would) (just )?(walk|step|stroll) (straight )?"
        r"into a senior\b|"
        # a training claim from a video course, a prototype said to match a senior person, and
        # hallucination or the whole problem called gone: "I can train a transformer from
        # scratch, I did the Karpathy videos", "it's basically as good as our senior maintenance
        # engineer", "then you don't really get hallucinations", "a pretty solved problem"
        r"\bi can (train|build) (a |an |my own )?(transformer|llm|language model|model)s? from "
        r"scratch\b|\b(it'?s|it is)( \w+ly)? (as good as|better than) (our|the|a|any) (senior|best|"
        r"most experienced|expert|human)\b|\b(you|it|we) (don'?t|doesn'?t|won'?t) (really )?(get|"
        r"have|make) (any )?hallucinations?\b|\b(a |an )?(pretty |basically )?solved problem\b|"
        # "I'd genuinely call myself an expert in it now" ("I wouldn't call myself" is no claim)
        r"\bi('d| would)( \w+ly| now| say)* call myself (an? )?([\w-]+ )?(expert|guru|master|"
        r"specialist)\b|"
        r"\bi (know|understand) (everything|all there is) about\b|"
        r"\bi( have|'ve)( \w+ly| now| pretty much| already)* mastered\b|"
        r"\bi can (train|build) any (model|ai)\b|"
        r"\bi can (build|do|solve|train) (anything|everything) (with|in) (ai|ml|llms?)\b|"
        r"\bdeep expertise in "
        r"(ai|ml|machine learning|deep learning)\b|\b(any|every) (ml|ai) problem\b|"
        r"\bdon'?t (really )?have (any |a )?(real )?weakness(es)? in (ai|ml)\b|"
        r"\b(don'?t think i|i don'?t) have a real weakness\b|"
        r"\b(i'?m|i am) ((?!not\b|never\b)\w+ ){0,2}(at|on) (the )?level of (an? )?"
        + _RESEARCHERS
        + r"\b|"
        # "I already understand LLMs very deeply, the attention, the embeddings, everything"
        r"\bi( already| really)? (understand|know) (llms?|ai|ml|machine learning|transformers|"
        r"neural networks|deep learning|(the |these |language )?models)( \w+)? (very |really |so )?"
        r"(deep(ly)?|completely|fully|thoroughly)\b|"
        r"\b(i'?m|i am) at the level where i (could|can)\b|"
        # a prompt called one's own model: "I trained my own model for it, well, I wrote the
        # prompt" ("well, no, I should say it correctly" takes it back)
        r"\b(trained|fine-?tuned|built) (my|our) own (\w+ )?(model|llm)\b[^.]{0,60}\bwell,? "
        r"(?!no\b)[^.]{0,60}\bprompt|"
        r"\b(ai|models|llms|the models) (pretty much |just )?(do|does) "
        r"(pretty much )?(everything|anything)\b|"
        r"\b(understand|know) (it|this|ai|ml|llms|them|the field) as well as anyone\b|"
        r"\bi'?ve done (pretty much )?everything\b(?! from\b)|"
        # a claim of expert level in an AI skill or tool, however it is hedged
        r"\b(i'?m|i am)( \w+ly| pretty much| pretty| quite| very| already| now| kind of| like)* "
        r"(at )?"
        r"(the |an? )?(expert|guru|master|ninja|senior|very strong|really strong|super strong|"
        r"advanced)( level)?( now| by now| already| at this point)? (in|at|on|with) (the )?"
        + _AI_SKILL
        + r"\b|"
        # a project called production-grade, hallucination called solved, a model called the
        # state of the art: "it's honestly production-grade at this point", "with RAG the
        # hallucination problem is solved", "I'd call it state of the art, nobody's doing what it
        # does" ("I would not say it is production-grade" is negated)
        r"\b(it'?s|it is|that'?s|this is)( \w+ly| really| totally| fully| pretty much| pretty)* "
        r"production[- ](grade|ready|quality)\b|"
        r"\b(the )?hallucinations?( problem)? (is|are) (pretty much |completely |totally |"
        r"essentially |basically |more or less |now )?(solved|a solved problem|eliminated|gone|"
        r"a thing of the past)\b|"
        r"\b(i'?d|i would) call it state[- ]of[- ]the[- ]art\b|"
        r"\bnobody(?:'s| is) doing what (it|we|this) (does|do|is doing)\b|"
        # (the speaker's own system or trade: "I know dispatch inside out, I wrote most of it")
        r"\b(know|understand)\b(?! (that |the |our |its |their )?([\w-]+ )?(data|system|systems|"
        r"pipeline|codebase|code|domain|business|process|platform|network|products?|dispatch|"
        r"scheduling|rota|billing|bookings?|ordering|stock|inventory|payroll|invoicing|logistics)"
        r"\b)"
        r"( [\w']+){0,5} "
        r"inside (and )?out\b|"
        r"\bknow (the (ai |ml )?field|ai|ml|machine learning|llms|this (stuff|field)|it all)"
        r"( really| very| extremely| pretty)? well\b|"
        r"\b(any|every) (ml|ai|machine learning) (task|project|question|model)\b|"
        # nothing in AI out of reach, for the speaker or for AI: "I can pick up anything on that
        # side", "AI can basically do anything now", "RAG is basically a solved problem"
        r"\b(ai|ml|machine learning|llms?|models?)\b.*\bi can (\w+ )?(pick up|learn|handle|do|"
        r"build) (anything|everything)\b|\bi can (\w+ )?(pick up|learn|handle|do|build) (anything|"
        r"everything)\b.*\b(ai|ml|machine learning|llms?|models?)\b|"
        r"\bi can (\w+ )?(train|fine-?tune) (pretty much |just about |basically )?(anything|"
        r"everything)\b|"
        r"\b(ai|it|the model|models|llms?|gpt\S*|agents?) can "
        r"(pretty much |now |really )*"
        r"(do|handle|solve|answer) (pretty much )?(anything|everything)\b|"
        r"\b(a|pretty much a) solved problem\b|\bdone the whole (ml|ai) thing\b|"
        r"\b(built|done) (this|that|it) (loads of|lots of|many|dozens of|hundreds of|countless) "
        r"times\b|"
        # a system said to match people or the best products: "as good as ChatGPT", "better than
        # any human in customer service", "it basically replaces a junior developer"
        r"\b(as good as|better than|on par with|replaces?|replacing|outperforms?) (\w+ )?"
        r"(chatgpt|gpt-?4\w*|claude|devin|copilot|any human|humans|a human|"
        r"(a|any|the) (junior|senior|human) \w+)\b|"
        r"\b(replaces?|replacing) (a|an|the|an entire|the whole|our) ([\w-]+ ){0,2}"
        r"(team|department|analysts?|developers?|engineers?|agents?|staff|caseworkers?|"
        r"workers|clerks|handlers|reviewers|operators|people|humans|reception|front desk|"
        r"call cent(re|er)|contact cent(re|er))\b|"
        # (and "it understands the residents better than our agents do", "as well as our doctors
        # would"; "better than the team expected" is no claim)
        r"\b(better than|as well as) ((most|all|any|some|half)( of)? )?(our|the|a|an|most|any|all) "
        r"(of (our|the) )?([\w-]+ ){0,2}?(humans?|people|agents|analysts|staff|technicians|"
        r"experts?|doctors?|nurses?|lawyers|engineers|clerks|handlers|team|brokers|accountants|"
        r"receptionists?|caseworkers)\b(?! (expected|thought|hoped|predicted|feared))|"
        # the system said to be an expert, or near-perfect on a loose figure: "it's basically an
        # expert ceramist", "it's something like ninety-nine percent accurate"
        r"\b(it'?s|it is) (pretty much |essentially )?an? (expert|world-class)\b|"
        r"\b(something like|like|about|pretty much) (ninety-nine|99) ?(%|percent) "
        r"accurate\b|"
        r"\b(it|the (model|system|agent|bot|assistant)|ai|llms?)( \w+)? (fully|completely|"
        r"perfectly|truly) understands?\b|\b(it|the model) knows everything\b|"
        r"\bnever (makes (a )?mistakes?|hallucinates|gets (it|anything) wrong)\b|"
        r"\b(it'?s|it is) (pretty much )?never wrong\b|"
        r"\b(pretty much|totally|fully|effectively) production[- ](ready|grade|"
        r"quality)\b|"
        r"\b(i can|i could) (\w+ ){0,2}(pretty much |just about )?(any|every) "
        r"(of (these|them|those) )?([\w-]+ )?(llm|ai|ml|model|rag|agent|system)\w*|"
        # one built said to teach them all: "once you've built one of these, you can build any
        # of them"
        r"\bbuilt one( of (these|them|those))?,? (you|i) can build (\w+ )?(any|all) of (them|these|"
        r"those)\b|"
        # the speaker's own understanding or job called the field's: "I understand LLMs about as
        # well as anyone does" (the tills known as well as anyone are none), "I'm basically doing
        # what the machine learning lot do anyway" (the filler "basically" is not read),
        # "that's the ML engineer job, really, I'm already doing it", "more of a title change"
        r"\b(understand|know) (llms?|ai|ml|machine learning|(the |these |language )?models|"
        r"transformers|this (stuff|field)|how (they|these models|llms) work) (about |just )?as "
        r"well as any(one|body)\b|"
        r"\b(i'?m|i am) (already |pretty much |essentially |really )*doing what (the |an? )?"
        r"(ml|machine learning|ai|data science) (\w+ )?(engineers?|lot|people|folks|team|"
        r"researchers?|scientists?) (do|does)\b|"
        r"\b(that'?s|that is) the (ml|machine learning|ai) engineer('?s)? (job|role|work)\b"
        r"(?! (description|ad|advert|posting|title))|"
        r"\b(more of a|just a|only a) title change\b|\bjust the title that'?s different\b|"
        # a demo's number stated as production's: "in the demo we ran it dropped forty percent,
        # so that's what it does in production"
        r"\bdemo\b[^.?!]*\bso\b[^.?!]{0,30}\b((that'?s|that is) what it does in production|"
        r"in production (it'?s|it is|it does|that'?s)\b(?! (still|not|yet|going|likely|unknown)))|"
        # the model said to understand: "it really knows, it kind of feels the style" ("it
        # really understands nothing", "fine-tune it so it really knows the domain" are none)
        r"(?<!so )(?<!that )(?<!until )\b(it|the (model|system|agent|bot|assistant)|ai|llms?) "
        r"(genuinely|really) "
        r"(understands|knows)\b(?! (nothing|none|very little|little))|"
        r"\banything you throw at it\b|"
        r"\bpretty much across (all of it|the board|everything)\b|"
        r"\b(junior|senior) \w+ in a box\b|"
        r"\bhallucinations? (will be |would be |down to |is |are )?(essentially |"
        r"practically )?(zero|none|gone)\b|"
        # "with a good system prompt you can basically get rid of them now" ("you can't", "cut
        # them, not get rid of them" are none)
        r"\bhallucinat\w*\b[^.]{0,80}?\b(you|we|i) can (just |pretty much |totally |completely |"
        r"fully )?(get rid of|eliminate) (them|it)\b|"
        r"\b(you|we|i) can (just |pretty much |totally |completely |fully )?(get rid of|eliminate) "
        r"(the |all )?hallucinations?\b|"
        # the speaker's own model called the best there is: "the model's better than anything
        # OpenAI have for this", "our model is state of the art" ("it is state of the art, the
        # paper says" reports the paper)
        r"\b(better than|beats|outperforms) (anything|everything|whatever) " + _FAMOUS + r"( \w+)?"
        r" (have|has|makes?|offers?|sells?|does|do|built|got)\b|"
        r"\b((our|my) (own )?(model|system|bot|classifier)('s| is)|mine is)( \w+ly| really| "
        r"totally| pretty much)* state[- ]of[- ]the[- ]art\b|"
        r"\b(done|built) (this|that|it|these)( type| kind| sort)?( of \w+)? (many|loads of|lots of|"
        r"dozens of|countless) times\b|\b(i'?m|i am) (pretty much )?already there\b|"
        r"\b(researcher|expert|phd)[- ]level (knowledge|skills?|understanding)\b|"
        r"\b(easy|not (so |that |very )?(difficult|hard)) for me\b|\bfor me (this|it|that)( part)? "
        r"is easy\b|\bread all the (\w+ )?papers\b|\bthe same skill ?set as\b|"
        r"\b(lead|run) an? (ai|ml) team tomorrow\b|\bknow (ml|ai|machine learning) better than\b|"
        r"\b(more advanced|better) than what (the )?(big )?\w+ (are|is) doing\b|\bit just works\b|"
        # a project said to match a famous company's system, or one try said to teach it all:
        # "close to what Netflix does", "once you've done one you kind of get how it all works"
        r"\b(close to|as good as|on par with|the same as|not far from) what "
        + _FAMOUS
        + r"( [\w-]+)?"
        r" (does|do|is doing|has|have|built|uses|runs?)\b|"
        # "which is honestly basically what Netflix does" ("basically" is read as a filler),
        # "the same architecture as what Google runs for search"
        r"\b(which|that|it|mine)('s| is| was)( \w+ly| pretty much| more or less| just| like| "
        r"exactly)* (what|how) " + _FAMOUS + r"( [\w-]+)? (does|do|is doing|has|have|built|uses|"
        r"runs?)\b|"
        r"\bthe same (architecture|setup|stack|approach|design|system|thing) as (what )?(the )?"
        + _FAMOUS
        + r"\b|"
        # or said to be one: "it's (basically) what Stripe Radar does", "it's Netflix's
        # recommendation system, for coffee", "at the level of what the big companies are selling"
        r"\b(it'?s|it is|that'?s|mine'?s|mine is) (pretty much |essentially |more or less |just "
        r"|like )?(what )?" + _FAMOUS + r"('s (\w+ )?(recommend\w*|search|fraud|ranking|radar)\b| "
        r"(does|do|uses|built|has)\b)|"
        r"\b(at|on) (the |a )?(same )?level (of|as|with) what (the )?(big |large |major |top )?"
        r"(\w+ )?(companies|players|vendors|labs|firms) (are |is )?(selling|doing|building|"
        r"offering|shipping|making)\b|"
        # a weekend's project said to be ready for anything: "mine's a production-grade RAG
        # platform, enterprise ready, it could handle millions of users easily"
        r"\b(it'?s|it is|mine'?s|mine is|that'?s)( an?)?( [\w,-]+){0,4}? enterprise[- ](ready|"
        r"grade)\b|\b(could|can|would|will) easily (handle|scale to|serve|take) (millions|a "
        r"million|billions)\b|\b(could|can|would|will) (handle|scale to|serve|take) (millions|a "
        r"million|billions) of (users|people|customers|requests) (easily|no problem)\b|"
        # one prototype said to do a whole job: "it automated our entire support desk", "it
        # answers everything", "the models are good enough to do the whole job now"
        r"\b(automated|automates|took over) (our |the |their )?(entire|whole) ([\w-]+ ){0,2}"
        r"(desk|team|department|inbox|queue|job|process|support|workload)\b|"
        r"(?<!before )(?<!when )(?<!if )(?<!until )(?<!whenever )"
        r"\b(it|the (model|bot|system|assistant|ai))( \w+ly| just| now)? (answers|handles|solves) "
        r"(everything|anything)\b(?! (about|on|to do with|related))|"
        r"\bgood enough to (do|replace|handle) (the whole|the entire|their whole|their entire|"
        r"all the) (job|work|team)\b|"
        # what the speaker has read said to teach it all: "so I know how it all works under the
        # hood"
        r"\bi (now |really |fully )?(know|understand) (exactly )?how ((it all|all of it|"
        r"everything|the whole thing) works\b|(it|they|llms|transformers|the models?) works? "
        r"under the hood\b)|"
        # a vendor's API called the speaker's own model: "we built our own speech scoring model
        # ..., under the hood it's the Azure pronunciation assessment", "I built my own
        # handwriting model, it sends the photo to Google's document API"
        r"\b(built|made|trained|wrote|created|developed) (my|our) own ([\w-]+ ){0,3}model\b[^.]*"
        r"\b(under the hood|underneath|it (just )?(sends|calls|uses|runs on)\b[^.]{0,40}\bapi)\b|"
        # a prototype said to work anywhere, never to be wrong, to miss nothing, or to beat the
        # experts in a weekend: "it would work for any roaster", "it never gives a wrong answer
        # on safety stuff", "the retrieval can't miss", "now it catches every fault the
        # engineers would", "a classifier that beats our agronomists in a weekend" ("so the model
        # can't miss those" is a route around it)
        r"\bit (would|will|'d|could) work for (any|every) (company|business|shop|firm|one|"
        r"\w+ers?|\w+ery)\b|"
        r"\bnever (gives|says|returns|produces) (a |an )?(wrong|incorrect|bad|false) "
        r"(answer|result|reply)\b|\bthe prompt guarantees\b|"
        r"\b(it|the (\w+ )?(retrieval|search|model|system|reranker|classifier|pipeline))( really| "
        r"just)? (can'?t|cannot|won'?t|never) (possibly )?miss(?=\s*([,.;!?]|$))|"
        r"\b(it|the (model|system|tool|pipeline|classifier))( now| just| really)? (catches|finds|"
        r"spots|flags) (every|each) (\w+ )?(fault|error|issue|mistake|problem|bug|case)\b|"
        r"\b(beats?|outperforms?) (\w+ ){0,3}in (a|one) (weekend|day|afternoon|evening)\b|"
        # a skill untried, said to be perfected at once: "I have never built reranking in
        # production but I am sure I can tune it to perfect in one day"
        r"\bto perfect(ion)? in (a|one) (day|afternoon|weekend|week)\b|"
        # the speaker the company's expert: "I already know more about LLMs than anyone in my
        # company, I am practically an expert now", "the recognised authority on AI"
        r"\bknow more about (llms|ai|ml|it|this|machine learning|the models) than any(one|body)\b|"
        r"\b(i'?m|i am) (now )?practically an? (expert|authority|specialist)\b|"
        r"\b(the|an?) (recogni[sz]ed |go-to )?authority on (ai|ml|llms|machine learning)\b|"
        r"\bunderstand (completely|fully|exactly) how (they|it|llms|the models?) (think|work)s?\b|"
        r"\bonce you'?ve done (one|it)( once)?,? you (kind of |sort of |pretty much |really )?"
        r"(get|know|understand) how (it all|all of it|everything|the whole thing) works\b|"
        r"\b(will|would)( not|n'?t) (hallucinate|invent|make (things|stuff|anything) up)\b|"
        r"\b(fine-?tun\w*|training|it) is not (so|that|as) (difficult|hard)\b|"
        # a level claimed, a system that cannot fail, work said to take no time
        r"\btop[- ]tier\b|\b(at|up there with) (\w+ )?(senior|expert|principal|phd) (ml |ai )?"
        r"(level|tier)\b|\b(don'?t|doesn'?t|can'?t|never|won'?t) (really |ever )?"
        r"hallucinate\b|\bsolved (that|hallucinations?|the hallucination \w+)\b|"
        # (a requirement is no claim: "it has to be right every time")
        r"\b(?<!has to be )(?<!have to be )(?<!had to be )(?<!must be )(?<!needs to be )"
        r"(?<!need to be )(?<!should be )(no mistakes|right every time|pretty much perfect|"
        r"(a|one) hundred percent (accurate|right)|zero hallucinations?)\b|"
        r"\b(the )?easy (bit|part)\b|"
        r"\b(can do|does) (pretty much )?everything (a|an|the) (junior|senior|human)\b|"
        # a weakness or gap denied
        r"\b(don'?t|do not)( \w+){0,3}? (have|see) (a |any )?(big |real |major |serious )?"
        r"(weakness(es)?|gaps?|weak (spot|point|area))\b"
        r"(?! in (production|engineering|the backend))|"
        # theory claimed after courses, a level claimed against labs or most people
        r"\b(understand|know) (\w+ ){0,2}(theory|maths?|math|backprop\w*|transformers|the models?)"
        r"( \w+){0,2}? (really |very |quite )?(deeply|thoroughly|in depth|fully)\b|"
        r"\b(stronger|better|more)( at (it|this|that|[\w-]+( [\w-]+)?))? than (a lot of|most|many) "
        r"(people|engineers|candidates|devs)\b|"
        r"\bon par with (what )?(the )?(big |top |research )?(labs?|researchers?)\b|"
        r"\bput myself (at|on) (that|their|the same|a similar) level\b|"
        r"\b(struggle|hard pressed) to (name|think of|come up with) (one|a weakness|any)\b|"
        # an untried skill claimed on reading alone: "I reckon I could do it fine if I had to"
        r"\bi could (\w+ ){1,3}(fine|easily|no problem)\b[^.]{0,20}\bif i (had|needed|wanted) to\b|"
        # the speaker's to learn in no time ("the courier can pick it up in a day" is no claim):
        # "I'd pick it up in a week", "not much in the LLM space I haven't done or couldn't pick
        # up in a weekend"; "there's not much in ML I haven't touched"
        r"\b(i('d| would| could| can|'ll| will)?|couldn'?t)( \w+ly| just| easily)? pick (\w+ )?"
        r"up (in|over|within) (a|an|one|a couple of|a few|two|three) (days?|weeks?|weekends?|"
        r"afternoons?|evenings?)\b|"
        r"\b(not much|nothing( much)?|very little) in (the )?([\w-]+ ){0,2}?(ml|ai|llm|machine "
        r"learning|deep learning)( \w+)? (that )?i (haven'?t|have not|couldn'?t|can'?t)\b|"
        r"\bdoes what an? (\w+ )?(analyst|developer|engineer|person|human|lawyer|accountant) "
        r"does\b|"
        r"\bbetter than (what )?(the )?(big |top )?labs\b|\bmore accurate than any\b|"
        r"\bhallucinations?( isn'?t| is not| aren'?t| are not| won'?t be|'s not) (really |much of "
        r"|even )?(an? )?(issue|problem|concern|thing)\b(?! (you|we|i|to|that)\b)|"
        r"\b(it|ai|llms?|models?) could (do|replace|handle) (most|all|half) (of )?(the )?"
        r"(jobs|work|roles)\b|"
        # the system said to beat the people it helps (above), to miss nothing, to understand
        # everything, or to do away with them: "it doesn't miss any", "in a year the council
        # won't need a contact centre" (and "it can replace the reception", above);
        # nothing out of the speaker's reach: "there is nothing really I cannot do with them",
        # "I understand them end to end now"
        r"\b(it|ai|the (model|ai|bot|system|assistant))\b[^.]{0,50}\bbetter than any(one|body)\b|"
        r"\b(it|the (model|bot|system|assistant|ai))( \w+ly| really)? "
        r"(doesn'?t|does not|can'?t|cannot|won'?t|never) (really |ever )?"
        r"(make (a |any )?mistakes?|"
        r"miss (any|anything|one)|invent anything|get (it|anything) wrong)\b|"
        r"\bnothing (really )?(i|you) (can'?t|cannot) (do|prompt|build|handle)\b|"
        r"\bi can (train|build|fine-?tune) any (model|ai|agent)\b|"
        r"\bbecome (an? )?expert in (a|a few|a couple of|two|three) (days|weeks|months)\b|"
        r"\b(transformers|models?|llms?|ai|attention)\b[^.]{0,40}\bunderstand (them|it|this|these) "
        r"end[- ]to[- ]end\b|\bunderstand (transformers|the models?|llms|ai) end[- ]to[- ]end\b|"
        r"\b(it|models?|ai|llms?|the (bot|assistant|system))( (is|are|already|really|"
        r"now))* (understands?|understanding|knows) (pretty much |just about )?"
        r"everything\b|"
        r"\b(won'?t|wouldn'?t|will not|would not) (really |even )?need (a |the |any )?"
        r"([\w-]+ ){0,2}?(handlers|clerks|reviewers|caseworkers|operators|analysts|people|staff|"
        r"team|humans|contact cent(re|er)|call cent(re|er)|agents|reception)\b|"
        r"\bhallucinations? (is|are) (pretty much |essentially |now )?(solved|gone)\b|"
        # a model built from scratch on a whim, ML said to be easy or understood completely, the
        # speaker already an AI engineer: "I could train a model from scratch, it's not that hard
        # once you get it", "fine-tuning is easy", "I understand large language models pretty
        # much completely now", "I am already more or less an AI engineer"
        r"\bi could (\w+ ){0,2}(build|train|write|code) (an? |my own )?([\w-]+ )?(model|llm|"
        r"transformer|neural net\w*)s?( \w+){0,3}? (from (scratch|zero)|if i (had|needed|wanted) "
        r"to)\b|\bi could (build|train|write|code) (one|it) from (scratch|zero)\b|"
        r"\b(fine[- ]?tun\w*|training|the (theory|maths?|math)|backprop\w*|transformers|deep "
        r"learning|machine learning|ml)(,? \w+){0,3}?,? (is|'s|are) (really |actually |honestly |"
        r"pretty |just )?"
        r"(easy|simple|trivial|not (that|so|very) (hard|deep|difficult|complicated))\b|"
        r"\b(train\w*|fine-?tun\w*|theory|maths?|backprop\w*|from scratch)\b[^.]{0,60}\b(it'?s|it "
        r"is) (really |honestly )?not (that|so|very) (hard|deep|difficult|complicated)\b|"
        r"\bi (now )?(understand|know) (large language models|llms?|language models|transformers|"
        r"the models?|ai|ml|how (they|llms|models|transformers) work)( \w+){0,3}? (completely|"
        r"fully|perfectly|totally)\b|"
        r"\b(i'?m|i am) (already|pretty much|more or less|practically)( (already|pretty much|"
        r"more or less|practically))* (an? )?(ai|ml) (engineer|expert|"
        r"researcher|scientist)\b|\bi can (\w+ )?pick (any|all) of (it|that|them) up\b|"
        # a system said to be flawless or as good as anything: "it's effectively
        # hallucination-free", "it's pretty much solved, a hundred percent", "at the level of
        # anything out there"
        r"\bhallucination[- ]free\b|\b(it'?s|it is|that'?s) (pretty much|essentially|practically|"
        r"more or less) solved\b|"
        r"\b(it'?s|it is) (like |pretty much )?(a|one) hundred percent(?=\s*([.,;!?]|$|"
        r"accurate|right|correct|reliable))|"
        # a result nobody measured, stated as certain: "we never actually measured it, but you
        # could just feel it", "I didn't count exactly, but I am sure"
        r"\b(never|didn'?t|haven'?t|did not|have not) (actually |really |formally |properly )?"
        r"(measured|counted|checked|tracked) (it|that|this|anything|exactly)( \w+){0,2},? "
        r"(but|though) (you could|i'?m sure|i am sure|it obviously|obviously|clearly|definitely|"
        r"i know|you can tell)\b|"
        # ML said to be easy to pick up, a system said to read like an expert or to make a team
        # redundant, the speaker ahead of most AI engineers: "ML's not as hard as folk make out,
        # I'd picked the lot up inside a month", "it reads a scan report about as well as a
        # consultant does", "I've made the front desk redundant", "I already know more about
        # LLMs than most of the AI engineers I meet"
        r"\b(ml|ai|machine learning|llms?|it|this)('s| is| are) not (as|that) hard as (folk|people|"
        r"everyone|they) (make out|think|say)\b|\bpicked (the lot|it all|all of it) up "
        r"(in|inside|within) (a|one|two) (week|month|weekend|fortnight)\b|"
        r"\b(reads?|writes?|answers?|does|works?|performs?|handles?|diagnoses|summari[sz]es|"
        r"understands?)\b( [\w-]+){0,4} as well as (a|an|any|our|the) ([\w-]+ )?(consultant|"
        r"doctor|expert|specialist|human|"
        r"radiologist|lawyer|accountant|clinician|nurse|pharmacist|underwriter)s?( does| do| would"
        r"| can)?\b|"
        r"\bmade (the|our|a|an|their) ([\w-]+ ){0,2}(team|desk|staff|department|clerks|handlers|"
        r"operators|agents|people|reception) redundant\b|"
        r"\bit does everything (they|the (team|staff|desk)|a human|humans|people) (do|does|did)\b|"
        r"\bknow (a lot |far |way |much )?more about (ai|ml|llms?|machine learning|this|it|models) "
        r"than (most|many|half)( of)? (the )?([\w-]+ ){0,2}(engineers|people|developers|"
        r"candidates)\b|"
        # an own model that is a vendor's API, said the other way round: "under the hood it's the
        # OpenAI API with a long system prompt I wrote, ..., but the model's ours"
        r"\b(under the hood|underneath)\b[^.]*\b(api|openai|gpt\S*|claude)\b[^.]*\b(but|yet)\b"
        r"[^.]*\b(model'?s ours|model is ours|our (own )?model|we built it)\b|"
        r"\b(at the level of|as good as|on par with|better than) anything (else )?(out there|on "
        r"the market|you can buy)\b"
    ),
}
TOOL = _rx(
    r"\b(langchain|llama ?index|pinecone|weaviate|chroma(db)?|faiss|milvus|qdrant|pgvector|"
    r"openai|gpt-?4\w*|claude|elasticsearch|opensearch|bedrock|vertex|cohere|haystack|mistral|"
    r"gemini|hugging ?face|ollama|vllm|dspy|crewai|autogen|lancedb|vespa|llama|lora|langgraph|"
    r"rasa|dialogflow|chatgpt enterprise|custom gpts?|copilot|botpress)\b"
)
_REQUIREMENT = _rx(
    r"\?|\b(requirements?|latency budget|how (many|much|often|fast)|what'?s the|what is the|"
    r"is the (corpus|data)|static or|acceptable|clarif\w*|before i (design|pick|choose)|"
    r"understand the|volume|sla|(i'?d|i would|i'?ll|let me|i want to|i'?d like to) (first )?ask|"
    r"questions? first|(i'?d|i would|let me|i'?ll|i want to) (first )?(confirm|check|pin "
    r"down|establish)|i('ll| will)? assume)\b"
)
_SYSTEM_DESIGN = _rx(r"\bdesign\b")

# Words dropped from a sentence in a rewrite: they carry nothing the listener needs.
_FILLER = r"(um+|uh+|er+m?|ah+|hmm+|basically|literally|you know|i mean|like)"
_FILLER_BETWEEN_COMMAS = _rx(rf"(,\s*{_FILLER})+,(?=\s)|(,\s*{_FILLER})+(?=[.?!]|$)")
_FILLER_WORDS = _rx(r"\b(um+|uh+|er+m?|ah+|hmm+|basically|literally)\b,?\s*")
# A word said twice as the speaker restarts ("I don't have a, a proper background"); with a
# back-reference, so not Words.
_REPEATED_WORD = re.compile(r"\b(\w+)(?:,?\s+\1\b(?!'))+", re.IGNORECASE)


@dataclass(frozen=True)
class _Sentence:
    text: str  # as said: what a quote shows
    index: int
    plain: str  # without fillers and restarts ("I was, um, just a, a" -> "I was just a"): what
    # checks read

    @property
    def clauses(self) -> list[str]:
        return _clauses(self.plain)

    @property
    def asks(self) -> bool:
        return self.text.rstrip().endswith("?")


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]


def _without_fillers(text: str) -> str:
    return _REPEATED_WORD.sub(r"\1", _FILLER_WORDS.sub("", _FILLER_BETWEEN_COMMAS.sub("", text)))


def _sentences(text: str) -> list[_Sentence]:
    return [_Sentence(s, i, _without_fillers(s)) for i, s in enumerate(split_sentences(text))]


def _first(pattern: Words, sentences: list[_Sentence]) -> _Sentence | None:
    return next((s for s in sentences if pattern.search(s.plain)), None)


def _quote(sentence: _Sentence) -> str:
    return f'"{_shorten(sentence.text).rstrip(".!?")}"'


def _shorten(text: str, words: int = 22) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " ..."


def _negated(before: str) -> bool:
    """Whether what follows before is negated: a negation closes it, and not inside a clause
    of its own."""
    return _NEGATED.search(before) is not None and not _SUBORDINATE_NEGATION.search(before)


def _unnegated(pattern: Words, text: str) -> re.Match[str] | None:
    """The first match not preceded closely by a negation ("not because AI is hot")."""
    for match in pattern.finditer(text):
        if not _negated(text[: match.start()]):
            return match
    return None


# The scenario of a question without a category, from its words.
_SCENARIO_OF_QUESTION: list[tuple[str, Words]] = [
    ("system-design", _SYSTEM_DESIGN),
    ("biggest-weakness", _rx(r"\bweak(ness|est)?\b")),
    (
        "ml-experience",
        _rx(
            r"\b(ml|machine learning)\b.*\bexperience|experience\b.*\b(ml|machine "
            r"learning)\b"
        ),
    ),
    ("portfolio-project", _rx(r"\bprojects?\b")),
    (
        "why-ai-engineering",
        _rx(r"\b(why|what made you|what drew you)\b.*\b(ai|move|moving|switch\w*|transition\w*)\b"),
    ),
    ("production-reliability", _rx(r"\b(in production|production incident|outage|monitor\w*)\b")),
]


def scenario_of(request: CoachRequest) -> str | None:
    """The guide's scenario of the question: its category, else one its words name."""
    if request.category:
        return request.category
    question = request.question or ""
    return next((name for name, words in _SCENARIO_OF_QUESTION if words.search(question)), None)
