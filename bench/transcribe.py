"""Transcription speed, load time, peak memory and accuracy of the embedded Whisper model.

Compares, in one run, the embedded Whisper base on the CPU (int8 and float32, beam 5 and 1)
with an independent offline recogniser, PocketSphinx (its English model ships in its wheel).
Each configuration runs in its own process, so load time and peak memory are its own.

    .venv/bin/python bench/transcribe.py [--repeat N] [--no-write]

Needs `pip install -e .[bench]` (pocketsphinx). Writes the table to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import markdown_table, peak_memory_mb, write_section

from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.resources import FIXTURES_DIR, PROJECT_ROOT
from voice_interviewer.textnorm import edit_distance, normalise_words

JFK = PROJECT_ROOT.parent / "shared" / "audio" / "jfk.flac"
JFK_TEXT = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)
CONFIGS = {
    "whisper-int8-beam5": ("whisper", "int8", 5),
    "whisper-int8-beam1": ("whisper", "int8", 1),
    "whisper-float32-beam5": ("whisper", "float32", 5),
    "whisper-float32-beam1": ("whisper", "float32", 1),
    "pocketsphinx": ("pocketsphinx", "", 0),
}
PEER = "pocketsphinx"


def inputs() -> list[tuple[str, Path, str]]:
    """(name, audio, reference text) of every clip: the fixtures and jfk.flac when present."""
    clips = [
        (wav.stem, wav, wav.with_suffix(".txt").read_text(encoding="utf-8"))
        for wav in sorted(FIXTURES_DIR.glob("*.wav"))
    ]
    if JFK.is_file():
        clips.append(("jfk", JFK, JFK_TEXT))
    return clips


def whisper_recogniser(compute_type: str, beam: int):
    from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions

    model = Transcriber(
        TranscriptionOptions(device="cpu", compute_type=compute_type, beam_size=beam)
    )
    model.load()
    return lambda samples: " ".join(w.text for w in model.transcribe_chunk(samples))


def pocketsphinx_recogniser():
    from pocketsphinx import Decoder

    decoder = Decoder(samprate=SAMPLE_RATE, logfn="/dev/null")

    def recognise(samples: np.ndarray) -> str:
        decoder.start_utt()
        decoder.process_raw((samples * 32767).astype(np.int16).tobytes(), full_utt=True)
        decoder.end_utt()
        hypothesis = decoder.hyp()
        return hypothesis.hypstr if hypothesis else ""

    return recognise


def run_one(config: str, repeat: int) -> dict:
    """Child process: load one recogniser, transcribe every clip, report as JSON."""
    engine, compute_type, beam = CONFIGS[config]
    clips = [(name, load_audio(path), text) for name, path, text in inputs()]
    started = time.perf_counter()
    recognise = (
        whisper_recogniser(compute_type, beam) if engine == "whisper" else pocketsphinx_recogniser()
    )
    load_s = time.perf_counter() - started
    recognise(clips[0][1][: 2 * SAMPLE_RATE])  # warm-up
    audio_s = processing_s = 0.0
    errors = reference_words = 0
    for _name, samples, text in clips:
        times = []
        for _ in range(repeat):
            begin = time.perf_counter()
            hypothesis = recognise(samples)
            times.append(time.perf_counter() - begin)
        processing_s += min(times)
        audio_s += samples.size / SAMPLE_RATE
        reference = normalise_words(text)
        errors += edit_distance(reference, normalise_words(hypothesis))
        reference_words += len(reference)
    return {
        "config": config,
        "load_s": load_s,
        "audio_s": audio_s,
        "processing_s": processing_s,
        "wer": errors / reference_words,
        "peak_mb": peak_memory_mb(),
    }


def measure(config: str, repeat: int) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--one", config, "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs per clip; the fastest counts")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    parser.add_argument("--one", choices=CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.repeat)))
        return
    from voice_interviewer.transcription.whisper import embedded_model_dir

    embedded_model_dir()  # join once here, so each configuration's load time is its own
    clips = inputs()
    print(f"{len(clips)} clips: {', '.join(name for name, _, _ in clips)}", flush=True)
    results = {}
    for config in CONFIGS:
        results[config] = measure(config, args.repeat)
        print(f"  {config}: done", flush=True)
    peer = results[PEER]
    peer_speed = peer["audio_s"] / peer["processing_s"]
    header = ["recogniser", "load s", "x real time", f"speed vs {PEER}", "WER", "peak MB"]
    rows = []
    for config, r in results.items():
        speed = r["audio_s"] / r["processing_s"]
        rows.append(
            [
                config,
                f"{r['load_s']:.2f}",
                f"{speed:.1f}",
                f"{speed / peer_speed:.2f}",
                f"{100 * r['wer']:.1f} %",
                f"{r['peak_mb']:.0f}",
            ]
        )
    table = markdown_table(header, rows)
    print(table)
    if not args.no_write:
        total_audio = peer["audio_s"]
        body = (
            f"`bench/transcribe.py --repeat {args.repeat}`: {len(clips)} clips "
            f"({', '.join(name for name, _, _ in clips)}; {total_audio:.0f} s of audio in all), "
            "CPU only, 2 threads for Whisper (one per core), fastest of the repeats per clip. "
            "x real time = seconds of audio per second of processing. WER over all clips, on "
            "normalised words. Load s: model load (the embedded model already joined).\n\n" + table
        )
        write_section("transcribe", "Transcription: embedded Whisper base vs PocketSphinx", body)


if __name__ == "__main__":
    main()
