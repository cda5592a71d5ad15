"""The rule coach: the interview guide's rubric as deterministic checks on the transcript.

It runs offline in milliseconds, so it answers first on every answer and whenever the LLM
coach is missing, slow or wrong. The checks look for the guide's signals (a problem before
the technology, rigor words, a business number, a gap followed by a strength) and its
strategic mistakes, each with near-miss guards ("I don't have traditional ML experience, and
I've chosen to invest in ..." is honest framing, not an apology).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from voice_interviewer.analysis.tokens import STOPWORDS
from voice_interviewer.coaching.answer_model import shipped_model
from voice_interviewer.coaching.grounding import split_sentences
from voice_interviewer.coaching.schema import (
    FRAMEWORK_POINTS,
    MISTAKE_KINDS,
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
    r"kept (asking|sending|calling|emailing|typing|copying|chasing|getting)|"
    r"the same (\w+ )?questions|re-?keying|re-?typing|retyp\w*|copy(ing)?[- ]past\w*|"
    r"a full day'?s work|"
    r"(get|got|getting|receiv\w*|answer\w*|handl\w*) (\w+ ){0,2}(hundreds|thousands|dozens) of "
    r"(emails|tickets|calls|questions|requests|letters|messages)|"
    r"need(s|ed)? (\w+ ){1,4}(quickly|fast|urgently|right away|immediately|on the spot)|"
    r"spen(d|t|ding)\W+(\w+\W+){0,3}(minutes?|hours?|days?|weeks?|ages|nights?|evenings?|"
    r"weekends?)|"
    # people overloaded, work always late, customers ringing back
    r"overloaded|swamped|snowed under|(was|were) always late|(ringing|calling|phoning) back|"
    # things going to the wrong place, falling over, piling, nobody reading them
    r"the wrong (\w+ )?(column|queue|answers?|steps?|department|person|team|policy|document|"
    r"article|code|results?|clause|invoice|customer|version|year|date|dose|dosage|price|amount|"
    r"form|platform|address|room|procedure|route|drug|medication)s?|fell over|falls over|fall over|"
    r"(nobody|no one) (was |is |were |had been )?(reading|looking at|answering|checking)|"
    r"ringing (all|the whole|whole) day|ringing off the hook|piling|"
    r"(first|main|biggest|top|number one) cause of|outdated|out-of-date|"
    r"(has to|have to|had to|must) (manually )?(check|read|sort|type|review|copy|go through|"
    r"look at|write up|re-?enter|fill in)|"
    # information scattered, work bounced around, errors caught only by eye
    r"(scattered|buried|spread) (across|over|between|through|in)|"
    r"bounc\w* (between|around|back)|back and forth|by eye|"
    # what people did before: "Before, people typed them in all night"
    r"^\W*before\W+(\w+ ){0,2}?(people|staff|we|they|someone|somebody|everyone|\w+ers|\w+ists|"
    r"clerks|nurses|agents|operators|doctors|vets|managers)( \w+)? (typed|keyed|entered|copied|"
    r"had to|spent|phoned|called|rang|waited|searched|read|checked|went through|wrote|writing|"
    r"typing|sorting|copying|checking|phoning|calling|chasing)|"
    r"requirements?|latency budget|what does a failure look like)\b"
)
# Before a problem word, what makes it no problem of the work: the speaker as its subject ("I'd
# struggle with the maths" is a gap), a safeguard ("making sure a failed step never sends") or
# its absence ("without a serious incident").
_NOT_A_PROBLEM_BEFORE = _rx(
    r"(\bi(?:'d| would| will| might| still)?(?: really| probably| \w+ly)?|"
    r"\bi (found|find)(\s+\w+){0,3}|"
    # the speaker checking the system's work ("I checked fifty requests by hand")
    r"\bi (\w+ )?(checked|tested|label+ed|reviewed|graded|annotated|scored|compared|went through)"
    r"(\s+[\w'-]+){0,5}|"
    r"\b(?:if|in case|unless|(?:make|makes|making|made) sure)\b(?:\s+[\w'-]+){0,4}|"
    r"\b(?:without|no|never|zero|nobody|nobody's|no one)\b(?:\s+[\w'-]+){0,2}|"
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
    r"\b(bad|wrong|poor|terrible) reasons?\b|\b(that'?s|it'?s|is|was) (honestly |really |just )?"
    r"not (really |actually )?(it|why|the reason|my reason)\b|"
    r"\bisn'?t (really )?(it|why|the reason)\b|\bnot why i\b|"
    r"\b(it'?s|it is|is|was) (honestly |really |just )?not because\b"
)
_TECH = _rx(
    r"\b(ai|llms?|gpt\S*|chatgpt|langchain|pinecone|llama ?index|rag|vector (db|database|store)|"
    r"embeddings?|transformers?|neural|machine learning|ml|deep learning)\b"
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
RIGOR_KINDS: dict[str, re.Pattern[str]] = {
    "error handling": _rx(
        r"\b(error handling|handl\w* (the )?errors?|retr(y|ies|ied)|fallbacks?|fall back|backups?|"
        r"time ?outs?|graceful\w*|degrad\w*|circuit breakers?|guardrails?|validat\w*|"
        r"(output )?schema|confidence (threshold|score)|human review|to a human|review queue|"
        r"if (the )?\w+ (fails|is down|goes down|times out|comes back empty)|rate limit\w*|"
        r"idempoten\w*|dead[- ]letter|manual queue|(goes|go|sent|routed) to (a |the )?(person|"
        r"human|manual|review)|check\w* (every|each) [\w-]+ (\w+ )?against|"
        # a person in the loop: "the operator confirms", "the pharmacist still decides"
        r"(a person|a human|someone|the (\w+ )?(operator|pharmacist|clerk|nurse|agent|reviewer|"
        r"officer|manager|doctor|vet|supervisor|handler|dispatcher)s?) (still |always )?"
        r"(confirms?|approves?|decides|signs? off)( (it|each one|every \w+|the (suggestion|output|"
        r"answer|draft|result|flag)s?))?(?=\s*([,.;:]|and\b|$))|"
        # a fallback said in other words: "it drops to the old keyword search"
        r"(drops?|dropped|reverts?|reverted) (back )?to (the )?(old |plain |basic )?"
        r"(keyword search|rules|template|manual (queue|process)|(old|previous) (system|version|"
        r"rules|search|template)))"
    ),
    "testing": _rx(
        r"\b(test(s|ing|ed)?|regression|edge cases?|golden set|eval(uation)? set|"
        r"set of (\w+ ){0,2}(questions|cases|examples)|labell?ed (\w+ )?(set|examples|questions)|"
        r"on (a |the )?(\w+ ){0,4}(samples|examples|held-?out \w+)|rerun (it|them|the \w+) every|"
        r"label+ed (\w+ ){0,3}(letters|emails|tickets|cases|documents|examples|questions|calls|"
        r"messages|notes|forms|claims))\b"
    ),
    "monitoring": _rx(
        r"\b(monitor\w*|observab\w*|alert\w*|dashboards?|tracing|traced?|logging|logs|"
        r"(we |i )log|log (every|each|all)|langsmith|langfuse|on-?call|error rates?|audit\w*|"
        r"incident (reviews?|response|management)|post-?mortems?|runbooks?|"
        r"(random|weekly) sample|(check|recheck|review|sample|spot-check|go through)\w* "
        r"(some |a few |a sample of |them )?(the )?(answers|outputs|responses|conversations|"
        r"queries|logs|a sample)?"
        r"( \w+){0,3}? (every|each|on a) (day|week|month|monday|friday|sunday|morning)|paged|"
        r"pag(e|ed|es) (someone|me|whoever)|"
        r"track(s|ed|ing)? (the |our )?([\w-]+ ){0,2}(rate|share|percentage)s?|"
        r"measur\w* how often)\b|" + _RECORDED
    ),
    "deployment": _rx(
        r"\b(deploy\w*|rollbacks?|roll(ed)? (it )?back|canar(y|ies)|feature flags?|behind a flag|"
        r"shadow mode|in shadow|a/?b test\w*|staged rollout|rollouts?|ci/?cd|"
        r"(ran|run|runs|running) (it |them )?(in parallel|side by side|alongside)|"
        # a canary in other words, and a switch to turn it off or go back
        r"(ran|run|tried|released|rolled) (it )?(out )?(on|to) (\w+ )?(\w+ )?(percent|%) of|"
        r"(switch|button|toggle|flag) (\w+ ){0,6}(to )?(go back|turn it off|"
        r"switch (it )?(back|off)|roll (it )?back))\b"
    ),
    "evaluation metrics": _rx(
        r"\b(evaluat\w*|evals?|ragas|precision|recall|accuracy|f1|hallucination rate|"
        r"benchmark\w*|metrics?|measur\w* (\w+ ){0,3}(against|on)|top (\d+|one|three|five|ten)\b.*"
        r"\b(of the time|times out of)|compared (it |them )?(against|with) (the )?(rules|baseline|"
        r"regex|old|previous|humans?)|agreement (was|of|with)|checked (\w+ ){0,3}against|"
        r"compar\w* every|(in|into) the top (\d+|three|five|ten)|"
        r"(we|i) compared (them|it|the (two|results|outputs|answers|notes))\b)\b"
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
    r"callouts?|(re)?bookings|appointments|complaints|claims|cases|declarations|invoices|"
    r"deliveries|shipments|no-shows|callbacks|mistakes|click-?through|ctr|add to cart|engagement|"
    r"adoption|sign-?ups|purchases|questions|euros?|pounds?|quid|rupees?|grand|chargebacks?|"
    r"fraud losses|losses|referrals|slipp\w* through|penalt\w*|fines|breach\w*|rejections|"
    r"write-?offs?|writ\w* off|product recalls?|a recall(?! (at|of|rate|@))|"
    r"escalat\w*)\b|\$"
)
# The people whose work the system changes: "the customs team processed declarations two times
# faster" is their pace, a business result ("the team grew to twelve" is no pace).
_PEOPLE_AT_WORK = _rx(
    r"\b(team|staff|employees|people|handlers|agents|technicians|lawyers|nurses|doctors|"
    r"adjusters|dispatchers|clerks|analysts|reviewers|operators|bookkeepers?|accountants|"
    r"receptionists?|officers|workers|colleagues)\b"
)
_PACE = _rx(r"\b(faster|quicker|sooner|same day|in (minutes|seconds))\b")
# Time and effort: "the sorting time went down by half" is a business result as it stands.
_EFFORT = _rx(
    r"\b(time|minutes?|hours?|days?|weeks?|as long|effort|workload|intake|turnaround|waiting|"
    r"manual\w*|"
    r"by hand|re-?key\w*|retyp\w*|rework|typing|triag\w*|backlog)\b"
)
_AMOUNT = (
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|quarter|third|tenth|"
    r"fifth|an? (hour|day|week|month|minute|cent|dollar|morning|afternoon)|"
    r"(a few|a couple of) (seconds|minutes|hours|days))"
)
_NUMBER = _rx(r"\d|\b" + _AMOUNT + r"\b|\b(double[ds]?|tripled|halved)\b")
_TIME_UNIT = r"(time|minutes?|hours?|days?|weeks?|months?|mornings?|afternoons?|evenings?)"
# An outcome is a change: said with a verb ("cut", "went down") or without one, as a comparison
# ("in an afternoon rather than two days", "twenty minutes now, where it used to take a day",
# "a third more requests") or as time handed back ("two hours of their day back").
_OUTCOME = _rx(
    # "cut off" and "cut-offs" cut nothing; a system that "went down for an hour" is an outage,
    # and "that went down well" no change
    r"\b(cut(?![- ]?offs?\b)|reduc\w*|improv\w*|increas\w*|"
    r"sav(e|es|ed|ing)(?! (their|his|her|my|our) li)|"
    r"dropp\w*|(went|gone) (down(?! (for|well|badly|hard)\b)|up|from)|"
    r"goes from|(came|come|comes|coming) down|brought (down|up)|avoid\w* (\w+ )?(errors|mistakes|"
    r"fines|penalties|losses)|stops? (waiting|calling|chasing|typing)|grew|fell|"
    r"fallen|rose|risen|halved|halves|halve|doubled|tripled|half as (long|much)|handled|resolved|"
    r"deflected|"
    r"raised|lowered|freed|faster|fewer|down to|up to(?! speed)|no longer|"
    r"stopped|"
    r"eliminated|"
    r"now (it'?s |they'?re |we'?re )?(under|below|down|only))\b|"
    # "from twenty percent to six", "from two days to an hour" ("from flight X to flight Y" and
    # "from zero to running it" are no change of a figure)
    r"\bfrom ((about|around|roughly|over|under) )?" + _AMOUNT + r"\b(\S* ){0,3}?to\b|"
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
    r"\btak(e|es|ing) (\w+ ){1,7}off\b|"
    r"\b(takes?|spends?|spent|needs?) ((maybe|about|around|only|just|roughly) )?"
    + _AMOUNT
    + r"( \w+)?,? (not|instead of|rather than) |"
    # time back said without a number: "hours a week back"
    r"\b(hours|days|minutes|evenings) (a|per|each|every) (week|day|month|shift) back\b|"
    r"\bin " + _AMOUNT + r"\b.*\bbefore,? (it|that|this|they) (took|was|were)\b|"
    r"\bnow\b.*\b(the same (day|afternoon|morning)|same-day|within (an?|the|one) "
    r"(hour|day|minute))\b|"
    r"\b(are|is|were|was|'re|'s) (now )?(down|up) (by )?(about |around |roughly |nearly |almost |"
    r"over )?" + _AMOUNT + r"\b|\b" + _AMOUNT + r"( \w+)? (earlier|sooner)\b|"
    r"\bused to\b.*\b(went|gone|goes|go|came|comes|dropped|fell) (to|down)\b|"
    # a projected one in a design answer: "with this system maybe a few minutes"
    r"\bwith (this|the|our|that|such an?)( [\w-]+){0,2},?( maybe| about| around| only| just)? "
    + _AMOUNT
    + r"( \w+)?\b|"
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
    # a loss avoided: "we pulled the pallets instead of doing a recall"
    r"\binstead of (doing |having |facing |paying )?(a |the )?(recall|fine|penalty|lawsuit|"
    r"write-?off)\b"
)
_TECH_METRIC = _rx(
    r"\b(latency|accuracy|precision|recall|f1|ragas|milliseconds?|tokens?|hit rate|prompts?|"
    r"scores?|useful|p9\d|uptime|available|availability|false positives)\b"
)
# Something the speaker has never done, however the negation is said: "I haven't trained",
# "I have never trained", "I've not trained", "I had never worked with" ("I've never had a
# problem with it" is no gap: what follows the negation must be a skill being used).
_NEVER_DONE = (
    r"(\bi(?:'ve|'d| have| had)? (?:never|not)|\bhaven'?t|\bhadn'?t)\s+(?:\w+\s+)?"
    r"(?:trained|tuned|fine-tuned|built|done|did|worked|priced|measured|studied|understood|used|"
    r"touched|deployed|run|ran|shipped|operated|written|wrote|implemented|designed|learned|learnt|"
    r"tried|owned|put|calculated|computed|estimated|been (?:sure|confident|comfortable|able)|"
    r"had (?:to|the chance|a chance))\b"
)
_GAP = _rx(
    r"\b((i )?(don'?t|do not|didn'?t)( really| actually)? have (\w+ ){0,4}?(ml|machine learning|"
    r"model training|"
    r"research|phd|data science|training|experience|background|degree|numbers|metrics)|"
    r"^\W*no (\w+ ){0,2}(ml|machine learning|model training|training|research|fine-?tuning|"
    r"data science) (experience|background)|"
    r"(have|had|got) no (\w+ ){0,2}(ml|machine learning|research|phd|data science|training|"
    r"math\w*|statistics|theory) (background|experience|training|degree)|"
    # a skill named and answered "no": "Model training, no, none." "Fine-tuning? No."
    r"^\W*([\w-]+ ){0,2}(training|fine-?tuning|research|theory|maths?|statistics)\W+no(ne)?\b|"
    r"not my (deepest|strongest|best|main|strong) (\w+ )?(area|suit|skill|side|point|part)|"
    r"(don'?t|do not) know (much|a lot|enough|that much) about|"
    r"i (can'?t|cannot) (really )?(explain|derive|prove|write it|do it|do that|train|fine-?tune|"
    r"build (a |the )?models?)|"
    # "I couldn't tell you much about how it's trained", "I don't know vision models deeply"
    r"i (couldn'?t|can'?t|could not|cannot) tell you (much |a lot |anything |very much )?"
    r"(about )?(how|why)\b|"
    r"i( \w+ly)? (don'?t|do not) (know|understand) (\w+ ){1,3}(that )?(deeply|in depth|inside out|"
    r"properly)|"
    r"('s| is) (the|my) (real |main |big |biggest )?(gap|weakness)\b|"
    r"(i'?m|i am) not (a |an )?(real |big |great )?expert|\bno model (training|fine-?tuning)|"
    r"i'?m (much |a lot |a bit |way |far )?(slower|behind|weaker) (there|at|on|in|than)|"
    + _NEVER_DONE
    + r"|i never (trained|tuned|fine-tuned|measured|built|did)|"
    r"didn'?t (tune|train|fine-tune|measure)|my weak(est|ness)|weakest|"
    r"weak (spot|point|area|place|side|part)|"
    r"biggest gap|not (an?|the) (\w+ ){0,2}(expert|researcher|person|data scientist|engineer|"
    r"developer)|"
    # the object first: "Model training I have not done", "Monitoring I don't have", "Model
    # training I did not do"; asked and answered: "have I trained one from scratch? No"
    r"\bi (have not|haven'?t|did not|didn'?t|never) (done|did|do)\b|"
    r"\bi (don'?t|do not) have(?=\s*([,;.]|$))|"
    r"\bhave i (\w+ ){0,2}(trained|fine-?tuned|built|done)\b.*\bno\b|"
    r"\bi( \w+ly)? (don'?t|do not) know (the|how|much|what|enough)\b|"
    r"my (\w+ ){1,3}(is|are)( \w+ly| pretty| quite| a bit| kind of)? (weak|shaky|rusty|thin)|"
    r"i'?m (\w+ly |pretty |quite )?(weak|shaky|rusty) (on|at|in)|"
    r"wouldn'?t call myself|can'?t derive|i'?m not sure i('?d| could| can| would)|"
    r"i'?m not (positioning|strong|an expert)|i lack|"
    r"gaps? in|limited experience|still learning|not my strength|less experience|"
    r"not my (area|forte|thing|specialty|strong suit)|i'?m (still |fairly |pretty |quite )?new to|"
    r"(zero|little|not much) (\w+ ){0,2}experience (with|in)|"
    r"what i('?d| would) do differently|i('?d| would) do differently|what would i change|"
    r"if i (did|built|were doing) it again|"
    r"\b(the|my|one) (\w+ )?(weakness|gap) (is|was|would be)\b)\b"
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
_PIVOT = _rx(
    r"\b(what i('d| would|'ve| have| can| could| do)? ?(bring|brought|have|do|did|done|offer|know|"
    r"built|add|shipped|run|ran|own|owned|made|got)\b|i bring|instead|"
    r"(the )?(job|role|work|thing) i'?m (after|good at|here for) is|"
    r"my strong (side|point|part|suit)|"
    r"where i bring|(is|'s) (exactly |precisely )?(my|where my) (background|strength|thing|job|"
    r"experience)|"
    r"i'?ve (chosen|decided|made a (deliberate )?choice)|(a|my) (deliberate )?choice|"
    r"deliberate\w*|my (strength|edge)|"
    r"that('?s| is) (exactly )?(what|the (\w+ ){0,3}(work|part|thing|kind of work)( that)?) i\b|"
    r"(what )?(i'?m|i am) (really |pretty |quite )?(good|decent|strong|solid|great|best) at|"
    r"\bi (do )?know how to (make|check|keep|put|build|run|ship|test|measure|monitor|operate|get)|"
    r"\bi (put|spent|invested|poured) (that|the|my|this) (time|effort|energy|evenings) (into|on)\b|"
    r"\b(that'?s|that is|those are) (all )?mine\b|where (i'?m|i am) on (firm|solid|safe) ground|"
    r"\bmade (a|the) call\b|"
    r"(i'?m|i am) (a |an )?(really |very |pretty |quite )?(solid|strong|good|reliable|experienced|"
    r"seasoned) (\w+ )?(engineer|developer|programmer)|"
    r"where (i'?m|i am) (strong|good)|i build|make up for (it|that)|compensate|"
    r"where i (shine|add value|come in)|what i (can )?offer|i can (show|build|ship)|on top of|"
    r"i focus(ed)? on|i'?ve been (building|investing|working|learning)|"
    r"i'?m (investing|covering|closing)|chosen to invest|next time i|i (picked|chose|decided)|"
    r"(a|my) (conscious |deliberate )?decision|on purpose|my (part|job|role|focus|contribution)"
    r"( has( \w+)? been|'s| was| is)|i'?m the (\w+ )?(person|one|guy|engineer) (who|that)|"
    r"i('?d| would) (start|add|build|measure|want|fix|get|put|change|use|write|set up)|"
    + _WOULD_HAVE_DONE
    + r")\b"
)
# A gap taken back: "but honestly I'd argue it's not really a weakness for this job".
_GAP_DENIED = _rx(
    r"\b(((it|that)('s| is)|is) (not|hardly)|isn'?t|wasn'?t) (really |actually |much of |even )?"
    r"a (real )?(weakness|gap)\b|\bbut\W+(\w+\W+)?who (does|has)\b"
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
    r"^(but|though|although|however|yet)\b(\s+[\w'-]+){0,8}?\s+(i|we)(?:'ve|'d| have| would)?+\s+"
    r"(?!not\b|never\b|to\b|don|didn|haven|can'?t|couldn|wasn|won|have to|need to|guess|hope|wish)"
    r"[a-z]+"
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
    r"(\s+\w+){0,2}?\s+(has\s+|have\s+|had\s+)?(gone|went|goes|go)\s+(in)?to)\b"
)
# Self-doubt is apologetic wherever it is said.
_SELF_DOUBT = _rx(
    r"\b(i know i'?m not|not really qualified|embarrass\w*|imposter|impostor|(like|such) a fraud|"
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
_REGRET = _rx(r"\b(sorry|unfortunately|i'?m afraid|apologi[sz]e|apologies)\b")
_REPAIR = _rx(
    r"\bsorry\W+(i mean|i meant|what i meant|let me|rather|scratch that|wait|(can|could|may) i|"
    r"give me a (second|moment|sec)|one (second|moment))\b"
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
    r"traditional |formal |real |"
    r"deep |proper |classic\w* )*(ml|machine learning|ai|data science|research|phd|math)"
    r"( \w+)?( background| experience| degree)?\b|\bnot from (a|an) (\w+ )?(research|ml|machine "
    r"learning|ai|data science|academic) background\b|"
    r"\bnot (really |even )?(a|an) (real |proper |actual )?"
    r"(ml|machine learning|ai) (person|engineer|expert)\b|\bno (ml|machine learning|ai) "
    r"(background|experience)\b|"
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
    r"(ai|llm|rag|ml) (system|app\w*|pipeline))\b"
)
# The speaker's background said to fall short: "my background is not the typical one", "my
# background is a bit of a weakness", "I don't have the proper background", "I never did a CS
# degree" ("my background is in payments" says where it lies, not that it falls short).
_BACKGROUND_SHORT = _rx(
    r"\bmy (\w+ )?(background|cv|degree|profile|path)( is|'s|s| was)( \w+){0,3}? "
    r"(not|n't|isn'?t|wasn'?t|a (\w+ ){0,3}(weakness|problem|disadvantage|handicap|gap|minus))\b|"
    r"\b(don'?t|do not|didn'?t|never) (have|had|got) (the|a|an|any) (\w+ )?(right|proper|typical|"
    r"usual|traditional|relevant|real|formal) (background|degree|training|education)\b|"
    r"\b(never|didn'?t|did not) (do|did|finish|get|have) (a|an|any) (\w+ )?degree\b|"
    r"\bself-taught\b|"
    r"\bmy (\w+ )?(background|experience|work) (is|was|'s) (only|just|mostly|(kind of |a bit )?"
    r"boring|nothing)\b|"
    r"\bnot (the|a|your) (standard|typical|usual|normal|traditional|obvious) (candidate|profile|"
    r"background|path)\b|\b(wouldn'?t|don'?t|do not|didn'?t) have the background\b|"
    r"\b(don'?t|do not|didn'?t)( really)? have (a |any )?(cs|computer science)\b|"
    r"\bnot (real|proper|actual|much of an?) (experience|background)\b|"
    r"\bnot from (a|an) (\w+ ){0,2}(product|proper|real|research|data science|ml|ai) (company|team|"
    r"background)\b"
)
# The first sentence of an answer to "do you have ML experience?" that says no, in substance.
_NO_ANSWER = _rx(
    r"^\W*((eh|um|uh|so|well|hmm|ml|ai|machine learning|real|proper|actual|experience)\W+){0,4}"
    r"(short answer:?\s*)?"
    r"(no\b|not\b|yes and no\b|sort of\b|kind of\b)"
)
# The first sentence of an answer to "what is your weakness?" that denies having one.
_NO_WEAKNESS = _rx(r"\b(don'?t|do not) (\w+ ){0,3}have (a |any )?(real )?weakness")
_NEGATED = _rx(r"(\b(not|never|no)|n't)\b(\s+\S+){0,3}\s*$")
# A negation inside a condition or a relative clause negates that clause, not what follows it:
# "anything that doesn't validate goes to a person", "if it isn't grounded, we fall back".
_SUBORDINATE_NEGATION = _rx(
    r"\b(if|when|whenever|once|where|that|which|who|whatever|whichever|anything|everything)"
    r"\s+(\S+\s+){0,3}?(\S*n't|not|never)\s+\S+\s*,?\s*((we|it|they|i|you|he|she)\s+)?$"
)

# Clauses: a sentence is cut before "but", "so", "though", "and that's" and at ; and :, so a
# gap and the strength that follows it in the same sentence are seen as two parts.
_CLAUSE_BREAK = _rx(
    r"\s*[;:]\s+|,?\s+(?=(but|so|though|although|however|yet|and that'?s|which is why)\b)"
)

# Researchers by role, by degree or by lab: "the PhDs who publish papers", "people who actually
# do AI research", "somebody who came out of DeepMind", "the research labs".
_LABS = (
    r"(openai|deepmind|google brain|anthropic|meta ai|fair|(research|big|top|major|ai) labs?|"
    r"(a )?phd programs?|arxiv)"
)
_RESEARCHERS = (
    r"(ml |machine learning |ai |research )?(researchers?|phds?|data scientists?|(ex-)?academics|"
    r"research scientists?|kaggle grandmasters?|phd (people|folks|guys|types)|"
    r"(real |actual |proper )?(ml|ai|research|data science|machine learning) (people|folks|team|"
    r"crowd|guys)|people (doing|with) (\w+ )?research|(the )?paper people|"
    r"(people|those|folks|someone|anyone) (who|that)('ve| have)? (studied|study|trained in|did|"
    r"done|do) (this|it|ml|ai|machine learning)( \w+)? (properly|formally|for real|at university)|"
    r"(people|folks|lads|guys|ones|those|candidates) with (the )?(doctorates?|phds?|publications)|"
    r"(people|those|folks|someone|somebody|anyone|guys) (who|that) ([\w']+ ){0,2}"
    r"(do|does|did|doing|publish\w*|write|wrote) ([\w-]+ ){0,2}(research|papers)|"
    r"(the )?(people|folks|guys|someone|somebody|anyone) (at|in|from|out of|who came out of) "
    r"(the )?" + _LABS + r"|the " + _LABS + r")"
)
_COMPARISON = _rx(
    r"\b(as (good|smart|strong|qualified|knowledgeable|deep) as|(smarter|better|stronger|"
    r"more qualified) than (me|i)|know (way |much |far )?more|understand (\w+ )?(way |much |far )?"
    r"(more|better)|compete with|compared (to|with)|unlike|at the level of|"
    r"total beginner|nowhere (near|close)|next to|on the (same )?level (as|of)|"
    r"behind (them|those|these)|up there with|(another|a different) planet|"
    r"(a )?(far |much )?better job than (me|i)|(never|won'?t) be like|"
    r"on (another|a different|a whole other) level|"
    r"out of my league|way (ahead|smarter|better)|run (circles|rings) around|out-\w+|"
    r"(another|a different|a whole other) league|no match for|miles ahead|can'?t hold a candle|"
    r"catch up|on par with|(more|less) (\w+ ){1,2}than|never ship\w*( anything)?|"
    r"the same skill ?set as|"
    r"the way (the )?\w+ (\w+ )?(can|do)|"
    r"in a room with|(their|that) league|"
    r"(not|never) (at|on) (that|their|the same) level|look twice at|(have|had) a (good )?laugh|"
    r"some way behind|way behind|(not|never) going to be like|"
    r"((way|far|much|miles) )?below (that|their|the same) level|"
    # researchers belittled against the speaker: "half of them couldn't put a service into
    # production", "I'd take my years of shipping over a stack of papers"
    r"(couldn'?t|can'?t|wouldn'?t know how to|never|struggle to) (\w+ ){0,2}(put|ship|deploy|run|"
    r"build|keep) "
    r"(\w+ ){0,4}(production|live|running|up)|"
    r"i'?d take (my|\w+) (\w+ ){0,4}over)\b"
)
# A comparison said in the sentence after the researchers were named, pointing back at them
# ("I can't compete with those guys").
_COMPARISON_BACK = _rx(
    r"\b(compete with|as (good|smart) as|at the level of|(smarter|better) than me|next to|"
    r"compared (to|with)|on (another|a different) level)\s+(them|those|these|that)\b"
)
# "I'm not competing with researchers" is the guide's own reframe, not a comparison.
_NOT_COMPETING = _rx(
    r"\b(i'?m not|i am not|not going to|no need to|don'?t need to|not trying to)"
    r"(\s+[\w']+){0,4}?\s+compet\w*"
)

# An AI skill, subject or tool that an expertise claim can be about.
_AI_SKILL = (
    r"(ai|ml|machine learning|llms?|deep learning|transformers|nlp|agents|rag|prompt\w*( \w+)?|"
    r"fine-?tuning|langchain|llama ?index|(ai|ml|llm) engineering|the field|models)"
)

MISTAKE_PATTERNS: dict[str, re.Pattern[str]] = {
    "minimising-swe-experience": _rx(
        r"\b(i was|i'?m|i am|i'?ve been|as) ((just|only|merely|simply|basically|kind of|sort of|"
        r"really) )+(a |an |the )?([\w-]+ ){0,2}(engineer|developer|dev|programmer|coder|"
        r"person|guy|junior|code monkey)\b|"
        r"\bi'?ve (only|just|mostly) (ever )?(done|worked on|built|written|made) (\w+ ){0,2}?"
        r"(crud|internal tools|websites|web stuff|forms|wordpress|boring stuff|simple stuff|"
        r"basic stuff|admin panels)\b|"
        r"\bjust (wrote|built|did|doing) (crud|apis|web apps|backend stuff|boring)\b|"
        r"\bnothing (fancy|special|interesting|serious)\b|"
        # the speaker's work made small: "only" and moving or gluing things around or together
        r"\bi(?:'ve| have| was| am|'m)?( been)?( \w+ly)? (just|only|merely|mostly just)"
        r"( [\w'-]+){0,3}? (mov|push|shuffl|glu|plumb|wir)\w*( [\w'-]+){0,3}? (around|together|"
        r"up)\b|"
        r"\bnothing (that )?(would |really )?counts? as real\b|"
        r"\bnot really (software )?engineering\b|"
        r"\b(is|was|'s) (just|only) (forms|crud|websites|databases|spreadsheets)\b|"
        r"\bnot (really |even )?(an? )?(real|proper|actual) (engineer|developer|programmer)\b|"
        r"\bmy (\w+ )?(background|experience) (is|was|'s) (only|just|merely)\b|"
        # the speaker's work made small by "only" or "just" and what it was: "I was only doing
        # the cart and the checkout, the typical CRUD", "I've only ever been a tester really"
        r"\bi(?:'ve| have| was|'m| am)?( really| basically| ever| been)? (only|just|merely)"
        r"( ever| really| just)? (been|doing|building|writing|working on|done|did|a|an|the|in|"
        r"making)\b.*\b(crud|forms|reports|scripts|admin|websites?|wordpress|php|ui stuff|"
        r"little tools|tester|qa|testing|bug ?fix\w*|maintenance|typical|boring|basic|simple|"
        r"spreadsheets|"
        r"mobile apps?|front-?end|games|support|tickets|sysadmin)\b|"
        r"\bnot (\w+ ){0,3}(real|proper) (software|engineering|development|coding|programming)\b|"
        r"\bnothing like (a )?real (engineering|software|development|coding)\b|"
        r"\bi'?m not (really|even) an? (engineer|developer|programmer)\b|"
        r"\bnothing (very |really |that |so |too )?(clever|serious|impressive|fancy|special|"
        r"interesting|hardcore|complicated|advanced|technical)\b|"
        r"\b(just|only) the plumbing\b|"
        r"\b(it'?s )?not like i'?ve (built|done|made) anything( \w+)? (interesting|serious|real|"
        r"big|impressive)\b|"
        # the speaker's own work said to count for little here ("I built websites for an
        # agency, which is probably not relevant here")
        r"\bi(?:'ve| have| was|'m| am)? (been|was|worked|work|did|do|built|build|spent)\b.*"
        r"\b(which|that|it|this)( is|'s| was)?( \w+ly| \w+)? (not|isn'?t|wasn'?t)"
        r"( \w+ly| that| very| so| really)? (relevant|important|useful)"
        r"( here| for this| to (this|you|ai|the (role|job|position))\b)|"
        r"\bmy (\w+ ){0,2}(experience|background|work) (is|was|isn'?t|wasn'?t)( \w+ly| \w+)? "
        r"(not )?(irrelevant|not relevant|not (that |very |so )?(relevant|impressive))\b"
    ),
    "ai-is-hot": _rx(
        r"\bai is (so |really |super |just )?(hot|the future|hyped|everywhere|booming|trending|"
        r"the next big thing)\b|\b(everyone|everybody)( \w+){0,2}?('?s| is| are) (doing|moving "
        r"(in)?to|getting into|talking about|going into|hiring for) (ai|it|agents|llms?|gen ?ai|"
        r"rag)\b|"
        r"\bevery job post\w*( i see)?( now)? (says|wants|asks|mentions|lists)\b|"
        r"\brecruiters (are |keep )?(filtering|looking|asking)( \w+)? for\b|\bsalar(y|ies)\b|"
        r"\bpaid (\w+ ){0,5}more\b|\b(get|gets|getting) more offers\b|"
        r"\bsafer on the (ai|ml) side\b|"
        r"\b(it'?s )?on every job (post|posting|ad|listing)\b|"
        r"\b(everyone|everybody)( [\w']+){0,3}? (talks?|is talking|are talking|(is|are) asking for|"
        r"wants?) (about )?(ai|it)\b|\b(be|being|become|going|an?) ai[- ]first\b|"
        r"\bwhat (the )?(clients|customers|companies|market) (pay|pays|are paying) for\b|"
        r"\bai is (\w+ )?the (trend|wave)\b|\b(every|all the) (big )?compan(y|ies)\b[\w\s,]{0,30}?"
        r"\b(are |is )?(doing|hiring for|talking about|investing in) (ai|it)\b|"
        r"\bi('?ll| will) be (left )?behind\b|\bjump\w* on the (ai )?"
        r"bandwagon\b|\bwhere (all )?the (\w+ )?(money|jobs|growth|energy|action|demand|market|"
        r"headcount|"
        r"opportunit\w*)( and the \w+)? (is|are|was|were)\b|"
        r"\bai is (\w+ )?the (big|next big|hot|hottest|in|biggest) thing\b|\bgold rush\b|"
        r"\b(so much|all the|a lot of|lots of|the) (money|funding|investment|hype) (going|pouring|"
        r"flowing|rushing) (in)?to\b|"
        r"\bdon'?t want to (be|get) left behind\b|"
        r"\bhot(test)? (field|area|topic|space|thing)\b|\bpays? (\w+ )?(more|better)\b|"
        r"\bpay(s|ing)? a premium\b|"
        r"\bbecause of (chatgpt|the hype)\b|"
        r"\bwhere (everything|the industry|the market|tech)('?s| is) (heading|going)\b|"
        r"\b(the )?ai boom\b|\bride the (ai |hype )?wave\b|\bfomo\b|\b(it'?s|ai is) (so )?trendy\b|"
        r"\bthrowing money at (ai|it|llms)\b|"
        # money, or the fear of being left: "recruiters kept messaging me about AI roles", "more
        # than I make", "if I don't move now", "the train's gone"
        r"\brecruiters (\w+ ){0,2}(messag|call|email|contact|ping|approach)\w* (me )?(about|with|"
        r"for) (ai|ml|llm|gen ?ai)\b|\b(a lot |way |much |far )?more than i (make|earn|get paid)\b|"
        r"\b(getting|get|got|being|be) left behind\b|"
        r"\bif i don'?t (move|switch|jump|do it|go|make the move) now\b|"
        r"\b(everyone|everybody)( [\w']+){0,2}? (was|were) (moving|going|getting) (in)?to (ai|it|"
        r"llms?)\b|\brecruiters (are |were )?(searching|hunting) for\b|"
        r"\b(in|on) (all|every) (the )?job (ads|adverts|posts|postings|listings)\b|"
        r"\bwhere (that'?s|it'?s|everything'?s|things are|the (exciting )?(stuff|action) is) "
        r"happening\b|"
        r"\b(the )?train'?s (gone|leaving|left)\b|\bmiss(ed)? the (boat|train)\b"
    ),
    "overselling-ai": _rx(
        r"\b(i'?m|i am) ((pretty much|basically|already|now|really|kind of) )*(an? )?"
        r"(ml |ai )?(expert|guru|master|ninja|specialist) (in|at|on|with) "
        r"(ai|ml|machine learning|llms?|deep learning|transformers|nlp|agents|rag)\b|"
        r"\b(i'?m|i am) ((pretty much|basically|already|now|really) )*(an? )?(ml|ai) expert\b|"
        r"\bi (know|understand) (everything|all there is) about\b|\bknow \w+ inside out\b|"
        r"\bi'?ve (\w+ly |pretty much )?mastered\b|\bi can (train|build) any (model|ai)\b|"
        r"\bi can (build|do|solve|train) (anything|everything) (with|in) (ai|ml|llms?)\b|"
        r"\bdeep expertise in "
        r"(ai|ml|machine learning|deep learning)\b|\b(any|every) (ml|ai) problem\b|"
        r"\bdon'?t (really )?have (any |a )?(real )?weakness(es)? in (ai|ml)\b|"
        r"\b(don'?t think i|i don'?t) have a real weakness\b|"
        r"\b(i'?m|i am) ((?!not\b|never\b)\w+ ){0,2}at the level of (an? )?" + _RESEARCHERS + r"\b|"
        r"\bi'?ve done (pretty much |basically )?everything\b|"
        # a claim of expert level in an AI skill or tool, however it is hedged
        r"\b(i'?m|i am)( \w+ly| pretty much| basically| already| now| kind of| like)* (at )?"
        r"(the |an? )?(expert|guru|master|ninja|senior|very strong|really strong|super strong|"
        r"advanced)( level)? (in|at|on|with) (the )?" + _AI_SKILL + r"\b|"
        r"\b(know|understand)\b( [\w']+){0,5} inside (and )?out\b|"
        r"\bknow (the (ai |ml )?field|ai|ml|machine learning|llms|this (stuff|field)|it all)"
        r"( really| very| extremely| pretty)? well\b|"
        r"\b(any|every) (ml|ai|machine learning) (task|project|question|model)\b|"
        # nothing in AI out of reach, for the speaker or for AI: "I can pick up anything on that
        # side", "AI can basically do anything now", "RAG is basically a solved problem"
        r"\b(ai|ml|machine learning|llms?|models?)\b.*\bi can (\w+ )?(pick up|learn|handle|do|"
        r"build) (anything|everything)\b|\bi can (\w+ )?(pick up|learn|handle|do|build) (anything|"
        r"everything)\b.*\b(ai|ml|machine learning|llms?|models?)\b|"
        r"\b(ai|it|the model|models|llms?|gpt\S*|agents?) can "
        r"(basically |pretty much |now |really )*"
        r"(do|handle|solve|answer) (pretty much |basically )?(anything|everything)\b|"
        r"\b(a|basically a|pretty much a) solved problem\b|\bdone the whole (ml|ai) thing\b|"
        r"\b(built|done) (this|that|it) (loads of|lots of|many|dozens of|hundreds of|countless) "
        r"times\b|"
        # a system said to match people or the best products: "as good as ChatGPT", "better than
        # any human in customer service", "it basically replaces a junior developer"
        r"\b(as good as|better than|on par with|replaces?|replacing|outperforms?) (\w+ )?"
        r"(chatgpt|gpt-?4\w*|claude|devin|copilot|any human|humans|a human|"
        r"(a|any|the) (junior|senior|human) \w+)\b|"
        r"\b(replaces?|replacing) (a|an|the|an entire|the whole|our) ([\w-]+ ){0,2}"
        r"(team|department|"
        r"analysts?|developers?|engineers?|agents?|staff)\b|"
        r"\bbetter than (most|any|all|the) (\w+ )?(humans?|people|agents|analysts|staff)\b|"
        r"\b(it|the (model|system|agent|bot|assistant)|ai|llms?)( \w+)? (fully|completely|"
        r"perfectly|truly) understands?\b|\b(it|the model) knows everything\b|"
        r"\bnever (makes (a )?mistakes?|hallucinates|gets (it|anything) wrong)\b|"
        r"\b(basically|pretty much|totally|fully) production[- ]ready\b|"
        r"\b(i can|i could) (\w+ ){0,2}(pretty much |basically |just about )?(any|every) "
        r"(of (these|them|those) )?(llm|ai|ml|model|rag|agent|system)\w*|"
        r"\banything you throw at it\b|"
        r"\b(pretty much|basically) across (all of it|the board|everything)\b|"
        r"\b(junior|senior) \w+ in a box\b|"
        r"\bhallucinations? (will be |would be |down to |is |are )?(basically |essentially |"
        r"practically )?(zero|none|gone)\b|"
        r"\b(done|built) (this|that|it|these)( type| kind| sort)?( of \w+)? (many|loads of|lots of|"
        r"dozens of|countless) times\b|\b(i'?m|i am) (basically |pretty much )?already there\b|"
        r"\b(researcher|expert|phd)[- ]level (knowledge|skills?|understanding)\b|"
        r"\b(easy|not (so |that |very )?(difficult|hard)) for me\b|\bfor me (this|it|that)( part)? "
        r"is easy\b|\bread all the (\w+ )?papers\b|\bthe same skill ?set as\b|"
        r"\b(lead|run) an? (ai|ml) team tomorrow\b|\bknow (ml|ai|machine learning) better than\b|"
        r"\b(more advanced|better) than what (the )?(big )?\w+ (are|is) doing\b|\bit just works\b|"
        r"\b(will|would)( not|n'?t) (hallucinate|invent|make (things|stuff|anything) up)\b|"
        r"\b(fine-?tun\w*|training|it) is not (so|that|as) (difficult|hard)\b|"
        # a level claimed, a system that cannot fail, work said to take no time
        r"\btop[- ]tier\b|\b(at|up there with) (\w+ )?(senior|expert|principal|phd) (ml |ai )?"
        r"(level|tier)\b|\b(don'?t|doesn'?t|can'?t|never|won'?t) (really |basically |ever )?"
        r"hallucinate\b|\bsolved (that|hallucinations?|the hallucination \w+)\b|"
        r"\b(no mistakes|right every time|pretty much perfect|"
        r"a hundred percent (accurate|right))\b|"
        r"\b(the )?easy (bit|part)\b|"
        r"\b(can do|does) (basically |pretty much )?everything (a|an|the) (junior|senior|human)\b|"
        # a weakness or gap denied
        r"\b(don'?t|do not)( \w+){0,3}? (have|see) (a |any )?(big |real |major |serious )?"
        r"(weakness(es)?|gaps?|weak (spot|point|area))\b"
        r"(?! in (production|engineering|the backend))|"
        # theory claimed after courses, a level claimed against labs or most people
        r"\b(understand|know) (\w+ ){0,2}(theory|maths?|math|backprop\w*|transformers|the models?)"
        r"( \w+){0,2}? (really |very |quite )?(deeply|thoroughly|in depth|fully)\b|"
        r"\b(stronger|better|more) than (a lot of|most|many) (people|engineers|candidates|devs)\b|"
        r"\bon par with (what )?(the )?(big |top |research )?(labs?|researchers?)\b|"
        r"\bput myself (at|on) (that|their|the same|a similar) level\b|"
        r"\b(struggle|hard pressed) to (name|think of|come up with) (one|a weakness|any)\b|"
        r"\bpick (it|that|this) up in (a|a couple of|a few|two|three) (days|weeks)\b|"
        r"\bdoes what an? (\w+ )?(analyst|developer|engineer|person|human|lawyer|accountant) "
        r"does\b|"
        r"\bbetter than (what )?(the )?(big |top )?labs\b|\bmore accurate than any\b|"
        r"\bhallucinations? (isn'?t|is not|aren'?t|won'?t be) (really |much of |even )?(an? )?"
        r"(issue|problem|concern)\b|"
        r"\b(it|ai|llms?|models?) could (do|replace|handle) (most|all|half) (of )?(the )?"
        r"(jobs|work|roles)\b"
    ),
}
TOOL = _rx(
    r"\b(langchain|llama ?index|pinecone|weaviate|chroma(db)?|faiss|milvus|qdrant|pgvector|"
    r"openai|gpt-?4\w*|claude|elasticsearch|opensearch|bedrock|vertex|cohere|haystack|mistral|"
    r"gemini|hugging ?face|ollama|vllm|dspy|crewai|autogen|lancedb|vespa|llama|lora)\b"
)
_REQUIREMENT = _rx(
    r"\?|\b(requirements?|latency budget|how (many|much|often|fast)|what'?s the|what is the|"
    r"is the (corpus|data)|static or|acceptable|clarif\w*|before i (design|pick|choose)|"
    r"understand the|volume|sla|(i'?d|i would|i'?ll|let me|i want to|i'?d like to) (first )?ask|"
    r"questions? first)\b"
)
_SYSTEM_DESIGN = _rx(r"\bdesign\b")

# Words dropped from a sentence in a rewrite: they carry nothing the listener needs.
_FILLER = r"(um+|uh+|er+m?|ah+|hmm+|basically|literally|you know|i mean|like)"
_FILLER_BETWEEN_COMMAS = _rx(rf"(,\s*{_FILLER})+,(?=\s)|(,\s*{_FILLER})+(?=[.?!]|$)")
_FILLER_WORDS = _rx(r"\b(um+|uh+|er+m?|ah+|hmm+|basically|literally)\b,?\s*")


@dataclass(frozen=True)
class _Sentence:
    text: str  # as said: what a quote shows
    index: int
    plain: str  # without fillers ("I was, um, just a" -> "I was just a"): what checks read

    @property
    def clauses(self) -> list[str]:
        return _clauses(self.plain)

    @property
    def asks(self) -> bool:
        return self.text.rstrip().endswith("?")


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]


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


def _negated(before: str) -> bool:
    """Whether what follows before is negated: a negation closes it, and not inside a clause
    of its own."""
    return _NEGATED.search(before) is not None and not _SUBORDINATE_NEGATION.search(before)


def _unnegated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match not preceded closely by a negation ("not because AI is hot")."""
    for match in pattern.finditer(text):
        if not _negated(text[: match.start()]):
            return match
    return None


# --- framework points ----------------------------------------------------------------------
def _first_owned(pattern: re.Pattern[str], sentences: list[_Sentence]) -> _Sentence | None:
    """The first sentence saying pattern that the speaker does not reject as others' view
    ("people switch because AI is hot, and that's a bad reason" is neither hype nor tech)."""
    return next(
        (s for s in sentences if pattern.search(s.plain) and not _DISAVOWAL.search(s.plain)), None
    )


def _names_problem(text: str) -> bool:
    """Whether text names a problem of the work, not the speaker's limit or position, a
    safeguard or a record of problems already solved ("so agents can find how a similar issue
    was solved")."""
    return any(
        not _NOT_A_PROBLEM_BEFORE.search(text[: match.start()])
        and not _SOLVED_BEFORE.search(text[: match.start()])
        and not _NOT_A_PROBLEM_AFTER.search(text[match.end() :])
        for match in _PROBLEM.finditer(text)
    )


# A problem as a record of the work: "past incidents", "a similar issue was solved before".
_SOLVED_BEFORE = _rx(r"\b(similar|past|previous|old|earlier|resolved|solved|closed)\s+$")
# After a problem word, what makes it no problem of the work: it was solved ("a similar issue
# was solved"), it names a field ("the issue date"), it is about the speaker ("that's probably a
# problem for you"), or the design already handles it ("failed rebuilds page whoever's on call",
# "failures go to a manual queue").
_NOT_A_PROBLEM_AFTER = _rx(
    r"^\s+((was|were|had been|got|gets|get)\s+(solved|resolved|fixed|closed)\b|"
    r"(date|dates|number|numbers|tracker)\b|"
    r"(for|to) (you|me)\b|"
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
    words = (w.lower() for w in _WORD.findall(text))
    return [w for w in words if w not in STOPWORDS and w not in _DISCOURSE]


def _opening(sentences: list[_Sentence]) -> list[_Sentence]:
    """The first two sentences that say something."""
    return _said(sentences)[:2]


def _asks_first(request: CoachRequest, sentences: list[_Sentence]) -> bool:
    """A system design answer that opens with a clarifying question (the guide's script 3)."""
    return is_system_design(request) and any(s.asks for s in _opening(sentences))


def score_production_problem(request: CoachRequest, sentences: list[_Sentence]) -> FrameworkScore:
    tool = _tools_first(sentences) if is_system_design(request) else None
    if tool is not None:
        return FrameworkScore(2, f"Tools come before the requirements: {_quote(tool)}.")
    if _asks_first(request, sentences):
        return FrameworkScore(5, f"It opens on the requirements: {_quote(sentences[0])}.")
    problem = next((s for s in sentences if _names_problem(s.plain)), None)
    hype = _first_owned(_HYPE, sentences)
    # the tech named in a gap ("I wouldn't call myself an ML expert") is no excitement about it
    tech = _first_owned(_TECH, [s for s in sentences if not _GAP.search(s.plain)])
    if problem is None:
        if hype is not None:
            return FrameworkScore(1, f"It opens on excitement, not a problem: {_quote(hype)}.")
        return FrameworkScore(2, "No concrete production problem is named.")
    if hype is not None and hype.index < problem.index:
        return FrameworkScore(
            2, f"Excitement comes before the problem: {_quote(hype)}; lead with the problem."
        )
    opening = _opening(sentences)
    # Asked about their ML experience, a person names the tech first, as asked: the problem
    # the project met is early enough in the first half of the answer.
    asked_for_tech = scenario_of(request) == "ml-experience" and problem.index < len(sentences) / 2
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


def _statements(sentences: list[_Sentence]) -> str:
    """The answer without its questions: "what's the latency budget?" asks, it shows no rigor."""
    return " ".join(s.plain for s in sentences if not s.asks)


def score_engineering_rigor(sentences: list[_Sentence]) -> FrameworkScore:
    kinds = rigor_kinds(_statements(sentences))
    score = (1, 2, 3, 4, 4, 5, 5, 5)[len(kinds)]
    if len(kinds) == 1 and len(_practices(_statements(sentences))) >= 3:
        score = 3  # one kind of rigor, practised three ways
    if not kinds:
        return FrameworkScore(
            1, "No error handling, testing, monitoring, rollback, evaluation, latency or cost."
        )
    missing = [k for k in ("error handling", "testing", "monitoring") if k not in kinds]
    evidence = f"Mentions {', '.join(kinds)}"
    evidence += f"; nothing on {', '.join(missing)}." if missing else "."
    return FrameworkScore(score, evidence)


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


def _outcome(clause: str) -> re.Match[str] | None:
    return next(
        (
            m
            for m in _OUTCOME.finditer(clause)
            if not _CONDITION_BEFORE.search(clause[: m.start()])
            and not _PLAN_BEFORE.search(clause[: m.start()])
        ),
        None,
    )


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
    r"assistant|bot))\b"
)


# Someone's time handed back, said as theirs: "that's the supervisor's night back".
_TIME_BACK = _rx(
    r"\b(\w+'s|their|his|her|my|our) (nights?|evenings?|weekends?|days?|mornings?|afternoons?|"
    r"sundays?|saturdays?) back\b"
)


# The harm a problem did, not an outcome of the work: "escalations went up by around 30
# percent", "costs doubled", "40,000 in lost orders" (the labels count no problem's cost).
_HARM = _rx(
    r"\b(escalat\w*|complaints?|costs?|bills?|errors?|tickets?|churn|refunds?|incidents?|"
    r"losses|fraud|fines|penalt\w*|mistakes|misrout\w*|wrong \w+|calls)\b([^,.;]{0,40}?)\b(went up|"
    r"gone up|increas\w*|rose|risen|grew|doubled|tripled|spiked|jumped|shot up|exploded)\b|"
    r"\b(lost|missed) (orders|sales|revenue|customers|bookings)\b|\bin lost\b"
)


def _impact_score(clause: str) -> int:
    """How far one clause states a business outcome (5) down to a technical metric only (2)."""
    if _HARM.search(clause):
        return 2 if _NUMBER.search(clause) else 0
    if _ADOPTION.search(clause) and _NUMBER.search(clause):
        return 5
    if _TIME_BACK.search(clause):
        return 5 if _NUMBER.search(clause) else 3
    business = _business(clause)
    number = _NUMBER.search(clause)
    outcome = _outcome(clause)
    technical = _TECH_METRIC.search(clause)
    if outcome and number and (business or _EFFORT.search(clause)) and not technical:
        return 5
    pace = _PACE.search(clause) and _PEOPLE_AT_WORK.search(clause)
    if pace and number and not technical:
        return 5
    if outcome and (business or _EFFORT.search(clause)):
        return 3
    if number and (business or technical):
        return 2
    return 0


def score_business_impact(sentences: list[_Sentence]) -> FrameworkScore:
    best: tuple[int, _Sentence] | None = None
    for sentence in sentences:
        parts = [sentence.plain, *re.split(r",? and |; ", sentence.plain)]
        score = max(_impact_score(part) for part in parts)
        if score and (best is None or score > best[0]):
            best = (score, sentence)
    if best is None:
        return FrameworkScore(1, "No business outcome: nothing on users, money or time saved.")
    score, sentence = best
    evidence = {
        5: "A business result with a number",
        3: "A business outcome, but without a number",
        2: "A figure, but no business outcome",
    }[score]
    return FrameworkScore(score, f"{evidence}: {_quote(sentence)}.")


def _strength_in(clauses: list[str]) -> bool:
    return any(
        _PIVOT.search(c)
        or _CONTRAST_STRENGTH.search(c.strip())
        or _CONSEQUENCE_STRENGTH.search(c.strip())
        for c in clauses
    )


def _strength_after(sentences: list[_Sentence], gap: _Sentence, gap_end: int) -> _Sentence | None:
    """The sentence that turns a named gap into a strength: a later clause of the gap's own
    sentence, or one of the next two sentences; a gap asked as a question ("What would I
    change?") only by its answer, the next sentence, unless that answer dismisses it."""
    if _strength_in(_clauses(gap.plain[gap_end:])):
        return gap
    if gap.asks:
        return _answer_to(sentences, gap)
    return next(
        (s for s in sentences[gap.index + 1 : gap.index + 3] if _strength_in(s.clauses)), None
    )


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
    """A sentence that names a gap by what it does, not by gap words: the speaker's own
    question looking back ("What would I change?"), or a first sentence answering the weakness
    or the ML experience question."""
    if sentence.asks and _REFLECTION_QUESTION.search(sentence.plain):
        return True
    return _opens(sentence, sentences) and _implicit_gap(request, sentence)


def _opens(sentence: _Sentence, sentences: list[_Sentence]) -> bool:
    """Whether the sentence opens the answer: the first one, or the first after openers that
    only take the floor ("Honestly?" and "Good question." before "The theory.")."""
    return all(
        set(_content_words_of(s.plain)) <= _FLOOR_TAKERS for s in sentences[: sentence.index]
    ) and bool(sentence.index == 0 or set(_content_words_of(sentence.plain)) - _FLOOR_TAKERS)


_FLOOR_TAKERS = frozenset({"honestly", "hmm", "um", "uh", "good", "great", "question", "tough"})


def _implicit_gap(request: CoachRequest, first: _Sentence) -> bool:
    scenario = scenario_of(request)
    if scenario == "biggest-weakness":
        return not _NO_WEAKNESS.search(first.plain)
    return scenario == "ml-experience" and bool(_NO_ANSWER.search(first.plain))


def _apologetic(sentence: _Sentence, whole_gap: bool = False) -> bool:
    """Whether the sentence apologises for the speaker: self-doubt, or regret in a clause that
    names a gap (any clause where the whole sentence is the gap), says nothing else ("Sorry.")
    or points back at what was said ("sorry in advance if those come up")."""
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
    """Self-doubt or regret that is not a repair of the talk ("sorry, I mean forty")."""
    return _SELF_DOUBT.search(sentence.plain) is not None or any(
        _REGRET.search(c) and not _REPAIR.search(c) for c in sentence.clauses
    )


def _apology_near(sentences: list[_Sentence], gap: _Sentence) -> _Sentence | None:
    """An apology in the gap's sentence or the one before or after it. A gap no words name
    (the first sentence answering the weakness question) is its whole sentence."""
    whole_gap = _GAP.search(gap.plain) is None
    near = sentences[max(0, gap.index - 1) : gap.index + 2]
    return next((s for s in near if _apologetic(s, whole_gap and s is gap)), None)


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
    denial = (
        next((s for s in sentences[gaps[0][0].index :] if _GAP_DENIED.search(s.plain)), None)
        if gaps
        else None
    )
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
    return (
        not _negated(before) and not _DEFERS_CHOICE.search(before) and not _TAKEN_BACK.search(after)
    )


# A tool named and taken back at once: "I'd start with Pinecone and, actually, no, let me back up".
_TAKEN_BACK = _rx(
    r"^\W*(\w+\W+){0,3}?(actually,? no|no,? wait|let me back up|scratch that|wrong end|"
    r"on second thought)\b"
)


_DEFERS_CHOICE = _rx(
    r"\b(hold(ing)? off|wait(ing)? (on|with|before)|defer\w*|park\w*|before (i )?(pick|choos|"
    r"commit)\w*|(not|n't) (\w+ )?(going to )?(pick|choos|commit)\w*)\b"
)


def _tools_first(sentences: list[_Sentence]) -> _Sentence | None:
    """The sentence naming a tool before any requirement is asked about ("I wouldn't start
    with LangChain" names none: it is negated)."""
    tool = next((s for s in sentences if _names_tool(s)), None)
    requirement = _first(_REQUIREMENT, sentences)
    if tool is None:
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


def _names_researchers(sentence: _Sentence) -> bool:
    return re.search(rf"\b{_RESEARCHERS}", sentence.plain, re.IGNORECASE) is not None


def _compares_to_researchers(sentence: _Sentence, before: _Sentence | None = None) -> bool:
    """A sentence that measures the speaker against researchers, named in it or in the sentence
    before it ("those guys"), unless it says the speaker is not competing with them."""
    if _NOT_COMPETING.search(sentence.plain) and not _REGRET.search(sentence.plain):
        return False
    if _names_researchers(sentence):
        return bool(_COMPARISON.search(sentence.plain))
    return (
        before is not None
        and _names_researchers(before)
        and _COMPARISON_BACK.search(sentence.plain) is not None
    )


def _says(kind: str, sentence: _Sentence, before: _Sentence | None = None) -> bool:
    if kind == "comparing-to-researchers":
        return _compares_to_researchers(sentence, before)
    if kind == "ai-is-hot" and _DISAVOWAL.search(sentence.plain):
        return False
    return _unnegated(MISTAKE_PATTERNS[kind], sentence.plain) is not None


# Tools chosen and a use looked for afterwards, in any answer: "I picked CrewAI and Pinecone
# first and then looked around for something to build with them".
_USE_FOUND_FOR_TOOLS = _rx(
    r"\blook\w* (around )?for (something|a problem|a use case|an idea|stuff)( \w+){0,2} to "
    r"(build|solve|use|do|point (it|them) at|apply (it|them) to)\b|"
    r"\bstarted (from|with) the (\w+ )?stack\b|"
    r"\b(picked|chose|grabbed|set up)\b[^.]*?"
    + TOOL.pattern
    + r"[^.]*\b(and )?then (i )?(built|made|"
    r"went looking)\b|\b(then|and) (i )?(thought|figured) (about |out )?what to build\b|"
    r"\blook\w* (around )?for a use case\b|\bwhat (can|could|should) i build with (this|it|them)\b|"
    r"\b(grabbed|picked|chose|used|went with|started with)\b[^.]*\b(whole|entire|trendiest|latest|"
    r"modern|hottest) (\w+ )?stack\b"
)


def find_mistakes(request: CoachRequest, sentences: list[_Sentence]) -> list[Mistake]:
    found: list[Mistake] = []
    apology = _apologises(request, sentences)
    if apology is not None:
        found.append(Mistake("apologising-for-background", apology.text))
    for kind in (*MISTAKE_PATTERNS, "comparing-to-researchers"):
        sentence = next(
            (s for s in sentences if _says(kind, s, sentences[s.index - 1] if s.index else None)),
            None,
        )
        if sentence is not None:
            found.append(Mistake(kind, sentence.text))
    tool = _tools_first(sentences) if is_system_design(request) else None
    tool = tool or _first(_USE_FOUND_FOR_TOOLS, sentences)
    if tool is not None:
        found.append(Mistake("tools-before-requirements", tool.text))
    return found


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
        "production_problem": "Before picking components: what latency budget, corpus updates and "
        "failure behaviour would you ask about?",
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
# The scenario of a question without a category, from its words.
_SCENARIO_OF_QUESTION: list[tuple[str, re.Pattern[str]]] = [
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


def follow_up_point(request: CoachRequest, follow_up: str | None) -> str | None:
    """The framework point a rule coach's follow-up asks about; None for any other question."""
    asked = _FOLLOW_UPS.get(scenario_of(request), _FOLLOW_UPS[None])
    return next((point for point, question in asked.items() if question == follow_up), None)


def follow_up_for(request: CoachRequest, framework: dict[str, FrameworkScore]) -> str:
    """The interviewer's next question: on the answer's weakest framework point, asked the way
    the question's scenario would ask it (the generic wording where the scenario is unknown)."""
    weakest = min(FRAMEWORK_POINTS, key=lambda name: framework[name].score)
    return _FOLLOW_UPS.get(scenario_of(request), _FOLLOW_UPS[None])[weakest]


# --- the coach --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Judged:
    """An answer with the coach's judgments of it, for the rubric checks."""

    request: CoachRequest
    sentences: list[_Sentence]
    framework: dict[str, FrameworkScore]
    mistakes: frozenset[str]

    def any(self, pattern: re.Pattern[str]) -> bool:
        return any(pattern.search(s.plain) for s in self.sentences)

    def count(self, pattern: re.Pattern[str]) -> int:
        return sum(bool(pattern.search(s.plain)) for s in self.sentences)

    def both(self, first: re.Pattern[str], second: re.Pattern[str]) -> bool:
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
    r"reviews|comments|complaints|voice notes)\b"
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
    r"top (three|five|ten|\d+)|a/?b test\w*|(tested|measured) (it )?on)\b"
)
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
    rf"{_DIGIT_WORD} point ({_DIGIT_WORD}|{_TENS})( {_DIGIT_WORD})?|{_TENS}(-\w+)?( percent)?|"
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
_RETRIEVAL = _rx(
    r"\b(vectors?|rerank\w*|hybrid|bm25|similarity|retriev\w*|keyword search|top (\w+)|"
    r"pinecone|qdrant|weaviate|chroma(db)?|faiss|milvus|pgvector|elasticsearch|opensearch)\b"
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


def _problem_driven(a: _Judged) -> bool:
    return a.names_problem() and "ai-is-hot" not in a.mistakes


def _unstructured_examples(a: _Judged) -> bool:
    return a.names_problem() and a.count(_UNSTRUCTURED) >= 1


def _production_not_demos(a: _Judged) -> bool:
    """Production as what the speaker builds for, not as a place not reached yet ("I'm still
    figuring out how to get it into production")."""
    return any(
        _unnegated(_PRODUCTION, s.plain) and not _NOT_YET.search(s.plain) for s in a.sentences
    )


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
        _EVAL_FIGURE.search(s.plain) and _NUMBER.search(s.plain) and not _WOULD_HAVE.search(s.plain)
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
    """The gap turns to a strength in production, said as such or shown by the rigor."""
    return a.does("honest_gaps") and (a.any(_PRODUCTION) or a.does("engineering_rigor"))


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
    """Retrieval proposed ("I wouldn't just jump to Pinecone" proposes none) and generation."""
    proposed = (
        s
        for s in a.sentences
        if _unnegated(_RETRIEVAL, s.plain) and (_names_tool(s) or not TOOL.search(s.plain))
    )
    return next(proposed, None) is not None and a.any(_GENERATION)


def _evaluation_and_alert(a: _Judged) -> bool:
    return a.any(_CHECKED) and a.any(_ALERT)


def _failure_modes(a: _Judged) -> bool:
    """Two failure modes or more, in sentences or in clauses of one ("if ...; if ...")."""
    return sum(bool(_FAILURE_MODE.search(c)) for s in a.sentences for c in s.clauses) >= 2


def _cost_per_query(a: _Judged) -> bool:
    return a.both(_COST_FIGURE, _NUMBER)


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
_RUBRIC_CHECKS: list[tuple[re.Pattern[str], Callable[[_Judged], bool]]] = [
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


# --- the word model, for what the rules missed ----------------------------------------------
# A framework point is not raised past a mistake found that says the opposite.
_CONTRADICTED_BY = {
    "production_problem": {"tools-before-requirements", "ai-is-hot"},
    "honest_gaps": {
        "apologising-for-background",
        "minimising-swe-experience",
        "overselling-ai",
        "comparing-to-researchers",
    },
}


def _model_mistakes(
    sentences: list[_Sentence], found: list[Mistake], model_found: set[str]
) -> list[Mistake]:
    """Mistakes the word model finds and the rules did not, each quoting its strongest sentence."""
    texts = [s.text for s in sentences]
    missed = sorted(model_found & set(MISTAKE_KINDS) - {m.kind for m in found})
    return [
        Mistake(kind, texts[shipped_model().strongest(kind, texts)], by_word_model=True)
        for kind in missed
        if texts
    ]


def _model_points(
    sentences: list[_Sentence],
    framework: dict[str, FrameworkScore],
    mistakes: list[Mistake],
    model_found: set[str],
) -> dict[str, FrameworkScore]:
    """Framework points the rules scored below 3 and the word model finds, scored 3."""
    kinds = {m.kind for m in mistakes}
    raised = {}
    for name, score in framework.items():
        if score.score >= 3 or not sentences or name not in model_found:
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


def rule_feedback(
    request: CoachRequest, fallback_reason: str | None = None, word_model: bool = True
) -> Feedback:
    """The rule coach's feedback on one answer (deterministic, offline): the rules, and the word
    model for what they missed and for the points it doubts, unless word_model is False."""
    sentences = _sentences(request.transcript)
    mistakes = find_mistakes(request, sentences)
    model_found, model_doubted = (
        shipped_model().judge(request.transcript, FRAMEWORK_POINTS)
        if word_model
        else (set(), set())
    )
    mistakes += _model_mistakes(sentences, mistakes, model_found)
    framework = {
        "production_problem": score_production_problem(request, sentences),
        "engineering_rigor": score_engineering_rigor(sentences),
        "business_impact": score_business_impact(sentences),
        "honest_gaps": score_honest_gaps(request, sentences, mistakes),
    }
    framework |= _model_points(sentences, framework, mistakes, model_found)
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
        rewrites=tuple(make_rewrites(mistakes)),
        follow_up=follow_up_for(request, framework),
        fallback_reason=fallback_reason,
    )
