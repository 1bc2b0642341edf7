"""Bulk ingest: worker processes, a real Dask LocalCluster, WARC archives, and a run killed
with SIGKILL then resumed, each ending with exactly the events of a plain run."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from itertools import islice

import pytest
import sqlalchemy as sa

from conftest import SHARED, SEED_PAGE, need_shared
from eventwire import read_documents
from eventwire.bulk import ingest_stream
from eventwire.ingest import document_from_text
from eventwire.store import EventQuery, Store, documents

STORIES = SHARED / "dev" / "voa" / "stories.jsonl"
STRIKE = ("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on Tuesday, killing at "
          "least 12 civilians, the Syrian Observatory for Human Rights said.")
SAME_STRIKE = ("Air raids by Syrian regime jets on Kafranbel in northwestern Idlib killed 15 people, most of them "
               "civilians, on Tuesday, rescue workers said.")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list:
    """A dozen development stories, the worked example, and two reports of one strike (a merge)."""
    stories = list(islice(read_documents([str(need_shared(STORIES))]), 12))
    seed = next(iter(read_documents([str(need_shared(SEED_PAGE))], published=date(2014, 11, 26))))
    reports = [document_from_text(text, doc_id=name, published=date(2019, 5, 8))
               for name, text in (("strike-a", STRIKE), ("strike-b", SAME_STRIKE))]
    return [*stories[:6], reports[0], seed, *stories[6:], reports[1]]


def snapshot(url: str) -> list[dict]:
    with Store(url) as store:
        return list(store.iter_events(EventQuery(sort="id")))


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> list[dict]:
    """The events of a plain run: one process, one document after another."""
    url = str(tmp_path_factory.mktemp("reference") / "events.db")
    with Store(url) as store:
        results = list(store.ingest_all(inputs))
    assert all(r.status == "stored" for r in results)
    events = snapshot(url)
    assert any(e["n_sources"] == 2 for e in events)  # the two strike reports merged
    return events


def test_two_worker_processes_give_the_events_of_a_plain_run(inputs, reference, tmp_path):
    url = str(tmp_path / "events.db")
    with Store(url) as store:
        results = list(ingest_stream(store, inputs, workers=2, batch_size=3))
    assert [r.doc_id for r in results] == [d.id for d in inputs]
    assert snapshot(url) == reference


def test_a_dask_local_cluster_gives_the_events_of_a_plain_run(inputs, reference, tmp_path):
    from distributed import Client, LocalCluster

    url = str(tmp_path / "events.db")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        with Store(url) as store:
            results = list(ingest_stream(store, inputs, engine="dask", scheduler=client, batch_size=4))
        worker_pids = set(client.run(os.getpid).values())
    assert os.getpid() not in worker_pids and len(worker_pids) == 2  # the work left this process
    assert all(r.status == "stored" for r in results)
    assert snapshot(url) == reference


def test_a_run_killed_mid_way_and_restarted_ends_with_the_events_of_a_plain_run(inputs, reference, tmp_path):
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as out:
        for document in inputs:
            out.write(json.dumps({"id": document.id, "text": document.text, "title": document.title,
                                  "published": document.published.isoformat() if document.published else None})
                      + "\n")
    url = str(tmp_path / "events.db")
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(feed), "--db", url, "--batch-size", "1"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    engine = sa.create_engine(f"sqlite:///{url}")
    deadline = time.monotonic() + 300
    stored = 0
    while stored < 5 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
        try:
            with engine.connect() as conn:
                stored = conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar()
        except sa.exc.OperationalError:  # the store is not created yet
            pass
    assert run.poll() is None, "the run ended before it could be killed"
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    engine.dispose()
    with Store(url) as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            kept = conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar()
    assert 5 <= kept < len(inputs)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.count("already stored, unchanged") == kept
    assert snapshot(url) == reference


def test_a_warc_archive_is_read_page_by_page(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = {
        "https://news.example/zamfara": "<html><head><title>Gunmen kill five in Zamfara</title></head><body><article>"
                                        "<p>Gunmen killed five villagers in Zamfara state on Monday, police said.</p>"
                                        "</article></body></html>",
        "https://news.example/nairobi": "<html><head><title>Protest in Nairobi</title></head><body><article>"
                                        "<p>Thousands of people marched in Nairobi on Tuesday against new taxes.</p>"
                                        "</article></body></html>",
    }
    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
        writer.write_record(writer.create_warc_record("https://news.example/logo.png", "resource",
                                                      payload=io.BytesIO(b"\x89PNG..."), warc_content_type="image/png"))
    read = list(read_documents([str(archive)], published=date(2024, 3, 5)))
    assert [d.url for d in read] == list(pages)
    assert [d.id for d in read] == list(pages)
    assert "Gunmen killed five villagers" in read[0].text
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nthis is not a record")
    [error] = list(read_documents([str(broken)]))
    assert "broken.warc" in str(error) and "WARC" in str(error)
    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(b"these are not the bytes of an archive\n")
    [error] = list(read_documents([str(garbage)]))
    assert str(error).startswith(f"{garbage}: not a readable WARC archive")
