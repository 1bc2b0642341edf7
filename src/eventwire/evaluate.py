"""Scoring extracted events against gold records (spec §3), for users who bring their own gold.

The figures follow the rules of the reference scorer (``shared/eval/score.py``):

- *main event*: each gold document with exactly one (non-optional) event is compared, field by
  field, with the document's most confident prediction;
- *event matching*: on exhaustive documents, predictions and gold events are paired one to one
  when they are the same real event (type, place, date), giving precision, recall and F1;
  optional gold events are neither misses nor, when found, extras.

Beyond the figures, an evaluation keeps what a person needs to see why: a confusion table of
event types and, per document, the gold and predicted events side by side.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import Any, Iterable

from .codebook import VIOLENT_TYPES
_NAME_STOPWORDS = r"\b(al|el|ar|as|ad|an|at|the|of|city|province|governorate|district|region|state)\b"
_ACTOR_STOPWORDS = frozenset({"of", "the", "and", "forces", "force", "group", "unidentified", "armed", "military", "government"})


# -- comparing one field -----------------------------------------------------------------
def accepted(value: Any) -> list:
    """A gold field's acceptable values: a list as given, one value as a list, nothing for null."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _folded(text: Any) -> str:
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()


def place_key(name: Any) -> str:
    """A place name reduced to what matters: no accents, articles, brackets or region words."""
    text = re.sub(r"\(.*?\)", " ", _folded(name).lower())
    return re.sub(r"[^a-z0-9]+", "", re.sub(_NAME_STOPWORDS, " ", text))


def names_agree(predicted: Any, gold: Any, ratio: float = 0.85) -> bool:
    if predicted in (None, ""):
        return False
    mine = place_key(predicted)
    return any(
        mine and theirs and (mine == theirs or SequenceMatcher(None, mine, theirs).ratio() >= ratio)
        for theirs in (place_key(g) for g in accepted(gold))
    )


def actor_words(name: Any) -> set[str]:
    words = re.findall(r"[a-z]+", unicodedata.normalize("NFKD", re.sub(r"\(.*?\)", " ", str(name))).lower())
    return {w for w in words if len(w) > 1 and w not in _ACTOR_STOPWORDS}


def actors_agree(predicted: Any, gold: Any) -> bool:
    if not predicted:
        return False
    mine = actor_words(predicted)
    for option in accepted(gold):
        theirs = actor_words(option)
        if mine and theirs and len(mine & theirs) / len(mine | theirs) >= 0.5:
            return True
    return False


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half = math.sin((phi2 - phi1) / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(half)))


def distance_km(predicted: dict, gold: dict) -> float | None:
    try:
        return great_circle_km(float(predicted["latitude"]), float(predicted["longitude"]),
                               float(gold["latitude"]), float(gold["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None


def days_apart(predicted: Any, gold: Any) -> int | None:
    try:
        return abs((date.fromisoformat(str(predicted)[:10]) - date.fromisoformat(str(gold)[:10])).days)
    except (TypeError, ValueError):
        return None


def whole(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _upper(values: Iterable) -> list[str]:
    return [str(v).upper() for v in values]


def compare(predicted: dict, gold: dict) -> dict[str, bool]:
    """Each field the gold event states, judged right or wrong for the prediction."""
    verdict: dict[str, bool] = {}
    if gold.get("event_type") is not None:
        types = accepted(gold["event_type"])
        verdict["event_type"] = predicted.get("event_type") in types
        verdict["violent_or_not"] = (predicted.get("event_type") in VIOLENT_TYPES) == any(t in VIOLENT_TYPES for t in types)
    if gold.get("sub_event_type") is not None:
        verdict["sub_event_type"] = predicted.get("sub_event_type") in accepted(gold["sub_event_type"])
    if gold.get("plover") is not None:
        verdict["plover"] = str(predicted.get("plover") or "").upper() in _upper(accepted(gold["plover"]))
    for side in ("actor1", "actor2"):
        if gold.get(side) is not None:
            verdict[side] = actors_agree(predicted.get(side), gold[side])
        if gold.get(f"{side}_inter") is not None:
            verdict[f"{side}_inter"] = whole(predicted.get(f"{side}_inter")) in [whole(v) for v in accepted(gold[f"{side}_inter"])]
    if gold.get("country_code") is not None:
        verdict["country"] = str(predicted.get("country_code") or "").upper() in _upper(accepted(gold["country_code"]))
    elif gold.get("country") is not None:
        verdict["country"] = names_agree(predicted.get("country"), gold["country"])
    if gold.get("admin1") is not None:
        verdict["admin1"] = names_agree(predicted.get("admin1"), gold["admin1"], ratio=0.8)
    if gold.get("location") is not None:
        verdict["location_name"] = names_agree(predicted.get("location"), gold["location"], ratio=0.8)
    if gold.get("latitude") is not None:
        km = distance_km(predicted, gold)
        verdict["within_25km"] = km is not None and km <= 25
        verdict["within_100km"] = km is not None and km <= 100
    if gold.get("event_date") is not None:
        gap = days_apart(predicted.get("event_date"), gold["event_date"])
        verdict["date_exact"] = gap == 0
        verdict["date_within_1d"] = gap is not None and gap <= 1
    if gold.get("fatalities") is not None:
        want, got = whole(gold["fatalities"]), whole(predicted.get("fatalities"))
        verdict["fatalities_exact"] = (0 if got is None and want == 0 else got) == want
    if gold.get("injuries") is not None:
        verdict["injuries_exact"] = (whole(predicted.get("injuries")) or 0) == whole(gold["injuries"])
    if gold.get("source") is not None:
        verdict["source"] = actors_agree(predicted.get("source"), gold["source"])
    return verdict


def same_event(predicted: dict, gold: dict) -> bool:
    """Whether a prediction and a gold event are one real event: type family, place and date agree."""
    types = gold.get("event_type")
    if types is not None and predicted.get("event_type") not in accepted(types):
        return False
    if types is None and gold.get("plover") is not None \
            and str(predicted.get("plover") or "").upper() not in _upper(accepted(gold["plover"])):
        return False
    if gold.get("latitude") is not None and gold.get("geo_precision") in (1, 2, None):
        km = distance_km(predicted, gold)
        if km is None or km > 50:
            return False
    elif gold.get("country_code") is not None \
            and str(predicted.get("country_code") or "").upper() not in _upper(accepted(gold["country_code"])):
        return False
    if gold.get("event_date") is not None:
        gap = days_apart(predicted.get("event_date"), gold["event_date"])
        if gap is None or gap > 1:
            return False
    return True


def pair(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs of the same events, the pairs agreeing on most fields taken first."""
    candidates = sorted(
        ((sum(compare(p, g).values()), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold) if same_event(p, g)),
        reverse=True,
    )
    pairs, taken_p, taken_g = [], set(), set()
    for _, i, j in candidates:
        if i not in taken_p and j not in taken_g:
            taken_p.add(i)
            taken_g.add(j)
            pairs.append((i, j))
    return pairs


# -- a whole evaluation ------------------------------------------------------------------
@dataclass
class DocumentResult:
    """One document's gold and predicted events, and how they paired."""

    doc_id: str
    gold: list[dict]
    predicted: list[dict]
    exhaustive: bool
    pairs: list[tuple[int, int]] = field(default_factory=list)
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def errors(self) -> int:
        return self.false_positives + self.false_negatives


@dataclass
class Evaluation:
    figures: dict[str, Any]
    documents: list[DocumentResult]
    confusion: Counter

    def worst(self, n: int = 5) -> list[DocumentResult]:
        return sorted((d for d in self.documents if d.errors), key=lambda d: (-d.errors, d.doc_id))[:n]


def _rate(good: int, total: int) -> float:
    return round(good / total, 4)


def _type_label(value: Any) -> str:
    options = accepted(value)
    return str(options[0]) if options and options[0] is not None else "(none)"


def kind_of(event: dict) -> str:
    """An event's kind for the confusion table: its ACLED type, or its PLOVER root when ACLED has none."""
    types = [t for t in accepted(event.get("event_type")) if t is not None]
    if types:
        return str(types[0])
    plover = accepted(event.get("plover"))
    return f"PLOVER {plover[0]}" if plover else "(none)"


def evaluate(gold_documents: list[dict], predictions: Iterable[dict]) -> Evaluation:
    """Score predictions (spec §2 records) against gold documents (spec §3 records)."""
    by_doc: dict[Any, list[dict]] = defaultdict(list)
    wanted = {d["id"] for d in gold_documents}
    for event in predictions:
        if event.get("doc_id") in wanted:
            by_doc[event["doc_id"]].append(event)
    main_fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    matched_fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    single = detected = 0
    totals = Counter()
    confusion: Counter = Counter()
    results = []
    for doc in gold_documents:
        gold, mine = doc.get("events", []), by_doc.get(doc["id"], [])
        result = DocumentResult(str(doc["id"]), gold, mine, bool(doc.get("exhaustive")))
        if len(gold) == 1 and not gold[0].get("optional"):
            single += 1
            top = max(mine, key=lambda e: float(e.get("confidence") or 0)) if mine else {}
            detected += bool(mine)
            for name, ok in compare(top, gold[0]).items():
                main_fields[name][0] += ok
                main_fields[name][1] += 1
            confusion[(kind_of(gold[0]), kind_of(top) if mine else "(nothing)")] += 1
        if result.exhaustive:
            totals["documents"] += 1
            result.pairs = pair(mine, gold)
            optional = {j for j, g in enumerate(gold) if g.get("optional")}
            required = [(i, j) for i, j in result.pairs if j not in optional]
            result.true_positives = len(required)
            result.false_positives = len(mine) - len(result.pairs)
            result.false_negatives = len(gold) - len(optional) - len(required)
            for key in ("true_positives", "false_positives", "false_negatives"):
                totals[key] += getattr(result, key)
            for i, j in required:
                for name, ok in compare(mine[i], gold[j]).items():
                    matched_fields[name][0] += ok
                    matched_fields[name][1] += 1
        results.append(result)
    figures: dict[str, Any] = {"documents": len(gold_documents), "single_event_documents": single}
    if single:
        figures["main_event"] = {"detected": _rate(detected, single)}
        figures["main_event"].update({name: _rate(*counts) for name, counts in sorted(main_fields.items())})
    if totals["documents"]:
        tp, fp, fn = totals["true_positives"], totals["false_positives"], totals["false_negatives"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures["event_matching"] = {
            "documents": totals["documents"], "gold_events": tp + fn, "predicted_events": tp + fp,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "matched_fields": {name: _rate(*counts) for name, counts in sorted(matched_fields.items())},
        }
    return Evaluation(figures, results, confusion)


# -- showing it ----------------------------------------------------------------------
def _event_line(event: dict) -> str:
    kind = _type_label(event.get("sub_event_type")) if event.get("sub_event_type") else _type_label(event.get("plover"))
    actors = " → ".join(_type_label(event.get(side)) for side in ("actor1", "actor2") if event.get(side))
    place = _type_label(event.get("location") or event.get("country") or event.get("country_code"))
    toll = f" dead={event['fatalities']}" if event.get("fatalities") is not None else ""
    flag = " (optional)" if event.get("optional") else ""
    return f"{_type_label(event.get('event_date'))} {kind}: {actors or '-'} @ {place}{toll}{flag}"


def report(evaluation: Evaluation, worst: int = 5) -> str:
    """The figures, the type confusion and the worst documents, as text for a person."""
    lines = []
    for view in ("main_event", "event_matching"):
        if view not in evaluation.figures:
            continue
        lines.append(f"[{view}]")
        for key, value in evaluation.figures[view].items():
            if isinstance(value, dict):
                lines.extend(f"  {key}.{name:<18} {figure:.3f}" for name, figure in value.items())
            else:
                lines.append(f"  {key:<26} {value}")
    if evaluation.confusion:
        lines.append("\n[event kinds, main-event view: gold → predicted]")
        for (gold, predicted), n in sorted(evaluation.confusion.items(), key=lambda kv: (-kv[1], kv[0])):
            mark = "" if gold == predicted else "   ✗"
            lines.append(f"  {n:>4}  {gold:<28} → {predicted}{mark}")
    bad = evaluation.worst(worst)
    if bad:
        lines.append(f"\n[worst {len(bad)} documents: gold | predicted]")
        for doc in bad:
            lines.append(f"  {doc.doc_id}: {doc.false_negatives} missed, {doc.false_positives} extra")
            lines.extend(f"    gold  {_event_line(e)}" for e in doc.gold)
            lines.extend(f"    pred  {_event_line(e)}" for e in doc.predicted)
    lines.append(json.dumps(evaluation.figures))
    return "\n".join(lines) + "\n"
