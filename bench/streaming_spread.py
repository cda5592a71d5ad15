"""The spread of live transcription over delivery timing and the CPU's GEMM backend.

Each bundled answer is handed to the streaming transcriber in five ways (all at once, in real
time, and in three seeded patterns of random bursts), once with each of CTranslate2's int8
GEMM backends: oneDNN (what it uses on AMD and other non-Intel CPUs) and Intel MKL (what it
uses on Intel CPUs; CT2_USE_MKL=1 makes it use MKL on any x86-64 CPU). The peer in the same
run is the whole-file path (one decode of the whole answer). The table gives the word error
rate of each, and how many distinct transcripts the five deliveries gave (1: the timing
changed nothing).

    .venv/bin/python bench/streaming_spread.py [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import markdown_table, write_section

from voice_interviewer.audio.decode import load_audio
from voice_interviewer.resources import FIXTURES_DIR
from voice_interviewer.textnorm import word_error_rate
from voice_interviewer.transcription.streaming import STEP_SAMPLES, StreamingTranscriber
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions, join_words

DELIVERIES = ("at once", "real time", "bursts 1", "bursts 2", "bursts 3")
BACKENDS = {"oneDNN": "0", "MKL": "1"}


def _deliver(stream: StreamingTranscriber, samples, delivery: str) -> None:
    rng = random.Random(delivery)
    for index in range(0, samples.size, STEP_SAMPLES):
        stream.feed(samples[index : index + STEP_SAMPLES])
        if delivery == "real time":
            time.sleep(STEP_SAMPLES / 16000)
        elif delivery.startswith("bursts") and rng.random() < 0.3:
            time.sleep(rng.random() * 0.5)


def measure() -> dict[str, dict]:
    """In this process (one backend): per answer, whole-file text and each delivery's text."""
    transcriber = Transcriber(TranscriptionOptions(device="cpu"))
    transcriber.load()
    results = {}
    for wav in sorted(FIXTURES_DIR.glob("*.wav")):
        samples = load_audio(wav)
        live = {}
        for delivery in DELIVERIES:
            stream = StreamingTranscriber(transcriber).start()
            _deliver(stream, samples, delivery)
            live[delivery] = stream.finish().text
        whole = join_words(transcriber.transcribe_chunk(samples))
        results[wav.stem] = {"whole": whole, "live": live}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure()))
        return
    rows = []
    for backend, use_mkl in BACKENDS.items():
        env = {**os.environ, "CT2_USE_MKL": use_mkl}
        child = subprocess.run(
            [sys.executable, __file__, "--child"], env=env, capture_output=True, text=True
        )
        if child.returncode != 0:
            sys.exit(f"{backend}: {child.stderr.strip().splitlines()[-1]}")
        for name, result in json.loads(child.stdout).items():
            reference = (FIXTURES_DIR / f"{name}.wav").with_suffix(".txt").read_text()
            live_wers = [word_error_rate(reference, text) for text in result["live"].values()]
            rows.append(
                [
                    name,
                    backend,
                    f"{word_error_rate(reference, result['whole']):.3f}",
                    f"{min(live_wers):.3f}-{max(live_wers):.3f}",
                    str(len(set(result["live"].values()))),
                ]
            )
    header = ["answer", "GEMM backend", "WER whole file (peer)", "WER live", "distinct live"]
    table = markdown_table(header, rows)
    print(table)
    if not args.no_write:
        body = (
            "bench/streaming_spread.py: each bundled answer fed to the streaming transcriber "
            f"in {len(DELIVERIES)} ways ({', '.join(DELIVERIES)}), with each int8 GEMM "
            "backend; the peer is the whole-file path in the same process.\n\n" + table
        )
        write_section("streaming_spread", "Live transcription: spread over timing and CPU", body)


if __name__ == "__main__":
    main()
