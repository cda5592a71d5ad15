"""How far a second labeller agrees with the first, beside how far the rule coach does.

    python bench/label_agreement.py

The held-out answers of heldout6 and heldout7 were labelled twice, blind to each other
(tests/eval/coach-others/second-labeller/README.md). If two careful labellers disagreed often,
the coach's 0.9 goal would be out of reach whatever it did; this prints, per label, the second
labeller's agreement with the first (the peer) and the coach's, both with Cohen's kappa and
precision / recall taking the first labeller as the truth. Only counts and scores are printed:
the held-out answers stay unread.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import tomllib

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coach_eval import OTHERS_DIR, SETS, LabelledAnswer, load_answers

from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, MISTAKE_KINDS, Feedback

SECOND_LABELS = OTHERS_DIR / "second-labeller" / "heldout6-7.toml"
PARTS = ("others-heldout6", "others-heldout7")


@dataclass
class Pairs:
    """(first labeller, other) yes/no pairs for one label."""

    second: list[tuple[bool, bool]]
    coach: list[tuple[bool, bool]]


def agreement(pairs: list[tuple[bool, bool]]) -> str:
    """Agreement, Cohen's kappa, and precision / recall with the first of each pair as truth."""
    n = len(pairs)
    agree = sum(first == other for first, other in pairs) / n
    first_yes = sum(first for first, _ in pairs) / n
    other_yes = sum(other for _, other in pairs) / n
    chance = first_yes * other_yes + (1 - first_yes) * (1 - other_yes)
    kappa = (agree - chance) / (1 - chance) if chance < 1 else 1.0
    both = sum(first and other for first, other in pairs)
    precision = both / max(1, sum(other for _, other in pairs))
    recall = both / max(1, sum(first for first, _ in pairs))
    return f"{agree:.2f}, {kappa:.2f}, {precision:.2f} / {recall:.2f}"


def collect(answers: list[LabelledAnswer], second: dict[str, dict]) -> dict[str, Pairs]:
    table: dict[str, Pairs] = {}

    def add(name: str, first: bool, other: bool, coach: bool | None) -> None:
        pairs = table.setdefault(name, Pairs([], []))
        pairs.second.append((first, other))
        if coach is not None:
            pairs.coach.append((first, coach))

    for answer in answers:
        labels, feedback = second[answer.id], rule_feedback(answer.request)
        for point in FRAMEWORK_POINTS:
            said = feedback.framework[point].score >= 3
            add(point, answer.framework[point], labels["framework"][point], said)
        for kind in MISTAKE_KINDS:
            found = any(m.kind == kind for m in feedback.mistakes)
            add(kind, kind in answer.mistakes, kind in labels["mistakes"], found)
        for point, first, other in zip(
            answer.request.rubric, answer.rubric, labels["rubric"], strict=True
        ):
            add("rubric points", first, other, _rubric_said(feedback, point))
    return table


def _rubric_said(feedback: Feedback, point: str) -> bool | None:
    """The coach's tick or cross for a rubric point; None where it leaves the point unjudged."""
    return None if point in feedback.rubric_unjudged else point in feedback.rubric_hit


def main() -> int:
    answers = [a for part in PARTS for a in load_answers(SETS[part])]
    entries = tomllib.loads(SECOND_LABELS.read_text(encoding="utf-8"))["labels"]
    second = {entry["id"]: entry for entry in entries}
    if set(second) != {a.id for a in answers}:
        print(f"error: {SECOND_LABELS} does not label exactly the answers of {PARTS}")
        return 1
    print(f"{len(answers)} answers ({', '.join(PARTS)}); agreement, kappa, precision / recall")
    print("| label | first labeller: yes | second labeller (peer) | rule coach |")
    print("| --- | --- | --- | --- |")
    for name, pairs in collect(answers, second).items():
        yes = sum(first for first, _ in pairs.second)
        coach = agreement(pairs.coach) if pairs.coach else "n/a"
        if len(pairs.coach) != len(pairs.second):
            coach += f" ({len(pairs.coach)} judged)"
        print(f"| {name} | {yes}/{len(pairs.second)} | {agreement(pairs.second)} | {coach} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
