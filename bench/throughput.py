"""Throughput of `eventwire ingest` against bare spaCy, one worker against two, and memory.

    python bench/throughput.py                 # 2,000 documents
    python bench/throughput.py --scaling --sizes 1000 10000 50000   # eventwire with 2 workers only

The input is the development stories repeated to the size asked, each copy given its own id
a closing line naming the copy and no URL (so the store does not take it for a document it holds). Every
figure comes from one run on the same input:

- bare spaCy: ``nlp.pipe`` of the same paragraphs with the same pipeline;
- eventwire: ``ingest_stream`` into a fresh SQLite store (extraction, comment scores,
  storing and merging), with 1 worker (in process) and with N worker processes;
- peak RSS: of the process for the bare and 1-worker runs, of the largest worker process
  for the N-worker run.

Each measurement runs in a subprocess of its own, so peaks do not leak between them. Prints a
table and writes ``bench/results/throughput.json``.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT.parent / "shared" / "dev" / "voa" / "stories.jsonl"
RESULTS = ROOT / "bench" / "results" / "throughput.json"


def corpus(size: int) -> list:
    from eventwire.ingest import document_from_record

    records = [json.loads(line) for line in STORIES.read_text("utf-8").splitlines() if line.strip()]
    return [document_from_record({**record, "id": f"{record['id']}-copy{n}", "url": None,
                                  "text": f"{record['text']}\n\nCopy {n} of the development stories."},
                                 origin=f"copy {n}")
            for n, record in enumerate(islice(cycle(records), size))]


def measure(mode: str, size: int, workers: int) -> dict:
    """One measurement, in this process: documents per second and peak memory."""
    documents = corpus(size)
    if mode == "bare":
        from eventwire.nlp import body_paragraphs, load_nlp

        nlp = load_nlp()
        list(nlp.pipe(["Warm-up."]))
        started = time.perf_counter()
        for _ in nlp.pipe(text for document in documents for _, text in body_paragraphs(document)):
            pass
        elapsed = time.perf_counter() - started
        events = None
    else:
        from eventwire.bulk import ingest_stream, warm_up
        from eventwire.store import Store

        if workers == 1:
            warm_up(one_thread=False)  # in process, as `eventwire ingest` runs it
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "events.db") as store:
            started = time.perf_counter()
            results = list(ingest_stream(store, documents, workers=workers))
            elapsed = time.perf_counter() - started
            events = store.stats()["events"]
        assert all(r.status == "stored" for r in results), [r.error for r in results if r.status == "error"][:3]
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"mode": mode, "documents": size, "workers": workers, "seconds": round(elapsed, 1),
            "docs_per_s": round(size / elapsed, 2), "events": events,
            "peak_rss_mb": round(children if workers > 1 else own), "main_rss_mb": round(own)}


def run(mode: str, size: int, workers: int) -> dict:
    """``measure`` in a fresh subprocess."""
    out = subprocess.run([sys.executable, __file__, "--measure", mode, str(size), str(workers)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scaling", action="store_true",
                        help="only eventwire with --workers, at each size: how docs/s and memory grow with input")
    parser.add_argument("--measure", nargs=3, metavar=("MODE", "SIZE", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        mode, size, workers = args.measure
        print(json.dumps(measure(mode, int(size), int(workers))))
        return
    if args.scaling:
        scaling(args.sizes, args.workers)
        return
    rows = []
    for size in args.sizes:
        bare = run("bare", size, 1)
        one = run("eventwire", size, 1)
        many = run("eventwire", size, args.workers)
        rows.append({"documents": size, "bare_spacy": bare, "eventwire_1": one, f"eventwire_{args.workers}": many,
                     "eventwire_vs_bare": round(one["docs_per_s"] / bare["docs_per_s"], 2),
                     f"workers_{args.workers}_vs_1": round(many["docs_per_s"] / one["docs_per_s"], 2)})
        print(f"{size:>7} docs | bare spaCy {bare['docs_per_s']:6.2f} docs/s | eventwire 1 worker "
              f"{one['docs_per_s']:6.2f} docs/s ({rows[-1]['eventwire_vs_bare']:.2f}x bare; "
              f"{one['peak_rss_mb']} MB) | {args.workers} workers {many['docs_per_s']:6.2f} docs/s "
              f"({rows[-1][f'workers_{args.workers}_vs_1']:.2f}x; peak per worker {many['peak_rss_mb']} MB, "
              f"writer {many['main_rss_mb']} MB)", flush=True)
    machine = f"{platform.machine()}, {len(__import__('os').sched_getaffinity(0))} cores, Python {platform.python_version()}"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": machine, "targets": {"eventwire_vs_bare": 0.75, "workers_2_vs_1": 1.8,
                                                                   "peak_rss_mb_per_worker": 1024},
                                   "runs": rows}, indent=2) + "\n", "utf-8")
    print(f"machine: {machine}; written to {RESULTS.relative_to(ROOT)}")


def scaling(sizes: list[int], workers: int) -> None:
    """docs/s and peak memory of eventwire with ``workers`` at each size, into ``scaling.json``."""
    rows = []
    for size in sizes:
        rows.append(run("eventwire", size, workers))
        print(f"{size:>7} docs | {workers} workers {rows[-1]['docs_per_s']:6.2f} docs/s | peak per worker "
              f"{rows[-1]['peak_rss_mb']} MB, writer {rows[-1]['main_rss_mb']} MB", flush=True)
    path = RESULTS.with_name("scaling.json")
    path.write_text(json.dumps({"workers": workers, "runs": rows}, indent=2) + "\n", "utf-8")
    print(f"written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
