"""The practice history: migrations, transactions, concurrency, crashes and damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.store_samples import sample_review
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS
from voice_interviewer.history.exchange import StoreImportError
from voice_interviewer.history.migrations import MIGRATIONS, StoreNewerError, migrate
from voice_interviewer.history.record import decode_review
from voice_interviewer.history.store import (
    AttemptNotFoundError,
    AttemptNotSavedError,
    Store,
    StoreCorruptError,
    StoreLockedError,
    default_path,
    figures_from_review,
)
from voice_interviewer.questions import Question
from voice_interviewer.resources import PROJECT_ROOT

DATA = Path(__file__).parent / "data"
FROZEN = sorted(DATA.glob("store-v*.sql"))
WHY = Question(
    id="why-01",
    category="why-ai-engineering",
    text="Why are you moving from software engineering to AI engineering?",
    time_limit=120,
    rubric=("names a concrete production problem",),
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, table: str) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]
    finally:
        conn.close()


# --- schema and migrations ----------------------------------------------------------------


def test_a_new_history_lives_in_the_data_folder_with_every_migration(home: Path) -> None:
    with Store.open() as store:
        assert store.path == default_path() == home / "history.sqlite3"
        assert store.attempts() == []
    names = [row["name"] for row in rows(home / "history.sqlite3", "schema_migrations")]
    assert names == sorted(m.name for m in MIGRATIONS)
    conn = sqlite3.connect(home / "history.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_every_earlier_version_has_a_frozen_sample() -> None:
    """Appending a migration needs scripts/freeze_store_sample.py run first (its docstring)."""
    versions = {int(path.stem.removeprefix("store-v")) for path in FROZEN}
    assert set(range(1, len(MIGRATIONS))) <= versions


@pytest.mark.parametrize("path", FROZEN, ids=[p.stem for p in FROZEN])
def test_a_file_written_by_an_earlier_version_opens_without_losing_anything(
    path: Path, tmp_path: Path
) -> None:
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(path.read_text(encoding="utf-8"))
    conn.close()
    before = {table: rows(db, table) for table in ("sessions", "attempts", "llm_calls")}
    assert before["attempts"], "the frozen sample holds attempts"

    with Store.open(db) as store:
        summaries = store.attempts()
        new_id = store.add_attempt(sample_review(5), question=WHY)
        exported = list(store.export_lines())

    after = {table: rows(db, table) for table in ("sessions", "attempts", "llm_calls")}
    for table, old_rows in before.items():
        kept = [{key: row[key] for key in old_rows[0]} for row in after[table][: len(old_rows)]]
        assert kept == old_rows, f"{table} changed"
    uids = [row["uid"] for row in after["attempts"]]
    assert all(uids) and len(set(uids)) == len(uids)
    assert [s.id for s in summaries] == [row["id"] for row in before["attempts"]]
    first = before["attempts"][0]
    assert summaries[0].scores == tuple(first[f"score_{key}"] for key in FRAMEWORK_POINTS)
    assert new_id == max(row["id"] for row in after["attempts"])
    assert len(exported) == len(after["attempts"])


@pytest.mark.parametrize("applied", range(len(MIGRATIONS)))
def test_every_partial_schema_is_brought_up_to_date(applied: int, tmp_path: Path) -> None:
    db = tmp_path / "partial.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, MIGRATIONS[:applied])
    conn.close()
    with Store.open(db) as store:
        attempt_id = store.add_attempt(sample_review(1))
        assert store.attempt(attempt_id).summary.uid
    assert len(rows(db, "schema_migrations")) == len(MIGRATIONS)


def test_a_file_from_a_newer_version_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite3"
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_migrations VALUES ('0099-from-the-future', 'x')")
    conn.commit()
    conn.close()
    before = digest(db)
    with pytest.raises(StoreNewerError, match="newer voice-interviewer"):
        Store.open(db)
    assert digest(db) == before


# --- what an attempt holds ----------------------------------------------------------------


def test_key_figures_are_extracted_from_delivery_and_feedback() -> None:
    review = sample_review(2)
    figures = figures_from_review(review)
    assert figures["words_per_minute"] == review["pace"]["words_per_minute"]
    assert figures["fillers_per_minute"] == review["delivery"]["fillers_per_minute"]
    assert figures["filler_count"] == review["delivery"]["filler_count"]
    assert figures["rehearsal_flags"] == len(review["delivery"]["rehearsal"]["flags"])
    for key in FRAMEWORK_POINTS:
        assert figures[f"score_{key}"] == review["feedback"]["framework"][key]["score"]
    assert figures["llm_model"] == review["feedback"]["model"]


DELIVERY_FIGURES = ("filler_count", "fillers_per_minute", "rehearsal_flags")
FEEDBACK_FIGURES = ("coach", "llm_model", *(f"score_{key}" for key in FRAMEWORK_POINTS))


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        (lambda r: r.pop("delivery") and r.pop("feedback"), DELIVERY_FIGURES + FEEDBACK_FIGURES),
        (lambda r: r.update(delivery=None, feedback=None), DELIVERY_FIGURES + FEEDBACK_FIGURES),
        (
            lambda r: r["delivery"].update(fillers_per_minute=None, rehearsal={"flags": None}),
            ("fillers_per_minute", "rehearsal_flags"),
        ),
        (
            lambda r: r["feedback"].update(framework={"production_problem": {"score": 9}}),
            FEEDBACK_FIGURES[2:],
        ),
    ],
    ids=["absent", "null", "null-figures", "score-out-of-range"],
)
def test_missing_figures_are_null_never_zero(change, missing: tuple[str, ...]) -> None:
    review = sample_review(3)
    complete = figures_from_review(review)
    change(review)
    figures = figures_from_review(review)
    assert {key for key, value in figures.items() if value is None} == set(missing)
    assert {k: v for k, v in figures.items() if k not in missing} == {
        k: v for k, v in complete.items() if k not in missing
    }


def test_a_reviewed_text_transcript_is_kept_without_a_recording(tmp_path: Path) -> None:
    """The report then says the answer has no recording, not that a .txt is bad audio."""
    review = sample_review(0, file=str(tmp_path / "answer.txt")) | {"duration_s": None}
    with Store.open() as store:
        attempt_id = store.add_attempt(review, session_id=store.start_session("review"))
        assert store.attempt(attempt_id).summary.audio_path is None


def test_an_attempt_keeps_the_whole_review_question_timings_and_linked_llm_calls(
    tmp_path: Path,
) -> None:
    review = sample_review(0, file=str(tmp_path / "take 1.wav"))
    with Store.open() as store:
        session = store.start_session("drill")
        call = store.log_llm_call(
            model="qwen",
            request={"messages": [{"role": "user", "content": "review"}]},
            response="{}",
            outcome="ok",
            latency_s=2.5,
            prompt_tokens=800,
            completion_tokens=200,
            session_id=session,
        )
        attempt_id = store.add_attempt(
            review,
            session_id=session,
            question=WHY,
            stage_timings={"record_s": 60.0, "coach_s": 2.5},
            llm_call_ids=[call],
        )
        attempt = store.attempt(attempt_id)
        calls = store.llm_calls(attempt_id)
    assert attempt.review.data == review  # kept whole
    assert attempt.review == decode_review(review)
    assert attempt.summary.audio_path == str(tmp_path / "take 1.wav")
    assert (attempt.summary.question_id, attempt.summary.category) == ("why-01", WHY.category)
    assert attempt.stage_timings == {**review["timings"], "record_s": 60.0, "coach_s": 2.5}
    assert attempt.summary.session_id == session
    assert [(c.id, c.outcome, c.prompt_tokens, c.request) for c in calls] == [
        (call, "ok", 800, {"messages": [{"role": "user", "content": "review"}]})
    ]


def test_an_unknown_llm_outcome_is_a_programming_error() -> None:
    with Store.open() as store, pytest.raises(ValueError, match="outcome must be one of"):
        store.log_llm_call(model="m", request={}, response=None, outcome="maybe")


def test_delete_removes_the_record_and_its_calls_but_never_the_recording(tmp_path: Path) -> None:
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF recording")
    with Store.open() as store:
        kept = store.add_attempt(sample_review(1, file=str(audio)))
        gone = store.add_attempt(sample_review(2, file=str(audio)))
        store.log_llm_call(model="m", request={}, response="x", outcome="ok", attempt_id=gone)
        removed = store.delete_attempt(gone)
        assert removed.audio_path == str(audio)
        assert [a.id for a in store.attempts()] == [kept]
        assert store.llm_calls() == []
        with pytest.raises(AttemptNotFoundError, match=f"no attempt {gone}"):
            store.delete_attempt(gone)
    assert audio.read_bytes() == b"RIFF recording"


# --- export and import --------------------------------------------------------------------


def test_export_then_import_elsewhere_keeps_everything_and_skips_what_is_there(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "laptop.sqlite3") as laptop:
        session = laptop.start_session("review")
        first = laptop.add_attempt(sample_review(0), session_id=session, question=WHY)
        laptop.log_llm_call(
            model="m", request={"a": 1}, response="r", outcome="ok", attempt_id=first
        )
        laptop.add_attempt(sample_review(1, question=None, delivery=False, feedback=False))
        exported = list(laptop.export_lines())
    with Store.open(tmp_path / "desktop.sqlite3") as desktop:
        first_import = desktop.import_lines(exported, "attempts.jsonl")
        second_import = desktop.import_lines(exported, "attempts.jsonl")
        assert list(desktop.export_lines()) == exported
        assert desktop.session_count() == 1
    assert (first_import.added, first_import.skipped) == (2, 0)
    assert (second_import.added, second_import.skipped) == (0, 2)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: not JSON"),
        ('{"format": "something-else"}', "line 2: not an attempt exported"),
        ('{"format": "voice-interviewer-attempt", "version": 99}', "line 2: exported by a newer"),
        ('{"format": "voice-interviewer-attempt", "version": 1}', "line 2: missing or invalid uid"),
    ],
)
def test_a_bad_import_line_is_named_and_nothing_is_imported(line: str, message: str) -> None:
    with Store.open() as store:
        store.add_attempt(sample_review(0))
        good = next(store.export_lines())
        store.delete_attempt(store.attempts()[0].id)
        with pytest.raises(StoreImportError, match=message):
            store.import_lines([good, line], "attempts.jsonl")
        assert store.attempts() == []


# --- damaged, locked and full -------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_named_and_left_untouched(home: Path) -> None:
    home.mkdir(parents=True)
    db = home / "history.sqlite3"
    db.write_bytes(b"my shopping list, saved over the history by mistake\n" * 200)
    before = digest(db)
    with pytest.raises(StoreCorruptError) as caught:
        Store.open()
    message = str(caught.value)
    assert str(db) in message and "export" in message and "\n" not in message
    assert digest(db) == before


def test_a_damaged_page_is_reported_and_the_file_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    with Store.open(db) as store:
        for seed in range(40):
            store.add_attempt(sample_review(seed))
    size = db.stat().st_size
    with db.open("r+b") as handle:  # scribble over pages in the middle of the attempts table
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    before = digest(db)
    with pytest.raises(StoreCorruptError, match="is damaged"), Store.open(db) as store:
        for summary in store.attempts():
            store.attempt(summary.id)
    assert digest(db) == before


def test_a_locked_history_says_so_after_the_busy_timeout(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF recording")
    store = Store.open(db, busy_timeout_s=0.2)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing, and taking its time
    try:
        with pytest.raises(AttemptNotSavedError) as caught:
            store.add_attempt(sample_review(0, file=str(audio)))
        assert store.attempts() == []  # reading goes on while another program writes
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()
    message = str(caught.value)
    assert "locked by another program" in message and str(db) in message
    assert f"the recording stays at {audio}" in message
    assert audio.read_bytes() == b"RIFF recording"


def test_opening_a_history_that_another_program_is_migrating_says_it_is_locked(
    tmp_path: Path,
) -> None:
    db = tmp_path / "history.sqlite3"
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreLockedError, match="export"):
            Store.open(db, busy_timeout_s=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_full_disk_leaves_no_half_attempt_and_the_recording_where_it_was(
    tmp_path: Path,
) -> None:
    """SQLite's own limit on the file size raises the same SQLITE_FULL a full disk does."""
    audio = tmp_path / "answer.wav"
    audio.write_bytes(b"RIFF recording")
    with Store.open(tmp_path / "history.sqlite3") as store:
        saved = store.add_attempt(sample_review(0))
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")
        call = store.log_llm_call(model="m", request={}, response=None, outcome="timeout")
        with pytest.raises(AttemptNotSavedError) as caught:
            store.add_attempt(
                sample_review(1, file=str(audio), text="a long answer " * 2000),
                llm_call_ids=[call],
            )
        assert [a.id for a in store.attempts()] == [saved]
        assert store.llm_calls()[0].attempt_id is None
    message = str(caught.value)
    assert message.startswith("attempt not saved: the disk holding")
    assert f"the recording stays at {audio}" in message
    assert audio.read_bytes() == b"RIFF recording"


# --- two processes ------------------------------------------------------------------------

WRITER = """
import sys, time
from pathlib import Path
from tests.store_samples import sample_review
from voice_interviewer.history.store import Store
name, count, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
other = "right" if name == "left" else "left"
with Store.open() as store:
    session = store.start_session(name)
    while not go.exists():
        time.sleep(0.01)
    for index in range(count):
        review = sample_review(index, file=f"/recordings/{name}-{index}.wav")
        began = time.monotonic()
        call = store.log_llm_call(model="m", request={}, response="{}", outcome="ok")

        def slow_links():  # hold the write lock a moment, as a long write would
            yield call
            time.sleep(0.005)

        attempt = store.add_attempt(review, session_id=session, llm_call_ids=slow_links())
        print(attempt, began, time.monotonic(), flush=True)
        if index == 0:  # each goes on only once the other has written: the two overlap
            Path(f"{go}-{name}").touch()
            while not Path(f"{go}-{other}").exists():
                time.sleep(0.01)
"""


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_writing_at_once_keep_every_attempt(tmp_path: Path) -> None:
    go = tmp_path / "go"
    count = 80
    writers = {name: _child(WRITER, name, str(count), str(go)) for name in ("left", "right")}
    time.sleep(0.5)
    go.touch()
    reported, spans = {}, {}
    for name, process in writers.items():
        stdout, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
        lines = [line.split() for line in stdout.splitlines()]
        reported[name] = [int(attempt) for attempt, _, _ in lines]
        spans[name] = (float(lines[0][1]), float(lines[-1][2]))
    with Store.open() as store:
        attempts = {a.id: a for a in store.attempts()}
        assert store.session_count() == 2
        assert all(call.attempt_id in attempts for call in store.llm_calls())
    assert len(attempts) == 2 * count
    for name, ids in reported.items():
        assert len(ids) == count
        paths = [attempts[i].audio_path for i in ids]
        assert paths == [f"/recordings/{name}-{index}.wav" for index in range(count)]
    (left_start, left_end), (right_start, right_end) = spans["left"], spans["right"]
    assert left_start < right_end and right_start < left_end, "the writers ran at once"


CRASHER = """
import time
from datetime import UTC, datetime
from tests.store_samples import sample_review
from voice_interviewer.history.store import Store
with Store.open() as store:
    for index in range(5):
        print(store.add_attempt(sample_review(index)), flush=True)
    call = store.log_llm_call(model="m", request={}, response=None, outcome="timeout")

    def stalled_links():
        yield call
        print("mid-write", flush=True)
        time.sleep(600)

    store.add_attempt(sample_review(9, file="/recordings/half.wav"), llm_call_ids=stalled_links())
"""


def test_a_writer_killed_mid_write_loses_nothing_committed(home: Path) -> None:
    process = _child(CRASHER)
    committed = []
    for line in process.stdout:
        if line.strip() == "mid-write":
            break
        committed.append(int(line))
    process.kill()
    process.wait(timeout=30)
    assert len(committed) == 5
    with Store.open() as store:
        assert [a.id for a in store.attempts()] == committed
        assert all(c.attempt_id is None for c in store.llm_calls())
        store.add_attempt(sample_review(10))
        assert len(store.attempts()) == 6
    conn = sqlite3.connect(home / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# --- follow-ups: threads ------------------------------------------------------------------

FOLLOW_UP = Question(
    id="why-01-follow-up",
    category="why-ai-engineering",
    text="How did you choose the confidence threshold?",
    time_limit=120,
    rubric=(),
)


def test_a_follow_up_joins_the_thread_of_its_main_attempt_without_a_question_id() -> None:
    with Store.open() as store:
        main = store.add_attempt(sample_review(0), question=WHY)
        follow_up = store.add_attempt(sample_review(1), question=FOLLOW_UP, follow_up_of=main)
        # A follow-up to the follow-up stays in the same thread: the main attempt's.
        second = store.add_attempt(sample_review(2), question=FOLLOW_UP, follow_up_of=follow_up)
        summaries = {s.id: s for s in store.attempts()}
    assert summaries[main].follow_up_of is None and not summaries[main].is_follow_up
    assert summaries[follow_up].follow_up_of == summaries[second].follow_up_of == main
    assert summaries[follow_up].question_id is None
    assert summaries[follow_up].question_text == FOLLOW_UP.text
    assert summaries[follow_up].category == WHY.category


def test_deleting_the_main_attempt_leaves_its_follow_ups_under_their_own_wording() -> None:
    with Store.open() as store:
        main = store.add_attempt(sample_review(0), question=WHY)
        follow_up = store.add_attempt(sample_review(1), question=FOLLOW_UP, follow_up_of=main)
        store.delete_attempt(main)
        [left] = store.attempts()
    assert (left.id, left.follow_up_of, left.question_id) == (follow_up, None, None)
    assert left.question_text == FOLLOW_UP.text


def test_export_and_import_keep_the_thread_by_uid(tmp_path: Path) -> None:
    with Store.open(tmp_path / "laptop.sqlite3") as laptop:
        main = laptop.add_attempt(sample_review(0), question=WHY)
        laptop.add_attempt(sample_review(1), question=FOLLOW_UP, follow_up_of=main)
        exported = list(laptop.export_lines())
    with Store.open(tmp_path / "desktop.sqlite3") as desktop:
        own = desktop.add_attempt(sample_review(2))  # ids differ from the laptop's
        result = desktop.import_lines(exported, "attempts.jsonl")
        imported_main, imported_follow_up = (s for s in desktop.attempts() if s.id != own)
        again = [line for line in desktop.export_lines() if line in exported]
    assert result.added == 2
    assert imported_follow_up.follow_up_of == imported_main.id != main
    assert again == exported


def test_an_imported_follow_up_whose_main_attempt_is_nowhere_imports_nothing(
    tmp_path: Path,
) -> None:
    with Store.open(tmp_path / "laptop.sqlite3") as laptop:
        main = laptop.add_attempt(sample_review(0), question=WHY)
        laptop.add_attempt(sample_review(1), question=FOLLOW_UP, follow_up_of=main)
        _, follow_up_line = laptop.export_lines()
    with Store.open(tmp_path / "desktop.sqlite3") as desktop:
        with pytest.raises(StoreImportError, match=r"attempts\.jsonl line 1: a follow-up to"):
            desktop.import_lines([follow_up_line], "attempts.jsonl")
        assert desktop.attempts() == []


def test_the_previous_version_upgrades_with_every_attempt_a_main_answer(tmp_path: Path) -> None:
    """The history of the version before follow-ups (store-v2) gains the thread column empty,
    and its attempts can be followed up on."""
    db = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript((DATA / "store-v2.sql").read_text(encoding="utf-8"))
    conn.close()
    with Store.open(db) as store:
        old = store.attempts()
        follow_up = store.add_attempt(sample_review(4), question=FOLLOW_UP, follow_up_of=old[0].id)
        summary = store.attempt(follow_up).summary
    assert old and all(s.follow_up_of is None for s in old)
    assert summary.follow_up_of == old[0].id
    assert {row["name"] for row in rows(db, "schema_migrations")} == {m.name for m in MIGRATIONS}


def test_the_previous_session_is_the_latest_earlier_one_of_the_same_command() -> None:
    with Store.open() as store:
        drill = store.start_session("drill", started_at=datetime(2026, 11, 1, 9, tzinfo=UTC))
        store.add_attempt(sample_review(0), session_id=drill, question=WHY)
        empty = store.start_session("drill", started_at=datetime(2026, 11, 2, 9, tzinfo=UTC))
        review = store.start_session("review", started_at=datetime(2026, 11, 3, 9, tzinfo=UTC))
        store.add_attempt(sample_review(1), session_id=review, question=WHY)
        latest = store.start_session("drill", started_at=datetime(2026, 11, 4, 9, tzinfo=UTC))
        store.add_attempt(sample_review(2), session_id=latest, question=WHY)
        previous = store.previous_session(latest)
        first = store.previous_session(drill)
        attempts = store.session_attempts(latest)
    assert empty != drill
    assert previous is not None and (previous.id, previous.command) == (drill, "drill")
    assert first is None
    assert [a.summary.session_id for a in attempts] == [latest]
