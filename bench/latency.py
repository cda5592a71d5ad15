"""Feedback the moment the answer ends: latency of transcribing while the person speaks.

Answers of about 30 s, 2 min and 5 min are spoken in real time into a private PipeWire's
virtual microphone (tests/pipewire.py) and recorded by the drill's recorder from it, exactly as
a microphone is. While they are spoken, LiveTranscription transcribes (the drill's path). Enter
is "pressed" once the recording has been quiet for 0.3 s after the last word is due. Measured
from the end of speech (the last sound in the recording): the transcript, the
delivery report, and the first token of LLM feedback where an LLM is configured. Side by side in
the same run, on the very same recording: record-then-transcribe (Transcriber.transcribe_file
after the answer, the path before this change). The coaches follow the live transcript as in the
drill: the rule coach at once, then the LLM coach (the configured one, by default the embedded
model, started while the first answer is spoken), timed to its first streamed token and to
its whole feedback; while the answer is spoken, the LLM reads the words heard so far (the
drill's read-ahead, coaching/prefill.py), and its call is timed again on the same transcript
with nothing read ahead, the peer; --coach rules leaves the LLM out. Also the word error rate
(fillers left out) and the filler recall of both paths, CPU use during the answer, and audio
lost (blocks the live transcriber dropped, PortAudio overflows, and the recording's length
against the speech's).

The answers are the bundled fixtures and espeak answers with "uh"/"um" spliced in at known
times (bench/analysis_eval.py), back to back with 0.6 s between them.

    .venv/bin/python bench/latency.py [--coach auto|rules] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from analysis_eval import SYNTHETIC, make_synthetic  # noqa: E402
from benchlib import markdown_table, write_section  # noqa: E402

from tests.audio_tools import write_wav  # noqa: E402
from tests.pipewire import start_pipewire  # noqa: E402
from voice_interviewer.analysis.delivery import analyse_delivery  # noqa: E402
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio  # noqa: E402
from voice_interviewer.audio.recording import (  # noqa: E402
    AnswerRules,
    Capture,
    MicrophoneSource,
    record_answer,
)
from voice_interviewer.coaching import (  # noqa: E402
    Coaching,
    CoachOptions,
    coach_request,
    rule_feedback,
)
from voice_interviewer.config import load_settings  # noqa: E402
from voice_interviewer.resources import FIXTURES_DIR  # noqa: E402
from voice_interviewer.textnorm import edit_distance, normalise_words  # noqa: E402
from voice_interviewer.transcription.streaming import LiveTranscription  # noqa: E402
from voice_interviewer.transcription.transcript import Transcript  # noqa: E402
from voice_interviewer.transcription.whisper import (  # noqa: E402
    Transcriber,
    TranscriptionOptions,
    join_words,
)

TARGETS_S = {"30 s": 30, "2 min": 120, "5 min": 300}
GAP_S = 0.6
ENTER_AFTER_S = 0.3
SPEECH_LEVEL_DB = -45.0  # a block louder than this holds speech (the answers peak near -10)
FILLER_WORDS = {"um", "uh", "umm", "uhh", "er", "ah", "hmm", "mm"}


@dataclass(frozen=True)
class Piece:
    samples: np.ndarray
    text: str
    fillers: tuple[tuple[float, float], ...]  # filler times within the piece


@dataclass(frozen=True)
class Answer:
    name: str
    path: Path
    text: str
    fillers: tuple[tuple[float, float], ...]
    speech_end_s: float  # the end of the last word, on the answer's clock


def pieces(folder: Path) -> list[Piece]:
    """Answers with fillers at known times, taking turns with fluent fixture answers (whose
    written-out fillers' times are unknown, so the one with fillers is left out)."""
    fluent = [
        Piece(load_audio(wav), wav.with_suffix(".txt").read_text(encoding="utf-8"), ())
        for wav in sorted(FIXTURES_DIR.glob("*.wav"))
        if "fillers" not in wav.stem
    ]
    with_fillers = [
        Piece(load_audio(clip.path), text.replace("[", "").replace("]", ""), clip.fillers)
        for clip, text in zip(make_synthetic(folder), SYNTHETIC, strict=True)
    ]
    turns = max(len(fluent), len(with_fillers))
    return [
        piece
        for index in range(turns)
        for piece in (with_fillers[index % len(with_fillers)], fluent[index % len(fluent)])
    ]


def build_answer(name: str, seconds: float, parts: list[Piece], folder: Path) -> Answer:
    samples, texts, fillers = [], [], []
    length = 0
    index = 0
    while True:
        piece = parts[index % len(parts)]
        if length and length + piece.samples.size / 2 > seconds * SAMPLE_RATE:
            break
        offset = length / SAMPLE_RATE
        fillers += [(start + offset, end + offset) for start, end in piece.fillers]
        samples += [piece.samples, np.zeros(int(GAP_S * SAMPLE_RATE), np.float32)]
        texts.append(piece.text)
        length += piece.samples.size + samples[-1].size
        index += 1
    audio = np.concatenate(samples)
    loud = np.flatnonzero(np.abs(audio) > 0.01)
    path = write_wav(folder / f"answer-{name.replace(' ', '')}.wav", audio)
    return Answer(name, path, " ".join(texts), tuple(fillers), (loud[-1] + 1) / SAMPLE_RATE)


class _Quiet:
    def recording_started(self, rules: AnswerRules) -> None:
        pass

    def tick(self, status, rules: AnswerRules) -> None:
        pass

    def limit_near(self, seconds_left: float) -> None:
        pass


def content_wer(reference: str, hypothesis: str) -> float:
    ref = [w for w in normalise_words(reference) if w not in FILLER_WORDS]
    hyp = [w for w in normalise_words(hypothesis) if w not in FILLER_WORDS]
    return edit_distance(ref, hyp) / len(ref)


def _first_sound_s(samples: np.ndarray) -> float:
    return int(np.argmax(np.abs(samples) > 0.01)) / SAMPLE_RATE


def filler_recall(
    answer: Answer, transcript: Transcript, recorded: np.ndarray, shift_s: float
) -> float:
    """The share of spliced-in fillers the delivery analysis reports within 0.3 s.

    shift_s: where the answer's clock starts on the recording's (playback starts a moment
    after recording does).
    """
    fillers = analyse_delivery(transcript, recorded).fillers.fillers
    found = [(f.start, f.end) for f in fillers if f.kind == "vocal" and f.start is not None]
    truth = [(start + shift_s, end + shift_s) for start, end in answer.fillers]
    hits = sum(any(s < end + 0.3 and start - 0.3 < e for s, e in found) for start, end in truth)
    return hits / len(truth)


def time_coaches(coaching: Coaching, transcript: Transcript, since: float) -> dict:
    """Seconds from `since` (the end of speech) to the rule coach's feedback, the LLM's first
    token and its whole feedback (None where there is no LLM or it fell back); and the LLM
    call alone, as the drill makes it (the answer read while it was spoken) and, the peer, on
    the same transcript with nothing of it read ahead."""
    request = coach_request(transcript.text)
    rule_feedback(request)
    times: dict = {"rules_s": time.monotonic() - since, "first_token_s": None, "llm_s": None}
    if not coaching.uses_llm:
        return times
    first_token: list[float] = []

    def on_token(_text: str) -> None:
        if not first_token:
            first_token.append(time.monotonic())

    call_started = time.monotonic()
    feedback = coaching.llm_feedback(request, on_token)
    if feedback.fallback_reason is not None:
        times["llm_fallback"] = feedback.fallback_reason
        return times
    times["llm_s"] = time.monotonic() - since
    times["llm_call_s"] = time.monotonic() - call_started
    times["first_token_s"] = first_token[0] - since if first_token else None
    coaching.read_ahead(coach_request(""))  # the server's cache: the prompt up to the answer
    coaching.prefill.wait(60)
    cold_started = time.monotonic()
    coaching.llm_feedback(request)
    times["llm_cold_call_s"] = time.monotonic() - cold_started
    return times


def _last_sound_s(samples: np.ndarray) -> float:
    loud = np.flatnonzero(np.abs(samples) > 0.01)
    return (int(loud[-1]) + 1) / SAMPLE_RATE if loud.size else 0.0


class EnterAfterSilence:
    """Presses Enter once the recording has been quiet for ENTER_AFTER_S after the answer's
    last word is due (polled every 0.1 s, as the drill polls its keyboard)."""

    def __init__(self) -> None:
        self.capture: Capture | None = None
        self.due_at: float | None = None  # monotonic time the last word is due to end
        self._last_loud_s = 0.0  # recorded seconds when the level was last above speech

    def __call__(self) -> bool:
        if self.capture is None or self.due_at is None:
            return False
        status = self.capture.status
        if status.level_db > SPEECH_LEVEL_DB:
            self._last_loud_s = status.seconds
        return (
            time.monotonic() >= self.due_at and status.seconds - self._last_loud_s >= ENTER_AFTER_S
        )


def run_answer(
    server,
    microphone,
    transcriber: Transcriber,
    coaching: Coaching,
    answer: Answer,
    folder: Path,
) -> dict:
    # As the drill does (PracticeSession.listen): the LLM reads the words heard so far.
    live = LiveTranscription(
        transcriber,
        on_heard=lambda words: coaching.read_ahead(coach_request(join_words(words))),
    )
    reads_before = coaching.prefill.sent
    source = MicrophoneSource(microphone)
    enter = EnterAfterSilence()
    player = []
    started_at: list[float] = []

    class Started(_Quiet):
        def recording_started(self, rules: AnswerRules) -> None:
            started_at.append(time.monotonic())
            player.append(server.play_into_mic(answer.path))
            enter.due_at = started_at[0] + answer.speech_end_s
            coaching.warm_up()  # as the drill does: the LLM loads while the person answers

    def on_capture(capture: Capture) -> None:
        enter.capture = capture
        live.attach(capture)

    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    recording = record_answer(
        source,
        folder / f"recorded-{answer.name.replace(' ', '')}.wav",
        AnswerRules(answer.speech_end_s + 60, silence_s=0),
        Started(),
        enter,
        on_capture=on_capture,
    )
    ended = time.monotonic()
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    transcript = live.result()
    transcript_at = time.monotonic()
    recorded = load_audio(recording.path)
    delivery = analyse_delivery(transcript, recorded)
    delivery_at = time.monotonic()
    # The end of speech on the wall clock: where the last sound is in the recording, which
    # began as recording_started was called (playback starts a little later).
    speech_end = started_at[0] + _last_sound_s(recorded)
    coach_times = time_coaches(coaching, transcript, speech_end)
    player[0].wait()

    whole_started = time.monotonic()
    whole = transcriber.transcribe_file(recording.path)
    whole_transcript_s = time.monotonic() - whole_started
    analyse_delivery(whole, recorded)
    whole_delivery_s = time.monotonic() - whole_started
    del delivery

    shift_s = _first_sound_s(recorded) - _first_sound_s(load_audio(answer.path))
    cpu_s = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    return {
        "audio_s": recording.seconds,
        "enter_s": ended - speech_end,
        "live_transcript_s": transcript_at - speech_end,
        "live_delivery_s": delivery_at - speech_end,
        "whole_transcript_s": (ended - speech_end) + whole_transcript_s,
        "whole_delivery_s": (ended - speech_end) + whole_delivery_s,
        "live_wer": content_wer(answer.text, transcript.text),
        "whole_wer": content_wer(answer.text, whole.text),
        "live_recall": filler_recall(answer, transcript, recorded, shift_s),
        "whole_recall": filler_recall(answer, whole, recorded, shift_s),
        "cpu_percent": 100 * cpu_s / (ended - started_at[0]),
        "dropped_blocks": live.dropped_blocks,
        "overflows": source.overflows,
        "missing_s": max(0.0, shift_s + answer.speech_end_s - _last_sound_s(recorded)),
        "chunks": live.stream.stats.chunks if live.stream.stats else 0,
        "reads_ahead": coaching.prefill.sent - reads_before,
        **coach_times,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coach", choices=("auto", "rules"), default="auto")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()
    settings = load_settings({"coach": args.coach})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = start_pipewire(folder / "pipewire")
        try:
            os.environ.update(server.client_env())
            from voice_interviewer.audio.devices import find_device

            microphone = find_device("", "input")
            transcriber = Transcriber(TranscriptionOptions(device="cpu"))
            transcriber.load()  # on the main thread, as the drill does
            parts = pieces(folder)
            results = {}
            with Coaching(CoachOptions.from_settings(settings)) as coaching:
                for name, seconds in TARGETS_S.items():
                    answer = build_answer(name, seconds, parts, folder)
                    print(f"{name}: speaking {answer.speech_end_s:.0f} s of answer ...", flush=True)
                    results[name] = run_answer(
                        server, microphone, transcriber, coaching, answer, folder
                    )
                llm = coaching.llm_name
        finally:
            server.stop()
    report(results, llm, write=not args.no_write)


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def coach_table(results: dict[str, dict], llm: str | None) -> str:
    header = [
        "answer",
        "end of speech → rule coach",
        f"→ first LLM token ({llm or 'no LLM'})",
        "→ whole LLM feedback",
        "the LLM call alone: answer read while spoken / not (peer)",
    ]
    rows = []
    for name, r in results.items():
        if "llm_fallback" in r:
            rows.append([name, _seconds(r["rules_s"]), "-", f"fell back: {r['llm_fallback']}", "-"])
            continue
        call = "-"
        if "llm_cold_call_s" in r:
            call = (
                f"{r['llm_call_s']:.2f} s ({r['reads_ahead']} reads) / "
                f"{r['llm_cold_call_s']:.2f} s ({r['llm_cold_call_s'] / r['llm_call_s']:.1f}x)"
            )
        rows.append(
            [
                name,
                _seconds(r["rules_s"]),
                _seconds(r["first_token_s"]),
                _seconds(r["llm_s"]),
                call,
            ]
        )
    return markdown_table(header, rows)


def report(results: dict[str, dict], llm: str | None, write: bool) -> None:
    header = [
        "answer",
        "Enter after the last word",
        "end of speech → transcript: live / recorded-then-transcribed",
        "→ delivery report: live / recorded-then",
        "WER live / recorded-then",
        "filler recall live / recorded-then",
        "CPU during answer",
        "audio lost",
    ]
    rows = []
    for name, r in results.items():
        lost = f"{r['dropped_blocks']} blocks, {r['overflows']} overflows, {r['missing_s']:.2f} s"
        rows.append(
            [
                f"{name} ({r['audio_s']:.0f} s, {r['chunks']} chunks)",
                f"{r['enter_s']:.2f} s",
                f"**{r['live_transcript_s']:.2f} s** / {r['whole_transcript_s']:.2f} s "
                f"({r['whole_transcript_s'] / r['live_transcript_s']:.1f}x)",
                f"**{r['live_delivery_s']:.2f} s** / {r['whole_delivery_s']:.2f} s",
                f"{100 * r['live_wer']:.1f} % / {100 * r['whole_wer']:.1f} %",
                f"{r['live_recall']:.2f} / {r['whole_recall']:.2f}",
                f"{r['cpu_percent']:.0f} % of a core",
                lost,
            ]
        )
    table = markdown_table(header, rows)
    coaches = coach_table(results, llm)
    print(table, coaches, sep="\n\n")
    if write:
        body = (
            "`bench/latency.py`: answers spoken in real time into PipeWire's virtual "
            "microphone and recorded by the drill's recorder; Enter once the microphone has "
            "been quiet for 0.3 s (polled every 0.1 s, as the drill polls the keyboard); times "
            "from the end of speech, where the last sound is in the recording (they include the "
            "wait for Enter and closing the recording). Live: transcribed while recording (the "
            "drill). Recorded-then-transcribed: the same recording transcribed after the "
            "answer, the peer. WER on "
            "content words (fillers are scored by recall); filler recall on the fillers spliced "
            "in at known times, as the delivery analysis reports them (transcript plus the audio "
            "check). CPU: this process's CPU time during the answer over its length. Audio "
            "lost: blocks the live transcriber dropped, PortAudio input overflows, and speech "
            "missing from the end of the recording.\n\n" + table + "\n\nThe coaches, on the "
            "live transcript, after the delivery report (same run):\n\n" + coaches
        )
        write_section("latency", "Transcribing while the person speaks (issue 5)", body)


if __name__ == "__main__":
    main()
