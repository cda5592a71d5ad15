"""An answer on the terminal: its transcript and delivery, the coaches' feedback as it comes,
the LLM's reply while it streams, and where the answer was kept."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from rich.live import Live
from rich.text import Text

from voice_interviewer.analysis.pace import Pace
from voice_interviewer.coaching import Coaching
from voice_interviewer.coaching.llm import CallRecord
from voice_interviewer.coaching.schema import (
    FRAMEWORK_TITLES,
    MISTAKE_TITLES,
    Feedback,
    LlmUsage,
)
from voice_interviewer.practice.review import AnswerReview
from voice_interviewer.practice.session import FeedbackHooks
from voice_interviewer.transcription.transcript import Word
from voice_interviewer.views.terminal import clock, err, error, out, shorten, show_note

# A new transcript line starts after a sentence end or a silence this long.
_LINE_BREAK_PAUSE_S = 1.5


def _line_starts(words: tuple[Word, ...]) -> list[int]:
    """Indices of the words that start a transcript line: after a sentence end or a long silence."""
    starts = []
    for index, word in enumerate(words):
        previous = words[index - 1] if index else None
        new_line = previous is None or previous.text.endswith((".", "?", "!"))
        if previous and previous.end is not None and word.start is not None:
            new_line = new_line or word.start - previous.end >= _LINE_BREAK_PAUSE_S
        if new_line:
            starts.append(index)
    return starts


def show_review(review: AnswerReview) -> None:
    transcript, pace = review.transcript, review.pace
    heading = Text(review.source, style="bold")
    if transcript.duration is not None:
        heading.append(f"  {transcript.duration:.1f} s", style="dim")
    if transcript.model == "plain text":
        heading.append("  · plain-text transcript, no timings", style="dim")
    else:
        heading.append(
            f"  · Whisper {transcript.model} on {transcript.device} {transcript.compute_type}"
            f" · transcribed in {transcript.timings.transcribe_s:.1f} s",
            style="dim",
        )
    out.print(heading)
    if review.question:
        out.print(Text(f"Question: {review.question}", style="italic"))
    for start, line in _highlighted_lines(review):
        out.print(Text.assemble((f"  [{clock(start)}] ", "cyan"), line))
    figures = [f"{pace.word_count} words"]
    if pace.speaking_time_s is not None:
        figures.append(f"speaking time {pace.speaking_time_s:.1f} s")
    figures.append(
        f"{pace.words_per_minute:.0f} words per minute"
        if pace.words_per_minute is not None
        else "words per minute unavailable (no timings)"
    )
    out.print(Text(" · ".join(figures)))
    longest = pace.longest_pauses(3)
    if longest:
        words = transcript.words
        described = [
            f'{p.duration:.1f} s at {clock(p.start)} (after "{words[p.after_word].text}")'
            for p in longest
        ]
        out.print(Text("Longest pauses: " + "; ".join(described)))
    elif pace.speaking_time_s is not None:
        out.print(Text("No pauses of half a second or more."))
    if review.delivery:
        _show_delivery(review)
    out.print()


def saved_attempt(attempt_id: int | None) -> None:
    if attempt_id is not None:
        out.print(Text(f"Saved as attempt {attempt_id} (voice-interviewer history)\n", style="dim"))


_FILLER_STYLE = "bold magenta"


def _highlighted_lines(review: AnswerReview) -> list[tuple[float | None, Text]]:
    """The transcript lines with fillers highlighted; fillers heard only in the audio appear
    as "(um?)" where they were heard."""
    words = review.transcript.words
    fillers = review.delivery.fillers if review.delivery else None
    marked = fillers.word_indices() if fillers else set()
    heard = sorted(
        (f.start, f.end) for f in (fillers.fillers if fillers else ()) if f.source == "audio"
    )
    lines: list[tuple[float | None, Text]] = []
    line_starts = iter(_line_starts(words))
    next_start = next(line_starts, None)
    for index, word in enumerate(words):
        if index == next_start:
            lines.append((word.start, Text()))
            next_start = next(line_starts, None)
        text = lines[-1][1]
        # Whisper stretches a word back over a filler it left out: the filler goes before the
        # first word that ends after it.
        while heard and word.end is not None and heard[0][1] <= word.end:
            heard.pop(0)
            text.append("(um?) ", style=_FILLER_STYLE)
        text.append(word.text, style=_FILLER_STYLE if index in marked else "")
        text.append(" ")
    for _, text in lines:
        text.rstrip()
    return lines


def _show_delivery(review: AnswerReview) -> None:
    delivery = review.delivery
    assert delivery is not None
    fillers, pace = delivery.fillers, delivery.pace
    line = Text.assemble(("Fillers: ", "bold"), str(fillers.count))
    rate = (
        f"{fillers.per_minute:.1f} per minute"
        if fillers.per_minute is not None
        else "per minute unavailable (no timings)"
    )
    if fillers.per_100_words is not None:
        line.append(f" · {fillers.per_100_words:.1f} per 100 words · {rate}")
    most_used = fillers.most_used(3)
    if most_used:
        line.append(" · most used: " + ", ".join(f'"{t}" ({n})' for t, n in most_used))
    heard = sum(1 for f in fillers.fillers if f.source == "audio")
    if heard:
        line.append(f" · {heard} heard in the audio only, shown as (um?)", style="dim")
    out.print(line)
    out.print(_pace_line(pace))
    for flag in delivery.rehearsal.flags:
        where = f" at {clock(flag.start)}" if flag.start is not None else ""
        source = f" ({flag.source})" if flag.source else ""
        out.print(
            Text.assemble(
                (f"Rehearsed · {flag.kind}{where}{source}: ", "bold yellow"),
                (f'"{shorten(flag.quote)}"', "italic"),
            )
        )
        out.print(Text(f"    {flag.why}", style="dim"))


def _pace_line(pace: Pace) -> Text:
    targets = pace.targets
    if pace.speaking_time_s is None:
        return Text(
            "Pace: unavailable without word timings (pauses, delay and fast or slow stretches "
            "need a recording)",
            style="dim",
        )
    parts = []
    if pace.words_per_minute is not None:
        verdict = (
            "fast"
            if pace.words_per_minute > targets.max_wpm
            else "slow"
            if pace.words_per_minute < targets.min_wpm
            else "on target"
        )
        parts.append(
            f"{pace.words_per_minute:.0f} wpm ({verdict}; target "
            f"{targets.min_wpm:.0f}-{targets.max_wpm:.0f})"
        )
    if pace.first_word_delay_s is not None:
        late = " (long)" if pace.first_word_delay_s > targets.first_word_delay_s else ""
        parts.append(f"first word after {pace.first_word_delay_s:.1f} s{late}")
    if pace.silence_s is not None:
        parts.append(f"silent {pace.silence_s:.1f} s of {pace.speaking_time_s:.1f} s")
    mid = [p for p in pace.pauses if p.at == "mid-sentence"]
    plural = "" if len(pace.pauses) == 1 else "s"
    parts.append(
        f"{len(pace.pauses)} pause{plural} ({len(mid)} mid-sentence, {len(pace.long_pauses())} "
        f"of {targets.long_pause_s:.0f} s or more)"
    )
    for stretch in pace.stretches:
        parts.append(
            f"{stretch.kind} {clock(stretch.start)}-{clock(stretch.end)} "
            f"({stretch.words_per_minute:.0f} wpm)"
        )
    return Text.assemble(("Pace: ", "bold"), " · ".join(parts))


# --- framing feedback (coaching) -------------------------------------------------------------
def _coach_label(feedback: Feedback) -> Text:
    if feedback.coach == "llm":
        label = Text("LLM coach", style="bold green")
        label.append(f" · {feedback.model} · prompt {feedback.prompt_version}", style="dim")
    elif feedback.fallback_reason:
        label = Text("Rule coach (LLM fallback)", style="bold yellow")
        label.append(f" · {feedback.fallback_reason}", style="yellow")
    else:
        label = Text("Rule coach", style="bold cyan")
        label.append(" · instant, offline checks", style="dim")
    return Text("Framing feedback: ", style="bold") + label


def _score_bar(score: int) -> Text:
    style = "green" if score >= 4 else "yellow" if score == 3 else "red"
    return Text("●" * score + "○" * (5 - score), style=style) + Text(f" {score}/5 ")


def show_follow_up(feedback: Feedback) -> None:
    """The interviewer's next question, with the LLM that wrote it when one did."""
    if not feedback.follow_up:
        return
    line = Text("  Next question", style="bold")
    if feedback.follow_up_model:
        line.append(f" (from {feedback.follow_up_model})", style="dim")
    out.print(line + Text(": ", style="bold") + Text(feedback.follow_up))


def show_feedback(feedback: Feedback, verbose: bool = False, follow_up: bool = True) -> None:
    """One coach's feedback: scores, rubric, mistakes, rewrites, the next question (unless
    follow_up is False: an LLM is writing it)."""
    out.print(_coach_label(feedback))
    for name, point in feedback.framework.items():
        line = Text("  ") + _score_bar(point.score)
        line.append(f"{FRAMEWORK_TITLES[name]}: ", style="bold")
        out.print(line + Text(point.evidence))
    for point in feedback.rubric_hit:
        out.print(Text("  ✓ ", style="green") + Text(point))
    for point in feedback.rubric_missed:
        out.print(Text("  ✗ ", style="red") + Text(point))
    if feedback.rubric_unjudged:
        out.print(Text("  Not judged by the rules, check these yourself:", style="dim"))
    for point in feedback.rubric_unjudged:
        out.print(Text("  ? ", style="dim") + Text(point))
    for mistake in feedback.mistakes:
        out.print(
            Text("  ! ", style="bold red")
            + Text(f"{MISTAKE_TITLES.get(mistake.kind, mistake.kind)}: ", style="bold")
            + Text(f'"{mistake.quote}"', style="italic")
            + Text(" (word model, not a rule)" if mistake.by_word_model else "", style="dim")
        )
    for rewrite in feedback.rewrites:
        out.print(Text("  You said: ", style="dim") + Text(f'"{rewrite.original}"', style="italic"))
        out.print(Text("  Try:      ", style="dim") + Text(rewrite.rewrite))
    if follow_up:
        show_follow_up(feedback)
    if feedback.dropped_quotes:
        out.print(
            Text(
                f"  ({feedback.dropped_quotes} quote(s) the LLM cited are not in the transcript "
                "and were left out)",
                style="dim",
            )
        )
    if feedback.unsupported_claims:
        out.print(
            Text(
                f"  ({feedback.unsupported_claims} of the LLM's points named practices, numbers "
                "or tools the answer does not: the rule coach's are shown, rewrites left out)",
                style="dim",
            )
        )
    if verbose and feedback.llm is not None:
        out.print(Text(f"  {llm_cost(feedback.llm)}", style="dim"))
    out.print()


def llm_cost(usage: LlmUsage) -> str:
    def count(tokens: int | None) -> str:
        return "?" if tokens is None else str(tokens)

    return (
        f"LLM: {usage.latency_s:.1f} s, {count(usage.prompt_tokens)} prompt + "
        f"{count(usage.completion_tokens)} completion tokens"
    )


def show_call_record(record: CallRecord) -> None:
    """One LLM call, for -v: what the feedback cost and how it went (on stderr)."""
    tokens = (
        f" · {record.prompt_tokens} prompt + {record.completion_tokens} completion tokens"
        if record.prompt_tokens is not None
        else ""
    )
    detail = f" · {record.detail}" if record.detail else ""
    # While the LLM's reply streams on the screen, print above it, through the same console.
    (out if _streaming else err).print(
        Text(
            f"LLM call {record.attempt}: {record.outcome} · {record.model} · "
            f"{record.latency_s:.1f} s{tokens}{detail}",
            style="dim",
        )
    )


class _StreamView:
    """The LLM's answer as it arrives: a token count, the time and, for prose, the latest text
    (the whole feedback is JSON, which is no reading for a person: it is shown once parsed)."""

    def __init__(self, label: str, job: str) -> None:
        self.label = label
        self.job = job
        self.text = ""
        self.tokens = 0
        self.started = time.monotonic()

    def add(self, token: str) -> None:
        self.text += token
        self.tokens += 1

    def __rich__(self) -> Text:
        seconds = time.monotonic() - self.started
        if self.job == "follow-up":
            what, tail = "writing the follow-up question", " ".join(self.text.split())[-160:]
        else:
            what, tail = "writing feedback", ""
        view = Text(f"{self.label}: {what} · {self.tokens} tokens · {seconds:.0f} s\n")
        return view.append(tail, style="dim")


_streaming = False


@contextlib.contextmanager
def llm_stream(label: str | None, job: str) -> Iterator[Callable[[str], None] | None]:
    """A token callback that shows the LLM's reply live on a terminal; None elsewhere.

    label is the LLM's name; None when no LLM will be asked. job: config.LLM_JOBS.
    """
    global _streaming
    if label is None or not out.is_terminal:
        yield None
        return
    view = _StreamView(label, job)
    with Live(view, console=out, transient=True, refresh_per_second=8):
        _streaming = True
        try:
            yield view.add
        finally:
            _streaming = False


class TerminalAnswerView:
    """A practice session's answers on the terminal (practice.session.AnswerView).

    quiet (--json): only errors, and with verbose the LLM calls, are shown (on stderr), so
    standard output stays the JSON.
    """

    def __init__(self, verbose: bool = False, quiet: bool = False) -> None:
        self.verbose = verbose
        self.quiet = quiet

    def show_review(self, review: AnswerReview) -> None:
        if not self.quiet:
            show_review(review)

    @contextlib.contextmanager
    def coaching(self, coaching: Coaching) -> Iterator[FeedbackHooks]:
        """The rule coach's feedback at once, then the LLM's reply streamed while it is written,
        each labelled with the coach that produced it."""
        if self.quiet:
            yield FeedbackHooks()
            return
        mode = coaching.options.mode
        follow_up_only = _llm_writes_follow_up(coaching)

        def show_rules(feedback: Feedback) -> None:
            show_feedback(feedback, self.verbose, follow_up=not follow_up_only)
            if mode == "auto" and follow_up_only:
                show_note(f"Asking {coaching.llm_name} for the interviewer's follow-up ...")
            elif mode == "auto" and coaching.llm_name:
                show_note(f"Asking the LLM coach ({coaching.llm_name}) ...")

        with llm_stream(coaching.llm_name, coaching.job) as on_token:
            yield FeedbackHooks(on_rules=show_rules, on_token=on_token)

    def show_feedback(self, coaching: Coaching, feedback: Feedback) -> None:
        """What the rule coach's feedback, already on the screen, does not say yet."""
        if self.quiet:
            return
        mode = coaching.options.mode
        if mode == "auto" and _llm_writes_follow_up(coaching):
            show_follow_up(feedback)
            if feedback.fallback_reason:
                show_note(f"No LLM follow-up: {feedback.fallback_reason}.", style="yellow")
            show_note("")
        elif mode == "llm" or (mode == "auto" and feedback.coach == "llm"):
            show_feedback(feedback, self.verbose)
        elif mode == "auto":
            show_note(
                f"No LLM feedback: {feedback.fallback_reason}; the rule coach's feedback above "
                "stands.",
                style="yellow",
            )

    def show_saved(self, attempt_id: int | None) -> None:
        if not self.quiet:
            saved_attempt(attempt_id)

    def show_error(self, message: str) -> None:
        error(message)

    def show_call(self, record: CallRecord) -> None:
        if self.verbose:
            show_call_record(record)


def _llm_writes_follow_up(coaching: Coaching) -> bool:
    """Whether the LLM writes only the follow-up question (the rule coach all the rest)."""
    return coaching.job == "follow-up" and coaching.llm_name is not None
