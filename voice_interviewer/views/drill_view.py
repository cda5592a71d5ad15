"""What a drill looks like in the terminal: the question, the countdown, a live level meter
while recording, and the prompts between answers (a single key on a terminal; lines read from
stdin otherwise, so tests can drive them).

On a terminal the meter is one line redrawn ten times a second; written to a file or a pipe,
the same events come out as plain lines.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue
import sys
import termios
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rich.live import Live
from rich.table import Table
from rich.text import Text

from voice_interviewer.audio.recording import AnswerRules, CaptureStatus, Recording
from voice_interviewer.questions import Question
from voice_interviewer.transcription.transcript import Word
from voice_interviewer.views.terminal import clock, out

if TYPE_CHECKING:
    from voice_interviewer.history.scorecard import Scorecard
    from voice_interviewer.practice.interview import InterviewPlan

_METER_CELLS = 24
_METER_FLOOR_DB = -60.0


def show_question(
    question: Question, position: int, total: int, attempt: int, follow_up: int = 0
) -> None:
    """The question's heading and text; follow_up: the n-th follow-up to question position."""
    heading = Text.assemble((f"Question {position} of {total}", "bold"))
    if follow_up:
        heading.append(f" · follow-up {follow_up}", style="bold")
    details = f"  {question.id} · {question.category}"
    if attempt > 1:
        details += f" · attempt {attempt}"
    heading.append(details, style="dim")
    out.print()
    out.print(heading)
    out.print(Text(f"  {question.text}", style="bold cyan"))


def note(message: str) -> None:
    out.print(Text(message, style="dim"))


def show_transition(text: str) -> None:
    """What the interviewer says between questions."""
    out.print()
    out.print(Text(f"Interviewer: {text}", style="italic"))


def show_kept(paths: Sequence[Path]) -> None:
    """Where the answers finished before Ctrl-C are (each WAV with its review .json beside it,
    and in the practice history)."""
    if not paths:
        note("No answer was finished before the interruption.")
        return
    folders = ", ".join(sorted({str(path.parent) for path in paths}))
    note(
        f"Answers finished before the interruption ({len(paths)}), kept in {folders} with "
        "each review .json beside its recording, and in the practice history:"
    )
    for path in paths:
        note(f"  {path}")


def _minutes(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def show_plan(plan: InterviewPlan, time_limit_s: float | None) -> None:
    """The interview's questions, their time limits and why they were chosen, before the
    first question."""
    count = len(plan.questions)
    out.print(
        Text.assemble(
            ("Mock interview", "bold"),
            f" · {_count(count, 'question')} · up to about {plan.minutes(time_limit_s)} minutes "
            "of answers",
        )
    )
    table = Table(show_edge=False, pad_edge=False, box=None, show_header=False)
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column("id", no_wrap=True)
    table.add_column("limit", justify="right", no_wrap=True)
    table.add_column("question")
    for number, planned in enumerate(plan.questions, start=1):
        question = planned.question
        text = Text(question.text)
        if planned.shared:
            text.append(f"  (the posting's words: {', '.join(planned.shared[:6])})", style="dim")
        limit = _minutes(time_limit_s or question.time_limit)
        table.add_row(f"{number}.", question.id, limit, text)
    out.print(table)
    follow_up = _minutes(time_limit_s or plan.follow_up_limit_s)
    if plan.follow_ups:
        note(
            f"After each answer up to {plan.follow_ups} follow-up question"
            f"{'s' if plan.follow_ups > 1 else ''} on what you said ({follow_up} each); "
            "a scorecard at the end."
        )
    else:
        note("No follow-up questions; a scorecard at the end.")
    if plan.posting is not None:
        _show_tailoring(plan)


def _show_tailoring(plan: InterviewPlan) -> None:
    posting = plan.posting
    assert posting is not None
    note(
        f"Tailored to {posting.path.name}: in each scenario the question sharing the most words "
        f"with it; each rubric with the points it stresses first.{_design_note(plan)}"
    )


def _design_note(plan: InterviewPlan) -> str:
    """Where the design question is set, and how the company was found in the posting."""
    design = next(
        (p.question for p in plan.questions if p.question.category == "system-design"), None
    )
    company = plan.posting.company if plan.posting else None
    if design is None or not design.company:
        return ""
    if company is None:
        return " No company name found in it: the design question keeps the bank's."
    return f' The design question is set at "{company.name}" (from {company.found_by}).'


def show_practise_next(card: Scorecard) -> None:
    """The bank question whose answer had the lowest mean framing score (the first on a tie),
    and the command that drills it again; nothing when no main answer was scored."""
    scored = [
        a.summary
        for a in card.answers
        if not a.summary.is_follow_up and a.summary.question_id and a.summary.mean_score
    ]
    if not scored:
        return
    weakest = min(scored, key=lambda summary: summary.mean_score or 0.0)
    out.print(
        Text.assemble(
            ("Practise next: ", "bold"),
            f"{weakest.question_id} (framing {weakest.mean_score:.1f} of 5, your lowest): ",
            (f"voice-interviewer drill --question {weakest.question_id}", "bold"),
        )
    )


def show_countdown(number: int) -> None:
    out.print(Text(f"{number}… ", style="bold"), end="")
    out.file.flush()


def meter(level_db: float, cells: int = _METER_CELLS) -> str:
    """A bar for a level in dB below full scale: empty at -60 dB, full at 0 dB."""
    fraction = min(1.0, max(0.0, (level_db - _METER_FLOOR_DB) / -_METER_FLOOR_DB))
    filled = round(fraction * cells)
    return "█" * filled + "·" * (cells - filled)


def meter_line(status: CaptureStatus, rules: AnswerRules) -> Text:
    line = Text.assemble(("● REC ", "bold red"))
    line.append(f"{clock(status.seconds)} of {clock(rules.time_limit_s)}  ")
    line.append(f"{max(0.0, rules.time_limit_s - status.seconds):.0f} s left  ", style="dim")
    line.append(meter(status.level_db), style="green" if status.speaking else "dim")
    line.append(f" {status.level_db:4.0f} dB  ", style="dim")
    if status.speaking:
        line.append("speaking", style="green")
    elif status.speech_started:
        line.append(f"silence {status.silence_s:.0f} s", style="yellow")
    else:
        line.append("waiting for speech", style="dim")
    return line


class RecordingDisplay:
    """The RecordingView of a drill: a live meter on a terminal, plain lines elsewhere."""

    def __init__(self, live: Live | None, ends: str) -> None:
        self._live = live
        self._ends = ends

    def recording_started(self, rules: AnswerRules) -> None:
        out.print()
        out.print(
            Text.assemble(
                ("Recording: speak now. ", "bold red"),
                (f"The answer ends {self._ends} or at {clock(rules.time_limit_s)}.", "dim"),
            )
        )
        out.file.flush()

    def tick(self, status: CaptureStatus, rules: AnswerRules) -> None:
        if self._live is not None:
            self._live.update(meter_line(status, rules), refresh=True)

    def limit_near(self, seconds_left: float) -> None:
        left = math.ceil(seconds_left)
        out.print(Text(f"{left} s left: time to wrap up.", style="bold yellow"))
        out.file.flush()


@contextlib.contextmanager
def recording_display(ends: str) -> Iterator[RecordingDisplay]:
    """ends says what ends the answer besides the time limit ("on Enter, ...")."""
    if not out.is_terminal:
        yield RecordingDisplay(None, ends)
        return
    with Live(Text(""), console=out, transient=True, auto_refresh=False) as live:
        yield RecordingDisplay(live, ends)


def live_words(words: list[Word]) -> None:
    """The words transcribed so far during the answer (--live), as they arrive."""
    out.print(Text("  … " + " ".join(word.text for word in words), style="dim italic"))


def show_recording(recording: Recording) -> None:
    out.print(
        Text.assemble(
            (f"Recorded {clock(recording.seconds)}", "bold"),
            (f" (ended: {recording.ended_by.value}) → {recording.path}", "dim"),
        )
    )
    out.file.flush()


# A recording whose loudest moment reaches this level held sound as loud as speech near a
# microphone: the microphone works, and what it heard was not taken for words.
_LOUD_DB = -30.0


def show_no_speech(recording: Recording) -> None:
    if recording.peak_db >= _LOUD_DB:
        advice = (
            f". Sound reached the microphone (loudest level {recording.peak_db:.0f} dB), but "
            "no words were recognised in it: whispered, sung or falsetto speech, or noise. "
            "Answer in your normal speaking voice."
        )
    else:
        advice = (
            f" (loudest level {recording.peak_db:.0f} dB). Is the microphone muted, too far "
            "away, or the wrong one? `voice-interviewer doctor` lists the devices; "
            "--input-device picks one."
        )
    out.print(
        Text.assemble(("No speech was heard in this answer", "bold yellow"), (advice, "yellow"))
    )


def show_questions(questions: list[Question]) -> None:
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("category", no_wrap=True)
    table.add_column("limit", justify="right", no_wrap=True)
    table.add_column("question")
    for question in questions:
        text = Text(question.text)
        if question.company:
            text.append(f"  [{question.company}]", style="dim")
        table.add_row(Text(question.id), Text(question.category), f"{question.time_limit} s", text)
    out.print(table)
    categories = len({q.category for q in questions})
    out.print(
        Text(
            f"{_count(len(questions), 'question')} in {_count(categories, 'category')}. "
            "Drill one: voice-interviewer drill --question ID",
            style="dim",
        )
    )


def _count(number: int, noun: str) -> str:
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


class LineInput:
    """What the person types on stdin, read by one background thread, so that Enter can end
    a recording without blocking the meter.

    On a terminal the prompts between answers take a single key, no Enter needed; from a pipe
    or a file (tests drive the drill this way) they take the following lines in order. End of
    input (Ctrl-D) counts as "quit".
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self._typed: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self.closed = False
        source = stream if stream is not None else sys.stdin
        self._terminal = source.fileno() if source.isatty() else None
        reader = self._read_lines if self._terminal is None else self._read_terminal
        threading.Thread(target=reader, args=(source,), name="stdin", daemon=True).start()

    def _read_lines(self, stream: TextIO) -> None:
        with contextlib.suppress(OSError, ValueError):
            for line in stream:
                self._typed.put(line.rstrip("\r\n"))
        self._typed.put(None)

    def _read_terminal(self, stream: TextIO) -> None:
        """What the terminal hands over at once: a whole line in its usual mode (as while
        recording), a single key while a prompt waits (or an escape sequence, or a paste)."""
        fd = stream.fileno()
        with contextlib.suppress(OSError):
            while typed := os.read(fd, 256):
                self._typed.put(typed.decode("utf-8", "replace"))
        self._typed.put(None)

    def _next(self, timeout: float | None) -> str | None:
        """What was typed next; None at the end of input. Raises queue.Empty on timeout."""
        if self.closed:
            return None
        typed = self._typed.get(timeout=timeout)
        if typed is None:
            self.closed = True
        return typed

    def enter_pressed(self) -> bool:
        try:
            return self._next(timeout=0) is not None
        except queue.Empty:
            return False

    def ask(self, prompt: str) -> str | None:
        """Show prompt and wait for the answer, lower-cased: on a terminal one key ("" for
        Enter), otherwise a stripped line; None at the end of input."""
        if self._terminal is None or self.closed:
            line = self._wait(prompt)
            out.print()
            return None if line is None else line.strip().lower()
        with _single_keys(self._terminal):
            self._forget_typed()
            typed = self._wait(prompt)
        if typed is None or typed.startswith(_CTRL_D):
            out.print()
            return None
        key = "" if typed in ("\r", "\n", "\r\n") else typed.lower()
        out.print(Text(key if key.isprintable() else ""))
        return key

    def _wait(self, prompt: str) -> str | None:
        out.print(Text(prompt, style="bold"), end="")
        out.file.flush()
        while True:
            try:
                return self._next(timeout=0.2)  # a timeout keeps Ctrl-C responsive
            except queue.Empty:
                continue

    def _forget_typed(self) -> None:
        """Drop what was typed before the prompt: Enter pressed twice to end an answer must
        not also answer the prompt that follows."""
        with contextlib.suppress(queue.Empty):
            while self._next(timeout=0) is not None:
                pass


_CTRL_D = "\x04"  # what Ctrl-D types once the terminal hands over single keys


@contextlib.contextmanager
def _single_keys(fd: int) -> Iterator[None]:
    """The terminal on fd hands over each key as it is pressed, without echoing it, until the
    block ends, however it ends; its settings are then put back. Keys typed before the block
    are discarded. Ctrl-C still interrupts (signals stay on)."""
    saved = termios.tcgetattr(fd)
    keys = termios.tcgetattr(fd)
    keys[3] &= ~(termios.ICANON | termios.ECHO)
    keys[6][termios.VMIN], keys[6][termios.VTIME] = 1, 0
    termios.tcsetattr(fd, termios.TCSAFLUSH, keys)
    try:
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSANOW, saved)
