"""How long the progress report takes for 1,000 attempts (target: under 5 s), against peers.

Each command runs in its own process, as a user runs it (Python start-up and imports
included), on a practice history filled with realistic review JSON (delivery and feedback
included; the latest attempt's recording is a bundled fixture). Peers in the same run: the
same report from 100 attempts, and `export` and `history --json` of the 1,000 attempts.
A second table splits the 1,000-attempt report into its steps, measured in this process.

    .venv/bin/python bench/report.py [--repeat N] [--no-write]

Writes its tables to BENCHMARKS.md unless --no-write.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from benchlib import load_average, markdown_table, write_section  # noqa: E402

from tests.store_samples import sample_review  # noqa: E402
from voice_interviewer.config import Settings, pace_band  # noqa: E402
from voice_interviewer.history.store import Store  # noqa: E402
from voice_interviewer.questions import Question  # noqa: E402
from voice_interviewer.resources import FIXTURES_DIR  # noqa: E402

BAND = pace_band(Settings())  # the default pace band

CATEGORIES = ("why-ai-engineering", "ml-experience", "system-design", "biggest-weakness")
QUESTIONS = [
    Question(f"q-{i:02d}", CATEGORIES[i % 4], f"Practice question {i}", 120, ("x",))
    for i in range(20)
]
LATEST_AUDIO = FIXTURES_DIR / "ml_experience_fillers.wav"
# Runs the program and reports its own peak memory (VmHWM restarts at exec).
PROGRAM = (
    "import sys; from voice_interviewer.cli import main; code = main(sys.argv[1:]); "
    "sys.stderr.write(next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))); "
    "sys.exit(code)"
)


def fill(home: Path, count: int) -> None:
    """count attempts, three hours apart, in sessions of ten, the last with a real recording."""
    start = datetime(2026, 6, 1, 8, tzinfo=timezone.utc)
    with Store.open(home / "history.sqlite3") as store:
        session = None
        for index in range(count):
            if index % 10 == 0:
                session = store.start_session("drill", started_at=start)
            audio = LATEST_AUDIO if index == count - 1 else f"/recordings/{index}.wav"
            store.add_attempt(
                sample_review(index, file=str(audio)),
                session_id=session,
                question=QUESTIONS[index % len(QUESTIONS)],
                created_at=start + timedelta(hours=3 * index),
            )


def run(home: Path, *args: str) -> tuple[float, float]:
    """Wall seconds and peak MB of one command in its own process."""
    env = {**os.environ, "VOICE_INTERVIEWER_HOME": str(home), "MPLBACKEND": "Agg"}
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    seconds = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr}")
    peak_mb = int(result.stderr.split("VmHWM:")[1].split()[0]) / 1024
    return seconds, peak_mb


def steps(home: Path) -> list[tuple[str, float]]:
    """The 1,000-attempt report split into its steps, in this process (imports done first)."""
    from voice_interviewer.history import report

    timings = []
    with Store.open(home / "history.sqlite3") as store:
        began = time.perf_counter()
        summaries = store.attempts()
        timings.append(("read the attempts' figures", time.perf_counter() - began))
        for name, step in (
            ("plot delivery over time", lambda: report.plot_delivery(summaries, BAND)),
            ("plot framing over time", lambda: report.plot_framing(summaries)),
            (
                "latest answer: waveform and fillers",
                lambda: report._latest_section(store, summaries[-1]),
            ),
            ("plot best attempt per question", lambda: report.plot_best(summaries)),
            ("the whole page", lambda: report.build_report(store, BAND)),
        ):
            began = time.perf_counter()
            step()
            timings.append((name, time.perf_counter() - began))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per command (median kept)")
    parser.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        homes = {count: Path(folder) / f"home-{count}" for count in (100, 1000)}
        for count, home in homes.items():
            fill(home, count)
        out = Path(folder) / "report.html"
        commands = [
            ("report, 1,000 attempts", homes[1000], ("report", "--out", str(out))),
            ("report, 100 attempts (peer)", homes[100], ("report", "--out", str(out))),
            ("export, 1,000 attempts (peer)", homes[1000], ("export", "--out", str(out))),
            ("history --json, 1,000 attempts", homes[1000], ("history", "--json")),
        ]
        results = {}
        for name, home, command in commands:
            runs = [run(home, *command) for _ in range(args.repeat)]
            results[name] = (
                statistics.median(s for s, _ in runs),
                max(mb for _, mb in runs),
                out.stat().st_size / 1e6 if command[0] != "history" else None,
            )
        split = steps(homes[1000])

    target = results["report, 1,000 attempts"][0]
    rows = [
        [
            name,
            f"{seconds:.2f}",
            f"{target / seconds:.1f}x" if seconds != target else "1.0x",
            f"{peak:.0f}",
            f"{size:.2f}" if size is not None else "-",
        ]
        for name, (seconds, peak, size) in results.items()
    ]
    table = markdown_table(
        [
            "command",
            f"wall s (median of {args.repeat})",
            "report 1,000 / this",
            "peak MB",
            "file MB",
        ],
        rows,
    )
    step_table = markdown_table(
        ["step (in process)", "s"], [[name, f"{seconds:.3f}"] for name, seconds in split]
    )
    verdict = "meets" if target < 5 else "misses"
    body = (
        f"The 1,000-attempt report takes {target:.2f} s end to end: it {verdict} the 5 s "
        f"target.\n\n{table}\n\n{step_table}\n\n"
        "Each command runs in its own process (Python start-up and imports included); the "
        "steps are measured in one process after the imports."
    )
    print(body)
    print(f"\nload average {load_average()}")
    if not args.no_write:
        write_section("report", "Progress report (bench/report.py)", body)
        print("BENCHMARKS.md updated")


if __name__ == "__main__":
    main()
