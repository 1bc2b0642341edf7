"""`eventwire ingest` then `eventwire export`, read back with pandas, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from conftest import SEED_PAGE, need_shared, new_database
from eventwire.store import EventQuery, Store

ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
                 "inter1", "actor2", "inter2", "interaction", "civilian_targeting", "iso", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "source", "notes", "fatalities"]


def eventwire(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def stored(request, tmp_path_factory):
    """The worked example ingested once per kind of database."""
    store_url = new_database(request, tmp_path_factory.mktemp("export"))
    eventwire("ingest", str(need_shared(SEED_PAGE)), "--published", "2014-11-26", "--db", store_url)
    with Store(store_url) as store:
        events = list(store.iter_events(EventQuery(sort="id")))
    return store_url, events


def read_back(fmt: str, path) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path)
    if fmt == "json":
        return pd.DataFrame(json.loads(path.read_text("utf-8")))
    if fmt == "geojson":
        collection = json.loads(path.read_text("utf-8"))
        assert collection["type"] == "FeatureCollection"
        for feature in collection["features"]:
            assert feature["geometry"]["coordinates"] == [feature["properties"]["longitude"],
                                                          feature["properties"]["latitude"]]
        return pd.DataFrame([f["properties"] for f in collection["features"]])
    return pd.read_parquet(path)


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "parquet"])
def test_an_export_round_trips_through_pandas(stored, fmt, tmp_path):
    url, events = stored
    path = tmp_path / f"events.{fmt}"
    eventwire("export", "--db", url, "--format", fmt, "-o", str(path), "--sort", "id")
    frame = read_back(fmt, path)
    assert list(frame.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    placed = [e for e in events if e["latitude"] is not None] if fmt == "geojson" else events
    assert len(frame) == len(placed) >= 5
    for row, event in zip(frame.to_dict("records"), placed):
        assert row["eventwire_id"] == event["id"]
        assert row["event_id_cnty"] == f"{event['country_code'] or 'XXX'}{event['id']}"
        assert row["event_type"] == event["event_type"] or (pd.isna(row["event_type"]) and event["event_type"] is None)
        assert row["fatalities"] == event["fatalities"] or (pd.isna(row["fatalities"]) and event["fatalities"] is None)
        assert row["source_documents"] == "raqqa-airstrikes-2014-11-26"
    raqqa = frame[frame["location"].fillna("").str.contains("Raqq") & (frame["sub_event_type"] == "Air/drone strike")].iloc[0]
    assert (raqqa["iso"], raqqa["inter1"], raqqa["year"], raqqa["time_precision"]) == (760, 1, 2014, 1)


def test_an_export_takes_the_api_filters(stored, tmp_path):
    url, events = stored
    out = eventwire("export", "--db", url, "--format", "csv", "--country", "Iraq").stdout
    path = tmp_path / "iraq.csv"
    path.write_text(out, "utf-8")
    frame = pd.read_csv(path)
    assert len(frame) == sum(1 for e in events if e["country"] == "Iraq") >= 1
    assert set(frame["country"]) == {"Iraq"}
