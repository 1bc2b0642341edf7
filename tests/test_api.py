"""The REST API over HTTP: a real `eventwire serve` (uvicorn) on loopback, over SQLite and PostgreSQL."""
from __future__ import annotations

import uuid
from datetime import date

import httpx
import jsonschema
import pytest

from conftest import SEED_PAGE, need_shared, new_database
from servers import eventwire_serve
from eventwire import read_documents
from eventwire.store import Store

TOKEN = "test-token-" + uuid.uuid4().hex
STRIKE = ("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on Tuesday, killing at "
          "least 12 civilians, the Syrian Observatory for Human Rights said.")
SAME_STRIKE = ("Air raids by Syrian regime jets on Kafranbel in northwestern Idlib killed 15 people, most of them "
               "civilians, on Tuesday, rescue workers said.")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def api(request, tmp_path_factory):
    """A served store holding the worked example; yields an httpx client on its base URL."""
    url = new_database(request, tmp_path_factory.mktemp("api"))
    with Store(url) as store:
        store.ingest(next(iter(read_documents([str(need_shared(SEED_PAGE))], published=date(2014, 11, 26)))))
    with eventwire_serve(url, TOKEN) as base, httpx.Client(base_url=base, timeout=120) as client:
        yield client


@pytest.fixture(scope="module")
def openapi(api) -> dict:
    return api.get("/openapi.json").json()


def conforms(openapi: dict, path: str, method: str, code: int, body) -> None:
    """Raise unless ``body`` matches the response schema the OpenAPI document declares."""
    schema = openapi["paths"][path][method]["responses"][str(code)]["content"]["application/json"]["schema"]
    jsonschema.validate(body, {**schema, "components": openapi["components"]},
                        cls=jsonschema.Draft202012Validator)


def test_events_are_listed_with_the_declared_schema(api, openapi):
    response = api.get("/events", params={"limit": 100})
    assert response.status_code == 200
    page = response.json()
    conforms(openapi, "/events", "get", 200, page)
    assert page["total"] == len(page["items"]) >= 5
    raqqa = [e for e in page["items"] if "Raqq" in (e["location"] or "") and e["sub_event_type"] == "Air/drone strike"]
    assert raqqa and raqqa[0]["fatalities"] == 95


def test_filters_and_sorting_over_http(api):
    everything = api.get("/events", params={"limit": 1000}).json()["items"]
    strikes = api.get("/events", params={"event_type": "Explosions/Remote violence", "limit": 1000}).json()
    assert {e["id"] for e in strikes["items"]} == {
        e["id"] for e in everything if e["event_type"] == "Explosions/Remote violence"}
    iraq = api.get("/events", params={"country": "IRQ"}).json()["items"]
    assert iraq and all(e["country_code"] == "IRQ" for e in iraq)
    box = api.get("/events", params={"bbox": "38,35,40,37"}).json()["items"]
    assert box and all(35 <= e["latitude"] <= 37 and 38 <= e["longitude"] <= 40 for e in box)
    deadly = api.get("/events", params={"sort": "-fatalities", "min_fatalities": 1}).json()["items"]
    assert [e["fatalities"] for e in deadly] == sorted((e["fatalities"] for e in deadly), reverse=True)
    assert api.get("/events", params={"q": "raqqa"}).json()["total"] >= 1


def test_bad_filters_are_refused_with_a_reason(api):
    for params in ({"bbox": "1,2,3"}, {"date_from": "yesterday"}, {"sort": "password"}, {"limit": 0},
                   {"min_fatalities": -1}):
        response = api.get("/events", params=params)
        assert response.status_code == 422, params
        assert response.json()["detail"]


def test_one_event_with_its_sources_and_evidence(api, openapi):
    event_id = api.get("/events", params={"q": "raqqa", "sort": "-fatalities"}).json()["items"][0]["id"]
    response = api.get(f"/events/{event_id}")
    conforms(openapi, "/events/{event_id}", "get", 200, response.json())
    event = response.json()
    [source] = event["sources"]
    text = api.get(f"/documents/{source['document']}").json()["text"]
    start, end = source["record"]["evidence"]["fatalities"]
    assert text[start:end] == "at least 95"
    assert api.get("/events/999999").status_code == 404


def test_a_document_with_its_comments_and_event_spans(api, openapi):
    event = api.get("/events", params={"limit": 1}).json()["items"][0]
    document_number = api.get(f"/events/{event['id']}").json()["sources"][0]["document"]
    response = api.get(f"/documents/{document_number}")
    conforms(openapi, "/documents/{key}", "get", 200, response.json())
    document = response.json()
    assert document["comments"] and document["comments"][-1]["abusive"] is True
    assert all(c["start"] >= document["body_end"] for c in document["comments"])
    assert all(end <= document["body_end"] for e in document["events"] for _, end in e["evidence"].values())
    assert api.get(f"/documents/{document['doc_id']}").json()["id"] == document["id"]
    abusive = api.get("/comments", params={"abusive": "true"}).json()
    assert abusive["total"] >= 1 and all(c["abusive"] for c in abusive["items"])


def test_writes_need_the_token(api):
    record = {"id": f"strike-{uuid.uuid4().hex[:8]}", "text": STRIKE, "published": "2019-05-08"}
    assert api.post("/documents", json=record).status_code == 401
    assert api.post("/documents", json=record, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert api.get(f"/documents/{record['id']}").status_code == 404


def test_posted_reports_of_one_event_become_one_event_with_two_sources(api, openapi):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = {"id": f"a-{uuid.uuid4().hex[:8]}", "text": STRIKE, "published": "2019-05-08"}
    response = api.post("/documents", json=first, headers=auth)
    assert response.status_code == 201, response.text
    conforms(openapi, "/documents", "post", 201, response.json())
    assert api.post("/documents", json=first, headers=auth).json()["status"] == "unchanged"
    second = {"id": f"b-{uuid.uuid4().hex[:8]}", "text": SAME_STRIKE, "published": "2019-05-08"}
    assert api.post("/documents", json=second, headers=auth).json()["merged_events"] == 1
    [event] = api.get("/events", params={"q": "kafranbel"}).json()["items"]
    assert event["n_sources"] == 2
    clash = {"id": first["id"], "text": "Another text entirely, about talks in Geneva on Monday."}
    assert api.post("/documents", json=clash, headers=auth).status_code == 409
    assert api.post("/documents", json={"id": "no-text"}, headers=auth).status_code == 422


def test_stats_count_what_is_stored(api, openapi):
    stats = api.get("/stats").json()
    conforms(openapi, "/stats", "get", 200, stats)
    assert stats["events"] == api.get("/events").json()["total"]
    assert sum(row["events"] for row in stats["by_type"]) == stats["events"]
