"""Fillers Whisper leaves out, recovered from the audio between and inside word timings."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.conftest import fixture_audio, shared_audio
from voice_interviewer.analysis.delivery import analyse_delivery
from voice_interviewer.analysis.filled_pauses import confirm_fillers, find_filled_pauses
from voice_interviewer.analysis.filler_vote import listened
from voice_interviewer.analysis.fillers import Filler
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.transcription.transcript import Transcript, Word, join_words
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions

WORDS = (Word("We", 0.5, 0.7), Word("built", 0.7, 1.0), Word("it.", 2.0, 2.3))


def _signal(fill) -> np.ndarray:
    samples = np.zeros(3 * SAMPLE_RATE, dtype=np.float32)
    t = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    voice = 0.3 * np.sign(np.sin(2 * np.pi * 120 * t)).astype(np.float32)  # a buzzing voice
    for word in WORDS:
        first, last = int(word.start * SAMPLE_RATE), int(word.end * SAMPLE_RATE)
        samples[first:last] = voice[: last - first]
    samples[int(1.25 * SAMPLE_RATE) : int(1.75 * SAMPLE_RATE)] = fill(t[: SAMPLE_RATE // 2])
    return samples


def test_a_voiced_hum_in_a_gap_is_a_filled_pause() -> None:
    hum = _signal(lambda t: 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t))
    found = find_filled_pauses(WORDS, hum.astype(np.float32))
    assert [(f.kind, f.source, f.word_index) for f in found] == [("vocal", "audio", None)]
    assert found[0].start == pytest.approx(1.25, abs=0.06)
    assert found[0].end == pytest.approx(1.75, abs=0.06)


def test_a_hum_inside_a_stretched_word_is_searched_only_without_the_hotwords() -> None:
    """Whisper timed "it." from 1.2 s though it is said at 2.0: plain Whisper hides a filler it
    drops in such a span, and with the filler hotwords the span is the word drawn out."""
    stretched = (*WORDS[:2], Word("it.", 1.2, 2.3))
    hum = _signal(lambda t: 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t))
    assert len(find_filled_pauses(stretched, hum, written=None)) == 1
    misplaced = Filler("um", "vocal", 1.5, 1.5, None)  # one the check dropped, in the span
    assert find_filled_pauses(stretched, hum, written=(misplaced,)) == []


def _um(start: float, end: float) -> Filler:
    return Filler("um", "vocal", start, end, None)


@pytest.mark.parametrize(
    ("words", "written", "found"),
    [
        # Plain Whisper: every gap.
        (WORDS, None, 1),
        # The hotwords, and no filler written near the gap: Whisper heard none there.
        (WORDS, (), 0),
        (WORDS, (_um(0.2, 0.4),), 0),
        # The gap holds a filler Whisper wrote, which the check dropped as misplaced.
        (WORDS, (_um(1.6, 1.6),), 1),
        # Between two fillers Whisper wrote: a run it wrote fewer of.
        ((Word("um,", 0.7, 1.0), Word("um,", 2.0, 2.3)), (_um(0.7, 1.0), _um(2.0, 2.3)), 1),
        # Beside one, with a word on the other side: not.
        ((WORDS[0], Word("um,", 0.7, 1.0), WORDS[2]), (_um(0.7, 1.0),), 0),
    ],
)
def test_with_the_hotwords_a_gap_is_searched_only_where_whisper_wrote_fillers(
    words: tuple[Word, ...], written: tuple[Filler, ...] | None, found: int
) -> None:
    """With the hotwords Whisper writes the fillers it hears; voicing in a gap beside words is
    laughter, a word broken off or said oddly (bench/real_fillers.py, the aligner's clips)."""
    hum = _signal(lambda t: 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t))
    assert len(find_filled_pauses(words, hum, written=written)) == found


def test_silence_breath_noise_and_known_fillers_are_not() -> None:
    rng = np.random.default_rng(1)
    assert find_filled_pauses(WORDS, _signal(lambda t: 0 * t)) == []
    breath = _signal(lambda t: (0.1 * rng.standard_normal(t.size)).astype(np.float32))
    assert find_filled_pauses(WORDS, breath) == []


def test_a_held_filler_timed_short_by_whisper_is_one_filler() -> None:
    """A hum held from 1.2 to 3.2 s, of which Whisper timed the "um" it wrote at 2.1-2.3 s:
    the voicing either side is that um, not two more fillers. Beside a crutch word it would
    be fillers of its own."""
    words = (Word("We", 0.5, 0.7), Word("built", 0.7, 1.0), Word("um,", 2.1, 2.3))
    words += (Word("it.", 3.5, 3.8),)
    samples = np.zeros(4 * SAMPLE_RATE, dtype=np.float32)
    t = np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE
    voice = 0.3 * np.sign(np.sin(2 * np.pi * 120 * t)).astype(np.float32)
    for word in words:
        first, last = int(word.start * SAMPLE_RATE), int(word.end * SAMPLE_RATE)
        samples[first:last] = voice[first:last]
    held = slice(int(1.2 * SAMPLE_RATE), int(3.2 * SAMPLE_RATE))
    hum = 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t)
    samples[held] = hum[held]
    written = Filler("um", "vocal", 2.1, 2.3, 2, "transcript")
    assert find_filled_pauses(words, samples, (written,)) == []
    crutch = Filler("like", "crutch", 2.1, 2.3, 2, "transcript")
    assert len(find_filled_pauses(words, samples, (crutch,))) == 2


@pytest.mark.parametrize(
    ("hums", "more"),
    [
        # The squeezed "um" was said at 1.1-1.45 s, the hum after it is one more filler.
        ([(1.1, 1.45), (1.65, 2.2)], 1),
        # Its only voicing is after its token: that is where it was said.
        ([(1.65, 2.2)], 0),
    ],
)
def test_a_filler_squeezed_into_no_time_owns_only_the_voicing_nearest_it(
    hums: list[tuple[float, float]], more: int
) -> None:
    """In a fast run Whisper put an "um" of no length at the end of where it was said, and the
    "uh" said right after it was taken for that "um" held on (mfa_uhum.flac)."""
    squeezed, timed = Word("um,", 1.5, 1.5, 0.7), Word("um,", 2.8, 3.1, 0.7)
    words = (Word("We", 0.5, 0.7), Word("built", 0.7, 1.0), squeezed, timed, Word("it.", 3.5, 3.8))
    samples = np.zeros(4 * SAMPLE_RATE, dtype=np.float32)
    t = np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE
    voice = 0.3 * np.sign(np.sin(2 * np.pi * 120 * t)).astype(np.float32)
    hum = 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t)
    for word in (*words[:2], *words[3:]):
        first, last = int(word.start * SAMPLE_RATE), int(word.end * SAMPLE_RATE)
        samples[first:last] = voice[first:last]
    for start, end in hums:
        first, last = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
        samples[first:last] = hum[first:last]
    written = (Filler("um", "vocal", 1.5, 1.5, 2), Filler("um", "vocal", 2.8, 3.1, 3))
    assert len(find_filled_pauses(words, samples, written, written)) == more


def _hums_in_one_um(
    um: Word, hums: list[tuple[float, float]]
) -> tuple[tuple[Word, ...], np.ndarray]:
    """Words with one long "um" and a buzzing voice in the other words; a hum at each of hums."""
    words = (Word("We", 0.5, 0.7), Word("built", 0.7, 1.0), um, Word("it.", 3.0, 3.3))
    samples = np.zeros(4 * SAMPLE_RATE, dtype=np.float32)
    t = np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE
    voice = 0.3 * np.sign(np.sin(2 * np.pi * 120 * t)).astype(np.float32)
    hum = 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t)
    for word in (*words[:2], words[3]):
        first, last = int(word.start * SAMPLE_RATE), int(word.end * SAMPLE_RATE)
        samples[first:last] = voice[first:last]
    for start, end in hums:
        first, last = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
        samples[first:last] = hum[first:last]
    return words, samples


@pytest.mark.parametrize(
    ("um", "hums", "more"),
    [
        # Two hums apart by a pause, written as one "um": one filler more, at the second.
        (Word("um,", 1.3, 2.6), [(1.35, 1.7), (2.15, 2.55)], [(2.15, 2.55)]),
        # One hum with a dip in its voicing: one filler.
        (Word("um,", 1.3, 2.6), [(1.35, 1.9), (2.0, 2.55)], []),
        # The voice before the break is the word before, run on into the um's span.
        (Word("um,", 1.0, 2.6), [(1.0, 1.2), (1.6, 2.55)], []),
    ],
)
def test_fillers_said_back_to_back_and_written_as_one_are_counted_apart(
    um: Word, hums: list[tuple[float, float]], more: list[tuple[float, float]]
) -> None:
    words, samples = _hums_in_one_um(um, hums)
    written = Filler("um", "vocal", um.start, um.end, 2, "transcript")
    found = find_filled_pauses(words, samples, (written,), (written,))
    assert [(f.source, f.word_index) for f in found] == [("audio", None)] * len(more)
    for filler, (start, end) in zip(found, more, strict=True):
        assert (filler.start, filler.end) == (
            pytest.approx(start, abs=0.06),
            pytest.approx(end, abs=0.06),
        )


@pytest.mark.parametrize(
    ("hums", "loudness", "more"),
    [
        # An "uh" said right before the "um" Whisper wrote, its voicing broken 0.18 s before it.
        ([(1.75, 2.42)], 1.0, 1),
        # The same filler said quietly (as a hum is): voiced as weakly as a filler Whisper wrote.
        ([(1.75, 2.42)], 0.2, 1),
        # The "um" held on from 1.75 s, its voicing unbroken: that "um", not another filler.
        ([(1.75, 2.8)], 1.0, 0),
    ],
)
def test_with_the_hotwords_voicing_apart_from_a_written_filler_in_a_run_is_another(
    hums: list[tuple[float, float]], loudness: float, more: int
) -> None:
    """Between two fillers Whisper wrote (a fast run it wrote fewer of), a filler said right
    before a written "um" was taken for that "um" held, and a quiet "hm" went unheard
    (mfa_uhum.flac, live)."""
    words = (Word("We", 0.5, 0.7), Word("built", 0.7, 1.0), Word("um,", 1.3, 1.5, 0.7))
    words += (Word("um,", 2.6, 2.8, 0.7), Word("it.", 3.2, 3.5))
    samples = np.zeros(4 * SAMPLE_RATE, dtype=np.float32)
    t = np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE
    voice = 0.3 * np.sign(np.sin(2 * np.pi * 120 * t)).astype(np.float32)
    hum = 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t)
    for word in words:
        first, last = int(word.start * SAMPLE_RATE), int(word.end * SAMPLE_RATE)
        samples[first:last] = (hum if word.text == "um," else voice)[first:last]
    for start, end in hums:
        first, last = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
        samples[first:last] = loudness * hum[first:last]
    written = (Filler("um", "vocal", 1.3, 1.5, 2), Filler("um", "vocal", 2.6, 2.8, 3))
    assert len(find_filled_pauses(words, samples, written, written)) == more


@pytest.fixture(scope="module")
def plain_whisper() -> Transcriber:
    """Whisper without the filler prompt: the setting that drops fillers."""
    model = Transcriber(TranscriptionOptions(device="cpu"))
    model.load()
    return model


def test_real_fillers_whisper_dropped_are_recovered(plain_whisper: Transcriber) -> None:
    path = shared_audio("guinness-fillers.wav")
    transcript = plain_whisper.transcribe_file(path)
    assert not any(w.text.lower().strip(",.") in ("um", "uh") for w in transcript.words)
    found = find_filled_pauses(transcript.words, load_audio(path))
    truth = [(2.54, 2.92), (10.60, 11.24)]  # guinness-fillers.vtt
    assert len(found) == 2
    for (start, end), filler in zip(truth, found, strict=True):
        assert filler.start < end and start < filler.end


def test_fluent_recordings_get_no_filled_pauses(plain_whisper: Transcriber) -> None:
    for path in (shared_audio("jfk.flac"), fixture_audio("why_ai_engineering")[0]):
        transcript = plain_whisper.transcribe_file(path)
        assert find_filled_pauses(transcript.words, load_audio(path)) == []


def test_a_transcribed_um_over_silence_is_dropped() -> None:
    """With fillers in its prompt Whisper may write "Um." after the answer has ended."""
    words = (*WORDS, Word("Um.", 2.5, 2.9))
    samples = _signal(lambda t: 0 * t)
    over_silence = Filler("Um", "vocal", 2.5, 2.9, 3)
    over_voice = Filler("Um", "vocal", 0.5, 1.0, 0)
    crutch = Filler("like", "crutch", 2.5, 2.9, 3)
    kept = confirm_fillers((over_voice, over_silence, crutch), words, samples)
    assert kept == (over_voice, crutch)


def test_an_answer_of_one_filler_squeezed_into_no_time_is_analysed() -> None:
    """Whisper can write a lone "Um." with no length: no word then has samples to measure the
    speaker's level by, and the check raised instead of answering; now it keeps what Whisper
    wrote, as it does for a recording with no level to judge by."""
    words = (Word("Um.", 1.4, 1.4),)
    transcript = Transcript(join_words(words), words, 3.0, "en", "test", "cpu")
    samples = _signal(lambda t: 0.2 * np.sin(2 * np.pi * 110 * t))
    delivery = analyse_delivery(transcript, samples)
    assert [f.text.lower() for f in delivery.fillers.fillers] == ["um"]


def test_an_unheard_um_leaves_the_transcript_and_its_sentence_ends_before_it() -> None:
    """What the audio check drops is not shown either: the transcript reads as was said."""
    words = (*WORDS[:2], Word("it,", 2.0, 2.3), Word("uh.", 2.5, 2.9))
    transcript = Transcript(join_words(words), words, 3.0, "en", "test", "cpu")
    delivery = analyse_delivery(transcript, _signal(lambda t: 0 * t))
    assert delivery.transcript.text == "We built it."
    assert [w.text for w in delivery.transcript.words] == ["We", "built", "it."]
    assert delivery.fillers.count == 0
    heard = analyse_delivery(transcript, _signal(lambda t: 0 * t) + _signal_at(2.5, 2.9))
    assert heard.transcript.text == "We built it, uh."
    assert heard.fillers.count == 1


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("than the, um, sick corpus.", "than the sick corpus."),  # the commas were the um's
        ("than the, um sick corpus.", "than the, sick corpus."),  # one comma: not around it
        ("so that's it, um.", "so that's it."),
    ],
)
def test_the_commas_around_a_dropped_filler_go_with_it(text: str, kept: str) -> None:
    words = Transcript.from_text(text)
    dropped = {i for i, w in enumerate(words.words) if w.text.strip(",.") == "um"}
    assert words.without(dropped).text == kept


def _signal_at(start: float, end: float) -> np.ndarray:
    """A buzzing voice from start to end seconds, silence elsewhere (3 s)."""
    samples = np.zeros(3 * SAMPLE_RATE, dtype=np.float32)
    first, last = int(start * SAMPLE_RATE), int(end * SAMPLE_RATE)
    t = np.arange(last - first) / SAMPLE_RATE
    samples[first:last] = 0.3 * np.sign(np.sin(2 * np.pi * 120 * t))
    return samples


@pytest.mark.parametrize(
    ("probability", "in_a_run", "kept"),
    [(0.05, True, False), (None, True, False), (0.7, True, True), (0.7, False, False)],
)
def test_a_transcribed_filler_squeezed_into_no_time_is_kept_only_when_sure_and_in_a_run(
    probability: float | None, in_a_run: bool, kept: bool
) -> None:
    """Whisper may write an "uh" of no length beside a real one, unsure of it: it was not
    heard. It also times a fast run of fillers ("uh, um, uh") into no time while sure of
    them, and those were said. A lone one squeezed between words, even sure, is a word's
    drawn-out vowel ("from, uh, specification" for "from the specification")."""
    voiced = _signal(lambda t: 0.3 * np.sign(np.sin(2 * np.pi * 120 * t)).astype(np.float32))
    before = Word("um,", 0.7, 1.0, 0.9) if in_a_run else WORDS[1]
    words = (WORDS[0], before, Word("uh,", 1.5, 1.5, probability), WORDS[2])
    squeezed = Filler("uh", "vocal", 1.5, 1.5, 2)
    written = (Filler("um", "vocal", 0.7, 1.0, 1), squeezed) if in_a_run else (squeezed,)
    assert (squeezed in confirm_fillers(written, words, voiced)) is kept


def test_a_squeezed_filler_needs_voicing_around_it() -> None:
    sure = (WORDS[0], Word("um,", 0.7, 1.0, 0.9), Word("uh,", 1.5, 1.5, 0.7), WORDS[2])
    written = (Filler("um", "vocal", 0.7, 1.0, 1), Filler("uh", "vocal", 1.5, 1.5, 2))
    assert written[1] not in confirm_fillers(written, sure, _signal(lambda t: 0 * t))


def test_a_filler_timed_shorter_than_said_is_heard_in_the_gap_around_it() -> None:
    """Whisper puts a filler it timed shorter than any is said where its token fell, not where
    it was said: in a fast run of "uh"s, one said at 1.42-1.60 s came out at 1.70-1.74 s,
    another said at 3.22-3.50 s at 3.74 s (mfa_uhuh.flac). Its voicing is looked for in the
    gap between the words beside it, up to half a second away; voicing inside those words is
    theirs. A filler timed as long as one is said is heard only right around its span."""
    silence_between = _signal(lambda t: 0 * t)

    def kept(start: float, end: float, samples: np.ndarray) -> bool:
        """Whether a sure "uh" at start-end, in a run with an "um" squeezed at 2.0 s, is."""
        words = (*WORDS[:2], Word("uh,", start, end, 0.7), Word("um,", 2.0, 2.0, 0.7), WORDS[2])
        filler = Filler("uh", "vocal", start, end, 2)
        run = Filler("um", "vocal", 2.0, 2.0, 3)
        return filler in confirm_fillers((filler, run), words, samples)

    assert kept(1.65, 1.65, silence_between + _signal_at(1.3, 1.5))  # no length
    assert kept(1.74, 1.78, silence_between + _signal_at(1.2, 1.4))  # 0.04 s, 0.34 s late
    assert not kept(1.74, 1.78, silence_between + _signal_at(1.05, 1.2))  # over 0.5 s away
    assert not kept(1.7, 2.0, silence_between + _signal_at(1.2, 1.4))  # timed as said
    assert not kept(1.65, 1.65, silence_between)
    assert not kept(1.15, 1.15, silence_between)  # only "built" is voiced near it


def test_a_filler_whisper_was_unsure_of_after_the_last_word_is_dropped() -> None:
    """With the filler hotwords Whisper may end "...it. Uh." over a breath, unsure of the "Uh":
    after the last word there is nothing for the hotwords to outweigh. Sure of it, or unsure
    of one said between words (a hoarse voice), the filler stays."""
    buzz = _signal(lambda t: 0.3 * np.sign(np.sin(2 * np.pi * 120 * t)).astype(np.float32))
    voiced = buzz + _signal_at(2.5, 2.9)  # voiced at 1.25-1.75 s and 2.5-2.9 s

    def kept(probability: float, trailing: bool) -> bool:
        start, end = (2.5, 2.9) if trailing else (1.3, 1.7)
        uh = Word("uh,", start, end, probability)
        words = (*WORDS, uh) if trailing else (*WORDS[:2], uh, WORDS[2])
        filler = Filler("uh", "vocal", start, end, words.index(uh))
        return confirm_fillers((filler,), words, voiced) == (filler,)

    assert not kept(0.05, trailing=True)
    assert kept(0.6, trailing=True)
    assert kept(0.05, trailing=False)


@pytest.mark.parametrize(
    ("after_the_words", "written", "found"),
    [
        # A hum after the last word, where Whisper wrote a filler the check dropped as a guess.
        ("hum", (_um(2.5, 2.8),), 1),
        # The same hum where Whisper wrote none: the answer had ended.
        ("hum", (), 0),
        # A breath where Whisper wrote one: nothing voiced to hear.
        ("breath", (_um(2.5, 2.8),), 0),
        # Plain Whisper: the stretch after the last word is not searched.
        ("hum", None, 0),
    ],
)
def test_after_the_last_word_a_filler_is_heard_only_where_whisper_wrote_one(
    after_the_words: str, written: tuple[Filler, ...] | None, found: int
) -> None:
    """The stretch after the last word is searched like a gap holding a filler Whisper wrote:
    an answer closing on an "Um" that Whisper was unsure of keeps it where the audio holds a
    voiced one (_after_the_last_word drops the token itself)."""
    rng = np.random.default_rng(3)
    samples = _signal(lambda t: 0 * t)
    first, last = int(2.45 * SAMPLE_RATE), int(2.85 * SAMPLE_RATE)
    t = np.arange(last - first) / SAMPLE_RATE
    hum = 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t)
    breath = 0.1 * rng.standard_normal(t.size)
    samples[first:last] = hum if after_the_words == "hum" else breath
    heard = find_filled_pauses(WORDS, samples, written=written)
    assert len(heard) == found
    assert all(2.4 <= f.start < f.end <= 2.9 for f in heard), heard


def test_a_closing_um_whisper_was_unsure_of_is_heard_in_real_speech() -> None:
    """mfa-acoustic_corpus.wav from 18.0 s, cut 0.3 s after its closing "Um" (22.90-23.53 s in
    the reference): one of review's readings ended "words. Um." with the "Um" at probability
    0.002, stretched over 22.05-23.15 s. The check drops it as a guess after the last word;
    the audio then hears the "Um" where it was said. Where Whisper wrote none (another
    reading), nothing is heard after the last word."""
    recording = Path(__file__).resolve().parent / "data/real-speech/mfa-acoustic_corpus.wav"
    start = 18.0
    samples = load_audio(recording)[int(start * SAMPLE_RATE) : int(23.84 * SAMPLE_RATE)]
    said = [
        ("And", 18.63, 19.07, 0.98),
        ("here's", 19.07, 19.97, 0.74),
        ("some", 19.97, 20.09, 0.99),
        ("more", 20.09, 20.33, 0.98),
        ("words,", 20.33, 20.81, 0.99),
        ("words,", 21.11, 21.43, 0.93),
        ("words,", 21.53, 21.73, 0.99),
        ("words.", 21.83, 22.05, 0.99),
    ]
    words = [Word(text, first - start, last - start, p) for text, first, last, p in said]
    um = Word("Um.", 22.05 - start, 23.15 - start, 0.002)
    for closing, heard_at in (([um], [(22.9, 23.53)]), ([], [])):
        read = (*words, *closing)
        transcript = Transcript(join_words(read), read, samples.size / SAMPLE_RATE, "en", "", "cpu")
        kept, heard = listened(transcript, samples, hotwords=True)
        assert kept.words == tuple(words)
        assert len(heard) == len(heard_at)
        for filler, (first, last) in zip(heard, heard_at, strict=True):
            assert first - 0.3 <= filler.start + start and filler.end + start <= last + 0.3


def _hiss(size: int, rng: np.random.Generator) -> np.ndarray:
    """White noise above 1.5 kHz: a microphone's hiss, or the breath in a hoarse voice."""
    spectrum = np.fft.rfft(rng.standard_normal(size))
    spectrum[np.fft.rfftfreq(size, 1 / SAMPLE_RATE) < 1500] = 0
    noise = np.fft.irfft(spectrum, n=size)
    return 0.1 * noise / np.sqrt(np.mean(noise**2))


def test_a_transcribed_filler_voiced_under_hiss_is_kept() -> None:
    """A hoarse "uh": its pitch is there below 1 kHz, under far more hiss above it (the
    whole band was once judged, and every such "uh" Whisper wrote was dropped)."""
    rng = np.random.default_rng(2)

    def hoarse(t: np.ndarray) -> np.ndarray:
        tone = sum(a * np.sin(2 * np.pi * f * t) for a, f in ((0.05, 110), (0.025, 220)))
        return (tone + _hiss(t.size, rng)).astype(np.float32)

    uh = Filler("uh", "vocal", 1.3, 1.7, 2)
    assert confirm_fillers((uh,), WORDS, _signal(hoarse)) == (uh,)
    unvoiced = _signal(lambda t: _hiss(t.size, rng).astype(np.float32))
    assert confirm_fillers((uh,), WORDS, unvoiced) == ()
