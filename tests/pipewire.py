"""A private PipeWire sound server with a virtual speaker and a virtual microphone, for tests.

Everything lives in one folder: its own session bus, runtime, config and state folders. Two
null sinks make the devices (see ../shared/notes/audio-stack.md):

- va_speaker is the default sink: what the program plays; `record_speaker()` records its
  monitor with parec.
- va_mic_feed's monitor is the default source, the "microphone": `play_into_mic()` speaks
  into it with paplay.

Only the processes started here are stopped: TERM, then KILL after 5 s, each checked by PID
and name first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

PROGRAMS = ("dbus-daemon", "pipewire", "wireplumber", "pipewire-pulse", "pactl", "paplay", "parec")
_START_TIMEOUT_S = 15.0
_STOP_GRACE_S = 5.0
MONITOR_RATE = 16000
# paplay into a null sink's monitor comes out 3 dB louder (both stereo channels summed to
# mono); playing at 1/sqrt(2) volume gives the recording the file's own level.
MIC_VOLUME = 46341  # of 65536


class PipeWireUnavailable(RuntimeError):
    """The server could not be started here; the message says why."""


@dataclass
class PipeWire:
    folder: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def run_dir(self) -> Path:
        return self.folder / "run"

    def client_env(self) -> dict[str, str]:
        """The environment a client (the program, paplay, parec) needs to use this server."""
        run = str(self.run_dir)
        return {
            **os.environ,
            "XDG_RUNTIME_DIR": run,
            "PIPEWIRE_RUNTIME_DIR": run,
            "PULSE_SERVER": f"unix:{run}/pulse/native",
        }

    def _start(self, name: str, *args: str) -> None:
        env = {
            **self.client_env(),
            "HOME": str(self.folder / "home"),
            "XDG_CONFIG_HOME": str(self.folder / "config"),
            "XDG_STATE_HOME": str(self.folder / "state"),
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.run_dir}/bus",
        }
        log = (self.folder / f"{name}.log").open("wb")
        self.processes[name] = subprocess.Popen(
            [name, *args], env=env, stdout=log, stderr=subprocess.STDOUT
        )

    def pactl(self, *args: str) -> str:
        result = subprocess.run(
            ["pactl", *args],
            env=self.client_env(),
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if result.returncode != 0:
            raise PipeWireUnavailable(f"pactl {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def play_into_mic(self, wav: Path) -> subprocess.Popen:
        """Start speaking wav into the virtual microphone; returns the paplay process."""
        return subprocess.Popen(
            ["paplay", "-d", "va_mic_feed", f"--volume={MIC_VOLUME}", str(wav)],
            env=self.client_env(),
        )

    @contextlib.contextmanager
    def record_speaker(self, path: Path) -> Iterator[SpeakerRecording]:
        """Record what is played to the virtual speaker into path (raw 16 kHz mono s16)."""
        recording = SpeakerRecording(path)
        with path.open("wb") as output:
            process = subprocess.Popen(
                [
                    "parec",
                    "-d",
                    "va_speaker.monitor",
                    f"--rate={MONITOR_RATE}",
                    "--channels=1",
                    "--format=s16le",
                    # A roomy buffer, so a busy machine does not make parec overrun: the
                    # tests check what was played, not when.
                    "--latency-msec=200",
                ],
                env=self.client_env(),
                stdout=output,
            )
            try:
                time.sleep(0.3)  # parec is connected and recording before anything plays
                yield recording
                time.sleep(0.3)
            finally:
                process.send_signal(signal.SIGINT)  # parec flushes what it has on SIGINT
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def kill_server(self) -> None:
        """Make the sound server vanish at once, as a device that is pulled out."""
        self._signal(self.processes["pipewire"], "pipewire", signal.SIGKILL)

    @staticmethod
    def _signal(process: subprocess.Popen, name: str, sig: int) -> None:
        """Signal process only if it is still the program started (checked by PID and name)."""
        if process.poll() is not None:
            return
        with contextlib.suppress(OSError):
            comm = Path(f"/proc/{process.pid}/comm").read_text().strip()
            if comm == name[:15]:
                os.kill(process.pid, sig)

    def stop(self) -> None:
        for name, process in reversed(self.processes.items()):
            self._signal(process, name, signal.SIGTERM)
        deadline = time.monotonic() + _STOP_GRACE_S
        for name, process in self.processes.items():
            try:
                process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self._signal(process, name, signal.SIGKILL)
                process.wait()


@dataclass
class SpeakerRecording:
    path: Path

    def samples(self) -> np.ndarray:
        """What the speaker played, as float32 at MONITOR_RATE."""
        return np.fromfile(self.path, dtype="<i2").astype(np.float32) / 32768.0


def start_pipewire(folder: Path) -> PipeWire:
    """Start a private PipeWire in folder with the two virtual devices; PipeWireUnavailable
    (with the reason) where that is not possible. The caller must stop() it."""
    missing = [name for name in PROGRAMS if shutil.which(name) is None]
    if missing:
        raise PipeWireUnavailable(
            f"{', '.join(missing)} not installed (scripts/setup.sh --test installs them)"
        )
    server = PipeWire(folder)
    for sub in ("run", "home", "config", "state"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    server.run_dir.chmod(0o700)
    try:
        server._start(
            "dbus-daemon", "--session", "--nofork", f"--address=unix:path={folder}/run/bus"
        )
        _wait_for(lambda: (server.run_dir / "bus").exists(), "the session bus", server)
        server._start("pipewire")
        _wait_for(lambda: (server.run_dir / "pipewire-0").exists(), "pipewire", server)
        server._start("wireplumber")
        server._start("pipewire-pulse")
        _wait_for(lambda: _done(server, "info"), "pipewire-pulse", server)
        server.pactl("load-module", "module-null-sink", "sink_name=va_speaker")
        server.pactl("load-module", "module-null-sink", "sink_name=va_mic_feed")
        # A sink is made after load-module returns: set as default before it is listed, it
        # failed now and then ("pactl set-default-sink va_speaker: Failure: Not supported"),
        # and on a busy machine (three test processes on two cores) once after it was listed:
        # the defaults are set again until the server takes them.
        for sink in ("va_speaker", "va_mic_feed"):
            _wait_for(lambda sink=sink: _listed(server, sink), f"the sink {sink}", server)
        for command, name in (
            ("set-default-sink", "va_speaker"),
            ("set-default-source", "va_mic_feed.monitor"),
        ):
            _wait_for(lambda c=command, n=name: _done(server, c, n), f"{command} {name}", server)
    except BaseException:
        server.stop()
        raise
    return server


def _listed(server: PipeWire, sink: str) -> bool:
    try:
        listed = server.pactl("list", "short", "sinks")
    except (PipeWireUnavailable, subprocess.TimeoutExpired):
        return False
    return any(line.split("\t")[1:2] == [sink] for line in listed.splitlines())


def _done(server: PipeWire, *args: str) -> bool:
    """Whether pactl with these arguments succeeded."""
    try:
        server.pactl(*args)
    except (PipeWireUnavailable, subprocess.TimeoutExpired):
        return False
    return True


def _wait_for(ready, what: str, server: PipeWire) -> None:
    deadline = time.monotonic() + _START_TIMEOUT_S
    while not ready():
        dead = [name for name, p in server.processes.items() if p.poll() is not None]
        if dead or time.monotonic() > deadline:
            logs = " | ".join(
                (server.folder / f"{name}.log").read_text(errors="replace").strip()[-300:]
                for name in server.processes
            )
            why = f"{', '.join(dead)} exited" if dead else f"{what} not ready in time"
            raise PipeWireUnavailable(f"PipeWire could not start: {why}; logs: {logs}")
        time.sleep(0.05)
