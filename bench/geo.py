"""Place accuracy on every gold set, and what the gazetteer costs to open and hold.

    python bench/geo.py            # prints a table, writes bench/results/geo.json

Three views of the place fields (country, admin1, within 25 km, location name):

- *matched*: on event-matching pairs (spec §3), as ``eventwire.evaluate`` scores them;
- *main*: the main-event view, for gold documents with a single event;
- *resolver*: each gold place name found in its report, resolved as the extractor resolves a
  place (the words beside it, its sentence's clues, the report's countries) but with no event
  around it. Matching already asks for a place within 50 km, so the first view flatters the
  resolver; this one measures it on its own.

Cost: the time a cold process takes to open the index and answer one lookup, and the peak
resident memory of a process that opens it and resolves 1,000 names (both in subprocesses, so
nothing this process loaded counts).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from eventwire import extract_document
from eventwire.codebook import load_codebook
from eventwire.evaluate import compare, evaluate
from eventwire.extract.mentions import MentionFinder
from eventwire.ingest import document_from_record
from eventwire.nlp import parse_body
from eventwire.pipeline import document_countries
from eventwire.resolve.actors import ActorRegistry
from eventwire.resolve.geo import resolve_name

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "bench" / "results" / "geo.json"
FIELDS = ["country", "admin1", "within_25km", "location_name"]
TARGETS = {"country": 0.98, "within_25km": 0.90, "admin1": 0.90, "load_seconds": 2.0, "peak_rss_mb": 700}

# Run in a fresh interpreter: open the default index and look one name up.
_LOAD = """
import json, time
started = time.perf_counter()
from eventwire.resolve.gazetteer import Gazetteer
Gazetteer.default().lookup("Mosul")
print(json.dumps({"seconds": time.perf_counter() - started}))
"""
# Run in a fresh interpreter: resolve the names on stdin, report peak RSS (Linux: kilobytes).
_MEMORY = """
import json, resource, sys
from eventwire.resolve.geo import resolve_name
names = json.load(sys.stdin)
found = sum(resolve_name(n, (0, 0), context_countries={}) is not None for n in names)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"names": len(names), "resolved": found, "peak_rss_mb": peak / 1024}))
"""


def gold_sets() -> dict[str, tuple[Path, Path | None]]:
    """The worked example and the project's own gold (texts joined by id)."""
    sets: dict[str, tuple[Path, Path | None]] = {
        "worked example": (SHARED / "examples" / "raqqa-airstrikes.gold.jsonl", None),
    }
    for own in sorted((ROOT / "gold").glob("*.jsonl")):
        sets[f"own/{own.stem}"] = (own, SHARED / "dev" / "voa" / "stories.jsonl")
    return {name: paths for name, paths in sets.items() if paths[0].exists()}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _rates(counts: dict[str, list[int]]) -> dict[str, dict[str, float | int]]:
    return {name: {"rate": round(ok / n, 4), "n": n} for name, (ok, n) in sorted(counts.items()) if n}


def _resolver_view(gold: dict, document, counts: dict[str, list[int]], misses: list[str]) -> None:
    """Resolve each gold place name where the report writes it, as the extractor would: with the
    words beside it, its sentence's clues and the report's countries, but no event around it."""
    events = [e for e in gold.get("events", []) if e.get("latitude") is not None and e.get("location")]
    if not events:
        return
    sentences = parse_body(document)
    finder = MentionFinder(load_codebook(), ActorRegistry.default(), None, document_countries(sentences), None)
    for event in events:
        options = event["location"] if isinstance(event["location"], list) else [event["location"]]
        written = next((o for o in options if o in document.text), options[0])
        found, seen = _resolve_where_written(written, document.text, sentences, finder)
        if not seen:  # a name the extractor would not take for a place: the resolver alone
            found = resolve_name(written, (0, len(written)), context_countries=finder.context_countries)
        predicted = found.fields() if found else {}
        verdict = compare(predicted, {k: event.get(k) for k in ("country_code", "admin1", "latitude", "longitude", "location")})
        for name in FIELDS:
            if name in verdict:
                counts[name][0] += verdict[name]
                counts[name][1] += 1
        if not verdict.get("within_25km", True) or not verdict.get("country", True):
            got = f"{predicted.get('location')}, {predicted.get('country')}" if found else "nothing"
            misses.append(f"{gold['id']}: '{written}' -> {got}; gold {event.get('location')}, {event.get('admin1')}, "
                          f"{event.get('country')}")


def _resolve_where_written(written: str, text: str, sentences, finder: MentionFinder):
    """The name resolved at the first place the report writes it as a name of its own
    (not inside a longer one: "Bor", not "Dinka Bor"); (None, False) if it never does."""
    start = text.find(written)
    while start >= 0:
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        if sentence is not None:
            candidates = finder.place_candidates(sentence)
            for candidate in candidates:
                if sentence.char_span(candidate.tokens) == (start, start + len(written)):
                    return finder.resolve_candidate(sentence, candidate, finder.place_clues(sentence, candidates)), True
        start = text.find(written, start + 1)
    return None, False


def run(gold_path: Path, texts_path: Path | None) -> dict:
    gold = _jsonl(gold_path)
    texts = {r["id"]: r for r in _jsonl(texts_path)} if texts_path else {}
    predicted: list[dict] = []
    resolver: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for number, doc in enumerate(gold, 1):
        document = document_from_record({**texts.get(doc["id"], {}), **doc}, origin=f"{gold_path}:{number}")
        predicted.extend(event.to_dict() for event in extract_document(document))
        _resolver_view(doc, document, resolver, misses)
    evaluation = evaluate(gold, predicted)
    matched: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for result in evaluation.documents:
        optional = {j for j, g in enumerate(result.gold) if g.get("optional")}
        for i, j in result.pairs:
            if j in optional:
                continue
            verdict = compare(result.predicted[i], result.gold[j])
            for name in FIELDS:
                if name in verdict:
                    matched[name][0] += verdict[name]
                    matched[name][1] += 1
    main = evaluation.figures.get("main_event", {})
    main_n = evaluation.figures.get("single_event_documents", 0)
    return {
        "documents": len(gold),
        "matched": _rates(matched),
        "main": {name: {"rate": main[name], "n": main_n} for name in FIELDS if name in main},
        "resolver": _rates(resolver),
        "resolver_misses": misses,
    }


def _sample_names(sets: dict[str, tuple[Path, Path | None]]) -> list[str]:
    """1,000 names to resolve: every gold place name, then the report texts' capitalised words."""
    names: list[str] = []
    for gold_path, texts_path in sets.values():
        for doc in _jsonl(gold_path):
            for event in doc.get("events", []):
                for key in ("location", "admin1", "country"):
                    value = event.get(key)
                    names.extend(value if isinstance(value, list) else [value] if value else [])
        if texts_path:
            for record in _jsonl(texts_path):
                names.extend(w.strip(".,;:'\"()") for w in record["text"].split() if w[:1].isupper())
    unique = list(dict.fromkeys(n for n in names if n))
    return (unique * (1000 // max(len(unique), 1) + 1))[:1000]


def cost(names: list[str]) -> dict[str, float]:
    """Load time and peak memory, each measured in a fresh interpreter."""
    env = dict(os.environ)
    subprocess.run([sys.executable, "-c", _LOAD], check=True, capture_output=True, env=env)  # build if needed
    load = json.loads(subprocess.run([sys.executable, "-c", _LOAD], check=True, capture_output=True,
                                     text=True, env=env).stdout)
    memory = json.loads(subprocess.run([sys.executable, "-c", _MEMORY], input=json.dumps(names), check=True,
                                       capture_output=True, text=True, env=env).stdout)
    return {"load_seconds": round(load["seconds"], 3), "peak_rss_mb": round(memory["peak_rss_mb"], 1),
            "names": memory["names"], "resolved": memory["resolved"]}


def _cell(view: dict, name: str) -> str:
    figure = view.get(name)
    return f"{figure['rate']:.3f} ({figure['n']:>3})" if figure else ""


def main() -> None:
    sets = gold_sets()
    if not sets:
        sys.exit(f"no gold sets found (the worked example lives in {SHARED})")
    results = {name: run(*paths) for name, paths in sets.items()}
    print(f"{'gold set':<16} {'view':<9} " + " ".join(f"{c:>13}" for c in FIELDS))
    for name, figures in results.items():
        for view in ("matched", "main", "resolver"):
            print(f"{name:<16} {view:<9} " + " ".join(f"{_cell(figures[view], c):>13}" for c in FIELDS))
    print(f"{'targets':<16} {'':<9} " + " ".join(f"{TARGETS[c]:>13.2f}" if c in TARGETS else " " * 13 for c in FIELDS))
    gazetteer = cost(_sample_names(sets))
    print(f"\ngazetteer: open + first lookup {gazetteer['load_seconds']:.2f} s (target <= {TARGETS['load_seconds']} s); "
          f"peak RSS resolving {gazetteer['names']} names {gazetteer['peak_rss_mb']:.0f} MB "
          f"(target <= {TARGETS['peak_rss_mb']} MB); {gazetteer['resolved']} resolved")
    for name, figures in results.items():
        for miss in figures["resolver_misses"]:
            print(f"  resolver miss [{name}] {miss}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"targets": TARGETS, "results": results, "gazetteer": gazetteer}, indent=2) + "\n", "utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
