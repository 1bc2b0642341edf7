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
