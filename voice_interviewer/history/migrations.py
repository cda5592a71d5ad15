"""The practice history's schema: named migrations, appended and never edited.

Each migration is recorded by name in the table schema_migrations when applied, so a newer
program brings an older file up to date, in one transaction, and keeps everything in it. Before
appending a migration, run scripts/freeze_store_sample.py: the tests open every frozen earlier
version with the current program.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from voice_interviewer import __version__
from voice_interviewer.errors import VoiceInterviewerError


class StoreNewerError(VoiceInterviewerError):
    """The file was migrated by a newer version of the program than this one."""


@dataclass(frozen=True)
class Migration:
    """One step of the schema. Append new ones to MIGRATIONS; never edit or reorder old ones."""

    name: str
    statements: tuple[str, ...]


_BASE = Migration(
    "0001-base",
    (
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,       -- ISO 8601, UTC
            command TEXT NOT NULL,          -- review, drill, ...
            program_version TEXT NOT NULL
        )""",
        """CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,       -- ISO 8601, UTC
            question_id TEXT,
            question_text TEXT,
            category TEXT,
            audio_path TEXT,                -- absolute; the recording is never deleted
            duration_s REAL,
            word_count INTEGER,
            words_per_minute REAL,
            filler_count INTEGER,
            fillers_per_minute REAL,
            rehearsal_flags INTEGER,
            score_production_problem INTEGER,
            score_engineering_rigor INTEGER,
            score_business_impact INTEGER,
            score_honest_gaps INTEGER,
            coach TEXT,                     -- llm or rules
            whisper_model TEXT,
            llm_model TEXT,
            stage_timings TEXT NOT NULL,    -- JSON object: seconds per stage
            review TEXT NOT NULL            -- JSON: AnswerReview.to_json(), words and timings too
        )""",
        "CREATE INDEX attempts_by_time ON attempts(created_at)",
        "CREATE INDEX attempts_by_question ON attempts(question_id, created_at)",
        """CREATE TABLE llm_calls (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            model TEXT NOT NULL,
            request TEXT NOT NULL,          -- JSON: the messages and parameters sent
            response TEXT,                  -- the raw answer; NULL when none came
            latency_s REAL,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            outcome TEXT NOT NULL,          -- one of LLM_OUTCOMES
            error TEXT
        )""",
        "CREATE INDEX llm_calls_by_attempt ON llm_calls(attempt_id)",
    ),
)

# Stable ids that travel with `export` and `import`, so importing twice adds nothing twice.
_UIDS = Migration(
    "0002-uids",
    (
        "ALTER TABLE sessions ADD COLUMN uid TEXT",
        "ALTER TABLE attempts ADD COLUMN uid TEXT",
        "UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
        "UPDATE attempts SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
        "CREATE UNIQUE INDEX sessions_by_uid ON sessions(uid)",
        "CREATE UNIQUE INDEX attempts_by_uid ON attempts(uid)",
    ),
)

# A follow-up answer belongs to the thread of the main attempt it follows (the first answer to
# the bank question), never to a question of its own: comparisons stay between attempts at the
# same question. Deleting the main attempt leaves its follow-ups, unthreaded, with their own
# wording as their question.
_FOLLOW_UPS = Migration(
    "0003-follow-ups",
    (
        "ALTER TABLE attempts ADD COLUMN follow_up_of INTEGER "
        "REFERENCES attempts(id) ON DELETE SET NULL",
        "CREATE INDEX attempts_by_thread ON attempts(follow_up_of)",
    ),
)

MIGRATIONS: tuple[Migration, ...] = (_BASE, _UIDS, _FOLLOW_UPS)


def _applied(conn: sqlite3.Connection, migrations: tuple[Migration, ...]) -> set[str]:
    """The migrations the file records; StoreNewerError when it has one this program lacks."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    applied = (
        {row[0] for row in conn.execute("SELECT name FROM schema_migrations")} if exists else set()
    )
    unknown = sorted(applied - {m.name for m in migrations})
    if unknown:
        raise StoreNewerError(
            f"the practice history was written by a newer voice-interviewer (it has "
            f"migration {unknown[-1]}, unknown to version {__version__}); upgrade to use it"
        )
    return applied


def migrate(conn: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
    """Apply the migrations the file lacks, all in one transaction; return their names.

    An up-to-date file is only read. Raises StoreNewerError, before writing anything, when the
    file records a migration this program does not know.
    """
    if {m.name for m in migrations} <= _applied(conn, migrations):
        return []
    conn.execute("BEGIN IMMEDIATE")
    try:
        applied = _applied(conn, migrations)  # again: another process may have migrated it
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        added = []
        for migration in migrations:
            if migration.name in applied:
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                (migration.name, datetime.now(timezone.utc).isoformat()),
            )
            added.append(migration.name)
        conn.execute(f"PRAGMA user_version = {len(applied) + len(added)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return added
