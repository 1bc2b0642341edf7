"""The event store as a user drives it, on a real SQLite file and a real PostgreSQL server."""
from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from conftest import SEED_PAGE, need_shared
from eventwire import read_documents
from eventwire.errors import IngestError
from eventwire.ingest import document_from_text
from eventwire.store import EventQuery, Store, StoreError, schema_version

# Three short reports written for these tests: two outlets telling one air strike, and
# a strike on the same town ten days later.
STRIKE_A = ("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on Tuesday, killing at "
            "least 12 civilians, the Syrian Observatory for Human Rights said.")
STRIKE_B = ("Air raids by Syrian regime jets on Kafranbel in northwestern Idlib killed 15 people, most of them "
            "civilians, on Tuesday, rescue workers said.")
LATER_STRIKE = ("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on Friday, killing "
                "four civilians, the Syrian Observatory for Human Rights said.")


def report(doc_id: str, text: str, published: str = "2019-05-08", url: str | None = None):
    document = document_from_text(text, doc_id=doc_id, published=date.fromisoformat(published))
    document.url = url
    return document


@pytest.fixture
def store(store_url):
    with Store(store_url) as opened:
        yield opened


@pytest.fixture
def seed():
    return next(iter(read_documents([str(need_shared(SEED_PAGE))], published=date(2014, 11, 26))))


def all_events(store: Store) -> list[dict]:
    return list(store.iter_events(EventQuery(sort="id")))


def test_the_seed_ingested_twice_is_one_document_with_the_same_events(store, seed):
    first = store.ingest(seed)
    events_after_first = all_events(store)
    second = store.ingest(seed)
    assert first.status == "stored" and first.mentions == len(events_after_first) >= 5
    assert second.status == "unchanged" and second.document == first.document
    assert all_events(store) == events_after_first
    assert store.stats()["documents"] == 1


def test_the_same_text_with_other_spacing_or_the_same_url_is_not_stored_again(store):
    assert store.ingest(report("a", STRIKE_A, url="https://example.org/kafr-nabl")).status == "stored"
    respaced = STRIKE_A.replace(" ", "  ").replace(", killing", ",\nkilling")
    assert store.ingest(report("a-copy", respaced)).status == "unchanged"
    assert store.ingest(report("a-updated", STRIKE_B, url="https://example.org/kafr-nabl")).status == "unchanged"
    assert store.stats()["documents"] == 1


def test_an_id_stored_for_another_text_is_refused_by_name_and_nothing_changes(store):
    store.ingest(report("kafr-nabl", STRIKE_A))
    before = all_events(store)
    with pytest.raises(IngestError, match="kafr-nabl.*already stored for a different text"):
        store.ingest(report("kafr-nabl", LATER_STRIKE, published="2019-05-18"))
    assert all_events(store) == before


def test_a_batch_goes_on_past_a_bad_document(store):
    results = list(store.ingest_all([
        report("one", STRIKE_A),
        IngestError("feed.jsonl:2", "line is not JSON"),
        report("one", LATER_STRIKE, published="2019-05-18"),
        report("two", LATER_STRIKE, published="2019-05-18"),
    ]))
    assert [r.status for r in results] == ["stored", "error", "error", "stored"]
    assert results[1].error == "feed.jsonl:2: line is not JSON"
    assert "'one' is already stored" in results[2].error
    assert store.stats()["documents"] == 2


def test_two_reports_of_one_air_strike_are_one_event_with_two_sources(store):
    store.ingest(report("outlet-a", STRIKE_A))
    second = store.ingest(report("outlet-b", STRIKE_B))
    assert second.merged_events == 1
    [event] = all_events(store)
    assert event["n_sources"] == 2 and event["source_documents"] == ["outlet-a", "outlet-b"]
    assert event["sub_event_type"] == "Air/drone strike" and event["event_date"] == "2019-05-07"
    assert event["fatalities"] == 12  # the more conservative of 12 and 15
    detail = store.event(event["id"])
    assert {s["doc_id"] for s in detail["sources"]} == {"outlet-a", "outlet-b"}
    assert all(s["record"]["evidence"]["fatalities"] for s in detail["sources"])
    assert [d["action"] for d in detail["decisions"]] == ["new", "merge"]
    assert detail["decisions"][1]["reasons"]  # the merge says why, criterion by criterion


def test_a_strike_on_the_same_town_ten_days_later_is_another_event(store):
    store.ingest(report("outlet-a", STRIKE_A))
    result = store.ingest(report("later", LATER_STRIKE, published="2019-05-18"))
    assert result.new_events == 1 and result.merged_events == 0
    assert sorted(e["event_date"] for e in all_events(store)) == ["2019-05-07", "2019-05-17"]


def test_unmerge_splits_a_report_out_and_says_so(store):
    store.ingest(report("outlet-a", STRIKE_A))
    store.ingest(report("outlet-b", STRIKE_B))
    [merged] = all_events(store)
    new_id = store.unmerge(merged["id"], "outlet-b")
    events = {e["id"]: e for e in all_events(store)}
    assert set(events) == {merged["id"], new_id}
    assert events[merged["id"]]["source_documents"] == ["outlet-a"]
    assert events[new_id]["source_documents"] == ["outlet-b"]
    assert events[new_id]["fatalities"] == 15
    assert store.event(new_id)["decisions"][-1]["action"] == "unmerge"
    with pytest.raises(Exception, match="only document"):
        store.unmerge(new_id, "outlet-b")


def test_comments_are_stored_apart_with_their_abuse_flag(store, seed):
    number = store.ingest(seed).document
    stored = store.document(number)
    assert len(stored["comments"]) == len(seed.comments) > 0
    assert stored["comments"][-1]["abusive"] is True
    assert all(c["start"] >= stored["body_end"] for c in stored["comments"])
    flagged = store.comments(abusive=True)
    assert flagged.total >= 1 and all(c["abusive"] for c in flagged.items)
    assert "What a monstrous regime." not in [c["text"].strip() for c in flagged.items]
    assert all(e["evidence"] for e in stored["events"])


@pytest.fixture
def filled(store, seed):
    store.ingest(seed)
    store.ingest(report("outlet-a", STRIKE_A))
    store.ingest(report("outlet-b", STRIKE_B))
    store.ingest(report("later", LATER_STRIKE, published="2019-05-18"))
    return store


FILTERS = [
    (EventQuery(country="Syria"), lambda e: e["country"] == "Syria"),
    (EventQuery(country="syr"), lambda e: e["country_code"] == "SYR"),
    (EventQuery(admin1="idlib"), lambda e: (e["admin1"] or "").lower() == "idlib"),
    (EventQuery(event_type="Explosions/Remote violence"), lambda e: e["event_type"] == "Explosions/Remote violence"),
    (EventQuery(plover="assault"), lambda e: e["plover"] == "ASSAULT"),
    (EventQuery(actor="syria"), lambda e: "syria" in f"{e['actor1']} {e['actor2']}".lower()),
    (EventQuery(date_from="2019-01-01"), lambda e: (e["event_date"] or "") >= "2019-01-01"),
    (EventQuery(date_from="2014-11-20", date_to="2014-11-25"),
     lambda e: "2014-11-20" <= (e["event_date"] or "") <= "2014-11-25"),
    (EventQuery(min_fatalities=10), lambda e: (e["fatalities"] or 0) >= 10),
    (EventQuery(bbox=(35.0, 35.0, 40.0, 37.0)),
     lambda e: e["latitude"] is not None and 35 <= e["latitude"] <= 37 and 35 <= e["longitude"] <= 40),
    (EventQuery(q="kafranbel"), lambda e: "kafranbel" in (e["location"] or "").lower()),
    (EventQuery(country="Syria", min_fatalities=5, date_to="2019-05-10"),
     lambda e: e["country"] == "Syria" and (e["fatalities"] or 0) >= 5 and (e["event_date"] or "") <= "2019-05-10"),
]


@pytest.mark.parametrize("query, matches", FILTERS, ids=lambda x: repr(x)[:60] if isinstance(x, EventQuery) else "")
def test_each_filter_returns_exactly_the_matching_events(filled, query, matches):
    everything = all_events(filled)
    expected = sorted(e["id"] for e in everything if matches(e))
    query.limit = 1000
    page = filled.events(query)
    assert sorted(e["id"] for e in page.items) == expected
    assert page.total == len(expected)
    assert 0 < len(expected) < len(everything)  # the filter really filters on this data


def test_pages_cover_every_event_once_in_sort_order(filled):
    everything = filled.events(EventQuery(sort="-fatalities", limit=1000)).items
    pages = [filled.events(EventQuery(sort="-fatalities", limit=3, offset=o)).items for o in range(0, len(everything), 3)]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything]
    deaths = [e["fatalities"] for e in everything if e["fatalities"] is not None]
    assert deaths == sorted(deaths, reverse=True)
    with pytest.raises(ValueError, match="cannot sort by"):
        filled.events(EventQuery(sort="text; drop table events"))


def test_stats_count_events_by_type_country_and_month(filled):
    stats = filled.stats()
    assert stats["events"] == len(all_events(filled))
    assert sum(row["events"] for row in stats["by_country"]) == stats["events"]
    months = {row["key"]: row["events"] for row in stats["by_month"]}
    assert months["2019-05"] == 2
    syria = [e for e in all_events(filled) if e["country"] == "Syria"]
    assert filled.stats(EventQuery(country="Syria"))["events"] == len(syria) < stats["events"]


def test_an_opened_store_keeps_its_schema_version_and_refuses_a_newer_one(store_url):
    with Store(store_url) as store:
        assert store.version() == 1
    with Store(store_url) as store:  # opening again migrates nothing
        assert store.version() == 1
        with store.engine.begin() as conn:
            conn.execute(schema_version.insert().values(version=99, applied_at="later"))
    with pytest.raises(StoreError, match="schema version 99 is newer"):
        Store(store_url)


def test_a_store_that_cannot_be_opened_is_named_in_the_error(tmp_path):
    with pytest.raises(StoreError, match="no-such-folder"):
        Store(tmp_path / "no-such-folder" / "events.db")


def test_sqlite_store_writes_ahead(tmp_path):
    with Store(tmp_path / "events.db") as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
