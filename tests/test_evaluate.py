"""``eventwire eval`` gives the reference scorer's figures, and shows why."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SCORER, SHARED, need_shared
from eventwire.evaluate import evaluate

GOLD_SETS = sorted(SHARED.glob("**/*gold*.jsonl")) if SHARED.exists() else []


@pytest.mark.parametrize("gold", GOLD_SETS, ids=lambda p: p.parent.name)
def test_figures_equal_the_reference_scorer(gold, tmp_path):
    pred = tmp_path / "pred.jsonl"
    figures = tmp_path / "eval.json"
    ours = subprocess.run([sys.executable, "-m", "eventwire.cli", "eval", str(gold), "--json", str(figures)],
                          capture_output=True, text=True, timeout=600)
    assert ours.returncode == 0, ours.stderr
    # the same predictions, written out and scored by the reference scorer
    subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", str(gold), "--format", "jsonl", "-o", str(pred)],
                   capture_output=True, text=True, timeout=600, check=True)
    reference = subprocess.run([sys.executable, str(need_shared(SCORER)), str(gold), str(pred)],
                               capture_output=True, text=True, check=True)
    assert json.loads(figures.read_text()) == json.loads(reference.stdout.strip().splitlines()[-1])


def test_there_are_gold_sets_to_compare():
    if not SHARED.exists():
        pytest.skip("../shared is not here")
    assert len(GOLD_SETS) >= 3


def test_optional_events_are_neither_missed_nor_extra():
    gold = [{"id": "d", "exhaustive": True, "events": [
        {"event_type": "Battles", "country_code": "IRQ", "event_date": "2014-11-26"},
        {"plover": "ACCUSE", "event_date": "2014-11-26", "optional": True},
    ]}]
    found = [{"doc_id": "d", "event_type": "Battles", "country_code": "IRQ", "event_date": "2014-11-25", "confidence": 0.9},
             {"doc_id": "d", "event_type": None, "plover": "ACCUSE", "event_date": "2014-11-26", "confidence": 0.3}]
    figures = evaluate(gold, found).figures["event_matching"]
    assert (figures["precision"], figures["recall"]) == (1.0, 1.0)
    missing = evaluate(gold, found[:1]).figures["event_matching"]
    assert (missing["precision"], missing["recall"]) == (1.0, 1.0)


def test_worst_documents_show_gold_and_prediction_side_by_side():
    gold = [{"id": "d", "exhaustive": True, "events": [{"event_type": "Protests", "country_code": "KEN",
                                                          "event_date": "2019-10-07", "location": "Nairobi"}]}]
    found = [{"doc_id": "d", "event_type": "Riots", "country_code": "KEN", "event_date": "2019-10-07", "confidence": 0.5}]
    evaluation = evaluate(gold, found)
    assert evaluation.worst(1)[0].doc_id == "d"
    assert evaluation.confusion[("Protests", "Riots")] == 1
