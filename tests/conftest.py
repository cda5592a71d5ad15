"""Shared test set-up: a private data folder per test, one model cache per run."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pipewire import PipeWire, PipeWireUnavailable, start_pipewire
from voice_interviewer import cli
from voice_interviewer.resources import FIXTURES_DIR, PROJECT_ROOT

SHARED_AUDIO = PROJECT_ROOT.parent / "shared" / "audio"


@pytest.fixture(scope="session", autouse=True)
def _model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the joined embedded models, shared by every test and child process, and
    by the test processes of one run (pytest-xdist's workers share their base folder's parent;
    a model is joined into a temporary file and renamed, so two workers joining at once is
    safe)."""
    if "VOICE_INTERVIEWER_TEST_CACHE" in os.environ:
        cache = Path(os.environ["VOICE_INTERVIEWER_TEST_CACHE"])
    elif "PYTEST_XDIST_WORKER" in os.environ:
        cache = tmp_path_factory.getbasetemp().parent / "cache"
        cache.mkdir(exist_ok=True)
    else:
        cache = tmp_path_factory.mktemp("cache")
    os.environ["VOICE_INTERVIEWER_CACHE"] = str(cache)
    os.environ["HF_HUB_OFFLINE"] = "1"
    return cache


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty data folder."""
    folder = tmp_path / "home"
    monkeypatch.setenv("VOICE_INTERVIEWER_HOME", str(folder))
    monkeypatch.delenv("VOICE_INTERVIEWER_CONFIG", raising=False)
    return folder


def shared_audio(name: str) -> Path:
    """A recording from ../shared/audio, read in place; skip when the folder is absent."""
    path = SHARED_AUDIO / name
    if not path.is_file():
        pytest.skip(f"{path} is not here (the shared recordings live beside the checkout)")
    return path


def fixture_audio(name: str) -> tuple[Path, str]:
    """A bundled fixture recording and its exact text."""
    wav = FIXTURES_DIR / f"{name}.wav"
    return wav, wav.with_suffix(".txt").read_text(encoding="utf-8")


FIXTURE_NAMES = sorted(p.stem for p in FIXTURES_DIR.glob("*.wav"))


def run_cli(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess[str]:
    """Run the program as a user would: its main() with these arguments, output captured.

    In this process (the child's second of start-up and Whisper's load add nothing to what is
    tested), unless the call sets the child's environment or input (env=, input=): then in a
    child process, with the installed entry point.
    """
    if kwargs:
        return subprocess.run(
            [sys.executable, "-m", "voice_interviewer", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            **kwargs,
        )
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = cli.main(list(args))
    return subprocess.CompletedProcess(list(args), code, stdout.getvalue(), stderr.getvalue())


@pytest.fixture(scope="session")
def pipewire(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PipeWire]:
    """A private PipeWire with a virtual speaker and microphone (tests/pipewire.py), shared by
    the session; the tests that use it skip with the reason where it cannot start."""
    try:
        server = start_pipewire(tmp_path_factory.mktemp("pipewire"))
    except PipeWireUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _rule_coach_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reviews in tests use the instant rule coach unless a test asks for an LLM (--coach),
    and Whisper without the filler hotwords unless a test asks for them."""
    monkeypatch.setenv("VOICE_INTERVIEWER_COACH", "rules")
    # Whisper without the filler hotwords, twice as fast: the default path (hotwords) is
    # tested on real speech in test_real_fillers.py, end to end in the demo's PipeWire test,
    # and wherever a test builds Settings() itself.
    monkeypatch.setenv("VOICE_INTERVIEWER_KEEP_FILLERS", "false")
    # A test machine's own Ollama or llama-server must not answer for the embedded model.
    monkeypatch.setenv("VOICE_INTERVIEWER_LLM_DISCOVER", "false")
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "VOICE_INTERVIEWER_LLM_MODEL"):
        monkeypatch.delenv(name, raising=False)
