"""`voice-interviewer doctor`: what this machine has for a drill, and what to fix.

It lists the sound devices, then checks the microphone, the sound output, text to speech, the
Whisper model and who writes the framing feedback (an LLM endpoint, an LLM server found on
this machine, or the embedded model with the rule coach), saying in plain words what to
install or change. Essential problems (no audio system, no microphone, no model) make the exit
code 2; the others only lose the voice.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table
from rich.text import Text

from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.audio.devices import (
    AudioDeviceError,
    Device,
    find_device,
    list_devices,
    sounddevice,
    supported_rate,
)
from voice_interviewer.audio.speech import SpeechError, synthesize_to_wav
from voice_interviewer.coaching import Coaching, CoachOptions
from voice_interviewer.coaching.discovery import KNOWN_SERVERS
from voice_interviewer.config import Settings
from voice_interviewer.errors import VoiceInterviewerError
from voice_interviewer.transcription.whisper import Transcriber, TranscriptionOptions
from voice_interviewer.views.terminal import out


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    essential: bool
    message: str  # what was found, or what is wrong and how to fix it


def _devices_table(devices: list[Device]) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("#", "device", "host API", "in", "out", "rate", "default"):
        table.add_column(column, justify="right" if column in ("#", "in", "out") else "left")
    for device in devices:
        defaults = [
            kind
            for kind, flag in (("input", device.default_input), ("output", device.default_output))
            if flag
        ]
        table.add_row(
            str(device.index),
            Text(device.name),
            Text(device.host_api),
            str(device.inputs),
            str(device.outputs),
            f"{device.default_rate:.0f} Hz",
            " ".join(defaults),
        )
    return table


def check_audio_system() -> Check:
    try:
        version = sounddevice().get_portaudio_version()[1]
    except AudioDeviceError as exc:
        return Check("audio system", False, True, str(exc))
    return Check("audio system", True, True, version)


def check_microphone(settings: Settings) -> Check:
    try:
        device = find_device(settings.input_device, "input")
    except AudioDeviceError as exc:
        return Check("microphone", False, True, str(exc))
    rate = (
        "records at 16 kHz"
        if supported_rate(device, "input", SAMPLE_RATE)
        else f"records at {device.default_rate:.0f} Hz, resampled to 16 kHz"
    )
    return Check("microphone", True, True, f"{device.label()}, {rate}")


def check_output(settings: Settings) -> Check:
    try:
        device = find_device(settings.output_device, "output")
    except AudioDeviceError as exc:
        return Check("sound output", False, False, f"{exc} (the drill shows questions as text)")
    return Check("sound output", True, False, device.label())


def check_tts(settings: Settings) -> Check:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="voice-interviewer-") as folder:
        try:
            wav = synthesize_to_wav(
                "Tell me about a system you built.",
                Path(folder) / "check.wav",
                rate=settings.speech_rate,
                voice=settings.voice,
            )
            seconds = load_audio(wav).size / SAMPLE_RATE
        except (SpeechError, VoiceInterviewerError) as exc:
            return Check(
                "text to speech", False, False, f"{exc} (the drill shows questions as text)"
            )
    took = time.perf_counter() - started
    return Check(
        "text to speech",
        True,
        False,
        f"espeak-ng voice {settings.voice} at {settings.speech_rate} words per minute: "
        f"{seconds:.1f} s of speech made in {took:.2f} s",
    )


def check_llm(settings: Settings) -> Check:
    """Who writes the framing feedback, as the coaching would choose it: an endpoint, a local
    server found, or the embedded model with the rule coach (never essential: the rule coach
    always answers)."""
    name = "LLM coach"
    coaching = Coaching(CoachOptions.from_settings(settings))  # chooses; starts nothing
    if not coaching.uses_llm:
        return Check(name, True, False, "off (coach = rules): the rule coach gives all feedback")
    looked = ", ".join(f"{server} :{port}" for server, port in KNOWN_SERVERS)
    advice = (
        f"for LLM feedback run an LLM server on 127.0.0.1 ({looked}) or set OPENAI_BASE_URL "
        "(README: Framing feedback)"
    )
    if coaching.llm_name is None:
        reason = coaching.unavailable_reason
        return Check(name, False, False, f"{reason}: the rule coach gives all feedback; {advice}")
    if coaching.job == "follow-up":
        return Check(
            name,
            True,
            False,
            f"{coaching.llm_name} asks the follow-up question, the rule coach gives the rest; "
            f"{advice}",
        )
    where = f" at {coaching.llm_url}" if coaching.llm_url else ""
    return Check(name, True, False, f"{coaching.llm_name}{where}: it writes the whole feedback")


def check_model(settings: Settings, status: Callable[[str], None]) -> Check:
    transcriber = Transcriber(TranscriptionOptions.from_settings(settings), status)
    try:
        transcriber.load()
    except VoiceInterviewerError as exc:
        return Check("Whisper model", False, True, str(exc))
    return Check(
        "Whisper model",
        True,
        True,
        f"{transcriber.model_label} on {transcriber.device} ({transcriber.compute_type}), "
        f"loaded in {transcriber.load_seconds:.1f} s",
    )


def _show(check: Check) -> None:
    marks = {True: ("✓ ", "green"), False: ("✗ ", "red") if check.essential else ("! ", "yellow")}
    mark = marks[check.ok]
    out.print(Text.assemble(mark, (f"{check.name}: ", "bold"), check.message))


def run_doctor(settings: Settings) -> int:
    """Print the devices and every check; 2 when an essential check failed, else 0."""
    checks = [check_audio_system()]
    _show(checks[0])
    if checks[0].ok:
        devices = list_devices()
        if devices:
            out.print(_devices_table(devices))
        else:
            out.print(Text("  PortAudio sees no sound devices.", style="dim"))
        checks += [check_microphone(settings), check_output(settings)]
        for check in checks[1:]:
            _show(check)
    model_check = check_model(settings, lambda m: out.print(Text(m, "dim")))
    for check in (check_tts(settings), model_check, check_llm(settings)):
        checks.append(check)
        _show(check)
    essential = [c for c in checks if c.essential and not c.ok]
    other = [c for c in checks if not c.essential and not c.ok]
    out.print()
    if essential:
        names = ", ".join(c.name for c in essential)
        out.print(Text(f"Not ready for a drill: fix the {names} (see above).", style="bold red"))
        return 2
    if other:
        out.print(Text("Ready for a drill, without the spoken questions.", style="bold yellow"))
    else:
        out.print(Text("Ready for a drill.", style="bold green"))
    return 0
