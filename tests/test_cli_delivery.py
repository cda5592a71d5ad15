"""`review` with the delivery analysis: recordings, plain-text transcripts, --scripts, --json."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import fixture_audio, run_cli, shared_audio
from tests.test_cli_review import assert_one_line_error

DELIVERY_KEYS = {
    "fillers",
    "filler_count",
    "fillers_per_minute",
    "fillers_per_100_words",
    "top_crutches",
    "rehearsal",
}
FILLER_KEYS = {"text", "kind", "start", "end", "word_index", "source"}
FLAG_KEYS = {"kind", "quote", "start", "end", "source", "why"}

ANSWER = (
    "So, um, I mean, I like Python. It took, like, three weeks, you know? I kept running into "
    "the limits of deterministic systems when dealing with unstructured data at company.\n"
)


def test_recording_json_has_timed_fillers_and_pace_figures() -> None:
    wav, _ = fixture_audio("ml_experience_fillers")
    result = run_cli("review", "--json", str(wav))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    delivery = data["delivery"]
    assert set(delivery) == DELIVERY_KEYS
    fillers = delivery["fillers"]
    assert all(set(f) == FILLER_KEYS for f in fillers)
    vocal = [f for f in fillers if f["kind"] == "vocal"]
    assert len(vocal) >= 3  # the fixture says um, uh, um
    words = data["words"]
    for filler in fillers:
        if filler["source"] == "transcript":
            word = words[filler["word_index"]]
            assert filler["start"] == word["start"]
            assert filler["text"].split()[0].lower() in word["text"].lower()
    assert ["like", 1] in delivery["top_crutches"]
    assert delivery["fillers_per_minute"] > 0
    pace = data["pace"]
    assert pace["first_word_delay_s"] > 0.5
    assert {p["at"] for p in pace["pauses"]} <= {"sentence-end", "clause", "mid-sentence"}
    assert pace["targets"]["min_wpm"] == 120


def test_plain_text_transcript_shows_unavailable_figures(tmp_path: Path) -> None:
    path = tmp_path / "call.txt"
    path.write_text(ANSWER, encoding="utf-8")
    result = run_cli("review", "--transcript", str(path))
    assert result.returncode == 0, result.stderr
    assert "Fillers: 5" in result.stdout
    assert "per minute unavailable" in result.stdout
    assert "Pace: unavailable without word timings" in result.stdout
    assert "template-slot" in result.stdout

    result = run_cli("review", "--json", "--transcript", str(path))
    data = json.loads(result.stdout)
    assert data["words"][0] == {"text": "So,", "start": None, "end": None, "probability": None}
    delivery = data["delivery"]
    assert delivery["filler_count"] == 5
    assert delivery["fillers_per_minute"] is None
    assert delivery["fillers_per_100_words"] > 0
    assert data["pace"]["words_per_minute"] is None
    assert all(set(f) == FLAG_KEYS for f in delivery["rehearsal"]["flags"])


def test_scripts_flag_recited_runs_of_the_guide(tmp_path: Path) -> None:
    guide = shared_audio("jfk.flac").parent.parent / "seed" / "interview-guide.txt"
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, encoding="utf-8")
    without = json.loads(run_cli("review", "--json", "--transcript", str(path)).stdout)
    assert "verbatim" not in [f["kind"] for f in without["delivery"]["rehearsal"]["flags"]]
    result = run_cli("review", "--json", "--transcript", str(path), "--scripts", str(guide))
    flags = json.loads(result.stdout)["delivery"]["rehearsal"]["flags"]
    verbatim = [f for f in flags if f["kind"] == "verbatim"]
    assert verbatim[0]["source"] == "interview-guide.txt"
    assert verbatim[0]["quote"].startswith("I kept running into the limits")


def test_captions_file_cue_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "call.vtt"
    path.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nUm, so I built it.\n", encoding="utf-8"
    )
    data = json.loads(run_cli("review", "--json", "--transcript", str(path)).stdout)
    assert data["text"] == "Um, so I built it."


def test_bad_transcript_and_scripts_get_one_line(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("review", "--transcript", str(tmp_path / "no.txt")), "no such")
    (tmp_path / "empty.txt").write_text("  \n")
    assert_one_line_error(
        run_cli("review", "--transcript", str(tmp_path / "empty.txt")), "holds no words"
    )
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00bad")
    assert_one_line_error(
        run_cli("review", "--transcript", str(tmp_path / "bin.txt")), "not a UTF-8 text file"
    )
    (tmp_path / "ok.txt").write_text(ANSWER)
    assert_one_line_error(
        run_cli("review", "--transcript", str(tmp_path / "ok.txt"), "--scripts", "/nope"),
        "no such scripts file",
    )
    assert_one_line_error(run_cli("review"), "nothing to review")
