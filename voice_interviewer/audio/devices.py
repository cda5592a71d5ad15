"""Sound devices through PortAudio (sounddevice): listing, choosing, and errors a person can act on.

sounddevice is imported here, lazily, so that commands without audio (review) work on a
machine without the PortAudio library. Every PortAudio failure that reaches a user passes
through this module and becomes an AudioDeviceError with one line saying what to do.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from types import ModuleType

from voice_interviewer.errors import VoiceInterviewerError

INSTALL_PORTAUDIO = "on Debian or Ubuntu: sudo apt-get install libportaudio2"
START_SOUND_SERVER = (
    "plug in a microphone or start the sound server (PipeWire: "
    "sudo apt-get install pipewire-pulse wireplumber, then log in again)"
)


class AudioDeviceError(VoiceInterviewerError):
    """No audio system, no such device, or a device that cannot be opened."""


def sounddevice() -> ModuleType:
    """The sounddevice module, or AudioDeviceError when PortAudio itself is missing."""
    try:
        import sounddevice as sd
    except OSError as exc:  # sounddevice raises OSError when libportaudio is not found
        raise AudioDeviceError(f"no audio system: {exc}; {INSTALL_PORTAUDIO}") from None
    return sd


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    host_api: str
    inputs: int  # channels
    outputs: int
    default_rate: float
    default_input: bool = False
    default_output: bool = False

    def label(self) -> str:
        return f"{self.index}: {self.name} ({self.host_api})"


def list_devices() -> list[Device]:
    """Every device PortAudio sees; an empty list where there is no sound card or server."""
    sd = sounddevice()
    host_apis = sd.query_hostapis()
    default_in, default_out = _defaults(sd)
    return [
        Device(
            index=info["index"],
            name=info["name"],
            host_api=host_apis[info["hostapi"]]["name"],
            inputs=info["max_input_channels"],
            outputs=info["max_output_channels"],
            default_rate=float(info["default_samplerate"]),
            default_input=info["index"] == default_in,
            default_output=info["index"] == default_out,
        )
        for info in sd.query_devices()
    ]


def _defaults(sd: ModuleType) -> tuple[int, int]:
    default_in, default_out = sd.default.device
    return int(default_in), int(default_out)


def _no_device_message(kind: str) -> str:
    if kind == "input":
        return (
            "no microphone found: PortAudio sees no input device (no sound card, or no sound "
            f"server running); {START_SOUND_SERVER}, or answer from a recording with "
            "--answer-file FILE; `voice-interviewer doctor` lists what is there"
        )
    return (
        "no sound output found: PortAudio sees no output device; plug in speakers or "
        "headphones or start the sound server (PipeWire), or use --no-voice to read the "
        "questions instead"
    )


def find_device(spec: str, kind: str) -> Device:
    """The device to use for kind ("input" or "output").

    spec is "" for the system default, a device number, or part of a device's name.
    """
    devices = list_devices()
    usable = [d for d in devices if (d.inputs if kind == "input" else d.outputs) > 0]
    if not usable:
        raise AudioDeviceError(_no_device_message(kind))
    if not spec:
        default = [d for d in usable if (d.default_input if kind == "input" else d.default_output)]
        return default[0] if default else usable[0]
    if spec.isdigit():
        matches = [d for d in usable if d.index == int(spec)]
    else:
        matches = [d for d in usable if spec.lower() in d.name.lower()]
    if len(matches) == 1:
        return matches[0]
    listed = "; ".join(d.label() for d in usable)
    flag = "--input-device" if kind == "input" else "--output-device"
    how_many = "no" if not matches else "more than one"
    raise AudioDeviceError(
        f"{flag} {spec!r} matches {how_many} {kind} device; {kind} devices: {listed}"
    )


def supported_rate(device: Device, kind: str, rate: int, channels: int = 1) -> bool:
    """True when the device takes rate (Hz) with channels as they are."""
    sd = sounddevice()
    check = sd.check_input_settings if kind == "input" else sd.check_output_settings
    try:
        check(device=device.index, samplerate=rate, channels=channels, dtype="int16")
    except (sd.PortAudioError, ValueError):
        return False
    return True


def describe_error(exc: Exception) -> str:
    """PortAudio's message without its internal codes: "Device unavailable" from
    "Error opening InputStream: Device unavailable [PaErrorCode -9985]"."""
    text = str(exc.args[0]) if exc.args else str(exc)
    with contextlib.suppress(ValueError):
        text = text[: text.index(" [PaErrorCode")]
    return text
