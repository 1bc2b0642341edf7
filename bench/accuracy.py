"""Extraction accuracy on every gold set: the development sets in ../shared and the project's own.

    python bench/accuracy.py            # prints a table, writes bench/results/accuracy.json

Figures are those of spec §3 (main-event view and event matching), computed by
``eventwire.evaluate`` (equal to ../shared/eval/score.py, which a test checks).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire import extract_document
from eventwire.evaluate import evaluate
from eventwire.ingest import document_from_record

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "accuracy.json"
NAME_WIDTH = 22  # "own/summaries-heldout"
TARGETS = {  # issue 3: main-event view, and F1 on exhaustive gold
    "detected": 0.97, "event_type": 0.85, "country": 0.98, "within_25km": 0.90, "date_exact": 0.95,
    "fatalities_exact": 0.90, "actor1_inter": 0.85, "injuries_exact": 0.85, "f1": 0.80,
}
COLUMNS = ["docs", "detected", "event_type", "plover", "actor1", "country", "within_25km", "date_exact",
           "fatalities_exact", "actor1_inter", "injuries_exact", "precision", "recall", "f1"]


def gold_sets() -> dict[str, tuple[Path, Path | None]]:
    """Each gold set and, for gold that holds only ids, the documents holding the texts."""
    sets = {p.parent.name if p.parent.name != "examples" else "worked example": (p, None)
            for p in sorted(SHARED.glob("**/*gold*.jsonl"))}
    for own in sorted((ROOT / "gold").glob("*.jsonl")):
        sets[f"own/{own.stem}"] = (own, SHARED / "dev" / "voa" / "stories.jsonl")
    return sets


def run(gold_path: Path, texts_path: Path | None) -> dict:
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    texts = {}
    if texts_path is not None:
        texts = {r["id"]: r for r in (json.loads(x) for x in texts_path.read_text("utf-8").splitlines() if x.strip())}
    started = time.perf_counter()
    predicted = []
    for number, doc in enumerate(gold, 1):
        document = document_from_record({**texts.get(doc["id"], {}), **doc}, origin=f"{gold_path}:{number}")
        predicted.extend(event.to_dict() for event in extract_document(document))
    figures = evaluate(gold, predicted).figures
    figures["seconds"] = round(time.perf_counter() - started, 1)
    return figures


def row(name: str, figures: dict) -> str:
    main, matching = figures.get("main_event", {}), figures.get("event_matching", {})
    cells = [str(figures["documents"])]
    for column in COLUMNS[1:]:
        value = matching.get(column) if column in ("precision", "recall", "f1") else main.get(column)
        cells.append("" if value is None else f"{value:.3f}")
    return f"{name:<{NAME_WIDTH}} " + " ".join(f"{c:>7}" for c in cells)


def main() -> None:
    if not SHARED.exists():
        sys.exit(f"{SHARED} is missing: the development gold lives there")
    results = {name: run(*paths) for name, paths in gold_sets().items()}
    print(f"{'gold set':<{NAME_WIDTH}} " + " ".join(f"{c[:7]:>7}" for c in COLUMNS))
    for name, figures in results.items():
        print(row(name, figures))
    print("targets".ljust(NAME_WIDTH) + " " + " ".join(f"{TARGETS[c]:>7.2f}" if c in TARGETS else " " * 7 for c in COLUMNS))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"targets": TARGETS, "results": results}, indent=2) + "\n", "utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
