"""How far the coaches agree with labelled answers: bench/coach_eval.py [--set S] [--write].

Reads a labelled set (--set: "old", tests/eval/coach/*.toml, by default; "others-dev",
"others-dev3" to "others-dev112", "others-dev115" to "others-dev133", "others-heldout",
"others-heldout2" to "others-heldout84", tests/eval/coach-others/, answers written in other
voices than the rules' author's, issue 13; "bank-dev-a", "bank-dev-b", "bank-heldout",
tests/eval/coach-bank/, answers to the program's own questions labelled on their own rubric
points)
of answers written as spoken and labelled from the interview guide, runs the rule coach and
the LLM coach (the configured endpoint, else the embedded model) on each, and prints per
coach: agreement with the labels per framework point (a score of 3 or more counts as "does
it"), on the question's rubric points and on the strategic mistakes, precision and recall of
each of them, whether the follow-up fits the question's scenario, the share of quotes found in
the transcript (grounding), latency and tokens per answer. The rule coach is the peer: the
LLM's figures are also given as a ratio to it. --write (old set only) puts the table in
BENCHMARKS.md under "## Coaching evaluation".
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import tomllib
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from voice_interviewer.coaching import Coaching, CoachOptions, CoachRequest, Feedback
from voice_interviewer.coaching.claims import unsupported_claims
from voice_interviewer.coaching.follow_up import fits_scenario
from voice_interviewer.coaching.grounding import find_quote
from voice_interviewer.coaching.prompts import PROMPT_VERSION
from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.rules.rewrites import changes_framing, follow_up_point
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, MISTAKE_KINDS, Rewrite
from voice_interviewer.config import load_settings
from voice_interviewer.questions import load_bank_file
from voice_interviewer.resources import PROJECT_ROOT

EVAL_DIR = PROJECT_ROOT / "tests" / "eval" / "coach"
OTHERS_DIR = PROJECT_ROOT / "tests" / "eval" / "coach-others"
# Answers to the program's own bank questions, labelled on each question's own rubric points
# (most of which the rule coach leaves unjudged): "bank-heldout" is scored, never read.
BANK_DIR = PROJECT_ROOT / "tests" / "eval" / "coach-bank"
# The held-out parts are scored, never read while the rules are changed. "others-heldout" was
# scored once before the second round of changes, whose new dev answers were written for the
# ways of speaking it missed (BENCHMARKS.md); "others-heldout2" was written afterwards by
# someone who had not read the rules, and is scored once at the end of that round.
# "others-heldout3" was written by another writer blind to the rules, scored before the fourth
# round and after the fifth and sixth; the dev answers of those rounds ("others-dev4" to
# "others-dev8") came from five more blind writers, each part scored once before it was read,
# as were "others-dev9" and "others-dev10", for the seventh round. "others-heldout4", by one
# more blind writer, was scored before the seventh round and after it, never read;
# "others-heldout5", by another, was written at the end of that round and scored once.
# "others-dev11" to "others-dev13" (three more blind writers) were scored once, then train the
# word model beside the rules (bench/answer_model.py) with the other dev parts;
# "others-heldout6" is never read nor trained on, like heldout2 to heldout5; the same for
# "others-dev14" to "others-dev16" and "others-heldout7", written after them; "others-dev17"
# to "others-dev19" came last, scored once, then trained on. "others-heldout9" to
# "others-heldout12" (four more blind writers, 2026-12-01) were written to train the model and
# kept held out instead: never read, never trained on. "others-heldout13" to
# "others-heldout16" (four more, 2026-12-02) were written after that day's rule changes and
# scored once with the coach before and after them: never read, never trained on.
# "others-dev20" to "others-dev28" (nine more blind writers, 2026-12-02) were scored once, then
# read while the rules changed, then train the model with the other dev parts since the
# second session of that day; "others-heldout17" to "others-heldout23",
# written beside them, are scored once each, at the end of their round: never read, never
# trained on. "others-dev29" to "others-dev34" and "others-heldout24" to "others-heldout29"
# (twelve more in two rounds, 2026-12-02, second session) are used in the same way, as are
# "others-dev35" to "others-dev52" and "others-heldout30" to "others-heldout37" (twenty-six
# more in four rounds, 2026-12-02, third session); "others-heldout38" to "others-heldout43",
# written in the fourth round as dev parts, were kept held out instead. "others-heldout44" to
# "others-heldout49" (six more blind writers, 2026-12-02, fourth session) are scored once with
# the coach at that session's start and once at its end: never read, never trained on.
# "others-dev57" to "others-dev59" and "others-heldout54" to "others-heldout57" (seven more
# blind writers, 2026-12-03) were scored once at that session's start; the dev parts were
# then read, the held-out parts never; likewise "others-dev60", "others-dev61" and
# "others-heldout58" (three more, the same session), and "others-dev62", "others-dev63" and
# "others-heldout59" (three more after them). "others-dev64" to "others-dev88" and
# "others-heldout60" to "others-heldout69" (2026-12-03/04, twelfth to fifteenth sessions) are used
# in the same way: each round scored once before anyone read it, the dev parts then read.
SETS = {
    "old": EVAL_DIR,
    "others-dev": OTHERS_DIR / "dev",
    "others-dev3": OTHERS_DIR / "dev3",
    "others-heldout": OTHERS_DIR / "heldout",
    "others-heldout2": OTHERS_DIR / "heldout2",
    "others-dev4": OTHERS_DIR / "dev4",
    "others-dev5": OTHERS_DIR / "dev5",
    "others-dev6": OTHERS_DIR / "dev6",
    "others-dev7": OTHERS_DIR / "dev7",
    "others-dev8": OTHERS_DIR / "dev8",
    "others-dev9": OTHERS_DIR / "dev9",
    "others-dev10": OTHERS_DIR / "dev10",
    "others-heldout3": OTHERS_DIR / "heldout3",
    "others-heldout4": OTHERS_DIR / "heldout4",
    "others-heldout5": OTHERS_DIR / "heldout5",
    "others-dev11": OTHERS_DIR / "dev11",
    "others-dev12": OTHERS_DIR / "dev12",
    "others-dev13": OTHERS_DIR / "dev13",
    "others-heldout6": OTHERS_DIR / "heldout6",
    "others-dev14": OTHERS_DIR / "dev14",
    "others-dev15": OTHERS_DIR / "dev15",
    "others-dev16": OTHERS_DIR / "dev16",
    "others-heldout7": OTHERS_DIR / "heldout7",
    "others-dev17": OTHERS_DIR / "dev17",
    "others-dev18": OTHERS_DIR / "dev18",
    "others-dev19": OTHERS_DIR / "dev19",
    "others-heldout8": OTHERS_DIR / "heldout8",
    "others-heldout9": OTHERS_DIR / "heldout9",
    "others-heldout10": OTHERS_DIR / "heldout10",
    "others-heldout11": OTHERS_DIR / "heldout11",
    "others-heldout12": OTHERS_DIR / "heldout12",
    "others-heldout13": OTHERS_DIR / "heldout13",
    "others-heldout14": OTHERS_DIR / "heldout14",
    "others-heldout15": OTHERS_DIR / "heldout15",
    "others-heldout16": OTHERS_DIR / "heldout16",
    "others-dev20": OTHERS_DIR / "dev20",
    "others-dev21": OTHERS_DIR / "dev21",
    "others-dev22": OTHERS_DIR / "dev22",
    "others-heldout17": OTHERS_DIR / "heldout17",
    "others-heldout18": OTHERS_DIR / "heldout18",
    "others-heldout19": OTHERS_DIR / "heldout19",
    "others-dev23": OTHERS_DIR / "dev23",
    "others-dev24": OTHERS_DIR / "dev24",
    "others-dev25": OTHERS_DIR / "dev25",
    "others-heldout20": OTHERS_DIR / "heldout20",
    "others-heldout21": OTHERS_DIR / "heldout21",
    "others-dev26": OTHERS_DIR / "dev26",
    "others-dev27": OTHERS_DIR / "dev27",
    "others-dev28": OTHERS_DIR / "dev28",
    "others-heldout22": OTHERS_DIR / "heldout22",
    "others-heldout23": OTHERS_DIR / "heldout23",
    "others-dev29": OTHERS_DIR / "dev29",
    "others-dev30": OTHERS_DIR / "dev30",
    "others-dev31": OTHERS_DIR / "dev31",
    "others-heldout24": OTHERS_DIR / "heldout24",
    "others-heldout25": OTHERS_DIR / "heldout25",
    "others-heldout26": OTHERS_DIR / "heldout26",
    "others-dev32": OTHERS_DIR / "dev32",
    "others-dev33": OTHERS_DIR / "dev33",
    "others-dev34": OTHERS_DIR / "dev34",
    "others-heldout27": OTHERS_DIR / "heldout27",
    "others-heldout28": OTHERS_DIR / "heldout28",
    "others-heldout29": OTHERS_DIR / "heldout29",
    **{f"others-dev{n}": OTHERS_DIR / f"dev{n}" for n in range(35, 113)},
    # dev113 and dev114 were not finished
    **{f"others-dev{n}": OTHERS_DIR / f"dev{n}" for n in range(115, 158)},
    **{f"others-heldout{n}": OTHERS_DIR / f"heldout{n}" for n in range(30, 109)},
    "bank-dev-a": BANK_DIR / "dev-a",
    "bank-dev-b": BANK_DIR / "dev-b",
    "bank-heldout": BANK_DIR / "heldout",
}

BENCHMARKS = PROJECT_ROOT / "BENCHMARKS.md"
HEADING = "## Coaching evaluation"


@dataclass(frozen=True)
class LabelledAnswer:
    id: str
    kind: str
    request: CoachRequest
    framework: dict[str, bool]
    rubric: tuple[bool, ...]
    mistakes: frozenset[str]


def load_answers(folder: Path = EVAL_DIR) -> list[LabelledAnswer]:
    """The labelled answers of a set's files. A file with one question labels answers to it; a
    file with several (tests/eval/coach-bank/) names each answer's question by its id."""
    answers = []
    for path in sorted(folder.glob("*.toml")):
        questions = {question.id: question for question in load_bank_file(path)}
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["answers"]:
            if len(questions) == 1:
                (question,) = questions.values()
            else:
                question = questions[entry["question"]]
            assert len(entry["rubric"]) == len(question.rubric), entry["id"]
            answers.append(
                LabelledAnswer(
                    id=entry["id"],
                    kind=entry["kind"],
                    request=CoachRequest(
                        entry["transcript"], question.text, question.rubric, question.category
                    ),
                    framework=entry["framework"],
                    rubric=tuple(entry["rubric"]),
                    mistakes=frozenset(entry["mistakes"]),
                )
            )
    return answers


@dataclass
class Counts:
    """True and false positives and false negatives of one yes/no judgment."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, said: bool, label: bool) -> None:
        self.tp += said and label
        self.fp += said and not label
        self.fn += label and not said

    def row(self) -> str:
        precision = _share(self.tp, self.tp + self.fp)
        recall = _share(self.tp, self.tp + self.fn)
        return f"{precision} / {recall} ({self.tp + self.fn} labelled)"


@dataclass
class Tally:
    """What one coach got right, over the answers it answered."""

    word_model: bool = True  # whether the rules' word model judges whether a rewrite is flagged
    answered: int = 0
    fallbacks: int = 0
    framework: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FRAMEWORK_POINTS, 0))
    rubric_agree: int = 0
    rubric_total: int = 0
    mistake_tp: int = 0
    mistake_fp: int = 0
    mistake_fn: int = 0
    framework_counts: dict[str, Counts] = field(
        default_factory=lambda: {name: Counts() for name in FRAMEWORK_POINTS}
    )
    rubric_counts: Counts = field(default_factory=Counts)  # over the points judged
    rubric_unjudged: int = 0  # points the coach neither ticked nor crossed
    mistake_counts: dict[str, Counts] = field(
        default_factory=lambda: {kind: Counts() for kind in MISTAKE_KINDS}
    )
    follow_ups_fit: int = 0  # the follow-up asks about the question's scenario
    # the rule coach's follow-up asks about a framework point, on answers missing one: how
    # often that point is one the labels say the answer misses
    follow_ups_on_a_point: int = 0
    follow_ups_on_a_missing_point: int = 0
    quotes_kept: int = 0
    quotes_cited: int = 0
    unsupported: int = 0  # evidence replaced and rewrites left out by the claims check
    rewrites: int = 0  # shown
    rewrites_changed: int = 0  # change the framing (rules.changes_framing)
    rewrites_unflagged: int = 0  # the rule coach finds no strategic mistake in them
    rewrites_no_new_facts: int = 0  # name no practice, number or tool the answer lacks
    seconds: list[float] = field(default_factory=list)
    prompt_tokens: list[int] = field(default_factory=list)
    completion_tokens: list[int] = field(default_factory=list)

    def add(self, answer: LabelledAnswer, feedback: Feedback, seconds: float) -> None:
        self.seconds.append(seconds)
        if feedback.fallback_reason:
            self.fallbacks += 1
            return
        self.answered += 1
        self.add_judgments(answer, feedback)
        self.follow_ups_fit += fits_scenario(feedback.follow_up, answer.request.category)
        point = follow_up_point(answer.request, feedback.follow_up)
        if point is not None and not all(answer.framework.values()):
            self.follow_ups_on_a_point += 1
            self.follow_ups_on_a_missing_point += not answer.framework[point]
        quotes = [m.quote for m in feedback.mistakes] + [r.original for r in feedback.rewrites]
        kept = sum(find_quote(answer.request.transcript, q) is not None for q in quotes)
        self.quotes_kept += kept
        self.quotes_cited += len(quotes) + feedback.dropped_quotes
        self.unsupported += feedback.unsupported_claims
        for rewrite in feedback.rewrites:
            changed, unflagged, no_new_facts = rewrite_checks(
                rewrite, answer.request, self.word_model
            )
            self.rewrites += 1
            self.rewrites_changed += changed
            self.rewrites_unflagged += unflagged
            self.rewrites_no_new_facts += no_new_facts
        if feedback.llm is not None:
            if feedback.llm.prompt_tokens is not None:
                self.prompt_tokens.append(feedback.llm.prompt_tokens)
            if feedback.llm.completion_tokens is not None:
                self.completion_tokens.append(feedback.llm.completion_tokens)

    def add_judgments(self, answer: LabelledAnswer, feedback: Feedback) -> None:
        """The framework points, rubric points and mistakes of one answer's feedback against
        its labels (add also checks its follow-up, quotes and rewrites)."""
        for name in FRAMEWORK_POINTS:
            said = feedback.framework[name].score >= 3
            self.framework[name] += said == answer.framework[name]
            self.framework_counts[name].add(said, answer.framework[name])
        hit, unjudged = set(feedback.rubric_hit), set(feedback.rubric_unjudged)
        for point, label in zip(answer.request.rubric, answer.rubric, strict=True):
            if point in unjudged:
                self.rubric_unjudged += 1
                continue
            self.rubric_agree += (point in hit) == label
            self.rubric_total += 1
            self.rubric_counts.add(point in hit, label)
        found = {m.kind for m in feedback.mistakes}
        for kind, counts in self.mistake_counts.items():
            counts.add(kind in found, kind in answer.mistakes)
        self.mistake_tp += len(found & answer.mistakes)
        self.mistake_fp += len(found - answer.mistakes)
        self.mistake_fn += len(answer.mistakes - found)


def rewrite_checks(
    rewrite: Rewrite, request: CoachRequest, word_model: bool = True
) -> tuple[bool, bool, bool]:
    """Whether a rewrite changes the framing (rules.changes_framing: more than fillers and
    punctuation), leaves nothing the rule coach flags as a strategic mistake, and adds no fact
    the answer does not contain (the claims check)."""
    alone = dataclasses.replace(request, transcript=rewrite.rewrite)
    return (
        changes_framing(rewrite.original, rewrite.rewrite),
        not rule_feedback(alone, word_model=word_model).mistakes,
        not unsupported_claims(rewrite.rewrite, request.transcript),
    )


def follow_ups_fit_without_category(answers: list[LabelledAnswer]) -> int:
    """How many of the rule coach's follow-ups still fit the scenario when the request has no
    category (the coach then reads the scenario from the question's words)."""
    return sum(
        fits_scenario(
            rule_feedback(dataclasses.replace(a.request, category=None)).follow_up,
            a.request.category,
        )
        for a in answers
    )


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "n/a"


def _mean(values: list[float] | list[int], digits: int = 0) -> str:
    return f"{statistics.fmean(values):.{digits}f}" if values else "n/a"


def rows(tally: Tally) -> dict[str, str]:
    n = tally.answered
    precision = _share(tally.mistake_tp, tally.mistake_tp + tally.mistake_fp)
    recall = _share(tally.mistake_tp, tally.mistake_tp + tally.mistake_fn)
    result = {"answers with feedback": f"{n} (fallbacks: {tally.fallbacks})"}
    for name in FRAMEWORK_POINTS:
        result[f"agreement: {name}"] = _share(tally.framework[name], n)
    all_points = sum(tally.framework.values())
    result["agreement: framework, all four"] = _share(all_points, 4 * n)
    result["agreement: question rubric points"] = _share(tally.rubric_agree, tally.rubric_total)
    result["mistakes: precision / recall"] = f"{precision} / {recall}"
    for name, counts in tally.framework_counts.items():
        result[f"precision / recall: {name}"] = counts.row()
    result["precision / recall: question rubric points"] = tally.rubric_counts.row()
    judged = tally.rubric_total
    result["question rubric points judged (the rest: not judged)"] = (
        f"{judged}/{judged + tally.rubric_unjudged}"
    )
    for kind, counts in tally.mistake_counts.items():
        result[f"precision / recall: {kind}"] = counts.row()
    result["follow-up fits the question's scenario"] = f"{tally.follow_ups_fit}/{n}"
    result["follow-up asks about a point the answer misses (labels)"] = (
        f"{tally.follow_ups_on_a_missing_point}/{tally.follow_ups_on_a_point}"
    )
    kept, cited = tally.quotes_kept, tally.quotes_cited
    result["grounding: quotes found in transcript"] = f"{_share(kept, cited)} ({kept}/{cited})"
    result["claims check: evidence or rewrites naming what was not said"] = str(tally.unsupported)
    shown = tally.rewrites
    result["rewrites shown: change 3+ words / nothing flagged / no new facts"] = (
        f"{tally.rewrites_changed}/{shown} / {tally.rewrites_unflagged}/{shown} / "
        f"{tally.rewrites_no_new_facts}/{shown}"
    )
    median = statistics.median(tally.seconds) if tally.seconds else None
    result["latency per answer: mean / median"] = (
        f"{_mean(tally.seconds, 3)} s / {median:.3f} s" if median is not None else "n/a"
    )
    result["tokens per answer: prompt / completion"] = (
        f"{_mean(tally.prompt_tokens)} / {_mean(tally.completion_tokens)}"
        if tally.prompt_tokens
        else "n/a"
    )
    return result


def run(
    answers: list[LabelledAnswer],
    coaching: Coaching | None,
    console: Console,
    word_model: bool = True,
):
    rules, llm = Tally(word_model), Tally()
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("Coaching the labelled answers", total=len(answers))
        if coaching is not None:
            coaching.warm_up()
        for answer in answers:
            started = time.perf_counter()
            feedback = rule_feedback(answer.request, word_model=word_model)
            rules.add(answer, feedback, time.perf_counter() - started)
            if coaching is not None:
                progress.update(task, description=f"LLM coach on {answer.id}")
                started = time.perf_counter()
                feedback = coaching.llm_feedback(answer.request)
                llm.add(answer, feedback, time.perf_counter() - started)
                if feedback.fallback_reason:
                    console.print(f"[yellow]{answer.id}: fallback: {feedback.fallback_reason}")
            progress.advance(task)
    return rules, llm


def table_markdown(header: list[str], body: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="old", help="the labelled set (old)")
    parser.add_argument("--no-llm", action="store_true", help="the rule coach only")
    parser.add_argument(
        "--no-word-model", action="store_true", help="the rules without the word model beside them"
    )
    parser.add_argument("--llm-model", help="as for review (default: the configured one)")
    parser.add_argument("--llm-timeout", type=float, default=300.0, help="seconds per answer")
    parser.add_argument("--limit", type=int, help="only the first N answers")
    parser.add_argument("--write", action="store_true", help="write the table to BENCHMARKS.md")
    args = parser.parse_args(argv)
    if args.write and args.set != "old":
        parser.error("--write writes the old set's table; the others are in issue 13's section")
    console = Console(stderr=True)
    answers = load_answers(SETS[args.set])[: args.limit]
    settings = load_settings(
        {"llm_model": args.llm_model, "llm_timeout": args.llm_timeout, "llm_job": "feedback"}
    )
    coaching = None if args.no_llm else Coaching(CoachOptions.from_settings(settings))
    load_before = os.getloadavg()[0]
    try:
        rules, llm = run(answers, coaching, console, word_model=not args.no_word_model)
    finally:
        if coaching is not None:
            coaching.close()
    load_after = os.getloadavg()[0]
    llm_name = coaching.llm_name if coaching else None
    header = ["measure", "rule coach (peer)"]
    columns = [rows(rules)]
    if coaching is not None:
        header.append(f"LLM coach: {llm_name or 'none'}, prompt {PROMPT_VERSION}")
        columns.append(rows(llm))
    body = [[name, *(column[name] for column in columns)] for name in columns[0]]
    if coaching is not None and rules.seconds and llm.seconds:
        ratio = statistics.fmean(llm.seconds) / statistics.fmean(rules.seconds)
        agree_rules = sum(rules.framework.values()) / max(1, 4 * rules.answered)
        agree_llm = sum(llm.framework.values()) / max(1, 4 * llm.answered)
        body.append(["LLM / rule coach: latency", "1", f"{ratio:,.0f}x"])
        body.append(
            ["LLM / rule coach: framework agreement", "1", f"{agree_llm / agree_rules:.2f}"]
        )
    title = f"Coaching evaluation: {len(answers)} labelled answers ({args.set} set)"
    table = Table(*header, title=title)
    for row in body:
        table.add_row(*row)
    Console().print(table)
    fit = follow_ups_fit_without_category(answers)
    print(f"Rule coach follow-ups fitting the scenario, category withheld: {fit}/{len(answers)}")
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load_before:.2f} before and {load_after:.2f} after (shared machine)"
    )
    print(f"Machine: {machine}")
    if args.write:
        write_benchmarks(len(answers), machine, header, body)
    return 0


def write_benchmarks(count: int, machine: str, header: list[str], body: list[list[str]]) -> None:
    section = "\n".join(
        [
            HEADING,
            "",
            f"Measured {date.today().isoformat()} on {machine}, by `bench/coach_eval.py`.",
            "",
            f"{count} labelled answers in tests/eval/coach/ (five scenarios; strong, weak and "
            "mixed). A framework point agrees when the coach's score is 3 or more exactly where "
            "the label says the answer does it; mistakes are counted per kind.",
            "",
            table_markdown(header, body),
            "",
            "",
        ]
    )
    text = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    if HEADING in text:
        start = text.index(HEADING)
        end = text.find("\n## ", start + len(HEADING))
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    BENCHMARKS.write_text(text, encoding="utf-8")
    print(f"Wrote {BENCHMARKS}")


if __name__ == "__main__":
    sys.exit(main())
