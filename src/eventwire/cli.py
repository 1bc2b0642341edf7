"""The ``eventwire`` command: a thin layer over the Python API."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import EventwireError, IngestError
from .formats import FORMATS, write_events
from .evaluate import evaluate, report
from .ingest import document_from_record, example_paths, read_documents
from .pipeline import explain_document, extract_document


def _date(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")


@click.group()
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: news reports in, verifiable event records out."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--published", callback=_date, help="Publication date YYYY-MM-DD (relative dates resolve against it).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of standard output.")
@click.option("--examples", is_flag=True, help="Also read the example reports bundled with eventwire.")
@click.option("--dates", "date_order", type=click.Choice(["dmy", "mdy"]), default="dmy", show_default=True,
              help="How the reports write numeric dates: 3/5/2020 is 3 May (dmy) or 5 March (mdy).")
def extract(paths: tuple[str, ...], published: date | None, fmt: str, output: str | None, examples: bool,
            date_order: str) -> None:
    """Extract events from reports: .txt, .html, .jsonl files, folders of them, or - for stdin.

    Bad inputs are reported on standard error, one line each, and the rest go on;
    the exit status is 1 when any input failed.
    """
    sources = list(paths) + ([str(p) for p in example_paths()] if examples else [])
    if not sources:
        raise click.UsageError("give at least one PATH (or - for standard input), or --examples")
    failures = 0

    def results():
        nonlocal failures
        for item in read_documents(sources, published=published):
            if isinstance(item, IngestError):
                failures += 1
                click.echo(f"eventwire: {item}", err=True)
                continue
            yield item, extract_document(item, day_first=date_order == "dmy")

    handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        count = write_events(results(), fmt, handle)
    except EventwireError as error:  # a user data file (places, actors) that cannot be used stops the run
        raise click.ClickException(str(error))
    finally:
        if output:
            handle.close()
    if output:
        click.echo(f"{count} events written to {Path(output)}", err=True)
    if failures:
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--documents", type=click.Path(exists=True, dir_okay=False),
              help="JSONL input records holding the texts, joined to gold lines that carry only ids.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score these spec §2 records instead of extracting anew.")
@click.option("--worst", default=5, show_default=True, help="How many of the worst documents to show.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, writable=True), help="Also write the figures here.")
def eval_command(gold: str, documents: str | None, predictions: str | None, worst: int, json_out: str | None) -> None:
    """Extract events from the documents of a gold file (spec §3) and score them.

    Prints the main-event and event-matching figures, a confusion table of event
    types, and the worst documents with their gold and predicted events side by side.
    """
    gold_docs = list(_jsonl(gold))
    if predictions:
        predicted = list(_jsonl(predictions))
    else:
        texts = {record["id"]: record for record in _jsonl(documents)} if documents else {}
        predicted = []
        for number, doc in enumerate(gold_docs, 1):
            record = {**texts.get(doc["id"], {}), **doc}
            if "text" not in record:
                raise click.ClickException(f"{gold}:{number}: document {doc['id']!r} has no text; give --documents")
            document = document_from_record(record, origin=f"{gold}:{number}")
            predicted.extend(event.to_dict() for event in extract_document(document))
    evaluation = evaluate(gold_docs, predicted)
    click.echo(report(evaluation, worst), nl=False)
    if json_out:
        Path(json_out).write_text(json.dumps(evaluation.figures, indent=2) + "\n", "utf-8")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date YYYY-MM-DD.")
def explain(paths: tuple[str, ...], published: date | None) -> None:
    """Show every event mention found, what the grammar gave it, and why any was not coded."""
    for item in read_documents(list(paths), published=published):
        if isinstance(item, IngestError):
            click.echo(f"eventwire: {item}", err=True)
            continue
        click.echo("\n".join(explain_document(item)))


def _open_store(db: str):
    from .store import Store

    try:
        return Store(db)
    except EventwireError as error:
        raise click.ClickException(str(error))


db_option = click.option("--db", default="eventwire.db", show_default=True, envvar="EVENTWIRE_DB",
                         help="A SQLite file, or postgresql://user@host/database (also EVENTWIRE_DB).")


def query_options(command):
    """The event filters the API also takes, as options; they build an ``EventQuery``."""
    for option in reversed([
        click.option("--from", "date_from", help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--to", "date_to", help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--country", help="Country name or ISO alpha-3 code."),
        click.option("--admin1", help="First-level region."),
        click.option("--event-type", help="ACLED event type, e.g. 'Explosions/Remote violence'."),
        click.option("--sub-event-type", help="ACLED sub-event type, e.g. 'Air/drone strike'."),
        click.option("--plover", help="PLOVER root type, e.g. ASSAULT."),
        click.option("--actor", help="Part of actor1's or actor2's name."),
        click.option("--bbox", help="west,south,east,north in degrees."),
        click.option("--min-fatalities", type=int),
        click.option("--q", help="Words found in the event's summary, actors, place or sources' titles."),
        click.option("--sort", default="-event_date", show_default=True, help="A field; '-' first for descending."),
    ]):
        command = option(command)
    return command


def _query(options: dict, *, limit: int = 50, offset: int = 0):
    from .store import EventQuery

    bbox = options.pop("bbox", None)
    if bbox:
        try:
            west, south, east, north = (float(x) for x in bbox.split(","))
        except ValueError:
            raise click.BadParameter("give four numbers: west,south,east,north", param_hint="--bbox")
        options["bbox"] = (west, south, east, north)
    return EventQuery(**options, limit=limit, offset=offset)


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--published", callback=_date, help="Publication date YYYY-MM-DD (relative dates resolve against it).")
@click.option("--examples", is_flag=True, help="Also read the example reports bundled with eventwire.")
@click.option("--dates", "date_order", type=click.Choice(["dmy", "mdy"]), default="dmy", show_default=True,
              help="How the reports write numeric dates: 3/5/2020 is 3 May (dmy) or 5 March (mdy).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="Local processes that extract events (the store is written by this one).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="The Dask scheduler's address, with --engine dask (e.g. tcp://10.0.0.5:8786).")
@click.option("--batch-size", default=8, show_default=True, type=click.IntRange(1),
              help="Documents per batch sent through spaCy and to a worker.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on standard error (default: when it is a terminal).")
def ingest(paths: tuple[str, ...], db: str, published: date | None, examples: bool, date_order: str, workers: int,
           engine: str, scheduler: str | None, batch_size: int, progress: bool | None) -> None:
    """Store reports, their comments and their events, merging reports of the same event.

    PATH may be a .txt or .html page, JSONL(.gz) of input records, a WARC archive
    (.warc, .warc.gz), a folder of them, or - for standard input. A document already stored
    (same URL or same text) changes nothing, so a run that was stopped resumes when run
    again. Bad inputs are reported on standard error, one line each, and the rest go on;
    the exit status is 1 when any input failed. The events of the documents read are shown
    as tables when there are at most 20 of them.
    """
    from tqdm import tqdm

    from .bulk import ingest_stream
    from .ingest import count_documents

    sources = list(paths) + ([str(p) for p in example_paths()] if examples else [])
    if not sources:
        raise click.UsageError("give at least one PATH (or - for standard input), or --examples")
    store = _open_store(db)
    counts = {"stored": 0, "unchanged": 0, "error": 0, "events": 0}
    read: list[int] = []  # the store's numbers of the documents read, to show their events
    bar = tqdm(total=count_documents(sources), unit="doc", disable=not sys.stderr.isatty() if progress is None
               else not progress, file=sys.stderr, dynamic_ncols=True)
    try:
        results = ingest_stream(store, read_documents(sources, published=published), workers=workers, engine=engine,
                                scheduler=scheduler, batch_size=batch_size, day_first=date_order == "dmy")
        for result in results:
            counts[result.status] += 1
            counts["events"] += result.mentions
            bar.update(1)
            bar.set_postfix(events=counts["events"], errors=counts["error"], refresh=False)
            if result.status == "error":
                bar.write(f"eventwire: {result.error}", file=sys.stderr)
                continue
            if len(read) <= 20:
                read.append(result.document)
            line = (f"{result.doc_id}: already stored, unchanged" if result.status == "unchanged" else
                    f"{result.doc_id}: stored, {result.mentions} events ({result.new_events} new, "
                    f"{result.merged_events} merged into stored events)")
            bar.write(line, file=sys.stdout)
        bar.close()
        if len(read) <= 20:
            for number in read:
                click.echo(_document_table(store, number), nl=False)
        stats = store.stats()
        click.echo(f"{counts['stored']} stored, {counts['unchanged']} unchanged, {counts['error']} failed; "
                   f"{stats['events']} events from {stats['documents']} document"
                   f"{'' if stats['documents'] == 1 else 's'} in {db}")
    except (EventwireError, ValueError) as error:
        raise click.ClickException(str(error))
    finally:
        bar.close()
        store.close()
    if counts["error"]:
        sys.exit(1)


def _document_table(store, number: int) -> str:
    from .formats import stored_table

    document = store.document(number)
    return stored_table(document, [store.event(e["event"]) for e in document["events"]])


@main.command(name="events")
@db_option
@query_options
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0)
def events_command(db: str, limit: int, offset: int, **options) -> None:
    """List stored events matching the filters, one line each."""
    from .formats import event_line

    with _open_store(db) as store:
        try:
            page = store.events(_query(options, limit=limit, offset=offset))
        except ValueError as error:
            raise click.UsageError(str(error))
        for event in page.items:
            click.echo(event_line(event))
        click.echo(f"{len(page.items)} of {page.total} events", err=True)


@main.command()
@click.argument("event_id", type=int)
@db_option
def show(event_id: int, db: str) -> None:
    """Show one stored event: its fields, its source reports and every merge decision, with reasons."""
    from .formats import event_details

    with _open_store(db) as store:
        event = store.event(event_id)
    if event is None:
        raise click.ClickException(f"no event {event_id} in {db}")
    click.echo(event_details(event), nl=False)


@main.command()
@click.argument("event_id", type=int)
@click.argument("doc_id")
@db_option
def unmerge(event_id: int, doc_id: str, db: str) -> None:
    """Take document DOC_ID's report out of event EVENT_ID, making it an event of its own."""
    with _open_store(db) as store:
        try:
            new_id = store.unmerge(event_id, doc_id)
        except EventwireError as error:
            raise click.ClickException(str(error))
    click.echo(f"{doc_id}'s report is now event {new_id}; event {event_id} keeps its other sources")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "geojson", "parquet"]), default="csv",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of standard output (required for parquet).")
@query_options
def export(db: str, fmt: str, output: str | None, **options) -> None:
    """Export stored events with ACLED's column names, filtered like the API."""
    from .export import write_export

    if fmt == "parquet" and not output:
        raise click.UsageError("parquet is binary: give -o FILE")
    with _open_store(db) as store:
        try:
            query = _query(options)
            rows = store.iter_events(query)
            if output:
                with open(output, "wb" if fmt == "parquet" else "w", **({} if fmt == "parquet" else
                                                                        {"encoding": "utf-8", "newline": ""})) as out:
                    count = write_export(rows, fmt, out)
                click.echo(f"{count} events written to {output}", err=True)
            else:
                write_export(rows, fmt, sys.stdout)
        except ValueError as error:
            raise click.UsageError(str(error))


@main.command()
@db_option
def check(db: str) -> None:
    """Check the store: SQLite's integrity and foreign keys, and that every mention, comment and
    merge decision belongs to a stored document and event. Exit status 1 when anything is wrong."""
    with _open_store(db) as store:
        problems = store.check()
    for problem in problems:
        click.echo(f"eventwire: {db}: {problem}", err=True)
    if problems:
        sys.exit(1)
    click.echo(f"{db}: ok")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the REST API (and its OpenAPI schema at /docs) over the store.

    Writes (POST /documents) need the token in EVENTWIRE_TOKEN; without it the API is read-only.
    """
    import uvicorn

    from .app import create_app

    with _open_store(db) as store:
        uvicorn.run(create_app(store), host=host, port=port, log_level="info")


def _jsonl(path: str):
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise click.ClickException(f"{path}:{number}: not valid JSON: {error}")


if __name__ == "__main__":
    main()
