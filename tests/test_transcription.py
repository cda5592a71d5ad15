"""whisper.py with the real embedded Whisper model on real and bundled recordings."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from faster_whisper import WhisperModel

from tests.audio_tools import write_wav
from tests.conftest import FIXTURE_NAMES, fixture_audio, shared_audio
from voice_interviewer import config
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.embedded import is_verified
from voice_interviewer.errors import ModelError, NoSpeechError
from voice_interviewer.textnorm import word_error_rate
from voice_interviewer.transcription import whisper
from voice_interviewer.transcription.transcript import Word
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions

JFK_TEXT = (
    "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country."
)


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    model = Transcriber(TranscriptionOptions(device="cpu"))
    model.load()
    return model


def test_jfk_word_error_rate_and_timings(transcriber: Transcriber) -> None:
    transcript = transcriber.transcribe_file(shared_audio("jfk.flac"))
    assert word_error_rate(JFK_TEXT, transcript.text) <= 0.05
    assert transcript.duration == pytest.approx(11.0, abs=0.1)
    assert (transcript.model, transcript.device, transcript.compute_type) == (
        "base (embedded)",
        "cpu",
        "int8",
    )
    words = transcript.words
    starts = [w.start for w in words]
    assert starts == sorted(starts)
    assert all(w.start <= w.end for w in words)
    assert words[0].start < 0.6
    assert 9.8 < words[-1].end < 11.0
    # "Americans," ends before the pause at about 2.1 s; "ask" follows it.
    americans = next(w for w in words if w.text.lower().startswith("americans"))
    assert 1.8 < americans.end < 2.5
    assert all(0.0 <= w.probability <= 1.0 for w in words)


def test_tight_windows_encode_the_audio_and_a_second_of_padding(
    transcriber: Transcriber, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Live transcription's tight windows: jfk.flac (11 s, less its pauses once the voice
    activity filter has cut them) is encoded as 11-13 s, not 30 s, and heard as well as with
    the full window; the default (whole files) keeps 30 s windows."""
    encoded_frames: list[int] = []
    encode = WhisperModel.encode

    def counting_encode(model: WhisperModel, features: np.ndarray):
        encoded_frames.append(features.shape[-1])
        return encode(model, features)

    monkeypatch.setattr(WhisperModel, "encode", counting_encode)
    samples = load_audio(shared_audio("jfk.flac"))
    tight = transcriber.transcribe_chunk(samples, tight=True)
    assert len(encoded_frames) == 1 and 1100 <= encoded_frames[0] <= 1300
    assert word_error_rate(JFK_TEXT, whisper.join_words(tight)) <= 0.05
    assert 9.8 < tight[-1].end < 11.0
    transcriber.transcribe_chunk(samples)
    assert encoded_frames[1:] == [3000]


class _CountingWhisper:
    """CTranslate2's Whisper, counting the tokens of every sequence it generates."""

    def __init__(self, model) -> None:
        self._model = model
        self.lengths: list[int] = []

    def generate(self, *args, **kwargs):
        results = self._model.generate(*args, **kwargs)
        self.lengths += [len(result.sequences_ids[0]) for result in results]
        return results

    def __getattr__(self, name: str):
        return getattr(self._model, name)


def test_a_held_um_at_the_end_of_a_live_chunk_cannot_loop(
    transcriber: Transcriber, monkeypatch: pytest.MonkeyPatch
) -> None:
    """guinness-fillers.wav from 9.0 to 11.8 s ends in its drawn-out "um". Given Whisper's
    whole token budget, the tight window loops ("delicious, um, or delicious, um, or...") at
    every fallback temperature: 7.7 s on 2 cores. The cap keeps each decode short. Which
    words are left depends on the fallback's sampling, which plain Whisper keeps: in 8 runs,
    "delicious or" 5 times, three other texts, once none (the loop judged made up)."""
    samples = load_audio(shared_audio("guinness-fillers.wav"))
    piece = samples[9 * SAMPLE_RATE : int(11.8 * SAMPLE_RATE)]
    counting = _CountingWhisper(transcriber._model.model)
    monkeypatch.setattr(transcriber._model, "model", counting)
    words = transcriber.transcribe_chunk(piece, tight=True)
    assert counting.lengths and max(counting.lengths) <= whisper._token_cap(2.8) == 48
    assert all(word.end <= 2.8 + 0.5 for word in words)


def test_with_hotwords_a_chunk_of_one_window_is_decoded_once_without_sampling(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whisper's sampling fallback gave one clip of broken-off words three texts in three runs,
    one ending in Cyrillic letters (BENCHMARKS.md): with the filler hotwords a chunk of one
    window (live transcription's, and review's) is decoded at temperature 0 only, so an answer
    gives the same transcript every time. Plain Whisper keeps the fallback. The real decode
    runs; only the temperatures asked for are noted."""
    asked: dict[bool, set] = {}
    original = WhisperModel.transcribe

    def noting(self, audio, *args, **kwargs):
        asked.setdefault(bool(kwargs["hotwords"]), set()).add(kwargs["temperature"])
        return original(self, audio, *args, **kwargs)

    monkeypatch.setattr(WhisperModel, "transcribe", noting)
    wav, _text = fixture_audio("biggest_weakness")
    piece = load_audio(wav)[: 3 * SAMPLE_RATE]
    for keep_fillers in (True, False):
        settings = config.Settings(device="cpu", keep_fillers=keep_fillers)
        transcriber = Transcriber(TranscriptionOptions.from_settings(settings))
        assert transcriber.transcribe_chunk(piece, tight=True)
    assert asked == {True: {0.0}, False: {whisper.FALLBACK_TEMPERATURES}}


def test_an_english_transcript_keeps_only_words_in_latin_letters() -> None:
    """Sampling at temperature 1.0 once ended an English transcript in Cyrillic letters."""
    assert whisper.in_latin_script("Café,")
    assert whisper.in_latin_script("3,000%")
    assert whisper.in_latin_script("naïve")
    assert not whisper.in_latin_script("Unfortunately\u0482\u0493\u04d9")
    assert not whisper.in_latin_script("слово")
    english = Transcriber(TranscriptionOptions(language="en"))
    assert not english._in_the_script("слово")
    assert Transcriber(TranscriptionOptions(language="ru"))._in_the_script("слово")


def test_token_cap_only_for_chunks_of_one_window() -> None:
    # Speech takes at most 7 tokens a second (timestamps included) on the recordings here.
    assert whisper._token_cap(6.0) >= 1.4 * 7 * 6.0
    assert whisper._token_cap(30.0) + 30 < 448  # room for a prompt of fillers
    assert whisper._token_cap(30.5) is None


def test_held_letters_are_shortened() -> None:
    shorten = whisper.shorten_held_letters
    assert shorten("ummmmmmmmmmmmmmmmmm") == "ummm"
    assert shorten("Sooooo,") == "Sooo,"
    assert [shorten(word) for word in ("Hmm", "ummm", "10000", "bookkeeper")] == [
        "Hmm",
        "ummm",
        "10000",
        "bookkeeper",
    ]


def _segment(*words: tuple[str, float, float, float]) -> list[Word]:
    return [Word(text, start, end, probability) for text, start, end, probability in words]


# A segment Whisper wrote, with the filler hotwords, for a real clip of a man saying "Montreal,
# uh, uh, uh, uh, uh, uh, forced aligner" (tests/data/real-speech/mfa-clips/mfa_uhuh.flac): the
# words as said, then a loop on "uh" at the end of the window, squeezed into no time.
_SAID = (
    ("Montreal,", 0.62, 1.26, 0.487),
    ("uh,", 1.7, 1.7, 0.458),
    ("uh,", 1.86, 2.76, 0.882),
    ("uh,", 3.18, 3.4, 0.908),
    ("uh,", 4.0, 4.74, 0.829),
    ("uh,", 5.04, 5.04, 0.62),
    ("uh,", 5.34, 5.54, 0.492),
)
_LOOP = tuple(("uh,", 5.66 + i * 0.02, 5.66 + i * 0.02, 0.9) for i in range(14))


def test_a_loop_at_the_end_of_a_segment_keeps_the_words_before_it() -> None:
    looped = _segment(*_SAID, *_LOOP)
    assert whisper._is_hallucinated(looped)
    assert [w.start for w in whisper.heard_words(looped)] == [w[1] for w in _SAID]
    # Another run on the same clip: the loop begins among the words said, some of them
    # squeezed into no time already; the words up to the last one heard stand.
    observed = _segment(
        *_SAID[:5],
        ("uh,", 5.22, 5.22, 0.359),
        ("uh,", 5.3, 5.3, 0.321),
        ("uh,", 5.32, 5.34, 0.353),
        ("uh,", 5.34, 5.54, 0.492),
        ("uh,", 5.56, 5.56, 0.563),
        *_LOOP,
    )
    assert [w.start for w in whisper.heard_words(observed)][-2:] == [5.32, 5.34]
    # mfa_uhum.flac ("montreal forced uh um uh hm hm um forced aligner"): a loop on "uh, um"
    # whose last word lasts 60 ms.
    ends_heard = _segment(
        ("Montreal", 0.62, 1.24, 0.818),
        ("forced,", 1.24, 1.72, 0.474),
        ("uh,", 1.86, 2.08, 0.215),
        ("um,", 2.8, 2.8, 0.689),
        ("uh,", 3.02, 3.28, 0.551),
        ("um,", 3.96, 4.2, 0.562),
        *(("uh,", 6.98, 6.98, 0.5) for _ in range(6)),
        ("um.", 7.2, 7.26, 0.53),
    )
    assert [w.text for w in whisper.heard_words(ends_heard)] == [
        "Montreal",
        "forced,",
        "uh,",
        "um,",
        "uh,",
        "um,",
    ]


def test_a_segment_made_up_from_start_to_end_is_still_dropped() -> None:
    # Whisper's "I'm sorry. I'm sorry." over the silence after the same clip.
    made_up = _segment(
        ("I'm", 6.44, 6.88, 0.132),
        ("sorry.", 6.88, 6.88, 0.109),
        ("I'm", 6.88, 6.88, 0.364),
        ("sorry.", 6.88, 6.88, 0.789),
    )
    assert whisper.heard_words(made_up) == []
    repeated = _segment(*(("you", 2.0, 2.0, 0.9) for _ in range(6)))
    assert whisper.heard_words(repeated) == []
    guessed = _segment(*((f"w{i}", i * 0.5, i * 0.5 + 0.3, 0.05) for i in range(5)))
    assert whisper.heard_words(guessed) == []


def test_a_segment_that_was_said_is_kept_whole() -> None:
    said = _segment(*_SAID)
    assert whisper.heard_words(said) == said


def test_without_padding_keeps_every_frame_of_audio() -> None:
    features = np.zeros((80, 3000), dtype=np.float32)
    features[:, :430] = -0.5  # quiet audio is not zero after Whisper's scaling
    features[3, 429] = 0.0
    assert whisper.without_padding(features).shape == (80, 600)
    assert whisper.without_padding(features[None]).shape == (1, 80, 600)
    features[:, 2950] = 0.1
    assert whisper.without_padding(features).shape == (80, 3000)
    assert whisper.without_padding(np.zeros((80, 3000))).shape == (80, 100)


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_bundled_fixtures(transcriber: Transcriber, name: str) -> None:
    wav, text = fixture_audio(name)
    transcript = transcriber.transcribe_file(wav)
    assert word_error_rate(text, transcript.text) <= 0.05
    onset, offset = _voiced_bounds(load_audio(wav))
    assert transcript.words[0].start == pytest.approx(onset, abs=0.5)
    assert transcript.words[-1].end == pytest.approx(offset, abs=0.6)


def _voiced_bounds(samples: np.ndarray) -> tuple[float, float]:
    """Seconds of the first and last 10 ms frame with sound in it (the fixtures are clean)."""
    frames = samples[: samples.size // 160 * 160].reshape(-1, 160)
    loud = np.flatnonzero(np.abs(frames).max(axis=1) > 0.02)
    return loud[0] * 0.01, (loud[-1] + 1) * 0.01


def test_silence_is_no_speech(transcriber: Transcriber, tmp_path: Path) -> None:
    path = write_wav(tmp_path / "silence.wav", np.zeros(5 * SAMPLE_RATE, dtype=np.float32))
    with pytest.raises(NoSpeechError, match="no speech found"):
        transcriber.transcribe_file(path)


def test_quiet_noise_is_no_speech(transcriber: Transcriber, tmp_path: Path) -> None:
    noise = np.random.default_rng(3).standard_normal(8 * SAMPLE_RATE).astype(np.float32) * 0.002
    with pytest.raises(NoSpeechError):
        transcriber.transcribe_file(write_wav(tmp_path / "noise.wav", noise))


def test_chunks_keep_the_global_clock(
    transcriber: Transcriber, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With tiny chunks, a long recording is cut at pauses and word times stay absolute."""
    monkeypatch.setattr(whisper, "CHUNK_SECONDS", 20.0)
    wav, text = fixture_audio("system_design_questions")
    speech = load_audio(wav)
    gap = np.zeros(7 * SAMPLE_RATE, dtype=np.float32)
    path = write_wav(tmp_path / "twice.wav", np.concatenate([speech, gap, speech]))
    transcript = transcriber.transcribe_file(path)
    assert word_error_rate(f"{text} {text}", transcript.text) <= 0.05
    second_start = (speech.size + gap.size) / SAMPLE_RATE
    second = [w for w in transcript.words if w.start >= second_start]
    assert len(second) == pytest.approx(len(transcript.words) / 2, abs=2)
    assert second[0].start == pytest.approx(second_start + transcript.words[0].start, abs=0.5)


def test_speech_after_a_long_pause_in_one_chunk_keeps_its_time(transcriber: Transcriber) -> None:
    """Whisper is given the speech regions joined (vad.speech_regions); each word's time is
    put back on the recording's clock, after the pause that was left out."""
    wav, _text = fixture_audio("biggest_weakness")
    speech = load_audio(wav)[: 4 * SAMPLE_RATE]
    pause = np.zeros(5 * SAMPLE_RATE, dtype=np.float32)
    samples = np.concatenate([speech, pause, speech])
    words = transcriber.transcribe_chunk(samples, 10.0, tight=True)
    again = 10.0 + (speech.size + pause.size) / SAMPLE_RATE
    second = [w for w in words if w.start >= again]
    assert len(second) == pytest.approx(len(words) / 2, abs=1), words
    # Whisper times a word at a join up to 0.4 s early (0.36 s here); unmapped, it is 5 s off.
    assert second[0].start == pytest.approx(again + words[0].start - 10.0, abs=1.0)
    assert all(w.end <= 10.0 + 4.1 for w in words[: len(words) - len(second)])


def test_embedded_model_is_joined_once_and_verified() -> None:
    folder = whisper.embedded_model_dir()
    model_bin = folder / "model.bin"
    assert model_bin.stat().st_size == whisper.EMBEDDED_WHISPER.size
    assert is_verified(model_bin, whisper.EMBEDDED_WHISPER)
    before = model_bin.stat().st_mtime_ns
    whisper.embedded_model_dir()
    assert model_bin.stat().st_mtime_ns == before  # reused, not joined again


def test_a_damaged_model_file_is_rebuilt(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICE_INTERVIEWER_CACHE", str(home / "cache"))
    model_bin = whisper.embedded_model_dir() / "model.bin"
    with model_bin.open("r+b") as handle:  # damage it after it was verified
        handle.write(b"\0" * 16)
    assert not is_verified(model_bin, whisper.EMBEDDED_WHISPER)
    whisper.embedded_model_dir()
    assert is_verified(model_bin, whisper.EMBEDDED_WHISPER)


def test_a_crash_mid_join_leaves_no_file_that_loads(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VOICE_INTERVIEWER_CACHE", str(home / "cache"))

    def crash(done: int, total: int) -> None:
        if done > total // 2:
            raise KeyboardInterrupt

    target = config.cache_dir() / "models" / "whisper-base" / "model.bin"
    with pytest.raises(KeyboardInterrupt):
        whisper.join_parts(whisper.EMBEDDED_WHISPER, target, crash)
    assert not target.exists()
    assert list(target.parent.glob("*.part")) == []


def test_checksum_mismatch_is_refused(home: Path) -> None:
    wrong = whisper.JoinedFile(
        name="test model",
        parts=whisper.EMBEDDED_WHISPER.parts,
        sha256="0" * 64,
        size=whisper.EMBEDDED_WHISPER.size,
    )
    target = home / "model.bin"
    with pytest.raises(ModelError, match="does not match its pinned checksum"):
        whisper.join_parts(wrong, target)
    assert not target.exists()


def test_unknown_hub_model_offline_names_the_offline_options() -> None:
    with pytest.raises(ModelError, match="--model base"):
        Transcriber(TranscriptionOptions(model="small")).load()


def test_invalid_model_name() -> None:
    with pytest.raises(ModelError, match="unknown model"):
        Transcriber(TranscriptionOptions(model="gigantic")).load()


def test_model_folder_without_model_bin(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"no model\.bin"):
        Transcriber(TranscriptionOptions(model=str(tmp_path))).load()


def test_local_model_folder_is_used(transcriber: Transcriber) -> None:
    folder = whisper.embedded_model_dir()
    local = Transcriber(TranscriptionOptions(model=str(folder), device="cpu"))
    wav, text = fixture_audio("biggest_weakness")
    assert word_error_rate(text, local.transcribe_file(wav).text) <= 0.05
    assert local.model_label == str(folder)


def test_auto_device_picks_cpu_int8_without_a_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(whisper, "cuda_available", lambda: False)
    assert whisper.resolve_device("auto", "auto") == ("cpu", "int8")
    monkeypatch.setattr(whisper, "cuda_available", lambda: True)
    assert whisper.resolve_device("auto", "auto") == ("cuda", "float16")
    assert whisper.resolve_device("cuda", "int8_float16") == ("cuda", "int8_float16")


@pytest.mark.skipif(whisper.cuda_available(), reason="this machine has a GPU: CUDA would not fail")
def test_cuda_failure_falls_back_to_cpu_with_a_warning() -> None:
    model = Transcriber(TranscriptionOptions(device="cuda"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.load()
    assert (model.device, model.compute_type) == ("cpu", "int8")
    assert any("CUDA failed" in str(w.message) for w in caught)
    wav, text = fixture_audio("biggest_weakness")
    assert word_error_rate(text, model.transcribe_file(wav).text) <= 0.05


def test_with_hotwords_a_file_is_cut_into_chunks_of_one_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keep_fillers: each chunk fits one window and gets the token cap (tight), so a loop on
    "um" after the last word stays short."""
    wav, _ = fixture_audio("system_design_questions")
    speech = load_audio(wav)
    path = write_wav(tmp_path / "long.wav", np.concatenate([speech, speech, speech]))
    calls: list[tuple[float, float, bool]] = []

    def decode(self, samples, offset=0.0, progress=None, tight=False):
        calls.append((samples.size / SAMPLE_RATE, offset, tight))
        return [whisper.Word("word", offset + 0.1, offset + 0.4)]

    monkeypatch.setattr(Transcriber, "load", lambda self: None)
    monkeypatch.setattr(Transcriber, "transcribe_chunk", decode)
    options = TranscriptionOptions(device="cpu", hotwords=whisper.FILLER_PROMPT)
    Transcriber(options).transcribe_file(path)
    assert len(calls) >= 3
    assert all(tight and seconds <= 28.0 for seconds, _offset, tight in calls)
    assert [offset for _s, offset, _t in calls] == sorted({offset for _s, offset, _t in calls})


def test_speech_after_the_last_word_is_found_for_decoding_again() -> None:
    """Whisper sometimes ends its text early; the speech after its last word is decoded."""
    wav, _ = fixture_audio("system_design_questions")
    samples = load_audio(wav)
    early = [whisper.Word("So", 1.0, 1.3)]
    resume = whisper._untranscribed_speech(samples, early, 0.0)
    assert resume is not None
    assert 1.3 * SAMPLE_RATE < resume < 4.0 * SAMPLE_RATE
    end = samples.size / SAMPLE_RATE
    assert (
        whisper._untranscribed_speech(samples, [whisper.Word("end.", end - 1.2, end - 1.0)], 0.0)
        is None
    )
    assert whisper._untranscribed_speech(samples, [], 0.0) is None


def _said(text: str) -> list[Word]:
    return [Word(word, i * 0.3, i * 0.3 + 0.2, 0.9) for i, word in enumerate(text.split())]


def test_a_phrase_said_four_times_in_a_row_is_a_loop() -> None:
    # Whisper's words for a stuttered "Mon- Mon- uh Mon- Montreal" (mfa_cutoffprogressive.flac)
    assert whisper.repeats_a_phrase(_said("Mon -mon -treat -mon -treat -mon -treat -mon -treat"))
    assert whisper.repeats_a_phrase(_said("I'm gonna, I'm gonna, I'm gonna, I'm gonna, Fort"))
    # near misses: a phrase three times, a word said again and again, as people do
    assert not whisper.repeats_a_phrase(_said("Mon -mon -treat -mon -treat -mon -treat, forced"))
    assert not whisper.repeats_a_phrase(_said("some more word, word, word, word, word, word."))
    assert not whisper.repeats_a_phrase(_said("Montreal, uh, uh, uh, uh, uh, uh, forced aligner"))
    assert not whisper.repeats_a_phrase(_said("I think, I think, I think that's it, I think"))


def test_a_chunk_that_loops_is_decoded_again_without_the_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A man stutters "Mon- Mon- uh Mon- Montreal, For- forced, Al- Al- hm Al- Al- aligner
    aligner" (tests/data/real-speech/mfa-clips/mfa_cutoffprogressive.flac). With the filler
    hotwords at temperature 0, Whisper wrote "-mon -treat" over and over to the end of the
    window, across the "uh" and the "hm", from 3 of 4 starts. Whether it loops depends on the
    CPU's arithmetic, so the first decode gives the words it wrote here; the second is the
    real one, where no run of tokens may come twice."""
    clip = Path(__file__).resolve().parent / "data/real-speech/mfa-clips/mfa_cutoffprogressive.flac"
    looped = _said("Mon -mon -treat" + " -mon -treat" * 13 + " -")
    asked: list[bool] = []
    real_decode = Transcriber._decode

    def first_loops(self, samples, offset, progress, tight, no_repeat):
        asked.append(no_repeat)
        if not no_repeat:
            return list(looped)
        return real_decode(self, samples, offset, progress, tight, no_repeat)

    monkeypatch.setattr(Transcriber, "_decode", first_loops)
    transcriber = Transcriber(TranscriptionOptions.from_settings(config.Settings(device="cpu")))
    words = transcriber.transcribe_chunk(load_audio(clip), tight=True)
    assert asked[:2] == [False, True]
    assert not whisper.repeats_a_phrase(words)
    assert "forced" in " ".join(word.text.lower() for word in words)


def test_a_recording_cut_just_before_a_hoarse_voice_keeps_its_first_words() -> None:
    """Cut 0.17 s before a hoarse "different than the, uh, acoustic corpus"
    (tests/data/real-speech/mfa-cold_corpus.wav from 5.7 s), Silero heard nothing for 2 s and
    Whisper was given the audio from "acoustic" on. Now the first words are heard from the
    speech after them (vad.speech_regions), and Whisper, given silence before audio that
    begins on a word, writes them, timed from the cut, not before it."""
    recording = Path(__file__).resolve().parent / "data/real-speech/mfa-cold_corpus.wav"
    cut = load_audio(recording)[int(5.7 * SAMPLE_RATE) : 19 * SAMPLE_RATE]
    transcriber = Transcriber(TranscriptionOptions.from_settings(config.Settings(device="cpu")))
    words = transcriber.transcribe_chunk(cut, 5.7, tight=True)
    said = [word.text.strip(",.").lower() for word in words]
    assert said[:3] == ["different", "than", "the"], said
    assert words[0].start >= 5.7
