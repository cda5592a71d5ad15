"""`voice-interviewer review` as a user runs it: results, JSON, and one line per bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.audio_tools import encode, encode_blocks, write_wav
from tests.conftest import fixture_audio, run_cli, shared_audio
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.textnorm import word_error_rate


def assert_one_line_error(result, pattern: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    assert pattern in lines[0]


def test_review_prints_transcript_pace_and_pauses() -> None:
    result = run_cli("review", str(shared_audio("jfk.flac")))
    assert result.returncode == 0, result.stderr
    assert "ask not what your country can do for you" in result.stdout
    assert "[00:00.0]" in result.stdout
    assert "words per minute" in result.stdout
    assert "Longest pauses:" in result.stdout


def test_review_json_follows_the_documented_schema() -> None:
    wav, text = fixture_audio("why_ai_engineering")
    result = run_cli("review", "--json", "--question", "Why AI engineering?", str(wav))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["schema"] == 1
    assert data["ok"] is True
    assert data["file"] == str(wav)
    assert data["question"] == "Why AI engineering?"
    assert word_error_rate(text, data["text"]) <= 0.05
    assert {"load_s", "transcribe_s"} <= set(data["timings"])
    assert set(data["words"][0]) == {"text", "start", "end", "probability"}
    pace = data["pace"]
    assert pace["word_count"] == len(data["words"])
    assert 100 < pace["words_per_minute"] < 200
    assert all(p["duration"] >= 0.5 for p in pace["pauses"])


def test_review_goes_on_past_a_bad_file_and_exits_2(tmp_path: Path) -> None:
    wav, _ = fixture_audio("biggest_weakness")
    missing = tmp_path / "missing.wav"
    result = run_cli("review", "--json", str(missing), str(wav))
    assert result.returncode == 2
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"file": str(missing), "ok": False, "error": f"{missing}: no such file"}
    assert second["ok"] is True


def test_review_takes_several_transcripts_like_recordings(tmp_path: Path) -> None:
    first, missing, second = tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "b.txt"
    first.write_text("So, um, I built a retrieval system for support.\n", encoding="utf-8")
    second.write_text("My biggest weakness is delegation.\n", encoding="utf-8")
    result = run_cli("review", "--json", "--transcript", str(first), str(missing), str(second))
    assert result.returncode == 2
    reviews = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(review["file"], review["ok"]) for review in reviews] == [
        (str(first), True),
        (str(missing), False),
        (str(second), True),
    ]
    assert reviews[2]["text"] == "My biggest weakness is delegation."
    assert reviews[0]["attempt_id"] != reviews[2]["attempt_id"]
    assert result.stderr.strip() == f"error: {missing}: no such file"


def test_file_name_with_spaces_and_unicode(tmp_path: Path) -> None:
    wav, text = fixture_audio("biggest_weakness")
    odd = tmp_path / "my answer (café ü 答え).wav"
    shutil.copy(wav, odd)
    result = run_cli("review", "--json", str(odd))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["file"] == str(odd)
    assert word_error_rate(text, data["text"]) <= 0.05


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "absent.wav", "no such file"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "empty.wav", b""), "is empty"),
        (
            lambda d: _write(d / "notes.wav", b"these are my notes, not audio\n" * 40),
            "not an audio file",
        ),
        (lambda d: _cut(d / "cut.flac"), "truncated"),
        (
            lambda d: write_wav(d / "silence.wav", np.zeros(4 * SAMPLE_RATE, np.float32)),
            "no speech found",
        ),
    ],
    ids=["missing", "folder", "empty", "not-audio", "truncated", "silence"],
)
def test_bad_input_gets_one_line_and_exit_2(tmp_path: Path, make, message: str) -> None:
    assert_one_line_error(run_cli("review", str(make(tmp_path))), message)


def test_offline_model_name_gets_one_line(tmp_path: Path) -> None:
    wav, _ = fixture_audio("biggest_weakness")
    assert_one_line_error(run_cli("review", "--model", "small", str(wav)), "--model base")


def test_bad_config_value_gets_one_line(tmp_path: Path, home: Path) -> None:
    home.mkdir(parents=True)
    (home / "config.toml").write_text('device = "tpu"\n')
    wav, _ = fixture_audio("biggest_weakness")
    assert_one_line_error(run_cli("review", str(wav)), "device must be one of")


def test_a_long_recording_streams_with_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """30 minutes of room noise with an answer at 0:20:00 take no more memory than five minutes
    with it at 0:00:00 (longer than the longest chunk transcribed at once): the samples never sit
    in memory whole (30 minutes of them would be 115 MB). With the default settings. The answer
    is the fixture's first two sentences (8.9 s): its transcription, twice, is most of the
    test's time."""
    monkeypatch.delenv("VOICE_INTERVIEWER_KEEP_FILLERS")
    wav, text = fixture_audio("system_design_questions")
    speech = load_audio(wav)[: int(8.9 * SAMPLE_RATE)]
    text = text.split("? ")[0] + "?"
    short = encode_blocks(
        _room_noise_minutes(5, speech, at=(0,)), tmp_path / "five.flac", "flac", "flac"
    )
    path = encode_blocks(
        _room_noise_minutes(30, speech, at=(20,)),
        tmp_path / "thirty minutes.flac",
        "flac",
        "flac",
    )
    baseline_mb, early = _review_peak_mb(short)
    peak_mb, late = _review_peak_mb(path)
    assert late["duration_s"] == pytest.approx(1800, abs=1)
    assert word_error_rate(text, late["text"]) <= 0.05
    assert late["words"][0]["start"] == pytest.approx(1200 + early["words"][0]["start"], abs=0.5)
    assert peak_mb - baseline_mb < 60, f"peak {peak_mb:.0f} MB against {baseline_mb:.0f} MB"


def _review_peak_mb(path: Path) -> tuple[float, dict]:
    """The peak memory of `review --json path` in its own process, and its JSON."""
    # VmHWM restarts at exec; rusage would not.
    program = (
        "import sys; from voice_interviewer.cli import main; code = main(sys.argv[1:]); "
        "sys.stderr.write(next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))); "
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, "review", "--json", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    peak_mb = int(result.stderr.split("VmHWM:")[1].split()[0]) / 1024
    return peak_mb, json.loads(result.stdout)


def _room_noise_minutes(
    minutes: int, speech: np.ndarray, at: tuple[int, ...]
) -> Iterator[np.ndarray]:
    rng = np.random.default_rng(7)
    for index in range(minutes):
        block = (rng.standard_normal(60 * SAMPLE_RATE) * 0.0005).astype(np.float32)
        if index in at:
            block[: speech.size] += speech
        yield block


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def _cut(path: Path) -> Path:
    wav, _ = fixture_audio("biggest_weakness")
    whole = encode(load_audio(wav), path.with_name("whole.flac"), "flac", "flac").read_bytes()
    return _write(path, whole[: len(whole) // 2])
