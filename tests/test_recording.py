"""The pure parts of recording: levels, speech and silence, the limit, the countdown, the WAV
written as it arrives, and the capture fed with known blocks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import fixture_audio
from voice_interviewer.audio import recording
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio, probe
from voice_interviewer.audio.recording import (
    AnswerInterrupted,
    AnswerRules,
    Capture,
    CaptureStatus,
    EndReason,
    SpeechTracker,
    WavStreamWriter,
    countdown,
    countdown_steps,
    level_db,
    record_answer,
    warning_time,
)

BLOCK = int(SAMPLE_RATE * recording.BLOCK_SECONDS)


def tone(seconds: float, amplitude: float = 0.3, rate: int = SAMPLE_RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amplitude * 32767 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)


def quiet(seconds: float, rate: int = SAMPLE_RATE, noise: float = 0.0003) -> np.ndarray:
    rng = np.random.default_rng(0)
    return (rng.standard_normal(int(seconds * rate)) * noise * 32767).astype(np.int16)


def blocks_of(samples: np.ndarray, size: int = BLOCK) -> list[np.ndarray]:
    return [samples[i : i + size] for i in range(0, samples.size, size)]


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as handle:
        assert handle.getframerate() == SAMPLE_RATE
        assert handle.getnchannels() == 1
        assert handle.getsampwidth() == 2
        return np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2")


# --- levels and speech ---------------------------------------------------------------------


def test_level_of_silence_and_of_a_full_scale_tone() -> None:
    assert level_db(np.zeros(BLOCK, dtype=np.int16)) == recording.SILENT_DB
    assert level_db(np.zeros(0, dtype=np.int16)) == recording.SILENT_DB
    assert level_db(tone(0.1, amplitude=1.0)) == pytest.approx(-3.0, abs=0.1)
    assert level_db(tone(0.1, amplitude=0.1)) == pytest.approx(-23.0, abs=0.1)


class ScriptedVad:
    """Voice activity detection that answers from a script of speech intervals (seconds on
    the recording's clock), to test the tracker's bookkeeping alone."""

    def __init__(self, speech: list[tuple[float, float]]) -> None:
        self.speech = speech
        self.received = 0

    def spans(self, window: np.ndarray) -> list[tuple[int, int]]:
        start = self.received - window.size
        found = []
        for a, b in self.speech:
            a, b = max(int(a * SAMPLE_RATE), start), min(int(b * SAMPLE_RATE), self.received)
            if a < b:
                found.append((a - start, b - start))
        return found


def feed_seconds(tracker: SpeechTracker, vad: ScriptedVad, seconds: float) -> None:
    for _ in range(round(seconds / 0.1)):
        vad.received += BLOCK
        tracker.feed(np.zeros(BLOCK, dtype=np.float32))


def test_speech_starts_after_enough_of_it_and_silence_is_counted_after() -> None:
    script = ScriptedVad([(1.0, 1.1), (2.0, 5.0), (7.0, 8.0)])
    tracker = SpeechTracker(script.spans)
    feed_seconds(tracker, script, 1.5)
    assert not tracker.started  # a click of 0.1 s
    feed_seconds(tracker, script, 1.5)
    assert tracker.started and tracker.speaking
    feed_seconds(tracker, script, 3.0)  # up to 6.0 s
    assert not tracker.speaking
    assert tracker.silence_s == pytest.approx(0.9, abs=0.31)  # looked for every 0.3 s
    feed_seconds(tracker, script, 2.0)  # up to 8.0 s: speech again
    assert tracker.silence_s < 0.31
    assert tracker.speech_s == pytest.approx(0.1 + 3.0 + 1.0, abs=0.31)


def test_speech_is_counted_once_across_overlapping_windows() -> None:
    script = ScriptedVad([(0.0, 10.0)])
    tracker = SpeechTracker(script.spans)
    feed_seconds(tracker, script, 10.0)
    assert tracker.speech_s == pytest.approx(9.9, abs=0.01)


def speech(seconds: float) -> np.ndarray:
    """Real speech (a bundled answer, from its first word on) as 16-bit samples."""
    wav, _ = fixture_audio("biggest_weakness")
    samples = load_audio(wav)[SAMPLE_RATE : int((1 + seconds) * SAMPLE_RATE)]
    return (samples * 32767).astype(np.int16)


def test_real_speech_starts_the_answer_and_noise_does_not() -> None:
    tracker = SpeechTracker()
    noise = quiet(3.0, noise=0.05).astype(np.float32) / 32768  # a loud fan, -26 dB
    for block in blocks_of(noise):
        tracker.feed(block)
    assert not tracker.started
    quiet_voice = speech(2.0).astype(np.float32) / 32768 * 0.05  # about -45 dB
    for block in blocks_of(quiet_voice):
        tracker.feed(block)
    assert tracker.started


# --- time limit and countdown --------------------------------------------------------------


@pytest.mark.parametrize(("limit", "warn_at"), [(120, 110), (60, 50), (20, 15), (8, 6)])
def test_the_limit_warning_comes_ten_seconds_or_a_quarter_before(limit, warn_at) -> None:
    assert warning_time(limit) == warn_at
    assert AnswerRules(limit).warn_at_s == warn_at


def test_answer_rules_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        AnswerRules(0)
    with pytest.raises(ValueError):
        AnswerRules(10, silence_s=-1)


def test_countdown_steps() -> None:
    assert countdown_steps(3) == [(3, 1.0), (2, 1.0), (1, 1.0)]
    assert countdown_steps(2.5) == [(3, 0.5), (2, 1.0), (1, 1.0)]
    assert countdown_steps(1) == [(1, 1.0)]
    assert countdown_steps(0) == []


def test_countdown_shows_each_number_then_waits() -> None:
    events: list[tuple[str, float]] = []
    show, sleep = (lambda n: events.append(("show", n))), (lambda s: events.append(("sleep", s)))
    countdown(2, show, sleep, clock=lambda: 0.0)
    assert events == [("show", 2), ("sleep", 1.0), ("show", 1), ("sleep", 1.0)]


def test_work_during_the_countdown_takes_from_the_first_number() -> None:
    now = [0.0]
    events: list[tuple[str, float]] = []

    def work() -> None:
        events.append(("work", now[0]))
        now[0] += 0.4

    countdown(
        2,
        lambda n: events.append(("show", n)),
        lambda s: events.append(("sleep", round(s, 3))),
        during=work,
        clock=lambda: now[0],
    )
    assert events == [("show", 2), ("work", 0.0), ("sleep", 0.6), ("show", 1), ("sleep", 1.0)]


def test_work_longer_than_the_first_number_holds_it_up() -> None:
    now = [0.0]
    events: list[tuple[str, float]] = []

    def work() -> None:
        now[0] += 3.0

    show, sleep = (lambda n: events.append(("show", n))), (lambda s: events.append(("sleep", s)))
    countdown(1, show, sleep, during=work, clock=lambda: now[0])
    assert events == [("show", 1), ("sleep", 0.0)]


def test_without_a_countdown_the_work_still_runs() -> None:
    ran = []
    countdown(0, lambda n: None, lambda s: None, during=lambda: ran.append(True))
    assert ran == [True]


# --- the WAV written as it arrives ---------------------------------------------------------


def test_the_wav_is_valid_after_every_block(tmp_path: Path) -> None:
    path = tmp_path / "answer.wav"
    writer = WavStreamWriter(path)
    assert read_wav(path).size == 0
    written = []
    for block in blocks_of(tone(0.35)):
        writer.write(block)
        written.append(block)
        assert np.array_equal(read_wav(path), np.concatenate(written))  # before close()
    writer.close()
    assert writer.seconds == pytest.approx(0.35)
    assert probe(path).duration == pytest.approx(0.35, abs=0.01)


def test_a_killed_writer_leaves_a_valid_wav(tmp_path: Path) -> None:
    """The process is killed mid-recording (SIGKILL: no clean-up runs at all)."""
    path = tmp_path / "answer.wav"
    script = textwrap.dedent(
        f"""
        import time, numpy as np
        from pathlib import Path
        from voice_interviewer.audio.recording import WavStreamWriter
        writer = WavStreamWriter(Path({str(path)!r}))
        block = (np.sin(np.arange(1600) / 5) * 8000).astype(np.int16)
        for index in range(1000000):
            writer.write(block)
            time.sleep(0.002)
            if index == 20:
                print("writing", flush=True)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"
    time.sleep(0.2)
    child.kill()
    child.wait()
    samples = read_wav(path)
    assert samples.size >= 21 * 1600
    assert samples.size % 1600 == 0  # whole blocks: the header never counts a partial one
    assert probe(path).duration == pytest.approx(samples.size / SAMPLE_RATE, abs=0.01)
    assert load_audio(path).size == samples.size


# --- the capture, fed with known blocks ------------------------------------------------------


class BlockSource:
    """Delivers known blocks from a thread, as an audio callback would; then ends, or stalls."""

    def __init__(self, blocks: list[np.ndarray], rate: int = SAMPLE_RATE, end: bool = True):
        self.blocks = blocks
        self.rate = rate
        self.end = end
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self, capture: Capture) -> None:
        def feed() -> None:
            for block in self.blocks:
                if self._stop.is_set():
                    return
                capture.deliver(block)
            if self.end:
                capture.source_ended(EndReason.SOURCE_END)

        self._thread = threading.Thread(target=feed, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()


class SeenView:
    def __init__(self, interrupt_after: int | None = None) -> None:
        self.started = False
        self.ticks: list[CaptureStatus] = []
        self.warnings: list[float] = []
        self.interrupt_after = interrupt_after

    def recording_started(self, rules: AnswerRules) -> None:
        self.started = True

    def tick(self, status: CaptureStatus, rules: AnswerRules) -> None:
        self.ticks.append(status)
        if self.interrupt_after is not None and len(self.ticks) >= self.interrupt_after:
            raise KeyboardInterrupt

    def limit_near(self, seconds_left: float) -> None:
        self.warnings.append(seconds_left)


def record(source, tmp_path: Path, rules: AnswerRules, view=None, enter=lambda: False):
    return record_answer(source, tmp_path / "answer.wav", rules, view or SeenView(), enter)


def test_an_answer_ends_after_the_trailing_silence(tmp_path: Path) -> None:
    answer = np.concatenate([quiet(1.0), speech(3.0), quiet(10.0)])
    result = record(BlockSource(blocks_of(answer)), tmp_path, AnswerRules(60, silence_s=1.5))
    assert result.ended_by is EndReason.SILENCE
    assert 5.3 <= result.seconds <= 6.0  # speech until about 4 s, 1.5 s of silence, a step
    assert result.speech_heard
    assert result.peak_db > -20
    assert np.array_equal(read_wav(result.path), answer[: read_wav(result.path).size])


def test_silence_before_any_speech_does_not_end_the_answer(tmp_path: Path) -> None:
    noise = quiet(5.0, noise=0.05)  # a loud fan
    result = record(BlockSource(blocks_of(noise)), tmp_path, AnswerRules(60, silence_s=1))
    assert result.ended_by is EndReason.SOURCE_END
    assert not result.speech_heard
    assert result.seconds == pytest.approx(5.0)


def test_the_time_limit_is_exact_to_the_sample(tmp_path: Path) -> None:
    answer = tone(5.0)
    odd_blocks = blocks_of(answer, size=1234)
    result = record(BlockSource(odd_blocks), tmp_path, AnswerRules(2.5))
    assert result.ended_by is EndReason.TIME_LIMIT
    assert np.array_equal(read_wav(result.path), answer[: int(2.5 * SAMPLE_RATE)])


def test_enter_ends_the_answer_and_keeps_what_was_delivered(tmp_path: Path) -> None:
    presses = iter([False, False, True])
    source = BlockSource(blocks_of(tone(1.0)), end=False)  # a live source that never ends
    result = record(source, tmp_path, AnswerRules(60), enter=lambda: next(presses, True))
    assert result.ended_by is EndReason.ENTER
    assert result.seconds == pytest.approx(1.0)


def test_ctrl_c_keeps_the_recording_so_far(tmp_path: Path) -> None:
    source = BlockSource(blocks_of(tone(1.0)), end=False)
    with pytest.raises(AnswerInterrupted) as stop:
        record(source, tmp_path, AnswerRules(60), view=SeenView(interrupt_after=3))
    kept = stop.value.recording
    assert kept.ended_by is EndReason.INTERRUPTED
    assert kept.seconds == pytest.approx(1.0)
    assert read_wav(kept.path).size == SAMPLE_RATE


def test_a_source_that_stops_delivering_counts_as_a_lost_device(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recording, "STALL_S", 0.5)
    result = record(BlockSource(blocks_of(tone(1.2)), end=False), tmp_path, AnswerRules(60))
    assert result.ended_by is EndReason.DEVICE_LOST
    assert result.device_lost
    assert "no audio arrived" in result.detail
    assert result.seconds == pytest.approx(1.2)


def test_a_device_rate_is_resampled_to_16_khz(tmp_path: Path) -> None:
    answer = tone(2.0, rate=48000)
    result = record(BlockSource(blocks_of(answer, 4800), rate=48000), tmp_path, AnswerRules(60))
    samples = read_wav(result.path)
    assert samples.size == pytest.approx(2 * SAMPLE_RATE, abs=200)
    assert level_db(samples[1000:-1000]) == pytest.approx(level_db(answer), abs=0.5)


def test_the_limit_warning_is_shown_once(tmp_path: Path) -> None:
    view = SeenView()
    source = BlockSource(blocks_of(tone(8.0)), end=False)
    result = record(source, tmp_path, AnswerRules(4.0), view=view)
    assert result.ended_by is EndReason.TIME_LIMIT
    assert len(view.warnings) <= 1  # fed faster than the view looks: it may see only the end


def test_a_subscriber_gets_every_block_in_order(tmp_path: Path) -> None:
    answer = tone(1.5)
    subscriptions = []
    record_answer(
        BlockSource(blocks_of(answer)),
        tmp_path / "a.wav",
        AnswerRules(60),
        SeenView(),
        lambda: False,
        on_capture=lambda capture: subscriptions.append(capture.subscribe()),
    )
    received = list(subscriptions[0])
    assert np.array_equal(np.concatenate(received), answer)
    assert subscriptions[0].dropped == 0


def test_a_slow_subscriber_loses_blocks_but_the_wav_loses_none(tmp_path: Path) -> None:
    answer = tone(3.0)
    subscriptions = []
    result = record_answer(
        BlockSource(blocks_of(answer)),
        tmp_path / "a.wav",
        AnswerRules(60),
        SeenView(),
        lambda: False,
        on_capture=lambda capture: subscriptions.append(capture.subscribe(max_blocks=5)),
    )
    slow = subscriptions[0]
    received = list(slow)
    assert len(received) == 4  # the queue held 5: the end marker took the last place
    assert slow.dropped == 30 - 4
    assert np.array_equal(read_wav(result.path), answer)


class FullDisk(WavStreamWriter):
    """A disk that fills up after a few blocks (a fault this test cannot provoke for real)."""

    def __init__(self, path: Path, blocks_that_fit: int) -> None:
        super().__init__(path)
        self._left = blocks_that_fit

    def write(self, samples: np.ndarray) -> None:
        if self._left == 0:
            raise OSError(28, "No space left on device")
        self._left -= 1
        super().write(samples)


def test_a_full_disk_ends_the_answer_and_keeps_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recording, "WavStreamWriter", lambda path: FullDisk(path, 4))
    result = record(BlockSource(blocks_of(tone(2.0))), tmp_path, AnswerRules(60))
    assert result.ended_by is EndReason.WRITE_FAILED
    assert result.detail == "No space left on device"
    assert read_wav(result.path).size == 4 * BLOCK


def test_a_folder_that_cannot_be_written_is_a_recording_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(recording.RecordingError, match="cannot write the recording"):
        record_answer(
            BlockSource([]), blocker / "sub" / "a.wav", AnswerRules(5), SeenView(), lambda: False
        )
