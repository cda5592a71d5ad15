"""Filled pauses that Whisper left out, recovered from the audio.

Whisper is trained on cleaned transcripts and often drops "um" and "uh". What it drops leaves
a trace in the word timings: a gap between two words, or a word stretched over far more time
than it takes to say (Whisper moves a word's start back over the sound before it). A filled
pause is voiced: a held vowel or a hum with a steady pitch. So inside those gaps and stretches,
a run of voiced frames that touches neither neighbouring word is a candidate filled pause.
With the filler hotwords Whisper writes the fillers it hears, and the search is kept to the gaps
where it wrote some, the stretch after the last word among them (find_filled_pauses).

The audio also checks the other way: a prompt full of fillers (which keeps Whisper from
cleaning them away) sometimes makes it write an "um" over the silence after the answer, so a
transcribed vocal filler with no voicing in or right around its span, or squeezed into no
time, is dropped (confirm_fillers). That check listens in the band where a voice's pitch and
first formant lie (70-1000 Hz), and more leniently than the search for fillers Whisper left
out: the hoarse "uh" of a speaker with a cold, over a laptop microphone's rumble and hiss, was
voiced too weakly for the search, and the check dropped every such filler Whisper had written
(bench/real_fillers.py). The search for fillers Whisper left out is as lenient where Whisper wrote
fillers around the gap (with the hotwords, the only gaps searched); searching every pause, as for
plain Whisper, it keeps a stricter measure: relaxed, it took a real microphone's humming
background in pauses for fillers.

Whisper also writes fillers said back to back as one token ("hm, hm, um" as one "um" over
1.6 s); inside such a token's span, voicing in stretches apart by a pause counts one filler a
stretch.

Only the candidate stretches are analysed, never the whole recording, so this stays fast.
"""

from __future__ import annotations

import numpy as np

from voice_interviewer.analysis.fillers import HEARD_FILLER_TEXT, Filler
from voice_interviewer.analysis.pace import syllables
from voice_interviewer.audio.decode import SAMPLE_RATE
from voice_interviewer.audio.voicing import (
    FRAME,
    HOP,
    RATE,
    WEAK_PERIODICITY,
    WEAK_RELATIVE_LEVEL,
    band_limited,
    runs,
    voiced_frames,
)
from voice_interviewer.transcription.transcript import (
    EMPTY_WORD_S,
    GUESSED_PROBABILITY,
    Word,
)

_MIN_GAP_S = 0.25  # gaps shorter than this cannot hold a filler between two words
_MIN_RUN_S = 0.25  # a filled pause lasts at least this long
_EDGE_S = 0.04  # voicing this close to a region's edge runs on from the word beside it
_EDGE_TRIM_S = 0.2  # how much of such voicing is taken to be that word's tail or onset
_WORD_SLACK_S = 0.35  # a word may run this much longer than its syllables predict
_HELD_S = 0.25  # voicing this close to a transcribed filler is that filler held (_overlaps)
_HELD_BREAK_S = 0.1  # a break in voicing this long ends a filler held (_joined)
_NEAR_S = 0.1  # voicing this close to a crutch word is that word's
# confirm_fillers: Whisper's times for a filler drift by a tenth of a second or more, so its
# span is widened by this much each side, and the voicing it needs is judged more leniently
# than for a filler heard in the audio alone (the transcript already says one is there).
_CONFIRM_WIDEN_S = 0.1
# A filler timed shorter than any is said (the shortest of the real recordings' reference
# fillers lasts 0.19 s) sits where Whisper's token fell, not where it was said: in a fast run
# of "uh"s, one said at 1.42-1.60 s came out at 1.70-1.74 s, another said at 3.22-3.50 s at
# 3.74 s, with no length (mfa_uhuh.flac). Its voicing is looked for in the whole gap between
# the words either side of it, up to this far from its token.
_SHORTER_THAN_SAID_S = 0.1
_MISPLACED_REACH_S = 0.5
_CONFIRM_VOICED_S = 0.06  # voicing a transcribed filler needs
# Fillers said back to back and written as one: each lasts this long, with this long a break
# in voicing between them (_back_to_back).
_BACK_TO_BACK_RUN_S = 0.14
_BACK_TO_BACK_BREAK_S = 0.3


def _expected_length(word: Word) -> float:
    return 0.1 + 0.12 * syllables(word.text)


def candidate_regions(
    words: tuple[Word, ...], inside_words: bool = True, until: float | None = None
) -> list[tuple[float, float]]:
    """Stretches with no word in them: gaps, (inside_words) the early part of stretched words,
    and (until: the audio's end) the stretch after the last word."""
    regions = []
    previous_end = None
    for word in words:
        start = word.start
        length = word.end - word.start
        expected = _expected_length(word)
        if inside_words and length > expected + _WORD_SLACK_S:
            start = word.end - expected  # the word itself sits at the end of its span
        region_start = word.start if previous_end is None else min(previous_end, word.start)
        if previous_end is not None and start - region_start >= _MIN_GAP_S:
            regions.append((region_start, start))
        previous_end = word.end
    if until is not None and previous_end is not None and until - previous_end >= _MIN_GAP_S:
        regions.append((previous_end, until))
    return regions


def _speech_level(samples: np.ndarray, words: tuple[Word, ...], band: bool = False) -> float:
    """RMS of the samples inside the words: the speaker's own loudness (in voicing.BAND_HZ, with
    band, for voicing judged there)."""
    spans = [
        band_limited(samples, first, last) if band else samples[first:last]
        for w in words[:: max(1, len(words) // 50)]
        for first, last in [(int(w.start * SAMPLE_RATE), int(w.end * SAMPLE_RATE))]
    ]
    heard = [s for s in spans if s.size]  # a word squeezed into no time has no samples
    if not heard:
        return 0.0
    joined = np.concatenate(heard).astype(np.float64)
    return float(np.sqrt(np.mean(joined**2)))


def confirm_fillers(
    fillers: tuple[Filler, ...], words: tuple[Word, ...], samples: np.ndarray
) -> tuple[Filler, ...]:
    """The fillers without the transcribed vocal ones that were not heard: squeezed into no
    time by a Whisper unsure of them (_probability), written unsure after the answer's last
    word (_after_the_last_word), or with no voicing in or right around their span (in the gap
    around it, for one timed shorter than a filler is said: _search_span), the other words'
    voicing left out."""
    level = _speech_level(samples, words, band=True) if words and samples.size else 0.0
    if level <= 0:
        return fillers
    vocal = {f.word_index for f in fillers if f.kind == "vocal" and f.word_index is not None}
    kept = []
    for filler in fillers:
        if filler.kind == "vocal" and filler.source == "transcript" and filler.start is not None:
            probability = _probability(filler, words)
            guessed = probability is not None and probability < GUESSED_PROBABILITY
            squeezed = filler.end - filler.start < EMPTY_WORD_S
            if squeezed and (guessed or probability is None or not _in_a_run(filler, vocal)):
                continue
            if guessed and _after_the_last_word(filler, words, vocal):
                continue
            start, end = _search_span(filler, words)
            if _voiced_seconds(filler, start, end, words, samples, level) < _CONFIRM_VOICED_S:
                continue
        kept.append(filler)
    return tuple(kept)


def _search_span(filler: Filler, words: tuple[Word, ...]) -> tuple[float, float]:
    """Where a transcribed filler's voicing is looked for: its span widened a little, or, for
    one timed shorter than a filler is said, the gap between the timed words either side of it
    (within _MISPLACED_REACH_S; a word squeezed into no time is misplaced too, and bounds
    nothing)."""
    if filler.end - filler.start >= _SHORTER_THAN_SAID_S or filler.word_index is None:
        return max(0.0, filler.start - _CONFIRM_WIDEN_S), filler.end + _CONFIRM_WIDEN_S
    timed = [w for w in words if w.end - w.start >= EMPTY_WORD_S]
    before = [w.end for w in timed if w.end <= filler.start]
    after = [w.start for w in timed if w.start >= filler.end]
    start = max([filler.start - _MISPLACED_REACH_S, *before])
    end = min([filler.end + _MISPLACED_REACH_S, *after])
    return max(0.0, start), end


def _voiced_seconds(
    filler: Filler,
    start: float,
    end: float,
    words: tuple[Word, ...],
    samples: np.ndarray,
    level: float,
) -> float:
    """Seconds of voicing from start to end, leaving out the frames inside the other words'
    spans: their voicing is theirs, not the filler's."""
    voiced = _weakly_voiced(samples, start, end, level)
    if not voiced.size:
        return 0.0
    middles = start + (np.arange(voiced.size) * HOP + FRAME / 2) / RATE
    for index, word in enumerate(words):
        if index == filler.word_index or word.end - word.start < EMPTY_WORD_S:
            continue
        if word.start < middles[-1] and word.end > start:
            voiced &= (middles < word.start) | (middles > word.end)
    return float(voiced.sum()) * HOP / RATE


def _voiced(samples: np.ndarray, start: float, end: float, level: float) -> np.ndarray:
    """For each 20 ms hop from start to end, whether the frame there is clearly voiced (a
    filler heard where the transcript says none is)."""
    chunk = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE) + 2 * FRAME : 2]
    return voiced_frames(np.ascontiguousarray(chunk, dtype=np.float32), level)


def _weakly_voiced(samples: np.ndarray, start: float, end: float, level: float) -> np.ndarray:
    """For each 20 ms hop from start to end, whether the frame there is voiced, judged as
    leniently as a filler the transcript names needs (a hoarse voice)."""
    span = band_limited(samples, int(start * SAMPLE_RATE), int(end * SAMPLE_RATE) + 2 * FRAME)
    return voiced_frames(span, level, WEAK_PERIODICITY, WEAK_RELATIVE_LEVEL)


def _after_the_last_word(filler: Filler, words: tuple[Word, ...], vocal: set[int]) -> bool:
    """Whether only vocal fillers follow filler's word: the answer had ended. There the
    hotwords have nothing to outweigh, and a filler Whisper was unsure of is theirs, not the
    speaker's ("Aligner. Uh, um." at probabilities 0.00 and 0.01 over a breath). The audio
    may still hear one said there (find_filled_pauses)."""
    index = filler.word_index
    return index is not None and all(i in vocal for i in range(index + 1, len(words)))


def _probability(filler: Filler, words: tuple[Word, ...]) -> float | None:
    """Whisper's probability for the word it wrote for filler (None where it gave none).

    Below GUESSED_PROBABILITY Whisper was unsure of it. A filler squeezed into no time is
    dropped then (or with no probability), or when it is not in a run (_in_a_run)."""
    return words[filler.word_index].probability if filler.word_index is not None else None


def _in_a_run(filler: Filler, vocal: set[int]) -> bool:
    """Whether the word before or after filler's is a vocal filler too.

    Whisper times a fast run of fillers ("uh, um, uh") into no time while sure of them: two of
    the six fillers of mfa_uhum.flac were dropped when every squeezed one was. A lone filler
    squeezed between two words is a word's drawn-out vowel written as a filler: "from, uh,
    specification" for "from the specification" (AMI, at probability 0.97), "the, um, sick
    corpus" for "the acoustic corpus" (mfa-cold_corpus3.wav). On the real recordings and
    clips, the squeezed fillers in runs were all said, and the lone ones none."""
    index = filler.word_index
    return index is not None and (index - 1 in vocal or index + 1 in vocal)


def find_filled_pauses(
    words: tuple[Word, ...],
    samples: np.ndarray,
    known: tuple[Filler, ...] = (),
    written: tuple[Filler, ...] | None = None,
) -> list[Filler]:
    """Filled pauses heard in the audio between or inside words, not already transcribed.

    samples: the recording as 16 kHz mono float32, on the same clock as the words.
    known: fillers already found in the transcript (a candidate overlapping one is dropped).
    written: for a transcript made with the filler hotwords, the fillers Whisper wrote, those
    confirm_fillers dropped among them; None for one made without. Plain Whisper drops fillers,
    so every gap is searched, and the early part of words stretched over more time than they
    take to say, where it hides the filler it drops. With the hotwords Whisper writes the
    fillers it hears, and the search is a second net only where its tokens and the sounds
    disagree: a gap holding a filler it wrote (one it misplaced, which the check dropped) or
    between two it wrote (a fast run it wrote fewer of). The stretch after the last word is such
    a gap too: there the check drops a filler Whisper was unsure of (_after_the_last_word), and
    an answer that closes on an "Um" keeps it only where the audio holds a filler's voicing. A
    recording cut 0.3 s after its closing "Um" lost it in `review` when one reading wrote it at
    probability 0.002 (mfa-acoustic_corpus.wav, the excerpt to 23.8 s); on every real recording,
    clip and excerpt, this search found two fillers, both said. A stretched word is then the
    word drawn out ("Moooontreal"), and a gap beside words is laughter, a word broken off or
    said oddly: on the aligner's clips, the search found four fillers there, none said, and one
    where the gap held a misplaced "um" (bench/real_fillers.py, BENCHMARKS.md). There the
    voicing is judged as leniently as the check judges a transcribed filler's, and voicing is a
    known filler's only where no break in voicing parts the two (_joined): in a fast run of
    fillers, the one said right before or after a transcribed one is another filler.
    """
    if not words or samples.size == 0 or any(w.start is None for w in words):
        return []
    lenient = written is not None
    level = _speech_level(samples, words, band=lenient)
    if level <= 0:
        return []
    found = []
    said = [_where_said(f, words, samples) for f in known]
    heard_until = samples.size / SAMPLE_RATE
    for region_start, region_end in candidate_regions(
        words, not lenient, heard_until if lenient else None
    ):
        if written is not None and not _where_whisper_wrote_fillers(
            region_start, region_end, written
        ):
            continue
        voiced = (_weakly_voiced if lenient else _voiced)(samples, region_start, region_end, level)
        for run_start, run_end in runs(voiced):
            start = region_start + run_start * HOP / RATE
            end = min(region_start + (run_end * HOP + FRAME) / RATE, region_end)
            # Voicing that runs into a region's edge starts as the word beside it: trim that
            # (the audio's end has no word beside it).
            if start - region_start < _EDGE_S:
                start += _EDGE_TRIM_S
            if region_end - end < _EDGE_S and region_end < heard_until:
                end -= _EDGE_TRIM_S
            if end - start < _MIN_RUN_S:
                continue
            if any(
                _joined(start, end, span, samples, level)
                if lenient
                else _overlaps(start, end, span, margin)
                for span, margin in said
            ):
                continue
            found.append(
                Filler(HEARD_FILLER_TEXT, "vocal", round(start, 2), round(end, 2), None, "audio")
            )
    for filler in known:
        found += _back_to_back(filler, words, samples)
    return found


def _where_whisper_wrote_fillers(start: float, end: float, written: tuple[Filler, ...]) -> bool:
    """Whether the gap from start to end holds a vocal filler Whisper wrote, or lies between
    two."""
    spans = [(f.start, f.end) for f in written if f.kind == "vocal" and f.start is not None]
    holds = any(start - _EDGE_S <= first and last <= end + _EDGE_S for first, last in spans)
    after_one = any(abs(last - start) < _EDGE_S for _first, last in spans)
    before_one = any(abs(first - end) < _EDGE_S for first, _last in spans)
    return holds or (after_one and before_one)


def _back_to_back(filler: Filler, words: tuple[Word, ...], samples: np.ndarray) -> list[Filler]:
    """The fillers said back to back that Whisper wrote as one: a transcribed filler whose span
    holds voicing in two or more stretches apart by a break as long as a pause ("hm, hm, um"
    came out as one "um" over 1.6 s: mfa_uhum.flac). Each stretch after the first is one more
    filler. Voicing that starts or ends the span where a word touches it is that word's."""
    if filler.kind != "vocal" or filler.source != "transcript" or filler.start is None:
        return []
    if filler.end - filler.start < 2 * _BACK_TO_BACK_RUN_S + _BACK_TO_BACK_BREAK_S:
        return []
    level = _speech_level(samples, words, band=True)
    span = band_limited(samples, int(filler.start * SAMPLE_RATE), int(filler.end * SAMPLE_RATE))
    stretches: list[tuple[float, float]] = []
    for first, last in runs(voiced_frames(span, level)):
        start = filler.start + first * HOP / RATE
        end = min(filler.start + (last * HOP + FRAME) / RATE, filler.end)
        if stretches and start - stretches[-1][1] < _BACK_TO_BACK_BREAK_S:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    apart = [
        (start, end)
        for start, end in stretches
        if end - start >= _BACK_TO_BACK_RUN_S and not _touches_a_word(start, end, filler, words)
    ]
    return [
        Filler(HEARD_FILLER_TEXT, "vocal", round(start, 2), round(end, 2), None, "audio")
        for start, end in apart[1:]
    ]


def _touches_a_word(start: float, end: float, filler: Filler, words: tuple[Word, ...]) -> bool:
    """Whether voicing at start-end runs into the filler's span edge where the word before or
    after it touches: there it is that word's tail or onset."""
    index = filler.word_index
    before = words[index - 1] if index is not None and index > 0 else None
    after = words[index + 1] if index is not None and index + 1 < len(words) else None
    at_start = start - filler.start < _EDGE_S and before is not None
    at_end = filler.end - end < _EDGE_S and after is not None
    return (at_start and filler.start - before.end < _EDGE_S) or (
        at_end and after.start - filler.end < _EDGE_S
    )


def _where_said(
    filler: Filler, words: tuple[Word, ...], samples: np.ndarray
) -> tuple[tuple[float, float] | None, float]:
    """Where a known filler was said, and how far beyond that its voicing may run (_overlaps).

    A vocal filler timed shorter than any is said sits where Whisper's token fell: it was said
    in the voiced stretch nearest its token in the gap around it (_search_span), and voicing
    elsewhere in that gap is another filler. In mfa_uhum.flac's fast "uh um uh hm hm um",
    Whisper put an "um" of no length at 2.88 s, the end of the "um" said at 2.38-2.92 s, and
    the "uh" said at 3.06-3.76 s was taken for that "um" held on."""
    if filler.start is None or filler.end is None:
        return None, 0.0
    vocal = filler.kind == "vocal"
    if not vocal or filler.end - filler.start >= _SHORTER_THAN_SAID_S or not words:
        return (filler.start, filler.end), _HELD_S if vocal else _NEAR_S
    start, end = _search_span(filler, words)
    level = _speech_level(samples, words, band=True)
    stretches = [
        (start + first * HOP / RATE, start + (last * HOP + FRAME) / RATE)
        for first, last in runs(_weakly_voiced(samples, start, end, level))
    ]
    if not stretches:
        return (filler.start, filler.end), _HELD_S
    return min(stretches, key=lambda s: max(0.0, s[0] - filler.end, filler.start - s[1])), 0.0


def _overlaps(start: float, end: float, span: tuple[float, float] | None, margin: float) -> bool:
    """Whether voicing heard at start-end is a known filler's, said at span: it overlaps it,
    or lies within margin of it. Whisper times a held "uhhh" shorter than it was said, and
    the voicing left either side of its span is the same filler, not two more (a man's "uh"
    held for 1.4 s came out as three fillers: tests/data/real-speech/mfa-clips/mfa_uh.flac)."""
    if span is None:
        return False
    return start < span[1] + margin and span[0] - margin < end


def _joined(
    start: float, end: float, span: tuple[float, float] | None, samples: np.ndarray, level: float
) -> bool:
    """Whether voicing heard at start-end is a known filler's, said at span, held on: the two
    overlap, or the voicing between them never breaks for _HELD_BREAK_S. A fixed margin
    (_overlaps) took the "uh" said right before a transcribed "um" in a fast run for that "um"
    held, and counted a stretch of the "hm" after it as another filler (mfa_uhum.flac, live)."""
    if span is None:
        return False
    if start < span[1] and span[0] < end:
        return True
    first, last = (span[1], start) if start >= span[1] else (end, span[0])
    breaks = runs(~_weakly_voiced(samples, first, last, level))
    return max((stop - begin for begin, stop in breaks), default=0) * HOP / RATE < _HELD_BREAK_S
