"""Filler words and disfluencies in a transcript: vocal fillers, verbal crutches, repetitions.

A crutch word counts only where it is a filler: "like" in "it took, like, a week" but not in
"I like Python", "looks like" or "like a cache"; "you know" but not "do you know"; "so" only
when it opens a sentence. The rules read the punctuation Whisper attaches to words (commas set
fillers off, sentence ends mark where "so" opens), so they also work on plain-text transcripts
that keep their punctuation. Each rule is a small function over the token list that says how
many tokens from position i form a filler (0: none).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from voice_interviewer.analysis.tokens import Token, tokenize, words_set
from voice_interviewer.transcription.transcript import Transcript

FillerKind = Literal["vocal", "crutch", "repetition"]


_VOCAL = re.compile(r"^(u+h*m+|u+h+|e+r+m*|e+h+m*|a+h+m*|h+m+|m+h*m+|m+-?h+m+|uh-?huh|mm+-?hmm+)$")

_SUBJECTS = words_set("i you we they he she people users customers folks everyone")
_DETERMINERS = words_set(
    "a an the this that these those my our your their his her its some any every each no "
    "another one"
)
_OBJECTS = words_set("it them me us him her this that these those")
_NUMBER_WORDS = words_set(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand million billion half few couple dozen "
    "bunch ton third quarter fifth tenth"
)
# "looks like", "something like", "would like": "like" is a verb or a preposition there.
_LIKE_HEADS = words_set(
    "look looks looked looking sound sounds sounded seem seems seemed feel feels felt feeling "
    "something anything nothing everything things stuff more less much just exactly "
    "would 'd do don't didn't doesn't did does really also still always never "
    "not lot most kind sort"
)
# Plural nouns end in s, but so do these; "tools like LangChain" vs "was like, slow".
_NOT_PLURAL = words_set(
    "is was has does its it's this us yes as his hers ours yours theirs less bus plus "
    "thus always perhaps"
)
# "do you know", "if you know": the verb know, not the filler.
_KNOW_AS_VERB_BEFORE = words_set(
    "do did does don't didn't doesn't if as what how whether would will could can should "
    "might may to that who when where why whoever"
)
_KNOW_OBJECTS = words_set(
    "what how why where when whether if that who which about to it them him her me us this "
    "these those the a an my our your their his its more enough exactly everything anything "
    "something nothing someone"
)
_MEAN_AS_VERB_BEFORE = words_set("what which that if when by do did don't really whatever who")
_MEAN_OBJECTS = words_set("it that to this what something anything nothing")
_KIND_AS_NOUN_BEFORE = words_set(
    "a an the this that these those what which any some every each no all one same different "
    "other another my our your their his her its"
)
_SO_NOT_FILLER_AFTER = words_set("far much many that long forth")
# Words that may come before a sentence-opening "so" without taking its place: "Yeah, so".
_OPENERS = words_set("yeah yes well okay ok right alright")
_OKAY = frozenset(("okay", "ok", "alright"))
# Doubled on purpose ("very very", "had had", "that that"): not a disfluency.
_DOUBLED_ON_PURPOSE = words_set("that had very really so no yes yeah bye ha many more far much")
_PUNCTUATION = ",.;:?!\u2026\u2014\u2013\"' "
_STUTTER = re.compile(r"^([a-z']+)-([a-z']+)$")


@dataclass(frozen=True)
class Filler:
    """One filler or disfluency. word_index is None for one heard only in the audio."""

    text: str
    kind: FillerKind
    start: float | None
    end: float | None
    word_index: int | None
    source: Literal["transcript", "audio"] = "transcript"

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "word_index": self.word_index,
            "source": self.source,
        }


@dataclass(frozen=True)
class FillerReport:
    """Fillers in time order, and the figures a speaker compares between attempts."""

    fillers: tuple[Filler, ...]
    word_count: int
    speaking_time_s: float | None  # None without word timings

    @property
    def count(self) -> int:
        return len(self.fillers)

    @property
    def per_minute(self) -> float | None:
        if not self.speaking_time_s:
            return None
        return round(self.count / (self.speaking_time_s / 60), 2)

    @property
    def per_100_words(self) -> float | None:
        if not self.word_count:
            return None
        return round(100 * self.count / self.word_count, 2)

    def top_crutches(self, count: int = 5) -> list[tuple[str, int]]:
        """The crutch words used most, as ("you know", 3), most frequent first."""
        counts = Counter(_crutch_key(f.text) for f in self.fillers if f.kind == "crutch")
        return counts.most_common(count)

    def most_used(self, count: int = 3) -> list[tuple[str, int]]:
        """The fillers used most, of every kind (most_used)."""
        return most_used((f.text for f in self.fillers), count)

    def with_heard(self, heard: Sequence[Filler]) -> FillerReport:
        """This report with fillers heard only in the audio added, in time order."""
        fillers = sorted((*self.fillers, *heard), key=_time_order)
        return FillerReport(tuple(fillers), self.word_count, self.speaking_time_s)

    def word_indices(self) -> set[int]:
        """Indices in Transcript.words of every word that is part of a filler."""
        indices: set[int] = set()
        for filler in self.fillers:
            if filler.word_index is not None:
                span = len(filler.text.split())
                indices.update(range(filler.word_index, filler.word_index + span))
        return indices


def _time_order(filler: Filler) -> tuple[float, int]:
    return (filler.start if filler.start is not None else -1.0, filler.word_index or 0)


# The text of a filler heard only in the audio (filled_pauses), and how it is shown.
HEARD_FILLER_TEXT = "(filled pause)"


def most_used(texts: Iterable[str], count: int) -> list[tuple[str, int]]:
    """The fillers with these texts counted by name ("uh", "you know"; "(um?)" for those
    heard in the audio only), most used first."""
    return Counter(_filler_name(text) for text in texts).most_common(count)


def _filler_name(text: str) -> str:
    return "(um?)" if text == HEARD_FILLER_TEXT else _crutch_key(text)


def _crutch_key(text: str) -> str:
    words = [w for w in re.sub(r"[^a-z' ]+", " ", text.lower()).split()]
    return " ".join(words)


# --- rules: each returns how many tokens from i form a filler (0 for none) ------------------

Rule = Callable[[list[Token], int], int]


def _before(tokens: list[Token], i: int) -> Token | None:
    """The token before i in the same sentence."""
    return None if i == 0 or tokens[i].sentence_start else tokens[i - 1]


def _after(tokens: list[Token], i: int) -> Token | None:
    """The token after i in the same sentence."""
    return None if i + 1 >= len(tokens) or tokens[i].sentence_end else tokens[i + 1]


def _is_number(token: Token | None) -> bool:
    return token is not None and (token.norm[:1].isdigit() or token.norm in _NUMBER_WORDS)


def _looks_plural_noun(token: Token) -> bool:
    word = token.norm
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and (word not in _NOT_PLURAL)
    )


def vocal(tokens: list[Token], i: int) -> int:
    letters = re.sub(r"[^A-Za-z]", "", tokens[i].text)
    if len(letters) > 1 and letters.isupper():
        return 0  # "ERM", "UM": an acronym, not a sound
    if tokens[i].text.lstrip().startswith("-"):
        return 0  # "-er": the end of a word said in pieces ("Mon -tree -all ... -align -er")
    return 1 if _VOCAL.match(tokens[i].norm) else 0


def like(tokens: list[Token], i: int) -> int:
    token = tokens[i]
    if token.norm != "like":
        return 0
    before, after = _before(tokens, i), _after(tokens, i)
    if token.comma_after and after is not None:
        return 1  # "it was, like, slow"; "we were like, no"
    if after is None:
        return 0  # "something like." "I like."
    verb_head = before is not None and (
        before.norm in _LIKE_HEADS or before.norm in _SUBJECTS or before.norm.endswith("'d")
    )
    if verb_head and not token.comma_before:
        return 0  # "looks like", "I like", "would like", "feel like"
    if _is_number(after):
        return 1  # "like 30 percent", "like three weeks": an approximating filler
    if before is not None and not token.comma_before and _looks_plural_noun(before):
        return 0  # "tools like LangChain", "problems like routing"
    following = _after(tokens, i + 1)
    if after.norm in ("a", "an") and _is_number(following):
        return 1  # "like a hundred tickets"
    if after.norm in _DETERMINERS or after.norm in _OBJECTS or after.norm in _SUBJECTS:
        return 0  # "like a cache", "like that", "like I said"
    if after.text[:1].isupper() and after.norm != "i":
        return 0  # "like Python"
    return 1  # "it was like really slow", "we like had to"


def you_know(tokens: list[Token], i: int) -> int:
    token = tokens[i]
    if token.norm in ("y'know", "yknow"):
        return 1
    after = _after(tokens, i)
    if token.norm not in ("you", "ya") or after is None or after.norm != "know":
        return 0
    before = _before(tokens, i)
    if before is not None and not token.comma_before and before.norm in _KNOW_AS_VERB_BEFORE:
        return 0  # "do you know", "if you know"
    if after.comma_after or after.sentence_end:
        return 2  # "..., you know, ..." "right, you know?"
    following = _after(tokens, i + 1)
    if following is not None and following.norm in _KNOW_OBJECTS:
        third = _after(tokens, i + 2)
        if following.norm == "what" and third is not None and third.norm in ("i", "i'm"):
            return 2  # "you know what I mean"
        return 0  # "you know how it goes", "you know the system"
    return 2  # "and you know we had to"


def i_mean(tokens: list[Token], i: int) -> int:
    token = tokens[i]
    after = _after(tokens, i)
    if token.norm != "i" or after is None or after.norm != "mean":
        return 0
    before = _before(tokens, i)
    if before is not None and not token.comma_before and before.norm in _MEAN_AS_VERB_BEFORE:
        return 0  # "what I mean", "by that I mean"
    following = _after(tokens, i + 1)
    if following is not None and following.norm in _MEAN_OBJECTS and not after.comma_after:
        return 0  # "I mean it", "I mean to"
    if token.sentence_start or token.comma_before or after.comma_after or following is None:
        return 2  # "I mean, we had no tests"
    return 0  # "by latency I mean the time to first token"


def hedge(tokens: list[Token], i: int) -> int:
    """'kind of' / 'sort of' as a hedge, not 'a kind of cache' or 'what sort of data'."""
    token = tokens[i]
    if token.norm in ("kinda", "sorta"):
        return 1
    after = _after(tokens, i)
    if token.norm not in ("kind", "sort") or after is None or after.norm != "of":
        return 0
    before = _before(tokens, i)
    if before is not None and not token.comma_before and before.norm in _KIND_AS_NOUN_BEFORE:
        return 0
    if _after(tokens, i + 1) is None:
        return 0  # "that kind of." cut off: not a hedge on anything
    return 2


def always_crutch(tokens: list[Token], i: int) -> int:
    return 1 if tokens[i].norm in ("basically", "literally") else 0


def actually(tokens: list[Token], i: int) -> int:
    """'Actually, ...' or '..., actually, ...' set off by itself; not 'what actually works'."""
    token = tokens[i]
    if token.norm != "actually":
        return 0
    set_off = token.sentence_start or token.comma_before or token.comma_after
    return 1 if set_off or token.sentence_end else 0


def tag_right(tokens: list[Token], i: int) -> int:
    """'right?' as a tag after a statement; not 'is that right?'."""
    token = tokens[i]
    if token.norm != "right" or not token.question:
        return 0
    before = _before(tokens, i)
    if before is not None and not token.comma_before:
        return 0  # "is that right?", "all right?"
    return 1


def _opens_sentence(tokens: list[Token], i: int, fillers: set[int]) -> bool:
    """True when only fillers or openers ("yeah", "well") come before i in its sentence."""
    j = i
    while not tokens[j].sentence_start:
        j -= 1
        if j not in fillers and tokens[j].norm not in _OPENERS:
            return False
    return True


def sentence_so(tokens: list[Token], i: int, fillers: set[int]) -> int:
    token = tokens[i]
    after = _after(tokens, i)
    if token.norm == "so" and _opens_sentence(tokens, i, fillers):
        if after is not None and after.norm in _SO_NOT_FILLER_AFTER and not token.comma_after:
            return 0  # "So far, ...", "So that we could ..."
        return 1
    if token.norm in _OKAY or (token.norm == "all" and after is not None and after.norm == "right"):
        span = 2 if token.norm == "all" else 1
        so = _after(tokens, i + span - 1)
        if so is not None and so.norm == "so" and _opens_sentence(tokens, i, fillers):
            return span + 1  # "Okay, so ..."
    return 0


_CRUTCH_RULES: tuple[Rule, ...] = (
    like,
    you_know,
    i_mean,
    hedge,
    always_crutch,
    actually,
    tag_right,
)


def _repetition(tokens: list[Token], positions: list[int], k: int) -> int:
    """How many tokens (from positions[k]) are repeated right after them: "I I", "in the in the".

    positions are the token positions left once vocal fillers and crutches are taken out, so
    "I, um, I think" is a repetition too.
    """
    for size in (3, 2, 1):
        if k + 2 * size > len(positions):
            continue
        first = [tokens[p] for p in positions[k : k + size]]
        second = [tokens[p] for p in positions[k + size : k + 2 * size]]
        if [t.norm for t in first] != [t.norm for t in second]:
            continue
        if any(t.sentence_end for t in first):
            continue  # "... built it. It was": a new sentence, not a repetition
        if size == 1 and first[0].norm in _DOUBLED_ON_PURPOSE:
            continue
        return size
    return 0


def _stutter_word(token: Token) -> bool:
    """One transcribed word that holds a stutter: "I-I", "we-we", "th-the"."""
    match = _STUTTER.match(token.norm)
    if not match:
        return False
    first, second = match.groups()
    return second == first or (second.startswith(first) and len(first) < len(second))


def _filler(tokens: list[Token], first: int, size: int, kind: FillerKind) -> Filler:
    span = tokens[first : first + size]
    text = " ".join(t.text for t in span).strip(_PUNCTUATION)
    if kind == "repetition" and size == 1 and _stutter_word(span[0]):
        text = _STUTTER.match(span[0].norm).group(1) + "-"
    return Filler(
        text=text,
        kind=kind,
        start=span[0].start,
        end=span[-1].end,
        word_index=span[0].index,
    )


def find_fillers(tokens: list[Token]) -> list[Filler]:
    """Every filler in the tokens, in order: vocal, then crutches, then repetitions."""
    found: dict[int, tuple[int, FillerKind]] = {}  # token position -> (size, kind)
    taken: set[int] = set()

    def add(position: int, size: int, kind: FillerKind) -> None:
        found[position] = (size, kind)
        taken.update(range(position, position + size))

    for i in range(len(tokens)):
        if vocal(tokens, i):
            add(i, 1, "vocal")
    for i in range(len(tokens)):
        if i in taken:
            continue
        size = sentence_so(tokens, i, taken)
        for rule in _CRUTCH_RULES:
            if size:
                break
            size = rule(tokens, i)
        if size and not taken.intersection(range(i, i + size)):
            add(i, size, "crutch")
    for i, token in enumerate(tokens):
        if i not in taken and (token.cut or _stutter_word(token)):
            add(i, 1, "repetition")
    positions = [i for i in range(len(tokens)) if i not in taken]
    k = 0
    while k < len(positions):
        size = _repetition(tokens, positions, k)
        if size and positions[k + size - 1] - positions[k] == size - 1:
            add(positions[k], size, "repetition")
            k += size
        else:
            k += 1
    return [_filler(tokens, i, size, kind) for i, (size, kind) in sorted(found.items())]


def analyse_fillers(
    transcript: Transcript, heard: Sequence[Filler] = (), speaking_time_s: float | None = None
) -> FillerReport:
    """Fillers in the transcript, plus those heard in the audio only (see filled_pauses.py)."""
    fillers = find_fillers(tokenize(transcript.words)) + list(heard)
    fillers.sort(key=_time_order)
    return FillerReport(
        fillers=tuple(fillers), word_count=len(transcript.words), speaking_time_s=speaking_time_s
    )
