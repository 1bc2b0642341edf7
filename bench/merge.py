"""Merge precision and recall on pairs of reports built from the development stories (issue 5).

    python bench/merge.py            # prints the figures and the failed pairs, writes bench/results/merge.json

Each line of ``gold/merge/pairs.jsonl`` holds two reports and whether they tell of the same real
event, decided by reading. A side is either a development story named by id with the gold event of
``gold/voa.jsonl`` the pair is about (``{"story": id, "event": k}``, texts joined from
``../shared/dev/voa/stories.jsonl``), or a short report written for the file, in its own words
(``{"text", "published", "title"}``), with the event a coder takes from it (``gold``). A story side
may carry ``gold`` too: the reading taken where the gold lists both sides in both actor fields.

Three views, each giving precision and recall of the *same* decisions:

- *gold records*: :func:`eventwire.merge.compare` on the hand-coded events of both sides (a gold
  list of acceptable values reduced to its first): the merge rules alone, without extraction.
- *end to end*: both sides are extracted. A side's candidates are, for a story, the extracted event
  the spec §3 scorer pairs with the gold event the pair names, or failing that the extracted events
  the scorer pairs with no gold event and that would pair with this one were places not compared
  (extraction often misses or misplaces the town); for a written report, all its events. The pair
  is predicted *same* when any candidate of one side merges with any candidate of the other; a side
  without candidates (extraction missed the event) predicts *different*.
- *both extracted*: end to end, on the pairs where both sides yield a candidate.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from eventwire import extract_document
from eventwire.evaluate import pair, same_event
from eventwire.ingest import document_from_record
from eventwire.merge import PLACE_FIELDS, MergeDecision, compare

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STORIES = SHARED / "dev" / "voa" / "stories.jsonl"
PAIRS = ROOT / "gold" / "merge" / "pairs.jsonl"
GOLD = ROOT / "gold" / "voa.jsonl"
RESULTS = ROOT / "bench" / "results" / "merge.json"
TARGETS = {"precision": 0.95, "recall": 0.90}  # issue 5
VIEWS = ("gold records", "end to end", "both extracted")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def flattened(event: dict) -> dict[str, Any]:
    """A gold event as one record: each list of acceptable values reduced to its first."""
    return {key: (value[0] if value else None) if isinstance(value, list) else value
            for key, value in event.items() if key != "optional"}


class Sides:
    """Each side's gold record and extracted candidates, extraction run once per story."""

    def __init__(self) -> None:
        self.stories = {record["id"]: record for record in _jsonl(STORIES)}
        self.gold = {record["id"]: record["events"] for record in _jsonl(GOLD)}
        self.extracted: dict[str, list[dict]] = {}

    def gold_record(self, side: dict) -> dict[str, Any]:
        if "story" in side:
            return {**flattened(self.gold[side["story"]][side["event"]]), **side.get("gold", {})}
        return dict(side["gold"])

    def candidates(self, side: dict, name: str) -> list[dict]:
        """The extracted events that may be the pair's event (see the module's docstring)."""
        if "story" not in side:
            document = document_from_record({"id": name, **side}, origin=f"{PAIRS}:{name}")
            return [event.to_dict() for event in extract_document(document)]
        story = side["story"]
        if story not in self.extracted:
            document = document_from_record(self.stories[story], origin=f"{STORIES}:{story}")
            self.extracted[story] = [event.to_dict() for event in extract_document(document)]
        predicted, gold = self.extracted[story], self.gold[story]
        pairs = pair(predicted, gold)
        paired = [predicted[i] for i, j in pairs if j == side["event"]]
        unplaced = {k: v for k, v in gold[side["event"]].items() if k not in PLACE_FIELDS}
        taken = {i for i, _ in pairs}
        return paired or [e for i, e in enumerate(predicted) if i not in taken and same_event(e, unplaced)]


def best(decisions: list[MergeDecision]) -> MergeDecision | None:
    """The decision that carries the pair: a merge if any, else the closest call."""
    return max(decisions, key=lambda d: (d.same, d.score)) if decisions else None


def figures(outcomes: list[tuple[bool, bool]]) -> dict[str, Any]:
    """Counts and rates of (gold, predicted) same-event decisions."""
    tp = sum(g and p for g, p in outcomes)
    fp = sum(p and not g for g, p in outcomes)
    fn = sum(g and not p for g, p in outcomes)
    tn = len(outcomes) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(outcomes), "same": tp + fn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def side_name(side: dict) -> str:
    return f"story {side['story']} event {side['event']}" if "story" in side else f"'{side['title']}'"


def run() -> tuple[dict[str, dict], list[dict]]:
    sides = Sides()
    outcomes: dict[str, list[tuple[bool, bool]]] = {view: [] for view in VIEWS}
    rows = []
    for record in _jsonl(PAIRS):
        on_gold = compare(sides.gold_record(record["a"]), sides.gold_record(record["b"]))
        found = {key: sides.candidates(record[key], f"{record['id']}{key}") for key in ("a", "b")}
        extracted = best([compare(x, y) for x in found["a"] for y in found["b"]])
        predicted = extracted is not None and extracted.same
        outcomes["gold records"].append((record["same"], on_gold.same))
        outcomes["end to end"].append((record["same"], predicted))
        if extracted is not None:
            outcomes["both extracted"].append((record["same"], predicted))
        missing = [key for key in ("a", "b") if not found[key]]
        rows.append({
            "id": record["id"], "same": record["same"], "note": record["note"],
            "a": side_name(record["a"]), "b": side_name(record["b"]),
            "gold_records": on_gold.to_dict(),
            "end_to_end": {"same": predicted, "candidates": {k: len(v) for k, v in found.items()},
                           "missing": missing, "decision": extracted.to_dict() if extracted else None,
                           "events": {k: [e["summary"] for e in v] for k, v in found.items()}},
        })
    return {view: figures(outcome) for view, outcome in outcomes.items()}, rows


def failed(rows: list[dict], view: str) -> list[dict]:
    key = "gold_records" if view == "gold records" else "end_to_end"
    return [row for row in rows if row[key]["same"] != row["same"]]


def explained(row: dict, view: str) -> list[str]:
    """A failed pair: what it is, what each side yielded and the reasons of the decision."""
    kind = "missed merge" if row["same"] else "false merge"
    lines = [f"  {row['id']} {kind}: {row['a']} | {row['b']} — {row['note']}"]
    if view == "gold records":
        decision = row["gold_records"]
    else:
        decision = row["end_to_end"]["decision"]
        lines.extend(f"      side {key}: extraction yielded no event for it" for key in row["end_to_end"]["missing"])
        for key, summaries in row["end_to_end"]["events"].items():
            lines.extend(f"      {key}: {summary}" for summary in summaries)
    if decision:
        lines.extend(f"      {name}: {reason}" for name, reason in decision["reasons"].items())
    return lines


def main() -> None:
    if not STORIES.exists():
        sys.exit(f"{STORIES} is missing: the development stories live there")
    started = time.perf_counter()
    results, rows = run()
    seconds = round(time.perf_counter() - started, 1)
    columns = ["pairs", "same", "tp", "fp", "fn", "tn", "precision", "recall", "f1"]
    print(f"{'view':<16} " + " ".join(f"{c:>9}" for c in columns))
    for view, figure in results.items():
        print(f"{view:<16} " + " ".join(f"{figure[c]:>9.3f}" if isinstance(figure[c], float) else f"{figure[c]:>9}"
                                        for c in columns))
    print(f"{'targets':<16} " + " ".join(f"{TARGETS[c]:>9.2f}" if c in TARGETS else " " * 9 for c in columns))
    missed = [row for row in failed(rows, "end to end") if row["same"]]
    unextracted = sum(bool(row["end_to_end"]["missing"]) for row in missed)
    print(f"end to end: of {len(missed)} missed merges, {unextracted} have a side extraction yielded no event for, "
          f"{len(missed) - unextracted} were judged on extracted records")
    for view in ("gold records", "end to end"):
        wrong = failed(rows, view)
        print(f"\n[{view}: {len(wrong)} failed pairs]")
        for row in wrong:
            print("\n".join(explained(row, view)))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"targets": TARGETS, "results": results, "seconds": seconds, "pairs": rows},
                                  indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\n{seconds} s; written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
