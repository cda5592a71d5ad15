"""Practice history: one SQLite file holding every session, attempt and LLM call.

The file is `history.sqlite3` in the data folder (config.data_dir(); VOICE_INTERVIEWER_HOME
moves it). It is opened with a write-ahead log, foreign keys and a busy timeout; every write is
one `BEGIN IMMEDIATE` transaction, so two drills in two terminals wait their turn for a moment
instead of losing each other's attempts, and a crash mid-write leaves nothing half-written.
The schema grows only by appending named migrations (migrations.py), each recorded in the
file, so a newer program opens an older file and keeps everything in it.

The store keeps the path of each recording, never the recording itself, and never deletes one.

A follow-up answer (the interviewer's question about what was just said) is an attempt in the
thread of its main attempt: `follow_up_of` names the main attempt, and a follow-up has no bank
question id of its own, so nothing compares it with answers to the main question.

Public surface: Store.open(); writing: start_session(), add_attempt(), log_llm_call(),
delete_attempt(), import_lines(); reading: attempts(), attempt(), llm_calls(), session_count(),
session(), session_attempts(), previous_session(), export_lines(); figures_from_review() for
the columns an attempt's review JSON gives (read through record.decode_review). The export's
line format and the checks on an imported line are in exchange.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from voice_interviewer import __version__, config
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, LLM_OUTCOMES
from voice_interviewer.errors import VoiceInterviewerError
from voice_interviewer.history.exchange import StoreImportError, export_line, import_record
from voice_interviewer.history.migrations import migrate
from voice_interviewer.history.record import StoredReview, decode_review
from voice_interviewer.questions import Question

DB_NAME = "history.sqlite3"
DEFAULT_BUSY_TIMEOUT_S = 10.0


class StoreError(VoiceInterviewerError):
    """The practice history cannot be read or written; the message says what to do."""


class StoreCorruptError(StoreError):
    """The database file is not a database or is damaged. It is left untouched."""


class StoreLockedError(StoreError):
    """Another program held the database longer than the busy timeout."""


class StoreFullError(StoreError):
    """The disk (or the database's size limit) is full."""


class AttemptNotFoundError(StoreError):
    """No attempt has the id asked for."""


class AttemptNotSavedError(StoreError):
    """An attempt could not be written; the message names the recording, which stays put."""


# --- what is stored -----------------------------------------------------------------------


@dataclass(frozen=True)
class AttemptSummary:
    """One attempt's key figures (a row of `history`). Missing figures are None, never 0."""

    id: int
    uid: str
    session_id: int | None
    created_at: datetime
    question_id: str | None
    question_text: str | None
    category: str | None
    audio_path: str | None
    duration_s: float | None
    word_count: int | None
    words_per_minute: float | None
    filler_count: int | None
    fillers_per_minute: float | None
    rehearsal_flags: int | None
    scores: tuple[int | None, ...]  # in FRAMEWORK_POINTS order
    coach: str | None
    whisper_model: str | None
    llm_model: str | None
    follow_up_of: int | None = None  # the main attempt this answer follows up on

    @property
    def is_follow_up(self) -> bool:
        return self.follow_up_of is not None

    @property
    def mean_score(self) -> float | None:
        present = [s for s in self.scores if s is not None]
        return sum(present) / len(present) if present else None


@dataclass(frozen=True)
class Attempt:
    """An attempt in full: its figures, its review (typed, with the JSON as stored) and the time
    each stage took."""

    summary: AttemptSummary
    review: StoredReview
    stage_timings: dict[str, float]


@dataclass(frozen=True)
class SessionInfo:
    """One session: a `review` run, a drill."""

    id: int
    started_at: datetime
    command: str


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int  # already in this history


@dataclass(frozen=True)
class LlmCall:
    id: int
    attempt_id: int | None
    session_id: int | None
    created_at: datetime
    model: str
    request: Any
    response: str | None
    latency_s: float | None
    prompt_tokens: int | None
    completion_tokens: int | None
    outcome: str
    error: str | None


def figures_from_review(review: Mapping[str, Any]) -> dict[str, Any]:
    """The columns extracted from a review JSON object (README, "JSON output"); each missing
    figure becomes None (decode_review)."""
    return _figures(decode_review(review))


def _figures(stored: StoredReview) -> dict[str, Any]:
    figures = {
        "duration_s": stored.duration_s,
        "word_count": stored.word_count,
        "words_per_minute": stored.words_per_minute,
        "filler_count": stored.filler_count,
        "fillers_per_minute": stored.fillers_per_minute,
        "rehearsal_flags": None if stored.rehearsal_flags is None else len(stored.rehearsal_flags),
        "coach": stored.coach,
        "whisper_model": stored.whisper_model,
        "llm_model": stored.llm_model,
    }
    for key, score in zip(FRAMEWORK_POINTS, stored.scores, strict=True):
        figures[f"score_{key}"] = score
    return figures


# --- the store ----------------------------------------------------------------------------


def default_path() -> Path:
    return config.data_dir() / DB_NAME


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _timestamp(moment: datetime | None) -> str:
    if moment is None:
        return _now()
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the machine's local time
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def _use_write_ahead_log(conn: sqlite3.Connection, busy_timeout_s: float) -> None:
    """Switch to WAL, waiting like the busy timeout would.

    SQLite answers "locked" at once, without its busy handler, when another process is
    switching the same new file to WAL: two drills started together on a fresh machine.
    """
    deadline = time.monotonic() + busy_timeout_s
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


_SUMMARY_COLUMNS = (
    "id, uid, session_id, created_at, question_id, question_text, category, audio_path, "
    "duration_s, word_count, words_per_minute, filler_count, fillers_per_minute, rehearsal_flags, "
    + ", ".join(f"score_{key}" for key in FRAMEWORK_POINTS)
    + ", coach, whisper_model, llm_model, follow_up_of"
)


def _summary(row: sqlite3.Row) -> AttemptSummary:
    return AttemptSummary(
        id=row["id"],
        uid=row["uid"],
        session_id=row["session_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        question_id=row["question_id"],
        question_text=row["question_text"],
        category=row["category"],
        audio_path=row["audio_path"],
        duration_s=row["duration_s"],
        word_count=row["word_count"],
        words_per_minute=row["words_per_minute"],
        filler_count=row["filler_count"],
        fillers_per_minute=row["fillers_per_minute"],
        rehearsal_flags=row["rehearsal_flags"],
        scores=tuple(row[f"score_{key}"] for key in FRAMEWORK_POINTS),
        coach=row["coach"],
        whisper_model=row["whisper_model"],
        llm_model=row["llm_model"],
        follow_up_of=row["follow_up_of"],
    )


def _session(row: sqlite3.Row) -> SessionInfo:
    return SessionInfo(
        id=row["id"], started_at=datetime.fromisoformat(row["started_at"]), command=row["command"]
    )


class Store:
    """The practice history. Open with Store.open(); use as a context manager or close()."""

    def __init__(self, conn: sqlite3.Connection, path: Path, busy_timeout_s: float) -> None:
        self._conn = conn
        self.path = path
        self.busy_timeout_s = busy_timeout_s

    @classmethod
    def open(
        cls, path: Path | None = None, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S
    ) -> Store:
        """Open (or create) the database and bring its schema up to date.

        A file that is not a database, is damaged, locked or newer raises a StoreError whose
        message names the file and what to do; the file is never overwritten.
        """
        path = Path(path) if path is not None else default_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise StoreError(
                f"cannot open the practice history {path} ({reason}); the data folder moves "
                f"with {config.HOME_ENV}"
            ) from None
        conn.row_factory = sqlite3.Row
        store = cls(conn, path, busy_timeout_s)
        try:
            with store._guard():
                conn.execute("PRAGMA foreign_keys = ON")
                _use_write_ahead_log(conn, busy_timeout_s)
                conn.execute("PRAGMA synchronous = FULL")
                migrate(conn)
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- errors and transactions ----------------------------------------------------------

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn SQLite's operational errors into StoreErrors written for the user."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise
            raise self._translate(exc) from exc

    def _translate(self, exc: sqlite3.DatabaseError) -> StoreError:
        name = getattr(exc, "sqlite_errorname", "")
        detail = str(exc)
        path = self.path
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in detail:
            return StoreLockedError(
                f"the practice history {path} is locked by another program (waited "
                f"{self.busy_timeout_s:g} s): finish or close the other voice-interviewer and "
                f"try again; `voice-interviewer export` can still read it meanwhile"
            )
        if name == "SQLITE_FULL" or "is full" in detail:
            return StoreFullError(f"the disk holding {path} is full ({detail})")
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in detail:
            return StoreCorruptError(
                f"the practice history {path} is damaged ({detail}); it was left as it is: "
                f"`voice-interviewer export > attempts.jsonl` saves what can still be read, "
                f"then move the file aside to start a new one"
            )
        return StoreError(f"cannot use the practice history {path}: {detail}")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        with self._guard():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # keep the first error, not this
                        self._conn.execute("ROLLBACK")
                raise

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._guard():
            return self._conn.execute(sql, tuple(params)).fetchall()

    # --- writing --------------------------------------------------------------------------

    def start_session(self, command: str, started_at: datetime | None = None) -> int:
        """A new session (one `review` run, one drill); returns its id."""
        with self._write() as conn:
            return _insert_session(conn, uuid.uuid4().hex, _timestamp(started_at), command)

    def add_attempt(
        self,
        review: Mapping[str, Any],
        *,
        session_id: int | None = None,
        audio_path: Path | str | None = None,
        question: Question | None = None,
        stage_timings: Mapping[str, float] | None = None,
        llm_call_ids: Iterable[int] = (),
        created_at: datetime | None = None,
        follow_up_of: int | None = None,
    ) -> int:
        """Store one reviewed answer (AnswerReview.to_json()) in one transaction; its id.

        audio_path defaults to the review's "file". question (from the bank) adds the question
        id and category; otherwise the review's question text is kept. stage_timings adds to
        the review's own "timings". llm_call_ids links calls logged earlier to this attempt.
        follow_up_of makes the answer a follow-up in the thread of that attempt (of its main
        attempt, when that one is a follow-up too): question gives its wording and category,
        never its id.
        Raises AttemptNotSavedError (naming the recording, which stays where it is) when the
        write fails: disk full, database locked or damaged.
        """
        if review.get("ok") is False or not isinstance(review.get("text"), str):
            raise ValueError("add_attempt needs a successful review (ok, with a text)")
        # A review names its recording in "file"; one of a plain-text transcript (no duration)
        # names the text file, which is no recording.
        recorded = review.get("duration_s") is not None
        if audio_path is None and recorded and review.get("file") not in (None, "-"):
            audio_path = review["file"]
        audio = os.path.abspath(audio_path) if audio_path is not None else None
        fields = _question_fields(question, review)
        if follow_up_of is not None:
            fields["id"] = None
        try:
            with self._write() as conn:
                attempt_id = _insert_attempt(
                    conn,
                    review,
                    uid=uuid.uuid4().hex,
                    session_id=session_id,
                    audio_path=audio,
                    question=fields,
                    stage_timings=stage_timings or {},
                    created_at=_timestamp(created_at),
                    follow_up_of=_thread_of(conn, follow_up_of),
                )
                for call_id in llm_call_ids:
                    conn.execute(
                        "UPDATE llm_calls SET attempt_id = ? WHERE id = ?", (attempt_id, call_id)
                    )
        except StoreError as exc:
            where = f"the recording stays at {audio}" if audio else "there is no recording"
            raise AttemptNotSavedError(f"attempt not saved: {exc}; {where}") from exc
        return attempt_id

    def log_llm_call(
        self,
        *,
        model: str,
        request: Any,
        response: str | None,
        outcome: str,
        latency_s: float | None = None,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        error: str | None = None,
        attempt_id: int | None = None,
        session_id: int | None = None,
    ) -> int:
        """Log one LLM call (request as sent, JSON-serialisable; the raw response); its id.

        Log the call when it ends, before its attempt exists, and link it with
        add_attempt(llm_call_ids=...); or pass attempt_id when the attempt is stored already.
        """
        if outcome not in LLM_OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(LLM_OUTCOMES)}, not {outcome!r}")
        call = {
            "created_at": _now(),
            "model": model,
            "request": request,
            "response": response,
            "latency_s": latency_s,
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "outcome": outcome,
            "error": error,
        }
        with self._write() as conn:
            return _insert_llm_call(conn, call, attempt_id, session_id)

    def delete_attempt(self, attempt_id: int) -> AttemptSummary:
        """Remove an attempt and its LLM calls from the database; its recording stays."""
        summary = self.attempt(attempt_id).summary
        with self._write() as conn:
            conn.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))
        return summary

    # --- reading --------------------------------------------------------------------------

    def attempts(self) -> list[AttemptSummary]:
        """Every attempt's figures, oldest first."""
        rows = self._read(f"SELECT {_SUMMARY_COLUMNS} FROM attempts ORDER BY created_at, id")
        return [_summary(row) for row in rows]

    def attempt(self, attempt_id: int) -> Attempt:
        rows = self._read(
            f"SELECT {_SUMMARY_COLUMNS}, review, stage_timings FROM attempts WHERE id = ?",
            (attempt_id,),
        )
        if not rows:
            raise AttemptNotFoundError(
                f"no attempt {attempt_id} in {self.path}; `voice-interviewer history` lists them"
            )
        row = rows[0]
        return Attempt(
            summary=_summary(row),
            review=decode_review(json.loads(row["review"])),
            stage_timings=json.loads(row["stage_timings"]),
        )

    def llm_calls(self, attempt_id: int | None = None) -> list[LlmCall]:
        """The LLM calls of one attempt, or all of them; oldest first."""
        where, params = ("WHERE attempt_id = ?", (attempt_id,)) if attempt_id else ("", ())
        rows = self._read(f"SELECT * FROM llm_calls {where} ORDER BY created_at, id", params)
        return [_llm_call(row) for row in rows]

    def session_count(self) -> int:
        return self._read("SELECT count(*) FROM sessions")[0][0]

    def session(self, session_id: int) -> SessionInfo:
        rows = self._read("SELECT * FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise StoreError(f"no session {session_id} in {self.path}")
        return _session(rows[0])

    def session_attempts(self, session_id: int) -> list[Attempt]:
        """Every attempt of one session in full, oldest first."""
        rows = self._read(
            "SELECT id FROM attempts WHERE session_id = ? ORDER BY created_at, id", (session_id,)
        )
        return [self.attempt(row["id"]) for row in rows]

    def previous_session(self, session_id: int) -> SessionInfo | None:
        """The latest session of the same command (drill, review) before this one that kept
        an attempt; None when there is none."""
        current = self.session(session_id)
        rows = self._read(
            "SELECT * FROM sessions s WHERE s.command = ? AND s.id != ? "
            "AND (s.started_at < ? OR (s.started_at = ? AND s.id < ?)) "
            "AND EXISTS (SELECT 1 FROM attempts a WHERE a.session_id = s.id) "
            "ORDER BY s.started_at DESC, s.id DESC LIMIT 1",
            (
                current.command,
                session_id,
                _timestamp(current.started_at),
                _timestamp(current.started_at),
                session_id,
            ),
        )
        return _session(rows[0]) if rows else None

    # --- moving to another machine --------------------------------------------------------

    def export_lines(self) -> Iterator[str]:
        """Every attempt as one JSON line (EXPORT_FORMAT), oldest first, its LLM calls inside.

        Lines come as they are read, so from a damaged file every attempt before the damage
        is yielded before StoreCorruptError is raised.
        """
        calls: dict[int, list[dict[str, Any]]] = {}
        for call in self.llm_calls():
            if call.attempt_id is not None:
                calls.setdefault(call.attempt_id, []).append(_call_record(call))
        with self._guard():
            rows = self._conn.execute(
                "SELECT a.*, s.uid AS s_uid, s.started_at AS s_started_at, "
                "s.command AS s_command, s.program_version AS s_program_version, "
                "m.uid AS m_uid FROM attempts a LEFT JOIN sessions s ON s.id = a.session_id "
                "LEFT JOIN attempts m ON m.id = a.follow_up_of "
                "ORDER BY a.created_at, a.id"
            )
            for row in rows:
                yield export_line(row, calls.get(row["id"], []))

    def import_lines(self, lines: Iterable[str], source: str) -> ImportResult:
        """Add the attempts of an export (JSON lines) that this history lacks.

        All or nothing: a malformed line raises StoreImportError naming source and line, and
        nothing is imported. Attempts already here (same uid) are skipped, so importing a file
        twice adds nothing the second time.
        """
        records = [
            (f"{source} line {number}", import_record(line, f"{source} line {number}"))
            for number, line in enumerate(lines, start=1)
            if line.strip()
        ]
        added = 0
        with self._write() as conn:
            for where, record in records:
                if conn.execute(
                    "SELECT 1 FROM attempts WHERE uid = ?", (record["uid"],)
                ).fetchone():
                    continue
                attempt_id = _insert_attempt(
                    conn,
                    record["review"],
                    uid=record["uid"],
                    session_id=_imported_session(conn, record["session"]),
                    audio_path=record["audio_path"],
                    question=record["question"],
                    stage_timings=record["stage_timings"],
                    created_at=_timestamp(datetime.fromisoformat(record["created_at"])),
                    follow_up_of=_imported_thread(conn, record, where),
                )
                for call in record["llm_calls"]:
                    _insert_llm_call(conn, call, attempt_id)
                added += 1
        return ImportResult(added=added, skipped=len(records) - added)


def _thread_of(conn: sqlite3.Connection, attempt_id: int | None) -> int | None:
    """The main attempt of attempt_id's thread: itself, or the one it follows up on."""
    if attempt_id is None:
        return None
    row = conn.execute(
        "SELECT coalesce(follow_up_of, id) FROM attempts WHERE id = ?", (attempt_id,)
    ).fetchone()
    if row is None:
        raise ValueError(f"follow_up_of names attempt {attempt_id}, which is not in the history")
    return row[0]


def _imported_thread(conn: sqlite3.Connection, record: Mapping[str, Any], where: str) -> int | None:
    """The id here of the main attempt an imported follow-up names by its uid."""
    uid = record.get("follow_up_of")
    if uid is None:
        return None
    row = conn.execute("SELECT id FROM attempts WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        raise StoreImportError(
            f"{where}: a follow-up to attempt {uid}, which is neither earlier in the file nor "
            f"in this history"
        )
    return row[0]


def _question_fields(question: Question | None, review: Mapping[str, Any]) -> dict[str, Any]:
    if question is not None:
        return {"id": question.id, "text": question.text, "category": question.category}
    text = review.get("question")
    return {"id": None, "text": text if isinstance(text, str) else None, "category": None}


def _llm_call(row: sqlite3.Row) -> LlmCall:
    return LlmCall(
        id=row["id"],
        attempt_id=row["attempt_id"],
        session_id=row["session_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        model=row["model"],
        request=json.loads(row["request"]),
        response=row["response"],
        latency_s=row["latency_s"],
        prompt_tokens=row["prompt_tokens"],
        completion_tokens=row["completion_tokens"],
        outcome=row["outcome"],
        error=row["error"],
    )


def _insert_attempt(
    conn: sqlite3.Connection,
    review: Mapping[str, Any],
    *,
    uid: str,
    session_id: int | None,
    audio_path: str | None,
    question: Mapping[str, str | None],
    stage_timings: Mapping[str, float],
    created_at: str,
    follow_up_of: int | None = None,
) -> int:
    """Insert one attempt row; question holds "id", "text" and "category" (any may be None)."""
    stored = decode_review(review)
    timings = {**stored.timings, **stage_timings}
    columns: dict[str, Any] = {
        "uid": uid,
        "session_id": session_id,
        "created_at": created_at,
        "question_id": question.get("id"),
        "question_text": question.get("text"),
        "category": question.get("category"),
        "audio_path": audio_path,
        "follow_up_of": follow_up_of,
        **_figures(stored),
        "stage_timings": json.dumps(timings),
        "review": json.dumps(review, ensure_ascii=False),
    }
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO attempts ({names}) VALUES ({marks})"
    return conn.execute(sql, tuple(columns.values())).lastrowid


def _insert_session(
    conn: sqlite3.Connection,
    uid: str,
    started_at: str,
    command: str,
    program_version: str = __version__,
) -> int:
    cursor = conn.execute(
        "INSERT INTO sessions (uid, started_at, command, program_version) VALUES (?, ?, ?, ?)",
        (uid, started_at, command, program_version),
    )
    return cursor.lastrowid


_CALL_FIELDS = (
    "created_at",
    "model",
    "request",
    "response",
    "latency_s",
    "prompt_tokens",
    "completion_tokens",
    "outcome",
    "error",
)


def _insert_llm_call(
    conn: sqlite3.Connection,
    call: Mapping[str, Any],
    attempt_id: int | None,
    session_id: int | None = None,
) -> int:
    values = {name: call.get(name) for name in _CALL_FIELDS}
    values["request"] = json.dumps(values["request"], ensure_ascii=False)
    values["created_at"] = _timestamp(datetime.fromisoformat(values["created_at"]))
    cursor = conn.execute(
        f"INSERT INTO llm_calls (attempt_id, session_id, {', '.join(_CALL_FIELDS)}) "
        f"VALUES (?, ?, {', '.join('?' for _ in _CALL_FIELDS)})",
        (attempt_id, session_id, *values.values()),
    )
    return cursor.lastrowid


def _call_record(call: LlmCall) -> dict[str, Any]:
    record = {name: getattr(call, name) for name in _CALL_FIELDS}
    record["created_at"] = call.created_at.isoformat(timespec="microseconds")
    return record


def _imported_session(conn: sqlite3.Connection, session: Mapping[str, Any] | None) -> int | None:
    """The id of the exported session here, adding it when this history lacks it."""
    if session is None:
        return None
    row = conn.execute("SELECT id FROM sessions WHERE uid = ?", (session["uid"],)).fetchone()
    if row:
        return row[0]
    started_at = _timestamp(datetime.fromisoformat(session["started_at"]))
    return _insert_session(
        conn, session["uid"], started_at, session["command"], session["program_version"]
    )
