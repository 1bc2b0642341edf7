"""Faults: a run killed with SIGKILL in the middle of a merge, a full disk, the database locked by
another writer, PostgreSQL restarted mid-run. After each, the store passes its integrity check
(``Store.check``) and holds every document that was acknowledged. (SIGKILL during a bulk ingest,
then resumed: tests/test_bulk.py.)"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwire.ingest import document_from_text
from eventwire.store import Store, StoreError, documents

STRIKE = ("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on Tuesday, killing at "
          "least 12 civilians, the Syrian Observatory for Human Rights said.")
SAME_STRIKE = ("Air raids by Syrian regime jets on Kafranbel in northwestern Idlib killed 15 people, most of them "
               "civilians, on Tuesday, rescue workers said.")
PUBLISHED = date(2019, 5, 8)
REQUIRE = os.environ.get("EVENTWIRE_REQUIRE_FAULTS") == "1"


def doc(text: str, doc_id: str):
    return document_from_text(text, doc_id=doc_id, published=PUBLISHED)


def stored_ids(url: str) -> set[str]:
    with Store(url) as store, store.engine.connect() as conn:
        return set(conn.execute(sa.select(documents.c.doc_id)).scalars())


def protest(n: int) -> str:
    return f"Police fired tear gas at {n} protesters in Nairobi on Monday, injuring {n % 7 + 2} people, witnesses said."


def test_sigkill_in_the_middle_of_a_merge_leaves_the_store_whole(tmp_path):
    url = str(tmp_path / "events.db")
    with Store(url) as store:
        assert store.ingest(doc(STRIKE, "strike-a")).status == "stored"  # acknowledged
    # A child process ingests the second report, which merges into the first's event; it stops
    # inside the merge transaction (after the merge's first writes) and is killed there.
    child = textwrap.dedent(f"""
        import sys, time
        from datetime import date
        import eventwire.store as store_module
        from eventwire.ingest import document_from_text
        real = store_module._refresh_event
        def stalled(conn, event_id):
            real(conn, event_id)
            print("MERGING", flush=True)
            time.sleep(600)
        store_module._refresh_event = stalled
        with store_module.Store({url!r}) as store:
            store.ingest(document_from_text({SAME_STRIKE!r}, doc_id="strike-b", published=date(2019, 5, 8)))
        """)
    run = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = run.stdout.readline()
        assert line.strip() == "MERGING", run.stderr.read()
    finally:
        run.kill()  # SIGKILL
        run.wait()
    with Store(url) as store:
        assert store.check() == []
        assert stored_ids(url) == {"strike-a"}  # the killed merge left nothing behind
        assert store.events().total == 1 and store.events().items[0]["n_sources"] == 1
        result = store.ingest(doc(SAME_STRIKE, "strike-b"))  # run again, it merges
        assert result.status == "stored" and result.merged_events == 1
        assert store.events().items[0]["n_sources"] == 2
        assert store.check() == []


def test_sigkill_during_a_command_line_ingest_keeps_every_acknowledged_document(tmp_path):
    """`eventwire ingest` prints a document's line once its transaction has committed: each line
    is an acknowledgement, and a SIGKILL at any moment after it must not lose that document."""
    import json
    import signal

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"protest-{n}", "text": protest(n), "published": "2019-05-08"}) + "\n"
                            for n in range(40)), "utf-8")
    url = str(tmp_path / "events.db")
    run = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "ingest", str(feed), "--db", url, "--batch-size", "1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                           env={**os.environ, "PYTHONUNBUFFERED": "1"}, start_new_session=True)
    acknowledged = []
    try:
        for line in run.stdout:
            if ": stored," in line:
                acknowledged.append(line.split(":", 1)[0])
            if len(acknowledged) == 4:
                break
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    assert len(acknowledged) == 4
    with Store(url) as store:
        assert store.check() == []
    kept = stored_ids(url)
    assert set(acknowledged) <= kept and len(kept) < 40


@pytest.fixture
def small_disk():
    """A 1 MB tmpfs, mounted for the test (we run as root); skipped where mounting is not allowed."""
    where = Path(tempfile.mkdtemp(prefix="eventwire-full-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], capture_output=True,
                             text=True)
    if mounted.returncode != 0:
        shutil.rmtree(where, ignore_errors=True)
        message = f"cannot mount a small tmpfs here: {mounted.stderr.strip()}"
        if REQUIRE:
            pytest.fail(message)
        pytest.skip(message)
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)
    shutil.rmtree(where, ignore_errors=True)


def test_a_full_disk_stops_with_a_named_error_and_keeps_every_acknowledged_document(small_disk):
    url = str(small_disk / "events.db")
    Store(url).close()
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    filler.write_bytes(b"\0" * max(0, free - 256 * 1024))  # leave 256 KB: a few documents' worth
    acknowledged: list[str] = []
    error = None
    with Store(url) as store:
        for n in range(400):
            try:
                result = store.ingest(doc(protest(n) + " " + "word " * 400, f"protest-{n}"))
            except StoreError as failure:
                error = failure
                break
            assert result.status == "stored"
            acknowledged.append(result.doc_id)
    assert error is not None, "the disk never filled"
    message = str(error)
    assert "\n" not in message and "full" in message and f"protest-{len(acknowledged)}" in message, message
    filler.unlink()  # space again
    with Store(url) as store:
        assert store.check() == []
        assert stored_ids(url) == set(acknowledged)  # every acknowledged one, nothing of the failed one
        n = len(acknowledged)
        assert store.ingest(doc(protest(n) + " " + "word " * 400, f"protest-{n}")).status == "stored"
        assert store.check() == []


def test_a_database_locked_by_another_writer_gives_a_named_error_after_the_busy_timeout(tmp_path):
    url = str(tmp_path / "events.db")
    with Store(url) as store:
        store.ingest(doc(protest(1), "protest-1"))
    other = sqlite3.connect(url, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        with Store(url, busy_timeout=0.5) as store:
            started = time.monotonic()
            with pytest.raises(StoreError) as error:
                store.ingest(doc(protest(2), "protest-2"))
            waited = time.monotonic() - started
            assert "database is locked" in str(error.value) and "protest-2" in str(error.value)
            assert "\n" not in str(error.value)
            assert 0.4 <= waited < 20
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store(url) as store:
        assert stored_ids(url) == {"protest-1"}
        assert store.ingest(doc(protest(2), "protest-2")).status == "stored"  # the lock gone, it goes in
        assert store.check() == []


def test_a_writer_waits_for_a_short_lock_instead_of_failing(tmp_path):
    url = str(tmp_path / "events.db")
    Store(url).close()
    other = sqlite3.connect(url, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(1.0, lambda: (other.execute("ROLLBACK"), other.close()))
    timer.start()
    with Store(url, busy_timeout=30) as store:
        assert store.ingest(doc(protest(3), "protest-3")).status == "stored"  # waited for the lock
    timer.join()
    assert stored_ids(url) == {"protest-3"}


@pytest.fixture
def own_postgres():
    """A PostgreSQL server of this test's own, since it is restarted."""
    from postgres import started_server

    server = started_server()
    yield server
    server.stop()


def test_postgresql_restarted_mid_run(own_postgres):
    url = own_postgres.create_database(f"faults_{uuid.uuid4().hex[:12]}")
    with Store(url) as store:
        assert store.ingest(doc(STRIKE, "strike-a")).status == "stored"
        own_postgres.restart()  # between two writes: the pooled connection is dead, the next write reconnects
        assert store.ingest(doc(protest(1), "protest-1")).status == "stored"
        own_postgres.halt()  # down: a write fails by name and stores nothing
        with pytest.raises(StoreError) as error:
            store.ingest(doc(SAME_STRIKE, "strike-b"))
        assert "strike-b" in str(error.value) and "\n" not in str(error.value)
        from fastapi.testclient import TestClient

        from eventwire.app import create_app

        with TestClient(create_app(store, token="t")) as client:  # the API says so with 503, not 500
            response = client.post("/documents", json={"id": "strike-b", "text": SAME_STRIKE, "published": "2019-05-08"},
                                   headers={"Authorization": "Bearer t"})
            assert response.status_code == 503 and "was not stored" in response.json()["detail"], response.text
        own_postgres._launch()
        own_postgres._wait_ready()
        result = store.ingest(doc(SAME_STRIKE, "strike-b"))  # back up: the same store goes on
        assert result.status == "stored" and result.merged_events == 1
        assert store.check() == []
    assert stored_ids(url) == {"strike-a", "protest-1", "strike-b"}


def test_the_integrity_check_finds_a_broken_store_and_the_command_says_so(tmp_path):
    url = str(tmp_path / "events.db")
    with Store(url) as store:
        store.ingest(doc(STRIKE, "strike-a"))
        store.ingest(doc(SAME_STRIKE, "strike-b"))
    ok = subprocess.run([sys.executable, "-m", "eventwire.cli", "check", "--db", url], capture_output=True, text=True,
                        timeout=120)
    assert ok.returncode == 0 and ok.stdout.strip() == f"{url}: ok", ok.stderr
    raw = sqlite3.connect(url)  # break it behind eventwire's back: an event loses a source, one its row
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("UPDATE events SET n_sources = 5")
    raw.execute("DELETE FROM mentions WHERE id = (SELECT max(id) FROM mentions)")
    raw.execute("INSERT INTO mentions (document_id, event_id, record) VALUES (1, 999, '{}')")
    raw.commit()
    raw.close()
    with Store(url) as store:
        problems = store.check()
    assert any("mentions rows point to a missing event" in p for p in problems), problems
    assert any("count their sources wrongly" in p for p in problems), problems
    assert any(p.startswith("sqlite: row") for p in problems), problems  # SQLite's own foreign-key check
    bad = subprocess.run([sys.executable, "-m", "eventwire.cli", "check", "--db", url], capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 1 and "count their sources wrongly" in bad.stderr
