"""Text normalisation and word error rate, for comparing what was said with what was meant."""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[^a-z0-9' ]+")


def normalise_words(text: str) -> list[str]:
    """Lower-case words without punctuation; "30%" and "30 percent" compare equal."""
    text = text.lower().replace("%", " percent").replace("-", " ")
    return [w.strip("'") for w in _NON_WORD.sub(" ", text).split() if w.strip("'")]


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance between two word lists."""
    row = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        diagonal, row[0] = row[0], i
        for j, hyp_word in enumerate(hypothesis, start=1):
            substitution = diagonal + (ref_word != hyp_word)
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, substitution)
    return row[-1]


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word error rate of hypothesis against reference, on normalised words."""
    ref_words = normalise_words(reference)
    if not ref_words:
        return 0.0 if not normalise_words(hypothesis) else 1.0
    return edit_distance(ref_words, normalise_words(hypothesis)) / len(ref_words)
