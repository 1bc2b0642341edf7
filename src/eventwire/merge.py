"""Reports of one real event become one event (issue 5): pure functions, no database.

Many reports tell of one event: the wire story, a follow-up with a higher toll, a local paper
spelling the town its own way. A store keeps one record per real event and calls these functions
to decide and to explain:

- :func:`compare`: are two event records (spec §2) the same real event? The
  :class:`MergeDecision` says yes or no, with a score and, per criterion (type, place, date,
  actors), the reason in words. Rules and thresholds are data: ``data/merge.yaml``.
- :func:`reconcile_fatalities`: one toll from the reports' figures (the most conservative
  well-sourced figure as best, the range reported as low/high).
- :func:`choose_canonical`: the merged record's fields from its reports, each choice explained.

Nothing here keeps state. A store keeps every report's own record and every decision, so a merge
is undone by taking a report out of its group and choosing the canonical record again.

    >>> decision = compare(wire_event, local_paper_event)   # Event objects or dicts
    >>> decision.same, decision.reasons["place"]
    (True, '3.2 km apart, within 25 km for precision 2')
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from .evaluate import actor_words, great_circle_km, place_key
from .extract.events import summary
from .records import Event
from .resolve.actors import Actor, ActorRegistry

__all__ = ["Canonical", "EventLike", "MergeDecision", "PLACE_FIELDS", "Reconciled", "as_record",
           "choose_canonical", "compare", "reconcile_fatalities", "rules"]

EventLike = Mapping[str, Any] | Event
"""An event record: an :class:`~eventwire.records.Event` or a mapping with spec §2 keys."""

CRITERIA = ("type", "place", "date", "actors")
DATE_PRECISIONS = ("day", "week", "month", "year")  # finest first
PLACE_FIELDS = ("location", "admin1", "country", "country_code", "latitude", "longitude", "geo_precision")
DATE_FIELDS = ("event_date", "date_end", "date_precision")
TYPE_FIELDS = ("event_type", "sub_event_type", "plover", "plover_mode")
ACTOR_FIELDS = ("actor1", "actor1_text", "actor1_inter", "actor2", "actor2_text", "actor2_inter")


@cache
def rules() -> dict[str, Any]:
    """The merge rules of ``data/merge.yaml``, read once."""
    text = resources.files("eventwire").joinpath("data/merge.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def as_record(event: EventLike) -> Mapping[str, Any]:
    """The spec §2 fields of an event given as an :class:`Event` or as a mapping."""
    if isinstance(event, Mapping):
        return event
    if isinstance(event, Event):
        return event.to_dict()
    raise TypeError(f"an event record is an Event or a mapping, not {type(event).__name__}")


# -- compare -------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergeDecision:
    """Whether two records are one real event, how well they agree (0..1), and why.

    ``reasons`` holds one sentence per criterion (``type``, ``place``, ``date``, ``actors``) and
    the ``decision`` that follows from them, so a stored decision explains itself.
    """

    same: bool
    score: float
    reasons: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Verdict:
    """One criterion's judgement: a score, a reason, a veto, and what it asks of the others."""

    score: float
    reason: str
    veto: bool = False
    needs_others: float | None = None  # the weighted score the other criteria must reach


def compare(a: EventLike, b: EventLike) -> MergeDecision:
    """Whether records ``a`` and ``b`` report the same real event.

    Each criterion vetoes or scores (``data/merge.yaml``):

    - *type*: the same sub-event type, or types that reports of one act use in turn (an attack
      told as a clash; a protest with or without the police's intervention); political events
      need the same PLOVER root or compatible ones;
    - *place*: within a radius that depends on the coarser precision of the two (1: 10 km,
      2: 25 km, 3: the same first-level region or 100 km, 4: the same country);
    - *date*: the same day, one day apart only when everything else agrees strongly, or
      overlapping windows for week/month/year precision;
    - *actors*: the same canonical actor (aliases resolved by the actor registry), an actor
      unknown on one side, an unidentified armed group against a named one, or two organs of one
      state; two clearly different actors veto. ACLED-typed events, meetings and agreements are
      compared both ways round, other political events as PLOVER's source -> target.

    The records are one event when nothing vetoes and the weighted score reaches the threshold;
    unknown fields score 0, so the less is known the more the rest must agree.
    """
    x, y = as_record(a), as_record(b)
    verdicts = {"type": _type(x, y), "place": _place(x, y), "date": _date(x, y), "actors": _actors(x, y)}
    config = rules()
    weights = config["weights"]
    score = round(sum(weights[k] * v.score for k, v in verdicts.items() if not v.veto) / sum(weights.values()), 3)
    reasons = {k: v.reason for k, v in verdicts.items()}
    vetoed = [k for k in CRITERIA if verdicts[k].veto]
    if vetoed:
        reasons["decision"] = f"different events: {' and '.join(vetoed)} conflict"
        return MergeDecision(False, score, reasons)
    for name, verdict in verdicts.items():
        if verdict.needs_others is None:
            continue
        others = [k for k in CRITERIA if k != name]
        agreement = sum(weights[k] * verdicts[k].score for k in others) / sum(weights[k] for k in others)
        if agreement < verdict.needs_others:
            reasons["decision"] = (f"different events: the {name} is only a near match, so {', '.join(others)} "
                                   f"would need to agree {verdict.needs_others:.2f}; they agree {agreement:.2f}")
            return MergeDecision(False, score, reasons)
    same = score >= config["threshold"]
    relation = "≥" if same else "<"
    reasons["decision"] = (f"{'same event' if same else 'different events'}: "
                           f"score {score:.2f} {relation} {config['threshold']:.2f}")
    return MergeDecision(same, score, reasons)


def _in_one_group(one: str, other: str, groups: str) -> bool:
    return any(one in group and other in group for group in rules()["type"][groups])


def _type(x: Mapping[str, Any], y: Mapping[str, Any]) -> _Verdict:
    score, needs = rules()["type"]["score"], rules()["type"]["compatible_needs_others"]
    kinds = (x.get("event_type"), y.get("event_type"))
    subs = (x.get("sub_event_type"), y.get("sub_event_type"))
    roots = (str(x.get("plover") or "").upper(), str(y.get("plover") or "").upper())
    if all(kinds):
        if all(subs) and subs[0] == subs[1]:
            return _Verdict(score["same"], f"{subs[0]} on both sides")
        if kinds[0] == kinds[1] and not all(subs):
            return _Verdict(score["same_event_type"], f"{kinds[0]} on both sides, the sub-type told on one side only")
        if all(subs) and _in_one_group(subs[0], subs[1], "compatible_sub_event_types"):
            return _Verdict(score["compatible"], f"{subs[0]} and {subs[1]}: reports of one act use both",
                            needs_others=needs)
        return _Verdict(0.0, f"{subs[0] or kinds[0]} and {subs[1] or kinds[1]} are different kinds of event", veto=True)
    if not all(roots):
        return _Verdict(0.0, "no type on one side")
    shown = [f"{sub or kind} ({root})" if kind else f"political {root}" for kind, sub, root in zip(kinds, subs, roots)]
    if roots[0] == roots[1]:
        if any(kinds):
            return _Verdict(score["acled_and_plover"], f"{shown[0]} and {shown[1]}: the same PLOVER root")
        return _Verdict(score["same"], f"{roots[0]} on both sides")
    if _in_one_group(roots[0], roots[1], "compatible_plover"):
        return _Verdict(score["compatible"], f"{shown[0]} and {shown[1]}: one act can be coded either way",
                        needs_others=needs)
    return _Verdict(0.0, f"{shown[0]} and {shown[1]} are different kinds of act", veto=True)


def _point(r: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        return float(r["latitude"]), float(r["longitude"])
    except (KeyError, TypeError, ValueError):
        return None


def _same_country(x: Mapping[str, Any], y: Mapping[str, Any]) -> bool | None:
    """Whether two records share a country (alpha-3 code, else name); None when one has none."""
    codes = (x.get("country_code"), y.get("country_code"))
    if all(codes):
        return str(codes[0]).upper() == str(codes[1]).upper()
    names = (x.get("country"), y.get("country"))
    if all(names):
        return place_key(names[0]) == place_key(names[1])
    return None


def _where(r: Mapping[str, Any]) -> str:
    return str(r.get("location") or r.get("admin1") or r.get("country") or r.get("country_code"))


def _place(x: Mapping[str, Any], y: Mapping[str, Any]) -> _Verdict:
    config = rules()["place"]
    lenient = not (x.get("event_type") and y.get("event_type")) and not config["political_place_veto"]
    points = (_point(x), _point(y))
    level = max(int(r.get("geo_precision") or 4) for r in (x, y))
    same_country = _same_country(x, y)
    if points[0] is not None and points[1] is not None and level <= 3:
        km = great_circle_km(*points[0], *points[1])
        radius = config["radius_km"][level]
        agree = km <= radius
        reason = f"{km:.1f} km apart, {'within' if agree else 'beyond'} {radius} km for precision {level}"
        admin1 = (place_key(x.get("admin1") or ""), place_key(y.get("admin1") or ""))
        if level == 3 and all(admin1) and admin1[0] == admin1[1]:
            agree, reason = True, f"both in {x.get('admin1')} ({km:.1f} km apart), precision 3"
    elif same_country is not None:
        agree = same_country
        level = 4
        reason = (f"the same country ({_where(x)} and {_where(y)}), precision 4" if agree
                  else f"different countries ({x.get('country') or x.get('country_code')} and "
                       f"{y.get('country') or y.get('country_code')})")
    else:
        missing = " and ".join(side for side, r in (("a", x), ("b", y)) if not (r.get("country_code") or r.get("country")))
        return _Verdict(0.0, f"no place told for {missing}: cannot compare")
    if agree:
        return _Verdict(config["score"][level], reason)
    if lenient:
        return _Verdict(0.0, f"{reason}; a political event's place is not held against a merge")
    return _Verdict(0.0, reason, veto=True)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def date_window(r: Mapping[str, Any]) -> tuple[date, date, str] | None:
    """The first and last day an event may have happened on, and its date precision.

    A span (``date_end`` after ``event_date``) has ``event_date`` as its middle, rounded down, so it
    starts at 2·event_date − date_end or the day after; the later is taken, as a window one day too
    short misses a merge where one day too long makes a false one. A week without a span is
    event_date ± a few days; a month or a year is the calendar month or year (coded by its middle,
    or by its start or end for "early" or "late").
    """
    middle = _day(r.get("event_date"))
    if middle is None:
        return None
    precision = r.get("date_precision") if r.get("date_precision") in DATE_PRECISIONS else "day"
    end = _day(r.get("date_end"))
    if end is not None and end > middle:
        return min(middle, middle - (end - middle) + timedelta(days=1)), end, precision
    if precision == "week":
        half = timedelta(days=rules()["date"]["week_half_days"])
        return middle - half, middle + half, precision
    if precision == "month":
        following = date(middle.year + middle.month // 12, middle.month % 12 + 1, 1)
        return middle.replace(day=1), following - timedelta(days=1), precision
    if precision == "year":
        return date(middle.year, 1, 1), date(middle.year, 12, 31), precision
    return middle, middle, precision


def _shown(window: tuple[date, date, str]) -> str:
    start, end, precision = window
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()} ({precision})"


def _date(x: Mapping[str, Any], y: Mapping[str, Any]) -> _Verdict:
    config = rules()["date"]
    windows = (date_window(x), date_window(y))
    if windows[0] is None or windows[1] is None:
        return _Verdict(0.0, "no date on one side: cannot compare")
    (start_a, end_a, precision_a), (start_b, end_b, precision_b) = windows
    shown = f"{_shown(windows[0])} and {_shown(windows[1])}"
    if start_a == end_a and start_b == end_b:
        gap = abs((start_a - start_b).days)
        if gap == 0:
            return _Verdict(config["score"]["day"], f"{start_a.isoformat()} on both sides")
        if gap == 1:
            adjacent = config["adjacent_day"]
            return _Verdict(adjacent["score"], f"{shown}: a day apart", needs_others=adjacent["min_other"])
        return _Verdict(0.0, f"{shown}: {gap} days apart", veto=True)
    if max(start_a, start_b) <= min(end_a, end_b):
        coarser = max(precision_a, precision_b, key=DATE_PRECISIONS.index)
        return _Verdict(config["score"][coarser], f"{shown} overlap")
    gap = (max(start_a, start_b) - min(end_a, end_b)).days
    return _Verdict(0.0, f"{shown} do not overlap ({gap} days between them)", veto=True)


@dataclass(frozen=True)
class _Party:
    """One side's actor: the name in the record and what the actor registry knows of it."""

    name: str
    inter: int | None
    known: Actor | None


@lru_cache(maxsize=4096)
def _registry_actor(name: str, country_code: str | None) -> Actor | None:
    return ActorRegistry.default().resolve(name, country_code=country_code)


def _party(r: Mapping[str, Any], side: str) -> _Party | None:
    name = r.get(side)
    if not name:
        return None
    known = _registry_actor(str(name), r.get("country_code") or None)
    inter = r.get(f"{side}_inter")
    return _Party(str(name), int(inter) if inter is not None else (known.inter if known else None), known)


def _generic_kind(party: _Party) -> str | None:
    """The kind of a generic actor (civilians, protesters, rioters, an unidentified armed group)."""
    config = rules()["actors"]
    if party.name.startswith(config["unidentified_prefix"]):
        return "unidentified armed group"
    if party.known and party.known.kind in config["crowd_kinds"]:
        return party.known.kind
    return None


def _slot(p: _Party | None, q: _Party | None) -> _Verdict:
    """Two actors in one role: the same, compatible, unknown, or a conflict."""
    config = rules()["actors"]
    score = config["score"]
    if p is None or q is None:
        named = q if p is None else p
        return _Verdict(score["unknown"], f"{named.name} against no actor" if named else "no actor on either side")
    kinds = (_generic_kind(p), _generic_kind(q))
    if kinds[0] is not None and kinds[0] == kinds[1]:
        both = p.name if p.name == q.name else f"{p.name} and {q.name}"
        return _Verdict(score["same_kind"], f"{both}: {kinds[0]} on both sides, not necessarily the same people")
    if p.name == q.name:
        return _Verdict(score["same"], p.name)
    if p.known and q.known and p.known.name == q.known.name:
        return _Verdict(score["same"], f"{p.name} = {q.name} ({p.known.name})")
    prefix = config["unidentified_prefix"]
    for one, other in ((p, q), (q, p)):
        if one.name.startswith(prefix) and other.inter is not None:
            if other.inter in config["armed_non_state_inter"]:
                return _Verdict(score["unidentified"], f"{one.name} may be {other.name}")
            return _Verdict(0.0, f"{one.name} cannot be {other.name} (inter {other.inter})", veto=True)
    if p.known and q.known:
        states = config["state_kinds"]
        if p.known.kind in states and q.known.kind in states and p.known.country_code == q.known.country_code:
            return _Verdict(score["same_state"], f"{p.name} and {q.name}: organs of one state")
        return _Verdict(0.0, f"{p.name} and {q.name} are different actors", veto=True)
    words = (actor_words(p.name), actor_words(q.name))
    if all(words) and len(words[0] & words[1]) / len(words[0] | words[1]) >= config["word_overlap"]:
        return _Verdict(score["same"], f"{p.name} = {q.name} (the same words)")
    unknown = " and ".join(f"'{party.name}'" for party in (p, q) if party.known is None)
    return _Verdict(score["unknown"], f"{p.name} and {q.name}: {unknown} not in the actor registry, cannot tell")


def _reading(ours: tuple[_Party | None, ...], theirs: tuple[_Party | None, ...], swapped: bool) -> _Verdict:
    """The actors of two records matched role by role; a role empty on both sides tells nothing."""
    slots = [_slot(p, q) for p, q in zip(ours, theirs) if p is not None or q is not None]
    if not slots:
        return _Verdict(0.0, "no actor on either side")
    order = " (in the other order)" if swapped else ""
    return _Verdict(sum(s.score for s in slots) / len(slots), "; ".join(s.reason for s in slots) + order,
                    veto=any(s.veto for s in slots))


def _actors(x: Mapping[str, Any], y: Mapping[str, Any]) -> _Verdict:
    ours = (_party(x, "actor1"), _party(x, "actor2"))
    theirs = (_party(y, "actor1"), _party(y, "actor2"))
    undirected = rules()["actors"]["undirected_plover"]
    directed = not x.get("event_type") and not y.get("event_type") and not (
        str(x.get("plover") or "").upper() in undirected and str(y.get("plover") or "").upper() in undirected)
    readings = [_reading(ours, theirs, swapped=False)]
    if not directed:
        other_way = _reading(ours, theirs[::-1], swapped=True)
        if other_way.score > 0:  # the other order lines actors up; it may not merely dodge a conflict
            readings.append(other_way)
    return max(readings, key=lambda v: (not v.veto, v.score))  # ties keep the order as written


# -- fatalities ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Reconciled:
    """The merged toll, the report its best figure comes from, and the rule in words."""

    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    doc_id: str | None
    reason: str


def _whole(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _claimed_by_a_side(r: Mapping[str, Any]) -> bool:
    """Whether a report's toll comes from a party to the event ("al-Shabaab said it killed 10")."""
    source = r.get("source")
    if not source:
        return False
    claimant = _registry_actor(str(source), r.get("country_code") or None)
    for side in (_party(r, "actor1"), _party(r, "actor2")):
        if side is not None and (side.name == str(source)
                                 or (claimant and side.known and claimant.name == side.known.name)):
            return True
    return False


def reconcile_fatalities(reports: Iterable[EventLike]) -> Reconciled:
    """One toll from the figures of several reports of one event (coding guide §6).

    Each report gives ``fatalities`` (its best figure), ``fatalities_low``/``fatalities_high``
    where its text gives bounds, ``source`` (who it attributes the figure to) and ``doc_id``.

    - *best*: the lowest figure among the well-sourced reports that state one, the conservative
      rule. A figure is well-sourced unless its source is a party to the event (a group claiming
      its own attack, an army counting the enemies it killed): such claims count only when no other
      report states a figure. Reports without a figure are ignored: an unknown toll is not zero.
    - *low*: the lowest figure any report states (its low bound, else its best), when it is
      below the best or some report states a low bound.
    - *high*: the highest figure any report states (its high bound, else its best), when it is
      above the best or some report states a high bound: "at least 95" alone has no upper bound.
    """
    records = [as_record(r) for r in reports]
    stated = [(figure, r) for r in records if (figure := _whole(r.get("fatalities"))) is not None]
    if not stated:
        return Reconciled(None, None, None, None, f"none of the {len(records)} reports states a toll")
    independent = [(figure, r) for figure, r in stated if not _claimed_by_a_side(r)]
    best, chosen = min(independent or stated, key=lambda pair: pair[0])
    lows = [_whole(r.get("fatalities_low")) for _, r in stated]
    highs = [_whole(r.get("fatalities_high")) for _, r in stated]
    floor = min(figure if low is None else low for low, (figure, _) in zip(lows, stated))
    ceiling = max(figure if high is None else high for high, (figure, _) in zip(highs, stated))
    low = floor if floor < best or any(v is not None for v in lows) else None
    high = ceiling if ceiling > best or any(v is not None for v in highs) else None
    figures = ", ".join(f"{figure} ({r.get('doc_id')}{', per ' + str(r['source']) if r.get('source') else ''})"
                        for figure, r in stated)
    if len(independent) == len(stated):
        which = f"the lowest of {len(stated)} figures"
    elif independent:
        which = f"the lowest of {len(independent)} figures not claimed by a party to the event"
    else:
        which = f"the lowest of {len(stated)} figures, all claimed by a party to the event"
    reason = f"best {best}: {which}; reports: {figures}"
    if low is not None or high is not None:
        reason += f"; range {low if low is not None else best}..{high if high is not None else 'open'}"
    return Reconciled(best, low, high, chosen.get("doc_id"), reason)


# -- the merged record ---------------------------------------------------------------------
@dataclass(frozen=True)
class Canonical:
    """A merged event: its spec §2 fields, the reports behind it and why each field was chosen.

    ``sources`` lists each report: ``doc_id``, ``event_id``, ``source`` and its own ``evidence``
    (field -> character span in that report), so every field can be traced to the words of each
    report that supports it. ``record["evidence"]`` is left empty: spans belong to one text.
    """

    record: dict[str, Any]
    sources: list[dict[str, Any]]
    reasons: dict[str, str]


def _most_common(records: list[Mapping[str, Any]], key: str) -> Mapping[str, Any]:
    """The first record (they come most confident first) holding the value most reports give."""
    counts = Counter(r.get(key) for r in records)
    top = max(counts.values())
    return next(r for r in records if counts[r.get(key)] == top)


def _date_rank(r: Mapping[str, Any]) -> int:
    precision = r.get("date_precision")
    return DATE_PRECISIONS.index(precision) if precision in DATE_PRECISIONS else 0


def _named(r: Mapping[str, Any], side: str) -> int:
    """2 for an actor the registry knows, 1 for an unidentified or unknown name, 0 for none."""
    party = _party(r, side)
    if party is None:
        return 0
    return 1 if party.known is None or party.name.startswith(rules()["actors"]["unidentified_prefix"]) else 2


def choose_canonical(events: Iterable[EventLike]) -> Canonical:
    """The fields of one merged event from the records of its reports.

    - type: the sub-event type most reports give (ACLED-typed records over political ones);
    - place: the most precise (lowest ``geo_precision``), then the place most reports give;
    - date: the most precise (day over week over month), then the date most reports give;
    - actors: the pair from the report naming the most actors the registry knows;
    - fatalities: :func:`reconcile_fatalities`; injuries and civilian fatalities: the lowest
      figure stated, the conservative rule; source: that of the report the toll comes from;
    - confidence: the highest. Ties go to the more confident report.

    The result depends only on the records given, so taking a report out and choosing again
    undoes its merge.
    """
    records = sorted((as_record(e) for e in events), key=lambda r: -float(r.get("confidence") or 0))
    if not records:
        raise ValueError("choose_canonical needs at least one event record")
    record: dict[str, Any] = {f.name: None for f in fields(Event)}
    reasons: dict[str, str] = {}

    typed = [r for r in records if r.get("sub_event_type")] or [r for r in records if r.get("event_type")] or records
    key = "sub_event_type" if typed[0].get("sub_event_type") else "plover"
    chosen = _most_common(typed, key)
    record.update({k: chosen.get(k) for k in TYPE_FIELDS})
    given = sum(r.get(key) == chosen.get(key) for r in records)
    reasons["event_type"] = f"{chosen.get(key)}: given by {given} of {len(records)} reports ({chosen.get('doc_id')})"

    placed = [r for r in records if r.get("geo_precision") is not None]
    if placed:
        finest = min(int(r["geo_precision"]) for r in placed)
        chosen = _most_common([r for r in placed if int(r["geo_precision"]) == finest], "location")
        record.update({k: chosen.get(k) for k in PLACE_FIELDS})
        reasons["location"] = f"{_where(chosen)}: the most precise place told (precision {finest}, {chosen.get('doc_id')})"
    elif any(r.get("country_code") for r in records):
        chosen = _most_common([r for r in records if r.get("country_code")], "country_code")
        record.update({k: chosen.get(k) for k in ("country", "country_code")})
        reasons["location"] = f"{chosen.get('country') or chosen.get('country_code')}: only the country is told"

    dated = [r for r in records if r.get("event_date")]
    if dated:
        finest_rank = min(_date_rank(r) for r in dated)
        chosen = _most_common([r for r in dated if _date_rank(r) == finest_rank], "event_date")
        record.update({k: chosen.get(k) for k in DATE_FIELDS})
        reasons["event_date"] = (f"{chosen.get('event_date')}: the most precise date told "
                                 f"({DATE_PRECISIONS[finest_rank]}, {chosen.get('doc_id')})")

    chosen = max(records, key=lambda r: _named(r, "actor1") + _named(r, "actor2"))
    record.update({k: chosen.get(k) for k in ACTOR_FIELDS})
    reasons["actors"] = f"{chosen.get('actor1')} / {chosen.get('actor2')}: the report naming its actors best ({chosen.get('doc_id')})"

    toll = reconcile_fatalities(records)
    record.update(fatalities=toll.fatalities, fatalities_low=toll.fatalities_low, fatalities_high=toll.fatalities_high)
    reasons["fatalities"] = toll.reason
    for name in ("injuries", "civilian_fatalities"):
        stated = [v for v in (_whole(r.get(name)) for r in records) if v is not None]
        if stated:
            record[name] = min(stated)
            reasons[name] = f"{min(stated)}: the lowest of the figures stated ({', '.join(map(str, stated))})"
    toll_report = next((r for r in records if r.get("doc_id") == toll.doc_id), records[0])
    record["source"] = toll_report.get("source") or next((r.get("source") for r in records if r.get("source")), None)

    members = sorted(str(r.get("event_id") or r.get("doc_id")) for r in records)
    record.update(doc_id=records[0].get("doc_id"), confidence=max(float(r.get("confidence") or 0) for r in records),
                  event_id="merged:" + hashlib.sha1("|".join(members).encode()).hexdigest()[:12],
                  evidence={}, reasons=reasons)
    record["summary"] = summary(Event(**record))
    sources = [{"doc_id": r.get("doc_id"), "event_id": r.get("event_id"), "source": r.get("source"),
                "evidence": dict(r.get("evidence") or {})} for r in records]
    return Canonical(record, sources, reasons)
