"""Merging reports of one real event (issue 5), on reports as different outlets write them."""
from __future__ import annotations

import dataclasses

import pytest

import eventwire
from eventwire.merge import MergeDecision, choose_canonical, compare, reconcile_fatalities

# One air strike told by a wire service on the day and by another outlet the day after.
WIRE = ("Syrian government air strikes on the town of Douma killed at least 34 people on Tuesday, "
        "the Syrian Observatory for Human Rights said.")
PAPER = "Warplanes of the Syrian army struck Douma, east of Damascus, on Tuesday, killing 41 people, according to activists."


def main_event(text: str, published: str, doc_id: str) -> eventwire.Event:
    events = eventwire.extract(text, published=published, doc_id=doc_id)
    assert events, f"nothing extracted from {text!r}"
    return max(events, key=lambda e: e.confidence)


@pytest.fixture(scope="module")
def wire():
    return main_event(WIRE, "2014-11-26", "wire")


@pytest.fixture(scope="module")
def paper():
    return main_event(PAPER, "2014-11-27", "paper")


def test_two_reports_of_one_air_strike_merge(wire, paper):
    decision = compare(wire, paper)
    assert decision.same, decision.reasons
    assert "within 25 km" in decision.reasons["place"]  # Douma against "east of Damascus"
    assert decision.reasons["date"] == "2014-11-25 on both sides"  # "Tuesday" read from two publication dates
    assert set(decision.reasons) == {"type", "place", "date", "actors", "decision"}


def test_the_same_town_on_another_day_is_another_event(wire):
    friday = main_event("Syrian government air strikes on the town of Douma killed 12 people on Friday, the "
                        "Syrian Observatory for Human Rights said.", "2014-11-29", "friday")
    decision = compare(wire, friday)
    assert not decision.same
    assert "3 days apart" in decision.reasons["date"]
    assert decision.reasons["decision"].startswith("different events: date conflict")


def test_different_attackers_in_one_town_on_one_day_are_two_events():
    one = main_event("Boko Haram fighters attacked the town of Gwoza in Borno state on Sunday, killing 12 villagers, "
                     "residents said.", "2021-06-07", "one")
    other = main_event("Fighters of the Islamic State West Africa Province attacked the town of Gwoza in Borno state "
                       "on Sunday, killing 12 villagers, residents said.", "2021-06-07", "other")
    decision = compare(one, other)
    assert not decision.same
    assert "different actors" in decision.reasons["actors"]
    assert "km apart" in decision.reasons["place"] and "on both sides" in decision.reasons["date"]


def test_shelling_by_rebels_is_not_the_government_air_strike(wire):
    shelling = main_event("Rebel fighters shelled the town of Douma on Tuesday, killing 9 people, the Syrian "
                          "Observatory for Human Rights said.", "2014-11-26", "shelling")
    decision = compare(wire, shelling)
    assert not decision.same, decision.reasons
    assert "reports of one act use both" in decision.reasons["type"]  # compatible types need the rest to agree


def test_a_dict_and_an_event_are_judged_alike(wire, paper):
    assert compare(wire.to_dict(), paper.to_dict()) == compare(wire, paper)
    decision = compare(paper, wire)
    assert isinstance(decision, MergeDecision) and decision.same
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.same = False  # type: ignore[misc]


def test_a_day_apart_merges_only_when_everything_else_agrees(wire, paper):
    day_before = {**wire.to_dict(), "event_date": "2014-11-24"}
    assert compare(wire, day_before).same  # same type, town and attacker
    vaguer = {**paper.to_dict(), "event_date": "2014-11-24"}
    decision = compare(wire, vaguer)  # placed only near Damascus, the target not named alike
    assert not decision.same
    assert "a day apart" in decision.reasons["date"]


def test_the_toll_is_the_lowest_figure_with_the_range_reported(wire, paper):
    toll = reconcile_fatalities([wire, paper])
    assert (toll.fatalities, toll.fatalities_low, toll.fatalities_high) == (34, 34, 41)
    assert toll.doc_id == "wire"
    assert "best 34" in toll.reason and "range 34..41" in toll.reason


def test_a_party_counting_its_own_dead_is_not_the_best_figure():
    army = {"doc_id": "army", "fatalities": 2, "source": "Military Forces of Somalia",
            "actor1": "Al Shabaab", "actor2": "Military Forces of Somalia", "country_code": "SOM"}
    witnesses = {"doc_id": "witnesses", "fatalities": 20, "source": "residents",
                 "actor1": "Al Shabaab", "actor2": "Military Forces of Somalia", "country_code": "SOM"}
    toll = reconcile_fatalities([army, witnesses])
    assert (toll.fatalities, toll.fatalities_low, toll.fatalities_high) == (20, 2, None)
    assert toll.doc_id == "witnesses"
    assert reconcile_fatalities([army]).fatalities == 2  # the only figure counts
    assert reconcile_fatalities([{"doc_id": "x", "fatalities": None}]).fatalities is None


def test_at_least_95_alone_has_no_upper_bound():
    toll = reconcile_fatalities([{"doc_id": "a", "fatalities": 95, "fatalities_low": 95}])
    assert (toll.fatalities, toll.fatalities_low, toll.fatalities_high) == (95, 95, None)


def test_the_merged_record_takes_the_most_precise_fields_and_can_be_undone(wire, paper):
    merged = choose_canonical([paper, wire])
    record = merged.record
    assert (record["location"], record["geo_precision"]) == (wire.location, 1)  # Douma, not "near Damascus"
    assert (record["fatalities"], record["fatalities_low"], record["fatalities_high"]) == (34, 34, 41)
    assert {s["doc_id"] for s in merged.sources} == {"wire", "paper"}
    from_paper = next(s for s in merged.sources if s["doc_id"] == "paper")
    assert PAPER[slice(*from_paper["evidence"]["fatalities"])] == "41"  # each report keeps its own spans
    assert {"event_type", "location", "event_date", "actors", "fatalities"} <= set(merged.reasons)
    alone = choose_canonical([wire]).record  # the paper's report taken out again
    assert (alone["fatalities"], alone["fatalities_high"]) == (wire.fatalities, wire.fatalities_high)
    assert alone["event_id"] != record["event_id"]
