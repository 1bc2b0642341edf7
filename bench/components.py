"""Speed of the look-ups every sentence makes: actor phrases, time expressions, and opening the gazetteer.

    python bench/components.py        # prints a table, writes bench/results/components.json

Each figure is the mean over many calls after a warm-up, on this machine; they are measured here,
not asserted by tests (a test that times code fails on a busy machine and proves nothing).
"""
from __future__ import annotations

import json
import platform
import time
from datetime import date
from pathlib import Path

from eventwire.resolve.actors import ActorRegistry
from eventwire.resolve.gazetteer import Gazetteer
from eventwire.resolve.time import find_time_expressions

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "components.json"
ACTOR_PHRASES = ["Syrian regime", "Assad's air force", "a Syrian delegation headed by Foreign Minister Walid Muallem",
                 "Iraqi security forces and allied tribesmen", "the U.S.-led coalition", "unidentified gunmen",
                 "Syria's exiled opposition National Coalition", "its warplanes", "the militants",
                 "President Bashar al-Assad's government", "Kurdish peshmerga forces", "Hungarian and Romanian officials"]
TIME_SENTENCE = ("The Syrian Observatory for Human Rights said warplanes had carried out 10 air strikes against IS "
                 "fighters in Syria since Monday, and that 95 people died in the bombing Tuesday.")


def per_call(call, rounds: int) -> float:
    """Mean seconds a call takes over ``rounds`` calls, after one warm-up call."""
    call()
    started = time.perf_counter()
    for _ in range(rounds):
        call()
    return (time.perf_counter() - started) / rounds


def actor_phrases() -> None:
    """Resolve every phrase afresh: the registry's cache is cleared so each call does the work."""
    registry = ActorRegistry.default()
    registry._resolve_cached.cache_clear()
    for phrase in ACTOR_PHRASES:
        registry.resolve(phrase, country_code="SYR")


def main() -> None:
    gazetteer = Gazetteer.default()  # built once into the cache if it is not there
    figures = {
        "actor phrase resolved, ms": per_call(actor_phrases, 20) / len(ACTOR_PHRASES) * 1000,
        "time expressions of a sentence found, ms": per_call(
            lambda: find_time_expressions(TIME_SENTENCE, date(2014, 11, 26)), 200) * 1000,
        "gazetteer index reopened, ms": per_call(lambda: Gazetteer.open(gazetteer.path), 20) * 1000,
    }
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:8.3f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                   "figures": {k: round(v, 4) for k, v in figures.items()}}, indent=2) + "\n", "utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
