"""Speed of the rule coach on the labelled dev answers: bench/rule_speed.py [--write].

Runs the rule coach (word model included, as shipped) on every dev answer, three times each
way, and prints the best run's time per answer. Its patterns read the text lowercased
(`Words`), and consecutive alternatives that open with a word boundary share it
(`_boundary_shared`); the peer is the same patterns read case-blind with re.IGNORECASE, in
the same run, and between them the patterns as written, each alternative with its own
boundary. All must give the same feedback. --write puts the table in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import re
import time
from collections.abc import Iterator
from unittest import mock

from benchlib import markdown_table, write_section  # bench/ is on the path of a bench script
from coach_eval import SETS, load_answers

from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.rules.signals import Words
from voice_interviewer.coaching.schema import CoachRequest, Feedback

DEV_PARTS = [f"others-dev{n}" for n in ("", *range(3, 57))]


@contextlib.contextmanager
def case_blind() -> Iterator[None]:
    """Every pattern reads the text as it is, with re.IGNORECASE (the peer); the words found
    are lowercased after, as the shipped Words gives them."""

    def as_it_is(self: Words, text: str) -> tuple:
        return self.case_blind, text

    def words_lowered(self: Words, text: str) -> list[str]:
        return [word.lower() for word in self.case_blind.findall(text)]

    with (
        mock.patch.object(Words, "_reading", as_it_is),
        mock.patch.object(Words, "findall", words_lowered),
    ):
        yield


@contextlib.contextmanager
def boundaries_as_written() -> Iterator[None]:
    """Every pattern compiled as written: each alternative checks its own word boundary."""
    patterns = [w for w in gc.get_objects() if isinstance(w, Words)]
    shipped = [(w._lowercase, w._case_blind) for w in patterns]
    for words in patterns:
        words._lowercase = re.compile(words.pattern)
        words._case_blind = re.compile(words.pattern, re.IGNORECASE)
    try:
        yield
    finally:
        for words, (lowercase, case_blind) in zip(patterns, shipped, strict=True):
            words._lowercase, words._case_blind = lowercase, case_blind


def best_run(requests: list[CoachRequest], runs: int) -> tuple[float, list[Feedback]]:
    """The fastest of runs passes over requests, in seconds, and the feedback of the last."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        feedback = [rule_feedback(request) for request in requests]
        best = min(best, time.perf_counter() - started)
    return best, feedback


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="passes each way (3)")
    parser.add_argument("--write", action="store_true", help="write the table to BENCHMARKS.md")
    args = parser.parse_args()
    requests = [a.request for part in DEV_PARTS for a in load_answers(SETS[part])]
    rule_feedback(requests[0])  # the word model's load is no part of the time
    lowered_s, lowered = best_run(requests, args.runs)
    with boundaries_as_written():
        written_s, written = best_run(requests, args.runs)
    with case_blind():
        blind_s, blind = best_run(requests, args.runs)
    same = sum(a == b == c for a, b, c in zip(lowered, written, blind, strict=True))
    rows = [
        [name, f"{1000 * seconds / len(requests):.1f}", f"{seconds / blind_s:.2f}"]
        for name, seconds in (
            ("text read case-blind, re.IGNORECASE (peer)", blind_s),
            ("text lowercased, each alternative's own boundary", written_s),
            ("text lowercased, boundaries shared (shipped)", lowered_s),
        )
    ]
    table = markdown_table(["rule coach", "ms per answer", "time / peer"], rows)
    body = (
        f"{table}\n\n{len(requests):,} dev answers, best of {args.runs} passes each way, one "
        f"process; the same feedback all three ways for {same:,} of {len(requests):,}."
    )
    print(body)
    if args.write:
        write_section("rule-speed", "Rule coach speed: text lowercased against case-blind", body)


if __name__ == "__main__":
    main()
