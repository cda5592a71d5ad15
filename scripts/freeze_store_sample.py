"""Freeze a small practice history written by this version, for the migration tests.

Run it before appending a migration to MIGRATIONS in voice_interviewer/history/migrations.py:
it writes tests/data/store-vN.sql (N: the number of migrations this version has), the SQL
dump of a history with sessions, attempts with and without delivery and feedback, and LLM
calls. The tests open every frozen version with the current program and check that nothing
is lost.

    .venv/bin/python scripts/freeze_store_sample.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.store_samples import sample_review  # noqa: E402
from voice_interviewer.history.migrations import MIGRATIONS  # noqa: E402
from voice_interviewer.history.store import Store  # noqa: E402
from voice_interviewer.questions import Question  # noqa: E402

WHY = Question(
    id="why-01",
    category="why-ai-engineering",
    text="Why are you moving from software engineering to AI engineering?",
    time_limit=120,
    rubric=("names a concrete production problem",),
)


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=timezone.utc)


def main() -> None:
    target = ROOT / "tests" / "data" / f"store-v{len(MIGRATIONS)}.sql"
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "h.sqlite3") as store:
        first = store.start_session("review", started_at=_at(20, 9))
        call = store.log_llm_call(
            model="qwen2.5-coder-1.5b-instruct",
            request={"messages": [{"role": "user", "content": "Review this answer."}]},
            response='{"framework": {}}',
            outcome="invalid-json",
            latency_s=3.5,
            prompt_tokens=700,
            completion_tokens=90,
            session_id=first,
        )
        store.add_attempt(
            sample_review(0, file="/recordings/why-1.wav"),
            session_id=first,
            question=WHY,
            stage_timings={"record_s": 61.2, "analyse_s": 0.05, "coach_s": 3.6},
            llm_call_ids=[call],
            created_at=_at(20, 9),
        )
        store.add_attempt(
            sample_review(3, file="/recordings/why-2.wav", feedback=False),
            session_id=first,
            question=WHY,
            created_at=_at(20, 10),
        )
        second = store.start_session("review", started_at=_at(22, 18))
        store.add_attempt(
            sample_review(2, file="/recordings/plain.wav", question=None, delivery=False)
            | {"feedback": None},
            session_id=second,
            created_at=_at(22, 18),
        )
        store.log_llm_call(
            model="qwen2.5-coder-1.5b-instruct",
            request={"messages": []},
            response=None,
            outcome="timeout",
            error="no answer in 30 s",
            session_id=second,
        )
        dump = "\n".join(store._conn.iterdump())
    target.write_text(dump + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
