"""Writing events out: a table for people, JSON / JSONL (spec §2) / CSV for programs."""
from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Any, Iterable, TextIO

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
    published = document.published.isoformat() if document.published else "unknown"
    heading = (f"{document.id}  (published {published}; {len(events)} events; "
               f"{len(document.comments)} reader comments set apart)")
    return _block(heading, [event.to_dict() for event in events])


def stored_table(document: dict[str, Any], events: list[dict[str, Any]]) -> str:
    """A stored document's block: its events as stored, each with its store id and source count."""
    flagged = sum(1 for c in document["comments"] if c["abusive"])
    heading = (f"{document['doc_id']}  (published {document['published'] or 'unknown'}; {len(events)} events; "
               f"{len(document['comments'])} reader comments set apart, {flagged} flagged abusive)")
    return _block(heading, events, stored=True)


def _block(heading: str, events: list[dict[str, Any]], *, stored: bool = False) -> str:
    buffer = io.StringIO()
    buffer.write(heading + "\n")
    lead = f"{'id':>5} " if stored else ""
    tail = f" {'srcs':>4}" if stored else ""
    header = (f"  {lead}{'date':<10} {'type':<28} {'actor1':<26} {'actor2':<24} {'place':<22} {'dead':>5}"
              f"  {'conf':>4}{tail}\n")
    buffer.write(header)
    buffer.write("  " + "-" * (len(header) - 3) + "\n")
    for event in events:
        line = event_line(event)
        if stored:
            line = f"{event['id']:>5} {line} {event['n_sources']:>4}"
        buffer.write(f"  {line}\n")
        if event.get("source"):
            buffer.write(textwrap.indent(f"source: {event['source']}\n", " " * (19 if stored else 13)))
    buffer.write("\n")
    return buffer.getvalue()


def event_line(event: dict[str, Any]) -> str:
    """One event on one line: date, kind, actors, place, deaths and confidence."""
    kind = event.get("sub_event_type") or event.get("plover")
    place = ", ".join(dict.fromkeys(p for p in (event.get("location"), event.get("country")) if p))
    dead = "" if event.get("fatalities") is None else str(event["fatalities"])
    return (f"{_cell(event.get('event_date'), 10):<10} {_cell(kind, 28):<28} {_cell(event.get('actor1'), 26):<26} "
            f"{_cell(event.get('actor2'), 24):<24} {_cell(place, 22):<22} {dead:>5}  {event['confidence']:>4.2f}")


def event_details(event: dict[str, Any]) -> str:
    """A stored event in full: fields, each source report, and the merge decisions with reasons."""
    buffer = io.StringIO()
    buffer.write(f"event {event['id']}: {event.get('summary') or ''}\n")
    for name, value in event.items():
        if name not in ("id", "summary", "sources", "decisions", "reasons") and value is not None:
            buffer.write(f"  {name:<20} {value}\n")
    buffer.write(f"\n{len(event['sources'])} source report(s):\n")
    for source in event["sources"]:
        record = source["record"]
        buffer.write(f"  {source['doc_id']} ({source.get('published') or 'no date'}"
                     f"{', ' + source['title'] if source.get('title') else ''})\n")
        buffer.write(f"    as reported: {record.get('summary') or ''}\n")
    if event.get("reasons"):
        buffer.write("\nhow the merged fields were chosen:\n")
        for name, reason in event["reasons"].items():
            buffer.write(f"  {name}: {reason}\n")
    buffer.write("\nmerge decisions:\n")
    for decision in event["decisions"]:
        score = "" if decision["score"] is None else f" (score {decision['score']:.2f})"
        buffer.write(f"  {decision['decided_at']}  report {decision['mention_id']}: {decision['action']}{score}\n")
        for criterion, reason in decision["reasons"].items():
            buffer.write(f"    {criterion}: {reason}\n")
    return buffer.getvalue()
