"""The filler rules, each with the near-misses that must not count."""

from __future__ import annotations

import pytest

from voice_interviewer.analysis.fillers import analyse_fillers
from voice_interviewer.transcription.transcript import Transcript, Word


def fillers_in(text: str) -> list[tuple[str, str]]:
    report = analyse_fillers(Transcript.from_text(text))
    return [(f.kind, f.text.lower()) for f in report.fillers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, I built it.", [("vocal", "um")]),
        ("Uh, we shipped it, uhh, late.", [("vocal", "uh"), ("vocal", "uhh")]),
        ("It was, erm, slow. Hmm. Mm.", [("vocal", "erm"), ("vocal", "hmm"), ("vocal", "mm")]),
        ("Ah, and umm the cache.", [("vocal", "ah"), ("vocal", "umm")]),
        ("The umbrella term is ERM software.", []),
        ("We ran a hmmm test.", [("vocal", "hmmm")]),
        ("I am not applying for that.", []),
    ],
)
def test_vocal_fillers(text: str, expected: list[tuple[str, str]]) -> None:
    assert fillers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took, like, three weeks.", [("crutch", "like")]),
        ("It took like three weeks.", [("crutch", "like")]),
        ("We had like a hundred tickets.", [("crutch", "like")]),
        ("They were wrong like a third of the time.", [("crutch", "like")]),
        ("It replays like two hundred chats.", [("crutch", "like")]),
        ("It was like really slow.", [("crutch", "like")]),
        ("And I was like, this is broken.", [("crutch", "like")]),
        ("Like, the whole thing fell over.", [("crutch", "like")]),
        ("I like Python.", []),
        ("We would like to ship it.", []),
        ("It looks like a memory leak.", []),
        ("The index works like a cache.", []),
        ("Tools like LangChain hide that.", []),
        ("Problems like routing and ranking were hard.", []),
        ("Something like that.", []),
        ("Like I said, the model was fine.", []),
        ("It felt like a step back.", []),
        ("Customers don't like waiting.", []),
    ],
)
def test_like_only_where_it_is_a_filler(text: str, expected: list[tuple[str, str]]) -> None:
    assert fillers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was, you know, slow.", [("crutch", "you know")]),
        ("And you know we had to rewrite it.", [("crutch", "you know")]),
        ("It broke at night, you know?", [("crutch", "you know")]),
        ("It was slow, you know what I mean?", [("crutch", "you know")]),
        ("Do you know what the latency budget is?", []),
        ("If you know the corpus, chunking is easy.", []),
        ("You know how it goes with legacy code.", []),
        ("As you know, the team is small.", []),
    ],
)
def test_you_know(text: str, expected: list[tuple[str, str]]) -> None:
    assert fillers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I mean, we had no tests.", [("crutch", "i mean")]),
        ("It was fine, I mean, mostly.", [("crutch", "i mean")]),
        ("That is not what I mean.", []),
        ("By latency I mean the time to first token.", []),
        ("I mean it when I say we tested it.", []),
        ("I mean to fix that.", []),
    ],
)
def test_i_mean(text: str, expected: list[tuple[str, str]]) -> None:
    assert fillers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So I built a router.", [("crutch", "so")]),
        ("So, um, the answer.", [("crutch", "so"), ("vocal", "um")]),
        ("Um, so the answer.", [("vocal", "um"), ("crutch", "so")]),
        ("Yeah, so we shipped it.", [("crutch", "so")]),
        ("Okay, so the first thing.", [("crutch", "okay, so")]),
        ("We cached it, so latency dropped.", []),
        ("It was so slow.", []),
        ("So far the cache holds.", []),
        ("And so we moved on.", []),
    ],
)
def test_so_only_opening_a_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert fillers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It basically routes tickets.", [("crutch", "basically")]),
        ("It literally fell over.", [("crutch", "literally")]),
        ("Actually, we rolled it back.", [("crutch", "actually")]),
        ("We rolled it back, actually, twice.", [("crutch", "actually")]),
        ("Ship something that actually works.", []),
        ("It was kind of slow.", [("crutch", "kind of")]),
        ("We sort of rebuilt it.", [("crutch", "sort of")]),
        ("It's a kind of cache.", []),
        ("It is a, sort of, finance tool.", [("crutch", "sort of")]),
        ("What sort of data is it?", []),
        ("The kind of work I want.", []),
        ("You retrieve the chunks first, right?", [("crutch", "right")]),
        ("Is that right?", []),
        ("Pick the right model.", []),
        ("We started right away.", []),
    ],
)
def test_other_crutches(text: str, expected: list[tuple[str, str]]) -> None:
    assert fillers_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I I think it works.", [("repetition", "i")]),
        ("We we built it.", [("repetition", "we")]),
        ("The- the system failed.", [("repetition", "the-")]),
        ("I-I think so.", [("repetition", "i-")]),
        ("In the, in the first version.", [("repetition", "in the")]),
        ("I, um, I think so.", [("repetition", "i"), ("vocal", "um")]),
        ("It was very very slow.", []),
        ("I knew that that was wrong.", []),
        ("We built it. It worked.", []),
        ("We re-ran the co-pilot eval.", []),
    ],
)
def test_repetitions_and_false_starts(text: str, expected: list[tuple[str, str]]) -> None:
    assert fillers_in(text) == expected


def test_each_filler_carries_its_time_and_word_index() -> None:
    words = (
        Word("So,", 0.5, 0.7),
        Word("um,", 0.9, 1.4),
        Word("I", 1.6, 1.7),
        Word("built", 1.7, 2.0),
        Word("it,", 2.0, 2.2),
        Word("you", 2.3, 2.4),
        Word("know?", 2.4, 2.7),
    )
    transcript = Transcript("", words, 3.0, "en", "test", "cpu")
    report = analyse_fillers(transcript, speaking_time_s=2.2)
    assert [(f.text, f.word_index, f.start, f.end) for f in report.fillers] == [
        ("So", 0, 0.5, 0.7),
        ("um", 1, 0.9, 1.4),
        ("you know", 5, 2.3, 2.7),
    ]
    assert report.per_minute == pytest.approx(3 / (2.2 / 60), abs=0.01)
    assert report.per_100_words == pytest.approx(300 / 7, abs=0.01)
    assert report.word_indices() == {0, 1, 5, 6}


def test_figures_without_timings_are_none_not_zero() -> None:
    report = analyse_fillers(Transcript.from_text("Like, it was, like, you know, fine."))
    assert report.per_minute is None
    assert report.top_crutches() == [("like", 2), ("you know", 1)]


def test_the_most_used_fillers_count_every_kind() -> None:
    """Five "uh" and one "alright so": the most used is "uh", not the only crutch word."""
    text = "Alright, so we shipped it, uh, and, uh, then, uh, the, uh, model, uh, drifted. Um, yes."
    words = tuple(Word(w) for w in text.split())
    report = analyse_fillers(Transcript(text, words, None, "en", "test", "cpu"))
    assert report.most_used(3) == [("uh", 5), ("alright so", 1), ("um", 1)]


def test_the_end_of_a_word_said_in_pieces_is_no_filler() -> None:
    """Whisper writes a word said in pieces as "Mon -tree -all -forced -align -er.": the "-er"
    ends "aligner", it is no sound of hesitation; "a, er, liner" has one."""
    pieces = analyse_fillers(Transcript.from_text("Mon -tree -all -forced -align -er."))
    assert [f.text for f in pieces.fillers if f.kind == "vocal"] == []
    hesitation = analyse_fillers(Transcript.from_text("Forced a, er, liner."))
    assert [f.text for f in hesitation.fillers if f.kind == "vocal"] == ["er"]
