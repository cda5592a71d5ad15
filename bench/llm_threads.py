"""Generation speed of the embedded LLM by thread count: bench/llm_threads.py [--model NAME].

Starts the embedded server once per thread count, sends the coaching prompt for one labelled
answer (the same request each time, grammar-constrained JSON as in real use, a fixed seed),
and prints prompt and generation speed from the server's own timings, with the load average.
The peer is one thread: the other counts are given as a ratio to it. --busy N runs N
processes that keep a core busy meanwhile (as Whisper transcribing, or another program, would).
--write puts the table in BENCHMARKS.md under its own heading (added to what is there).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import platform
import sys
import time
from datetime import date

from coach_eval import BENCHMARKS, load_answers  # bench/ is on the path of a bench script
from openai import OpenAI
from rich.console import Console
from rich.table import Table

from voice_interviewer.coaching.llm import response_format_for
from voice_interviewer.coaching.prompts import build_prompt
from voice_interviewer.coaching.schema import feedback_schema
from voice_interviewer.coaching.server import EMBEDDED_MODELS, EmbeddedServer

SUBHEADING = "## Coaching: embedded LLM speed by thread count"


def measure(model_name: str, threads: int, tokens: int) -> dict[str, float]:
    answer = load_answers()[0]
    server = EmbeddedServer(EMBEDDED_MODELS[model_name], threads=threads)
    started = time.perf_counter()
    url = server.wait(600)
    load_s = time.perf_counter() - started
    try:
        client = OpenAI(base_url=url, api_key="not-needed", max_retries=0, timeout=600)
        schema = feedback_schema(len(answer.request.rubric))
        response = client.chat.completions.create(
            model=model_name,
            messages=build_prompt(answer.request).messages(),
            response_format=response_format_for("json_schema", schema),
            temperature=0.2,
            seed=1,
            max_tokens=tokens,
        )
        timings = response.model_extra.get("timings", {})
    finally:
        server.stop()
    return {
        "load_s": load_s,
        "prompt_tps": timings.get("prompt_per_second", float("nan")),
        "gen_tps": timings.get("predicted_per_second", float("nan")),
        "generated": timings.get("predicted_n", float("nan")),
    }


def _spin() -> None:
    deadline = time.monotonic() + 900  # bounded, whatever happens to the parent
    while time.monotonic() < deadline:
        pass


@contextlib.contextmanager
def busy_cores(count: int):
    spinners = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(count)]
    for spinner in spinners:
        spinner.start()
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.terminate()
            spinner.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="embedded", choices=sorted(EMBEDDED_MODELS))
    parser.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    parser.add_argument("--tokens", type=int, default=200, help="tokens to generate")
    parser.add_argument("--busy", type=int, default=0, help="cores kept busy meanwhile")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.threads.split(",")]
    load_before = os.getloadavg()[0]
    with busy_cores(args.busy):
        results = {n: measure(args.model, n, args.tokens) for n in counts}
    load_after = os.getloadavg()[0]
    peer = results[counts[0]]["gen_tps"]
    header = ["threads", "start (s)", "prompt tok/s", "generation tok/s", f"vs {counts[0]}"]
    body = [
        [
            str(n),
            f"{r['load_s']:.1f}",
            f"{r['prompt_tps']:.0f}",
            f"{r['gen_tps']:.1f}",
            f"{r['gen_tps'] / peer:.2f}x",
        ]
        for n, r in results.items()
    ]
    busy = f", {args.busy} core(s) kept busy" if args.busy else ""
    title = f"{EMBEDDED_MODELS[args.model].label}, {args.tokens} tokens{busy}"
    table = Table(*header, title=title)
    for row in body:
        table.add_row(*row)
    Console().print(table)
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, load average {load_before:.2f} before "
        f"and {load_after:.2f} after (shared machine)"
    )
    print(machine)
    if args.write:
        lines = [
            SUBHEADING,
            "",
            f"Measured {date.today().isoformat()} on {machine}, by `bench/llm_threads.py` "
            f"({EMBEDDED_MODELS[args.model].label}, the coaching prompt, {args.tokens} tokens of "
            f"schema-constrained JSON{busy}):",
            "",
            "| " + " | ".join(header) + " |",
            "|" + " --- |" * len(header),
            *("| " + " | ".join(row) + " |" for row in body),
            "",
        ]
        text = BENCHMARKS.read_text(encoding="utf-8")
        if SUBHEADING in text:  # another measurement under the same heading
            start = text.index(SUBHEADING) + len(SUBHEADING)
            end = text.find("\n## ", start)
            end = len(text) if end == -1 else end + 1
            rest = "\n" + text[end:] if end < len(text) else ""
            text = text[:end].rstrip("\n") + "\n\n" + "\n".join(lines[2:]) + rest
        else:
            text = text.rstrip("\n") + "\n\n" + "\n".join(lines)
        BENCHMARKS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
