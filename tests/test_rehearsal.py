"""Rehearsal flags: recited runs (the guide read in place), slots, stock phrases, read delivery."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_AUDIO
from voice_interviewer.analysis.delivery import analyse_delivery
from voice_interviewer.analysis.pace import syllables
from voice_interviewer.analysis.rehearsal import ScriptError, builtin_scripts, load_scripts
from voice_interviewer.transcription.transcript import Transcript, Word

GUIDE = SHARED_AUDIO.parent / "seed" / "interview-guide.txt"


@pytest.fixture(scope="module")
def guide():
    if not GUIDE.is_file():
        pytest.skip(f"{GUIDE} is not here (the shared folder lives beside the checkout)")
    return load_scripts([GUIDE])


def flags(text: str, scripts=(), earlier=(), kind: str | None = None):
    delivery = analyse_delivery(Transcript.from_text(text), None, scripts, earlier)
    return [f for f in delivery.rehearsal.flags if kind is None or f.kind == kind]


def test_a_recited_script_with_small_edits_is_flagged(guide) -> None:
    text = (
        "Um, I've been building with LLM APIs and, uh, RAG architecture for eight months. "
        "I don't have any model training experience and I'm not positioning myself for that."
    )
    found = flags(text, guide, kind="verbatim")
    assert len(found) == 2
    assert found[0].quote.startswith("I've been building with LLM APIs")
    assert found[0].source == "interview-guide.txt"
    assert "your own words" in found[0].why


def test_reordered_clauses_are_each_flagged(guide) -> None:
    text = (
        "Is the document corpus static or does it update? And before that, what's the latency "
        "budget, are we targeting sub-second for conversational UX?"
    )
    found = flags(text, guide, kind="verbatim")
    assert [f.quote.split()[0] for f in found] == ["Is", "what's"]


def test_a_fluent_original_answer_is_not_flagged(guide) -> None:
    text = (
        "My weakest area is probably the theory side. I get how transformers work, but "
        "deriving attention from scratch, no, I couldn't do that cold. I decided to spend "
        "that time on evaluation and retrieval. If you need someone to ship something "
        "reliable, that's what I've been doing for years."
    )
    assert flags(text, guide + builtin_scripts()) == []


def test_the_projects_own_scripts_are_known() -> None:
    text = "Free text was the part our deterministic code could not handle, honestly."
    found = flags(text, builtin_scripts(), kind="verbatim")
    assert [f.source for f in found] == ["prompts/scripts/why-ai-engineering.txt"]


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("I kept hitting limits at company. It was hard.", ["at company."]),
        ("I've been doing this for X months now.", ["X months"]),
        ("Let me show you my specific project.", ["my specific project."]),
        (
            "I tried approach A first, then switched to approach B.",
            ["tried approach A", "to approach B."],
        ),
        ("I worked at the company for years.", []),
        ("That is an approach a lot of teams use.", []),
        ("We measured it at company scale.", []),
        ("I worked at [company] for years.", ["at [company]"]),
        ("I built [a specific project] for search.", ["built [a specific project]"]),
        ("Then [inaudible] it shipped.", []),
    ],
)
def test_template_slots_said_aloud(text: str, slots: list[str]) -> None:
    assert [f.quote for f in flags(text, kind="template-slot")] == slots


def test_stock_phrases_and_buzzword_density() -> None:
    found = flags(
        "I'm passionate about AI. AI is the future, a game changer, and I want to leverage "
        "it to drive innovation.",
        kind="stock-phrase",
    )
    assert [f.quote for f in found] == [
        "passionate about",
        "AI is the future,",
        "game changer,",
        "leverage",
        "drive innovation.",
    ]
    assert "5 of them" in found[0].why
    assert flags("We used a plain keyword baseline first.", kind="stock-phrase") == []


STORY = (
    "I was working on search at an online shop, and the queries people typed were a mess: "
    "typos, whole sentences, product codes mixed with descriptions. Our rules could not cope "
    "with any of that, so I tried embeddings over a weekend."
)


def test_the_same_answer_the_third_time_is_recited() -> None:
    first = "So, um, I was on search at a shop and the queries were, like, a total mess."
    assert flags(STORY, earlier=[first], kind="verbatim") == []
    found = flags(STORY, earlier=[first, STORY], kind="verbatim")
    assert len(found) == 1 and found[0].source == "earlier attempt 2"
    retold = STORY.replace("over a weekend", "one weekend").replace("Our rules", "The rules")
    again = flags(retold, earlier=[STORY, STORY], kind="verbatim")
    assert again[0].source == "earlier attempts 1 and 2"


def _even(text: str) -> Transcript:
    """Words read at an even rate, with even pauses at commas and sentence ends."""
    words, clock = [], 1.0
    for token in text.split():
        length = 0.14 * syllables(token)
        words.append(Word(token, round(clock, 3), round(clock + length, 3)))
        clock += length + (0.45 if token.endswith(".") else 0.2 if token.endswith(",") else 0.02)
    return Transcript(text, tuple(words), clock + 1, "en", "test", "cpu")


def test_read_delivery_needs_a_recited_run_as_well(guide) -> None:
    recited = (
        "I kept running into the limits of deterministic systems when dealing with unstructured "
        "data at my company. We had customer support tickets that needed routing, documents "
        "that needed classification, search results that needed ranking, all problems where "
        "traditional rule-based approaches hit a ceiling. When I started working with LLM APIs "
        "and RAG, I realized these problems had real solutions now, and my engineering "
        "background meant I could build them to work in production, not just as demos."
    )
    read = analyse_delivery(_even(recited), None, guide)
    assert "read-delivery" in [f.kind for f in read.rehearsal.flags]
    fluent = recited.replace("deterministic systems", "our keyword rules")
    fluent = " ".join(f"w{i}." if i % 9 == 8 else f"w{i}" for i in range(len(fluent.split())))
    original = analyse_delivery(_even(fluent), None, guide)
    assert original.rehearsal.flags == ()


def test_scripts_from_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("My answer script.", encoding="utf-8")
    (tmp_path / "notes" / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / "b.txt").write_text("Another.", encoding="utf-8")
    scripts = load_scripts([tmp_path / "notes", tmp_path / "b.txt"])
    assert [s.name for s in scripts] == ["a.md", "b.txt"]
    with pytest.raises(ScriptError, match="no such scripts file"):
        load_scripts([tmp_path / "absent.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(ScriptError, match=r"no \.txt or \.md files"):
        load_scripts([tmp_path / "empty"])
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ScriptError, match="cannot read"):
        load_scripts([tmp_path / "latin1.txt"])
