"""LLM servers a person already runs on this machine, found without configuration.

Ollama, LM Studio and llama.cpp's llama-server listen on known ports of 127.0.0.1 and answer
the OpenAI-compatible `GET /v1/models`. A refused connection answers at once, so looking costs
nothing when none runs; anything that is not such a server (another web server on the port)
is passed over.
"""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass

# (name, port) in the order they are preferred (../shared/notes/local-llm.md).
KNOWN_SERVERS: tuple[tuple[str, int], ...] = (
    ("Ollama", 11434),
    ("LM Studio", 1234),
    ("llama.cpp", 8080),
)


@dataclass(frozen=True)
class LocalServer:
    name: str
    base_url: str
    models: tuple[str, ...]  # what GET /v1/models lists, in its order


def _models(base_url: str, timeout_s: float) -> tuple[str, ...]:
    with urllib.request.urlopen(base_url + "/models", timeout=timeout_s) as response:
        data = json.load(response)
    return tuple(str(item["id"]) for item in data["data"] if item.get("id"))


def find_local_servers(
    candidates: tuple[tuple[str, int], ...] | None = None, timeout_s: float = 0.5
) -> list[LocalServer]:
    """The servers among candidates (default: KNOWN_SERVERS) that answer on 127.0.0.1 with
    at least one model."""
    found = []
    for name, port in KNOWN_SERVERS if candidates is None else candidates:
        base_url = f"http://127.0.0.1:{port}/v1"
        try:
            models = _models(base_url, timeout_s)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue  # nothing there, or not an OpenAI-compatible server
        if models:
            found.append(LocalServer(name, base_url, models))
    return found
