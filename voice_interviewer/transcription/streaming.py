"""Transcribe while the person speaks: audio blocks in, words out, chunk by chunk.

The recorder feeds blocks as they arrive. A worker thread cuts the pending audio at pauses
found by voice activity detection (never inside a word) and transcribes each finished chunk,
keeping word times on the recording's clock. Chunks are long (Whisper decodes short ones
less accurately: measured in bench/latency.py), so at each shorter pause the worker also
transcribes the audio since the last cut on speculation: if the answer ends in that pause,
the transcript is already there. feed() never blocks: if transcription falls behind, the audio
waits in memory and finish() simply takes longer.

Every decision (where a chunk ends, where a speculated piece ends) is taken on the audio seen
so far, in steps of STEP_SAMPLES of the recording, whenever the audio arrives: the same answer
is cut the same way on a fast machine and a slow one, fed in real time or all at once. Before,
the cuts followed the moments the worker happened to wake, and the same recording came out
with 0 to 4 words wrong out of 43 on one machine depending on nothing but timing.
"""

from __future__ import annotations

import itertools
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from voice_interviewer.audio import vad
from voice_interviewer.audio.decode import SAMPLE_RATE
from voice_interviewer.audio.recording import Capture, Subscription
from voice_interviewer.errors import NoSpeechError
from voice_interviewer.transcription.transcript import (
    Transcript,
    TranscriptionTimings,
    Word,
    join_words,
)
from voice_interviewer.transcription.whisper import Transcriber

WordsFn = Callable[[list[Word]], None]
STEP_SAMPLES = SAMPLE_RATE // 10  # decisions are taken every 100 ms of audio (one block)


@dataclass
class _Piece:
    """Part of the pending audio transcribed on speculation; words is None until decoded."""

    start: int
    end: int
    words: list[Word] | None = None


@dataclass(frozen=True)
class ChunkPolicy:
    """When to cut the pending audio into a chunk, and when to transcribe it on speculation.

    A chunk is cut inside the last pause of at least pause_s, once the speaker has gone on
    after it and min_s of audio is pending, and forced at the quietest point when max_s is
    pending without a pause (Whisper reads 30 s windows; a chunk that fits one is decoded in
    one pass). Once the speaker has been silent for speculate_after_s, what was said since the
    last such pause is transcribed on speculation: if the answer ends there, those words stand
    and the chunk is never redone.
    A speculated piece shorter than min_piece_s is redone with the next one, so the words
    that stand were never decoded from a lone short sentence.
    """

    min_s: float = 12.0
    max_s: float = 28.0
    pause_s: float = 0.3
    speculate_after_s: float = 0.25
    # Whisper hears a lone short sentence less accurately ("the math" came out as "the
    # mess"): on 5 recordings fed in random bursts, the worst word error rate fell from
    # 7.8 % to 2.3 % with this floor; the delivery report of a 2-minute answer came 0.17 s
    # later (BENCHMARKS.md, issue 5).
    min_piece_s: float = 6.0
    # Look for a pause again only after this much new audio (VAD over the window costs time).
    check_every_s: float = 0.2


@dataclass(frozen=True)
class StreamStats:
    chunks: int
    audio_s: float
    transcribe_s: float  # worker time spent in Whisper, during and after the answer
    final_s: float  # time finish() took: what the person waited for after the answer


class StreamingTranscriber:
    """Feed 16 kHz mono float32 blocks while recording; finish() returns the Transcript."""

    def __init__(
        self,
        transcriber: Transcriber,
        policy: ChunkPolicy | None = None,
        on_words: WordsFn | None = None,
        on_heard: WordsFn | None = None,
    ) -> None:
        """on_words gets each chunk's words once they are final; on_heard gets every word
        heard so far, the speculation's included, whenever there are more (they may change:
        for what can start on the answer early)."""
        self._transcriber = transcriber
        self._policy = policy or ChunkPolicy()
        self._on_words = on_words
        self._on_heard = on_heard
        self._heard_told = 0  # how many words on_heard was last given
        self._blocks: list[np.ndarray] = []
        self._received = 0  # samples fed so far
        self._pending = np.zeros(0, dtype=np.float32)
        self._pending_start = 0  # sample index of _pending[0] on the recording's clock
        self._seen = 0  # how much of _pending the decisions have seen (whole steps)
        self._checked = 0  # _seen when a pause was last looked for
        # _pending cut into pieces on speculation, in order; decoded when the worker is idle
        self._speculation: list[_Piece] = []
        self._words: list[Word] = []
        self._chunks = 0
        self._transcribe_s = 0.0
        self._ended = False
        self._cancelled = False
        self._error: BaseException | None = None
        self._wake = threading.Condition()
        self._worker = threading.Thread(target=self._run, name="streaming-transcriber", daemon=True)
        self.stats: StreamStats | None = None

    def start(self) -> StreamingTranscriber:
        self._transcriber.load()
        self._worker.start()
        return self

    def feed(self, block: np.ndarray) -> None:
        """Hand over the next block of audio (thread-safe, returns at once)."""
        with self._wake:
            self._blocks.append(np.asarray(block, dtype=np.float32).reshape(-1))
            self._received += self._blocks[-1].size
            self._wake.notify()

    def finish(self) -> Transcript:
        """End of the answer: transcribe what is left and return the whole transcript."""
        started = time.perf_counter()
        with self._wake:
            self._ended = True
            self._wake.notify()
        try:
            self._worker.join()
        except KeyboardInterrupt:
            self.cancel()
            raise
        if self._error is not None:
            raise self._error
        final_s = time.perf_counter() - started
        duration = self._received / SAMPLE_RATE
        self.stats = StreamStats(self._chunks, duration, self._transcribe_s, final_s)
        if not self._words:
            raise NoSpeechError("no speech found in the answer")
        return Transcript(
            text=join_words(self._words),
            words=tuple(self._words),
            duration=round(duration, 3),
            language=self._transcriber.options.language or "auto",
            model=self._transcriber.model_label,
            device=self._transcriber.device,
            compute_type=self._transcriber.compute_type,
            timings=TranscriptionTimings(
                load_s=round(self._transcriber.load_seconds, 3), transcribe_s=round(final_s, 3)
            ),
        )

    def cancel(self) -> None:
        """Stop: the answer was abandoned (Ctrl-C). Waits for the chunk being decoded, a second
        or two: a native decode still running when the program exits aborts the process."""
        with self._wake:
            self._cancelled = True
            self._wake.notify()
        if self._worker.is_alive():
            self._worker.join()

    def _run(self) -> None:
        try:
            while not self._cancelled:
                with self._wake:
                    while not self._blocks and not self._ended and not self._cancelled:
                        self._wake.wait()
                    blocks, self._blocks = self._blocks, []
                    ended = self._ended
                if blocks:
                    self._pending = np.concatenate([self._pending, *blocks])
                while self._seen + STEP_SAMPLES <= self._pending.size and not self._cancelled:
                    self._seen += STEP_SAMPLES
                    self._step()
                if self._cancelled:
                    return
                if ended:
                    self._finish_pending()
                    return
                self._decode_speculation()  # caught up: use the time until the next block
                self._tell_heard()
        except BaseException as exc:  # handed to finish(), which re-raises it
            self._error = exc

    def _step(self) -> None:
        """Decide on the audio seen so far: cut chunks, or mark a piece for speculation."""
        while (cut := self._next_cut(ended=False)) is not None:
            self._transcribe(cut)
        self._speculate()

    def _finish_pending(self) -> None:
        """The answer has ended: transcribe what is left of it."""
        self._seen = self._pending.size
        self._use_speculation()
        while (cut := self._next_cut(ended=True)) is not None:
            self._transcribe(cut)
        if self._pending.size:
            self._transcribe(self._pending.size)

    def _next_cut(self, ended: bool) -> int | None:
        """Where to end the next chunk in _pending, or None to wait for more audio."""
        policy = self._policy
        seen_s = self._seen / SAMPLE_RATE
        if seen_s < policy.min_s:
            return None
        if not ended and self._seen - self._checked < policy.check_every_s * SAMPLE_RATE:
            return None
        self._checked = self._seen
        window = self._pending[: min(self._seen, int(policy.max_s * SAMPLE_RATE))]
        cut = _last_pause(
            window, int(policy.min_s * SAMPLE_RATE), int(policy.pause_s * SAMPLE_RATE)
        )
        if cut is None and seen_s >= policy.max_s:
            cut = vad.quiet_cut(window, int(policy.min_s * SAMPLE_RATE))
        return cut

    def _speculate(self) -> None:
        """When the speaker pauses, transcribe what was said since the last pause: the answer
        may end here, and then only the words after this pause are left to transcribe."""
        pending = self._pending[: self._seen]
        speculated = self._speculated()
        quiet = int(self._policy.speculate_after_s * SAMPLE_RATE)
        if pending.size - speculated < 4 * quiet:
            return
        tail = vad.speech_spans(pending[-4 * quiet :])
        if tail and tail[-1][1] > 3 * quiet:  # still speaking
            return
        if speculated and not vad.speech_spans(pending[speculated:]):
            return  # only silence since the last speculation: it still holds
        # End in the middle of the pause, so the next part starts with silence too.
        last_sound = pending.size - 4 * quiet + (tail[-1][1] if tail else 0)
        self._speculate_to((max(last_sound, speculated) + pending.size) // 2)

    def _speculated(self) -> int:
        """How much of _pending the speculation covers."""
        return self._speculation[-1].end if self._speculation else 0

    def _speculate_to(self, end: int) -> None:
        """End a new piece of the speculation at end (in _pending). A piece shorter than
        min_piece_s, the last one or the new one, is merged with its neighbour."""
        shortest = int(self._policy.min_piece_s * SAMPLE_RATE)
        while self._speculation:
            last = self._speculation[-1]
            if last.end - last.start >= shortest and end - last.end >= shortest:
                break
            self._speculation.pop()
        self._speculation.append(_Piece(self._speculated(), end))

    def _decode_speculation(self) -> None:
        """Transcribe the pieces not transcribed yet (so the end of the answer finds them
        done). Only the pieces' bounds come from the audio, so when the worker decodes them
        changes nothing in the words."""
        for piece in self._speculation:
            if self._cancelled:
                return
            if piece.words is None:
                piece.words = self._words_of(self._pending[piece.start : piece.end], piece.start)

    def _tell_heard(self) -> None:
        if self._on_heard is None:
            return
        heard = list(self._words)
        for piece in itertools.takewhile(lambda p: p.words is not None, self._speculation):
            heard.extend(piece.words or ())
        if len(heard) != self._heard_told:
            self._heard_told = len(heard)
            self._on_heard(heard)

    def _use_speculation(self) -> None:
        """At the end: the speculation holds the words up to the last pause, so only what
        was said after it is left to transcribe (often nothing, at most a sentence or two)."""
        if not self._speculation:
            return
        if self._heard_after_speculation():
            self._speculate_to(self._pending.size)
        self._decode_speculation()
        words = [word for piece in self._speculation for word in piece.words or ()]
        self._commit(self._pending.size, words)

    def _heard_after_speculation(self) -> bool:
        """Whether the audio after the speculation holds speech, or voicing that the voice
        activity model missed (vad.speech_regions gives Whisper such voicing with the speech
        before it). A hoarse "uh" after the last words is such voicing: the model heard
        silence there, the tail was left out, and the filler with it (mfa-cold_corpus.wav cut
        from 5.7 to 19.0 s, bench/real_fillers.py). Of the 60 real recordings and clips fed
        whole, 6 had such a tail (falsetto, creaky, whispered, affected speech); their last piece is
        then transcribed again with the tail, after the answer."""
        start, end = self._speculation[-1].start, self._speculated()
        if vad.speech_spans(self._pending[end:]):
            return True
        return vad.voiced_after(self._pending[start:], end - start)

    def _transcribe(self, cut: int) -> None:
        self._commit(cut, self._words_of(self._pending[:cut]))

    def _words_of(self, chunk: np.ndarray, start: int = 0) -> list[Word]:
        """Words of chunk, which begins start samples into _pending."""
        offset = (self._pending_start + start) / SAMPLE_RATE
        started = time.perf_counter()
        words = (
            self._transcriber.transcribe_chunk(chunk, offset, tight=True)
            if vad.speech_spans(chunk)
            else []
        )
        self._transcribe_s += time.perf_counter() - started
        return words

    def _commit(self, cut: int, words: list[Word]) -> None:
        """The first cut samples of _pending are transcribed as words: move past them."""
        self._pending = self._pending[cut:]
        self._pending_start += cut
        self._seen -= cut  # a cut never goes past what was seen
        self._checked = 0
        self._speculation = []
        self._chunks += 1
        with self._wake:
            self._words.extend(words)
        if words and self._on_words:
            self._on_words(words)


def _last_pause(window: np.ndarray, earliest: int, pause_len: int) -> int | None:
    """The middle of the last pause of at least pause_len that ends after earliest.

    Only a pause with speech after it counts. A pause still open at the end of the window may
    be the end of the answer, and there the speculation already holds the words: cutting a
    chunk in it would transcribe up to 28 s again while the person waits.
    """
    spans = vad.speech_spans(window, min_silence_ms=int(1000 * pause_len / SAMPLE_RATE))
    gaps = [(end, start) for (_s, end), (start, _e) in itertools.pairwise(spans)]
    for gap_start, gap_end in reversed(gaps):
        cut = (gap_start + gap_end) // 2
        if gap_end - gap_start >= pause_len and cut >= earliest:
            return cut
    return None


class LiveTranscription:
    """Transcribes a recording while it is made, from the capture's audio blocks.

    attach() subscribes to the capture (record_answer's on_capture) and pumps its 16-bit
    blocks into a StreamingTranscriber. result() returns the transcript once the recording
    has ended, or None when the stream cannot be trusted (blocks were dropped, it failed, or
    it heard no speech): then the caller transcribes the WAV on disk, which is always complete.

    No speech heard live is checked against the whole recording because voice activity
    detection, which decides what the stream transcribes, depends on where its audio starts:
    on a falsetto or whispered answer the stream's pieces held no speech to it while the whole
    file did, and the drill said "no speech" about an answer `review` transcribes (4 of the
    52 short clips in tests/data/real-speech/mfa-clips, against 1 in review).
    """

    def __init__(
        self,
        transcriber: Transcriber,
        on_words: WordsFn | None = None,
        on_heard: WordsFn | None = None,
        max_blocks: int = 300,
    ) -> None:
        self.stream = StreamingTranscriber(transcriber, on_words=on_words, on_heard=on_heard)
        self._max_blocks = max_blocks  # the capture's queue for us: 300 blocks are 30 s
        self._subscription: Subscription | None = None
        self._pump: threading.Thread | None = None
        self.dropped_blocks = 0

    def attach(self, capture: Capture) -> None:
        self._subscription = capture.subscribe(self._max_blocks)
        self.stream.start()
        self._pump = threading.Thread(target=self._run, name="live-transcription", daemon=True)
        self._pump.start()

    def _run(self) -> None:
        assert self._subscription is not None
        for block in self._subscription:
            self.stream.feed(block.astype(np.float32) / 32768.0)

    def cancel(self) -> None:
        """The recording was abandoned (Ctrl-C): stop transcribing it (StreamingTranscriber.
        cancel)."""
        if self._pump is not None:
            self.stream.cancel()

    def result(self) -> Transcript | None:
        """The transcript of the whole recording, or None (see the class docstring)."""
        if self._pump is None or self._subscription is None:
            return None
        try:
            self._pump.join()
        except KeyboardInterrupt:
            self.stream.cancel()
            raise
        self.dropped_blocks = self._subscription.dropped
        try:
            transcript = self.stream.finish()
        except NoSpeechError:
            return None
        except Exception as exc:  # the recording on disk is still whole: transcribe that
            warnings.warn(
                f"live transcription failed ({exc}); transcribing the recording", stacklevel=2
            )
            return None
        return None if self.dropped_blocks else transcript
