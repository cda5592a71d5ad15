"""The follow-up question as a job of its own, per model: bench/follow_up_eval.py [--write].

For each labelled answer in tests/eval/coach/ the LLM (the configured endpoint, else the
embedded model) is asked only for the interviewer's follow-up question (coaching/follow_up.py),
and each reply is checked by machine: a question (ends in "?"), at most 25 words, names
something from the answer, fits the question's scenario (one of the scenario's words from the
interview guide), and is usable (passes all the checks the product applies before showing it).
The peer is the rule coach's follow-up on the same answers. Latency is from the request to the
last token, with the server already up (it is warmed on the first answer, which is not timed).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import markdown_table, write_section
from coach_eval import LabelledAnswer, fits_scenario, load_answers

from voice_interviewer.coaching import Coaching, CoachOptions
from voice_interviewer.coaching.follow_up import FOLLOW_UP_VERSION, MAX_WORDS, checked_follow_up
from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.rules.rewrites import words_in_common
from voice_interviewer.config import load_settings

CHECKS = ("a question", f"at most {MAX_WORDS} words", "names the answer", "fits the scenario")


def checks(question: str | None, answer: LabelledAnswer) -> dict[str, bool]:
    text = (question or "").strip()
    return {
        CHECKS[0]: text.endswith("?"),
        CHECKS[1]: 0 < len(text.split()) <= MAX_WORDS,
        CHECKS[2]: bool(words_in_common(text, answer.request.transcript)),
        CHECKS[3]: fits_scenario(text, answer.request.category),
    }


def ask(coaching: Coaching, answer: LabelledAnswer) -> tuple[str | None, str, float]:
    """The model's reply (None when it failed), the reason it is not usable, and seconds."""
    started = time.perf_counter()
    feedback = coaching.llm_feedback(answer.request)
    seconds = time.perf_counter() - started
    if feedback.follow_up_model is None:
        return None, feedback.fallback_reason or "no follow-up", seconds
    return feedback.follow_up, "", seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--llm-model", help="as for review (default: the configured one)")
    parser.add_argument("--limit", type=int, help="only the first N answers")
    parser.add_argument("--write", action="store_true", help="write the table to BENCHMARKS.md")
    args = parser.parse_args(argv)
    answers = load_answers()[: args.limit]
    settings = load_settings(
        {"llm_model": args.llm_model, "llm_timeout": 120.0, "llm_job": "follow-up"}
    )
    coaching = Coaching(CoachOptions.from_settings(settings))
    rule_counts = dict.fromkeys((*CHECKS, "usable"), 0)
    llm_counts = dict.fromkeys((*CHECKS, "usable"), 0)
    seconds: list[float] = []
    examples: list[list[str]] = []
    try:
        coaching.llm_feedback(answers[0].request)  # starts the server; not timed
        for answer in answers:
            rule_question = rule_feedback(answer.request).follow_up
            for name, passed in checks(rule_question, answer).items():
                rule_counts[name] += passed
            with contextlib.suppress(ValueError):
                checked_follow_up(rule_question or "", answer.request)
                rule_counts["usable"] += 1
            question, reason, took = ask(coaching, answer)
            seconds.append(took)
            for name, passed in checks(question, answer).items():
                llm_counts[name] += passed
            llm_counts["usable"] += question is not None
            examples.append([answer.id, question or f"({reason})", f"{took:.1f}"])
            print(f"{answer.id}: {took:.1f} s: {question or reason}", file=sys.stderr)
    finally:
        coaching.close()
    count = len(answers)
    model = coaching.llm_name or "none"
    header = ["measure", "rule coach (peer)", f"{model}, prompt {FOLLOW_UP_VERSION}"]
    body = [
        [name, f"{rule_counts[name]}/{count}", f"{llm_counts[name]}/{count}"]
        for name in rule_counts
    ]
    body.append(["median latency, s", "0.0", f"{statistics.median(seconds):.1f}"])
    body.append(["worst latency, s", "0.0", f"{max(seconds):.1f}"])
    table = markdown_table(header, body)
    print(table)
    if args.write:
        body_text = (
            f"bench/follow_up_eval.py on the {count} labelled answers of tests/eval/coach/; "
            "each check is made by machine (see the script).\n\n"
            + table
            + "\n\nWhat the model asked:\n\n"
            + markdown_table(["answer", "follow-up", "s"], examples)
        )
        write_section(
            f"follow_up:{model}", f"LLM jobs: the follow-up question ({model})", body_text
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
