"""Recording a spoken answer: countdown, capture to a WAV on disk as it arrives, end of answer.

How the audio flows:

    source ──deliver()──▶ inbox ──capture thread──▶ WAV on disk ──▶ level, speech, time limit
    (microphone callback,  (unbounded,               (header valid     │
     or an answer file)     never blocks)             after each block) └─▶ subscribers
                                                                            (bounded queues)

The capture thread writes every block before anything else looks at it, so a crash, Ctrl-C
or a vanished device leaves a valid WAV of everything heard so far. A subscriber (a consumer
that wants the audio as it arrives, such as a live transcriber) gets the same blocks through
a bounded queue; one that falls behind loses blocks (counted in its `dropped`), never the file.
"""

from __future__ import annotations

import enum
import math
import os
import queue
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import av
import numpy as np

from voice_interviewer.audio import vad
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.audio.devices import (
    AudioDeviceError,
    Device,
    describe_error,
    sounddevice,
    supported_rate,
)
from voice_interviewer.audio.speech import start_playback, stop_playback
from voice_interviewer.errors import VoiceInterviewerError

BLOCK_SECONDS = 0.1
DEFAULT_SILENCE_S = 4.0
# The limit warning comes this long before the limit (a quarter of the limit for short ones).
WARN_BEFORE_S = 10.0
# A live source that delivers nothing for this long has gone away.
STALL_S = 3.0
# Voice activity detection runs on the last VAD_WINDOW_S of audio every VAD_STEP_S.
VAD_WINDOW_S = 2.0
VAD_STEP_S = 0.3
_MIN_SPEECH_S = 0.3  # speech has started once this much of it has been heard
_SPEAKING_GAP_S = 0.3  # speech that ended this recently still counts as speaking
SILENT_DB = -100.0


class EndReason(enum.Enum):
    """Why a recording ended; the value is what the user is told."""

    ENTER = "Enter pressed"
    SILENCE = "silence after the answer"
    TIME_LIMIT = "time limit reached"
    SOURCE_END = "end of the answer file"
    DEVICE_LOST = "the input device went away"
    WRITE_FAILED = "the recording could not be written"
    INTERRUPTED = "interrupted (Ctrl-C)"


class RecordingError(VoiceInterviewerError):
    """The recording cannot be written to disk."""


# --- Pure parts: levels, speech and silence, the time limit, the countdown -------------------


def level_db(block: np.ndarray) -> float:
    """RMS level of 16-bit samples in dB below full scale (SILENT_DB for digital silence)."""
    if block.size == 0:
        return SILENT_DB
    rms = math.sqrt(float(np.mean(np.square(block.astype(np.float64) / 32768.0))))
    return max(SILENT_DB, 20 * math.log10(rms)) if rms > 0 else SILENT_DB


SpansFn = Callable[[np.ndarray], list[tuple[int, int]]]


class SpeechTracker:
    """Tells, as the audio arrives, whether speech has started and how long the silence
    since the last speech has lasted.

    Silero voice activity detection (the model inside faster-whisper, as transcription uses)
    looks at the last VAD_WINDOW_S of audio after every VAD_STEP_S. A detector of speech, not
    of loudness: room noise, a fan or a noise gate's zeros are silence at any level, and a
    quiet voice is speech. Speech has started once 0.3 s of it was heard, so one
    click does not start an answer.
    """

    def __init__(self, spans: SpansFn | None = None) -> None:
        self._spans = spans or vad.speech_spans
        self._window = np.zeros(0, dtype=np.float32)
        self._unchecked = 0  # samples since the last detection
        self._received = 0  # samples in all
        self._checked = 0  # samples received when speech was last looked for
        self._counted_until = 0  # speech before this sample index is in speech_s
        self._last_speech_end: int | None = None
        self.speech_s = 0.0
        self.speaking = False  # speech reached the end of the last window looked at

    @property
    def started(self) -> bool:
        return self.speech_s >= _MIN_SPEECH_S

    @property
    def silence_s(self) -> float:
        """Seconds of silence since the last speech (since the start before any), as of
        the last time speech was looked for."""
        return (self._checked - (self._last_speech_end or 0)) / SAMPLE_RATE

    def feed(self, samples: np.ndarray) -> None:
        """The next 16 kHz mono float32 samples."""
        keep = int(VAD_WINDOW_S * SAMPLE_RATE)
        self._window = np.concatenate([self._window, samples])[-keep:]
        self._received += samples.size
        self._unchecked += samples.size
        if self._unchecked >= VAD_STEP_S * SAMPLE_RATE:
            self._detect()

    def _detect(self) -> None:
        self._unchecked = 0
        self._checked = self._received
        window_start = self._received - self._window.size
        self.speaking = False
        for start, end in self._spans(self._window):
            start, end = window_start + start, window_start + end
            self.speech_s += max(0, end - max(start, self._counted_until)) / SAMPLE_RATE
            self._counted_until = max(self._counted_until, end)
            self._last_speech_end = max(self._last_speech_end or 0, end)
            self.speaking = end >= self._received - _SPEAKING_GAP_S * SAMPLE_RATE


def warning_time(time_limit_s: float) -> float:
    """Seconds into the answer at which the user is warned that the limit is near."""
    return time_limit_s - min(WARN_BEFORE_S, time_limit_s / 4)


def countdown_steps(seconds: float) -> list[tuple[int, float]]:
    """(number shown, seconds it stays) for a countdown: 3 s gives 3, 2, 1 a second each;
    2.5 s gives 3 for half a second, then 2 and 1."""
    if seconds <= 0:
        return []
    whole = math.ceil(seconds)
    first = seconds - (whole - 1)
    return [(whole, first)] + [(n, 1.0) for n in range(whole - 1, 0, -1)]


def countdown(
    seconds: float,
    show: Callable[[int], None],
    sleep: Callable[[float], None] = time.sleep,
    during: Callable[[], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Show each number of the countdown for its time. during() runs while the first number
    is shown (it stays up until during() is done), or at once when there is no countdown."""
    steps = countdown_steps(seconds)
    if not steps and during:
        during()
    for index, (number, stay) in enumerate(steps):
        show(number)
        started = clock()
        if index == 0 and during:
            during()
        sleep(max(0.0, stay - (clock() - started)))


@dataclass(frozen=True)
class AnswerRules:
    """When an answer ends: the time limit, and the trailing silence after speech."""

    time_limit_s: float
    silence_s: float = DEFAULT_SILENCE_S  # 0 turns the silence end off

    def __post_init__(self) -> None:
        if self.time_limit_s <= 0:
            raise ValueError("the time limit must be positive")
        if self.silence_s < 0:
            raise ValueError("the silence stretch cannot be negative")

    @property
    def warn_at_s(self) -> float:
        return warning_time(self.time_limit_s)


# --- The WAV file, streamed --------------------------------------------------------------------


class WavStreamWriter:
    """A 16-bit mono PCM WAV written block by block.

    The header's sizes are rewritten after every block, so the file is a complete, valid WAV
    at every moment: a crash, a kill or a power cut mid-answer loses at most the block being
    written. Samples reach the file before the header that counts them.
    """

    def __init__(self, path: Path, rate: int = SAMPLE_RATE) -> None:
        self.path = path
        self.rate = rate
        self.frames = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("wb")
        self._write_header()
        self._file.flush()

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    def write(self, samples: np.ndarray) -> None:
        """Append 16-bit samples and update the header."""
        self._file.seek(0, 2)
        self._file.write(samples.astype("<i2", copy=False).tobytes())
        self.frames += samples.size
        self._write_header()
        self._file.flush()

    def _write_header(self) -> None:
        data_bytes = self.frames * 2
        self._file.seek(0)
        self._file.write(
            struct.pack(
                "<4sI4s4sIHHIIHH4sI",
                b"RIFF",
                36 + data_bytes,
                b"WAVE",
                b"fmt ",
                16,  # fmt chunk size
                1,  # PCM
                1,  # mono
                self.rate,
                self.rate * 2,  # bytes per second
                2,  # bytes per frame
                16,  # bits per sample
                b"data",
                data_bytes,
            )
        )

    def close(self) -> None:
        if self._file.closed:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


# --- Capture -----------------------------------------------------------------------------------


class Subscription:
    """The audio blocks (16 kHz mono int16) as they are recorded, through a bounded queue.

    Iterating yields blocks until the recording ends. When the consumer falls behind and the
    queue is full, new blocks are dropped for this subscriber only and counted in `dropped`.
    """

    def __init__(self, max_blocks: int) -> None:
        self._blocks: queue.Queue[np.ndarray | None] = queue.Queue(max_blocks)
        self.dropped = 0

    def _offer(self, block: np.ndarray) -> None:
        try:
            self._blocks.put_nowait(block)
        except queue.Full:
            self.dropped += 1

    def _close(self) -> None:
        while True:
            try:
                self._blocks.put_nowait(None)
                return
            except queue.Full:
                self._blocks.get_nowait()  # make room for the end marker
                self.dropped += 1

    def get(self, timeout: float | None = None) -> np.ndarray | None:
        """The next block, None at the end of the recording; queue.Empty on timeout."""
        return self._blocks.get(timeout=timeout)

    def __iter__(self) -> Iterator[np.ndarray]:
        while (block := self._blocks.get()) is not None:
            yield block


@dataclass(frozen=True)
class CaptureStatus:
    """What the capture has heard so far; replaced as a whole after every block."""

    seconds: float = 0.0
    level_db: float = SILENT_DB
    peak_db: float = SILENT_DB
    speaking: bool = False
    speech_started: bool = False
    silence_s: float = 0.0


@dataclass(frozen=True)
class _SourceEnded:
    reason: EndReason
    detail: str | None = None


_CLOSE = object()


class _Resampler:
    """Streams blocks at a device's rate to 16 kHz (stateful: no clicks between blocks)."""

    def __init__(self, rate: int) -> None:
        self._rate = rate
        self._av = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)

    def __call__(self, block: np.ndarray) -> np.ndarray:
        frame = av.AudioFrame.from_ndarray(block.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = self._rate
        outs = [f.to_ndarray().reshape(-1) for f in self._av.resample(frame)]
        return np.concatenate(outs) if outs else np.zeros(0, dtype=np.int16)


class Capture:
    """Writes delivered audio to a WAV and decides when the answer ends.

    Sources call deliver() (from any thread, including an audio callback: it never blocks)
    and source_ended(). The answer ends at the time limit (sample-exact), after the trailing
    silence in `rules`, when the source ends, or on request_stop(); blocks after the end are
    not recorded.
    """

    def __init__(self, writer: WavStreamWriter, rules: AnswerRules, input_rate: int) -> None:
        self._writer = writer
        self._rules = rules
        self._resample = _Resampler(input_rate) if input_rate != SAMPLE_RATE else None
        self._max_frames = int(rules.time_limit_s * SAMPLE_RATE)
        self._inbox: queue.SimpleQueue = queue.SimpleQueue()
        self._subscribers: list[Subscription] = []
        self._speech = SpeechTracker()
        self._thread = threading.Thread(target=self._run, name="capture", daemon=True)
        self._ended = threading.Event()
        self._last_block = time.monotonic()
        self.status = CaptureStatus()
        self.ended_by: EndReason | None = None
        self.end_detail: str | None = None

    def subscribe(self, max_blocks: int = 300) -> Subscription:
        """A bounded queue of the blocks recorded from now on (300 blocks: 30 s)."""
        subscription = Subscription(max_blocks)
        self._subscribers.append(subscription)
        return subscription

    def start(self) -> None:
        self._last_block = time.monotonic()
        self._thread.start()

    def deliver(self, block: np.ndarray) -> None:
        self._inbox.put(block)

    def source_ended(self, reason: EndReason, detail: str | None = None) -> None:
        self._inbox.put(_SourceEnded(reason, detail))

    def request_stop(self, reason: EndReason) -> None:
        """End the answer after the blocks delivered so far."""
        self._inbox.put(_SourceEnded(reason))

    def wait_ended(self, timeout: float) -> bool:
        return self._ended.wait(timeout)

    def close(self) -> None:
        """Record what is still in the inbox, finish the file and tell the subscribers."""
        self._inbox.put(_CLOSE)
        if self._thread.is_alive():
            self._thread.join()
        self._writer.close()

    def _run(self) -> None:
        try:
            while True:
                try:
                    item = self._inbox.get(timeout=BLOCK_SECONDS)
                except queue.Empty:
                    self._check_stall()
                    continue
                if item is _CLOSE:
                    break
                if isinstance(item, _SourceEnded):
                    self._end(item.reason, item.detail)
                elif not self._ended.is_set():
                    try:
                        self._record(item)
                    except OSError as exc:  # a full disk, a vanished folder
                        self._end(EndReason.WRITE_FAILED, exc.strerror or str(exc))
        finally:
            self._end(EndReason.INTERRUPTED)
            for subscription in self._subscribers:
                subscription._close()

    def _check_stall(self) -> None:
        stalled = time.monotonic() - self._last_block
        if not self._ended.is_set() and stalled > STALL_S:
            self._end(EndReason.DEVICE_LOST, f"no audio arrived for {stalled:.0f} s")

    def _record(self, block: np.ndarray) -> None:
        self._last_block = time.monotonic()
        if self._resample:
            block = self._resample(block)
        block = block[: self._max_frames - self._writer.frames]
        self._writer.write(block)
        level = level_db(block)
        self._speech.feed(block.astype(np.float32) / 32768.0)
        self.status = CaptureStatus(
            seconds=self._writer.seconds,
            level_db=level,
            peak_db=max(self.status.peak_db, level),
            speaking=self._speech.speaking,
            speech_started=self._speech.started,
            silence_s=self._speech.silence_s,
        )
        for subscription in self._subscribers:
            subscription._offer(block)
        if self._writer.frames >= self._max_frames:
            self._end(EndReason.TIME_LIMIT)
        elif self._speech.started and 0 < self._rules.silence_s <= self._speech.silence_s:
            self._end(EndReason.SILENCE)

    def _end(self, reason: EndReason, detail: str | None = None) -> None:
        if not self._ended.is_set():
            self.ended_by, self.end_detail = reason, detail
            self._ended.set()


# --- Sources -----------------------------------------------------------------------------------


class Source(Protocol):
    rate: int  # samples per second of the blocks it delivers

    def start(self, capture: Capture) -> None: ...

    def stop(self) -> None: ...


class MicrophoneSource:
    """An input device through PortAudio, at 16 kHz mono where the device allows it, else at
    its own rate and channel count (downmixed here, resampled by the capture)."""

    def __init__(self, device: Device, rate: int | None = None) -> None:
        self.device = device
        if rate is None:
            rate = SAMPLE_RATE if supported_rate(device, "input", SAMPLE_RATE) else 0
            rate = rate or int(device.default_rate)
        self.rate = rate
        self.channels = 1 if supported_rate(device, "input", rate, 1) else min(2, device.inputs)
        self._stream = None
        self._stopping = False
        self.overflows = 0  # callbacks whose input PortAudio had to drop (the machine was late)

    def start(self, capture: Capture) -> None:
        sd = sounddevice()
        channels = self.channels

        def callback(indata, frames, time_info, status) -> None:
            if status.input_overflow:
                self.overflows += 1
            if channels == 1:
                capture.deliver(indata[:, 0].copy())
            else:
                capture.deliver(indata.mean(axis=1).astype(np.int16))

        def finished() -> None:
            if not self._stopping:
                capture.source_ended(EndReason.DEVICE_LOST, "the audio stream stopped")

        try:
            self._stream = sd.InputStream(
                device=self.device.index,
                samplerate=self.rate,
                channels=channels,
                dtype="int16",
                blocksize=int(self.rate * BLOCK_SECONDS),
                callback=callback,
                finished_callback=finished,
            )
            self._stream.start()
        except sd.PortAudioError as exc:
            raise AudioDeviceError(
                f"cannot record from {self.device.label()}: {describe_error(exc)}; choose "
                "another with --input-device (`voice-interviewer doctor` lists them)"
            ) from None

    def stop(self) -> None:
        self._stopping = True
        if self._stream is not None:
            self._stream.close(ignore_errors=True)


class AnswerFileSource:
    """A recorded answer in place of the microphone.

    With an output device the answer is played aloud and delivered in step with the playback,
    as a microphone would hear it; without one it is delivered as fast as it decodes.
    """

    rate = SAMPLE_RATE

    def __init__(self, path: Path, output: Device | None) -> None:
        self.path = path
        self.output = output
        self._samples = load_audio(path)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, capture: Capture) -> None:
        if self.output is not None:
            start_playback(self._samples, self.output)
        self._thread = threading.Thread(
            target=self._feed, args=(capture,), name="answer-file", daemon=True
        )
        self._thread.start()

    def _feed(self, capture: Capture) -> None:
        pcm = np.clip(self._samples * 32768.0, -32768, 32767).astype(np.int16)
        block_len = int(SAMPLE_RATE * BLOCK_SECONDS)
        started = time.monotonic()
        for index, start in enumerate(range(0, pcm.size, block_len)):
            if self.output is not None:
                self._stop.wait(max(0.0, started + (index + 1) * BLOCK_SECONDS - time.monotonic()))
            if self._stop.is_set():
                return
            capture.deliver(pcm[start : start + block_len])
        capture.source_ended(EndReason.SOURCE_END)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self.output is not None:
            stop_playback()


# --- One answer --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recording:
    """One recorded answer, on disk."""

    path: Path
    seconds: float
    ended_by: EndReason
    speech_heard: bool  # the level meter heard speech (Whisper has the last word)
    peak_db: float
    detail: str | None = None  # more about the end, for a device that went away

    @property
    def device_lost(self) -> bool:
        return self.ended_by is EndReason.DEVICE_LOST


class AnswerInterrupted(KeyboardInterrupt):
    """Ctrl-C while recording; the recording so far is on disk."""

    def __init__(self, recording: Recording) -> None:
        super().__init__()
        self.recording = recording


class RecordingView(Protocol):
    """What the person sees while an answer is recorded."""

    def recording_started(self, rules: AnswerRules) -> None: ...

    def tick(self, status: CaptureStatus, rules: AnswerRules) -> None: ...

    def limit_near(self, seconds_left: float) -> None: ...


def record_answer(
    source: Source,
    path: Path,
    rules: AnswerRules,
    view: RecordingView,
    enter_pressed: Callable[[], bool],
    on_capture: Callable[[Capture], None] | None = None,
) -> Recording:
    """Record one answer from source into path (a WAV) until it ends; see EndReason.

    on_capture gets the running Capture first, for a consumer to subscribe to its audio.
    Ctrl-C raises AnswerInterrupted carrying the recording kept so far.
    """
    try:
        writer = WavStreamWriter(path)
    except OSError as exc:
        raise RecordingError(
            f"cannot write the recording {path} ({exc.strerror or exc}); the data folder moves "
            "with VOICE_INTERVIEWER_HOME"
        ) from None
    capture = Capture(writer, rules, source.rate)
    if on_capture:
        on_capture(capture)
    capture.start()
    try:
        source.start(capture)
    except BaseException:
        capture.close()
        path.unlink(missing_ok=True)  # nothing was recorded
        raise
    warned = interrupted = False
    try:
        view.recording_started(rules)
        while not capture.wait_ended(BLOCK_SECONDS):
            status = capture.status
            if not warned and status.seconds >= rules.warn_at_s:
                warned = True
                view.limit_near(rules.time_limit_s - status.seconds)
            view.tick(status, rules)
            if enter_pressed():
                capture.request_stop(EndReason.ENTER)
    except KeyboardInterrupt:
        interrupted = True
        capture.request_stop(EndReason.INTERRUPTED)
    finally:
        source.stop()
        capture.close()
    status = capture.status
    recording = Recording(
        path=path,
        seconds=round(writer.seconds, 3),
        ended_by=capture.ended_by or EndReason.INTERRUPTED,
        speech_heard=status.speech_started,
        peak_db=round(status.peak_db, 1),
        detail=capture.end_detail,
    )
    if interrupted:
        raise AnswerInterrupted(recording)
    return recording
