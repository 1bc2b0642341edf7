"""Hostile and broken input: each bad input gets a named, one-line error and the batch goes on;
property-based tests (hypothesis) and a bounded fuzz run (atheris, tests/fuzz_ingest.py) over
ingest and extraction: no exception escapes and every record validates against the spec schema."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from eventwire import read_documents
from eventwire.errors import IngestError
from eventwire.ingest import document_from_html, document_from_record, document_from_text
from eventwire.pipeline import extract_document
from eventwire.store import Store

HERE = Path(__file__).resolve().parent
ARABIC = "قتل ثلاثة أشخاص في غارة جوية على مدينة حلب يوم الاثنين، بحسب المرصد السوري لحقوق الإنسان. "
FRENCH = ("Des soldats ont tué trois civils lundi dans le village de Beni, dans l'est de la République démocratique "
          "du Congo, selon des sources locales qui ont indiqué que les assaillants étaient arrivés pendant la nuit.")
SPANISH = ("Soldados mataron a tres civiles el lunes en la aldea de Beni, en el este de la República Democrática del "
           "Congo, según fuentes locales que indicaron que los atacantes llegaron durante la noche.")
GOOD = "Rebels attacked a village near Goma on Monday, killing 5 civilians, local officials said."


def _batch(tmp_path: Path) -> dict[str, str]:
    """A folder of hostile files; name -> the problem each must be refused with (None: read)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-empty.txt").write_bytes(b"")
    (d / "b-blank.txt").write_text("   \n\t\n  \u00a0 \u2003\n", "utf-8")
    (d / "c-binary.txt").write_bytes(bytes(range(256)) * 16)
    (d / "d-bad-utf8.txt").write_bytes(GOOD.encode() + b"\xff\xfe\xc3(")
    (d / "e-cp1256.txt").write_bytes((ARABIC * 20).encode("cp1256"))
    (d / "f-mixed.txt").write_bytes(GOOD.encode() + b"\n\n" + ARABIC.encode("cp1256"))
    (d / "g-cp1256.html").write_bytes(b'<html><head><meta charset="windows-1256"></head><body><p>'
                                      + (ARABIC * 20).encode("cp1256") + b"</p></body></html>")
    (d / "h-deep.html").write_text("<html><body>" + "<div>" * 100_000 + "<p>x</p></body></html>", "utf-8")
    (d / "i-broken.html").write_text("<<<>>><html<body><p attr='x>" + GOOD + "</scr<script>ipt>alert(1)</script>"
                                     "<table><tr><td>" + GOOD + "<!-- ", "utf-8")
    (d / "j-french.txt").write_text(FRENCH, "utf-8")
    (d / "k-good.txt").write_text(GOOD, "utf-8")
    records = [{"id": 1, "text": GOOD}, {"text": GOOD}, {"id": None, "text": GOOD}, {"id": "a", "text": 5},
               {"id": "b", "text": GOOD, "published": 20140101}, {"id": "c", "text": GOOD, "published": "2999-01-01"},
               {"id": "d", "text": GOOD, "published": "0001-01-01"}, {"id": "e", "text": SPANISH},
               {"id": "f", "text": GOOD + "\u0000"}, [1, 2], {"id": {"a": 1}, "text": GOOD},
               {"id": "g", "text": GOOD, "published": "2019-02-30"}]
    with (d / "l-records.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record) + "\n")
        out.write('{"id": "x", "text": ' + "[" * 100_000 + "\n")
    return {
        "a-empty.txt": "empty file", "b-blank.txt": "empty file", "c-binary.txt": "binary file",
        "d-bad-utf8.txt": "not valid UTF-8", "e-cp1256.txt": "not valid UTF-8", "f-mixed.txt": "not valid UTF-8",
        "g-cp1256.html": "not in English (detected 'ar'", "h-deep.html": "no text found",
        "j-french.txt": "not in English (detected 'fr'",
        "l-records.jsonl:2": "missing field 'id'", "l-records.jsonl:3": "missing field 'id'",
        "l-records.jsonl:4": "field 'text' must be a string", "l-records.jsonl:5": "field 'published' must be a string",
        "l-records.jsonl:6": "is in the future", "l-records.jsonl:7": "is before 1900",
        "l-records.jsonl:8": "not in English (detected 'es'", "l-records.jsonl:9": "NUL character",
        "l-records.jsonl:10": "not a JSON object", "l-records.jsonl:11": "field 'id' must be a string",
        "l-records.jsonl:12": "not a date", "l-records.jsonl:13": "nested too deeply",
    }


def test_each_bad_input_gets_a_named_one_line_error_and_the_batch_goes_on(tmp_path):
    expected = _batch(tmp_path)
    items = list(read_documents([str(tmp_path / "in")]))
    errors = {Path(e.origin).name: e for e in items if isinstance(e, IngestError)}
    for name, problem in expected.items():
        assert name in errors, f"{name} was not refused: {[e for e in errors]}"
        line = str(errors[name])
        assert problem in line and "\n" not in line and name in line, line
    read = [d.origin for d in items if not isinstance(d, IngestError)]
    assert {Path(o).name for o in read} == {"i-broken.html", "k-good.txt", "l-records.jsonl:1"}
    # The same folder through the command line: one line per bad input on stderr, the good ones stored.
    run = subprocess.run([sys.executable, "-m", "eventwire.cli", "ingest", str(tmp_path / "in"),
                          "--db", str(tmp_path / "events.db")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert len([line for line in run.stderr.splitlines() if line.startswith("eventwire: ")]) == len(expected)
    assert "2 stored" in run.stdout  # k-good and the first record are one text: stored once
    with Store(tmp_path / "events.db") as store:
        assert store.check() == []


def test_duplicate_ids_in_one_batch_keep_the_first_and_name_the_second(tmp_path):
    feed = tmp_path / "dup.jsonl"
    feed.write_text(json.dumps({"id": "same", "text": GOOD}) + "\n"
                    + json.dumps({"id": "same", "text": GOOD.replace("Goma", "Bukavu")}) + "\n", "utf-8")
    with Store(tmp_path / "events.db") as store:
        results = list(store.ingest_all(read_documents([str(feed)])))
        assert [r.status for r in results] == ["stored", "error"]
        assert "already stored for a different text" in results[1].error and "dup.jsonl:2" in results[1].error
        assert store.document("same")["text"] == GOOD


def test_a_50_mb_page_is_refused_by_size_before_it_is_read(tmp_path):
    page = tmp_path / "huge.html"
    with page.open("wb") as out:
        out.write(b"<html><body>")
        out.truncate(50 * 1024 * 1024)  # sparse: 50 MB that costs no disk
    started = time.monotonic()
    [item] = list(read_documents([str(page)]))
    assert isinstance(item, IngestError) and "too large: 52,428,800 bytes" in str(item)
    assert time.monotonic() - started < 2


def test_a_1_mb_sentence_is_refused_by_name_and_a_long_one_is_bounded(tmp_path, monkeypatch):
    sentence = ("the militia fighters attacked the village near Goma and killed five civilians " * 13_000)[:1_000_000]
    (tmp_path / "sentence.txt").write_text(sentence, "utf-8")
    [item] = list(read_documents([str(tmp_path / "sentence.txt")]))
    assert isinstance(item, IngestError) and "too long: 1,000,000 characters" in str(item)
    # Given straight to the pipeline (no ingest limit), spaCy sees it in bounded pieces and the
    # run-on "sentences" are not read: no E088 crash, no quadratic stall.
    import eventwire.nlp as nlp

    monkeypatch.setattr(nlp, "MAX_PIECE_CHARS", 5_000)
    document = document_from_text(sentence[:60_000] + ". " + GOOD, doc_id="long", published=date(2019, 5, 8))
    started = time.monotonic()
    events = extract_document(document)
    assert time.monotonic() - started < 60
    assert any(min(start for start, _ in e.evidence.values()) > 60_000 for e in events)  # the real sentence is read
    pieces = nlp._pieces("a. " * 10 + "b" * 50, 12)
    assert "".join(p for _, p in pieces) == "a. " * 10 + "b" * 50 and all(len(p) <= 12 for _, p in pieces)


def test_dates_at_the_ends_of_the_calendar_do_not_crash_extraction():
    for published in (date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31)):
        document = document_from_text(GOOD + " On 31 December 9999 and on 1 January 0001 nothing happened.",
                                      doc_id="edge", published=published)
        assert extract_document(document)  # extracted, with no date anchor for impossible publication dates


def test_a_report_cut_off_after_according_extracts():
    # found by the fuzzer: "according" as the very last word has no next word to look at
    document = document_from_text("Gunmen killed two villagers near Kano, police said. according", doc_id="cut",
                                  published=date(2024, 1, 1))
    assert [e.location for e in extract_document(document)] == ["Kano"]


def test_non_english_reports_are_skipped_with_a_reason_and_english_ones_are_kept():
    from eventwire.ingest import screen

    for text, language in ((FRENCH, "fr"), (SPANISH, "es"), (ARABIC * 3, "ar")):
        problem = screen(document_from_text(text, doc_id="x"))
        assert problem and f"detected '{language}'" in problem
    assert screen(document_from_text(GOOD, doc_id="x")) is None
    long_english = " ".join([GOOD] * 5)
    assert screen(document_from_text(long_english, doc_id="x")) is None
    assert screen(document_from_text(long_english, doc_id="x", language="en-GB")) is None
    assert "declared language 'fr'" in screen(document_from_text(GOOD[:40], doc_id="x", language="fr"))


# -- properties ---------------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
_NEWSY = st.lists(st.sampled_from(
    ["Rebels", "attacked", "killed", "at least", "12", "civilians", "in", "Goma", "Aleppo", "on Monday", "Tuesday",
     "police", "said", ".", ",", "\n\n", "0001", "9999", "31 December", "1/1/1", "hundreds", "<b>", "&amp;",
     "Comments", "Reply", "—", "\u200f", "🙂", "قتل", "'", '"', "(", "Islamic State", "the army"]), max_size=60
).map(" ".join)


_REPORT = st.builds(
    "{} {} {} {}, killing {} people, {} said.".format,
    st.sampled_from(["Rebels", "Government forces", "Islamic State fighters", "Police", "Gunmen", "قتل"]),
    st.sampled_from(["attacked", "shelled", "struck", "fired on protesters in", "bombed"]),
    st.sampled_from(["Goma", "Aleppo", "the town of Kafr Nabl in Idlib", "Nairobi", "Zzyzx", ""]),
    st.sampled_from(["on Monday", "on Tuesday", "yesterday", "last week", "on 31 December 9999", "on 1 January 0001",
                     "on 29 February", "in 1/1/1", "next year", ""]),
    st.one_of(st.integers(-5, 10**12).map(str), st.sampled_from(["dozens", "at least 12", "1,000,000,000,000"])),
    st.sampled_from(["officials", "the Syrian Observatory for Human Rights", "witnesses", ""]))
_PUBLISHED = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max, date(1, 1, 7), date(9999, 12, 25)]))


@pytest.fixture(scope="module")
def validator(event_schema):
    return jsonschema.Draft202012Validator(event_schema)


def _check(document, validator) -> None:
    for event in extract_document(document):
        record = event.to_dict()
        validator.validate(record)
        for start, end in record.get("evidence", {}).values():
            assert 0 <= start <= end <= len(document.text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=st.one_of(_TEXT, _NEWSY, _REPORT, st.lists(_REPORT, max_size=4).map("\n\n".join)), published=_PUBLISHED)
def test_any_text_extracts_without_an_exception_and_validates(text, published, validator):
    try:
        document = document_from_text(text, doc_id="prop", published=published)
    except IngestError:
        return
    _check(document, validator)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(record=st.dictionaries(st.sampled_from(["id", "text", "published", "title", "url", "language", "x"]),
                              st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _TEXT, _NEWSY,
                                        st.lists(st.integers(), max_size=2), st.dates().map(str))))
def test_any_record_is_a_document_or_a_named_error(record, validator):
    try:
        document = document_from_record(record, origin="prop:1")
    except IngestError as error:
        assert str(error).startswith("prop:1: ") and "\n" not in str(error)
        return
    _check(document, validator)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(html=st.one_of(_TEXT, _NEWSY.map(lambda t: f"<html><body><p>{t}</p><div class='comments'>{t}</div>")))
def test_any_html_is_a_document_or_a_named_error(html, validator):
    try:
        document = document_from_html(html, doc_id="prop")
    except IngestError as error:
        assert "\n" not in str(error)
        return
    _check(document, validator)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(data=st.binary(max_size=2000), kind=st.sampled_from(["txt", "html", "jsonl"]))
def test_any_bytes_in_any_file_kind_never_raise(tmp_path_factory, data, kind):
    path = tmp_path_factory.mktemp("bytes") / f"input.{kind}"
    path.write_bytes(data)
    for item in read_documents([str(path)]):
        if isinstance(item, IngestError):
            assert "\n" not in str(item)


def test_fuzz_ingest_and_extraction_for_a_bounded_time(tmp_path):
    """The atheris target (tests/fuzz_ingest.py), run for a bounded time: no crash."""
    pytest.importorskip("atheris")
    seconds = os.environ.get("EVENTWIRE_FUZZ_SECONDS", "20")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, text in enumerate((GOOD, FRENCH, "<html><body><p>" + GOOD + "</p></body></html>",
                              json.dumps({"id": "f", "text": GOOD}))):
        (corpus / f"seed{n}").write_text(text, "utf-8")
    run = subprocess.run([sys.executable, str(HERE / "fuzz_ingest.py"), f"-max_total_time={seconds}",
                          "-rss_limit_mb=4096", "-timeout=60", f"-artifact_prefix={tmp_path}/", str(corpus)],
                         capture_output=True, text=True, timeout=int(seconds) + 240)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Done" in run.stderr, run.stderr[-2000:]
