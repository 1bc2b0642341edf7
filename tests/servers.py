"""Servers the tests start for real, on loopback, and stop by their own pid."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def eventwire_serve(db: str, token: str) -> Iterator[str]:
    """`eventwire serve --db DB` with ``EVENTWIRE_TOKEN=token`` on a free port; yields its base URL."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", db, "--port", str(port)],
                              env={**os.environ, "EVENTWIRE_TOKEN": token}, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(base + "/openapi.json", timeout=2)
            break
        except httpx.TransportError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"eventwire serve did not start: {server.stdout.read()}")
            time.sleep(0.2)
    try:
        yield base
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
