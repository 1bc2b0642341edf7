"""The REST API over a store: events with filters, documents with their evidence, stats, ingest.

    >>> from eventwire.app import create_app
    >>> app = create_app(Store("eventwire.db"))      # an ASGI app; `eventwire serve` runs it

Reads are open; writes (``POST /documents``) need the bearer token set in ``EVENTWIRE_TOKEN``
(compared in constant time). Without a token set, the API is read-only.

Request bodies are capped and each client is rate-limited (``limits.py``: 413 and 429, set by
``EVENTWIRE_MAX_REQUEST_BYTES``, ``EVENTWIRE_RATE_LIMIT`` and ``EVENTWIRE_WRITE_RATE_LIMIT``).
A posted report is refused with 422 and the reason when ingest would refuse it (too long, a
publication date before 1900 or in the future, not in English); a store that cannot take it
(a full disk, a lock, the server gone) gives 503 with a one-line reason and stores nothing.
"""
from __future__ import annotations

import hmac
import os
from datetime import date
from typing import Annotated, Any, get_type_hints

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Response, status
from pydantic import BaseModel, ConfigDict, Field, create_model

from . import __version__
from .errors import DuplicateIdError, IngestError
from .ingest import document_from_html, document_from_record, screen
from .limits import DEFAULT_RATE, DEFAULT_WRITE_RATE, Rate, RequestLimits, env_max_body, env_rate
from .pipeline import extract_document
from .records import Document, Event
from .store import EVENT_FIELDS, MAX_PAGE, SORTABLE, EventQuery, Store, StoreError
from .web import mount_dashboard

MAX_INT = 2**53  # offsets: beyond this SQLite's 64-bit integers would overflow
MAX_ID = 2**31 - 1  # ids and counts are 32-bit INTEGER columns in PostgreSQL: larger values cannot match


def _event_model() -> type[BaseModel]:
    """The API's event: the spec §2 fields a stored (merged) event keeps (``store.EVENT_FIELDS``),
    typed as ``records.Event`` types them, with the store's id and how many reports tell it."""
    types = get_type_hints(Event)
    fields: dict[str, Any] = {"id": (int, ...)}
    for name in EVENT_FIELDS:
        fields[name] = (types[name], ... if name in ("plover", "confidence") else None)
    fields["n_sources"] = (int, ...)
    return create_model("EventOut", __doc__="A stored event: spec §2 fields for the merged event, and how many "
                                            "reports tell it.", **fields)


EventOut = _event_model()


class EventPageOut(BaseModel):
    total: int = Field(description="How many events match the filters, over all pages.")
    limit: int
    offset: int
    items: list[EventOut]


class SourceOut(BaseModel):
    document: int = Field(description="The store's number for the source document (GET /documents/{document}).")
    doc_id: str
    title: str | None = None
    url: str | None = None
    source_name: str | None = None
    published: str | None = None
    mention: int
    record: dict[str, Any] = Field(description="The event as this report tells it (spec §2), with its evidence spans.")


class DecisionOut(BaseModel):
    id: int
    mention_id: int
    event_id: int
    action: str = Field(description="new, merge or unmerge")
    score: float | None = None
    reasons: dict[str, str]
    decided_at: str


class EventDetailOut(EventOut):
    reasons: dict[str, str] = Field(description="How each merged field was chosen from the reports.")
    sources: list[SourceOut]
    decisions: list[DecisionOut]


class CommentOut(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: int
    position: int
    text: str
    start: int
    end: int
    author: str | None = None
    posted: str | None = None
    abuse_score: float
    abusive: bool
    abuse_reasons: list[str]


class CommentListOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[CommentOut]


class DocumentEventOut(BaseModel):
    event: int = Field(description="The stored (possibly merged) event this report's event belongs to.")
    mention: int
    event_id: str
    summary: str | None = None
    evidence: dict[str, list[int]] = Field(description="field -> [start, end) offsets into the document text")


class DocumentOut(BaseModel):
    id: int
    doc_id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source_name: str | None = None
    language: str | None = None
    text: str
    body_start: int
    body_end: int
    furniture: list[list[int]]
    origin: str | None = None
    ingested_at: str
    comments: list[CommentOut]
    events: list[DocumentEventOut]


class DocumentIn(BaseModel):
    """A spec §1 input record; an HTML page may be given in ``html`` instead of ``text``."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1, max_length=512)
    text: str | None = Field(None, min_length=1, description="The report as text.")
    html: str | None = Field(None, min_length=1, description="The report as an HTML page, instead of text.")
    published: str | None = Field(None, description="YYYY-MM-DD or a full ISO timestamp")
    title: str | None = None
    url: str | None = Field(None, max_length=2048)
    source_name: str | None = None
    language: str | None = None


class IngestOut(BaseModel):
    doc_id: str
    status: str = Field(description="stored, or unchanged when the same URL or text was stored before")
    document: int
    mentions: int
    new_events: int
    merged_events: int


class CountOut(BaseModel):
    key: str | None
    events: int
    fatalities: int


class StatsOut(BaseModel):
    events: int
    fatalities: int
    documents: int
    comments: int
    by_type: list[CountOut]
    by_country: list[CountOut]
    by_month: list[CountOut]


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        west, south, east, north = (float(x) for x in value.split(","))
    except ValueError:
        raise HTTPException(422, "bbox takes four numbers: west,south,east,north")
    if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
        raise HTTPException(422, "bbox: latitudes within -90..90 with south <= north, longitudes within -180..180")
    return west, south, east, north


def _day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name} must be a date YYYY-MM-DD")


def _document(record: DocumentIn, origin: str) -> Document:
    """The posted record as a document; raises IngestError naming it when it cannot be one."""
    fields = record.model_dump(exclude_none=True, exclude={"html"})
    if (record.text is None) == (record.html is None):
        raise IngestError(origin, "give the report in exactly one of 'text' or 'html'")
    if record.text is not None:
        return _screened(document_from_record(fields, origin=origin))
    published = document_from_record({**fields, "text": "-"}, origin=origin).published  # checks the fields
    document = document_from_html(record.html, doc_id=record.id, published=published, origin=origin)
    document.title = record.title or document.title
    document.url, document.source_name = record.url, record.source_name
    document.language = record.language or document.language
    return _screened(document)


def _screened(document: Document) -> Document:
    problem = screen(document)
    if problem is not None:
        raise IngestError(document.origin or document.id, problem)
    return document


def event_filters(
    date_from: Annotated[str | None, Query(description="Events on or after this day, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, Query(description="Events on or before this day, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, Query(description="Country name or ISO alpha-3 code.")] = None,
    admin1: str | None = None,
    event_type: Annotated[str | None, Query(description="ACLED event type.")] = None,
    sub_event_type: str | None = None,
    plover: Annotated[str | None, Query(description="PLOVER root type.")] = None,
    actor: Annotated[str | None, Query(description="Part of actor1's or actor2's name.")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees.")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    q: Annotated[str | None, Query(description="Words in the summary, actors, place or sources' titles.")] = None,
) -> EventQuery:
    return EventQuery(date_from=_day(date_from, "date_from"), date_to=_day(date_to, "date_to"), country=country,
                      admin1=admin1, event_type=event_type, sub_event_type=sub_event_type, plover=plover,
                      actor=actor, bbox=_bbox(bbox), min_fatalities=min_fatalities, q=q)


_UNSET: Any = object()


def create_app(store: Store, *, token: str | None = None, max_request_bytes: int | None = _UNSET,
               rate_limit: Rate | str | None = _UNSET, write_rate_limit: Rate | str | None = _UNSET) -> FastAPI:
    """The API over ``store``; ``token`` (default: ``EVENTWIRE_TOKEN``) guards the writes.

    The request limits default to their environment variables (see ``limits.py``); None turns
    one off."""
    token = (token if token is not None else os.environ.get("EVENTWIRE_TOKEN")) or None  # "" is no token, not an open door
    app = FastAPI(title="eventwire", version=__version__,
                  description="Conflict and political events coded from news reports, each field with its evidence.")
    rates = [env_rate(name, default) if given is _UNSET else Rate.parse(given) if isinstance(given, str) else given
             for given, name, default in ((rate_limit, "EVENTWIRE_RATE_LIMIT", DEFAULT_RATE),
                                          (write_rate_limit, "EVENTWIRE_WRITE_RATE_LIMIT", DEFAULT_WRITE_RATE))]
    app.add_middleware(RequestLimits, max_body=env_max_body() if max_request_bytes is _UNSET else max_request_bytes,
                       rate=rates[0], write_rate=rates[1])

    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        given = authorization.removeprefix("Bearer ").strip() if authorization else ""
        if token is None or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required to write",
                                headers={"WWW-Authenticate": "Bearer"})

    @app.get("/events", response_model=EventPageOut, summary="Events matching the filters, one page")
    def list_events(
        filters: Annotated[EventQuery, Depends(event_filters)],
        sort: Annotated[str, Query(description=f"One of {', '.join(sorted(SORTABLE))}; '-' first for descending.",
                                   pattern=r"^[-+]?[a-z_]+$")] = "-event_date",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
    ) -> dict[str, Any]:
        filters.sort, filters.limit, filters.offset = sort, limit, offset
        try:
            page = store.events(filters)
        except ValueError as error:
            raise HTTPException(422, str(error))
        return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}

    @app.get("/events/{event_id}", response_model=EventDetailOut, summary="One event with its sources and evidence",
             responses={404: {"description": "No such event"}})
    def get_event(event_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict[str, Any]:
        event = store.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        return event

    @app.get("/documents/{key}", response_model=DocumentOut,
             summary="A document: text, reader comments and its events' evidence spans",
             description="`key` is the store's number for the document, or its spec id when not all digits.",
             responses={404: {"description": "No such document"}})
    def get_document(key: str) -> dict[str, Any]:
        if "\x00" in key or len(key) > 512 or (key.isascii() and key.isdigit() and int(key) > MAX_ID):
            raise HTTPException(404, "no such document")
        document = store.document(int(key) if key.isascii() and key.isdigit() and int(key) <= MAX_ID else key)
        if document is None:
            raise HTTPException(404, f"no document {key}")
        return document

    @app.post("/documents", response_model=IngestOut, status_code=201, dependencies=[Depends(require_token)],
              summary="Ingest a document (spec §1 record); needs the bearer token",
              responses={200: {"model": IngestOut, "description": "Already stored; nothing changed"},
                         401: {"description": "Missing or wrong token"},
                         409: {"description": "The id is already stored for another text"},
                         413: {"description": "The request body is too large"},
                         422: {"description": "Not a usable report, with the reason"},
                         429: {"description": "Too many requests from this client"},
                         503: {"description": "The store cannot take it now (full disk, lock, server gone); nothing stored"}})
    def post_document(record: DocumentIn, response: Response) -> dict[str, Any]:
        try:
            document = _document(record, f"POST /documents {record.id}")
            result = store.ingest(document)
        except IngestError as error:
            raise HTTPException(409 if isinstance(error, DuplicateIdError) else 422, str(error))
        except StoreError as error:
            raise HTTPException(503, str(error))
        if result.status == "unchanged":
            response.status_code = 200
        return {"doc_id": result.doc_id, "status": result.status, "document": result.document,
                "mentions": result.mentions, "new_events": result.new_events, "merged_events": result.merged_events}

    @app.post("/extract", response_model=list[dict[str, Any]], dependencies=[Depends(require_token)],
              summary="Extract a document's events without storing it (a preview); needs the bearer token",
              responses={401: {"description": "Missing or wrong token"}})
    def preview(record: DocumentIn) -> list[dict[str, Any]]:
        try:
            document = _document(record, f"POST /extract {record.id}")
        except IngestError as error:
            raise HTTPException(422, str(error))
        return [event.to_dict() for event in extract_document(document)]

    @app.get("/comments", response_model=CommentListOut, summary="Reader comments, optionally only abusive ones")
    def list_comments(
        abusive: bool | None = None,
        document: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
        offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
    ) -> dict[str, Any]:
        page = store.comments(abusive=abusive, document=document, limit=limit, offset=offset)
        return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}

    @app.get("/stats", response_model=StatsOut, summary="Counts by type, country and month")
    def stats(filters: Annotated[EventQuery, Depends(event_filters)]) -> dict[str, Any]:
        try:
            return store.stats(filters)
        except ValueError as error:
            raise HTTPException(422, str(error))

    mount_dashboard(app)
    return app
