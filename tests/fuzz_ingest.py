"""An atheris fuzz target over ingest and extraction: any bytes, read as a text page, an HTML
page or a JSONL line, then extracted, must give documents or named one-line errors, and records
that validate against the spec schema; any other exception is a crash.

    python tests/fuzz_ingest.py -max_total_time=20 CORPUS_DIR    # tests/test_hostile_input.py runs it
"""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["eventwire"]):
    from eventwire.errors import IngestError
    from eventwire.ingest import _read_stdin, _records, document_from_html, screened
    from eventwire.pipeline import extract_document

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "spec" / "event.schema.json"
VALIDATOR = None
if SCHEMA.exists():
    import jsonschema

    VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text("utf-8")))


def _items(data: bytes):
    kind = data[:1]
    body = data[1:]
    if kind == b"h":
        try:
            yield screened(document_from_html(body.decode("utf-8", "replace"), doc_id="fuzz"))
        except IngestError as error:
            yield error
    elif kind == b"j":
        yield from (screened(item) for item in _records(io.BytesIO(body), "fuzz", None))
    else:
        yield from (screened(item) for item in _read_stdin(io.TextIOWrapper(io.BytesIO(body)), None))


def test_one_input(data: bytes) -> None:
    for item in _items(data):
        if isinstance(item, IngestError):
            assert "\n" not in str(item), str(item)
            continue
        for event in extract_document(item):
            record = event.to_dict()
            if VALIDATOR is not None:
                VALIDATOR.validate(record)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
