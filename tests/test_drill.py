"""The drill without sound hardware: question selection, saved attempts, the prompts, the demo
on a machine with no sound card, and the errors a user meets when audio is missing."""

from __future__ import annotations

import _thread
import io
import json
import os
import pty
import queue
import random
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from rich.console import Console

from tests.audio_tools import write_wav
from tests.conftest import fixture_audio, run_cli
from tests.drill_tools import Program, saved_attempts
from voice_interviewer.history.store import Store
from voice_interviewer.practice.drill import demo_question, recording_path
from voice_interviewer.questions import Question, QuestionBankError, select_questions
from voice_interviewer.textnorm import word_error_rate
from voice_interviewer.views import drill_view
from voice_interviewer.views.drill_view import LineInput, meter

BANK = """\
category = "test-drills"
title = "Questions for the tests"

[[questions]]
id = "td-1"
text = "Tell me about a system you built."
time_limit = 60
rubric = ["names the system"]

[[questions]]
id = "td-2"
text = "What went wrong in production?"
time_limit = 90
rubric = ["names the failure"]
company = "a bank"
"""


def question(qid: str, category: str = "c") -> Question:
    return Question(qid, category, f"Question {qid}?", 60, ("point",))


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    path = tmp_path / "my-bank.toml"
    path.write_text(BANK, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def _no_server(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Variables that point the sound libraries at a folder with no sound server in it. On a
    machine without a sound card PortAudio then sees no device at all; skips where this
    machine has sound hardware of its own."""
    empty = tmp_path_factory.mktemp("no-sound")
    variables = {
        "XDG_RUNTIME_DIR": str(empty),
        "PIPEWIRE_RUNTIME_DIR": str(empty),
        "PULSE_SERVER": f"unix:{empty}/none",
    }
    probe = subprocess.run(
        [sys.executable, "-c", "import sounddevice as sd; print(len(sd.query_devices()))"],
        env={**os.environ, **variables},
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.stdout.strip() != "0":
        pytest.skip(f"this machine has sound devices without a server: {probe.stdout.strip()}")
    return variables


@pytest.fixture
def no_sound_env(_no_server: dict[str, str], home: Path) -> dict[str, str]:
    """The environment of a machine with no sound card (and this test's data folder)."""
    return {**os.environ, **_no_server}


@pytest.fixture
def no_portaudio_env(tmp_path: Path, home: Path) -> dict[str, str]:
    """An environment where the PortAudio library cannot be loaded, as on a machine without
    libportaudio2: the loader finds an empty file first."""
    folder = tmp_path / "no-portaudio"
    folder.mkdir()
    (folder / "libportaudio.so.2").write_bytes(b"")
    return {**os.environ, "LD_LIBRARY_PATH": str(folder)}


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    return lines[0]


# --- choosing questions ----------------------------------------------------------------------


def test_select_by_category_count_and_id() -> None:
    bank = [question("a1", "a"), question("b1", "b"), question("a2", "a"), question("a3", "a")]
    assert [q.id for q in select_questions(bank, category="a")] == ["a1", "a2", "a3"]
    assert [q.id for q in select_questions(bank, category="a", count=2)] == ["a1", "a2"]
    assert [q.id for q in select_questions(bank, question_id="b1", count=3)] == ["b1"]
    shuffled = select_questions(bank, shuffle=True, rng=random.Random(3))
    assert sorted(q.id for q in shuffled) == ["a1", "a2", "a3", "b1"]
    assert [q.id for q in shuffled] != ["a1", "b1", "a2", "a3"]


def test_an_unknown_category_names_the_known_ones() -> None:
    with pytest.raises(QuestionBankError, match=r"'nope'; categories: a, b"):
        select_questions([question("a1", "a"), question("b1", "b")], category="nope")


def test_recording_paths_are_dated_and_never_overwrite(home: Path) -> None:
    when = datetime(2026, 11, 24, 9, 30, 5)
    first = recording_path("why/01", 1, when)
    assert first == home / "recordings" / "2026-11-24" / "093005-why_01-1.wav"
    first.parent.mkdir(parents=True)
    first.write_bytes(b"")
    assert recording_path("why/01", 1, when).name == "093005-why_01-1-2.wav"


def test_the_demo_answers_the_first_question_of_the_bundled_answers_category() -> None:
    bank = [question("x", "elsewhere"), question("w1", "why-ai-engineering")]
    bank.append(question("w2", "why-ai-engineering"))
    chosen, answer = demo_question(bank)
    assert (chosen.id, answer.name) == ("w1", "why_ai_engineering.wav")
    with pytest.raises(QuestionBankError, match="no 'why-ai-engineering' question"):
        demo_question([question("x", "elsewhere")])


# --- terminal pieces -------------------------------------------------------------------------


def test_the_meter_fills_from_minus_60_db_to_full_scale() -> None:
    assert meter(-100, cells=10) == "·" * 10
    assert meter(-30, cells=10) == "█" * 5 + "·" * 5
    assert meter(0, cells=10) == "█" * 10


def test_line_input_reads_enter_and_answers_in_order() -> None:
    keyboard = LineInput(io.StringIO("\nR \nq\n"))
    assert keyboard.ask("? ") == ""
    assert keyboard.ask("? ") == "r"
    assert keyboard.enter_pressed()
    assert keyboard.ask("? ") is None  # end of input
    assert not keyboard.enter_pressed()


class _Screen(io.StringIO):
    """What the prompts print; prompted is set once a prompt waits for its answer."""

    def __init__(self) -> None:
        super().__init__()
        self.prompted = threading.Event()

    def write(self, text: str) -> int:
        if PROMPT in text:
            self.prompted.set()
        return super().write(text)


PROMPT = "Next [Enter/n], retry [r]? "


class Terminal:
    """A pseudo-terminal as the stdin of a LineInput; keys are typed at its other end."""

    def __init__(self) -> None:
        self.master, self.slave = pty.openpty()
        self.settings = termios.tcgetattr(self.slave)
        self.screen = _Screen()
        running = set(threading.enumerate())
        self.keyboard = LineInput(open(self.slave, closefd=False))  # noqa: SIM115
        (self.reader,) = (t for t in set(threading.enumerate()) - running if t.name == "stdin")

    def type(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def answer(self, keys: bytes) -> str | None:
        """keys typed once the prompt waits; what ask returns (in a thread: a prompt that
        waits for more than the keys fails the test instead of hanging it)."""
        self.screen.prompted.clear()
        answers: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        threading.Thread(target=lambda: answers.put(self.keyboard.ask(PROMPT)), daemon=True).start()
        assert self.screen.prompted.wait(5)
        self.type(keys)
        return answers.get(timeout=5)

    def close(self) -> None:
        """Close both ends once the keyboard's reader has ended: a reader still running when
        the slave's number is reused would read the next test's keys."""
        os.close(self.master)  # the reader thread's next read fails and it ends
        self.reader.join(5)
        assert not self.reader.is_alive(), "the keyboard kept reading a hung-up terminal"
        os.close(self.slave)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[Terminal]:
    terminal = Terminal()
    monkeypatch.setattr(drill_view, "out", Console(file=terminal.screen, highlight=False))
    yield terminal
    terminal.close()


def test_on_a_terminal_one_key_answers_without_enter(terminal: Terminal) -> None:
    assert terminal.answer(b"R") == "r"
    assert terminal.screen.getvalue().endswith(f"{PROMPT}r\n")
    assert termios.tcgetattr(terminal.slave) == terminal.settings


def test_on_a_terminal_enter_alone_picks_the_default(terminal: Terminal) -> None:
    assert terminal.answer(b"\r") == ""
    assert terminal.answer(b"\n") == ""
    assert termios.tcgetattr(terminal.slave) == terminal.settings


def test_on_a_terminal_ctrl_d_quits(terminal: Terminal) -> None:
    assert terminal.answer(b"\x04") is None


def test_between_prompts_the_terminal_reads_lines_so_enter_ends_an_answer(
    terminal: Terminal,
) -> None:
    terminal.type(b"x")
    time.sleep(0.2)
    assert not terminal.keyboard.enter_pressed()  # a key without Enter does not end it
    terminal.type(b"\r")
    deadline = time.monotonic() + 5
    while not terminal.keyboard.enter_pressed():
        assert time.monotonic() < deadline, "Enter did not end the answer"
        time.sleep(0.05)
    terminal.type(b"q\rq")  # typed before the prompt shows: not its answer
    time.sleep(0.2)
    assert terminal.answer(b"n") == "n"


def test_ctrl_c_at_a_terminal_prompt_interrupts_and_puts_the_terminal_back(
    terminal: Terminal,
) -> None:
    interrupt = threading.Thread(
        target=lambda: terminal.screen.prompted.wait(5) and _thread.interrupt_main(), daemon=True
    )
    unblock = threading.Timer(5, terminal.type, args=(b"n",))  # if Ctrl-C did not interrupt
    interrupt.start()
    unblock.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            terminal.keyboard.ask(PROMPT)
    finally:
        unblock.cancel()
    assert termios.tcgetattr(terminal.slave) == terminal.settings


# --- the program, with no sound hardware -----------------------------------------------------


def test_the_demo_works_with_no_sound_card(no_sound_env: dict[str, str], home: Path) -> None:
    result = run_cli("demo", "--countdown", "0", env=no_sound_env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "warning: no sound output found" in result.stderr
    assert "No sound output: the questions are shown as text and the answer is read from" in (
        result.stdout
    )
    [(wav, review)] = saved_attempts(home)
    fixture = Path(review["drill"]["answer_file"])
    _, text = fixture_audio(fixture.stem)
    assert review["question"] in result.stdout
    assert "words per minute" in result.stdout
    assert word_error_rate(text, review["text"]) <= 0.1
    assert review["drill"]["ended_by"] == "source_end"
    assert wav.is_file()


def test_a_drill_without_a_microphone_says_what_to_do(no_sound_env: dict[str, str]) -> None:
    line = one_error_line(run_cli("drill", env=no_sound_env))
    assert "no microphone found" in line
    assert "--answer-file" in line
    assert "doctor" in line


def test_doctor_without_sound_hardware_says_what_is_missing(
    no_sound_env: dict[str, str],
) -> None:
    result = run_cli("doctor", env=no_sound_env)
    assert result.returncode == 2
    assert "✗ microphone: no microphone found" in result.stdout
    assert "! sound output:" in result.stdout
    assert "✓ Whisper model" in result.stdout
    assert "Not ready for a drill: fix the microphone" in result.stdout


def test_without_the_portaudio_library(no_portaudio_env: dict[str, str], home: Path) -> None:
    line = one_error_line(run_cli("drill", env=no_portaudio_env))
    assert "no audio system" in line
    assert "apt-get install libportaudio2" in line
    doctor = run_cli("doctor", env=no_portaudio_env)
    assert doctor.returncode == 2
    assert "✗ audio system: no audio system" in doctor.stdout


def test_an_answer_file_with_next_retry_and_quit_from_stdin(
    no_sound_env: dict[str, str], bank: Path, home: Path
) -> None:
    wav, _ = fixture_audio("biggest_weakness")
    program = Program(
        "drill",
        "--bank",
        str(bank),
        "--category",
        "test-drills",
        "--answer-file",
        str(wav),
        "--time-limit",
        "5",
        "--countdown",
        "0",
        env=no_sound_env,
    )
    program.wait_for(
        "Next question [Enter/n], the interviewer's follow-up [f], retry [r], quit [q]?"
    )
    program.type("r")
    program.wait_for("attempt 2")
    program.wait_for(
        "Next question [Enter/n], the interviewer's follow-up [f], retry [r], quit [q]?"
    )
    program.type("")
    program.wait_for("Question 2 of 2")
    program.wait_for("The interviewer's follow-up [f], retry this question [r], quit [Enter/q]?")
    program.type("")
    assert program.wait() == 0, program.stderr
    attempts = [(r["drill"]["question_id"], r["drill"]["attempt"]) for _, r in saved_attempts(home)]
    assert attempts == [("td-1", 1), ("td-1", 2), ("td-2", 1)]
    with Store.open() as store:
        for _, review in saved_attempts(home):
            assert review["drill"]["answer_file"] == str(wav)
            assert review["drill"]["ended_by"] == "time_limit"
            assert review["text"].lower().startswith("my weak")
            # One record per answer: the file beside the WAV is what the history keeps.
            kept = store.attempt(review.pop("attempt_id")).review.data
            assert kept == review


def test_on_a_terminal_the_drill_takes_single_keys_and_puts_the_terminal_back(
    no_sound_env: dict[str, str], bank: Path, home: Path
) -> None:
    wav, _ = fixture_audio("biggest_weakness")
    program = Program(
        "drill", "--bank", str(bank), "--question", "td-1", "--answer-file", str(wav),
        "--time-limit", "3", "--countdown", "0", env=no_sound_env, terminal=True,
    )  # fmt: skip
    assert program.terminal is not None
    settings = termios.tcgetattr(program.terminal)
    program.wait_for("retry this question [r], quit [Enter/q]?")
    program.press(b"r")  # no Enter
    program.wait_for("attempt 2")
    program.wait_for("retry this question [r], quit [Enter/q]?")
    program.press(b"\r")  # Enter alone: the default, quit
    assert program.wait() == 0, program.stderr
    assert termios.tcgetattr(program.terminal) == settings
    attempts = [(r["drill"]["question_id"], r["drill"]["attempt"]) for _, r in saved_attempts(home)]
    assert attempts == [("td-1", 1), ("td-1", 2)]


def test_the_coachs_follow_up_is_asked_next_when_chosen(
    no_sound_env: dict[str, str], bank: Path, home: Path
) -> None:
    wav, _ = fixture_audio("biggest_weakness")
    program = Program(
        "drill", "--bank", str(bank), "--question", "td-1", "--answer-file", str(wav),
        "--time-limit", "5", "--countdown", "0", env=no_sound_env,
    )  # fmt: skip
    program.wait_for("The interviewer's follow-up [f], retry this question [r], quit [Enter/q]?")
    program.type("f")
    program.wait_for("Question 1 of 1 · follow-up 1")
    program.wait_for("The interviewer's follow-up [f], retry this question [r], quit [Enter/q]?")
    program.type("q")
    assert program.wait() == 0, program.stderr
    first, second = (review for _, review in saved_attempts(home))
    assert second["question"] == first["feedback"]["follow_up"]
    assert second["question"].endswith("?")
    # A follow-up belongs to the thread of the answer it follows, not to a question of its own.
    assert second["drill"]["question_id"] == "td-1"
    assert second["drill"]["follow_up"] is True and first["drill"]["follow_up"] is False
    assert second["drill"]["follow_up_of"] == first["attempt_id"] is not None
    history = run_cli("history", "--question", "td-1", "--json")
    rows = [json.loads(line) for line in history.stdout.splitlines()]
    assert [(r["question_id"], r["follow_up_of"]) for r in rows] == [
        ("td-1", None),
        (None, first["attempt_id"]),
    ]
    assert rows[1]["attempt_number"] == 1 and rows[1]["trend"] == "first"


def test_a_drill_ends_with_the_scorecard_and_the_next_compares_with_it(
    no_sound_env: dict[str, str], bank: Path, home: Path
) -> None:
    wav, _ = fixture_audio("biggest_weakness")
    drill = (
        "drill", "--bank", str(bank), "--question", "td-1", "--answer-file", str(wav),
        "--time-limit", "5", "--countdown", "0",
    )  # fmt: skip
    first = Program(*drill, env=no_sound_env)
    first.wait_for("The interviewer's follow-up [f], retry this question [r], quit [Enter/q]?")
    first.type("f")
    first.wait_for("The interviewer's follow-up [f], retry this question [r], quit [Enter/q]?")
    first.type("q")
    assert first.wait() == 0, first.stderr
    scorecard = first.stdout[first.stdout.index("Scorecard · drill of") :]
    assert "2 answers" in scorecard
    lines = scorecard.splitlines()
    main_row = next(i for i, line in enumerate(lines) if " td-1 " in line)
    assert "↳ " in lines[main_row + 1]  # the follow-up, under its main answer
    assert "What would help most" in scorecard
    assert "(in 1 of 2 answers)" in scorecard or "(in 2 of 2 answers)" in scorecard
    assert '   "' in scorecard  # each change with a quote from the transcript
    assert "No earlier session of this kind to compare with." in scorecard

    second = Program(*drill, env=no_sound_env)
    second.wait_for("retry this question [r], quit [Enter/q]?")
    second.type("q")
    assert second.wait() == 0, second.stderr
    scorecard = second.stdout[second.stdout.index("Scorecard · drill of") :]
    assert "1 answer" in scorecard
    assert "Against the previous session" in scorecard
    assert "your latest answers to the same question" in scorecard
    assert "framing score:" in scorecard


def _quit_after_no_speech(answer: Path, bank: Path, env: dict[str, str]) -> Program:
    """A drill answered by answer, a file with no speech, quit at the retry prompt."""
    program = Program(
        "drill", "--bank", str(bank), "--question", "td-1", "--answer-file", str(answer),
        "--countdown", "0", env=env,
    )  # fmt: skip
    program.wait_for("Retry [Enter/r], quit [q]?")
    program.type("q")
    assert program.wait() == 0, program.stderr
    return program


def test_a_loud_answer_with_no_words_says_the_microphone_heard_it(
    no_sound_env: dict[str, str], bank: Path, home: Path, tmp_path: Path
) -> None:
    """Loud noise and no words: the microphone works, so the advice is not to check it."""
    noise = np.random.default_rng(3).standard_normal(3 * 16000) * 0.15  # about -16 dB
    loud = write_wav(tmp_path / "loud.wav", noise.astype(np.float32))
    said = " ".join(_quit_after_no_speech(loud, bank, no_sound_env).stdout.split())
    assert "No speech was heard in this answer. Sound reached the microphone" in said
    assert "muted" not in said


def test_a_silent_answer_says_no_speech_and_offers_a_retry(
    no_sound_env: dict[str, str], bank: Path, home: Path, tmp_path: Path
) -> None:
    silent = write_wav(tmp_path / "silent.wav", np.zeros(3 * 16000, dtype=np.float32))
    program = _quit_after_no_speech(silent, bank, no_sound_env)
    assert "No speech was heard in this answer" in program.stdout
    assert "Is the microphone muted" in " ".join(program.stdout.split())
    [(wav, review)] = saved_attempts(home)
    assert review["ok"] is False
    assert review["error"] == "no speech was found in the answer"
    assert review["drill"]["recorded_s"] == 3.0
    assert wav.is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--answer-file", "missing.wav"], "missing.wav: no such file"),
        (["--question", "nope-99"], "no question with id 'nope-99'"),
        (["--category", "nope"], "no questions in category 'nope'"),
        (["--input-device", "x", "--speech-rate", "5"], "speech_rate must be 50 to 500"),
    ],
)
def test_bad_drill_input_is_one_line(args: list[str], message: str) -> None:
    assert message in one_error_line(run_cli("drill", *args))


def test_questions_lists_the_bank_and_a_users_own(bank: Path) -> None:
    result = run_cli("questions", "--bank", str(bank))
    assert result.returncode == 0, result.stderr
    assert "why-01" in result.stdout
    assert "td-2" in result.stdout
    assert "[a bank]" in result.stdout
    only = run_cli("questions", "--bank", str(bank), "--category", "test-drills")
    assert "why-01" not in only.stdout
    assert "2 questions in 1 category." in only.stdout


def test_a_broken_bank_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'category = "x"\ntitle = "X"\n[[questions]]\nid = "x-1"\ntext = "Why?"\ntime_limit = 9\n',
        encoding="utf-8",
    )
    assert "'rubric' is missing" in one_error_line(run_cli("questions", "--bank", str(broken)))


def test_the_saved_review_json_keeps_the_documented_keys(
    no_sound_env: dict[str, str], bank: Path, home: Path
) -> None:
    wav, _ = fixture_audio("biggest_weakness")
    result = run_cli(
        "drill", "--bank", str(bank), "--question", "td-2", "--answer-file", str(wav),
        "--time-limit", "3", "--countdown", "0", env=no_sound_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [(recorded, review)] = saved_attempts(home)
    assert {"schema", "file", "ok", "question", "text", "words", "pace", "drill"} <= set(review)
    assert review["file"] == str(recorded)
    drill = review["drill"]
    assert drill["question_id"] == "td-2"
    assert drill["category"] == "test-drills"
    assert drill["input_device"] is None
    assert datetime.fromisoformat(drill["started_at"])
    assert json.loads(json.dumps(review)) == review


def test_a_data_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    wav, _ = fixture_audio("biggest_weakness")
    env = {**os.environ, "VOICE_INTERVIEWER_HOME": str(blocker / "home")}
    result = run_cli(
        "drill", "--question", "why-01", "--answer-file", str(wav), "--no-voice",
        "--countdown", "0", env=env,
    )  # fmt: skip
    line = one_error_line(result)
    # The history opens before the question is asked, so the drill stops before anyone speaks.
    assert "cannot open the practice history" in line
    assert "VOICE_INTERVIEWER_HOME" in line
