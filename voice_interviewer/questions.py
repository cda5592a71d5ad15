"""The question bank: prompts/questions/*.toml, one file per category, plus the user's own.

A bank file looks like this (every key is required unless marked optional):

    category = "why-ai-engineering"      # kebab-case, the same for every question in the file
    title = "Why move from SWE to AI engineering"
    scenario = 1                          # optional: the guide's script number (1-5)

    [[questions]]
    id = "why-01"                         # unique across all banks
    text = "Why are you moving from software engineering to AI engineering?"
    time_limit = 120                      # seconds
    rubric = [                            # points a good answer hits (used by the coach)
        "names a concrete production problem that traditional approaches could not solve",
    ]
    company = "a fintech"                 # optional: the company variant of a question
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


from voice_interviewer.errors import VoiceInterviewerError
from voice_interviewer.resources import PROMPTS_DIR

BANK_DIR = PROMPTS_DIR / "questions"
KEBAB_CASE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class QuestionBankError(VoiceInterviewerError):
    """A question bank file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class Question:
    id: str
    category: str
    text: str
    time_limit: int
    rubric: tuple[str, ...]
    scenario: int | None = None
    company: str | None = None


def _required(table: dict, key: str, kind: type, where: str):
    value = table.get(key)
    blank = value == [] or (isinstance(value, str) and not value.strip())
    if not isinstance(value, kind) or isinstance(value, bool) or blank:
        raise QuestionBankError(f"{where}: '{key}' is missing, empty or not {kind.__name__}")
    return value


def _optional(table: dict, key: str, kind: type, where: str):
    """An optional key's value or None; a value of the wrong type is an error, not ignored."""
    if key not in table:
        return None
    return _required(table, key, kind, where)


def _parse_question(
    entry: dict, category: str, scenario: int | None, path: Path, number: int
) -> Question:
    where = f"{path}, question #{number}"
    if not isinstance(entry, dict):
        raise QuestionBankError(f"{where}: each [[questions]] entry must be a table")
    qid = _required(entry, "id", str, where)
    where = f"{path}, question {qid}"
    rubric = _required(entry, "rubric", list, where)
    if not all(isinstance(point, str) and point.strip() for point in rubric):
        raise QuestionBankError(f"{where}: 'rubric' must be a list of non-empty strings")
    time_limit = _required(entry, "time_limit", int, where)
    if time_limit <= 0:
        raise QuestionBankError(f"{where}: 'time_limit' must be a positive number of seconds")
    company = _optional(entry, "company", str, where)
    return Question(
        id=qid,
        category=category,
        text=_required(entry, "text", str, where).strip(),
        time_limit=time_limit,
        rubric=tuple(rubric),
        scenario=scenario,
        company=company,
    )


def load_bank_file(path: Path) -> list[Question]:
    """The questions of one bank file; QuestionBankError names the file and the problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QuestionBankError(f"{path}: no such question bank file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise QuestionBankError(f"cannot read the question bank {path}: {exc}") from None
    category = _required(data, "category", str, str(path))
    if not KEBAB_CASE.fullmatch(category):
        raise QuestionBankError(
            f"{path}: category {category!r} must be kebab-case, such as 'system-design'"
        )
    _required(data, "title", str, str(path))
    scenario = _optional(data, "scenario", int, str(path))
    entries = data.get("questions")
    if not isinstance(entries, list) or not entries:
        raise QuestionBankError(f"{path}: no [[questions]] in it")
    return [
        _parse_question(entry, category, scenario, path, number)
        for number, entry in enumerate(entries, start=1)
    ]


def _bank_files(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    files = sorted(path.glob("*.toml"))
    if not files:
        raise QuestionBankError(f"{path}: a question bank folder with no *.toml files in it")
    return files


def load_questions(extra_banks: Iterable[Path] = ()) -> list[Question]:
    """The built-in bank and any user banks (files or folders), ids unique across all."""
    questions: list[Question] = []
    seen: dict[str, Path] = {}
    for bank in [BANK_DIR, *extra_banks]:
        for path in _bank_files(bank):
            for question in load_bank_file(path):
                if question.id in seen:
                    raise QuestionBankError(
                        f"{path}: question id {question.id!r} is already used "
                        f"in {seen[question.id]}"
                    )
                seen[question.id] = path
                questions.append(question)
    return questions


def find_question(questions: Iterable[Question], question_id: str) -> Question:
    by_id = {q.id: q for q in questions}
    if question_id not in by_id:
        raise QuestionBankError(
            f"no question with id {question_id!r}; `voice-interviewer questions` lists them"
        )
    return by_id[question_id]


def select_questions(
    questions: list[Question],
    category: str | None = None,
    question_id: str | None = None,
    count: int | None = None,
    shuffle: bool = False,
    rng: random.Random | None = None,
) -> list[Question]:
    """The questions of one drill, in the order they are asked."""
    if question_id:
        return [find_question(questions, question_id)]
    chosen = list(questions)
    if category:
        chosen = [q for q in questions if q.category == category]
        if not chosen:
            known = ", ".join(sorted({q.category for q in questions}))
            raise QuestionBankError(f"no questions in category {category!r}; categories: {known}")
    if shuffle:
        (rng or random.Random()).shuffle(chosen)
    return chosen[:count] if count else chosen


def resolve_question(
    question_id: str | None, question_text: str | None
) -> tuple[Question | None, str | None]:
    """The bank question (for its rubric) and the question text, from --question-id/--question.

    A --question text that is a bank question's text, case aside, brings that question's rubric.
    """
    if question_id:
        question = find_question(load_questions(), question_id)
        return question, question.text
    if question_text:
        wanted = question_text.strip().casefold()
        for question in load_questions():
            if question.text.casefold() == wanted:
                return question, question.text
    return None, question_text
