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
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.text import Text

from voice_interviewer import __version__, drill_view, terminal
from voice_interviewer.config import COMPUTE_TYPES, DEVICES, Settings, load_settings
from voice_interviewer.doctor import run_doctor
from voice_interviewer.drill import DrillOptions, demo_question, run_drill, select_questions
from voice_interviewer.errors import AudioInputError, NoSpeechError, VoiceInterviewerError
from voice_interviewer.questions import load_questions
from voice_interviewer.review import review_transcript
from voice_interviewer.transcription import Transcriber, TranscriptionOptions

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


def _settings(args: argparse.Namespace) -> Settings:
    keys = ("whisper_model", "device", "compute_type", "language", "beam_size")
    return load_settings({key: getattr(args, key, None) for key in keys})


def _print_json(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def cmd_review(args: argparse.Namespace) -> int:
    """Transcribe and review recordings; go on past a bad file, exit 2 if any failed."""
    settings = _settings(args)
    failed = 0
    with terminal.transcription_progress() as progress:
        transcriber = Transcriber(TranscriptionOptions.from_settings(settings), progress.status)
        transcriber.load()
        for path in args.files:
            progress.start_file(path.name, None)
            try:
                transcript = transcriber.transcribe_file(path, progress.advance)
            except (AudioInputError, NoSpeechError) as exc:
                failed += 1
                if args.json:
                    _print_json({"file": str(path), "ok": False, "error": str(exc)})
                terminal.error(str(exc))
                continue
            review = review_transcript(str(path), transcript, args.question)
            if args.json:
                _print_json(review.to_json())
            else:
                progress.status("")
                terminal.show_review(review)
    return 2 if failed else 0


def _add_review(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "review",
        help="review recordings of spoken answers offline",
        description="Transcribe recordings (wav, flac, mp3, ogg, m4a) and report pace and pauses.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per file on stdout")
    parser.add_argument("--question", help="the question the recording answers")
    _add_transcription_flags(parser)
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


def _drill_settings(args: argparse.Namespace) -> Settings:
    keys = (
        *("whisper_model", "device", "compute_type", "language", "beam_size"),
        *("input_device", "output_device", "voice", "speech_rate", "countdown_s", "silence_s"),
    )
    return load_settings({key: getattr(args, key, None) for key in keys})


def cmd_drill(args: argparse.Namespace) -> int:
    """Ask questions out loud, record the answers, review each one."""
    settings = _drill_settings(args)
    questions = select_questions(
        load_questions(args.bank or ()),
        category=args.category,
        question_id=args.question,
        count=args.count,
        shuffle=args.shuffle,
    )
    options = DrillOptions.from_settings(
        settings,
        time_limit_s=args.time_limit,
        answer_file=args.answer_file,
        speak=not args.no_voice,
    )
    return run_drill(questions, options, settings)


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
    parser.add_argument(
        "--time-limit",
        type=_positive(float),
        metavar="S",
        help="seconds per answer (default: each question's own limit)",
    )
    parser.add_argument("--shuffle", action="store_true", help="ask the questions in random order")
    parser.add_argument(
        "--answer-file",
        type=Path,
        metavar="AUDIO",
        help="play this recorded answer in place of the microphone",
    )
    parser.add_argument(
        "--bank",
        type=Path,
        action="append",
        metavar="FILE",
        help="also use the questions in this file or folder of .toml files (repeatable)",
    )
    _add_sound_flags(parser)
    _add_transcription_flags(parser)
    parser.set_defaults(func=cmd_drill)


def cmd_demo(args: argparse.Namespace) -> int:
    """One question of the drill, answered by a bundled recording: no microphone needed."""
    settings = _drill_settings(args)
    question, answer = demo_question(load_questions())
    terminal.out.print(
        Text(
            f"Demo: one drill question, answered by the bundled recording {answer.name} "
            "in place of the microphone."
        )
    )
    options = DrillOptions.from_settings(
        settings, answer_file=answer, speak=not args.no_voice, ask_between=False
    )
    return run_drill([question], options, settings)


def _add_demo(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo", help="the whole loop on the embedded defaults, no microphone needed"
    )
    _add_sound_flags(parser)
    _add_transcription_flags(parser)
    parser.set_defaults(func=cmd_demo)


def cmd_doctor(args: argparse.Namespace) -> int:
    return run_doctor(_drill_settings(args))


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


_COMMANDS: tuple[Callable[[argparse._SubParsersAction], None], ...] = (
    _add_review,
    _add_demo,
    _add_drill,
    _add_questions,
    _add_doctor,
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
