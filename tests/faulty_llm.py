"""A small OpenAI-style HTTP server on 127.0.0.1 that misbehaves on purpose.

It stands in for the faults a real server cannot be made to produce on demand. The first part
of the request path picks the behaviour: http://127.0.0.1:PORT/<behaviour>/v1 is a base URL.

  hang        200 and stream headers, then nothing
  slow        one token a second, never finishing
  garbage     a well-formed stream whose text is not JSON
  stream-error  a few tokens, then an error event in the stream (as llama.cpp sends when the
              output does not parse)
  429, 500    an HTTP error with an OpenAI-style error body
  reset       the connection is reset before any answer
  refuse-schema  500 for response_format json_schema (as llama-cpp-python's server answers),
              `reply` for json_object
  flaky       garbage on the first request, `reply` after that

Every wait is bounded (the server's stop event, at most 30 s), so no test can hang on it.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_WAIT_S = 30.0


class FaultyServer:
    def __init__(self, reply: dict | None = None) -> None:
        self.reply = reply  # the JSON object sent as a well-behaved answer
        self.requests: list[tuple[str, dict]] = []
        self.arrived: list[float] = []  # time.monotonic() as each request came in
        self.stop_event = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, behaviour: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/{behaviour}/v1"

    def __enter__(self) -> FaultyServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop_event.set()
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                behaviour = self.path.strip("/").split("/")[0]
                owner.requests.append((behaviour, body))
                owner.arrived.append(time.monotonic())
                count = sum(1 for b, _ in owner.requests if b == behaviour)
                getattr(self, "_" + behaviour.replace("-", "_"))(body, count)

            def _start_stream(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                self.wfile.flush()

            def _send_chunk(self, text: str) -> None:
                chunk = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": "faulty",
                    "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()

            def _stream(self, text: str) -> None:
                self._start_stream()
                for start in range(0, len(text), 20):
                    self._send_chunk(text[start : start + 20])
                usage = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": "faulty",
                    "choices": [],
                    "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
                }
                self.wfile.write(f"data: {json.dumps(usage)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

            def _error(self, status: int, message: str) -> None:
                data = json.dumps({"error": {"message": message, "type": "error"}}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _hang(self, body: dict, count: int) -> None:
                self._start_stream()
                owner.stop_event.wait(MAX_WAIT_S)

            def _slow(self, body: dict, count: int) -> None:
                self._start_stream()
                for _ in range(int(MAX_WAIT_S)):
                    if owner.stop_event.wait(1.0):
                        return
                    self._send_chunk("{")

            def _garbage(self, body: dict, count: int) -> None:
                self._stream("Sure! Here is my feedback: the answer was great.")

            def _stream_error(self, body: dict, count: int) -> None:
                self._start_stream()
                self._send_chunk('{"framework": ')
                error = {"error": {"message": "output does not match the format", "code": 500}}
                self.wfile.write(f"data: {json.dumps(error)}\n\n".encode())
                self.wfile.flush()
                self.close_connection = True

            def _429(self, body: dict, count: int) -> None:
                self._error(429, "Rate limit reached, try again in 20s")

            def _500(self, body: dict, count: int) -> None:
                self._error(500, "internal server error")

            def _reset(self, body: dict, count: int) -> None:
                linger = struct.pack("ii", 1, 0)  # close with RST, not FIN
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                self.connection.close()
                self.close_connection = True

            def _refuse_schema(self, body: dict, count: int) -> None:
                kind = body.get("response_format", {}).get("type")
                if kind == "json_schema":
                    self._error(
                        500,
                        "1 validation error for CreateChatCompletionRequest response_format.type "
                        "Input should be 'text' or 'json_object'",
                    )
                else:
                    self._stream(json.dumps(owner.reply))

            def _flaky(self, body: dict, count: int) -> None:
                if count == 1:
                    self._garbage(body, count)
                else:
                    self._stream(json.dumps(owner.reply))

        return Handler
