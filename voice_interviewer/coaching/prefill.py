"""The LLM reads an answer's prompt while the person is still speaking.

llama.cpp's server keeps the prompt it read last (its prompt cache): a request that starts with
the same tokens reads only what follows them. The live transcription finishes a chunk of the
answer every few seconds; each time, the prompt up to the words so far is sent with an answer
of one token, so when the answer ends the final request reads only the last chunk and the
lines after the transcript (BENCHMARKS.md, "Drill latency").
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Read = Callable[[], None]  # sends one prompt to read (server.read_prompt_once, its arguments set)


class Prefill:
    """Sends prompts to read, one at a time in the background, only the latest one waiting.

    A prompt offered while another is being read replaces the one waiting: it holds all of
    the earlier words, so the one it replaces would be wasted work.
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._waiting: Read | None = None
        self._running = False
        self.sent = 0  # prompts sent so far, for the benchmarks and tests

    def offer(self, read: Read) -> None:
        """Have read() called soon, in the background; returns at once."""
        with self._lock:
            self._waiting = read
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._run, name="llm-prefill", daemon=True).start()

    def cancel(self) -> None:
        """Forget the prompt waiting, if any (the final request is about to go). One being
        read goes on: the server reads it before the final request, which then starts there."""
        with self._lock:
            self._waiting = None

    def wait(self, timeout_s: float) -> bool:
        """Wait until every prompt offered has been read; False if that took too long."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._running, timeout_s)

    def _run(self) -> None:
        while True:
            with self._lock:
                waiting, self._waiting = self._waiting, None
                if waiting is None:
                    self._running = False
                    self._lock.notify_all()
                    return
                self.sent += 1
            waiting()
