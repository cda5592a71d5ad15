"""Words as the analysis rules read them: normalised, with the punctuation around them as flags.

Whisper attaches punctuation to words ("Um," "know?" "the-"); a transcript exported from a
video-call tool may also have stand-alone dashes. The rules need to know where a sentence
starts, where a comma sets a word off, and which words were cut off, so each word becomes a
Token with those facts and its index in Transcript.words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from voice_interviewer.transcription.transcript import Word

_CLAUSE_MARKS = (",", ";", ":", "—", "\u2013", "...", "…")
_SENTENCE_MARKS = (".", "?", "!")
_CLOSERS = "\"')]}\u00bb\u201d\u2019"
_DASHES = ("—", "\u2013", "-")
_CORE = re.compile(r"[^a-z0-9'\-]+")


@dataclass(frozen=True)
class Token:
    index: int  # index of the word in Transcript.words
    norm: str  # lower case, no surrounding punctuation: "um", "you", "the", "i-i"
    text: str  # the word as transcribed
    start: float | None
    end: float | None
    sentence_start: bool = False
    sentence_end: bool = False
    question: bool = False  # ends with "?"
    comma_before: bool = False  # a clause mark (comma, dash, ellipsis) right before it
    comma_after: bool = False
    cut: bool = False  # cut off: "the-", "sys-" (a false start)


def _trailing_marks(text: str) -> str:
    return text.rstrip(_CLOSERS)


def words_set(text: str) -> frozenset[str]:
    """A word list written as one string: words_set("a an the")."""
    return frozenset(text.split())


# Function words, and the verbs a rubric point is phrased with ("names", "shows"): what an
# answer or a rubric point is about is in its other words (rehearsal runs, rubric matching).
STOPWORDS = words_set(
    "a an the and or but so of to in on at for with from by as is are was were be been it its "
    "it's i i'm i've i'd we you they he she his her that this these those my our your their me "
    "us them not no do did does have has had what which who how when where why if then than "
    "there here just only also very really can could would will should about into over under "
    "out up all each every any some more most other such both gives give shows show names name "
    "states state says say"
)


def normalise(text: str) -> str:
    """The bare word: lower case, curly apostrophes straight, no surrounding punctuation."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _CORE.sub(" ", lowered).strip(" '-").replace(" ", "")


def tokenize(words: Sequence[Word]) -> list[Token]:
    """Tokens for the words that hold letters or digits; punctuation-only words become flags."""
    tokens: list[Token] = []
    pending_clause = False
    sentence_open = True  # the next token starts a sentence
    for index, word in enumerate(words):
        raw = word.text.strip()
        norm = normalise(raw)
        tail = _trailing_marks(raw)
        if not norm:  # "—", "-", "...": a break between the words around it
            if tokens and not tokens[-1].sentence_end:
                tokens[-1] = replace(tokens[-1], comma_after=True)
            if tail.endswith(_SENTENCE_MARKS) and tail not in ("...", "…"):
                sentence_open = True
            pending_clause = True
            continue
        ends_sentence = tail.endswith(_SENTENCE_MARKS) and not tail.endswith(("...", "…"))
        cut = tail.endswith("-")
        previous_clause = bool(tokens) and tokens[-1].comma_after and not sentence_open
        tokens.append(
            Token(
                index=index,
                norm=norm,
                text=raw,
                start=word.start,
                end=word.end,
                sentence_start=sentence_open,
                sentence_end=ends_sentence,
                question=tail.endswith("?"),
                comma_before=pending_clause or previous_clause or raw.startswith(_DASHES),
                comma_after=tail.endswith(_CLAUSE_MARKS) or cut,
                cut=cut,
            )
        )
        sentence_open = ends_sentence
        pending_clause = False
    return tokens
