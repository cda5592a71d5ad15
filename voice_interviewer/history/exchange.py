"""The practice history as JSON lines, one attempt per line: the format `export` writes and
`import` reads, and the checks an imported line passes before anything is written (the store
then inserts it: Store.import_lines).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from voice_interviewer.coaching.schema import LLM_OUTCOMES
from voice_interviewer.errors import VoiceInterviewerError

# The layout of one line of `export` (and of `import`).
EXPORT_FORMAT = "voice-interviewer-attempt"
EXPORT_VERSION = 1


class StoreImportError(VoiceInterviewerError):
    """An import file holds a line that is not an attempt exported by this program."""


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _is_time(value: Any) -> bool:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def export_line(row: Mapping[str, Any], calls: list[dict[str, Any]]) -> str:
    session = None
    if row["s_uid"] is not None:
        session = {
            "uid": row["s_uid"],
            "started_at": row["s_started_at"],
            "command": row["s_command"],
            "program_version": row["s_program_version"],
        }
    record = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "uid": row["uid"],
        "created_at": row["created_at"],
        "session": session,
        "question": {
            "id": row["question_id"],
            "text": row["question_text"],
            "category": row["category"],
        },
        "audio_path": row["audio_path"],
        "follow_up_of": row["m_uid"],
        "stage_timings": json.loads(row["stage_timings"]),
        "review": json.loads(row["review"]),
        "llm_calls": calls,
    }
    return json.dumps(record, ensure_ascii=False)


def import_record(line: str, where: str) -> dict[str, Any]:
    """One export line, checked enough that inserting it cannot fail halfway."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise StoreImportError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict) or record.get("format") != EXPORT_FORMAT:
        raise StoreImportError(f"{where}: not an attempt exported by voice-interviewer")
    if not isinstance(record.get("version"), int) or record["version"] > EXPORT_VERSION:
        raise StoreImportError(
            f"{where}: exported by a newer voice-interviewer (format version "
            f"{record.get('version')!r}); upgrade to import it"
        )
    problems = []
    if not isinstance(record.get("uid"), str) or not record["uid"]:
        problems.append("uid")
    if not _is_time(record.get("created_at")):
        problems.append("created_at")
    review = record.get("review")
    if not isinstance(review, dict) or not isinstance(review.get("text"), str):
        problems.append("review")
    question = record.get("question")
    if not isinstance(question, dict) or not all(
        isinstance(question.get(key), str | None) for key in ("id", "text", "category")
    ):
        problems.append("question")
    if not isinstance(record.get("audio_path"), str | None):
        problems.append("audio_path")
    if not isinstance(record.get("follow_up_of"), str | None):
        problems.append("follow_up_of")
    timings = record.get("stage_timings")
    if not isinstance(timings, dict) or not all(_is_number(v) for v in timings.values()):
        problems.append("stage_timings")
    session = record.get("session")
    if session is not None and not (
        isinstance(session, dict)
        and all(isinstance(session.get(key), str) for key in ("uid", "command", "program_version"))
        and _is_time(session.get("started_at"))
    ):
        problems.append("session")
    calls = record.get("llm_calls")
    if not isinstance(calls, list) or not all(
        isinstance(call, dict)
        and isinstance(call.get("model"), str)
        and call.get("outcome") in LLM_OUTCOMES
        and _is_time(call.get("created_at"))
        for call in calls
    ):
        problems.append("llm_calls")
    if problems:
        raise StoreImportError(f"{where}: missing or invalid {', '.join(problems)}")
    return record
