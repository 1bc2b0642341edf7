"""Security, tested as an attacker would: the write token, SQL injection in every filter, a
schemathesis run over the OpenAPI schema (no 5xx), request size and rate limits, and no secret
in the logs. (Hostile markup in the dashboard: tests/test_dashboard.py, which drives Chromium.)"""
from __future__ import annotations

import hmac
import logging
import subprocess
import sys
import uuid
from datetime import date

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from eventwire.app import create_app
from eventwire.ingest import document_from_text
from eventwire.store import EventQuery, Store, StoreError, documents, events

TOKEN = "sec-token-" + uuid.uuid4().hex
STRIKE = ("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on Tuesday, killing at "
          "least 12 civilians, the Syrian Observatory for Human Rights said.")
PROTEST = "Police fired tear gas at protesters in Nairobi on Monday, injuring 4 people, witnesses said."

INJECTIONS = [
    "' OR '1'='1", "'; DROP TABLE events; --", "\" OR 1=1 --", "Syria' UNION SELECT doc_id, text FROM documents --",
    "%", "_", "%' --", "\\", "' OR sqlite_version() --", "1; SELECT pg_sleep(5)", "\x00", "🙂' OR ''='",
]
FILTERS = ["date_from", "date_to", "country", "admin1", "event_type", "sub_event_type", "plover", "actor", "bbox", "q",
           "min_fatalities", "sort"]


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> str:
    url = str(tmp_path_factory.mktemp("security") / "events.db")
    with Store(url) as store:
        store.ingest(document_from_text(STRIKE, doc_id="strike", published=date(2019, 5, 8)))
        store.ingest(document_from_text(PROTEST, doc_id="protest", published=date(2019, 5, 8)))
    return url


@pytest.fixture(scope="module")
def client(filled):
    with Store(filled) as store, TestClient(create_app(store, token=TOKEN, rate_limit=None, write_rate_limit=None)) as c:
        yield c


def _counts(url: str) -> tuple[int, int]:
    with Store(url) as store, store.engine.connect() as conn:
        return (conn.execute(sa.select(sa.func.count()).select_from(events)).scalar(),
                conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar())


@pytest.mark.parametrize("name", FILTERS)
def test_injection_strings_in_every_filter_match_nothing_and_harm_nothing(client, filled, name):
    before = _counts(filled)
    assert before[0] >= 1
    for value in INJECTIONS:
        response = client.get("/events", params={name: value})
        assert response.status_code in (200, 422), (name, value, response.text)
        if response.status_code == 200:
            assert response.json()["total"] == 0, (name, value)  # no string widens the match
        stats = client.get("/stats", params={name: value} if name not in ("sort",) else {})
        assert stats.status_code in (200, 422), (name, value, stats.text)
    assert _counts(filled) == before


@pytest.mark.parametrize("store_kind", ["sqlite", "postgresql"])
def test_injection_strings_reach_both_databases_only_as_parameters(store_kind, request, tmp_path):
    url = (str(tmp_path / "events.db") if store_kind == "sqlite"
           else request.getfixturevalue("postgres").create_database(f"sec_{uuid.uuid4().hex[:12]}"))
    with Store(url) as store:
        store.ingest(document_from_text(STRIKE, doc_id="strike", published=date(2019, 5, 8)))
        statements: list[tuple[str, object]] = []
        sa.event.listen(store.engine, "before_cursor_execute",
                        lambda conn, cursor, statement, parameters, context, many: statements.append((statement, parameters)))
        for value in INJECTIONS:
            if "\x00" in value:  # refused by name before any SQL is built
                with pytest.raises(ValueError, match="NUL"):
                    store.events(EventQuery(actor=value))
                continue
            query = EventQuery(country=value, admin1=value, event_type=value, sub_event_type=value, plover=value,
                               actor=value, q=value)
            assert store.events(query).total == 0
            assert store.document(value) is None
        assert statements
        for statement, _ in statements:
            for value in INJECTIONS:
                if len(value) > 3:
                    assert value not in statement, statement  # the value travels as a parameter, never as SQL
        assert store.events(EventQuery()).total == 1
        assert store.check() == []


def test_writes_need_the_right_token_compared_in_constant_time(client, monkeypatch, tmp_path):
    record = {"id": "tok-1", "text": PROTEST.replace("4", "5")}
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Bearer wrong"},
                    {"Authorization": f"Bearer {TOKEN[:-1]}"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": "Bearer ' OR '1'='1"},
                    {"Authorization": "Bearer \u00e9\u00e9".encode("latin-1")}):
        for path in ("/documents", "/extract"):
            response = client.post(path, json=record, headers=headers)
            assert response.status_code == 401, (headers, path, response.text)
    compared = []
    real = hmac.compare_digest
    monkeypatch.setattr("eventwire.app.hmac.compare_digest", lambda a, b: compared.append((a, b)) or real(a, b))
    assert client.post("/extract", json=record, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert compared == [(TOKEN.encode(), TOKEN.encode())]  # the check is hmac.compare_digest
    # Without a token configured the API is read-only: no header opens it.
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    for empty in ("", None):
        with Store(tmp_path / "ro.db") as store, TestClient(create_app(store, token=empty)) as ro:
            for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer None"}):
                assert ro.post("/documents", json=record, headers=headers).status_code == 401


def test_a_body_over_the_limit_is_refused_before_it_is_read(filled):
    with Store(filled) as store, TestClient(create_app(store, token=TOKEN, max_request_bytes=10_000)) as small:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        big = {"id": "big", "text": "x " * 10_000}
        response = small.post("/extract", json=big, headers=headers)
        assert response.status_code == 413 and "larger than 10,000 bytes" in response.json()["detail"]

        def chunks():  # no Content-Length: counted as it streams
            for _ in range(20):
                yield b"x" * 1000

        response = small.post("/extract", content=chunks(), headers={**headers, "Content-Type": "application/json"})
        assert response.status_code == 413
        assert small.post("/extract", json={"id": "ok", "text": PROTEST}, headers=headers).status_code == 200


def test_a_document_over_the_text_limit_gets_422_with_the_reason(client):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    french = ("Des soldats ont tué trois civils lundi dans le village de Beni, dans l'est de la République "
              "démocratique du Congo, selon des sources locales qui ont indiqué que les assaillants étaient arrivés.")
    for record, reason in (({"id": "fr", "text": french}, "not in English"),
                           ({"id": "old", "text": PROTEST, "published": "0001-01-01"}, "before 1900"),
                           ({"id": "new", "text": PROTEST, "published": "2999-01-01"}, "in the future")):
        response = client.post("/documents", json=record, headers=headers)
        assert response.status_code == 422 and reason in response.json()["detail"], response.text


def test_a_client_over_the_rate_limit_gets_429_and_others_do_not(filled):
    with Store(filled) as store:
        app = create_app(store, token=TOKEN, rate_limit="5/60", write_rate_limit="2/60")
        with TestClient(app) as one, TestClient(app, client=("10.0.0.2", 5000)) as other:
            codes = [one.get("/stats").status_code for _ in range(7)]
            assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
            refused = one.get("/events")
            assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
            assert other.get("/stats").status_code == 200  # the limit is per client
            headers = {"Authorization": f"Bearer {TOKEN}"}
            writes = [other.post("/extract", json={"id": "r", "text": PROTEST}, headers=headers).status_code
                      for _ in range(3)]
            assert writes == [200, 200, 429]


@pytest.fixture(params=["sqlite", "postgresql"])
def served_url(request, filled):
    if request.param == "sqlite":
        return filled
    url = request.getfixturevalue("postgres").create_database(f"sec_{uuid.uuid4().hex[:12]}")
    with Store(url) as store:
        store.ingest(document_from_text(STRIKE, doc_id="strike", published=date(2019, 5, 8)))
    return url


def test_huge_numbers_in_paths_and_filters_are_refused_not_a_server_error(served_url):
    huge = ["2147483648", "9007199254740993", "99999999999999999999", "1" * 400]
    with Store(served_url) as store, TestClient(create_app(store, rate_limit=None)) as c:
        for n in huge:
            for path, params in ((f"/events/{n}", {}), (f"/documents/{n}", {}), ("/comments", {"document": n}),
                                 ("/events", {"min_fatalities": n}), ("/events", {"offset": n}),
                                 ("/stats", {"min_fatalities": n}), ("/comments", {"offset": n})):
                response = c.get(path, params=params)
                assert response.status_code in (404, 422) or (response.status_code == 200 and "offset" in params
                                                               and not response.json()["items"]), \
                    (path, params, response.status_code, response.text[:200])


def test_schemathesis_finds_no_server_error(served_url):
    """Generated requests from the OpenAPI schema, valid and invalid, with and without the token:
    none gets a 5xx."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, Phase, given, settings, strategies as st

    with Store(served_url) as store:
        app = create_app(store, token=TOKEN, rate_limit=None, write_rate_limit=None)
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        failures: list[str] = []
        calls = 0

        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 7

        @settings(max_examples=50 * len(operations), deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
        @given(case=st.one_of([operation.as_strategy() for operation in operations]))
        def run(case):
            nonlocal calls
            calls += 1
            if case.method.upper() == "POST" and calls % 2:
                case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
            response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}: "
                                f"{response.text[:200]}")

        run()
        assert calls >= 50
        assert failures == []


def test_no_secret_in_logs_or_errors(filled, caplog, capfd):
    password = "pw-" + uuid.uuid4().hex
    with pytest.raises(StoreError) as error:
        Store(f"postgresql://eventwire:{password}@127.0.0.1:1/nowhere")
    assert password not in str(error.value) and "***" in str(error.value)
    caplog.set_level(logging.DEBUG)
    with Store(filled) as store, TestClient(create_app(store, token=TOKEN)) as c:
        c.post("/documents", json={"id": "x"}, headers={"Authorization": f"Bearer {TOKEN}"})
        c.post("/documents", json={"id": "x", "text": PROTEST}, headers={"Authorization": f"Bearer {TOKEN}x"})
    # The command line: a bad token and a password in the URL never reach stdout, stderr or the log.
    run = subprocess.run([sys.executable, "-m", "eventwire.cli", "events", "--db",
                          f"postgresql://eventwire:{password}@127.0.0.1:1/nowhere"],
                         capture_output=True, text=True, timeout=60, env={"EVENTWIRE_TOKEN": TOKEN, "PATH": "/usr/bin"})
    assert run.returncode != 0
    out, err = capfd.readouterr()
    text = caplog.text + out + err + run.stdout + run.stderr
    assert TOKEN not in text and password not in text
