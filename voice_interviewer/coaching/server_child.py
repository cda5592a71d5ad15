"""The embedded LLM server's own process: `python -m voice_interviewer.coaching.server_child`.

xllamacpp holds Python's global lock while it loads a model (4-5 s for the 1.5B model, measured
here), which would freeze a recording in progress; so the server runs in this small child
process. It prints one line, "listening URL" or "error: MESSAGE", then serves until its
standard input closes, which happens when the parent program ends, however it ends; then it
ends at once.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    path, threads, batch_threads, context = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    try:
        import xllamacpp

        params = xllamacpp.CommonParams()
        params.model.path = path
        params.hostnames = ["127.0.0.1"]
        params.port = 0  # the system picks a free port
        params.n_ctx = context
        params.n_parallel = 1
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = batch_threads
        params.verbosity = -1
        server = xllamacpp.Server(params)
    except Exception as exc:
        print(f"error: {type(exc).__name__}: {exc}", flush=True)
        return 1
    print(f"listening {server.listening_address}", flush=True)
    sys.stdin.read()  # until the parent closes the pipe or dies
    # Not `del server`: its shutdown waits for the thread blocked in accept(), which on a busy
    # machine never woke in 3 of 60 starts (CI caught one). Nothing here needs flushing or
    # closing; the system closes the port as the process ends.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
