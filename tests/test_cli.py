"""The ``eventwire extract`` command end to end, as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from conftest import SEED_GOLD, SEED_PAGE, SCORER, need_shared

EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*EVENTWIRE, *args], input=stdin, capture_output=True, text=True, timeout=300)


def score(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(need_shared(SCORER)), str(gold), str(pred)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_worked_example_scores_at_least_0_9_f1(tmp_path):
    pred = tmp_path / "pred.jsonl"
    result = run("extract", str(need_shared(SEED_PAGE)), "--published", "2014-11-26", "--format", "jsonl", "-o", str(pred))
    assert result.returncode == 0, result.stderr
    figures = score(need_shared(SEED_GOLD), pred)["event_matching"]
    assert figures["f1"] >= 0.9, figures


def test_gold_jsonl_form_gives_the_same_events(tmp_path):
    pred = tmp_path / "pred.jsonl"
    result = run("extract", str(need_shared(SEED_GOLD)), "--format", "jsonl", "-o", str(pred))
    assert result.returncode == 0, result.stderr
    assert score(SEED_GOLD, pred)["event_matching"]["f1"] >= 0.9


def test_no_event_rests_on_comments_or_carries_the_war_toll(seed_events):
    document, events = seed_events
    assert len(document.comments) == 9
    for event in events:
        assert event.fatalities != 195000 and event.fatalities_low != 195000
        for field, (start, end) in event.evidence.items():
            assert end <= document.comments_start, (field, document.text[start:end])


def test_every_record_validates_against_the_spec_schema(seed_events, event_schema):
    _, events = seed_events
    assert events
    for event in events:
        jsonschema.validate(event.to_dict(), event_schema)


def test_formats(tmp_path):
    page = str(need_shared(SEED_PAGE))
    table = run("extract", page, "--published", "2014-11-26")
    assert "Air/drone strike" in table.stdout and "9 reader comments set apart" in table.stdout
    as_json = json.loads(run("extract", page, "--published", "2014-11-26", "--format", "json").stdout)
    lines = run("extract", page, "--published", "2014-11-26", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == as_json
    csv_text = run("extract", page, "--published", "2014-11-26", "--format", "csv").stdout
    assert csv_text.splitlines()[0].startswith("event_id,doc_id,event_date")
    assert len(csv_text.strip().splitlines()) == len(as_json) + 1


def test_stdin_and_the_bundled_examples():
    text = "Gunmen killed four farmers in Kukawa in Borno state on Sunday, residents said."
    out = run("extract", "-", "--published", "2021-03-09", "--format", "jsonl", stdin=text)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[0])["fatalities"] == 4
    examples = run("extract", "--examples", "--format", "jsonl")
    assert examples.returncode == 0 and len(examples.stdout.splitlines()) >= 3


def test_bad_inputs_get_one_line_errors_and_the_rest_go_on(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Gunmen killed four farmers in Kukawa in Borno state on Sunday, residents said.", "utf-8")
    (folder / "empty.txt").write_text("   \n", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (folder / "latin1.txt").write_bytes("Les forces fran\xe7aises".encode("latin-1"))
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "a", "text": "Police arrested 12 protesters in Lagos on Monday.", "published": "2020-10-20"})
        + "\n{not json\n"
        + json.dumps({"id": "b", "text": "Troops clashed with rebels near Goma on Tuesday.", "published": "2022-05-25"})
        + "\n", "utf-8")
    result = run("extract", str(folder), "--published", "2021-03-09", "--format", "jsonl")
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, errors
    named = "\n".join(errors)
    for name in ("empty.txt", "binary.txt", "latin1.txt", "batch.jsonl:2"):
        assert name in named
    docs = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert {"good", "b"} <= docs


def test_explain_says_why_each_place_and_date_was_chosen():
    out = run("explain", str(need_shared(SEED_PAGE)), "--published", "2014-11-26")
    assert out.returncode == 0, out.stderr
    assert "'Raqa' is a spelling variant of Ar Raqqah" in out.stdout
    assert "'Tuesday': the most recent Tuesday before Wed 2014-11-26: 2014-11-25" in out.stdout
    assert "cumulative toll" in out.stdout  # the 195,000 sentence, and why it is not an event


def test_explain_says_why_a_found_trigger_became_no_event():
    out = run("explain", "-", "--published", "2024-06-12", stdin="She agreed with the decision on Tuesday.")
    assert out.returncode == 0, out.stderr
    assert "not coded: 'agreed': no one it is aimed at" in out.stdout


def test_an_unusable_places_file_stops_the_run_with_one_line(tmp_path, monkeypatch):
    places = tmp_path / "places.csv"
    places.write_text("name,aliases,latitude,longitude,admin1,country\nJangebe,,north,6.05,Zamfara,NGA\n", "utf-8")
    monkeypatch.setenv("EVENTWIRE_PLACES", str(places))
    out = run("extract", "-", "--published", "2021-03-01", stdin="Gunmen abducted 279 schoolgirls in Jangebe on Friday.")
    assert out.returncode != 0
    assert f"{places}:2" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_ingest_stores_once_and_show_explains_an_event(tmp_path):
    db = str(tmp_path / "events.db")
    first = run("ingest", str(need_shared(SEED_PAGE)), "--published", "2014-11-26", "--db", db)
    assert first.returncode == 0, first.stderr
    assert "stored, 9 events (9 new" in first.stdout and "1 flagged abusive" in first.stdout
    again = run("ingest", str(need_shared(SEED_PAGE)), "--published", "2014-11-26", "--db", db)
    assert "already stored, unchanged" in again.stdout and "9 events from 1 document" in again.stdout
    listed = run("events", "--db", db, "--country", "Iraq")
    assert listed.returncode == 0 and "Ramadi" in listed.stdout and "Ar Raqqah" not in listed.stdout
    shown = run("show", "1", "--db", db)
    assert "merge decisions:" in shown.stdout and "new: no stored event" in shown.stdout
    assert run("show", "999", "--db", db).returncode == 1
    bad = run("ingest", str(tmp_path / "missing.txt"), "--db", db)
    assert bad.returncode == 1 and "missing.txt: no such file" in bad.stderr
