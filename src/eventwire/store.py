"""The event store: documents, their comments, the events each report tells (mentions) and
the real-world events they are merged into, in SQLite (default) or PostgreSQL.

    >>> from eventwire.store import Store
    >>> store = Store("eventwire.db")            # or "postgresql://user@host/db"
    >>> result = store.ingest(document)          # extract, store and merge, in one transaction
    >>> page = store.events(EventQuery(country="Syria", min_fatalities=10))

One module holds the schema and every query, written once in SQLAlchemy Core so both
databases run the same code. A document is stored once: the same URL or the same
normalised text is recognised and changes nothing. Each report's events are stored as
*mentions*; a mention joins an existing event when ``merge.compare`` finds they tell the
same event, or starts a new one. Every decision is stored with its reasons and can be
reversed (``unmerge``).
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import merge
from .errors import DuplicateIdError, EventwireError, IngestError
from .pipeline import code_documents
from .records import CodedDocument, Document

SCHEMA_VERSION = 1
DEFAULT_DB = "eventwire.db"

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("doc_id", sa.String(512), nullable=False, unique=True),
    sa.Column("url", sa.String(2048), unique=True),
    sa.Column("text_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("source_name", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("body_start", sa.Integer, nullable=False),
    sa.Column("body_end", sa.Integer, nullable=False),
    sa.Column("furniture", sa.JSON, nullable=False),
    sa.Column("origin", sa.Text),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

comments = sa.Table(
    "comments", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("author", sa.Text),
    sa.Column("posted", sa.Text),
    sa.Column("abuse_score", sa.Float, nullable=False),
    sa.Column("abusive", sa.Boolean, nullable=False),
    sa.Column("abuse_reasons", sa.JSON, nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("plover", sa.String(16), nullable=False, index=True),
    sa.Column("event_type", sa.String(64), index=True),
    sa.Column("sub_event_type", sa.String(64)),
    sa.Column("plover_mode", sa.String(32)),
    sa.Column("actor1", sa.Text),
    sa.Column("actor1_inter", sa.Integer),
    sa.Column("actor2", sa.Text),
    sa.Column("actor2_inter", sa.Integer),
    sa.Column("location", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("country", sa.Text, index=True),
    sa.Column("country_code", sa.String(3)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("event_date", sa.String(10), index=True),
    sa.Column("date_end", sa.String(10)),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("window_start", sa.String(10), index=True),  # the days the event may lie in (merge.date_window)
    sa.Column("window_end", sa.String(10), index=True),
    sa.Column("fatalities", sa.Integer),
    sa.Column("fatalities_low", sa.Integer),
    sa.Column("fatalities_high", sa.Integer),
    sa.Column("civilian_fatalities", sa.Integer),
    sa.Column("injuries", sa.Integer),
    sa.Column("source", sa.Text),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("summary", sa.Text),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("search_text", sa.Text, nullable=False),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
)

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("record", sa.JSON, nullable=False),
)

merge_decisions = sa.Table(
    "merge_decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("mention_id", sa.Integer, sa.ForeignKey("mentions.id"), nullable=False, index=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("action", sa.String(8), nullable=False),  # "new", "merge" or "unmerge"
    sa.Column("score", sa.Float),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("decided_at", sa.String(32), nullable=False),
)

EVENT_FIELDS = [c.name for c in events.columns if c.name not in ("id", "n_sources", "search_text", "reasons",
                                                                  "updated_at", "window_start", "window_end")]
SORTABLE = {"id", "event_date", "fatalities", "country", "event_type", "confidence", "n_sources"}
MAX_PAGE = 1000
MAX_ID = 2**31 - 1  # the largest id an INTEGER column holds in PostgreSQL


@dataclass
class IngestResult:
    """What storing one document did: ``status`` is "stored", "unchanged" or "error"."""

    doc_id: str
    status: str
    document: int | None = None  # the store's document number
    mentions: int = 0
    new_events: int = 0
    merged_events: int = 0
    error: str | None = None


@dataclass
class EventQuery:
    """Filters shared by the API, the exports and the dashboard; ``None`` means no filter."""

    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None  # a name ("Syria") or an ISO alpha-3 code ("SYR")
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    plover: str | None = None
    actor: str | None = None  # part of actor1's or actor2's name
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    min_fatalities: int | None = None
    q: str | None = None  # words anywhere in the event's summary, actors, place or sources' titles
    sort: str = "-event_date"
    limit: int = 50
    offset: int = 0


@dataclass
class EventPage:
    total: int
    items: list[dict[str, Any]] = field(default_factory=list)


class StoreError(EventwireError):
    """The database cannot be used: a bad URL, a newer schema, an unreachable server, a full
    disk, a lock another writer holds past the busy timeout. One line, the URL without password."""


def text_hash(text: str) -> str:
    """The same report re-scraped with other spacing or Unicode forms hashes the same."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def engine_url(url: str | Path) -> str:
    """A path or URL as SQLAlchemy takes it: paths are SQLite files, ``postgresql://`` uses psycopg 3."""
    url = str(url)
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    return f"sqlite:///{Path(url).expanduser()}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """An eventwire database. Every write is one transaction; readers never see half a document."""

    def __init__(self, url: str | Path = DEFAULT_DB, *, busy_timeout: float = 30.0) -> None:
        """``busy_timeout``: seconds a SQLite write waits for another writer's lock before it
        fails with a ``StoreError`` ("database is locked")."""
        self.url = engine_url(url)
        try:
            self.engine = _engine(self.url, busy_timeout)
            self._migrate()
        except sa.exc.SQLAlchemyError as error:
            raise StoreError(f"{_safe_url(self.url)}: {str(error).splitlines()[0]}") from error

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction; on SQLite it takes the write lock at once (BEGIN IMMEDIATE)."""
        with self.engine.connect().execution_options(write=True) as conn, conn.begin():
            yield conn

    def _migrate(self) -> None:
        with self.engine.connect() as conn:  # up to date: no write lock taken, so a busy store still opens
            if sa.inspect(conn).has_table("schema_version"):
                if conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() == SCHEMA_VERSION:
                    return
        with self._write() as conn:
            schema_version.create(conn, checkfirst=True)
            current = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0
            if current > SCHEMA_VERSION:
                raise StoreError(f"{_safe_url(self.url)}: schema version {current} is newer than this "
                                 f"eventwire's ({SCHEMA_VERSION}); upgrade eventwire")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                _MIGRATIONS[version](conn)
                conn.execute(schema_version.insert().values(version=version, applied_at=_now()))

    def version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0

    # -- writing -------------------------------------------------------------------------

    def ingest(self, document: Document, *, day_first: bool = True) -> IngestResult:
        """Extract, store and merge one document. Storing it again changes nothing.

        Raises ``IngestError`` (naming the document) when its id is already stored for
        another text, and ``StoreError`` (one line) when the database cannot take it: a full
        disk, a lock held past the busy timeout, a server gone. Nothing is written then.
        """
        known = self.stored_number(document)
        if known is not None:
            return IngestResult(document.id, "unchanged", document=known)
        return self.write(code_documents([document], day_first=day_first)[0])

    def stored_number(self, document: Document) -> int | None:
        """The store's number for this document if it is stored already (same URL or same text),
        so a resumed or repeated run skips it before extracting anything.

        Raises ``DuplicateIdError`` when its id is stored for another text.
        """
        with self._failing(document):
            with self.engine.connect() as conn:
                return _known_document(conn, document, text_hash(document.text))

    @contextmanager
    def _failing(self, document: Document) -> Iterator[None]:
        """Database failures (a full disk, a lock held past the busy timeout, a server gone) as a
        one-line ``StoreError`` naming the document; the transaction was rolled back, so nothing
        of the document is stored and it was not acknowledged."""
        try:
            yield
        except sa.exc.IntegrityError:
            raise
        except sa.exc.DBAPIError as error:
            cause = str(getattr(error, "orig", None) or error).strip().splitlines()
            raise StoreError(f"{_safe_url(self.url)}: document {document.origin or document.id} was not stored: "
                             f"{cause[0] if cause else type(error).__name__}") from error

    def write(self, coded: CodedDocument) -> IngestResult:
        """Store a coded document (``pipeline.code_documents``) in one transaction: the document,
        its comments, its events as mentions, each merged into a stored event or new."""
        document = coded.document
        digest = text_hash(document.text)
        try:
            with self._failing(document), self._write() as conn:
                known = _known_document(conn, document, digest)  # another writer may have been first
                if known is not None:
                    return IngestResult(document.id, "unchanged", document=known)
                doc_pk = _insert_document(conn, document, digest)
                if document.comments:
                    conn.execute(comments.insert(), [
                        {"document_id": doc_pk, "position": i, "text": c.text, "start": c.start, "end": c.end,
                         "author": c.author, "posted": c.posted, "abuse_score": s.score, "abusive": s.abusive,
                         "abuse_reasons": list(s.reasons)}
                        for i, (c, s) in enumerate(zip(document.comments, coded.comment_scores))])
                result = IngestResult(document.id, "stored", document=doc_pk, mentions=len(coded.events))
                for record in coded.events:
                    if _place_mention(conn, doc_pk, record) == "merge":
                        result.merged_events += 1
                    else:
                        result.new_events += 1
                return result
        except sa.exc.IntegrityError:  # a concurrent writer stored the same document first
            with self._failing(document), self.engine.connect() as conn:
                known = _known_document(conn, document, digest)
            if known is None:
                raise
            return IngestResult(document.id, "unchanged", document=known)

    def ingest_all(self, items: Iterable[Document | IngestError], *, day_first: bool = True) -> Iterator[IngestResult]:
        """Store each document in turn; a bad one is reported in its result and the batch goes on.
        (``bulk.ingest_stream`` does the same in batches, with worker processes or a Dask cluster.)"""
        for item in items:
            if isinstance(item, IngestError):
                yield IngestResult(item.origin, "error", error=str(item))
                continue
            try:
                yield self.ingest(item, day_first=day_first)
            except IngestError as error:
                yield IngestResult(item.id, "error", error=str(error))

    def unmerge(self, event_id: int, doc_id: str) -> int:
        """Take one source document's report out of a merged event; returns the new event's id.

        The split is stored as a decision with the event it was taken from.
        """
        with self._write() as conn:
            rows = conn.execute(
                sa.select(mentions.c.id).join(documents, documents.c.id == mentions.c.document_id)
                .where(mentions.c.event_id == event_id, documents.c.doc_id == doc_id)).scalars().all()
            if not rows:
                raise EventwireError(f"event {event_id} has no report from document {doc_id!r}")
            others = conn.execute(sa.select(mentions.c.id).where(
                mentions.c.event_id == event_id, mentions.c.id.not_in(rows))).scalars().all()
            if not others:
                raise EventwireError(f"event {event_id} has only document {doc_id!r} as its source; nothing to unmerge")
            record = _mention_record(conn, rows[0])
            new_id = _create_event(conn, [record])
            conn.execute(mentions.update().where(mentions.c.id.in_(rows)).values(event_id=new_id))
            for mention_id in rows:
                conn.execute(merge_decisions.insert().values(
                    mention_id=mention_id, event_id=new_id, action="unmerge", score=None,
                    reasons={"unmerge": f"taken out of event {event_id} by request"}, decided_at=_now()))
            _refresh_event(conn, new_id)
            _refresh_event(conn, event_id)
            return new_id

    # -- checking ------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Problems found in the database, none when it is sound: SQLite's own integrity and
        foreign-key checks, then eventwire's invariants on both databases: every mention, comment
        and decision belongs to a stored document and event, every event has a mention, and its
        count of sources is the number of documents that tell it. (``eventwire check``)"""
        problems: list[str] = []
        with self.engine.connect() as conn:
            if self.is_sqlite:
                problems += [f"sqlite: {row[0]}" for row in conn.exec_driver_sql("PRAGMA integrity_check")
                             if row[0] != "ok"]
                problems += [f"sqlite: row {row[1]} of {row[0]} points to a missing {row[2]} row"
                             for row in conn.exec_driver_sql("PRAGMA foreign_key_check")]
            orphan_checks = [
                ("mentions", mentions.c.document_id, documents.c.id, "document"),
                ("mentions", mentions.c.event_id, events.c.id, "event"),
                ("comments", comments.c.document_id, documents.c.id, "document"),
                ("merge_decisions", merge_decisions.c.mention_id, mentions.c.id, "mention"),
                ("merge_decisions", merge_decisions.c.event_id, events.c.id, "event"),
            ]
            for table, column, target, name in orphan_checks:
                n = conn.execute(sa.select(sa.func.count()).select_from(column.table)
                                 .where(column.not_in(sa.select(target)))).scalar()
                if n:
                    problems.append(f"{n} {table} rows point to a missing {name}")
            empty = conn.execute(sa.select(sa.func.count()).select_from(events)
                                 .where(events.c.id.not_in(sa.select(mentions.c.event_id)))).scalar()
            if empty:
                problems.append(f"{empty} events have no mention")
            told = (sa.select(mentions.c.event_id, sa.func.count(sa.distinct(mentions.c.document_id)).label("n"))
                    .group_by(mentions.c.event_id).subquery())
            wrong = conn.execute(sa.select(sa.func.count()).select_from(events.join(told, told.c.event_id == events.c.id))
                                 .where(events.c.n_sources != told.c.n)).scalar()
            if wrong:
                problems.append(f"{wrong} events count their sources wrongly")
        return problems

    # -- reading -------------------------------------------------------------------------

    def events(self, query: EventQuery | None = None) -> EventPage:
        """One page of events matching the query, with the total count."""
        query = query or EventQuery()
        where = _conditions(query)
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(events).where(*where)).scalar() or 0
            rows = conn.execute(sa.select(events).where(*where).order_by(*_order(query.sort))
                                .limit(max(0, min(query.limit, MAX_PAGE))).offset(max(0, query.offset))).mappings()
            return EventPage(total, [_event_dict(row) for row in rows])

    def iter_events(self, query: EventQuery | None = None, *, batch: int = MAX_PAGE) -> Iterator[dict[str, Any]]:
        """Every event matching the query (paging ignored), in the query's order, each with the
        spec ids of its ``source_documents``; streamed in batches, never all in memory."""
        query = query or EventQuery()
        where = _conditions(query)
        with self.engine.connect() as conn, self.engine.connect() as lookup:
            result = conn.execution_options(yield_per=batch).execute(
                sa.select(events).where(*where).order_by(*_order(query.sort)))
            for rows in result.mappings().partitions():
                records = [_event_dict(row) for row in rows]
                sources = _source_documents(lookup, [r["id"] for r in records])
                for record in records:
                    record["source_documents"] = sources.get(record["id"], [])
                    yield record

    def event(self, event_id: int) -> dict[str, Any] | None:
        """An event with its sources (each report's own record and evidence) and merge decisions."""
        if not 0 < event_id <= MAX_ID:  # no such row; PostgreSQL's INTEGER would refuse the number
            return None
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(events).where(events.c.id == event_id)).mappings().first()
            if row is None:
                return None
            record = _event_dict(row)
            record["reasons"] = row["reasons"]
            record["sources"] = [
                {"document": m.document_id, "doc_id": m.doc_id, "title": m.title, "url": m.url,
                 "source_name": m.source_name, "published": m.published, "mention": m.id, "record": m.record}
                for m in conn.execute(
                    sa.select(mentions.c.id, mentions.c.document_id, mentions.c.record, documents.c.doc_id,
                              documents.c.title, documents.c.url, documents.c.source_name, documents.c.published)
                    .join(documents, documents.c.id == mentions.c.document_id)
                    .where(mentions.c.event_id == event_id).order_by(mentions.c.id))]
            record["decisions"] = [dict(d) for d in conn.execute(
                sa.select(merge_decisions).where(merge_decisions.c.event_id == event_id)
                .order_by(merge_decisions.c.id)).mappings()]
            return record

    def document(self, key: int | str) -> dict[str, Any] | None:
        """A stored document by number or spec id: its text, comments and its events' spans."""
        if isinstance(key, int) and not 0 < key <= MAX_ID:
            return None
        with self.engine.connect() as conn:
            column = documents.c.id if isinstance(key, int) else documents.c.doc_id
            row = conn.execute(sa.select(documents).where(column == key)).mappings().first()
            if row is None:
                return None
            record = {k: row[k] for k in row.keys() if k != "text_hash"}
            record["comments"] = [
                {k: c[k] for k in c.keys() if k != "document_id"}
                for c in conn.execute(sa.select(comments).where(comments.c.document_id == row["id"])
                                      .order_by(comments.c.position)).mappings()]
            record["events"] = [
                {"event": m.event_id, "mention": m.id, "event_id": m.record["event_id"],
                 "summary": m.record.get("summary"), "evidence": m.record.get("evidence", {})}
                for m in conn.execute(sa.select(mentions).where(mentions.c.document_id == row["id"])
                                      .order_by(mentions.c.id))]
            return record

    def comments(self, *, abusive: bool | None = None, document: int | None = None,
                 limit: int = 50, offset: int = 0) -> EventPage:
        """Reader comments, optionally only the abusive (or only the clean) ones."""
        where = []
        if abusive is not None:
            where.append(comments.c.abusive.is_(abusive))
        if document is not None:
            where.append(comments.c.document_id == document)
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(comments).where(*where)).scalar() or 0
            rows = conn.execute(sa.select(comments, documents.c.doc_id)
                                .join(documents, documents.c.id == comments.c.document_id).where(*where)
                                .order_by(comments.c.id).limit(max(0, min(limit, MAX_PAGE)))
                                .offset(max(0, offset))).mappings()
            return EventPage(total, [dict(r) for r in rows])

    def stats(self, query: EventQuery | None = None) -> dict[str, Any]:
        """Counts of events (and their fatalities) by type, country and month, for the matching events."""
        where = _conditions(query or EventQuery())
        month = sa.func.substr(events.c.event_date, 1, 7)
        deaths = sa.func.coalesce(sa.func.sum(events.c.fatalities), 0)
        with self.engine.connect() as conn:
            def grouped(column: Any) -> list[dict[str, Any]]:
                rows = conn.execute(sa.select(column.label("key"), sa.func.count().label("events"),
                                              deaths.label("fatalities"))
                                    .where(*where).group_by(column).order_by(column))
                return [{"key": r.key, "events": r.events, "fatalities": int(r.fatalities)} for r in rows]

            return {
                "events": conn.execute(sa.select(sa.func.count()).select_from(events).where(*where)).scalar(),
                "fatalities": int(conn.execute(sa.select(deaths).where(*where)).scalar() or 0),
                "documents": conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar(),
                "comments": conn.execute(sa.select(sa.func.count()).select_from(comments)).scalar(),
                "by_type": grouped(sa.func.coalesce(events.c.event_type, events.c.plover)),
                "by_country": grouped(events.c.country),
                "by_month": grouped(month),
            }


# -- engine and schema ---------------------------------------------------------------------


def _engine(url: str, busy_timeout: float = 30.0) -> Engine:
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(url, connect_args={"timeout": busy_timeout})

    @sa.event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below opens transactions
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _sqlite_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


def _create_v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[documents, comments, events, mentions, merge_decisions])


_MIGRATIONS = {1: _create_v1}


def _safe_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


# -- writing helpers -----------------------------------------------------------------------


def _known_document(conn: Connection, document: Document, digest: str) -> int | None:
    """The stored number of this document if it is already stored (same URL or same text)."""
    same = documents.c.text_hash == digest
    if document.url:
        same = sa.or_(same, documents.c.url == document.url)
    found = conn.execute(sa.select(documents.c.id).where(same).limit(1)).scalar()
    if found is not None:
        return found
    clash = conn.execute(sa.select(documents.c.origin).where(documents.c.doc_id == document.id)).first()
    if clash is not None:
        where = f" (stored from {clash.origin})" if clash.origin else ""
        raise DuplicateIdError(document.origin or document.id,
                          f"document id {document.id!r} is already stored for a different text{where}")
    return None


def _insert_document(conn: Connection, document: Document, digest: str) -> int:
    return conn.execute(documents.insert().values(
        doc_id=document.id, url=document.url or None, text_hash=digest, title=document.title,
        published=document.published.isoformat() if isinstance(document.published, date) else None,
        source_name=document.source_name, language=document.language, text=document.text,
        body_start=document.body_start, body_end=document.body_end,
        furniture=[list(s) for s in document.furniture], origin=document.origin, ingested_at=_now(),
    )).inserted_primary_key[0]


def _candidates(conn: Connection, doc_pk: int, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Stored events that might tell the same event: same PLOVER root and country, a date
    near enough, no report from this document already (a report's events are distinct)."""
    where = [events.c.plover == record["plover"],
             ~events.c.id.in_(sa.select(mentions.c.event_id).where(mentions.c.document_id == doc_pk))]
    if record.get("country_code"):
        where.append(sa.or_(events.c.country_code == record["country_code"], events.c.country_code.is_(None)))
    if record.get("event_date"):
        where.append(_date_near(record))
    return [dict(r) for r in conn.execute(sa.select(events).where(*where)).mappings()]


def _date_near(record: dict[str, Any]) -> Any:
    """Stored events whose window of days can meet this record's (``merge.date_window``), or
    one day beside it: the most ``merge.compare`` accepts."""
    first, last, _ = merge.date_window(record)
    return sa.or_(events.c.window_start.is_(None), sa.and_(
        events.c.window_start <= (last + timedelta(days=1)).isoformat(),
        events.c.window_end >= (first - timedelta(days=1)).isoformat()))


def _place_mention(conn: Connection, doc_pk: int, record: dict[str, Any]) -> str:
    """Store one report's event: merged into the best matching stored event, or new. Returns the action."""
    best: tuple[float, dict[str, Any], merge.MergeDecision] | None = None
    closest: tuple[float, int, merge.MergeDecision] | None = None
    for candidate in _candidates(conn, doc_pk, record):
        decision = merge.compare(record, candidate)
        if decision.same and (best is None or decision.score > best[0]):
            best = (decision.score, candidate, decision)
        elif not decision.same and (closest is None or decision.score > closest[0]):
            closest = (decision.score, candidate["id"], decision)
    if best is not None:
        event_id, action, decision = best[1]["id"], "merge", best[2]
        reasons = dict(decision.reasons)
    else:
        event_id, action = _create_event(conn, [record]), "new"
        decision = closest[2] if closest else None
        reasons = ({"closest": f"event {closest[1]} was nearest but differs", **closest[2].reasons}
                   if closest else {"new": "no stored event of this kind, country and time"})
    mention_id = conn.execute(mentions.insert().values(document_id=doc_pk, event_id=event_id,
                                                       record=record)).inserted_primary_key[0]
    conn.execute(merge_decisions.insert().values(
        mention_id=mention_id, event_id=event_id, action=action,
        score=decision.score if decision else None, reasons=reasons, decided_at=_now()))
    if action == "merge":
        _refresh_event(conn, event_id)
    return action


def _mention_record(conn: Connection, mention_id: int) -> dict[str, Any]:
    return conn.execute(sa.select(mentions.c.record).where(mentions.c.id == mention_id)).scalar_one()


def _create_event(conn: Connection, records: list[dict[str, Any]]) -> int:
    values = _event_values(records)
    return conn.execute(events.insert().values(**values)).inserted_primary_key[0]


def _refresh_event(conn: Connection, event_id: int) -> None:
    """Recompute a merged event's fields from all the reports it now has."""
    records = [r for r in conn.execute(sa.select(mentions.c.record).where(mentions.c.event_id == event_id)
                                       .order_by(mentions.c.id)).scalars()]
    titles = conn.execute(sa.select(documents.c.title).join(mentions, mentions.c.document_id == documents.c.id)
                          .where(mentions.c.event_id == event_id)).scalars().all()
    values = _event_values(records, titles)
    conn.execute(events.update().where(events.c.id == event_id).values(**values))


def _event_values(records: list[dict[str, Any]], titles: Iterable[str | None] = ()) -> dict[str, Any]:
    canonical = merge.choose_canonical(records)
    values = {name: canonical.record.get(name) for name in EVENT_FIELDS}
    window = merge.date_window(canonical.record)
    values["window_start"], values["window_end"] = (window[0].isoformat(), window[1].isoformat()) if window else (None, None)
    values["n_sources"] = len({r["doc_id"] for r in records})
    words = [values.get(k) for k in ("summary", "actor1", "actor2", "location", "admin1", "country",
                                     "event_type", "sub_event_type", "plover", "source")]
    words += [r.get(k) for r in records for k in ("actor1_text", "actor2_text")]
    words += list(titles)
    values["search_text"] = " ".join(str(w) for w in words if w).lower()
    values["reasons"] = canonical.reasons
    values["updated_at"] = _now()
    return values


# -- reading helpers -----------------------------------------------------------------------


def _conditions(query: EventQuery) -> list[Any]:
    for name in ("date_from", "date_to", "country", "admin1", "event_type", "sub_event_type", "plover", "actor", "q"):
        if "\x00" in (getattr(query, name) or ""):  # SQLite would cut the value short, PostgreSQL refuse it
            raise ValueError(f"{name} must not hold a NUL character")
    where: list[Any] = []
    if query.date_from:
        where.append(events.c.event_date >= query.date_from)
    if query.date_to:
        where.append(events.c.event_date <= query.date_to)
    if query.country:
        name = query.country.strip()
        where.append(sa.or_(sa.func.lower(events.c.country) == name.lower(), events.c.country_code == name.upper()))
    if query.admin1:
        where.append(sa.func.lower(events.c.admin1) == query.admin1.strip().lower())
    if query.event_type:
        where.append(sa.func.lower(events.c.event_type) == query.event_type.strip().lower())
    if query.sub_event_type:
        where.append(sa.func.lower(events.c.sub_event_type) == query.sub_event_type.strip().lower())
    if query.plover:
        where.append(events.c.plover == query.plover.strip().upper())
    if query.actor:
        part = query.actor.strip().lower()
        where.append(sa.or_(sa.func.lower(events.c.actor1).contains(part, autoescape=True),
                            sa.func.lower(events.c.actor2).contains(part, autoescape=True)))
    if query.bbox:
        west, south, east, north = query.bbox
        where.append(events.c.latitude.between(south, north))
        if west <= east:
            where.append(events.c.longitude.between(west, east))
        else:  # the box crosses the antimeridian
            where.append(sa.or_(events.c.longitude >= west, events.c.longitude <= east))
    if query.min_fatalities is not None:
        where.append(events.c.fatalities >= query.min_fatalities)
    if query.q:
        for word in query.q.lower().split():
            where.append(events.c.search_text.contains(word, autoescape=True))
    return where


def _order(sort: str) -> list[Any]:
    descending = sort.startswith("-")
    name = sort.lstrip("-+")
    if name not in SORTABLE:
        raise ValueError(f"cannot sort by {name!r}; choose one of {', '.join(sorted(SORTABLE))}")
    column = events.c[name]
    first = column.desc().nulls_last() if descending else column.asc().nulls_last()
    return [first, events.c.id.desc() if descending else events.c.id.asc()]


def _source_documents(conn: Connection, event_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    rows = conn.execute(sa.select(mentions.c.event_id, documents.c.doc_id).distinct()
                        .join(documents, documents.c.id == mentions.c.document_id)
                        .where(mentions.c.event_id.in_(event_ids)).order_by(mentions.c.event_id, documents.c.doc_id))
    for event_id, doc_id in rows:
        found.setdefault(event_id, []).append(doc_id)
    return found


def _event_dict(row: Any) -> dict[str, Any]:
    record = {"id": row["id"], **{name: row[name] for name in EVENT_FIELDS}, "n_sources": row["n_sources"]}
    return record

