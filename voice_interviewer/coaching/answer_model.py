"""A word-statistics model of the framework points and strategic mistakes, beside the rules.

The rules are sentence patterns: they follow the writers they were written from and miss a new
speaker's wording (BENCHMARKS.md, "Rule coach on answers it was not tuned on"). This model is a
logistic regression over TF-IDF word and word-pair features, trained on every labelled answer
that is not held out (bench/answer_model.py). It only adds what the rules missed, only where
its probability clears a threshold chosen on writers it was not trained on, and quotes the
sentence whose words weigh most towards what it adds: it reads the answer as a whole, so that
sentence shows where, not that, the answer does it.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("answer_model.json")
# The labelled answers it learns from have 60 to 250 words. On a sentence alone it reads topic
# words as findings ("I'm not competing with ML researchers" as comparing), so it judges no
# text shorter than this.
MIN_WORDS = 50
# Below this probability the model doubts what the rules credit: a framework point the rules
# scored 3 or more is not counted. Chosen on the dev parts, each scored by a model trained
# without it: 1-3 points more precision per framework point for at most 0.01 of recall
# (BENCHMARKS.md, "The word model's doubt").
DOUBT = 0.2
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Lower-case words, apostrophes kept ("don't"), digits as words."""
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


def terms(text: str) -> Counter[str]:
    """The words and adjacent word pairs of text, with their counts."""
    words = tokens(text)
    return Counter(words + [f"{a} {b}" for a, b in itertools.pairwise(words)])


@dataclass(frozen=True)
class Vocabulary:
    """Term positions and inverse document frequencies."""

    index: dict[str, int]
    idf: np.ndarray

    def weighted_terms(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The positions of text's known terms and their L2-normalised TF-IDF weights, with
        log-scaled term counts: the non-zero part of vector(text).

        Judging reads only these (a few hundred) instead of the whole vocabulary: OpenBLAS
        spreads a product of over 10,000 numbers over threads, and beside a busy Whisper a
        whole-vocabulary product took 7 ms instead of microseconds."""
        pairs = [(self.index.get(term), count) for term, count in terms(text).items()]
        positions = np.array([p for p, _ in pairs if p is not None], dtype=np.int64)
        counts = np.array([c for p, c in pairs if p is not None], dtype=np.float64)
        weights = (1.0 + np.log(counts)) * self.idf[positions]
        norm = math.sqrt(float(np.sum(weights * weights)))
        return positions, weights / norm if norm else weights

    def vector(self, text: str) -> np.ndarray:
        """The L2-normalised TF-IDF vector of text, with log-scaled term counts."""
        vector = np.zeros(len(self.index), dtype=np.float64)
        positions, weights = self.weighted_terms(text)
        vector[positions] = weights
        return vector


@dataclass(frozen=True)
class Target:
    """One yes/no judgment: weights over the vocabulary, a bias, and the threshold to use."""

    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, positions: np.ndarray, values: np.ndarray) -> float:
        """The probability for a text given as Vocabulary.weighted_terms."""
        margin = float(np.sum(values * self.weights[positions])) + self.bias
        return 1.0 / (1.0 + math.exp(-margin))


@dataclass(frozen=True)
class AnswerModel:
    vocabulary: Vocabulary
    targets: dict[str, Target]
    trained_on: str  # a digest of the labelled answers it was trained on

    def probabilities(self, text: str) -> dict[str, float]:
        positions, values = self.vocabulary.weighted_terms(text)
        return {n: target.probability(positions, values) for n, target in self.targets.items()}

    def judge(self, text: str, doubt_among: tuple[str, ...] = ()) -> tuple[set[str], set[str]]:
        """The targets found in text, each at its own threshold, and those of doubt_among whose
        probability is below DOUBT; neither in a text shorter than MIN_WORDS."""
        if len(tokens(text)) < MIN_WORDS:
            return set(), set()
        probabilities = self.probabilities(text)
        found = {n for n, t in self.targets.items() if probabilities[n] >= t.threshold}
        return found, {n for n in doubt_among if probabilities[n] < DOUBT}

    def strongest(self, name: str, sentences: list[str]) -> int:
        """The index of the sentence whose words weigh most towards the target in the whole
        answer (each term as it counts in the answer, so one sentence's words are read in
        the context of the rest)."""
        weights = self.targets[name].weights
        positions, values = self.vocabulary.weighted_terms(" ".join(sentences))
        contributions = (values * weights[positions]).tolist()
        weight_of = dict(zip(positions.tolist(), contributions, strict=True))
        scores = []
        for sentence in sentences:
            kept = {self.vocabulary.index.get(term) for term in terms(sentence)} - {None}
            scores.append(sum(weight_of.get(p, 0.0) for p in kept) if kept else float("-inf"))
        return int(np.argmax(scores))

    def to_json(self) -> str:
        """JSON with one term a line, so that a retrained model's diff can be read."""
        names = sorted(self.targets)
        head = {
            "trained_on": self.trained_on,
            "targets": {
                n: {"bias": round(self.targets[n].bias, 4), "threshold": self.targets[n].threshold}
                for n in names
            },
            "columns": ["idf", *names],
        }
        rows = [
            json.dumps(term)
            + ": "
            + json.dumps(
                [round(float(self.vocabulary.idf[i]), 4)]
                + [round(float(self.targets[n].weights[i]), 4) for n in names]
            )
            for term, i in self.vocabulary.index.items()
        ]
        return json.dumps(head)[:-1] + ', "terms": {\n' + ",\n".join(rows) + "\n}}\n"

    @classmethod
    def from_json(cls, text: str) -> AnswerModel:
        data = json.loads(text)
        names = data["columns"][1:]
        order = list(data["terms"])
        table = np.array([data["terms"][term] for term in order], dtype=np.float64)
        vocabulary = Vocabulary({term: i for i, term in enumerate(order)}, table[:, 0])
        targets = {
            name: Target(table[:, 1 + j].copy(), **data["targets"][name])
            for j, name in enumerate(names)
        }
        return cls(vocabulary, targets, data["trained_on"])


@cache
def shipped_model() -> AnswerModel:
    """The model trained by bench/answer_model.py --write, shipped with the package."""
    return AnswerModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))


# --- training ----------------------------------------------------------------------------
def fit_vocabulary(texts: list[str], min_documents: int = 3) -> Vocabulary:
    """Terms found in at least min_documents texts, with smoothed inverse document frequency."""
    documents = Counter(term for text in texts for term in terms(text))
    kept = sorted(term for term, count in documents.items() if count >= min_documents)
    idf = np.array([math.log((1 + len(texts)) / (1 + documents[t])) + 1.0 for t in kept])
    return Vocabulary({term: i for i, term in enumerate(kept)}, idf)


def fit_target(
    matrix: np.ndarray, labels: list[bool], threshold: float, strength: float = 4.0
) -> Target:
    """L2-regularised logistic regression, each class weighted to half the total.

    Solved by Newton's method in the span of the training rows (w = Xᵀa, a constant column for
    the bias), so each step solves an n-by-n system however large the vocabulary.
    """
    y = np.array(labels, dtype=np.float64)
    positives = y.sum()
    if positives in (0, len(y)):
        raise ValueError("a target needs labelled answers on both sides")
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
    kernel = matrix @ matrix.T + 1.0
    dual = np.zeros(len(y))

    def objective(a: np.ndarray) -> float:
        margin = kernel @ a
        loss = weight * (np.logaddexp(0, margin) - y * margin)
        return float(loss.sum() + a @ kernel @ a / (2 * strength))

    for _ in range(100):
        p = 1 / (1 + np.exp(-(kernel @ dual)))
        gradient = strength * weight * (p - y) + dual
        system = strength * (weight * p * (1 - p))[:, None] * kernel + np.eye(len(y))
        step = np.linalg.solve(system, -gradient)
        size, before = 1.0, objective(dual)
        while objective(dual + size * step) > before and size > 1e-6:
            size /= 2
        dual += size * step
        if np.abs(size * step).max() < 1e-8:
            break
    return Target(matrix.T @ dual, float(dual.sum()), threshold)
