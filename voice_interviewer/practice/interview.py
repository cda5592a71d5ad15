"""The mock interview: one question from each of the guide's scenarios, in the order a real
interviewer asks them, with up to two follow-ups per question, short spoken transitions and a
scorecard at the end. It runs on the drill's machinery (drill.py) with a flow that goes on by
itself instead of asking the person what next.

A job posting (plain text) tailors it, in ways that can be checked by hand:

- per scenario, the bank question whose text and rubric share the most content words with the
  posting (ties: the bank's order, so without a posting each scenario's first question);
- each question's rubric, the points the posting stresses (most shared words) first;
- the system-design question set at the posting's company, when the posting names it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

from voice_interviewer.analysis.tokens import STOPWORDS, words_set
from voice_interviewer.config import Settings
from voice_interviewer.errors import VoiceInterviewerError
from voice_interviewer.practice.drill import AfterAnswer, DrillOptions, Flow, Turn, run_drill
from voice_interviewer.questions import Question, QuestionBankError
from voice_interviewer.views import drill_view

# The guide's scenarios in the order an interviewer asks them: motivation, experience, a system
# design, a weakness, a project.
INTERVIEW_ORDER = (
    "why-ai-engineering",
    "ml-experience",
    "system-design",
    "biggest-weakness",
    "portfolio-project",
)
MAX_FOLLOW_UPS = 2  # per question, as an interviewer who probes but moves on
FOLLOW_UP_LIMIT_S = 60  # a follow-up asks for one thing; a minute is enough to say it
ALIKE = 0.7  # a follow-up sharing this share of its words with one asked before is not asked

# What the interviewer says before each main question, by scenario; the first question's is
# the opening.
_TRANSITIONS = {
    "why-ai-engineering": "Let's start with what brings you here.",
    "ml-experience": "Thanks. Now a bit about your experience.",
    "system-design": "Thanks. Now a system design question. Take a moment before you start.",
    "biggest-weakness": "Good. Let's step back from the technical side for a moment.",
    "portfolio-project": "Thanks. To finish, let's talk about something you have built.",
}
_NEXT = "Thanks. Next question."

# Words that say nothing about what a posting or a question is about: the function words
# (analysis/tokens.py) and the words every posting and question is made of.
_STOPWORDS = STOPWORDS | words_set(
    "above after again being doing having few further hers him itself nor now off once "
    "ours own same through too until whom while yours yourself yourselves able ability "
    "across etc get like make need needs new one per plus strong two use used using way "
    "ways well within work working years year role roles team teams join joining looking "
    "candidate candidates company companies experience experienced skills skill "
    "responsibilities requirements required preferred bonus tell walk answer answers "
    "question questions says said"
)
# Capitalised words that are seldom the employer's name in a posting.
_NOT_A_COMPANY_TEXT = """
    About Ai Api Apis Aws Azure Bachelor Benefits Docker Engineer Engineering Gcp Google
    Java Javascript Kubernetes Linux Llm Llms Master Nice Our Postgres Python Pytorch
    Requirements Responsibilities Rust Senior Staff Terraform The This Typescript Us We What
    You Your"""
_NOT_A_COMPANY = frozenset(_NOT_A_COMPANY_TEXT.split())
_WORD = re.compile(r"[a-z][a-z0-9+#-]*[a-z0-9+#]|[a-z]")
_COMPANY_LINE = re.compile(
    r"^\s*(?:company|employer|organi[sz]ation)\s*:\s*(?P<name>[^\n]{2,60}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_ABOUT_LINE = re.compile(
    r"^\s*#*\s*About (?P<name>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})\s*:?\s*$", re.MULTILINE
)
_NAME = re.compile(r"\b[A-Z][a-z][\w&'-]*(?: [A-Z][a-z][\w&'-]*){0,2}")
_SENTENCE_START = re.compile(r"(^|[.!?:\n•*-])\s*$")


class JobPostingError(VoiceInterviewerError):
    """The job posting cannot be read or has no text."""


def content_words(text: str) -> set[str]:
    """The words of text that carry meaning: lower-cased, plurals folded ("documents" and
    "document" are one word), stopwords and one-letter words left out."""
    words = set()
    for word in _WORD.findall(text.lower()):
        if len(word) < 2 or word in _STOPWORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return words


@dataclass(frozen=True)
class Company:
    name: str
    found_by: str  # how it was found, for the plan: "the line 'Company: ...'"


@dataclass(frozen=True)
class JobPosting:
    path: Path
    words: frozenset[str]
    company: Company | None


def company_of(text: str) -> Company | None:
    """The employer the posting names: a line "Company: NAME" (or Employer, Organisation), else
    a heading "About NAME", else the capitalised name it uses most often (at least twice, not
    at the start of a sentence, not a common technology word); None when nothing is found."""
    if line := _COMPANY_LINE.search(text):
        name = line["name"].strip(" .")
        return Company(name, f"the line {line.group(0).strip()!r}")
    for about in _ABOUT_LINE.finditer(text):
        name = about["name"].strip(" .")
        if name.split()[0] not in _NOT_A_COMPANY:
            return Company(name, f"the heading {about.group(0).strip()!r}")
    counts = Counter(_names(text))
    if counts:
        name, seen = counts.most_common(1)[0]
        if seen >= 2:
            return Company(name, f"the name it uses most ({seen} times)")
    return None


def _names(text: str) -> Iterable[str]:
    """Runs of up to three capitalised words, less a first word that starts a sentence, a line
    or a list item (where any word is capitalised), and with no common technology word."""
    for found in _NAME.finditer(text):
        before = text[max(0, found.start() - 3) : found.start()]
        words = found.group(0).split()
        if _SENTENCE_START.search(before):
            words = words[1:]
        if words and not set(words) & _NOT_A_COMPANY:
            yield " ".join(words)


def read_posting(path: Path) -> JobPosting:
    """The posting at path (UTF-8 text); JobPostingError says in one line why not."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise JobPostingError(f"{path}: no such job posting file") from None
    except IsADirectoryError:
        raise JobPostingError(f"{path} is a folder, not a job posting") from None
    except UnicodeDecodeError:
        raise JobPostingError(
            f"{path} is not a UTF-8 text file; save the posting as text"
        ) from None
    except OSError as exc:
        raise JobPostingError(f"{path}: cannot read it ({exc.strerror})") from None
    words = content_words(text)
    if not words:
        raise JobPostingError(f"{path} has no text in it; paste the job posting into it")
    return JobPosting(path, frozenset(words), company_of(text))


def _question_words(question: Question) -> set[str]:
    return content_words(" ".join((question.text, *question.rubric)))


def shared_words(
    candidates: Sequence[Question], posting: JobPosting
) -> list[tuple[Fraction, tuple[str, ...]]]:
    """Per question of one scenario, its score and the content words (of its text and rubric)
    it shares with the posting, the rarest in the scenario first.

    A shared word counts 1/n, n being how many of the scenario's questions have it: words that
    every question of the scenario has ("ai", "production") choose nothing, words only one has
    ("clinical", "contract") choose it.
    """
    words = [_question_words(q) for q in candidates]
    spread = Counter(word for found in words for word in found)
    scored = []
    for found in words:
        shared = sorted(found & posting.words, key=lambda w: (spread[w], w))
        scored.append((sum((Fraction(1, spread[w]) for w in shared), Fraction(0)), tuple(shared)))
    return scored


def reorder_rubric(rubric: Sequence[str], posting: JobPosting) -> tuple[str, ...]:
    """The rubric with the points that share the most words with the posting first; points
    that share as many keep their order."""
    order = sorted(range(len(rubric)), key=lambda i: -len(content_words(rubric[i]) & posting.words))
    return tuple(rubric[i] for i in order)


def set_company(question: Question, name: str) -> Question:
    """The question asked for the posting's company instead of the bank's example company
    ("for a retail bank" becomes "for Acme Health"); unchanged when it names none."""
    if not question.company or question.company not in question.text:
        return question
    return replace(question, text=question.text.replace(question.company, name, 1), company=name)


@dataclass(frozen=True)
class PlannedQuestion:
    question: Question  # as it is asked: tailored to the posting, when there is one
    shared: tuple[str, ...]  # the posting's words that chose it, the rarest first (or none)


def choose_question(candidates: Sequence[Question], posting: JobPosting | None) -> PlannedQuestion:
    """Of one scenario's questions, the one that shares the most with the posting (the highest
    score of shared_words; the first in the bank on a tie, and without a posting), tailored to
    the posting."""
    if posting is None:
        return PlannedQuestion(candidates[0], ())
    scored = shared_words(candidates, posting)
    best = max(range(len(candidates)), key=lambda i: scored[i][0])  # max keeps the first
    tailored = replace(candidates[best], rubric=reorder_rubric(candidates[best].rubric, posting))
    if tailored.category == "system-design" and posting.company is not None:
        tailored = set_company(tailored, posting.company.name)
    return PlannedQuestion(tailored, scored[best][1])


@dataclass(frozen=True)
class InterviewPlan:
    questions: tuple[PlannedQuestion, ...]
    follow_ups: int  # at most, per question
    follow_up_limit_s: int
    posting: JobPosting | None

    def answer_time_s(self, time_limit_s: float | None = None) -> float:
        """The most time the answers can take: every question and follow-up to its limit."""
        mains = sum(time_limit_s or p.question.time_limit for p in self.questions)
        follow_up = time_limit_s or self.follow_up_limit_s
        return mains + len(self.questions) * self.follow_ups * follow_up

    def minutes(self, time_limit_s: float | None = None) -> int:
        return round(self.answer_time_s(time_limit_s) / 60)

    def transitions(self, time_limit_s: float | None = None) -> dict[str, str]:
        """What is said before each main question: the opening with the first, then a short
        line per scenario."""
        said = {p.question.id: _TRANSITIONS.get(p.question.category, _NEXT) for p in self.questions}
        if self.questions:
            first = self.questions[0].question
            opening = self.opening(time_limit_s)
            said[first.id] = f"{opening} {_TRANSITIONS.get(first.category, '')}".strip()
        return said

    def opening(self, time_limit_s: float | None = None) -> str:
        count = len(self.questions)
        questions = f"{count} question{'s' * (count != 1)}"
        return (
            f"Welcome to your mock interview: {questions}, "
            f"up to about {self.minutes(time_limit_s)} minutes."
        )


def plan_interview(
    bank: Iterable[Question],
    posting: JobPosting | None = None,
    count: int | None = None,
    follow_ups: int = MAX_FOLLOW_UPS,
) -> InterviewPlan:
    """The interview's questions, one per scenario in INTERVIEW_ORDER (the first count)."""
    by_category: dict[str, list[Question]] = {}
    for question in bank:
        by_category.setdefault(question.category, []).append(question)
    scenarios = INTERVIEW_ORDER[:count]
    missing = [c for c in scenarios if c not in by_category]
    if missing:
        raise QuestionBankError(f"the question bank has no {', '.join(missing)} question")
    chosen = tuple(choose_question(by_category[c], posting) for c in scenarios)
    return InterviewPlan(chosen, follow_ups, FOLLOW_UP_LIMIT_S, posting)


def asked_before(question: str, earlier: Iterable[str]) -> bool:
    """Whether question is one of earlier, or nearly: at least ALIKE of the content words of
    the two, together, are in both (a model asks "Why did you choose..." and then "Why did
    you decide..." with the rest the same)."""
    words = content_words(question)
    for before in earlier:
        theirs = content_words(before)
        together = words | theirs
        if question.strip().lower() == before.strip().lower():
            return True
        if together and len(words & theirs) >= ALIKE * len(together):
            return True
    return False


def goes_on(max_follow_ups: int) -> AfterAnswer:
    """The interview's AfterAnswer: the coach's follow-up while the thread has had fewer than
    max_follow_ups, the answer had speech and the follow-up is not (nearly) one already asked
    in the thread; otherwise the next main question (or the end)."""

    def after_answer(follow_up: Turn | None, heard: bool, last: bool) -> str:
        if (
            heard
            and follow_up is not None
            and follow_up.depth <= max_follow_ups
            and not asked_before(follow_up.question.text, follow_up.earlier)
        ):
            return "follow-up"
        return "quit" if last else "next"

    return after_answer


def run_interview(plan: InterviewPlan, options: DrillOptions, settings: Settings) -> int:
    """Run the planned interview (the plan is shown first) and end with the scorecard."""
    drill_view.show_plan(plan, options.time_limit_s)
    flow = Flow(
        kind="interview",
        after_answer=goes_on(plan.follow_ups),
        transitions=plan.transitions(options.time_limit_s),
    )
    options = replace(options, follow_up_limit_s=plan.follow_up_limit_s)
    return run_drill([p.question for p in plan.questions], options, settings, flow=flow)
