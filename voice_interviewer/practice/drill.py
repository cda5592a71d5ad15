"""The spoken drill: speak a question, count down, record the answer, transcribe and review it,
then offer the next question, the interviewer's follow-up, a retry or the end; at the end, the
session's scorecard. What comes after an answer is a policy (`Flow`): the drill asks the person,
the mock interview (interview.py) goes on by itself.

Each attempt's WAV is written while it is recorded. Its record (the review with a "drill" object
saying how it was recorded) is kept in the practice history by the session, and the same record
is written beside the WAV by `file_attempt`, the one place every attempt passes through, with or
without speech.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from voice_interviewer import config
from voice_interviewer.analysis.rehearsal import Script
from voice_interviewer.audio.decode import probe
from voice_interviewer.audio.devices import AudioDeviceError, Device, find_device
from voice_interviewer.audio.recording import (
    AnswerFileSource,
    AnswerInterrupted,
    AnswerRules,
    EndReason,
    MicrophoneSource,
    Recording,
    RecordingError,
    Source,
    countdown,
    record_answer,
)
from voice_interviewer.audio.speech import SpeechError, Voice, speak
from voice_interviewer.config import Settings
from voice_interviewer.errors import NoSpeechError
from voice_interviewer.history.scorecard import spoken_summary
from voice_interviewer.history.store import StoreError
from voice_interviewer.practice.review import JSON_SCHEMA_VERSION, AnswerReview
from voice_interviewer.practice.session import PracticeSession, ReviewedAnswer, SessionOptions
from voice_interviewer.questions import Question, QuestionBankError
from voice_interviewer.resources import FIXTURES_DIR
from voice_interviewer.transcription.streaming import LiveTranscription
from voice_interviewer.transcription.transcript import Transcript
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions
from voice_interviewer.views import answer_view, drill_view, history_view, terminal

# A recording shorter than this holds no answer worth sending to Whisper.
_MIN_ANSWER_S = 0.3


@dataclass(frozen=True)
class DrillOptions:
    """How a drill runs; see Settings for the device, voice and timing fields."""

    time_limit_s: float | None = None  # overrides each question's own limit
    answer_file: Path | None = None  # a recorded answer in place of the microphone
    speak: bool = True  # False (--no-voice): questions are shown only and nothing is played
    voice: Voice = field(default_factory=Voice)
    input_device: str = ""
    output_device: str = ""
    countdown_s: float = 3.0
    silence_s: float = 4.0
    ask_between: bool = True  # False (the demo): no next / retry / quit prompt
    live: bool = False  # show the words transcribed so far while the person answers
    scripts: tuple[Script, ...] = ()  # what the person rehearses from (--scripts)
    save: bool = True  # keep each answer in the practice history (the demo does not)
    verbose: bool = False  # show each LLM call: outcome, latency, tokens
    speak_scorecard: bool = False  # read a short summary of the scorecard aloud at the end
    follow_up_limit_s: int | None = None  # a follow-up's time limit; None: its main question's

    @classmethod
    def from_settings(cls, settings: Settings, **fields: Any) -> DrillOptions:
        return cls(
            voice=Voice(settings.voice, settings.speech_rate),
            input_device=settings.input_device,
            output_device=settings.output_device,
            countdown_s=settings.countdown_s,
            silence_s=settings.silence_s,
            **fields,
        )


@dataclass(frozen=True)
class Turn:
    """A question as the drill asks it: a bank question, or the interviewer's follow-up in the
    thread of an earlier answer."""

    question: Question
    main: Question | None = None  # for a follow-up: the bank question the thread began with
    follow_up_of: int | None = None  # for a follow-up: the main attempt's id in the history
    earlier: tuple[str, ...] = ()  # for a follow-up: the questions asked before in its thread

    @property
    def depth(self) -> int:
        """0 for a main question, n for the n-th follow-up in its thread."""
        return len(self.earlier)


# What comes after an answer: given the coach's follow-up (None when there is none), whether
# the answer had speech, and whether it answered the last question, one of "next",
# "follow-up", "retry" or "quit".
AfterAnswer = Callable[[Turn | None, bool, bool], str]


@dataclass(frozen=True)
class Flow:
    """How a session goes from one answer to the next."""

    kind: str = "drill"  # the session's label in the history
    after_answer: AfterAnswer | None = None  # None: the person chooses with a single key
    transitions: Mapping[str, str] = field(default_factory=dict)  # main question id -> said first


@dataclass(frozen=True)
class Attempt:
    """One answer to one question: everything about it that is kept."""

    question: Question
    recording: Recording
    drill: Mapping[str, Any]  # how it was recorded: drill_record()
    review: AnswerReview | None  # None when no speech was found (drill is then kept alone)
    attempt_id: int | None = None  # in the practice history; None when not kept there
    main: Question | None = None  # for a follow-up: the question of the thread
    follow_up_of: int | None = None  # for a follow-up: the main attempt's id in the history

    @property
    def json_path(self) -> Path:
        return self.recording.path.with_suffix(".json")

    def to_json(self) -> dict[str, Any]:
        """The record the history keeps (the review with its "drill" object) and the attempt's
        id there, as `review --json` prints it."""
        if self.review is not None:
            data = self.review.to_json()
        else:
            data = {
                "schema": JSON_SCHEMA_VERSION,
                "file": str(self.recording.path),
                "ok": False,
                "error": "no speech was found in the answer",
                "question": self.question.text,
                "drill": dict(self.drill),
            }
        return {**data, "attempt_id": self.attempt_id}


def drill_record(
    turn: Turn,
    number: int,
    started_at: datetime,
    recording: Recording,
    answer_file: Path | None,
    input_device: str | None,
) -> dict[str, Any]:
    """The "drill" object of an answer's record (README): how and when it was recorded."""
    return {
        "question_id": (turn.main or turn.question).id,
        "category": turn.question.category,
        "follow_up": turn.main is not None,
        "follow_up_of": turn.follow_up_of,
        "attempt": number,
        "started_at": started_at.isoformat(timespec="seconds"),
        "recorded_s": recording.seconds,
        "ended_by": recording.ended_by.name.lower(),
        "answer_file": str(answer_file) if answer_file else None,
        "input_device": input_device,
    }


def file_attempt(attempt: Attempt) -> Path:
    """Write a finished attempt's record beside its WAV; returns the JSON's path."""
    path = attempt.json_path
    path.write_text(json.dumps(attempt.to_json(), ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path


def recording_path(question_id: str, number: int, when: datetime) -> Path:
    """A new file under the data folder: recordings/DATE/TIME-QUESTION-ATTEMPT.wav."""
    folder = config.data_dir() / "recordings" / f"{when:%Y-%m-%d}"
    stem = f"{when:%H%M%S}-{re.sub(r'[^A-Za-z0-9_-]+', '_', question_id)}-{number}"
    path = folder / f"{stem}.wav"
    suffix = 2
    while path.exists():
        path = folder / f"{stem}-{suffix}.wav"
        suffix += 1
    return path


class Drill:
    """One drill session: devices chosen once, the model loaded once, questions in turn."""

    def __init__(
        self,
        options: DrillOptions,
        transcriber: Transcriber,
        session: PracticeSession,
        keyboard: drill_view.LineInput,
        flow: Flow | None = None,
    ) -> None:
        self.options = options
        self.transcriber = transcriber
        self.session = session
        self.keyboard = keyboard
        self.flow = flow or Flow()
        self._after_answer = self.flow.after_answer or self._choose
        self.output: Device | None = None
        self.input: Device | None = None
        self._voice_works = options.speak

    def prepare(self) -> None:
        """Check the answer file and the devices before the first question. A missing
        microphone stops the drill here (AudioDeviceError)."""
        if self.options.answer_file is not None:
            probe(self.options.answer_file)
        else:
            self.input = find_device(self.options.input_device, "input")
        if self.options.speak:
            self.output = self._find_output()

    def _find_output(self) -> Device | None:
        try:
            return find_device(self.options.output_device, "output")
        except AudioDeviceError as exc:
            if self.options.output_device:
                raise
            answer = self.options.answer_file
            instead = f" and the answer is read from {answer.name}" if answer else ""
            terminal.warning(f"{exc}")
            drill_view.note(f"No sound output: the questions are shown as text{instead}.")
            self._voice_works = False
            return None

    def run(self, questions: list[Question]) -> int:
        """Ask the questions in turn, then show the session's scorecard. Ctrl-C says where the
        answers finished so far are kept."""
        kept: list[Path] = []
        try:
            self._run(questions, kept)
        except KeyboardInterrupt:
            drill_view.show_kept(kept)
            raise
        self._show_scorecard()
        return 0

    def _run(self, questions: list[Question], kept: list[Path]) -> None:
        """The questions and follow-ups in turn; each finished answer's WAV is added to kept."""
        turns = [Turn(question) for question in questions]
        position = 0
        number = 1
        while position < len(turns):
            turn = turns[position]
            if turn.main is None and number == 1:
                self._transition(turn.question)
            place = sum(t.main is None for t in turns[: position + 1])
            attempt = self._attempt(turn, place, sum(t.main is None for t in turns), number)
            kept.append(attempt.recording.path)
            if attempt.recording.device_lost:
                raise AudioDeviceError(
                    f"the input device went away mid-answer ({attempt.recording.detail}); "
                    f"what was recorded ({attempt.recording.seconds:.1f} s) is kept in "
                    f"{attempt.recording.path}; check the microphone and start again"
                )
            follow_up = _follow_up(turn, attempt, self.options.follow_up_limit_s)
            last = position + 1 == len(turns)
            choice = self._after_answer(follow_up, attempt.review is not None, last)
            if choice == "quit":
                break
            if choice == "retry":
                number += 1
                continue
            if choice == "follow-up" and follow_up is not None:
                turns.insert(position + 1, follow_up)
            position, number = position + 1, 1

    def _transition(self, question: Question) -> None:
        """What the interviewer says before a main question (the flow's transitions)."""
        text = self.flow.transitions.get(question.id)
        if text:
            drill_view.show_transition(text)
            self._say(text, "the questions are shown as text only")

    def _show_scorecard(self) -> None:
        """The scorecard of the session, read aloud too with --speak-scorecard; a history that
        cannot be read costs the scorecard, never the answers already kept."""
        try:
            card = self.session.scorecard()
        except StoreError as exc:
            terminal.error(f"no scorecard: {exc}")
            return
        if card is None:
            return
        history_view.show_scorecard(card)
        drill_view.show_practise_next(card)
        if self.options.speak_scorecard:
            self._say(spoken_summary(card), "the scorecard is shown as text only")

    def _attempt(self, turn: Turn, position: int, total: int, number: int) -> Attempt:
        """One answer to turn, the position-th of total main questions (a follow-up shares
        its main question's position)."""
        question = turn.question
        drill_view.show_question(question, position, total, number, turn.depth)
        self._ask(question)
        # The embedded LLM loads while the person answers, not while the question plays: on
        # 2 cores its load competes with the playback for the CPU.
        self.session.warm_up()
        rules = AnswerRules(
            self.options.time_limit_s or question.time_limit, self.options.silence_s
        )
        started_at = datetime.now()
        path = recording_path(question.id, number, started_at)
        if self.options.countdown_s:
            drill_view.note(f"Answer after the countdown ({self.options.countdown_s:g} s).")
        # The model loads during the first countdown, on this thread: loaded on another
        # thread, CTranslate2 was measured to transcribe up to 10 times slower on a busy
        # machine (BENCHMARKS.md, "Drill latency").
        countdown(self.options.countdown_s, drill_view.show_countdown, during=self.transcriber.load)
        source, ends, enter_pressed = self._source()
        # Transcribed while the person speaks: when the answer ends, only the last few
        # seconds are left to do.
        live = LiveTranscription(
            self.transcriber,
            drill_view.live_words if self.options.live else None,
            on_heard=self.session.listen(question),
        )
        try:
            with drill_view.recording_display(ends) as display:
                recording = record_answer(
                    source, path, rules, display, enter_pressed, on_capture=live.attach
                )
        except AnswerInterrupted as stop:
            live.cancel()
            kept = stop.recording
            drill_view.note(
                f"Interrupted: the {kept.seconds:.1f} s recorded are kept in {kept.path}"
            )
            raise
        drill_view.show_recording(recording)
        if isinstance(source, MicrophoneSource) and source.overflows:
            terminal.warning(
                f"the microphone's driver dropped audio {source.overflows} times (the machine "
                "was too busy to keep up); parts of the answer may be missing"
            )
        if recording.ended_by is EndReason.WRITE_FAILED:
            raise RecordingError(
                f"writing {recording.path} failed after {recording.seconds:.1f} s "
                f"({recording.detail}); what was written before is kept"
            )
        if recording.device_lost:
            terminal.warning(
                f"the input device went away after {recording.seconds:.1f} s; "
                "reviewing what was recorded"
            )
        drill = drill_record(
            turn,
            number,
            started_at,
            recording,
            self.options.answer_file,
            self.input.label() if self.input else None,
        )
        try:
            reviewed = self._review(turn, recording, live, drill)
        except KeyboardInterrupt:
            drill_view.note(f"Interrupted: the answer is kept in {recording.path}")
            raise
        attempt = Attempt(
            question=question,
            recording=recording,
            drill=drill,
            review=reviewed.review if reviewed else None,
            attempt_id=reviewed.attempt_id if reviewed else None,
            main=turn.main,
            follow_up_of=turn.follow_up_of,
        )
        saved = file_attempt(attempt)
        drill_view.note(f"Saved {saved}")
        return attempt

    def _ask(self, question: Question) -> None:
        self._say(question.text, "the questions are shown as text only")

    def _say(self, text: str, otherwise: str) -> None:
        """Speak text when there is a voice; when speaking fails, warn (ending with otherwise)
        and speak no more."""
        if not (self._voice_works and self.output):
            return
        try:
            speak(text, self.options.voice, self.output)
        except SpeechError as exc:
            terminal.warning(f"{exc}; {otherwise}")
            self._voice_works = False
        except AudioDeviceError as exc:
            terminal.warning(f"{exc}; {otherwise}")
            self._voice_works = False
            self.output = None

    def _source(self) -> tuple[Source, str, Callable[[], bool]]:
        """Where the answer comes from, what ends it besides the time limit, and how to tell
        that Enter was pressed (a recorded answer is not cut short by Enter: typed lines are
        kept for the prompts)."""
        answer = self.options.answer_file
        if answer is not None:
            playing = self.output if self.options.speak else None
            drill_view.note(
                f"Answer: {'playing' if playing else 'reading'} {answer} in place of the microphone"
            )
            return AnswerFileSource(answer, playing), "at the end of the file", lambda: False
        assert self.input is not None
        silence = self.options.silence_s
        ends = f"on Enter, after {silence:g} s of silence," if silence else "on Enter"
        return MicrophoneSource(self.input), ends, self.keyboard.enter_pressed

    def _review(
        self, turn: Turn, recording: Recording, live: LiveTranscription, drill: Mapping[str, Any]
    ) -> ReviewedAnswer | None:
        """The answer reviewed and kept (in its thread, for a follow-up); None without speech."""
        ended = time.monotonic()
        transcript = self._transcribe(recording, live)
        if transcript is None:
            drill_view.show_no_speech(recording)
            return None
        timings = {"record_s": recording.seconds, "transcript_wait_s": time.monotonic() - ended}
        return self.session.review_recording(
            recording.path,
            transcript,
            turn.question,
            turn.question.text,
            stage_timings=timings,
            follow_up_of=turn.follow_up_of,
            drill=drill,
        )

    def _transcribe(self, recording: Recording, live: LiveTranscription) -> Transcript | None:
        """The live transcript; the WAV on disk transcribed again where the live one fell
        short (blocks dropped, it failed, or it heard no speech)."""
        with terminal.working("Finishing the transcript"):
            transcript = live.result()
        if recording.seconds < _MIN_ANSWER_S:
            return None
        if transcript is not None:
            return transcript
        if live.dropped_blocks:
            terminal.warning(
                f"live transcription fell {live.dropped_blocks} blocks behind; "
                "transcribing the recording again"
            )
        with terminal.transcription_progress() as progress:
            progress.start_file(recording.path.name, recording.seconds)
            try:
                return self.transcriber.transcribe_file(recording.path, progress.advance)
            except NoSpeechError:
                return None

    def _choose(self, follow_up: Turn | None, heard: bool, last: bool) -> str:
        """The person's choice after an answer, by a single key (AfterAnswer)."""
        if not self.options.ask_between:
            return "quit" if last else "next"
        choices = _choices(last, not heard, follow_up is not None)
        prompt = ", ".join(f"{label} [{keys}]" for label, keys in choices.prompts) + "? "
        while True:
            answer = self.keyboard.ask(prompt[0].upper() + prompt[1:])
            if answer is None:
                return "quit"
            if answer[:1] in choices.keys and len(answer) <= len("follow-up"):
                return choices.keys[answer[:1]]
            drill_view.note("Type one of the letters in brackets, or just press Enter.")


@dataclass(frozen=True)
class _Choices:
    prompts: tuple[tuple[str, str], ...]  # (what, the keys that choose it)
    keys: dict[str, str]  # typed letter ("" for Enter) -> choice


def _choices(last: bool, no_speech: bool, follow_up: bool) -> _Choices:
    """What the person may do after an answer; Enter picks the likeliest."""
    if no_speech:
        order, default = (["retry", "quit"] if last else ["retry", "next", "quit"]), "retry"
    elif last:
        order, default = ["retry", "quit"], "quit"
    else:
        order, default = ["next", "retry", "quit"], "next"
    if follow_up and not no_speech:
        order.insert(order.index("retry"), "follow-up")
    labels = {
        "next": "next question",
        "retry": "retry this question" if last and not no_speech else "retry",
        "quit": "quit",
        "follow-up": "the interviewer's follow-up",
    }
    keys = {choice[0]: choice for choice in order} | {"": default}
    prompts = tuple(
        (labels[choice], f"Enter/{choice[0]}" if choice == default else choice[0])
        for choice in order
    )
    return _Choices(prompts, keys)


def _follow_up(turn: Turn, attempt: Attempt, time_limit: int | None = None) -> Turn | None:
    """The coach's follow-up to an answer, in the thread the answer belongs to (no rubric of
    its own), with time_limit or else the main question's. When the main answer was not kept
    it is kept as a question of its own ("ID-follow-up"), never as an answer to the main
    question."""
    review = attempt.review
    if review is None or review.feedback is None or not review.feedback.follow_up:
        return None
    main = turn.main or turn.question
    question = Question(
        id=f"{main.id}-follow-up",
        category=main.category,
        text=review.feedback.follow_up,
        time_limit=time_limit or main.time_limit,
        rubric=(),
        scenario=main.scenario,
        company=main.company,
    )
    return Turn(
        question,
        main,
        turn.follow_up_of or attempt.attempt_id,
        (*turn.earlier, turn.question.text),
    )


DEMO_ANSWER = "why_ai_engineering"


def demo_question(questions: Iterable[Question]) -> tuple[Question, Path]:
    """The demo's question and bundled answer: audio_fixtures/why_ai_engineering.wav and the
    first question of its category (from the fixtures' manifest) in the bank."""
    manifest = tomllib.loads((FIXTURES_DIR / "manifest.toml").read_text(encoding="utf-8"))
    category = manifest[DEMO_ANSWER]["question_category"]
    for question in questions:
        if question.category == category:
            return question, FIXTURES_DIR / f"{DEMO_ANSWER}.wav"
    raise QuestionBankError(f"the question bank has no {category!r} question for the demo")


def run_drill(
    questions: list[Question],
    options: DrillOptions,
    settings: Settings,
    keyboard: drill_view.LineInput | None = None,
    flow: Flow | None = None,
) -> int:
    """Run a drill (or, with its flow, an interview) over questions with the model, devices
    and coaches that settings name."""
    flow = flow or Flow()
    transcriber = Transcriber(TranscriptionOptions.from_settings(settings))
    session_options = SessionOptions(kind=flow.kind, scripts=options.scripts, save=options.save)
    view = answer_view.TerminalAnswerView(verbose=options.verbose)
    with PracticeSession(settings, session_options, view) as session:
        drill = Drill(options, transcriber, session, keyboard or drill_view.LineInput(), flow)
        drill.prepare()
        return drill.run(questions)
