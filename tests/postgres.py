"""A real PostgreSQL server for the store tests, started from Debian's binaries on loopback.

The server lives in a temporary folder for one test session and is stopped by its own pid.
Where PostgreSQL is not installed the PostgreSQL half of the store tests is skipped, unless
``EVENTWIRE_REQUIRE_POSTGRES=1`` (set by ``.ci/run``) makes that an error.
"""
from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "eventwire"


def binaries() -> Path | None:
    """The folder holding initdb and postgres: Debian keeps them under /usr/lib/postgresql/N/bin."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """initdb + postgres on 127.0.0.1 at a free port, trust authentication, in a temporary folder."""

    def __init__(self) -> None:
        self.bin = binaries()
        if self.bin is None:
            raise FileNotFoundError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        # Its own folder, which the server's user can reach (pytest's folders are private to root).
        self.root = Path(tempfile.mkdtemp(prefix="eventwire-postgres-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    def _as_owner(self) -> list[str]:
        """PostgreSQL refuses to run as root; a root test run uses the postgres system user."""
        return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def start(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            os.chmod(self.root, 0o700)
        subprocess.run([*self._as_owner(), str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       check=True, capture_output=True, text=True)
        return self._launch()

    def _launch(self) -> str:
        log = open(self.root / "server.log", "ab")
        if os.geteuid() == 0:
            shutil.chown(self.root / "server.log", "postgres")
        self.process = subprocess.Popen(
            [*self._as_owner(), str(self.bin / "postgres"), "-D", str(self.data), "-h", "127.0.0.1",
             "-p", str(self.port), "-k", str(self.root), "-c", "fsync=off", "-c", "full_page_writes=off"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"postgres exited: {(self.root / 'server.log').read_text()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("postgres did not start within 60 s")
        self._wait_ready()
        return self.url("postgres")

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + 60
        while True:
            try:
                psycopg.connect(self.url("postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def pid(self) -> int | None:
        """The postmaster's own pid, from its pid file (runuser may stand between us and it)."""
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def restart(self, *, down: float = 0.0) -> None:
        """Stop the server (fast shutdown: open connections are cut) and start it again on the same
        data and port, after ``down`` seconds; for the fault tests."""
        self.halt()
        time.sleep(down)
        self._launch()

    def halt(self) -> None:
        """Stop the server, keeping its data (``restart`` or ``_launch`` brings it back)."""
        pid = self.pid()
        if pid:
            try:
                os.kill(pid, signal.SIGINT)
            except ProcessLookupError:
                pass
        if self.process is not None:
            self.process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while self.pid() is not None and time.monotonic() < deadline:  # the pid file goes last
            time.sleep(0.05)

    def stop(self) -> None:
        pid = self.pid()
        if pid:
            try:
                os.kill(pid, signal.SIGINT)  # "fast" shutdown
            except ProcessLookupError:
                pass
        if self.process is not None:
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def started_server() -> PostgresServer:
    """A started server, or the test skipped (failed where ``EVENTWIRE_REQUIRE_POSTGRES=1``) with
    the reason when PostgreSQL is not installed."""
    import pytest

    if binaries() is None:
        if os.environ.get("EVENTWIRE_REQUIRE_POSTGRES") == "1":
            pytest.fail("EVENTWIRE_REQUIRE_POSTGRES=1 but PostgreSQL is not installed")
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    server = PostgresServer()
    server.start()
    return server
