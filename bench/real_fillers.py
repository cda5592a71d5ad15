"""Vocal fillers on real recorded speech: recall and precision in `review` and in the drill.

Every real recording with a verbatim reference is read in place: tests/data/real-speech/*.wav
(each with the .vtt beside it; sources and licences in that folder's README) and
../shared/audio/guinness-fillers.wav when it is there. A reference filler is a cue written
[UH] or [UM]; a detected filler is a vocal one in the delivery report (transcribed by Whisper
or heard by the audio check). They match, one to one, when their times overlap or lie within
0.5 s of each other. Where a reference has words for one speaker only, the other speakers'
turns are [OTHER] cues, and a filler found in one of them is not scored unless a reference
filler lies within 0.5 s.

Paths, each with keep_fillers = false (plain Whisper) and true (filler hotwords, the default):
- review: the whole file transcribed (Transcriber.transcribe_file), then analyse_delivery with
  the recording's samples, as `review` does;
- live (drill): the drill's path, the recording fed to the StreamingTranscriber in 100 ms
  blocks, then analyse_delivery with the samples;
- excerpts: each recording cut in the reference's pauses nearest to 1/8, 1/4, 1/3, 3/8, 1/2
  and 5/8 of its length (to the end), to 1/2, 5/8, 2/3, 3/4 and 7/8 (from the start), and
  from 1/4 to 3/4, each excerpt at least 4 s long and run through the same path: its fillers
  should be the whole recording's fillers inside it, none lost and none new. A filler lost or
  new is also told apart by whether the reference has it.
With keep_fillers, review reads every stretch Settings.filler_readings times (3 by default)
and counts the vocal fillers most readings find (analysis/filler_vote.py), as `review` does;
the live path reads once, as the drill does.

Short clips (--clips): the aligner's 52 clips of one to twenty seconds in
tests/data/real-speech/mfa-clips/, said on purpose with fillers, broken-off and drawn-out
words, laughter, breaths, whispering, falsetto and creaky voice. Their references are
transcripts without times, so a clip is scored by its count of vocal fillers ("uh", "um",
"hm"): found up to the reference's count are hits, those beyond it extra, those short of it
missed.

Starts (--starts N): Whisper's text of a stretch of speech changes with where its window and
the drill's chunks begin (one recording written to a WAV with its samples scaled by 1/32768
less came out with one filler more), so one run of each recording is one draw. With N starts
every recording and clip is measured N times, the k-th time with k * START_STEP_S of its own
noise floor before it (white noise at the level of its quietest 100 ms), as a person starts
speaking some moment after the recording starts; the scores add up all the runs. Excerpts are
cut from the first run only. Each later start's fillers are also compared with the first
start's, as an excerpt's are with the whole recording's: how far Whisper's own draw moves them
when nothing but the start changes, the peer of the excerpt figures.

The peer is plain Whisper on the whole file (review, keep_fillers = false), in the same run:
each row gives its real-time factor (audio seconds per transcription second, live audio fed
at once) and its transcription time as a ratio of the peer's. Synthetic speech (espeak answers
with spliced fillers, --synthetic, needs espeak-ng) is reported in its own table, apart from
the real recordings.

    .venv/bin/python bench/real_fillers.py [--no-excerpts] [--synthetic] [--clips]
        [--starts N] [--write]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from benchlib import markdown_table, write_section  # noqa: E402

from voice_interviewer.analysis.delivery import DeliveryOptions, analyse_delivery  # noqa: E402
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio  # noqa: E402
from voice_interviewer.config import Settings  # noqa: E402
from voice_interviewer.errors import NoSpeechError  # noqa: E402
from voice_interviewer.transcription.streaming import (  # noqa: E402
    STEP_SAMPLES,
    StreamingTranscriber,
)
from voice_interviewer.transcription.transcript import Transcript  # noqa: E402
from voice_interviewer.transcription.whisper import (  # noqa: E402
    Transcriber,
    TranscriptionOptions,
    started_later,
)

REAL_SPEECH = ROOT / "tests" / "data" / "real-speech"
CLIPS = REAL_SPEECH / "mfa-clips"
GUINNESS = ROOT.parent / "shared" / "audio" / "guinness-fillers.wav"
TOLERANCE_S = 0.5
_CUE = re.compile(r"^\s*(\d+):(\d+):(\d+(?:\.\d+)?)\s*-->\s*(\d+):(\d+):(\d+(?:\.\d+)?)")
_FILLER_CUE = re.compile(r"^\[(UH|UM)\]$")
_CLIP_FILLERS = {"uh", "um", "hm"}  # the vocal fillers the clips' transcripts write
START_STEP_S = 0.9  # the noise before the k-th start: k times this
Span = tuple[float, float]


@dataclass(frozen=True)
class Recording:
    name: str
    path: Path
    fillers: tuple[Span, ...]  # reference filler times, from the verbatim .vtt
    real: bool = True
    pauses: tuple[Span, ...] = ()  # gaps between the reference's words, for excerpts
    # other speakers' turns that the reference has no words for ([OTHER] cues): a filler found
    # there is not scored, unless a reference filler lies within TOLERANCE_S of it
    others: tuple[Span, ...] = ()


def read_cues(vtt: Path) -> list[tuple[Span, str]]:
    """((start, end) seconds, text) of each cue of a WebVTT reference."""
    cues, timing = [], None
    for line in vtt.read_text(encoding="utf-8").splitlines():
        match = _CUE.match(line)
        if match:
            h1, m1, s1, h2, m2, s2 = match.groups()
            timing = (
                int(h1) * 3600 + int(m1) * 60 + float(s1),
                int(h2) * 3600 + int(m2) * 60 + float(s2),
            )
        elif timing and line.strip():
            cues.append((timing, line.strip()))
            timing = None
    return cues


def read_fillers(vtt: Path) -> tuple[Span, ...]:
    """The [UH]/[UM] cues of a one-word-a-cue WebVTT reference, as (start, end) seconds."""
    return tuple(span for span, text in read_cues(vtt) if _FILLER_CUE.match(text))


def read_others(vtt: Path) -> tuple[Span, ...]:
    """The [OTHER] cues: another speaker talking, with no words in the reference."""
    return tuple(span for span, text in read_cues(vtt) if text == "[OTHER]")


def scored(found: list[Span], recording: Recording, offset_s: float = 0.0) -> list[Span]:
    """The detections (times offset_s into the recording) that can be scored: those outside
    other speakers' unlabelled turns, or near one of the reference's fillers."""

    def can_score(span: Span) -> bool:
        at = (span[0] + offset_s, span[1] + offset_s)
        in_others = any(_near(at, other) == 0 for other in recording.others)
        return not in_others or any(_near(at, f) <= TOLERANCE_S for f in recording.fillers)

    return [span for span in found if can_score(span)]


def read_pauses(vtt: Path) -> tuple[Span, ...]:
    """The gaps of 0.2 s or more between the reference's cues: where a cut splits nothing."""
    spans = [span for span, _text in read_cues(vtt)]
    return tuple(
        (end, start) for (_s, end), (start, _e) in itertools.pairwise(spans) if start - end >= 0.2
    )


def real_recordings() -> list[Recording]:
    recordings = []
    for wav in sorted(REAL_SPEECH.glob("*.wav")):
        vtt = wav.with_suffix(".vtt")
        if vtt.is_file():
            recordings.append(
                Recording(
                    wav.name, wav, read_fillers(vtt), True, read_pauses(vtt), read_others(vtt)
                )
            )
    if GUINNESS.is_file():
        vtt = GUINNESS.with_suffix(".vtt")
        recordings.append(
            Recording(GUINNESS.name, GUINNESS, read_fillers(vtt), True, read_pauses(vtt))
        )
    else:
        print(f"note: {GUINNESS} is absent (shared/ not beside the project); skipped")
    return recordings


def synthetic_recordings(folder: Path) -> list[Recording]:
    """The espeak answers of bench/analysis_eval.py, or none without espeak-ng."""
    try:
        from analysis_eval import make_synthetic

        clips = make_synthetic(folder)
    except Exception as exc:  # espeak-ng missing or failing
        print(f"note: no synthetic speech ({exc})")
        return []
    return [Recording(c.name, c.path, c.fillers, real=False) for c in clips]


@dataclass(frozen=True)
class Clip:
    name: str
    path: Path
    transcript: str  # the reference, verbatim

    @property
    def fillers(self) -> int:
        return sum(word in _CLIP_FILLERS for word in self.transcript.split())


def clips() -> list[Clip]:
    """The short clips with their transcripts (tests/data/real-speech/mfa-clips)."""
    transcripts = tomllib.loads((CLIPS / "transcripts.toml").read_text(encoding="utf-8"))
    return [Clip(name, CLIPS / f"{name}.flac", text) for name, text in transcripts.items()]


# --- matching ------------------------------------------------------------------------------


def _near(a: Span, b: Span) -> float:
    """The time between two spans; 0 when they overlap."""
    return max(0.0, a[0] - b[1], b[0] - a[1])


def unpaired(reference: list[Span], found: list[Span]) -> list[Span]:
    """The detections left when each reference filler is paired with the nearest unpaired
    detection within TOLERANCE_S."""
    free = list(found)
    for truth in sorted(reference):
        near = [(_near(truth, f), i) for i, f in enumerate(free) if _near(truth, f) <= TOLERANCE_S]
        if near:
            free.pop(min(near)[1])
    return free


def match(reference: list[Span], found: list[Span]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives), paired as unpaired() pairs."""
    free = unpaired(reference, found)
    hits = len(found) - len(free)
    return hits, len(free), len(reference) - hits


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    audio_s: float = 0.0
    seconds: float = 0.0  # transcription time
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, reference: list[Span], found: list[Span]) -> None:
        tp, fp, fn = match(reference, found)
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        if fp or fn:
            self.misses.append(f"{name}: {fn} missed, {fp} extra")

    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


# --- the two paths -------------------------------------------------------------------------


def vocal_spans(transcript: Transcript, samples: np.ndarray, settings: Settings) -> list[Span]:
    delivery = analyse_delivery(
        transcript, samples, options=DeliveryOptions.from_settings(settings)
    )
    return [
        (f.start, f.end)
        for f in delivery.fillers.fillers
        if f.kind == "vocal" and f.start is not None and f.end is not None
    ]


def review_path(transcriber: Transcriber, path: Path, samples: np.ndarray) -> Transcript:
    """What `review FILE` transcribes (the whole file, in chunks at pauses)."""
    return transcriber.transcribe_file(path)


def live_path(transcriber: Transcriber, path: Path, samples: np.ndarray) -> Transcript:
    """What the drill transcribes while the person speaks: 100 ms blocks, as they come; the
    file, as the drill does, where the stream heard no speech (LiveTranscription)."""
    stream = StreamingTranscriber(transcriber).start()
    for index in range(0, samples.size, STEP_SAMPLES):
        stream.feed(samples[index : index + STEP_SAMPLES])
    try:
        return stream.finish()
    except NoSpeechError:
        return transcriber.transcribe_file(path)


PATHS: dict[str, Callable[[Transcriber, Path, np.ndarray], Transcript]] = {
    "review": review_path,
    "live (drill)": live_path,
}
SETTINGS = {
    "keep_fillers = false": Settings(keep_fillers=False),
    "keep_fillers = true": Settings(keep_fillers=True),
}
DEFAULT = "keep_fillers = true" if Settings().keep_fillers else "keep_fillers = false"
PEER = ("review", "keep_fillers = false")  # plain Whisper on the whole file


def detect(
    path_name: str,
    transcriber: Transcriber,
    settings: Settings,
    wav: Path,
    samples: np.ndarray,
) -> tuple[list[Span], float, str]:
    """(vocal filler spans, transcription seconds, transcript text)."""
    started = time.perf_counter()
    try:
        transcript = PATHS[path_name](transcriber, wav, samples)
    except NoSpeechError:
        return [], time.perf_counter() - started, ""
    elapsed = time.perf_counter() - started
    return vocal_spans(transcript, samples, settings), elapsed, transcript.text


# --- excerpts ------------------------------------------------------------------------------


def _cut_near(pauses: tuple[Span, ...], at_s: float) -> float | None:
    """The middle of the reference's pause nearest to at_s (within 3 s): where a person would
    start or stop a recording, between two words; None where there is none."""
    middles = [(start + end) / 2 for start, end in pauses]
    if not middles:
        return None
    cut = min(middles, key=lambda middle: abs(middle - at_s))
    return cut if abs(cut - at_s) <= 3.0 else None


# Where excerpts start (to the recording's end) and end (from its start), as fractions of its
# length: a person may cut a recording anywhere, and what changes at a cut shows at many cuts.
EXCERPT_STARTS = (1 / 8, 1 / 4, 1 / 3, 3 / 8, 1 / 2, 5 / 8)
EXCERPT_ENDS = (1 / 2, 5 / 8, 2 / 3, 3 / 4, 7 / 8)
MIN_EXCERPT_S = 4.0


def excerpt_bounds(recording: Recording, samples: np.ndarray) -> list[tuple[int, int]]:
    """Excerpts (sample bounds) cut in the reference's pauses: from about each of
    EXCERPT_STARTS of the recording to its end, from its start to about each of EXCERPT_ENDS,
    and from about 1/4 to about 3/4; each at least MIN_EXCERPT_S long, none twice."""
    seconds = samples.size / SAMPLE_RATE

    def cut(fraction: float) -> float | None:
        return _cut_near(recording.pauses, fraction * seconds)

    bounds = [
        *((cut(f), seconds) for f in EXCERPT_STARTS),
        *((0.0, cut(f)) for f in EXCERPT_ENDS),
        (cut(1 / 4), cut(3 / 4)),
    ]
    return sorted(
        {
            (int(a * SAMPLE_RATE), int(b * SAMPLE_RATE))
            for a, b in bounds
            if a is not None and b is not None and b - a > MIN_EXCERPT_S
        }
    )


@dataclass
class Agreement:
    """How the fillers of other runs agree with the first start's whole recording's: the
    excerpts', or the later starts' (each run compared over its stretch of the recording)."""

    inside: int = 0  # fillers the whole recording found inside the runs' stretches
    kept: int = 0  # of those, found again in the run
    new: int = 0  # found in the run but not by the whole recording
    new_said: int = 0  # of those, fillers the reference has (the whole recording missed them)
    lost_said: int = 0  # of the ones not found again, fillers the reference has
    notes: list[str] = field(default_factory=list)

    def add(
        self, label: str, first: list[Span], other: list[Span], span: Span, reference: list[Span]
    ) -> None:
        """Count run other over span (its times from span's start) against first."""
        inside, kept, new, new_said, lost_said = compare_excerpt(first, other, *span, reference)
        self.inside, self.kept, self.new = self.inside + inside, self.kept + kept, self.new + new
        self.new_said, self.lost_said = self.new_said + new_said, self.lost_said + lost_said
        if kept < inside or new:
            self.notes.append(
                f"{label}: {inside - kept} lost ({lost_said} in the reference), "
                f"{new} new ({new_said} in the reference)"
            )

    def cell(self) -> str:
        return f"{self.kept}/{self.inside} ({self.lost_said}), {self.new} ({self.new_said})"


def compare_excerpt(
    whole: list[Span], excerpt: list[Span], start_s: float, end_s: float, reference: list[Span]
) -> tuple[int, int, int, int, int]:
    """(whole's fillers inside the excerpt, of those found again, new ones in the excerpt, of
    those, ones that find a reference filler the others do not, of the whole's not found
    again, ones that found a reference filler the kept ones do not)."""

    def inside(spans: list[Span]) -> list[Span]:
        return [s for s in spans if start_s <= (s[0] + s[1]) / 2 <= end_s]

    whole_in, said = inside(whole), inside(reference)
    shifted = [(s + start_s, e + start_s) for s, e in excerpt]
    new = unpaired(whole_in, shifted)
    kept = [s for s in shifted if s not in new]
    new_said = match(said, shifted)[0] - match(said, kept)[0]
    lost = unpaired(shifted, whole_in)
    lost_said = match(said, whole_in)[0] - match(said, [s for s in whole_in if s not in lost])[0]
    return len(whole_in), len(kept), len(new), new_said, lost_said


# --- the run -------------------------------------------------------------------------------


def _f(value: float | None) -> str:
    """Three places: the goal is 0.9, and 129/144 is 0.896, which two places would show as it."""
    return "n/a" if value is None else f"{value:.3f}"


def started_late(samples: np.ndarray, start: int) -> tuple[np.ndarray, float]:
    """The recording heard from its start-th start (see the module docstring): with start *
    START_STEP_S of white noise at the level of its quietest 100 ms before it, and that lead
    in seconds. The noise is seeded with start, so every run hears the same."""
    if not start:
        return samples, 0.0
    lead_s = start * START_STEP_S
    return started_later(samples, lead_s, seed=start), lead_s


def _heard_from(
    path: Path, samples: np.ndarray, start: int, folder: Path
) -> tuple[Path, np.ndarray, float]:
    """(file, samples, lead in seconds) of a recording's start-th start: the file itself for
    the first, a WAV of the samples heard later for the others."""
    heard, lead_s = started_late(samples, start)
    if not start:
        return path, heard, lead_s
    wav = folder / f"started-late-{start}.wav"  # every start its own: clips keep them all
    _write_wav(wav, heard)
    return wav, heard, lead_s


def _earlier(spans: list[Span], seconds: float) -> list[Span]:
    return [(start - seconds, end - seconds) for start, end in spans]


def run(
    recordings: list[Recording], excerpts: bool, folder: Path, starts: int = 1
) -> tuple[dict, dict, dict]:
    """Scores per (path, setting) over every start of every recording, excerpt scores, and
    the later starts' agreement with the first, the combinations taking turns recording by
    recording so that a change in the shared machine's load touches them all alike."""
    transcribers = {
        name: Transcriber(TranscriptionOptions.from_settings(s)) for name, s in SETTINGS.items()
    }
    for transcriber in transcribers.values():
        transcriber.load()
    scores = {(p, s): Score() for p in PATHS for s in SETTINGS}
    excerpt_scores = {(p, s): Agreement() for p in PATHS for s in SETTINGS}
    start_scores = {(p, s): Agreement() for p in PATHS for s in SETTINGS}
    first_found: dict[tuple[str, str, str], list[Span]] = {}
    for start, recording in itertools.product(range(starts), recordings):
        samples = load_audio(recording.path)
        wav, heard, lead_s = _heard_from(recording.path, samples, start, folder)
        name = recording.name + (f" (+{lead_s:.1f} s)" if start else "")
        print(
            f"{name}: {samples.size / SAMPLE_RATE:.1f} s, "
            f"{len(recording.fillers)} reference fillers"
        )
        reference = list(recording.fillers)
        for (path_name, setting_name), score in scores.items():
            settings, transcriber = SETTINGS[setting_name], transcribers[setting_name]
            found, elapsed, text = detect(path_name, transcriber, settings, wav, heard)
            found = scored(_earlier(found, lead_s), recording)
            score.add(name, reference, found)
            score.audio_s += heard.size / SAMPLE_RATE
            score.seconds += elapsed
            tp, fp, _fn = match(reference, found)
            print(
                f"  {path_name}, {setting_name}: {tp}/{len(recording.fillers)} found, {fp} extra, "
                f"{elapsed:.1f} s; {text!r}"
            )
            first = first_found.setdefault((recording.name, path_name, setting_name), found)
            if start:
                start_scores[(path_name, setting_name)].add(
                    name, first, found, (0.0, samples.size / SAMPLE_RATE), reference
                )
            if not excerpts or start:
                continue
            for begin, end in excerpt_bounds(recording, samples):
                part = folder / f"excerpt-{begin}-{end}.wav"
                _write_wav(part, samples[begin:end])
                found_part, _elapsed, _text = detect(
                    path_name, transcriber, settings, part, samples[begin:end]
                )
                span = (begin / SAMPLE_RATE, end / SAMPLE_RATE)
                excerpt_scores[(path_name, setting_name)].add(
                    f"{recording.name} {span[0]:.1f}-{span[1]:.1f} s",
                    found,
                    scored(found_part, recording, span[0]),
                    span,
                    reference,
                )
    return scores, excerpt_scores, start_scores


@dataclass
class ClipScore(Score):
    runs: int = 0
    right: int = 0  # runs that found exactly the reference's count
    empty: int = 0  # runs where no word at all came out (a clip with speech reported silent)


def run_clips(recordings: list[Clip], starts: int, folder: Path) -> dict:
    """Count scores per (path, setting) over every start of every clip."""
    transcribers = {
        name: Transcriber(TranscriptionOptions.from_settings(s)) for name, s in SETTINGS.items()
    }
    scores = {(p, s): ClipScore() for p in PATHS for s in SETTINGS}
    counts_of: dict[str, list[str]] = {clip.name: [] for clip in recordings}
    for clip in recordings:
        samples = load_audio(clip.path)
        heard_from = [_heard_from(clip.path, samples, start, folder) for start in range(starts)]
        for (path_name, setting_name), score in scores.items():
            settings, transcriber = SETTINGS[setting_name], transcribers[setting_name]
            counts, texts = [], []
            for wav, heard, _lead_s in heard_from:
                found, _elapsed, text = detect(path_name, transcriber, settings, wav, heard)
                counts.append(len(found))
                texts.append(text)
            for count in counts:
                score.tp += min(count, clip.fillers)
                score.fp += max(0, count - clip.fillers)
                score.fn += max(0, clip.fillers - count)
                score.right += count == clip.fillers
            score.runs += starts
            counts_of[clip.name].append(f"{path_name}, {setting_name}: {counts}")
            score.empty += texts.count("")
            if any(count != clip.fillers for count in counts) or "" in texts:
                score.misses.append(f"{clip.name} ({clip.fillers}): {counts}")
        print(f"{clip.name}: {clip.fillers} fillers; " + "; ".join(counts_of[clip.name]))
    return scores


def clips_report(recordings: list[Clip], scores: dict, starts: int) -> str:
    seconds = sum(load_audio(c.path).size for c in recordings) / SAMPLE_RATE
    total = sum(c.fillers for c in recordings)
    with_fillers = sum(1 for c in recordings if c.fillers)
    header = [*_SCORE_HEADER, "runs with the right count", "runs with no words"]
    rows = [
        [
            *_score_cells(path_name, setting_name, score),
            f"{score.right}/{score.runs}",
            f"{score.empty}/{score.runs}",
        ]
        for (path_name, setting_name), score in scores.items()
    ]
    details = [
        f"- {p}, {s}: " + "; ".join(score.misses)
        for (p, s), score in scores.items()
        if score.misses
    ]
    return "\n".join(
        [
            f"Short real clips: {len(recordings)} clips, {seconds:.0f} s, {total} fillers in "
            f"{with_fillers} of them; each from {starts} start(s). Counts per start where one "
            "was wrong, the reference's count in brackets:",
            "",
            markdown_table(header, rows),
            "",
            *details,
        ]
    )


def pooled_report(recording_scores: dict, clip_scores: dict, starts: int) -> str:
    """Recall and precision over all the real speech: the recordings and the short clips."""
    rows = []
    for key, score in recording_scores.items():
        clip = clip_scores[key]
        pooled = Score(score.tp + clip.tp, score.fp + clip.fp, score.fn + clip.fn)
        rows.append(_score_cells(*key, pooled))
    return "\n".join(
        [
            "All real speech, the recordings and the short clips together (each from "
            f"{starts} start(s)):",
            "",
            markdown_table(list(_SCORE_HEADER), rows),
        ]
    )


def _write_wav(path: Path, samples: np.ndarray) -> None:
    import wave

    # scaled as load_audio reads 16-bit PCM, so a 16-bit recording is written back unchanged
    pcm = np.clip(np.round(samples * 32768.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())


_SCORE_HEADER = ("path", "setting", "fillers found", "recall", "precision")


def _score_cells(path_name: str, setting_name: str, score: Score) -> list[str]:
    """The cells every table of scores opens with: path, setting, found, recall, precision."""
    return [
        path_name,
        setting_name + (" (default)" if setting_name == DEFAULT else ""),
        f"{score.tp}/{score.tp + score.fn} (+{score.fp} extra)",
        _f(score.recall()),
        _f(score.precision()),
    ]


AGREEMENT_CELL = "kept / inside (lost, in the reference), new (in the reference)"


def table(scores: dict, excerpt_scores: dict | None, start_scores: dict | None) -> str:
    """The scores, with the excerpts' and the later starts' agreement with the first start's
    whole recording where they were measured."""
    peer = scores[PEER]
    header = [*_SCORE_HEADER, "real-time factor", "time / peer's"]
    agreements = [
        (title, measured)
        for title, measured in (("excerpts", excerpt_scores), ("later starts", start_scores))
        if measured
    ]
    header += [f"{title}: {AGREEMENT_CELL}" for title, _measured in agreements]
    rows = []
    for key, score in scores.items():
        rows.append(
            [
                *_score_cells(*key, score),
                f"{score.audio_s / score.seconds:.1f}x" if score.seconds else "n/a",
                "peer" if score is peer else f"{score.seconds / peer.seconds:.2f}",
                *(measured[key].cell() for _title, measured in agreements),
            ]
        )
    return markdown_table(header, rows)


def report(
    title: str,
    recordings: list[Recording],
    scores: dict,
    excerpts: dict | None,
    later_starts: dict | None,
    starts: int,
) -> str:
    total = sum(len(r.fillers) for r in recordings)
    seconds = sum(load_audio(r.path).size for r in recordings) / SAMPLE_RATE
    names = ", ".join(r.name for r in recordings)
    lines = [
        f"{title}: {len(recordings)} recordings, {seconds:.0f} s, {total} fillers ({names}); "
        f"each from {starts} start(s), the scores adding them up.",
        "",
        table(scores, excerpts, later_starts),
    ]
    details = [
        f"- {p}, {s}: " + "; ".join(score.misses)
        for (p, s), score in scores.items()
        if score.misses
    ]
    for label, measured in (("excerpts", excerpts), ("later starts", later_starts)):
        details += [
            f"- {label}, {p}, {s}: " + "; ".join(agreement.notes)
            for (p, s), agreement in (measured or {}).items()
            if agreement.notes
        ]
    if details:
        lines += ["", "Misses:", "", *details]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-excerpts", action="store_true", help="skip the excerpt check")
    parser.add_argument("--synthetic", action="store_true", help="also espeak answers, apart")
    parser.add_argument("--clips", action="store_true", help="also the short clips, apart")
    parser.add_argument(
        "--starts", type=int, default=1, help="runs of each recording, started later each time"
    )
    parser.add_argument("--write", action="store_true", help="update BENCHMARKS.md")
    args = parser.parse_args()
    recordings = real_recordings()
    if not recordings:
        sys.exit("no real recordings found")
    sections = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scores, excerpts, later_starts = run(recordings, not args.no_excerpts, folder, args.starts)
        sections.append(
            report(
                "Real speech",
                recordings,
                scores,
                None if args.no_excerpts else excerpts,
                later_starts if args.starts > 1 else None,
                args.starts,
            )
        )
        if args.synthetic:
            synthetic = synthetic_recordings(folder)
            if synthetic:
                s_scores, _, _ = run(synthetic, False, folder, args.starts)
                sections.append(
                    report(
                        "Synthetic speech (espeak)", synthetic, s_scores, None, None, args.starts
                    )
                )
        if args.clips:
            short = clips()
            clip_scores = run_clips(short, args.starts, folder)
            sections.append(clips_report(short, clip_scores, args.starts))
            sections.append(pooled_report(scores, clip_scores, args.starts))
    body = "\n\n".join(sections)
    print()
    print(body)
    if args.write:
        write_section("real-fillers", "Vocal fillers on real speech (bench/real_fillers.py)", body)


if __name__ == "__main__":
    main()
