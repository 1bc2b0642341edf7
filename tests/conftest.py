"""Shared fixtures: the worked example from ../shared (skipped where it is absent)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_PAGE = SHARED / "examples" / "raqqa-airstrikes-2014-11-26.txt"
SEED_GOLD = SHARED / "examples" / "raqqa-airstrikes.gold.jsonl"
SCHEMA = SHARED / "spec" / "event.schema.json"
SCORER = SHARED / "eval" / "score.py"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared sits beside the checkout in CI)")
    return path


@pytest.fixture(scope="session")
def seed_events():
    """The worked example's events, extracted once for the session."""
    from eventwire import extract_document, read_documents

    document = next(iter(read_documents([str(need_shared(SEED_PAGE))], published=date(2014, 11, 26))))
    return document, extract_document(document)


@pytest.fixture(scope="session")
def event_schema() -> dict:
    return json.loads(need_shared(SCHEMA).read_text("utf-8"))


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL server for the session (see tests/postgres.py)."""
    from postgres import started_server

    server = started_server()
    yield server
    server.stop()


def new_database(request, folder: Path) -> str:
    """A fresh, empty database of the kind the test is parametrized with (``request.param``):
    a SQLite file in ``folder``, or a new database on the session's PostgreSQL server."""
    import uuid

    if request.param == "sqlite":
        return str(folder / "events.db")
    return request.getfixturevalue("postgres").create_database(f"test_{uuid.uuid4().hex[:16]}")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty database of each kind: a SQLite file, and a new PostgreSQL database."""
    return new_database(request, tmp_path)
