"""The question bank: the bundled prompts/questions/*.toml and the loader's error paths."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from voice_interviewer.questions import (
    BANK_DIR,
    QuestionBankError,
    find_question,
    load_bank_file,
    load_questions,
)

# The guide's five scenarios, by the category id that carries each.
SCENARIO_CATEGORIES = {
    1: "why-ai-engineering",
    2: "ml-experience",
    3: "system-design",
    4: "biggest-weakness",
    5: "portfolio-project",
}
BANK_FILES = sorted(BANK_DIR.glob("*.toml"))

VALID_BANK = """\
category = "my-bank"
title = "My own questions"
scenario = 2

[[questions]]
id = "mine-01"
text = "Tell me about yourself."
time_limit = 60
rubric = ["says what they build", "says what they want next", "keeps it under a minute"]
company = "a start-up"
"""


def write_bank(folder: Path, text: str = VALID_BANK, name: str = "mine.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def without_line(key: str) -> str:
    """VALID_BANK with the line that sets `key` removed."""
    lines = [line for line in VALID_BANK.splitlines() if not line.startswith(f"{key} =")]
    assert len(lines) == len(VALID_BANK.splitlines()) - 1, key
    return "\n".join(lines) + "\n"


def with_line(key: str, value: str) -> str:
    """VALID_BANK with the line that sets `key` replaced by `key = value`."""
    text, count = re.subn(rf"^{key} = .*$", f"{key} = {value}", VALID_BANK, flags=re.M)
    assert count == 1, key
    return text


def bank_error(path: Path) -> str:
    with pytest.raises(QuestionBankError) as caught:
        load_bank_file(path)
    message = str(caught.value)
    assert str(path) in message, f"the error does not name the file: {message}"
    assert "\n" not in message
    return message


# --- the bundled bank -----------------------------------------------------------------------


def test_there_is_one_file_per_category_and_each_parses() -> None:
    assert BANK_FILES, f"no question bank files in {BANK_DIR}"
    for path in BANK_FILES:
        questions = load_bank_file(path)
        assert {q.category for q in questions} == {path.stem}, path


def test_ids_are_unique_and_numbered_after_their_category() -> None:
    questions = load_questions()
    assert len({q.id for q in questions}) == len(questions)
    for path in BANK_FILES:
        ids = [q.id for q in load_bank_file(path)]
        prefixes = {question_id.rsplit("-", 1)[0] for question_id in ids}
        assert len(prefixes) == 1, f"{path}: ids {ids} do not share one prefix"
        assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*-\d{2}", i) for i in ids), ids


def test_the_bank_holds_a_week_of_drills_for_every_scenario() -> None:
    questions = load_questions()
    assert len(questions) >= 40
    per_category = Counter(q.category for q in questions)
    for scenario, category in SCENARIO_CATEGORIES.items():
        assert per_category[category] >= 8, (category, per_category[category])
        assert {q.scenario for q in questions if q.category == category} == {scenario}


def test_every_question_has_a_rubric_and_a_time_limit() -> None:
    for question in load_questions():
        assert 3 <= len(question.rubric) <= 6, question.id
        assert len(set(question.rubric)) == len(question.rubric), question.id
        assert question.time_limit > 0, question.id


def test_question_text_can_be_spoken() -> None:
    """The text goes to TTS as is: no markup, brackets or template slots."""
    for question in load_questions():
        assert not re.search(r"[\[\]{}()<>*_#`/&]", question.text), question.id
        assert question.text[-1] in ".?", question.id


def test_system_design_has_company_variants_and_longer_answers() -> None:
    questions = load_questions()
    design = [q for q in questions if q.category == "system-design"]
    assert len({q.company for q in design if q.company}) >= 3
    longest_other = max(q.time_limit for q in questions if q.category != "system-design")
    assert min(q.time_limit for q in design) > longest_other


def test_find_question_by_id_and_unknown_id() -> None:
    questions = load_questions()
    assert find_question(questions, "why-01").category == "why-ai-engineering"
    with pytest.raises(QuestionBankError, match="no-such-id"):
        find_question(questions, "no-such-id")


# --- user banks ------------------------------------------------------------------------------


def test_a_user_file_adds_to_the_bundled_bank(tmp_path: Path) -> None:
    path = write_bank(tmp_path)
    questions = load_questions(extra_banks=[path])
    assert len(questions) == len(load_questions()) + 1
    mine = find_question(questions, "mine-01")
    assert mine.category == "my-bank"
    assert mine.scenario == 2
    assert mine.company == "a start-up"
    assert mine.time_limit == 60
    assert mine.rubric == (
        "says what they build",
        "says what they want next",
        "keeps it under a minute",
    )


def test_a_folder_of_banks_loads_every_toml_file_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    write_bank(folder, name="a.toml")
    second = VALID_BANK.replace("mine-01", "mine-02").replace("my-bank", "more-mine")
    write_bank(folder, second, name="b.toml")
    write_bank(folder, "not a bank", name="notes.txt")
    questions = load_questions(extra_banks=[folder])
    added = [q for q in questions if q.id.startswith("mine-")]
    assert [(q.id, q.category) for q in added] == [("mine-01", "my-bank"), ("mine-02", "more-mine")]


def test_optional_keys_may_be_left_out(tmp_path: Path) -> None:
    text = VALID_BANK.replace("scenario = 2\n", "").replace('company = "a start-up"\n', "")
    (question,) = load_bank_file(write_bank(tmp_path, text))
    assert question.scenario is None
    assert question.company is None


# --- error paths -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["category", "title", "id", "text", "time_limit", "rubric"])
def test_a_missing_key_is_named_with_the_file(tmp_path: Path, key: str) -> None:
    message = bank_error(write_bank(tmp_path, without_line(key)))
    assert f"'{key}'" in message


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("time_limit", '"two minutes"'),
        ("time_limit", "90.5"),
        ("time_limit", "true"),
        ("rubric", '"one long string"'),
        ("text", "42"),
        ("category", "7"),
        ("scenario", '"one"'),
        ("company", "5"),
    ],
)
def test_a_wrong_type_is_named_with_the_file(tmp_path: Path, key: str, value: str) -> None:
    message = bank_error(write_bank(tmp_path, with_line(key, value)))
    assert f"'{key}'" in message


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("time_limit", "0", "positive"),
        ("time_limit", "-30", "positive"),
        ("rubric", "[]", "empty"),
        ("rubric", '["fine", "  "]', "non-empty strings"),
        ("rubric", '["fine", 3]', "non-empty strings"),
        ("text", '"   "', "empty"),
        ("category", '"System Design"', "kebab-case"),
    ],
)
def test_a_bad_value_is_named_with_the_file(
    tmp_path: Path, key: str, value: str, problem: str
) -> None:
    message = bank_error(write_bank(tmp_path, with_line(key, value)))
    assert problem in message


def test_the_question_at_fault_is_named(tmp_path: Path) -> None:
    second = '\n[[questions]]\nid = "mine-02"\ntext = "And then?"\nrubric = ["a", "b", "c"]\n'
    message = bank_error(write_bank(tmp_path, VALID_BANK + second))
    assert "mine-02" in message and "'time_limit'" in message
    no_id = '\n[[questions]]\ntext = "And then?"\ntime_limit = 60\nrubric = ["a", "b", "c"]\n'
    message = bank_error(write_bank(tmp_path, VALID_BANK + no_id))
    assert "question #2" in message and "'id'" in message


def test_a_bank_without_questions_is_refused(tmp_path: Path) -> None:
    header = VALID_BANK.split("[[questions]]")[0]
    assert "no [[questions]]" in bank_error(write_bank(tmp_path, header))
    table = header + "[questions]\nid = 'mine-01'\n"
    assert "no [[questions]]" in bank_error(write_bank(tmp_path, table))


def test_unreadable_toml_names_the_file(tmp_path: Path) -> None:
    broken = write_bank(tmp_path, VALID_BANK.replace('title = "My own questions"', "title = "))
    assert "cannot read" in bank_error(broken)
    not_utf8 = tmp_path / "latin1.toml"
    not_utf8.write_bytes(VALID_BANK.replace("yourself", "yourself \xe9").encode("latin-1"))
    assert "cannot read" in bank_error(not_utf8)


def test_a_missing_user_bank_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(QuestionBankError, match="no such question bank file") as caught:
        load_questions(extra_banks=[path])
    assert str(path) in str(caught.value)


def test_a_folder_without_banks_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    write_bank(folder, "questions in the wrong format", name="bank.yaml")
    with pytest.raises(QuestionBankError, match=r"no \*\.toml files") as caught:
        load_questions(extra_banks=[folder])
    assert str(folder) in str(caught.value)


def test_a_user_id_that_clashes_with_the_bundled_bank_names_both_files(tmp_path: Path) -> None:
    path = write_bank(tmp_path, VALID_BANK.replace("mine-01", "why-01"))
    with pytest.raises(QuestionBankError, match="'why-01' is already used") as caught:
        load_questions(extra_banks=[path])
    assert str(path) in str(caught.value)
    assert str(BANK_DIR / "why-ai-engineering.toml") in str(caught.value)


def test_a_duplicate_id_across_a_folder_of_user_banks_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    first = write_bank(folder, name="a.toml")
    second = write_bank(folder, VALID_BANK.replace("my-bank", "other"), name="b.toml")
    with pytest.raises(QuestionBankError, match="'mine-01' is already used") as caught:
        load_questions(extra_banks=[folder])
    assert str(second) in str(caught.value) and str(first) in str(caught.value)
