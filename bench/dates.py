"""Dates: how often events get the gold date, and how fast expressions resolve.

    python bench/dates.py               # prints a table, writes bench/results/dates.json

For each gold set: date_exact and date_within_1d over matched events (event matching view,
exhaustive gold) and over the main-event view where a set has single-event documents; then
the resolver's speed on every sentence of the development stories.
"""
from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

from accuracy import SHARED, gold_sets, run

from eventwire.resolve.time import find_time_expressions

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "dates.json"
TARGET = 0.95  # issue 4: date exact on the main-event view


def resolver_speed() -> dict:
    """Expressions found and milliseconds per sentence over the development stories."""
    stories = [json.loads(line) for line in (SHARED / "dev" / "voa" / "stories.jsonl").read_text("utf-8").splitlines()]
    sentences = [(s, date.fromisoformat(story["published"][:10]))
                 for story in stories for s in re.split(r"(?<=[.!?])\s+", story["text"]) if s.strip()]
    started = time.perf_counter()
    found = sum(len(find_time_expressions(s, published)) for s, published in sentences)
    elapsed = time.perf_counter() - started
    return {"sentences": len(sentences), "expressions": found, "ms_per_sentence": round(1000 * elapsed / len(sentences), 3)}


def main() -> None:
    results = {}
    print(f"{'gold set':<18} {'matched':>8} {'exact':>7} {'±1 day':>7}   {'main':>5} {'exact':>7}")
    for name, paths in gold_sets().items():
        figures = run(*paths)
        matched = figures.get("event_matching", {})
        fields = matched.get("matched_fields", {})
        main = figures.get("main_event", {})
        results[name] = {"matched_events": matched.get("gold_events", 0) and round(matched["recall"] * matched["gold_events"]),
                         "date_exact": fields.get("date_exact"), "date_within_1d": fields.get("date_within_1d"),
                         "main_event_documents": figures.get("single_event_documents", 0),
                         "main_event_date_exact": main.get("date_exact")}
        row = results[name]

        def cell(value):
            return "" if value is None else f"{value:.3f}"

        print(f"{name:<18} {row['matched_events'] or 0:>8} {cell(row['date_exact']):>7} {cell(row['date_within_1d']):>7}"
              f"   {row['main_event_documents']:>5} {cell(row['main_event_date_exact']):>7}")
    speed = resolver_speed()
    print(f"resolver: {speed['expressions']} expressions in {speed['sentences']} sentences, "
          f"{speed['ms_per_sentence']} ms a sentence; target date exact >= {TARGET}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"target_date_exact": TARGET, "results": results, "resolver": speed}, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
