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

from voice_interviewer import __version__, terminal
from voice_interviewer.coaching import Coaching, CoachOptions
from voice_interviewer.config import COACH_MODES, COMPUTE_TYPES, DEVICES, Settings, load_settings
from voice_interviewer.errors import AudioInputError, NoSpeechError, VoiceInterviewerError
from voice_interviewer.feedback import coach_review, resolve_question
from voice_interviewer.resources import FIXTURES_DIR
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


def open_coaching(settings: Settings, verbose: bool) -> Coaching:
    """The coaches for a command; use it in a `with` block so the embedded LLM stops."""
    on_record = terminal.show_call_record if verbose else None
    return Coaching(CoachOptions.from_settings(settings), on_record=on_record)


def _settings(args: argparse.Namespace) -> Settings:
    keys = ("whisper_model", "device", "compute_type", "language", "beam_size")
    keys += ("coach", "llm_model", "llm_timeout")
    return load_settings({key: getattr(args, key, None) for key in keys})


def _print_json(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def cmd_review(args: argparse.Namespace) -> int:
    """Transcribe and review recordings; go on past a bad file, exit 2 if any failed."""
    settings = _settings(args)
    question, question_text = resolve_question(getattr(args, "question_id", None), args.question)
    verbose = getattr(args, "verbose", False)
    failed = 0
    with (
        open_coaching(settings, verbose) as coaching,
        terminal.transcription_progress() as progress,
    ):
        coaching.warm_up()  # the embedded LLM loads while Whisper transcribes
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
            review = review_transcript(str(path), transcript, question_text)
            if args.json:
                review = coach_review(coaching, review, question, show=False)
                _print_json(review.to_json())
            else:
                progress.status("")
                terminal.show_review(review)
                coach_review(coaching, review, question, verbose=verbose)
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
    parser.add_argument(
        "--question-id", help="the bank question the recording answers (brings its rubric)"
    )
    _add_transcription_flags(parser)
    _add_coaching_flags(parser)
    parser.set_defaults(func=cmd_review)


def cmd_demo(args: argparse.Namespace) -> int:
    """Review a bundled answer on the embedded defaults: no microphone, network or key."""
    fixture = FIXTURES_DIR / "why_ai_engineering.wav"
    question = "Why are you moving from software engineering to AI engineering?"
    terminal.out.print(f"Demo: reviewing the bundled answer {fixture.name}\n")
    review_args = argparse.Namespace(**vars(args), files=[fixture], json=False, question=question)
    return cmd_review(review_args)


def _add_demo(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo", help="the whole loop on the embedded defaults, no microphone needed"
    )
    _add_transcription_flags(parser)
    _add_coaching_flags(parser)
    parser.set_defaults(func=cmd_demo)


_COMMANDS: tuple[Callable[[argparse._SubParsersAction], None], ...] = (_add_review, _add_demo)


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
