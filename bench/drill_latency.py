"""How long a person waits in a drill: from starting `voice-interviewer drill` to the first
spoken word of the question, and from the end of the answer to the transcript on screen.

Measured through the real audio stack: a private PipeWire (tests/pipewire.py) with a virtual
speaker whose monitor is read as it plays (each block timed on arrival, about 20 ms late at
most), and a virtual microphone into which a fixture answer is spoken with paplay. Peers in
the same run, interleaved with the drill:

- first word: a minimal script that only speaks (pyttsx3 to a WAV, then sounddevice plays
  it), started and timed the same way;
- transcript: Whisper alone (Transcriber.transcribe_file, model already loaded) on the very
  recording the drill made.

A second table shows why the drill loads the model on its main thread (during the countdown)
rather than in a background thread: the same recording transcribed in fresh processes whose
model was loaded on the main thread, or on another thread, interleaved.

    .venv/bin/python bench/drill_latency.py [--runs N] [--no-write]

Prints a table and writes it to BENCHMARKS.md under "Drill latency".
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchlib import load_average, markdown_table, write_section  # noqa: E402

from tests.drill_tools import Program  # noqa: E402
from tests.pipewire import MONITOR_RATE, PipeWire, start_pipewire  # noqa: E402
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio  # noqa: E402
from voice_interviewer.resources import FIXTURES_DIR  # noqa: E402
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions  # noqa: E402

QUESTION_ID = "why-01"
ANSWER = FIXTURES_DIR / "biggest_weakness.wav"
LOUD = 0.02  # a monitor sample above this is sound, not silence
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
LOADED_ON = """
import sys, threading, time
from pathlib import Path
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions

def on_thread(work):
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()

whisper = Transcriber(TranscriptionOptions())
load_on, transcribe_on = sys.argv[1].split("/")
whisper.load() if load_on == "main" else on_thread(whisper.load)
wall, cpu = time.perf_counter(), time.process_time()
work = lambda: whisper.transcribe_file(Path(sys.argv[2]))
work() if transcribe_on == "main" else on_thread(work)
print(time.perf_counter() - wall, time.process_time() - cpu)
"""
# (thread the model is loaded on / thread it transcribes on)
THREAD_MODES = ("main/main", "other/main", "main/other")
MINIMAL_SPEAKER = """
import sys, threading, wave, numpy as np, pyttsx3, sounddevice as sd
engine = pyttsx3.init()
done = threading.Event()
engine.connect("finished-utterance", lambda name, completed: done.set())
engine.setProperty("rate", 165)
engine.setProperty("voice", "gmw/en-us")
engine.save_to_file(sys.argv[1], sys.argv[2])
engine.runAndWait()
done.wait(30)
with wave.open(sys.argv[2]) as handle:
    rate = handle.getframerate()
    samples = np.frombuffer(handle.readframes(handle.getnframes()), dtype="<i2")
sd.play(samples.astype(np.float32) / 32768, rate)
sd.wait()
"""


class SpeakerMonitor:
    """Reads the virtual speaker's monitor continuously and knows when each sample arrived."""

    def __init__(self, server: PipeWire) -> None:
        self._process = subprocess.Popen(
            [
                "parec",
                "-d",
                "va_speaker.monitor",
                f"--rate={MONITOR_RATE}",
                "--channels=1",
                "--format=s16le",
                "--latency-msec=20",
            ],
            env=server.client_env(),
            stdout=subprocess.PIPE,
        )
        self._chunks: list[np.ndarray] = []
        self._arrivals: list[tuple[float, int]] = []  # (time, samples received up to then)
        self._received = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        leftover = b""
        while chunk := os.read(fd, 3200):
            now = time.monotonic()
            data = leftover + chunk
            usable = len(data) - len(data) % 2
            leftover = data[usable:]
            samples = np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768
            with self._lock:
                self._chunks.append(samples)
                self._received += samples.size
                self._arrivals.append((now, self._received))

    def first_sound_after(self, since: float, timeout: float = 60) -> float:
        """When the first loud sample that arrived after `since` was played."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                start = next((n for t, n in self._arrivals if t >= since), None)
                if start is not None:
                    # samples counted by the first arrival after `since` may predate it
                    previous = max((n for t, n in self._arrivals if t < since), default=0)
                    audio = np.concatenate(self._chunks)[previous:]
                    loud = np.nonzero(np.abs(audio) > LOUD)[0]
                    if loud.size:
                        index = previous + int(loud[0])
                        arrived, total = next((t, n) for t, n in self._arrivals if n > index)
                        return arrived - (total - index) / MONITOR_RATE
            time.sleep(0.01)
        raise TimeoutError("nothing was played")

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait()


def trailing_silence(wav: Path) -> float:
    samples = load_audio(wav)
    loud = np.nonzero(np.abs(samples) > LOUD)[0]
    return (samples.size - loud[-1]) / SAMPLE_RATE


def run_drill(server: PipeWire, monitor: SpeakerMonitor, home: Path) -> dict[str, float]:
    env = {**server.client_env(), "VOICE_INTERVIEWER_HOME": str(home)}
    started = time.monotonic()
    program = Program("drill", "--question", QUESTION_ID, env=env)
    first_word = monitor.first_sound_after(started)
    program.wait_for("Recording:")
    player = subprocess.Popen(["paplay", "-d", "va_mic_feed", str(ANSWER)], env=env)
    player.wait()
    speech_end = time.monotonic() - trailing_silence(ANSWER)
    recorded = program.wait_for("Recorded ")
    shown = program.wait_for("  [00:")
    program.close_input()
    if program.wait() != 0:
        raise RuntimeError(f"the drill failed: {program.stderr}")
    [saved] = sorted((home / "recordings").rglob("*.json"), key=os.path.getmtime)[-1:]
    review = json.loads(saved.read_text())
    return {
        "first_word": first_word - started,
        "speech_end_to_transcript": shown - speech_end,
        "recording_end_to_transcript": shown - recorded,
        "drill_transcribe": review["timings"]["transcribe_s"],
        "wav": str(saved.with_suffix(".wav")),
    }


def run_minimal_speaker(server: PipeWire, monitor: SpeakerMonitor, text: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-c", MINIMAL_SPEAKER, text, f"{folder}/q.wav"],
            env=server.client_env(),
            stdout=subprocess.DEVNULL,  # pyttsx3 prints "Audio saved to ..."
        )
        first = monitor.first_sound_after(started)
        process.wait()
    return first - started


def loaded_on(mode: str, wav: str) -> tuple[float, float]:
    """(wall, CPU) seconds to transcribe wav in a fresh process that loads the model and
    transcribes on the threads that mode names ("main/other": load on the main thread,
    transcribe on another)."""
    result = subprocess.run(
        [sys.executable, "-c", LOADED_ON, mode, wav], capture_output=True, text=True, check=True
    )
    wall, cpu = result.stdout.split()
    return float(wall), float(cpu)


def thread_table(wav: str, runs: int) -> str:
    rows = []
    timings: dict[str, list[float]] = {mode: [] for mode in THREAD_MODES}
    for run in range(1, runs + 1):
        row = [str(run)]
        for mode in THREAD_MODES:
            wall, cpu = loaded_on(mode, wav)
            timings[mode].append(wall)
            row.append(f"{wall:.2f} ({cpu:.2f})")
        row.append(f"{os.getloadavg()[0]:.2f}")
        rows.append(row)
        print(" | ".join(row), flush=True)
    rows.append(
        ["median"] + [f"{statistics.median(timings[mode]):.2f}" for mode in THREAD_MODES] + [""]
    )
    header = [
        "run",
        "loaded and transcribed on the main thread: s (CPU s)",
        "loaded on another thread: s (CPU s)",
        "transcribed on another thread: s (CPU s)",
        "load (1 min)",
    ]
    return markdown_table(header, rows)


def table(rows: list[list[str]]) -> str:
    header = [
        "run",
        "drill → first word (s)",
        "minimal speaker → first word (s)",
        "answer end → transcript (s)",
        "recording end → transcript (s)",
        "Whisper alone (s)",
        "load (1 min)",
    ]
    return markdown_table(header, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    from voice_interviewer.questions import find_question, load_questions

    question = find_question(load_questions(), QUESTION_ID).text
    whisper = Transcriber(TranscriptionOptions())
    whisper.load()
    rows, results = [], []
    with tempfile.TemporaryDirectory() as folder:
        server = start_pipewire(Path(folder) / "pipewire")
        monitor = SpeakerMonitor(server)
        try:
            for run in range(1, args.runs + 1):
                drill = run_drill(server, monitor, Path(folder) / f"home{run}")
                minimal = run_minimal_speaker(server, monitor, question)
                started = time.perf_counter()
                whisper.transcribe_file(Path(drill["wav"]))
                alone = time.perf_counter() - started
                results.append({**drill, "minimal": minimal, "alone": alone})
                rows.append(
                    [
                        str(run),
                        f"{drill['first_word']:.2f}",
                        f"{minimal:.2f}",
                        f"{drill['speech_end_to_transcript']:.2f}",
                        f"{drill['recording_end_to_transcript']:.2f}",
                        f"{alone:.2f}",
                        f"{os.getloadavg()[0]:.2f}",
                    ]
                )
                print(table(rows[-1:]).splitlines()[-1], flush=True)
            threads = thread_table(results[-1]["wav"], args.runs)
        finally:
            monitor.stop()
            server.stop()

    def median(key: str) -> float:
        return statistics.median(r[key] for r in results)

    rows.append(
        [
            "median",
            f"{median('first_word'):.2f}",
            f"{median('minimal'):.2f}",
            f"{median('speech_end_to_transcript'):.2f}",
            f"{median('recording_end_to_transcript'):.2f}",
            f"{median('alone'):.2f}",
            "",
        ]
    )
    summary = (
        f"Question {QUESTION_ID!r} spoken at 165 words per minute; answer "
        f"{ANSWER.name} ({load_audio(ANSWER).size / SAMPLE_RATE:.1f} s) spoken into the virtual "
        "microphone; the drill's defaults otherwise (3 s countdown, answer ends after 4 s of "
        "silence; embedded Whisper base, int8 on the CPU).\n\n"
        f"- Drill start to the first spoken word: median {median('first_word'):.2f} s, "
        f"{median('first_word') / median('minimal'):.2f}x the minimal speaker "
        f"({median('minimal'):.2f} s; the difference is the program's imports, the question "
        "bank and the device checks; the model loads later, during the countdown).\n"
        f"- End of the answer to the transcript on screen: median "
        f"{median('speech_end_to_transcript'):.2f} s with the default 4 s silence end; after "
        f"the recording ends (as with Enter): {median('recording_end_to_transcript'):.2f} s, "
        f"{median('recording_end_to_transcript') / median('alone'):.2f}x Whisper alone on the "
        f"same recording ({median('alone'):.2f} s).\n"
    )
    body = (
        summary
        + "\n"
        + table(rows)
        + "\n\nThe same recording transcribed in fresh processes, with the Whisper model loaded "
        "and used on the main thread or on another thread (wall seconds, CPU seconds in "
        "brackets). The drill loads the model on its main thread, during the first countdown: "
        "on a busy machine the middle column was measured up to 10 times slower (the notes "
        "below).\n\n" + threads
    )
    print()
    print(body)
    print(f"\nload average {load_average()}")
    if not args.no_write:
        write_section("drill-latency", "Drill latency (bench/drill_latency.py)", body)


if __name__ == "__main__":
    main()
