"""Command-line interface: parse flags, run a command, turn domain errors into one line.

Exit codes: 0 success, 2 bad input or a problem the user can fix (one line on stderr),
1 an unexpected internal error, 130 interrupted. VOICE_INTERVIEWER_DEBUG=1 re-raises errors
with their traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
import webbrowser
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.text import Text

from voice_interviewer import __version__
from voice_interviewer.analysis.rehearsal import Script, builtin_scripts, load_scripts
from voice_interviewer.config import (
    COACH_MODES,
    COMPUTE_TYPES,
    DEVICES,
    LLM_JOBS,
    Settings,
    data_dir,
    load_settings,
    pace_band,
)
from voice_interviewer.doctor import run_doctor
from voice_interviewer.errors import (
    AudioInputError,
    NoSpeechError,
    TranscriptFileError,
    VoiceInterviewerError,
)
from voice_interviewer.files import write_atomically
from voice_interviewer.history.progress import (
    history_rows,
    matches_question,
    recitation,
    select_threads,
    word_diff,
)
from voice_interviewer.history.store import Attempt, Store, StoreCorruptError
from voice_interviewer.practice.drill import DrillOptions, demo_question, run_drill
from voice_interviewer.practice.interview import (
    INTERVIEW_ORDER,
    MAX_FOLLOW_UPS,
    plan_interview,
    read_posting,
    run_interview,
)
from voice_interviewer.practice.session import PracticeSession, ReviewedAnswer, SessionOptions
from voice_interviewer.questions import (
    Question,
    load_questions,
    resolve_question,
    select_questions,
)
from voice_interviewer.resources import PROMPTS_DIR
from voice_interviewer.transcription.transcript import read_transcript_file
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions
from voice_interviewer.views import answer_view, drill_view, history_view, terminal

DEBUG_ENV = "VOICE_INTERVIEWER_DEBUG"


def _add_transcription_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("speech recognition")
    group.add_argument(
        "--model",
        dest="whisper_model",
        help="Whisper model: 'base' (embedded, the default), a faster-whisper name, or a folder",
    )
    group.add_argument("--device", choices=DEVICES, help="where to run Whisper (default: auto)")
    group.add_argument("--compute-type", choices=COMPUTE_TYPES, help="default: auto")
    group.add_argument("--language", help="spoken language code (default: en)")
    group.add_argument("--beam-size", type=int, help="beam search width (default: 5)")


def _add_coaching_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("framing feedback")
    group.add_argument(
        "--coach",
        choices=COACH_MODES,
        help="auto: the rule coach at once, then the LLM coach (default); llm: the LLM coach "
        "only; rules: the rule coach only, no LLM",
    )
    group.add_argument(
        "--llm-model",
        help="'embedded' (the built-in local model, the default) or the model name of the "
        "endpoint in OPENAI_BASE_URL",
    )
    group.add_argument(
        "--llm-job",
        choices=LLM_JOBS,
        help="what the LLM writes: feedback (all of it) or follow-up (only the interviewer's "
        "next question; the rest from the rule coach); auto (default): follow-up for the "
        "embedded model, feedback for an endpoint",
    )
    group.add_argument(
        "--llm-timeout",
        type=float,
        metavar="SECONDS",
        help="the longest the LLM feedback may take before the rule coach answers (default: 60)",
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show each LLM call: outcome, latency and tokens",
    )


# The flags that override settings of the same name; a command has those it offers.
_SETTING_FLAGS = (
    *("whisper_model", "device", "compute_type", "language", "beam_size"),
    *("coach", "llm_model", "llm_job", "llm_timeout"),
    *("input_device", "output_device", "voice", "speech_rate", "countdown_s", "silence_s"),
)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings({key: getattr(args, key, None) for key in _SETTING_FLAGS})


def _print_json(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _open_store(settings: Settings) -> Store:
    return Store.open(busy_timeout_s=settings.history_busy_timeout_s)


def add_delivery_flags(parser: argparse.ArgumentParser) -> None:
    """The delivery-analysis options of every command that reviews answers (review, drill)."""
    group = parser.add_argument_group("delivery analysis")
    group.add_argument(
        "--scripts",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="a script or a folder of .txt/.md scripts you rehearse from (for example the "
        "interview guide): long verbatim runs of them are flagged; may be repeated",
    )


def delivery_scripts(args: argparse.Namespace) -> list[Script]:
    """The project's example scripts plus those given with --scripts."""
    return builtin_scripts() + load_scripts(getattr(args, "scripts", []))


def cmd_review(args: argparse.Namespace) -> int:
    """Review recordings and transcripts; go on past a bad file, exit 2 if any failed."""
    if not args.files and not args.transcripts:
        raise VoiceInterviewerError("nothing to review: give recordings, or --transcript FILE")
    settings = _settings(args)
    question, question_text = resolve_question(args.question_id, args.question)
    options = SessionOptions(
        kind="review", scripts=tuple(delivery_scripts(args)), save=not args.no_save
    )
    view = answer_view.TerminalAnswerView(verbose=args.verbose, quiet=args.json)
    with PracticeSession(settings, options, view) as session:
        session.warm_up()  # the embedded LLM loads while Whisper transcribes
        failed = 0
        for path in args.transcripts:
            try:
                transcript = read_transcript_file(path)
            except TranscriptFileError as exc:
                failed += _failed(path, exc, args.json)
                continue
            reviewed = session.review(str(path), transcript, question, question_text)
            failed += _emit(reviewed, args.json, options.save)
        if args.files:
            failed += _review_recordings(args, settings, session, question, question_text)
    return 2 if failed else 0


def _review_recordings(
    args: argparse.Namespace,
    settings: Settings,
    session: PracticeSession,
    question: Question | None,
    question_text: str | None,
) -> int:
    """Transcribe and review each recording; the number that failed."""
    failed = 0
    with terminal.transcription_progress() as progress:
        transcriber = Transcriber(TranscriptionOptions.from_settings(settings), progress.status)
        transcriber.load()
        for path in args.files:
            progress.start_file(path.name, None)
            try:
                transcript = transcriber.transcribe_file(path, progress.advance)
            except (AudioInputError, NoSpeechError) as exc:
                failed += _failed(path, exc, args.json)
                continue
            progress.status("")
            reviewed = session.review_recording(path, transcript, question, question_text)
            failed += _emit(reviewed, args.json, session.options.save)
    return failed


def _failed(path: Path, exc: Exception, as_json: bool) -> int:
    if as_json:
        _print_json({"file": str(path), "ok": False, "error": str(exc)})
    terminal.error(str(exc))
    return 1


def _emit(reviewed: ReviewedAnswer, as_json: bool, saving: bool) -> int:
    """Print a review as JSON when asked (the terminal view is printed as it is made); 1 when
    it should have been saved and was not."""
    if as_json:
        _print_json({**reviewed.review.to_json(), "attempt_id": reviewed.attempt_id})
    return int(saving and reviewed.attempt_id is None)


def _add_review(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "review",
        help="review recordings of spoken answers offline",
        description="Transcribe recordings (wav, flac, mp3, ogg, m4a) and report fillers, pace, "
        "pauses and rehearsed phrasing.",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per file on stdout")
    parser.add_argument("--question", help="the question the recording answers")
    parser.add_argument(
        "--no-save", action="store_true", help="do not keep the results in the practice history"
    )
    parser.add_argument(
        "--transcript",
        dest="transcripts",
        action="extend",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE.txt",
        help="review plain-text transcripts instead of recordings (figures that need timings "
        "are shown as unavailable): every file after it up to the next flag; may be repeated",
    )
    add_delivery_flags(parser)
    parser.add_argument(
        "--question-id", help="the bank question the recording answers (brings its rubric)"
    )
    _add_transcription_flags(parser)
    _add_coaching_flags(parser)
    parser.set_defaults(func=cmd_review)


def _positive(kind: type) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
        return value

    return parse


def _add_sound_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("sound")
    group.add_argument(
        "--input-device", help="microphone: a number or part of a name (default: the system's)"
    )
    group.add_argument("--output-device", help="speaker: a number or part of a name")
    group.add_argument(
        "--no-voice", action="store_true", help="show the questions only; play nothing"
    )
    group.add_argument("--voice", help="espeak-ng voice of the questions (default: gmw/en-us)")
    group.add_argument(
        "--speech-rate", type=int, metavar="WPM", help="words per minute (default: 165)"
    )
    group.add_argument(
        "--countdown",
        dest="countdown_s",
        type=float,
        metavar="S",
        help="seconds counted down before recording (default: 3)",
    )
    group.add_argument(
        "--silence",
        dest="silence_s",
        type=float,
        metavar="S",
        help="seconds of silence after speech that end an answer; 0: off (default: 4)",
    )


def _drill_options(args: argparse.Namespace, settings: Settings) -> DrillOptions:
    """What `drill` and `interview` share: _add_answer_flags and the sound, delivery and
    coaching flags."""
    return DrillOptions.from_settings(
        settings,
        time_limit_s=args.time_limit,
        answer_file=args.answer_file,
        speak=not args.no_voice,
        live=args.live,
        scripts=tuple(delivery_scripts(args)),
        verbose=args.verbose,
        speak_scorecard=args.speak_scorecard,
    )


def _add_answer_flags(parser: argparse.ArgumentParser, limit_default: str) -> None:
    """The flags of `drill` and `interview` about each answer, the question bank and the
    rest of their shared flags."""
    parser.add_argument(
        "--time-limit",
        type=_positive(float),
        metavar="S",
        help=f"seconds per answer (default: {limit_default})",
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="show your words as they are transcribed while you answer (off: it distracts most "
        "people)",
    )
    parser.add_argument(
        "--speak-scorecard",
        action="store_true",
        help="also read a short summary of the scorecard aloud at the end",
    )
    parser.add_argument(
        "--answer-file",
        type=Path,
        metavar="AUDIO",
        help="play this recorded answer in place of the microphone, for every question",
    )
    parser.add_argument(
        "--bank",
        type=Path,
        action="append",
        metavar="FILE",
        help="also use the questions in this file or folder of .toml files (repeatable)",
    )
    add_delivery_flags(parser)
    _add_sound_flags(parser)
    _add_transcription_flags(parser)
    _add_coaching_flags(parser)


def cmd_drill(args: argparse.Namespace) -> int:
    """Ask questions out loud, record the answers, review each one."""
    settings = _settings(args)
    questions = select_questions(
        load_questions(args.bank or ()),
        category=args.category,
        question_id=args.question,
        count=args.count,
        shuffle=args.shuffle,
    )
    return run_drill(questions, _drill_options(args, settings), settings)


def _add_drill(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "drill",
        help="rehearse out loud: a spoken question, your recorded answer, a review",
        description=(
            "Each question is spoken and shown; after a countdown your answer is recorded until "
            "you press Enter, fall silent, or reach the time limit; then it is transcribed and "
            "reviewed. Recordings and reviews are saved in the data folder."
        ),
    )
    parser.add_argument("--category", help="only questions of this category")
    parser.add_argument("--question", metavar="ID", help="one question by its id")
    parser.add_argument(
        "--count", type=_positive(int), default=3, help="questions in this drill (default: 3)"
    )
    parser.add_argument("--shuffle", action="store_true", help="ask the questions in random order")
    _add_answer_flags(parser, "each question's own limit")
    parser.set_defaults(func=cmd_drill)


def cmd_interview(args: argparse.Namespace) -> int:
    """A mock interview across the guide's scenarios, tailored to a job posting when given."""
    settings = _settings(args)
    posting = read_posting(args.job) if args.job is not None else None
    plan = plan_interview(load_questions(args.bank or ()), posting, args.questions, args.follow_ups)
    return run_interview(plan, _drill_options(args, settings), settings)


def _count_from(low: int, high: int) -> Callable[[str], int]:
    """An argument type: a whole number from low to high."""

    def parse(text: str) -> int:
        if text not in {str(n) for n in range(low, high + 1)}:
            raise argparse.ArgumentTypeError(f"must be {low} to {high}, not {text}")
        return int(text)

    return parse


def _add_interview(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "interview",
        help="a mock interview of 20-30 minutes: five scenarios, follow-ups, a scorecard",
        description=(
            "One question from each of the interview guide's scenarios, in the order an "
            "interviewer asks them (motivation, experience, system design, weakness, project), "
            "each followed by up to two follow-ups on what you said; spoken, answered out loud, "
            "reviewed, and a scorecard at the end. --job tailors it to a job posting."
        ),
    )
    parser.add_argument(
        "--job",
        type=Path,
        metavar="FILE",
        help="a job posting as plain text: picks the questions, orders each rubric and sets "
        "the design question at the company",
    )
    parser.add_argument(
        "--questions",
        type=_count_from(1, len(INTERVIEW_ORDER)),
        metavar="N",
        help=f"only the first N scenarios (default: all {len(INTERVIEW_ORDER)})",
    )
    parser.add_argument(
        "--follow-ups",
        type=_count_from(0, MAX_FOLLOW_UPS),
        default=MAX_FOLLOW_UPS,
        metavar="N",
        help=f"follow-up questions after each answer, at most (0 to {MAX_FOLLOW_UPS}, "
        f"default {MAX_FOLLOW_UPS})",
    )
    _add_answer_flags(parser, "each question's own limit, 60 for a follow-up")
    parser.set_defaults(func=cmd_interview)


def cmd_demo(args: argparse.Namespace) -> int:
    """One question of the drill, answered by a bundled recording: no microphone needed."""
    settings = _settings(args)
    question, answer = demo_question(load_questions())
    terminal.out.print(
        Text(
            f"Demo: one drill question, answered by the bundled recording {answer.name} "
            "in place of the microphone."
        )
    )
    options = DrillOptions.from_settings(
        settings,
        answer_file=answer,
        speak=not args.no_voice,
        ask_between=False,
        save=False,
        verbose=args.verbose,
    )
    return run_drill([question], options, settings)


def _add_demo(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo", help="the whole loop on the embedded defaults, no microphone needed"
    )
    _add_sound_flags(parser)
    _add_transcription_flags(parser)
    _add_coaching_flags(parser)
    parser.set_defaults(func=cmd_demo)


def cmd_doctor(args: argparse.Namespace) -> int:
    return run_doctor(_settings(args))


def _add_doctor(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "doctor", help="check the sound devices, text to speech and the model; say what to fix"
    )
    _add_sound_flags(parser)
    _add_transcription_flags(parser)
    parser.set_defaults(func=cmd_doctor)


def cmd_questions(args: argparse.Namespace) -> int:
    questions = select_questions(load_questions(args.bank or ()), category=args.category)
    drill_view.show_questions(questions)
    return 0


def _add_questions(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("questions", help="list the question bank")
    parser.add_argument("--category", help="only questions of this category")
    parser.add_argument(
        "--bank",
        type=Path,
        action="append",
        metavar="FILE",
        help="also list the questions in this file or folder of .toml files (repeatable)",
    )
    parser.set_defaults(func=cmd_questions)


# --- practice history ------------------------------------------------------------------------


def _parse_since(text: str | None) -> datetime | None:
    """A date (or date and time) on this machine's clock; None when not given."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise VoiceInterviewerError(
            f"--since {text!r} is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def cmd_history(args: argparse.Namespace) -> int:
    """Attempts with their key figures and trends; filters apply after the trends are made."""
    since = _parse_since(args.since)
    settings = load_settings()
    with _open_store(settings) as store:
        rows = history_rows(store.attempts(), pace_band(settings))
        path = store.path
    total = len(rows)
    if args.question is not None:
        rows = select_threads(rows, lambda summary: matches_question(summary, args.question))
    rows = [row for row in rows if since is None or row.summary.created_at >= since]
    if args.json:
        for row in rows:
            _print_json(row.to_json())
    else:
        history_view.show_history(rows, total, path, pace_band(settings))
    return 0


def _add_history(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "history",
        help="attempts over time with their key figures and trends",
        description="A table of attempts: fillers and words per minute, rehearsal flags, "
        "framing scores, and whether each is better or worse than the earlier attempts at "
        "the same question.",
    )
    parser.add_argument("--question", metavar="ID", help="a question id, or words of a question")
    parser.add_argument("--since", metavar="DATE", help="only attempts from DATE (YYYY-MM-DD) on")
    parser.add_argument("--json", action="store_true", help="one JSON object per attempt")
    parser.set_defaults(func=cmd_history)


def _script_for(args: argparse.Namespace, attempt: Attempt) -> Path | None:
    """The reference script named by --script, else the bundled one for the question's category."""
    if args.script is not None:
        return args.script
    category = attempt.summary.category
    bundled = PROMPTS_DIR / "scripts" / f"{category}.txt" if category else None
    return bundled if bundled is not None and bundled.is_file() else None


def _spoken_words(attempt: Attempt) -> list[str]:
    words = attempt.review.words
    return [word.text for word in words] if words else attempt.review.text.split()


def cmd_compare(args: argparse.Namespace) -> int:
    if args.first == args.second:
        raise VoiceInterviewerError("compare needs two different attempts")
    settings = load_settings()
    with _open_store(settings) as store:
        pair = sorted(
            (store.attempt(args.first), store.attempt(args.second)),
            key=lambda a: (a.summary.created_at, a.summary.id),
        )
    earlier, later = pair
    script = _script_for(args, later)
    script_words = None
    if script is not None:
        try:
            script_words = script.read_text(encoding="utf-8").split()
        except (OSError, UnicodeDecodeError) as exc:
            raise VoiceInterviewerError(f"cannot read the script {script}: {exc}") from None
    earlier_words, later_words = _spoken_words(earlier), _spoken_words(later)
    history_view.show_comparison(
        earlier,
        later,
        word_diff(earlier_words, later_words),
        recitation(
            earlier_words,
            later_words,
            settings.verbatim_min_words,
            script_words,
            script.name if script else None,
        ),
        pace_band(settings),
    )
    return 0


def _add_compare(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "compare",
        help="two attempts side by side: figures, transcripts, recitation",
        description="Two attempts side by side: their figures, the later transcript with the "
        "words added and removed since the earlier one, and whether the later one is closer "
        "to a recited script.",
    )
    parser.add_argument("first", type=int, metavar="ATTEMPT")
    parser.add_argument("second", type=int, metavar="ATTEMPT")
    parser.add_argument(
        "--script",
        type=Path,
        metavar="FILE",
        help="a reference script to measure recitation against "
        "(default: the bundled script for the question's category, when there is one)",
    )
    parser.set_defaults(func=cmd_compare)


def cmd_report(args: argparse.Namespace) -> int:
    from voice_interviewer.history.report import write_report  # matplotlib takes a moment to import

    target = args.out or data_dir() / "report.html"
    settings = load_settings()
    with _open_store(settings) as store, terminal.working("Drawing the report"):
        written = write_report(store, target, pace_band(settings))
    terminal.out.print(f"Report written to {written}")
    if args.open and not webbrowser.open(written.resolve().as_uri()):
        terminal.warning(f"no web browser found here; open {written} yourself")
    return 0


def _add_report(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "report",
        help="an HTML report of your progress, with plots",
        description="Write one self-contained HTML file (no network needed to view it) with "
        "plots of your progress.",
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="default: report.html in the data folder"
    )
    parser.add_argument("--open", action="store_true", help="open it in a web browser")
    parser.set_defaults(func=cmd_report)


def cmd_export(args: argparse.Namespace) -> int:
    """Write the attempts as they are read: from a damaged file, all those before the damage."""
    kept: list[str] = []  # for --out, written whole at the end
    count, damage = 0, None
    with _open_store(load_settings()) as store:
        try:
            for line in store.export_lines():
                if args.out is None:
                    sys.stdout.write(line + "\n")
                else:
                    kept.append(line + "\n")
                count += 1
        except StoreCorruptError as exc:
            damage = exc
    sys.stdout.flush()
    if args.out is not None:
        write_atomically(args.out, "".join(kept))
        terminal.out.print(f"Exported {count} attempts to {args.out}")
    if damage is not None:
        raise VoiceInterviewerError(f"{damage} (exported the {count} attempts before it)")
    return 0


def _add_export(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="every attempt as JSON lines, to move to another machine",
        description="Write every attempt (with its transcript, figures, feedback and LLM calls) "
        "as one JSON object a line. Recordings are not included: copy them yourself.",
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="default: standard output")
    parser.set_defaults(func=cmd_export)


def _read_lines(path: Path) -> list[str]:
    if str(path) == "-":
        return sys.stdin.read().splitlines()
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise VoiceInterviewerError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise VoiceInterviewerError(f"{path} is a folder, not an export file") from None
    except UnicodeDecodeError:
        raise VoiceInterviewerError(f"{path} is not a text file of JSON lines") from None
    except OSError as exc:
        raise VoiceInterviewerError(f"{path}: cannot read it ({exc.strerror})") from None


def cmd_import(args: argparse.Namespace) -> int:
    lines = _read_lines(args.file)
    with _open_store(load_settings()) as store:
        result = store.import_lines(lines, str(args.file))
        path = store.path
    terminal.out.print(
        f"Imported {result.added} attempts into {path}"
        + (f" ({result.skipped} already there)" if result.skipped else "")
    )
    return 0


def _add_import(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="add the attempts of an export file",
        description="Add the attempts of a file written by `export` (- reads standard input). "
        "Attempts already here are skipped; a malformed line imports nothing.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.set_defaults(func=cmd_import)


def cmd_delete(args: argparse.Namespace) -> int:
    with _open_store(load_settings()) as store:
        removed = store.delete_attempt(args.attempt)
        path = store.path
    history_view.deleted_attempt(removed, path)
    return 0


def _add_delete(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "delete",
        help="remove an attempt from the practice history (its recording stays)",
        description="Remove an attempt, its transcript, feedback and LLM calls from the "
        "database. The recording itself is not deleted.",
    )
    parser.add_argument("attempt", type=int, metavar="ATTEMPT")
    parser.set_defaults(func=cmd_delete)


_COMMANDS: tuple[Callable[[argparse._SubParsersAction], None], ...] = (
    _add_review,
    _add_demo,
    _add_drill,
    _add_interview,
    _add_questions,
    _add_doctor,
    _add_history,
    _add_compare,
    _add_report,
    _add_export,
    _add_import,
    _add_delete,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="voice-interviewer",
        description="Rehearse interview answers out loud and get feedback on delivery and framing.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in _COMMANDS:
        add(commands)
    return parser


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    terminal.warning(str(message))


def run() -> None:
    """The program's entry point (the voice-interviewer command, python -m voice_interviewer).

    After Ctrl-C, a native Whisper decode may still be winding down in another thread, and the
    interpreter's teardown then aborted the process ("terminate called without an active
    exception", or a segmentation fault) after the answers were safely kept. Everything that
    must happen on the way out has happened by then (recordings closed, the LLM server
    stopped), so the teardown is skipped.
    """
    code = main()
    if code == 130:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    debug = os.environ.get(DEBUG_ENV, "") not in ("", "0")
    warnings.showwarning = _show_warning
    try:
        return args.func(args)
    except VoiceInterviewerError as exc:
        if debug:
            raise
        terminal.error(str(exc))
        return 2
    except KeyboardInterrupt:
        terminal.error("interrupted")
        return 130
    except Exception as exc:
        if debug:
            raise
        terminal.error(
            f"unexpected {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 to see the traceback)"
        )
        return 1
