"""The records that flow through eventwire: document -> mentions -> events.

Field names follow the contracts in ``shared/spec/README.md``: spec §1 for
documents, spec §2 (``event.schema.json``) for events. Every character offset
refers to ``Document.text`` exactly as received, so evidence spans can be
highlighted in the original report.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abuse import AbuseScore

Span = tuple[int, int]
"""Half-open character range ``[start, end)`` into ``Document.text``."""


@dataclass
class Comment:
    """A reader comment, kept with its document but never coded as an event."""

    text: str
    start: int
    end: int
    author: str | None = None
    posted: str | None = None  # as written on the page, e.g. "26 November 2014, 11:34"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document:
    """One report, as spec §1 describes it, plus what ingest learnt about its layout.

    ``body`` is the part events are taken from: ``text[body_start:body_end]``
    minus the ``furniture`` spans (links, image tokens, share lines).
    Reader comments live after ``body_end`` and are listed in ``comments``.
    """

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source_name: str | None = None
    language: str | None = None
    body_start: int = 0
    body_end: int | None = None
    furniture: list[Span] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    origin: str | None = None  # where it came from, for error messages: "path" or "path:line"

    def __post_init__(self) -> None:
        if self.body_end is None:
            self.body_end = len(self.text)

    @property
    def comments_start(self) -> int | None:
        """Offset where the reader-comment section begins, if there is one."""
        return self.body_end if self.comments else None


@dataclass
class Event:
    """One coded event: spec §2, one line of the output JSONL."""

    doc_id: str
    event_id: str
    plover: str
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_mode: str | None = None
    actor1: str | None = None
    actor1_text: str | None = None
    actor1_inter: int | None = None
    actor2: str | None = None
    actor2_text: str | None = None
    actor2_inter: int | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    event_date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    civilian_fatalities: int | None = None
    injuries: int | None = None
    source: str | None = None
    evidence: dict[str, list[int]] = field(default_factory=dict)
    confidence: float = 0.5
    summary: str | None = None  # one line a person can read: "On 2014-11-25, ... (Raqqa, Syria)"
    reasons: dict[str, str] = field(default_factory=dict)  # field -> why it was chosen, in words

    def to_dict(self) -> dict[str, Any]:
        """The spec §2 record, keys in a stable, readable order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class CodedDocument:
    """A document with its events (spec §2 records) and its comments' abuse scores, in the
    comments' order: what ingest stores, made without a database (so anywhere: a worker
    process, a Dask worker)."""

    document: Document
    events: list[dict[str, Any]]
    comment_scores: list[AbuseScore]
