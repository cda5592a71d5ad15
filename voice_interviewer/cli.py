"""Command-line interface: parse flags, run a command, turn domain errors into one line.

Exit codes: 0 success, 2 bad input or a problem the user can fix (one line on stderr),
1 an unexpected internal error, 130 interrupted. VOICE_INTERVIEWER_DEBUG=1 re-raises errors
with their traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from voice_interviewer import __version__, terminal
from voice_interviewer.analysis.delivery import DeliveryOptions
from voice_interviewer.analysis.rehearsal import Script, builtin_scripts, load_scripts
from voice_interviewer.audio import load_audio
from voice_interviewer.config import COMPUTE_TYPES, DEVICES, Settings, load_settings
from voice_interviewer.errors import (
    AudioInputError,
    NoSpeechError,
    TranscriptFileError,
    VoiceInterviewerError,
)
from voice_interviewer.resources import FIXTURES_DIR
from voice_interviewer.review import AnswerReview, review_transcript
from voice_interviewer.transcript import Transcript
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


# Recordings up to this long are also read whole for the audio side of the analysis (fillers
# Whisper left out); longer ones are analysed from the transcript alone, so memory stays bounded.
AUDIO_ANALYSIS_MAX_S = 1200.0
_CUE_TIMING = re.compile(r"^\s*(WEBVTT.*|\d+|[\d:.,]+\s*-->\s*[\d:.,]+.*)\s*$")


def read_transcript(path: Path) -> Transcript:
    """A plain-text transcript (also .vtt/.srt captions, whose cue lines are skipped)."""
    if not path.exists():
        raise TranscriptFileError(f"{path}: no such file")
    if not path.is_file():
        raise TranscriptFileError(f"{path} is not a regular file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TranscriptFileError(f"{path} is not a UTF-8 text file") from None
    except OSError as exc:
        raise TranscriptFileError(f"{path}: cannot read it ({exc.strerror})") from None
    lines = [line for line in text.splitlines() if not _CUE_TIMING.match(line)]
    transcript = Transcript.from_text(" ".join(lines))
    if not transcript.words:
        raise TranscriptFileError(f"{path} holds no words")
    return transcript


def _show(review: AnswerReview, as_json: bool) -> None:
    if as_json:
        _print_json(review.to_json())
    else:
        terminal.show_review(review)


def _review_transcripts(
    args: argparse.Namespace, scripts: list[Script], options: DeliveryOptions
) -> int:
    failed = 0
    for path in args.transcripts:
        try:
            transcript = read_transcript(path)
        except TranscriptFileError as exc:
            failed += 1
            if args.json:
                _print_json({"file": str(path), "ok": False, "error": str(exc)})
            terminal.error(str(exc))
            continue
        review = review_transcript(
            str(path), transcript, args.question, scripts=scripts, options=options
        )
        _show(review, args.json)
    return failed


def cmd_review(args: argparse.Namespace) -> int:
    """Transcribe and review recordings; go on past a bad file, exit 2 if any failed."""
    settings = _settings(args)
    transcripts = getattr(args, "transcripts", [])
    if not args.files and not transcripts:
        raise VoiceInterviewerError("nothing to review: give recordings, or --transcript FILE")
    scripts = delivery_scripts(args)
    options = DeliveryOptions.from_settings(settings)
    failed = _review_transcripts(args, scripts, options) if transcripts else 0
    if not args.files:
        return 2 if failed else 0
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
            samples = None
            if transcript.duration is not None and transcript.duration <= AUDIO_ANALYSIS_MAX_S:
                samples = load_audio(path, AUDIO_ANALYSIS_MAX_S + 1)
            review = review_transcript(
                str(path), transcript, args.question, samples, scripts, options=options
            )
            progress.status("")
            _show(review, args.json)
    return 2 if failed else 0


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
        "--transcript",
        dest="transcripts",
        action="append",
        type=Path,
        default=[],
        metavar="FILE.txt",
        help="review a plain-text transcript instead of a recording (figures that need timings "
        "are shown as unavailable); may be repeated",
    )
    add_delivery_flags(parser)
    _add_transcription_flags(parser)
    parser.set_defaults(func=cmd_review)


def cmd_demo(args: argparse.Namespace) -> int:
    """Review a bundled answer on the embedded defaults: no microphone, network or key."""
    fixture = FIXTURES_DIR / "why_ai_engineering.wav"
    question = "Why are you moving from software engineering to AI engineering?"
    terminal.out.print(f"Demo: reviewing the bundled answer {fixture.name}\n")
    review_args = argparse.Namespace(
        **vars(args), files=[fixture], json=False, question=question, transcripts=[], scripts=[]
    )
    return cmd_review(review_args)


def _add_demo(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo", help="the whole loop on the embedded defaults, no microphone needed"
    )
    _add_transcription_flags(parser)
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
