"""Grounding: a quote counts only if the speaker said it.

Matching is on normalised words (case, punctuation and vocal fillers ignored), so an LLM that
writes "We cut costs by 30%" for the spoken "we, um, cut costs by 30 percent" is still
grounded, while a paraphrase or an invented sentence is not.
"""

from __future__ import annotations

import re

from voice_interviewer.textnorm import normalise_words

_VOCAL_FILLERS = frozenset({"um", "umm", "uh", "uhh", "er", "erm", "ah", "hmm", "mm"})
# A sentence ends at . ! or ? and a space, but not after an abbreviation ("three a.m. calls").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\ba\.m\.)(?<!\bp\.m\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bdr\.)"
    r"(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)\s+",
    re.IGNORECASE,
)


def _tokens(words: list[str]) -> list[tuple[str, int]]:
    """(normalised token, index of the original word) for each token, fillers left out."""
    tokens = []
    for index, word in enumerate(words):
        for token in normalise_words(word):
            if token not in _VOCAL_FILLERS:
                tokens.append((token, index))
    return tokens


def find_quote(transcript: str, quote: str) -> str | None:
    """The transcript's own words for quote, or None when the speaker did not say it."""
    words = transcript.split()
    haystack = _tokens(words)
    needle = [token for token, _ in _tokens(quote.split())]
    if not needle:
        return None
    size = len(needle)
    texts = [token for token, _ in haystack]
    for start in range(len(texts) - size + 1):
        if texts[start : start + size] == needle:
            first, last = haystack[start][1], haystack[start + size - 1][1]
            return " ".join(words[first : last + 1])
    return None


def split_sentences(text: str) -> list[str]:
    """Sentences as the transcriber punctuated them (one block if it did not)."""
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]
