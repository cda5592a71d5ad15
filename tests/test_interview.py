"""The mock interview without sound: the plan (questions with and without a job posting, the
rubric order, the company in the design question, the length), the follow-up policy, the
flow of questions and follow-ups through the drill, and Ctrl-C."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.conftest import run_cli
from voice_interviewer.practice.drill import Drill, DrillOptions, Flow, Turn, _follow_up
from voice_interviewer.practice.interview import (
    FOLLOW_UP_LIMIT_S,
    INTERVIEW_ORDER,
    JobPosting,
    JobPostingError,
    asked_before,
    company_of,
    content_words,
    goes_on,
    plan_interview,
    read_posting,
    reorder_rubric,
    set_company,
)
from voice_interviewer.questions import Question, QuestionBankError, load_questions
from voice_interviewer.views import drill_view

POSTING = """\
Senior AI Engineer
Company: Northwind Health

About Northwind Health
Northwind Health builds software that helps hospitals and clinics. Our clinicians spend hours
reading clinical notes; we are building LLM features that summarise patient records and answer
questions from medical guidelines.

What you will do
- Design and ship retrieval augmented generation (RAG) pipelines over clinical documents.
- Build evaluation and monitoring for LLM features in production.
- Work with our research scientists to move models from notebooks to production.
"""


def posting(text: str, tmp_path: Path) -> JobPosting:
    path = tmp_path / "posting.txt"
    path.write_text(text, encoding="utf-8")
    return read_posting(path)


def question(qid: str, category: str, text: str, rubric: tuple[str, ...] = ("point",)) -> Question:
    return Question(qid, category, text, 60, rubric)


def scenario_bank(*extra: Question) -> list[Question]:
    """One plain question per scenario, then extra ones."""
    plain = [question(f"{c}-1", c, f"A {c} question?") for c in INTERVIEW_ORDER]
    return [*plain, *extra]


# --- choosing the questions ------------------------------------------------------------------


def test_content_words_fold_plurals_and_drop_stopwords() -> None:
    assert content_words("The documents and a Document, with RAG pipelines!") == {
        "document",
        "rag",
        "pipeline",
    }


def test_without_a_posting_each_scenario_first_question_in_interview_order() -> None:
    plan = plan_interview(load_questions())
    picked = [p.question for p in plan.questions]
    assert [q.category for q in picked] == list(INTERVIEW_ORDER)
    assert [q.id for q in picked] == ["why-01", "ml-01", "design-01", "weakness-01", "portfolio-01"]
    assert all(p.shared == () for p in plan.questions)
    bank = {q.id: q for q in load_questions()}
    assert all(q == bank[q.id] for q in picked)  # untouched: rubric order and company


def test_the_interview_lasts_20_to_30_minutes_with_follow_ups(tmp_path: Path) -> None:
    for job in (None, posting(POSTING, tmp_path)):
        plan = plan_interview(load_questions(), job)
        mains = sum(p.question.time_limit for p in plan.questions)
        assert plan.answer_time_s() == mains + 5 * 2 * FOLLOW_UP_LIMIT_S
        assert 20 <= plan.minutes() <= 30
    assert plan_interview(load_questions(), count=3, follow_ups=1).answer_time_s(10) == 60


def test_a_posting_picks_the_questions_that_share_its_rarer_words(tmp_path: Path) -> None:
    plan = plan_interview(load_questions(), posting(POSTING, tmp_path))
    ids = [p.question.id for p in plan.questions]
    assert ids[2] == "design-04"  # clinical notes for a hospital, not the bank's first
    assert ids[1] == "ml-05"  # working with research scientists
    design = plan.questions[2]
    assert {"clinical", "hospital", "patient", "note"} <= set(design.shared)
    assert design.question.text.startswith(
        "Design a system that summarises clinical notes for Northwind Health, so a doctor"
    )


def test_a_tie_keeps_the_bank_order_and_a_rarer_word_outweighs_common_ones(
    tmp_path: Path,
) -> None:
    tied = question("design-x", "system-design", "Design a search for a retail bank.")
    later = question("design-y", "system-design", "Design a search for a retail bank.")
    bank = scenario_bank(tied, later)
    bank.remove(bank[2])  # no plain system-design question
    plan = plan_interview(bank, posting("We build search for a retail bank.", tmp_path))
    assert plan.questions[2].question.id == "design-x"

    common = ("production latency cost",)
    generic = question("design-g", "system-design", "Design for production latency cost.", common)
    specific = question("design-s", "system-design", "Design contract review.", common)
    bank = [q for q in scenario_bank() if q.category != "system-design"] + [generic, specific]
    # "production latency cost" is in both questions (1/2 each), "contract" in one (1).
    job = posting("Production latency and cost matter. We read every contract.", tmp_path)
    chosen = plan_interview(bank, job).questions[2]
    assert chosen.question.id == "design-s"
    assert chosen.shared[0] == "contract"  # the rarest first


def test_the_rubric_points_the_posting_stresses_come_first(tmp_path: Path) -> None:
    rubric = ("names a metric", "asks about latency and cost", "mentions clinical safety review")
    job = posting("Clinical safety review of every summary; latency matters.", tmp_path)
    assert reorder_rubric(rubric, job) == (
        "mentions clinical safety review",  # 3 shared words
        "asks about latency and cost",  # 1
        "names a metric",  # 0: keeps its place after them
    )
    unrelated = posting("Gardening and pottery.", tmp_path)
    assert reorder_rubric(rubric, unrelated) == rubric
    plan = plan_interview(load_questions(), posting(POSTING, tmp_path))
    design = plan.questions[2].question
    bank = {q.id: q for q in load_questions()}["design-04"]
    assert sorted(design.rubric) == sorted(bank.rubric) and design.rubric != bank.rubric


def test_too_few_scenarios_in_the_bank_is_an_error() -> None:
    bank = [q for q in load_questions() if q.category != "biggest-weakness"]
    with pytest.raises(QuestionBankError, match="no biggest-weakness question"):
        plan_interview(bank)
    assert len(plan_interview(bank, count=3).questions) == 3  # not needed before the fourth


# --- the company in the design question ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "found_by"),
    [
        ("Company: Acme Robotics\nWe build robots.", "Acme Robotics", "the line"),
        ("employer :  Fintrust Bank  \n", "Fintrust Bank", "the line"),
        ("Senior engineer\n\nAbout the role\nStuff.\n\n## About Lumen Labs\nWe...", "Lumen Labs",
         "the heading"),
        ("We are hiring. At Orbit we ship fast; Orbit engineers use Python and Python tools.",
         "Orbit", "the name it uses most (2 times)"),
    ],
)  # fmt: skip
def test_the_company_is_found_in_the_posting(text: str, name: str, found_by: str) -> None:
    company = company_of(text)
    assert company is not None
    assert company.name == name
    assert company.found_by.startswith(found_by)


@pytest.mark.parametrize(
    "text",
    [
        "About us\nWe build things. We like Python.",
        "Python and Kubernetes. Python again, Kubernetes again.",  # technology, not employers
        "Once in a while Acme appears.",  # once is not enough
    ],
)
def test_no_company_is_made_up(text: str) -> None:
    assert company_of(text) is None


def test_the_design_question_keeps_the_banks_company_when_the_posting_names_none(
    tmp_path: Path,
) -> None:
    job = posting("We build document search over policies for branch staff.", tmp_path)
    assert job.company is None
    design = plan_interview(load_questions(), job).questions[2].question
    assert design.company is not None and design.company in design.text


def test_set_company_replaces_the_banks_example_company_only() -> None:
    bank = Question("d", "system-design", "Design it for a retail bank.", 60, ("p",), 3, "a bank")
    assert set_company(bank, "Acme") == bank  # "a bank" is not in the text as written
    retail = Question("d", "system-design", "Design it for a retail bank.", 60, ("p",), 3,
                      "a retail bank")  # fmt: skip
    assert set_company(retail, "Acme").text == "Design it for Acme."
    plain = Question("d", "system-design", "Design the monitoring.", 60, ("p",))
    assert set_company(plain, "Acme") == plain


# --- the job posting file --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such job posting file"),
        ("", "has no text in it"),
        ("  \n\t\n", "has no text in it"),
        (b"\xff\xfe\x00binary", "is not a UTF-8 text file"),
    ],
)
def test_a_bad_posting_is_one_line_and_exit_2(
    tmp_path: Path, content: str | bytes | None, message: str
) -> None:
    path = tmp_path / "posting.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(JobPostingError, match=message):
        read_posting(path)
    result = run_cli("interview", "--job", str(path), "--no-voice")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Mock interview" not in result.stdout


def test_a_folder_as_posting_is_one_line(tmp_path: Path) -> None:
    result = run_cli("interview", "--job", str(tmp_path))
    assert result.returncode == 2 and "is a folder, not a job posting" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["--questions", "0"], ["--questions", "6"], ["--follow-ups", "3"], ["--follow-ups", "x"]],
)
def test_counts_out_of_range_are_refused(args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_cli("interview", *args)
    assert exit_.value.code == 2


# --- the follow-up policy --------------------------------------------------------------------

MAIN = question("why-01", "why-ai-engineering", "Why AI?")


def follow_up(*earlier: str, text: str = "What did it cost?") -> Turn:
    asked = question("why-01-follow-up", "why-ai-engineering", text, ())
    return Turn(asked, MAIN, 1, earlier)


def test_the_interview_follows_up_at_most_twice_per_question() -> None:
    after = goes_on(2)
    assert after(follow_up("Why AI?"), True, False) == "follow-up"
    assert after(follow_up("Why AI?", "How?"), True, False) == "follow-up"
    assert after(follow_up("Why AI?", "How?", "Who?"), True, False) == "next"
    assert after(follow_up("Why AI?", "How?", "Who?"), True, True) == "quit"
    assert goes_on(1)(follow_up("Why AI?", "How?"), True, False) == "next"
    assert goes_on(0)(follow_up("Why AI?"), True, False) == "next"


def test_no_follow_up_after_no_speech_none_proposed_or_one_already_asked() -> None:
    after = goes_on(2)
    assert after(follow_up("Why AI?"), False, False) == "next"
    assert after(None, True, False) == "next"
    assert after(None, True, True) == "quit"
    repeated = follow_up("Why AI?", "What did it cost?", text="What did it cost?")
    assert after(repeated, True, False) == "next"
    first = "Why did you choose to focus on improving keyword rules over language models?"
    nearly = "Why did you decide to focus on improving keyword rules over language models?"
    assert after(follow_up("Why AI?", first, text=nearly), True, False) == "next"
    other = "How did you know the new model was better than the keyword rules?"
    assert after(follow_up("Why AI?", first, text=other), True, False) == "follow-up"


def test_asked_before_compares_the_content_words() -> None:
    assert asked_before("What did it COST?", ["what did it cost?"])
    assert asked_before("Which metric did you track?", ["What metric did you track, then?"])
    assert not asked_before("Which metric did you track?", ["Who owned the rollout?"])
    assert not asked_before("What did it cost?", [])


def fake_attempt(path: Path, follow_up_text: str | None, heard: bool = True) -> Any:
    feedback = SimpleNamespace(follow_up=follow_up_text)
    return SimpleNamespace(
        review=SimpleNamespace(feedback=feedback) if heard else None,
        attempt_id=int(path.stem),
        recording=SimpleNamespace(path=path, device_lost=False),
    )


def test_a_follow_up_turn_knows_its_thread_depth_and_time_limit(tmp_path: Path) -> None:
    first = _follow_up(Turn(MAIN), fake_attempt(tmp_path / "7.wav", "How?"), 45)
    assert first is not None
    assert (first.main, first.follow_up_of, first.earlier, first.depth) == (
        MAIN,
        7,
        ("Why AI?",),
        1,
    )
    assert first.question.time_limit == 45
    second = _follow_up(first, fake_attempt(tmp_path / "8.wav", "Who?"))
    assert second is not None
    assert (second.follow_up_of, second.earlier, second.depth) == (7, ("Why AI?", "How?"), 2)
    assert second.question.time_limit == MAIN.time_limit
    assert _follow_up(Turn(MAIN), fake_attempt(tmp_path / "9.wav", "How?", heard=False)) is None


class ScriptedDrill(Drill):
    """A drill whose answers are scripted: (follow-up the coach proposes, speech heard), in
    order; KeyboardInterrupt where the script says "ctrl-c". Nothing is recorded or said."""

    def __init__(self, script: list[Any], flow: Flow, tmp_path: Path) -> None:
        super().__init__(DrillOptions(speak=False), None, None, None, flow)  # type: ignore[arg-type]
        self.script = script
        self.tmp_path = tmp_path
        self.asked: list[tuple[str, int, int, int]] = []

    def _attempt(self, turn: Turn, position: int, total: int, number: int) -> Any:
        step = self.script.pop(0)
        if step == "ctrl-c":
            raise KeyboardInterrupt
        self.asked.append((turn.question.text, position, total, turn.depth))
        proposed, heard = step
        return fake_attempt(self.tmp_path / f"{len(self.asked)}.wav", proposed, heard)

    def _show_scorecard(self) -> None:
        print("SCORECARD")


def interview_flow(transitions: dict[str, str] | None = None) -> Flow:
    return Flow(kind="interview", after_answer=goes_on(2), transitions=transitions or {})


def test_the_interview_goes_on_by_itself_through_questions_and_follow_ups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = [question(f"q{n}", "c", f"Q{n}?") for n in (1, 2, 3)]
    script = [
        ("F1a?", True), ("F1b?", True), ("F1c?", True),  # two follow-ups, then the next
        ("F2?", False),  # no speech: no follow-up
        ("F3?", True), ("F3?", True),  # the same follow-up again: not asked twice
    ]  # fmt: skip
    said = {"q1": "Welcome.", "q2": "Thanks. Now the second.", "q3": "Last one."}
    drill = ScriptedDrill(script, interview_flow(said), tmp_path)
    assert drill.run(questions) == 0
    assert drill.asked == [
        ("Q1?", 1, 3, 0),
        ("F1a?", 1, 3, 1),
        ("F1b?", 1, 3, 2),
        ("Q2?", 2, 3, 0),
        ("Q3?", 3, 3, 0),
        ("F3?", 3, 3, 1),
    ]
    assert drill.script == []
    shown = capsys.readouterr().out
    assert [line for line in shown.splitlines() if line.startswith("Interviewer:")] == [
        "Interviewer: Welcome.",
        "Interviewer: Thanks. Now the second.",
        "Interviewer: Last one.",
    ]
    assert shown.rstrip().endswith("SCORECARD")


def test_ctrl_c_mid_interview_says_where_the_finished_answers_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = [question(f"q{n}", "c", f"Q{n}?") for n in (1, 2)]
    drill = ScriptedDrill([("F1?", True), (None, True), "ctrl-c"], interview_flow(), tmp_path)
    with pytest.raises(KeyboardInterrupt):
        drill.run(questions)
    shown = capsys.readouterr().out
    assert f"Answers finished before the interruption (2), kept in {tmp_path} with" in shown
    assert f"  {tmp_path / '1.wav'}\n" in shown and f"  {tmp_path / '2.wav'}\n" in shown
    assert "SCORECARD" not in shown


def test_ctrl_c_before_any_answer_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drill = ScriptedDrill(["ctrl-c"], interview_flow(), tmp_path)
    with pytest.raises(KeyboardInterrupt):
        drill.run([MAIN])
    assert "No answer was finished before the interruption." in capsys.readouterr().out


def test_transitions_open_the_interview_and_vary_by_scenario() -> None:
    plan = plan_interview(load_questions())
    said = plan.transitions()
    assert list(said) == [p.question.id for p in plan.questions]
    first = said["why-01"]
    assert first.startswith("Welcome to your mock interview: 5 questions, up to about ")
    assert f"{plan.minutes()} minutes" in first
    assert "system design" in said["design-01"]
    assert len(set(said.values())) == 5
    assert all(len(line.split()) <= 25 for line in said.values())


def scored(qid: str | None, score: int | None, follow_up_of: int | None = None) -> Any:
    summary = SimpleNamespace(
        question_id=qid,
        mean_score=score,
        is_follow_up=follow_up_of is not None,
    )
    return SimpleNamespace(summary=summary)


def test_the_scorecard_ends_with_the_question_to_practise_next(
    capsys: pytest.CaptureFixture[str],
) -> None:
    card: Any = SimpleNamespace(
        answers=[scored("why-01", 3), scored(None, 1, 1), scored("ml-01", 2), scored("d-1", 2)]
    )
    drill_view.show_practise_next(card)
    assert capsys.readouterr().out == (
        "Practise next: ml-01 (framing 2.0 of 5, your lowest): "
        "voice-interviewer drill --question ml-01\n"
    )
    drill_view.show_practise_next(SimpleNamespace(answers=[scored("why-01", None)]))  # type: ignore[arg-type]
    assert capsys.readouterr().out == ""
