"""Running the program as a child process that a test talks to while it runs."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

# Ctrl-C must reach the programs the tests start even when pytest runs in the background,
# where the shell ignores SIGINT: children inherit an ignored SIGINT and never see Ctrl-C.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


class Program:
    """`voice-interviewer ARGS` in a child process; its output lines are collected as they come
    so the test can wait for one (the prompt it answers, the moment recording starts).

    With terminal=True its stdin is a pseudo-terminal, where keys are pressed (press)."""

    def __init__(
        self, *args: str, env: dict[str, str] | None = None, terminal: bool = False
    ) -> None:
        self.keys, self.terminal = pty.openpty() if terminal else (None, None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "voice_interviewer", *args],
            stdin=subprocess.PIPE if self.terminal is None else self.terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.lines: list[tuple[float, str]] = []  # (time.monotonic(), line) of stdout
        self._partial = False  # the last line has no newline yet
        self._cursor = 0  # wait_for looks at lines from here on
        self.stderr = ""
        self._changed = threading.Condition()
        self._readers = [
            threading.Thread(target=self._read_stdout, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _read_stdout(self) -> None:
        """Lines as they come; a prompt (no newline yet) counts as a line as soon as it is seen."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        pending = b""
        while chunk := os.read(fd, 4096):
            pending += chunk
            *complete, pending = pending.split(b"\n")
            with self._changed:
                now = time.monotonic()
                if self.lines and self._partial:
                    self.lines.pop()  # the partial line seen before, now complete or longer
                self.lines += [(now, line.decode("utf-8", "replace")) for line in complete]
                self._partial = bool(pending)
                if pending:
                    self.lines.append((now, pending.decode("utf-8", "replace")))
                self._changed.notify_all()

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        self.stderr = self.process.stderr.read().decode("utf-8", "replace")

    @property
    def stdout(self) -> str:
        return "\n".join(line for _, line in self.lines)

    def wait_for(self, text: str, timeout: float = 120) -> float:
        """Wait for a stdout line containing text, after the line the last wait_for matched;
        return when it came (time.monotonic())."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for index in range(self._cursor, len(self.lines)):
                    when, line = self.lines[index]
                    if text in line:
                        self._cursor = index + 1
                        return when
                left = deadline - time.monotonic()
                if left <= 0 or (
                    self.process.poll() is not None and not self._readers[0].is_alive()
                ):
                    raise AssertionError(
                        f"{text!r} never came; stdout:\n{self.stdout}\nstderr:\n{self.stderr}"
                    )
                self._changed.wait(min(left, 0.5))

    def type(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def press(self, keys: bytes) -> None:
        """Keys pressed on the terminal that is stdin (terminal=True)."""
        assert self.keys is not None
        os.write(self.keys, keys)

    def close_input(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()

    def wait(self, timeout: float = 180) -> int:
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(
                f"still running after {timeout} s; stdout:\n{self.stdout}"
            ) from None
        for reader in self._readers:
            reader.join(10)
        return code


def saved_attempts(home: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(WAV, review JSON) of every attempt saved under the data folder, oldest first."""
    found = []
    for path in sorted((home / "recordings").rglob("*.json"), key=os.path.getmtime):
        found.append((path.with_suffix(".wav"), json.loads(path.read_text(encoding="utf-8"))))
    return found


def speech_span(samples: np.ndarray, rate: int, threshold: float = 0.02) -> tuple[float, float]:
    """(start, end) in seconds of the part of samples that is not silence."""
    loud = np.nonzero(np.abs(samples) > threshold)[0]
    if loud.size == 0:
        return 0.0, 0.0
    return loud[0] / rate, loud[-1] / rate


def correlation_at_best_lag(recorded: np.ndarray, original: np.ndarray) -> float:
    """How alike recorded and original are once lined up (1.0: the same signal)."""
    size = len(recorded) + len(original)
    spectrum = np.fft.rfft(recorded, size) * np.conj(np.fft.rfft(original, size))
    lag = int(np.argmax(np.fft.irfft(spectrum, size)))
    if lag > size // 2:
        lag -= size
    a, b = (recorded[lag:], original) if lag >= 0 else (recorded, original[-lag:])
    overlap = min(len(a), len(b))
    return float(np.corrcoef(a[:overlap], b[:overlap])[0, 1])
