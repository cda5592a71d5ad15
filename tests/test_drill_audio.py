"""The drill end to end through the real audio stack: a private PipeWire with a virtual
speaker (what the program plays is recorded from its monitor) and a virtual microphone (a
fixture answer is spoken into it with paplay). Skips with the reason where PipeWire cannot
start."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import fixture_audio, run_cli
from tests.drill_tools import Program, correlation_at_best_lag, saved_attempts, speech_span
from tests.pipewire import MONITOR_RATE, PipeWire, PipeWireUnavailable, start_pipewire
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio, probe
from voice_interviewer.audio.devices import find_device, sounddevice
from voice_interviewer.audio.recording import (
    AnswerRules,
    EndReason,
    MicrophoneSource,
    record_answer,
)
from voice_interviewer.audio.speech import DEFAULT_RATE, DEFAULT_VOICE, synthesize_to_wav
from voice_interviewer.questions import find_question, load_questions
from voice_interviewer.textnorm import normalise_words, word_error_rate
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions

QUESTION_ID = "why-01"
ANSWER = "biggest_weakness"


@pytest.fixture(scope="module")
def question_text() -> str:
    return find_question(load_questions(), QUESTION_ID).text


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    transcriber = Transcriber(TranscriptionOptions())
    transcriber.load()
    return transcriber


def drill(pipewire: PipeWire, *args: str, env: dict[str, str] | None = None) -> Program:
    return Program(
        "drill",
        "--question",
        QUESTION_ID,
        "--countdown",
        "0",
        *args,
        env=env or pipewire.client_env(),
    )


_players: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def _stop_players() -> Iterator[None]:
    """An answer still being spoken when its test ends must not reach the next test."""
    yield
    while _players:
        player = _players.pop()
        player.terminate()
        player.wait()


def speak_answer(pipewire: PipeWire, program: Program, name: str = ANSWER) -> None:
    """Once the drill records, speak the fixture answer into the virtual microphone; an
    earlier answer, cut short at the time limit, stops first (two voices at once are not an
    answer)."""
    program.wait_for("Recording:")
    while _players:
        _players.pop().terminate()
    _players.append(pipewire.play_into_mic(fixture_audio(name)[0]))


def one_error_line(stderr: str) -> str:
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, stderr
    assert "Traceback" not in stderr
    return errors[0]


def test_a_drill_speaks_the_question_records_until_silence_and_transcribes(
    pipewire: PipeWire, tmp_path: Path, home: Path, question_text: str, transcriber: Transcriber
) -> None:
    _, text = fixture_audio(ANSWER)
    with pipewire.record_speaker(tmp_path / "speaker.raw") as speaker:
        program = drill(pipewire, "--silence", "2")
        program.close_input()  # end of input: the prompt after the answer means "quit"
        speak_answer(pipewire, program)
        assert program.wait() == 0, program.stderr
    assert "Traceback" not in program.stderr
    assert question_text in program.stdout
    assert "ended: silence after the answer" in program.stdout

    # The question was played on the speaker: speech of the expected length, and the words.
    played = speaker.samples()
    expected = load_audio(
        synthesize_to_wav(question_text, tmp_path / "q.wav", DEFAULT_RATE, DEFAULT_VOICE)
    )
    start, end = speech_span(played, MONITOR_RATE)
    expected_start, expected_end = speech_span(expected, SAMPLE_RATE)
    assert end - start == pytest.approx(expected_end - expected_start, abs=0.25)
    heard = transcriber.transcribe_chunk(played)
    # At most half the words misheard: now and then (CI, and once locally after test_drill.py,
    # not reproduced alone) the espeak voice came back from the monitor as "software and
    # adhering to eye and adhering"; the cause is not found. Its length, checked above, and
    # half its words still show that the question itself was played.
    assert word_error_rate(question_text, " ".join(w.text for w in heard)) <= 0.5

    # The answer was recorded, ended about 2 s after it, transcribed and saved.
    [(recorded, review)] = saved_attempts(home)
    assert review["ok"] is True
    assert review["question"] == question_text
    # At most three words in ten misheard: the live path's words move with how the audio
    # arrives, and once in a full CI run (Intel Xeon with AMX, 2 cores) "My weakest area is the
    # math" came back as "My weak hysteria is a mess" (0.16); alone it passed 4 of 4 runs. A
    # recording of anything else than the answer is near 1.0.
    assert word_error_rate(text, review["text"]) <= 0.3
    assert review["drill"]["ended_by"] == "silence"
    assert review["drill"]["question_id"] == QUESTION_ID
    trailing = review["drill"]["recorded_s"] - review["words"][-1]["end"]
    assert 2.0 <= trailing <= 4.5  # the fixture's own second of silence, then 2 s
    assert probe(recorded).duration == pytest.approx(review["drill"]["recorded_s"], abs=0.05)


def test_an_answer_ends_at_the_time_limit_after_a_warning(pipewire: PipeWire, home: Path) -> None:
    _, text = fixture_audio(ANSWER)
    program = drill(pipewire, "--time-limit", "6", "--no-voice")  # speaking is tested above
    program.close_input()
    speak_answer(pipewire, program)
    assert program.wait() == 0, program.stderr
    assert "2 s left: time to wrap up." in program.stdout
    assert "ended: time limit reached" in program.stdout
    [(recorded, review)] = saved_attempts(home)
    assert review["drill"]["ended_by"] == "time_limit"
    assert len(load_audio(recorded)) == 6 * SAMPLE_RATE
    said = normalise_words(review["text"])
    assert len(said) >= 5
    prefix = " ".join(normalise_words(text)[: len(said)])
    # Whisper's words for these 6 s move with where the recording starts, which the virtual
    # devices vary: 0 to 0.27 over 20 lead-ins from 0.2 to 1.2 s offline, and 0.36 once in a
    # drill ("My weak hysteria is a mess behind model training").
    assert word_error_rate(prefix, review["text"]) <= 0.5


def test_enter_ends_the_answer(pipewire: PipeWire, home: Path) -> None:
    program = drill(pipewire, "--no-voice")
    speak_answer(pipewire, program)
    time.sleep(5)
    program.type("")
    program.wait_for("ended: Enter pressed")
    program.close_input()
    assert program.wait() == 0, program.stderr
    [(_, review)] = saved_attempts(home)
    assert review["drill"]["ended_by"] == "enter"
    assert 4.5 <= review["drill"]["recorded_s"] <= 7.0
    assert review["text"].lower().startswith("my weak")


def test_retry_then_quit_through_the_prompts(pipewire: PipeWire, home: Path) -> None:
    program = drill(pipewire, "--time-limit", "4", "--no-voice")  # speaking is tested above
    speak_answer(pipewire, program)
    program.wait_for("The interviewer's follow-up [f], retry this question [r], quit [Enter/q]?")
    program.type("r")
    program.wait_for("attempt 2")
    speak_answer(pipewire, program)
    program.wait_for("The interviewer's follow-up [f], retry this question [r], quit [Enter/q]?")
    program.type("q")
    assert program.wait() == 0, program.stderr
    attempts = [review["drill"]["attempt"] for _, review in saved_attempts(home)]
    assert attempts == [1, 2]


def test_ctrl_c_mid_answer_keeps_a_valid_recording(pipewire: PipeWire, home: Path) -> None:
    program = drill(pipewire, "--no-voice")
    speak_answer(pipewire, program)
    time.sleep(4)
    program.process.send_signal(signal.SIGINT)
    assert program.wait() == 130
    kept = re.search(r"Interrupted: the ([\d.]+) s recorded are kept in (\S+\.wav)", program.stdout)
    assert kept, program.stdout
    path = Path(kept.group(2))
    assert path.parent.parent == home / "recordings"
    samples = load_audio(path)
    assert len(samples) / SAMPLE_RATE == pytest.approx(float(kept.group(1)), abs=0.01)
    assert 3.5 <= len(samples) / SAMPLE_RATE <= 6.0
    assert np.abs(samples).max() > 0.1  # the answer is in it
    assert "Traceback" not in program.stderr


def test_a_killed_drill_leaves_a_valid_recording(pipewire: PipeWire, home: Path) -> None:
    program = drill(pipewire, "--no-voice")
    speak_answer(pipewire, program)
    time.sleep(3)
    program.process.kill()
    program.wait()
    [path] = list((home / "recordings").rglob("*.wav"))
    assert 2.5 <= len(load_audio(path)) / SAMPLE_RATE <= 5.0


def test_a_microphone_that_vanishes_mid_answer_keeps_what_was_recorded(
    tmp_path: Path, home: Path
) -> None:
    try:
        server = start_pipewire(tmp_path / "pipewire")
    except PipeWireUnavailable as exc:
        pytest.skip(str(exc))
    try:
        program = drill(server, "--no-voice", env=server.client_env())
        program.close_input()
        speak_answer(server, program)
        time.sleep(4)
        server.kill_server()
        assert program.wait() == 2
    finally:
        server.stop()
    assert "the input device went away" in program.stderr
    assert "Traceback" not in program.stderr
    error = one_error_line(program.stderr)
    assert "kept in" in error
    [(recorded, review)] = saved_attempts(home)
    assert review["drill"]["ended_by"] == "device_lost"
    assert 3.0 <= review["drill"]["recorded_s"] <= 6.0
    assert len(load_audio(recorded)) / SAMPLE_RATE == pytest.approx(
        review["drill"]["recorded_s"], abs=0.01
    )
    assert review["text"].lower().startswith("my weak")  # what was said before is reviewed


def test_a_recorded_answer_is_played_after_the_question_until_the_time_limit(
    pipewire: PipeWire, tmp_path: Path, home: Path, question_text: str
) -> None:
    """What the demo does (a bundled answer in place of the microphone), played aloud: the
    question, then the answer until it ends at the time limit, when its playback stops too.
    With the product's default transcription (the filler hotwords), end to end."""
    wav, text = fixture_audio("why_ai_engineering")
    env = {**pipewire.client_env(), "VOICE_INTERVIEWER_KEEP_FILLERS": "true"}
    with pipewire.record_speaker(tmp_path / "speaker.raw") as speaker:
        program = drill(pipewire, "--answer-file", str(wav), "--time-limit", "8", env=env)
        program.close_input()
        assert program.wait() == 0, program.stderr
    assert "Traceback" not in program.stderr
    assert f"Answer: playing {wav}" in program.stdout
    [(_, review)] = saved_attempts(home)
    assert review["drill"]["ended_by"] == "time_limit"
    assert review["drill"]["answer_file"] == str(wav)
    first_words = " ".join(normalise_words(text)[:12])  # what 8 s of the answer hold, at most
    assert word_error_rate(first_words, " ".join(normalise_words(review["text"])[:12])) <= 0.2
    played = speaker.samples()
    start, end = speech_span(played, MONITOR_RATE)
    question = load_audio(
        synthesize_to_wav(question_text, tmp_path / "q.wav", DEFAULT_RATE, DEFAULT_VOICE)
    )
    q_start, q_end = speech_span(question, SAMPLE_RATE)
    # The question in full, then the answer until the 8 s limit (its speech starts 1 s into
    # the file), and no more of its 30 s. The answer is timed from its own first sound: the
    # pause before it grows on a busy machine.
    after_question = int((start + q_end - q_start + 0.2) * MONITOR_RATE)
    answer_start, _ = speech_span(played[after_question:], MONITOR_RATE)
    answer_s = end - (after_question / MONITOR_RATE + answer_start)
    assert 5.0 < answer_s < 9.5, (start, after_question / MONITOR_RATE + answer_start, end)


def test_a_missing_espeak_shows_the_question_as_text_and_goes_on(
    pipewire: PipeWire, tmp_path: Path, home: Path, question_text: str
) -> None:
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libespeak-ng.so.1").write_bytes(b"")  # what the loader finds is not a library
    env = {**pipewire.client_env(), "LD_LIBRARY_PATH": str(broken)}
    wav, _ = fixture_audio(ANSWER)
    program = drill(pipewire, "--answer-file", str(wav), "--time-limit", "3", env=env)
    program.close_input()
    assert program.wait() == 0, program.stderr
    assert "warning: text to speech is unavailable" in program.stderr
    assert "apt-get install libespeak-ng1" in program.stderr
    assert question_text in program.stdout
    [(_, review)] = saved_attempts(home)
    assert review["ok"] is True


def test_an_input_device_that_is_not_there(pipewire: PipeWire) -> None:
    result = run_cli("drill", "--input-device", "no-such-mic", env=pipewire.client_env())
    assert result.returncode == 2
    line = one_error_line(result.stderr)
    assert "--input-device 'no-such-mic' matches no input device" in line
    assert "default" in line  # the devices there are named


def test_doctor_lists_the_devices_and_is_ready(pipewire: PipeWire) -> None:
    result = run_cli("doctor", env=pipewire.client_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pipewire" in result.stdout
    assert "✓ microphone:" in result.stdout
    assert "✓ text to speech:" in result.stdout
    assert "✓ Whisper model: base (embedded)" in result.stdout
    assert "Ready for a drill." in result.stdout


@pytest.fixture
def sound_here(pipewire: PipeWire, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's PortAudio on the private server: PortAudio scans devices when it starts,
    so it is restarted after the environment points at the server, and again afterwards."""
    sd = sounddevice()
    for name, value in pipewire.client_env().items():
        if os.environ.get(name) != value:
            monkeypatch.setenv(name, value)
    sd._terminate()
    sd._initialize()
    yield
    monkeypatch.undo()
    sd._terminate()
    sd._initialize()


class _Quiet:
    def recording_started(self, rules) -> None: ...

    def tick(self, status, rules) -> None: ...

    def limit_near(self, seconds_left) -> None: ...


def test_a_microphone_at_48_khz_is_recorded_at_16_khz(
    pipewire: PipeWire, sound_here: None, tmp_path: Path
) -> None:
    wav, _ = fixture_audio(ANSWER)
    source = MicrophoneSource(find_device("", "input"), rate=48000)
    _players.append(pipewire.play_into_mic(wav))
    result = record_answer(source, tmp_path / "a.wav", AnswerRules(4), _Quiet(), lambda: False)
    assert result.ended_by is EndReason.TIME_LIMIT
    recorded = load_audio(result.path)
    assert len(recorded) == 4 * SAMPLE_RATE
    assert correlation_at_best_lag(recorded, load_audio(wav)) > 0.9


# --- the mock interview ----------------------------------------------------------------------

# The recording spoken for each answer of a three-question interview, in order: each main
# question, then its follow-up.
INTERVIEW_ANSWERS = [
    "why_ai_engineering", "biggest_weakness",
    "ml_experience_fillers", "biggest_weakness",
    "system_design_questions", "biggest_weakness",
]  # fmt: skip


def interview(pipewire: PipeWire, *args: str) -> Program:
    """The interview answered through the virtual microphone. Its questions are shown, not
    spoken, to keep the suite within CI's time: every question, transitions and follow-ups
    included, is spoken by the same Drill._say, which the drill tests above check through the
    virtual speaker."""
    return Program(
        "interview",
        "--countdown",
        "0",
        "--time-limit",
        "3.5",
        "--no-voice",
        *args,
        env=pipewire.client_env(),
    )


def test_an_interview_of_three_questions_with_a_follow_up_each_ends_with_the_scorecard(
    pipewire: PipeWire, home: Path
) -> None:
    program = interview(pipewire, "--questions", "3", "--follow-ups", "1")
    for name in INTERVIEW_ANSWERS:  # the interview goes on by itself: nothing is typed
        speak_answer(pipewire, program, name)
    assert program.wait(300) == 0, program.stderr
    out = program.stdout
    assert "Traceback" not in program.stderr
    assert "Mock interview · 3 questions" in out
    assert "Interviewer: Welcome to your mock interview: 3 questions" in out
    assert "Interviewer: Thanks. Now a system design question." in out
    for number in (1, 2, 3):
        assert f"Question {number} of 3 · follow-up 1" in out
    assert "follow-up 2" not in out  # --follow-ups 1

    attempts = [review for _, review in saved_attempts(home)]
    assert [(a["drill"]["question_id"], a["drill"]["follow_up"]) for a in attempts] == [
        ("why-01", False), ("why-01", True),
        ("ml-01", False), ("ml-01", True),
        ("design-01", False), ("design-01", True),
    ]  # fmt: skip
    for main, follow_up in zip(attempts[::2], attempts[1::2], strict=True):
        assert main["ok"] and follow_up["ok"]
        assert follow_up["question"] == main["feedback"]["follow_up"]
        assert follow_up["drill"]["follow_up_of"] == main["attempt_id"] is not None
        assert follow_up["text"].lower().startswith("my weak")

    scorecard = out[out.index("Scorecard · interview of") :]
    assert "6 answers" in scorecard
    assert scorecard.count("↳ ") == 3
    assert "What would help most" in scorecard
    assert "Practise next: " in scorecard


def test_ctrl_c_mid_interview_keeps_every_finished_answer_and_says_where(
    pipewire: PipeWire, home: Path
) -> None:
    program = interview(pipewire, "--questions", "2")
    speak_answer(pipewire, program, "why_ai_engineering")
    program.wait_for("Question 1 of 2 · follow-up 1")
    speak_answer(pipewire, program, "biggest_weakness")
    time.sleep(3)
    program.process.send_signal(signal.SIGINT)
    assert program.wait() == 130
    assert "Traceback" not in program.stderr
    out = program.stdout
    partial = re.search(r"Interrupted: the [\d.]+ s recorded are kept in (\S+\.wav)", out)
    assert partial, out
    assert re.search(r"Answers finished before the interruption \(1\), kept in \S+", out), out
    [(finished, review)] = saved_attempts(home)  # the interrupted answer has no review
    listed = out[out.index("Answers finished before the interruption") :].splitlines()[1]
    assert listed.strip() == str(finished)
    assert review["ok"] is True and review["drill"]["question_id"] == "why-01"
    assert Path(partial.group(1)).is_file() and Path(partial.group(1)) != finished
    assert 2.0 <= len(load_audio(Path(partial.group(1)))) / SAMPLE_RATE <= 6.0
    assert "Scorecard" not in out
