"""Rehearsed phrasing: recited scripts, template slots said aloud, stock phrases, read delivery.

The coaching guide's advice is "use these as frameworks and put them in your own words:
rehearsed answers sound rehearsed". Each flag quotes what was said, says where, and why it
matters. Matching works on normalised words with the speaker's fillers taken out, on
overlapping four-word shingles chained across small gaps, so a changed word, a dropped "um" or
clauses said in another order do not hide a recited run.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from voice_interviewer.analysis.fillers import FillerReport
from voice_interviewer.analysis.pace import Pace
from voice_interviewer.analysis.tokens import STOPWORDS, normalise, tokenize, words_set
from voice_interviewer.errors import VoiceInterviewerError
from voice_interviewer.resources import PROMPTS_DIR
from voice_interviewer.transcription.transcript import Transcript

FlagKind = Literal["verbatim", "template-slot", "stock-phrase", "read-delivery"]
SCRIPTS_DIR = PROMPTS_DIR / "scripts"
SCRIPT_SUFFIXES = (".txt", ".md")

GUIDE_ADVICE = "use scripts as frameworks and put them in your own words"
_SHINGLE = 4
_MAX_GAP = 6  # words skipped on either side between two matching shingles of one run
_MAX_SKEW = 3  # words inserted or dropped between them
_SLOT_WORDS = 4  # answer words a script's [slot] may stand for
_MAX_SKIPS = 2
_MIN_COVERAGE = 0.7  # share of a run's words that match
_MIN_CONTENT_WORDS = 3
# A run said the same way in a single earlier attempt must be this long to count.
SINGLE_ATTEMPT_MIN_WORDS = 20


class ScriptError(VoiceInterviewerError):
    """A --scripts path is missing, unreadable or holds no text files."""


@dataclass(frozen=True)
class Script:
    name: str  # shown as a flag's source: a file name or "earlier attempt 2"
    text: str


@dataclass(frozen=True)
class RehearsalFlag:
    kind: FlagKind
    quote: str  # the words as transcribed
    start: float | None
    end: float | None
    source: str | None
    why: str
    first_word: int  # indices in Transcript.words
    last_word: int

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "why": self.why,
        }


@dataclass(frozen=True)
class RehearsalOptions:
    verbatim_min_words: int = 8
    attempt_min_words: int = 12
    read_max_articulation_variation: float = 0.04  # see Pace.articulation_variation
    read_min_speaking_s: float = 20.0


@dataclass(frozen=True)
class RehearsalReport:
    flags: tuple[RehearsalFlag, ...]


# --- scripts ------------------------------------------------------------------------------


def builtin_scripts() -> list[Script]:
    """The project's own example scripts (prompts/scripts/)."""
    return [
        Script(f"prompts/scripts/{p.name}", p.read_text(encoding="utf-8"))
        for p in sorted(SCRIPTS_DIR.glob("*.txt"))
    ]


def load_scripts(paths: Iterable[Path]) -> list[Script]:
    """Scripts from files, or from the .txt/.md files in folders (recursively)."""
    scripts = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SCRIPT_SUFFIXES)
            if not files:
                raise ScriptError(f"no .txt or .md files in the scripts folder {path}")
        elif path.is_file():
            files = [path]
        else:
            raise ScriptError(f"{path}: no such scripts file or folder")
        for file in files:
            try:
                scripts.append(Script(file.name, file.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                raise ScriptError(f"cannot read the script {file}: {exc}") from None
    return scripts


# --- matching units -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    word: str  # normalised
    index: int  # word index in the transcript (or position in a script)


def _answer_units(transcript: Transcript, skip: set[int]) -> list[_Unit]:
    units = []
    for token in tokenize(transcript.words):
        if token.index in skip:
            continue
        units.extend(_Unit(part, token.index) for part in _parts(token.norm))
    return units


def _parts(norm: str) -> list[str]:
    return [p for p in norm.replace("%", " percent").split("-") if p]


_SCRIPT_WORD = re.compile(r"\[[^\]]*\]|[\w'\u2019%-]+")


@functools.lru_cache(maxsize=64)
def _script_units(text: str) -> tuple[str, ...]:
    """Normalised words of a script; a [slot] stays as one "[slot]" placeholder."""
    units: list[str] = []
    for match in _SCRIPT_WORD.finditer(text):
        word = match.group(0)
        if word.startswith("["):
            units.append("[slot]")
        else:
            units.extend(_parts(normalise(word)))
    return tuple(units)


# --- verbatim runs ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Run:
    first: int  # positions in the answer's units
    last: int
    matched: int  # answer units inside shingles that match


@functools.lru_cache(maxsize=64)
def _shingles(words: tuple[str, ...]) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(words) - _SHINGLE + 1):
        index.setdefault(tuple(words[j : j + _SHINGLE]), []).append(j)
    return index


@functools.lru_cache(maxsize=64)
def _slots_before(script: tuple[str, ...]) -> list[int]:
    return list(itertools.accumulate((w == "[slot]" for w in script), initial=0))


def shared_runs(answer: Sequence[str], script: Sequence[str], min_words: int) -> list[_Run]:
    """Runs of the answer said (nearly) as in the script, longest first, not overlapping.

    Matching four-word shingles are chained across small gaps (a changed, added or dropped
    word); a [slot] in the script may stand for up to four words of the answer. Each chain is
    then extended word by word at both ends, past single mismatches.
    """
    index = _shingles(tuple(script))
    slots_before = _slots_before(tuple(script))
    chains: list[list[tuple[int, int]]] = []
    for i in range(len(answer) - _SHINGLE + 1):
        for j in index.get(tuple(answer[i : i + _SHINGLE]), ()):
            best = None
            for chain in chains:
                last_i, last_j = chain[-1]
                di, dj = i - last_i, j - last_j
                slots = slots_before[j] - slots_before[last_j]
                slack = _SLOT_WORDS * slots
                if (
                    0 < di <= _MAX_GAP + slack
                    and 0 < dj <= _MAX_GAP + slots
                    and abs(di - dj) <= _MAX_SKEW + slack
                ):
                    cost = di + abs(di - dj)
                    if best is None or cost < best[0]:
                        best = (cost, chain)
            if best is None:
                chains.append([(i, j)])
            else:
                best[1].append((i, j))
    runs = []
    for chain in chains:
        covered = {i + k for i, _ in chain for k in range(_SHINGLE)}
        filled: set[int] = set()
        for anchor, step in ((chain[0], -1), (chain[-1], 1)):
            more, in_slots = _extend(answer, script, anchor, step)
            covered |= more
            filled |= in_slots
        first, last = min(covered | filled), max(covered | filled)
        content = {p for p in covered if answer[p] not in STOPWORDS}
        span = last - first + 1
        if (
            len(covered) >= min_words
            and len(covered | filled) / span >= _MIN_COVERAGE
            and len(content) >= _MIN_CONTENT_WORDS
        ):
            runs.append(_Run(first, last, len(covered)))
    return _without_overlaps(runs)


def recited_share(answer: str, script: str, min_words: int) -> float:
    """The share of the answer's words said (nearly) as in script, in runs of min_words or
    more: the same matcher as the rehearsal flags, for `compare`."""
    words = _script_units(answer)
    if not words:
        return 0.0
    runs = shared_runs(words, _script_units(script), min_words)
    return sum(run.last - run.first + 1 for run in runs) / len(words)


def _fill_slot(answer: Sequence[str], script: Sequence[str], i: int, j: int, step: int) -> int:
    """How many answer words from i fill the script's [slot] at j (0: the slot does not fit)."""
    after = j + step
    if not 0 <= after < len(script):
        return 0
    for filled in range(1, _SLOT_WORDS + 1):
        k = i + step * filled
        if 0 <= k < len(answer) and answer[k] == script[after]:
            return filled
    return 0


def _extend(
    answer: Sequence[str], script: Sequence[str], anchor: tuple[int, int], step: int
) -> tuple[set[int], set[int]]:
    """Answer positions that go on matching the script beyond a chain's end (step 1) or start,
    and those that fill the script's [slot]s on the way.

    A mismatched word (changed, added or dropped) is passed over when the next word matches
    again, at most twice.
    """
    i, j = anchor
    if step == 1:
        i, j = i + _SHINGLE, j + _SHINGLE
    else:
        i, j = i - 1, j - 1
    matched: set[int] = set()
    in_slots: set[int] = set()
    skips = 0

    def same(a: int, b: int) -> bool:
        return 0 <= a < len(answer) and 0 <= b < len(script) and answer[a] == script[b]

    while True:
        if same(i, j):
            matched.add(i)
            i, j = i + step, j + step
            continue
        if 0 <= j < len(script) and script[j] == "[slot]":
            filled = _fill_slot(answer, script, i, j, step)
            if filled:
                in_slots.update(range(i, i + step * filled, step))
                i, j = i + step * filled, j + step
                continue
        if skips == _MAX_SKIPS:
            return matched, in_slots
        for di, dj in ((1, 1), (1, 0), (0, 1)):  # changed, added, dropped word
            if same(i + step * di, j + step * dj):
                i, j = i + step * di, j + step * dj
                skips += 1
                break
        else:
            return matched, in_slots


def _without_overlaps(runs: list[_Run]) -> list[_Run]:
    chosen: list[_Run] = []
    for run in sorted(runs, key=lambda r: r.matched, reverse=True):
        if all(_shared(run, c) <= _MAX_SKEW for c in chosen):
            chosen.append(run)
    return sorted(chosen, key=lambda r: r.first)


def _shared(a: _Run, b: _Run) -> int:
    """How many answer positions two runs share (runs may touch at a word or three)."""
    return max(0, min(a.last, b.last) - max(a.first, b.first) + 1)


def _flag(
    transcript: Transcript,
    units: list[_Unit],
    first: int,
    last: int,
    kind: FlagKind,
    source: str | None,
    why: str,
) -> RehearsalFlag:
    first_word, last_word = units[first].index, units[last].index
    words = transcript.words[first_word : last_word + 1]
    return RehearsalFlag(
        kind=kind,
        quote=" ".join(w.text for w in words),
        start=words[0].start,
        end=words[-1].end,
        source=source,
        why=why,
        first_word=first_word,
        last_word=last_word,
    )


def _script_flags(
    transcript: Transcript, units: list[_Unit], scripts: Sequence[Script], min_words: int
) -> list[RehearsalFlag]:
    answer = [u.word for u in units]
    flags = []
    for script in scripts:
        for run in shared_runs(answer, _script_units(script.text), min_words):
            why = (
                f"{run.matched} words said as written in {script.name}. The guide's advice is to "
                f"{GUIDE_ADVICE}: a recited answer sounds recited, and the interviewer hears a "
                "script instead of your own experience."
            )
            flags.append(
                _flag(transcript, units, run.first, run.last, "verbatim", script.name, why)
            )
    return flags


def _attempt_flags(
    transcript: Transcript, units: list[_Unit], attempts: Sequence[str], min_words: int
) -> list[RehearsalFlag]:
    """Runs said the same way in two earlier attempts, or at length in one."""
    answer = [u.word for u in units]
    coverage: dict[int, set[int]] = {}  # answer position -> attempts that share it
    long_runs = []
    for number, text in enumerate(attempts, start=1):
        for run in shared_runs(answer, _script_units(text), min_words):
            for position in range(run.first, run.last + 1):
                coverage.setdefault(position, set()).add(number)
            if run.matched >= SINGLE_ATTEMPT_MIN_WORDS:
                long_runs.append(run)
    marked = {p for p, numbers in coverage.items() if len(numbers) >= 2}
    for run in long_runs:
        marked.update(range(run.first, run.last + 1))
    flags = []
    for first, last in _ranges(sorted(marked)):
        if last - first + 1 < min_words:
            continue
        numbers = sorted(set().union(*(coverage[p] for p in range(first, last + 1))))
        source = "earlier attempt" + ("s " if len(numbers) > 1 else " ")
        source += " and ".join(str(n) for n in numbers)
        why = (
            f"You said these {last - first + 1} words the same way in {source}. An answer "
            "repeated word for word has been memorised: the guide's advice is to "
            f"{GUIDE_ADVICE}, so tell it fresh each time from the key points."
        )
        flags.append(_flag(transcript, units, first, last, "verbatim", source, why))
    return flags


def _ranges(positions: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for position in positions:
        if ranges and position == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], position)
        else:
            ranges.append((position, position))
    return ranges


# --- template slots and stock phrases -------------------------------------------------------

# Slots of the guide's scripts ("at [company]", "for [X months]", "[approach A]") said aloud.
# Each pattern is a sequence of word alternatives; None after it: no word of that set follows.
_SLOT_PATTERNS: tuple[tuple[tuple[frozenset[str], ...], frozenset[str]], ...] = tuple(
    (
        tuple(frozenset(alternatives.split("|")) for alternatives in pattern.split()),
        frozenset(not_next.split()),
    )
    for pattern, not_next in (
        ("at|for|with company", "level scale headquarters policy events meetings wide"),
        ("company name|x", ""),
        ("x|ex|n months|years|weeks", ""),
        ("my|the specific project", ""),
        ("built a specific project", ""),
        ("specific|the technical problem", "was is"),
        ("tried|used approach a|b", ""),
        ("approach a|b first|which|then", ""),
        ("to approach b", ""),
        ("gave me metric", ""),
        ("better metric", ""),
        ("honest reflection", ""),
        ("that what it does|covers", ""),
        ("about what it covers", ""),
        ("sample of number", ""),
        ("reached a metric", ""),
    )
)
_SLOTS_BY_FIRST_WORD: dict[str, list[tuple[tuple[frozenset[str], ...], frozenset[str]]]] = {}
for _slot in _SLOT_PATTERNS:
    for _first in _slot[0][0]:
        _SLOTS_BY_FIRST_WORD.setdefault(_first, []).append(_slot)
_SLOT_WHY = (
    "a blank from a script template said aloud. Fill it with the real name, number or project, "
    "and a detail only you would know: the guide's scripts are frameworks, not text to recite."
)

# Stock phrases of interview answers and buzzwords: the listener hears a template, not you.
_STOCK_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "passionate about",
        "ai is the future",
        "future of everything",
        "ai is hot",
        "game changer",
        "game changing",
        "leverage synergies",
        "cutting edge",
        "bleeding edge",
        "think outside the box",
        "hit the ground running",
        "team player",
        "at the end of the day",
        "move the needle",
        "paradigm shift",
        "best of breed",
        "next level",
        "low hanging fruit",
        "value add",
        "deep dive",
        "circle back",
        "thought leader",
        "world class",
        "best in class",
        "unlock value",
        "robust and scalable",
        "wear many hats",
        "results driven",
        "detail oriented",
        "above and beyond",
        "fast paced environment",
        "always been fascinated",
        "ever since i was a kid",
        "i'm a perfectionist",
        "work too hard",
        "secret sauce",
        "north star",
        "drive innovation",
        "fast learner",
    )
)
_BUZZWORDS = words_set(
    "leverage leverages leveraging leveraged synergy synergies disrupt disruptive disruption "
    "revolutionary revolutionize revolutionise revolutionizing transformative innovative "
    "seamless seamlessly holistic empower empowering ecosystem paradigm"
)
_STOCK_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _STOCK_PHRASES:
    _STOCK_BY_FIRST_WORD.setdefault(_phrase[0], []).append(_phrase)
_STOCK_WHY = (
    "a stock phrase: it sounds like every other candidate and says nothing about you. Replace "
    "it with the concrete problem, what you did, and what changed."
)


def _matches(words: Sequence[str], at: int, pattern: tuple[frozenset[str], ...]) -> bool:
    if at + len(pattern) > len(words):
        return False
    return all(words[at + k] in choices for k, choices in enumerate(pattern))


def _slot_flags(transcript: Transcript, units: list[_Unit]) -> list[RehearsalFlag]:
    words = [u.word for u in units]
    flags = []
    taken: set[int] = set()
    for at in range(len(words)):
        for pattern, not_next in _SLOTS_BY_FIRST_WORD.get(words[at], ()):
            end = at + len(pattern)
            if at in taken or not _matches(words, at, pattern):
                continue
            if end < len(words) and words[end] in not_next:
                continue
            quote = " ".join(words[at:end])
            flags.append(
                _flag(
                    transcript,
                    units,
                    at,
                    end - 1,
                    "template-slot",
                    None,
                    f'"{quote}" is {_SLOT_WHY}',
                )
            )
            taken.update(range(at, end))
    covered = {i for f in flags for i in range(f.first_word, f.last_word + 1)}
    for first, last in _bracketed(transcript):
        if covered.isdisjoint(range(first, last + 1)):
            words = transcript.words[first : last + 1]
            quote = " ".join(w.text for w in words)
            why = f'"{quote}" is {_SLOT_WHY}'
            flags.append(
                RehearsalFlag(
                    "template-slot", quote, words[0].start, words[-1].end, None, why, first, last
                )
            )
    return flags


# What caption exports put in brackets: not a script's slot.
_CAPTION_MARKS = words_set(
    "inaudible unintelligible laughter laughs laughing crosstalk music applause silence noise "
    "pause coughs cough sighs"
)


def _bracketed(transcript: Transcript) -> list[tuple[int, int]]:
    """(first, last) word indices of "[...]" left in a transcript, up to six words long."""
    spans = []
    words = transcript.words
    for first, word in enumerate(words):
        if "[" not in word.text:
            continue
        for last in range(first, min(first + 6, len(words))):
            if "]" in words[last].text:
                inside = " ".join(w.text for w in words[first : last + 1])
                if normalise(inside) not in _CAPTION_MARKS:
                    spans.append((first, last))
                break
    return spans


def _stock_flags(transcript: Transcript, units: list[_Unit]) -> list[RehearsalFlag]:
    words = [u.word for u in units]
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    for at in range(len(words)):
        for phrase in _STOCK_BY_FIRST_WORD.get(words[at], ()):
            if at not in taken and tuple(words[at : at + len(phrase)]) == phrase:
                found.append((at, at + len(phrase) - 1))
                taken.update(range(at, at + len(phrase)))
        if at not in taken and words[at] in _BUZZWORDS:
            found.append((at, at))
            taken.add(at)
    density = 100 * len(found) / len(transcript.words) if transcript.words else 0.0
    flags = []
    for first, last in sorted(found):
        quote = " ".join(words[first : last + 1])
        why = f'"{quote}" is {_STOCK_WHY}'
        if len(found) >= 3:
            why += f" This answer has {len(found)} of them ({density:.1f} per 100 words)."
        flags.append(_flag(transcript, units, first, last, "stock-phrase", None, why))
    return flags


# --- read-sounding delivery ---------------------------------------------------------------


def _read_flag(
    transcript: Transcript,
    pace: Pace,
    fillers: FillerReport,
    others: list[RehearsalFlag],
    options: RehearsalOptions,
) -> RehearsalFlag | None:
    """Even rate, no hesitation at all over a long answer, together with a recited run or a slot.

    Cautious on purpose: a fluent speaker is not reciting, so fluency alone never flags.
    """
    variation = pace.articulation_variation
    if pace.speaking_time_s is None or pace.speaking_time_s < options.read_min_speaking_s:
        return None
    if variation is None or variation > options.read_max_articulation_variation:
        return None
    if fillers.count:
        return None
    if any(p.at == "mid-sentence" for p in pace.pauses):
        return None
    evidence = [f for f in others if f.kind in ("verbatim", "template-slot")]
    if not evidence:
        return None
    words = transcript.words
    end = next((i for i, w in enumerate(words) if w.text.endswith((".", "?", "!"))), 0)
    end = min(end, 19)
    why = (
        f"An even pace (the syllable rate varies by only {variation:.0%} from phrase to phrase) "
        "with no "
        f"hesitation at all over {pace.speaking_time_s:.0f} s, together with "
        f"{len(evidence)} recited or template passage(s): this sounds read rather than told. "
        "Fluency on its own is fine; here it comes with recited text."
    )
    return RehearsalFlag(
        kind="read-delivery",
        quote=" ".join(w.text for w in words[: end + 1]),
        start=words[0].start,
        end=words[-1].end,
        source=None,
        why=why,
        first_word=0,
        last_word=len(words) - 1,
    )


def analyse_rehearsal(
    transcript: Transcript,
    fillers: FillerReport,
    pace: Pace,
    scripts: Sequence[Script] = (),
    earlier_attempts: Sequence[str] = (),
    options: RehearsalOptions | None = None,
) -> RehearsalReport:
    """Rehearsal flags for one answer, in order of where they start."""
    options = options or RehearsalOptions()
    units = _answer_units(transcript, fillers.word_indices())
    flags = _script_flags(transcript, units, scripts, options.verbatim_min_words)
    flags += _attempt_flags(transcript, units, earlier_attempts, options.attempt_min_words)
    flags += _slot_flags(transcript, units)
    flags += _stock_flags(transcript, units)
    read = _read_flag(transcript, pace, fillers, flags, options)
    if read:
        flags.append(read)
    flags.sort(key=lambda f: (f.first_word, f.kind))
    return RehearsalReport(tuple(flags))
