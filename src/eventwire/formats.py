"""Writing events out: a table for people, JSON / JSONL (spec §2) / CSV for programs."""
from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Iterable, TextIO

from .records import Document, Event

FORMATS = ("table", "json", "jsonl", "csv")
CSV_COLUMNS = [
    "event_id", "doc_id", "event_date", "date_end", "date_precision", "event_type", "sub_event_type",
    "plover", "plover_mode", "actor1", "actor1_inter", "actor2", "actor2_inter", "location", "admin1",
    "country", "country_code", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
    "fatalities_high", "civilian_fatalities", "injuries", "source", "confidence", "actor1_text",
    "actor2_text", "summary", "evidence",
]


def write_events(results: Iterable[tuple[Document, list[Event]]], fmt: str, out: TextIO) -> int:
    """Write every document's events in the chosen format; returns how many were written."""
    written = 0
    if fmt == "jsonl":
        for _, events in results:
            for event in events:
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                written += 1
    elif fmt == "json":
        records = [event.to_dict() for _, events in results for event in events]
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        written = len(records)
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for _, events in results:
            for event in events:
                row = event.to_dict()
                row["evidence"] = json.dumps(row["evidence"])
                writer.writerow(row)
                written += 1
    elif fmt == "table":
        for document, events in results:
            out.write(table(document, events))
            written += len(events)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return written


def _cell(value, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def table(document: Document, events: list[Event]) -> str:
    """A readable block for one document: its events, one line each, and a summary line."""
    buffer = io.StringIO()
    published = document.published.isoformat() if document.published else "unknown"
    buffer.write(f"{document.id}  (published {published}; {len(events)} events; "
                 f"{len(document.comments)} reader comments set apart)\n")
    header = f"  {'date':<10} {'type':<28} {'actor1':<26} {'actor2':<24} {'place':<22} {'dead':>5}  {'conf':>4}\n"
    buffer.write(header)
    buffer.write("  " + "-" * (len(header) - 3) + "\n")
    for event in events:
        kind = event.sub_event_type or event.plover
        place = ", ".join(dict.fromkeys(p for p in (event.location, event.country) if p))
        dead = "" if event.fatalities is None else str(event.fatalities)
        buffer.write(
            f"  {_cell(event.event_date, 10):<10} {_cell(kind, 28):<28} {_cell(event.actor1, 26):<26} "
            f"{_cell(event.actor2, 24):<24} {_cell(place, 22):<22} {dead:>5}  {event.confidence:>4.2f}\n"
        )
        if event.source:
            buffer.write(textwrap.indent(f"source: {event.source}\n", " " * 13))
    buffer.write("\n")
    return buffer.getvalue()
