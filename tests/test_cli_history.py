"""history, compare, export, import and delete as a user runs them; review keeps its results."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import fixture_audio, run_cli
from tests.store_samples import ANSWERS, sample_review
from tests.test_cli_review import assert_one_line_error
from voice_interviewer.cli import main
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS
from voice_interviewer.history.store import Store
from voice_interviewer.questions import Question

START = datetime(2026, 10, 1, 9, 0, tzinfo=timezone.utc)
WHY = Question("why-01", "why-ai-engineering", "Why move into AI engineering?", 120, ("x",))
DESIGN = Question("design-01", "system-design", "Design a support-ticket assistant", 300, ("x",))


def with_figures(review: dict, fillers_per_minute: float, score: int) -> dict:
    review["delivery"]["fillers_per_minute"] = fillers_per_minute
    for key in FRAMEWORK_POINTS:
        review["feedback"]["framework"][key]["score"] = score
    return review


def history_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["history", "--json", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- history ------------------------------------------------------------------------------


def test_history_of_an_empty_store_says_how_to_start(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert "No attempts yet" in capsys.readouterr().out
    assert history_json(capsys) == []


def test_history_of_hundreds_of_attempts_shows_trends_per_question(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Store.open() as store:
        for index in range(300):
            question = WHY if index % 2 == 0 else DESIGN
            attempt = index // 2
            # WHY improves steadily; DESIGN gets worse.
            fillers = 8 - attempt * 0.05 if question is WHY else 2 + attempt * 0.05
            score = min(5, 1 + attempt // 30) if question is WHY else max(1, 5 - attempt // 30)
            store.add_attempt(
                with_figures(sample_review(index), fillers, score),
                question=question,
                created_at=START + timedelta(hours=index),
            )
    rows = history_json(capsys)
    assert len(rows) == 300
    why = [row for row in rows if row["question_id"] == "why-01"]
    design = [row for row in rows if row["question_id"] == "design-01"]
    assert [row["attempt_number"] for row in why] == list(range(1, 151))
    assert why[0]["trend"] == "first"
    assert why[-1]["trends"]["fillers_per_minute"] == "better"
    assert why[-1]["trends"]["mean_score"] == "better"
    assert design[-1]["trends"]["fillers_per_minute"] == "worse"
    assert design[-1]["trends"]["mean_score"] == "worse"
    assert design[-1]["trend"] in ("worse", "mixed")  # pace and flags vary at random

    assert main(["history"]) == 0
    table = capsys.readouterr().out
    assert "300 of 300 attempts" in table
    assert "▲" in table and "▼" in table
    assert "why-01" in table


def test_history_filters_keep_trends_made_from_every_earlier_attempt(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Store.open() as store:
        for day in range(6):
            store.add_attempt(
                with_figures(sample_review(day), 6.0 - day, 2),
                question=WHY,
                created_at=START + timedelta(days=day),
            )
        store.add_attempt(sample_review(9), question=DESIGN, created_at=START)
    since = (START + timedelta(days=4)).astimezone().date().isoformat()
    rows = history_json(capsys, "--question", "why-01", "--since", since)
    assert [row["attempt_number"] for row in rows] == [5, 6]
    assert rows[0]["trends"]["fillers_per_minute"] == "better"
    by_words = history_json(capsys, "--question", "ai engineering")
    assert {row["question_id"] for row in by_words} == {"why-01"}
    assert main(["history", "--question", "nothing like it"]) == 0
    assert "No attempts match (7 in" in capsys.readouterr().out


def test_history_shows_a_follow_up_under_its_main_answer_and_keeps_the_thread_whole(
    capsys: pytest.CaptureFixture[str],
) -> None:
    follow_up = Question("why-01-follow-up", WHY.category, "Which metric moved first?", 120, ())
    with Store.open() as store:
        main_id = store.add_attempt(sample_review(0), question=WHY, created_at=START)
        store.add_attempt(sample_review(1), question=DESIGN, created_at=START + timedelta(hours=1))
        store.add_attempt(
            sample_review(2),
            question=follow_up,
            follow_up_of=main_id,
            created_at=START + timedelta(hours=2),
        )
    rows = history_json(capsys, "--question", "why-01")
    assert [(row["question_id"], row["follow_up_of"]) for row in rows] == [
        ("why-01", None),
        (None, main_id),
    ]
    assert main(["history"]) == 0
    table = capsys.readouterr().out
    places = [table.index(text) for text in (" why-01 ", "↳ Which metric moved", " design-01 ")]
    assert places == sorted(places)  # the follow-up under its main answer, not in time order


def test_history_with_a_bad_date_gets_one_line() -> None:
    result = run_cli("history", "--since", "last tuesday")
    assert_one_line_error(result, "--since 'last tuesday' is not a date")


# --- compare ------------------------------------------------------------------------------


def _two_attempts(first_text: str, second_text: str, question: Question = WHY) -> list[int]:
    with Store.open() as store:
        return [
            store.add_attempt(
                sample_review(seed, text=text),
                question=question,
                created_at=START + timedelta(days=seed),
            )
            for seed, text in ((1, first_text), (2, second_text))
        ]


def test_compare_marks_the_changed_words_and_a_recited_repeat(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = _two_attempts(ANSWERS[0], ANSWERS[0].replace("forty", "thirty") + " Thanks.")
    assert main(["compare", str(second), str(first)]) == 0  # either order: earlier first
    out = capsys.readouterr().out
    assert f"Attempt {first} → attempt {second}" in out
    assert "[-forty-] {+thirty+}" in out
    assert "{+Thanks.+}" in out
    assert "fillers/min" in out and "production problem" in out
    assert "repeats 9" in out and "sounds recited" in out


def test_compare_against_a_script_says_which_attempt_is_closer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "my script.txt"
    script.write_text(ANSWERS[1], encoding="utf-8")
    own_words = "I spent a year fixing search for our support team and learned to measure it."
    first, second = _two_attempts(own_words, ANSWERS[1])
    assert main(["compare", str(first), str(second), "--script", str(script)]) == 0
    out = capsys.readouterr().out
    assert "closer to the script my script.txt: 100% vs 0%" in out


def test_compare_of_different_questions_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open() as store:
        first = store.add_attempt(sample_review(1), question=WHY)
        second = store.add_attempt(sample_review(2), question=DESIGN)
    assert main(["compare", str(first), str(second)]) == 0
    assert "These attempts answer different questions." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [(("1", "1"), "two different attempts"), (("1", "99"), "no attempt 99")],
)
def test_compare_bad_attempts_get_one_line(args: tuple[str, str], message: str) -> None:
    with Store.open() as store:
        store.add_attempt(sample_review(1))
    assert_one_line_error(run_cli("compare", *args), message)


# --- export, import, delete ---------------------------------------------------------------


def test_export_then_import_on_another_machine(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    with Store.open() as store:
        session = store.start_session("review")
        for seed in range(3):
            store.add_attempt(sample_review(seed), session_id=session, question=WHY)
    exported = tmp_path / "attempts.jsonl"
    assert main(["export", "--out", str(exported)]) == 0
    assert "Exported 3 attempts" in capsys.readouterr().out
    assert main(["export"]) == 0
    assert capsys.readouterr().out == exported.read_text(encoding="utf-8")

    monkeypatch.setenv("VOICE_INTERVIEWER_HOME", str(tmp_path / "other machine"))
    assert main(["import", str(exported)]) == 0
    assert "Imported 3 attempts" in capsys.readouterr().out
    assert main(["import", str(exported)]) == 0
    assert "Imported 0 attempts into" in capsys.readouterr().out
    assert len(history_json(capsys)) == 3


def test_a_bad_import_file_gets_one_line_and_imports_nothing(tmp_path: Path) -> None:
    with Store.open() as store:
        store.add_attempt(sample_review(1))
        good = next(store.export_lines())
        store.delete_attempt(store.attempts()[0].id)
    bad = tmp_path / "attempts.jsonl"
    bad.write_text(good + "\n" + good.replace('"review"', '"reviewed"') + "\n")
    assert_one_line_error(run_cli("import", str(bad)), f"{bad} line 2: missing or invalid review")
    assert_one_line_error(run_cli("import", str(tmp_path / "none.jsonl")), "no such file")
    with Store.open() as store:
        assert store.attempts() == []


def test_delete_removes_the_record_and_says_the_recording_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF recording")
    with Store.open() as store:
        attempt = store.add_attempt(sample_review(1, file=str(audio)))
    assert main(["delete", str(attempt)]) == 0
    out = capsys.readouterr().out
    assert f"Deleted attempt {attempt}" in out
    assert f"Its recording was not deleted: {audio}" in out
    assert audio.read_bytes() == b"RIFF recording"
    assert history_json(capsys) == []
    assert_one_line_error(run_cli("delete", str(attempt)), f"no attempt {attempt}")


# --- review keeps its results -------------------------------------------------------------


def test_review_keeps_one_attempt_per_file_in_one_session(tmp_path: Path) -> None:
    first, _ = fixture_audio("ml_experience_fillers")
    second, _ = fixture_audio("biggest_weakness")
    result = run_cli("review", "--json", "--question", "Tell me about ML", str(first), str(second))
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["attempt_id"] for line in result.stdout.splitlines()]
    assert all(isinstance(i, int) for i in ids)
    with Store.open() as store:
        attempts = store.attempts()
        assert store.session_count() == 1
        stored = store.attempt(ids[0])
    assert [a.id for a in attempts] == ids
    assert [a.audio_path for a in attempts] == [str(first), str(second)]
    assert attempts[0].question_text == "Tell me about ML"
    assert stored.review.words and stored.summary.words_per_minute > 0
    assert {"load_s", "transcribe_s"} <= set(stored.stage_timings)

    # --no-save read on a transcript: the same choice, without a third transcription
    text = tmp_path / "answer.txt"
    text.write_text(first.with_suffix(".txt").read_text(encoding="utf-8"), encoding="utf-8")
    unsaved = run_cli("review", "--json", "--no-save", "--transcript", str(text))
    assert json.loads(unsaved.stdout)["attempt_id"] is None
    with Store.open() as store:
        assert len(store.attempts()) == 2


def test_review_on_a_full_disk_says_not_saved_and_leaves_the_recording(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's page limit raises the very SQLITE_FULL a full disk does, mid-transaction."""
    wav, _ = fixture_audio("ml_experience_fillers")
    audio = tmp_path / "answer.wav"
    shutil.copy(wav, audio)
    before = digest(audio)
    real_open = Store.open

    def open_on_a_full_disk(*args, **kwargs) -> Store:
        store = real_open(*args, **kwargs)
        store.start_session("earlier run")
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        return store

    monkeypatch.setattr(Store, "open", open_on_a_full_disk)
    assert main(["review", str(audio)]) == 2
    captured = capsys.readouterr()
    assert "words per minute" in captured.out  # the review itself is shown
    assert "Saved as attempt" not in captured.out
    error = " ".join(captured.err.split())
    assert "error: attempt not saved: the disk holding" in error
    assert f"the recording stays at {audio}" in error
    assert digest(audio) == before
    monkeypatch.setattr(Store, "open", real_open)
    with Store.open() as store:
        assert store.attempts() == []


# --- damaged and locked databases ---------------------------------------------------------


@pytest.mark.parametrize("command", [("history",), ("report",), ("export",), ("review", "x.wav")])
def test_a_damaged_database_gets_one_line_and_is_left_untouched(
    home: Path, command: tuple[str, ...]
) -> None:
    home.mkdir(parents=True)
    db = home / "history.sqlite3"
    db.write_bytes(b"\x00garbage where the history was\n" * 300)
    before = digest(db)
    result = run_cli(*command)
    assert_one_line_error(result, f"the practice history {db} is damaged")
    assert "voice-interviewer export" in result.stderr
    assert digest(db) == before
    assert sorted(p.name for p in home.iterdir()) == ["history.sqlite3"]


def test_export_from_a_damaged_history_saves_the_attempts_before_the_damage(home: Path) -> None:
    with Store.open() as store:
        for seed in range(40):
            store.add_attempt(sample_review(seed))
    db = home / "history.sqlite3"
    size = db.stat().st_size
    with db.open("r+b") as handle:  # damage the last quarter of the file
        handle.seek(size * 3 // 4)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    before = digest(db)
    result = run_cli("export")
    rescued = [json.loads(line) for line in result.stdout.splitlines()]
    assert 0 < len(rescued) < 40
    assert_one_line_error(result, f"(exported the {len(rescued)} attempts before it)")
    assert digest(db) == before


def test_a_locked_database_gets_one_line_after_the_busy_timeout(tmp_path: Path, home: Path) -> None:
    with Store.open() as store:
        store.add_attempt(sample_review(1))
        exported = tmp_path / "attempts.jsonl"
        exported.write_text("\n".join(store.export_lines()))
        store.delete_attempt(store.attempts()[0].id)
    other = sqlite3.connect(home / "history.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        env = {**os.environ, "VOICE_INTERVIEWER_HISTORY_BUSY_TIMEOUT_S": "0.3"}
        result = run_cli("import", str(exported), env=env)
        history = run_cli("history", env=env)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert_one_line_error(result, "is locked by another program (waited 0.3 s)")
    assert history.returncode == 0, history.stderr  # reading goes on meanwhile
