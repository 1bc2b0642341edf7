"""The ``eventwire`` command: a thin layer over the Python API."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import IngestError
from .formats import FORMATS, write_events
from .ingest import example_paths, read_documents
from .pipeline import extract_document


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
def extract(paths: tuple[str, ...], published: date | None, fmt: str, output: str | None, examples: bool) -> None:
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
            yield item, extract_document(item)

    handle = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        count = write_events(results(), fmt, handle)
    finally:
        if output:
            handle.close()
    if output:
        click.echo(f"{count} events written to {Path(output)}", err=True)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
