"""Choosing the place a mention names, in the context of the whole report.

The gazetteer offers candidates for a name; this module ranks them by what the
text says around the name (a region or country written beside it, a country or
region named in the same sentence, the actors' country), then by the countries
the whole report talks about, and only last by population. A country or
continent name never becomes a town. Each choice carries a short reason that a
person can check against the text.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import yaml

from .gazetteer import Gazetteer, Place, normalise

# How much each kind of evidence counts when candidates for one name compete.
# Population (log10 of inhabitants, 0-7) is the tie-breaker the others outweigh.
WEIGHTS = {
    "country name": 20.0,  # a country's own name means the country
    "report": 6.0,  # times the report's share of place names in that country
    "sentence": 8.0,  # the sentence puts a place in the country ("the Libyan capital", "Haiti's north")
    "named": 2.0,  # the sentence names the country elsewhere ("a separation from the United States")
    "sentence region": 4.0,  # ... or the region ("Hyderabad in Sindh province"), on top of its country
    "actor": 2.0,  # an actor of the event is from that country
    "own name": 1.0,  # the place's own name, not one of its other names (Southport, not Kenosha)
    "user": 8.0,  # the user's own places file
    "spelling": -3.0,  # a transliteration skeleton, not a spelling of the name
    "region twin": -3.0,  # a region whose seat or namesake town is also a candidate: the town is meant
    "region": -0.5,  # a region otherwise
}


@dataclass(frozen=True)
class Clues:
    """What the words around a name say about where it lies.

    Each maps to the words that said so, for the reason: ``countries`` alpha-3 ->
    "Libyan" or "Haiti's" (words that put a place in a country); ``regions``
    (alpha-3, admin1) -> "Sindh province"; ``named`` alpha-3 -> a country the
    sentence names as a place, a weaker sign; ``actors`` alpha-3 -> the actor's name.
    """

    countries: dict[str, str] = field(default_factory=dict)
    regions: dict[tuple[str, str], str] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)
    named: dict[str, str] = field(default_factory=dict)


NO_CLUES = Clues()


@dataclass(frozen=True)
class ResolvedPlace:
    """A place chosen for an event, with the precision ACLED would give it."""

    place: Place
    precision: int  # 1 town, 2 near a town or a small area, 3 admin1 only, 4 country only
    span: tuple[int, int]
    reason: str
    written: str | None = None  # the name as the report gives it, kept when the gazetteer lacks the town
    margin: float = math.inf  # how far the choice leads the best place of that name in another country

    def fields(self) -> dict:
        place = self.place
        location = place.name if place.kind == "city" else (place.admin1 or place.name if place.kind == "admin1" else place.country)
        location = self.written or location
        return {
            "location": location,
            "admin1": place.admin1 if place.kind != "country" else None,
            "country": place.country,
            "country_code": place.country_code,
            "latitude": round(place.latitude, 4),
            "longitude": round(place.longitude, 4),
            "geo_precision": self.precision,
        }


@lru_cache(maxsize=1)
def geo_words() -> dict:
    return yaml.safe_load(resources.files("eventwire").joinpath("data/geo.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """The common nouns of places and roads ("highway", "district"): written with a capital in a
    name ("the Pan-American Highway"), they are still no spelling of a town (Higüey)."""
    words = geo_words()
    return frozenset(normalise(w) for key in ("route_words", "not_places", "landform_words", "edge_words", "site_words",
                                               "part_words", "district_words", "admin1_words", "town_words")
                     for w in words.get(key, ()))


# -- ranking ----------------------------------------------------------------------
def signals(place: Place, candidates: list[Place], context_countries: dict[str, float],
            clues: Clues = NO_CLUES, name: str | None = None) -> dict[str, float]:
    """The evidence for one candidate, by name, so the reason can say which of it decided."""
    found = {"population": math.log10(max(place.population, 1) + 1)}
    if name is not None and normalise(name) == normalise(place.name):
        found["own name"] = WEIGHTS["own name"]
    if place.kind == "country":
        found["country name"] = WEIGHTS["country name"]
    elif place.kind == "admin1":
        twin = any(_twins(place, c) for c in candidates)
        found["region twin" if twin else "region"] = WEIGHTS["region twin" if twin else "region"]
    if place.match != "exact":
        found["spelling"] = WEIGHTS["spelling"]
    if place.source == "user":
        found["user"] = WEIGHTS["user"]
    share = context_countries.get(place.country_code, 0.0)
    if share:
        found["report"] = WEIGHTS["report"] * share
    if place.country_code in clues.countries:
        found["sentence"] = WEIGHTS["sentence"]
    elif place.country_code in clues.named:
        found["named"] = WEIGHTS["named"]
    if place.admin1 and (place.country_code, place.admin1) in clues.regions:
        found["sentence region"] = WEIGHTS["sentence region"]
    if place.country_code in clues.actors:
        found["actor"] = WEIGHTS["actor"]
    return found


def _twins(region: Place, town: Place) -> bool:
    """Whether a town and a region answer a name together: the town is the region's seat
    (Aleppo and the region Halab) or bears its name (Kabul; Washington, D.C. and the state)."""
    return town.kind == "city" and town.country_code == region.country_code and town.match == region.match and (
        normalise(town.name) == normalise(region.name)
        or abs(town.latitude - region.latitude) < 1e-3 and abs(town.longitude - region.longitude) < 1e-3)


def rank(candidates: list[Place], context_countries: dict[str, float], clues: Clues = NO_CLUES,
         name: str | None = None) -> list[Place]:
    """Best candidate first: a country named exactly, then what the sentence, the actors
    and the report say, then population."""
    return [p for _, p in _scored(candidates, context_countries, clues, name)]


def _scored(candidates: list[Place], context_countries: dict[str, float],
            clues: Clues, name: str | None = None) -> list[tuple[dict[str, float], Place]]:
    scored = [(signals(p, candidates, context_countries, clues, name), p) for p in candidates]
    return sorted(scored, key=lambda sp: sum(sp[0].values()), reverse=True)  # stable: gazetteer order breaks ties


def dateline(text: str) -> re.Match | None:
    """A dateline opening a text ("NARATHIWAT, Thailand -- ", "BOGOTA, July 18 (EFE) - "), by the
    patterns of ``geo.yaml``; whether its place is known is for the caller to see."""
    for pattern in geo_words()["datelines"]:
        found = re.match(pattern, text)
        if found is not None:
            return found
    return None


def plausible(place: Place, context_countries: dict[str, float], tagged_place: bool, clues: Clues = NO_CLUES) -> bool:
    """Whether a candidate is believable for a name: loose matches need size or context.

    A name the language model did not tag as a place, or that only meets a
    gazetteer entry through its transliteration skeleton, is accepted only for a
    sizeable town or one in a country the report or the event's actors are about ("Putin" is not
    Poteet, Texas; "militants of the Tehreek-i-Taliban Pakistan" make "Lakki Marwat" Pakistan's).
    When the sentence itself names countries or regions, a skeleton match outside
    them is never accepted ("L'Estere ... in Haiti's north" is not Leicester), nor a
    small town in a country neither the report nor the actors are about.
    """
    if place.kind == "country" or place.source == "user":
        return True  # the user's own places are places by their word
    in_context = context_countries.get(place.country_code, 0.0) > 0 or place.country_code in clues.countries \
        or place.country_code in clues.named or place.country_code in clues.actors
    if clues.countries and place.country_code not in clues.countries \
            and (place.match != "exact" or place.population < 50_000 and place.country_code not in clues.actors
                 and not context_countries.get(place.country_code)):
        return False  # "Chai village in ... Cabo Delgado" is not Çey, Turkey
    if place.match != "exact" and not (in_context or place.population >= 100_000):
        return False
    if not tagged_place and not (in_context or place.population >= 50_000):
        return False
    return True


# -- words for people -------------------------------------------------------------------
def describe(place: Place) -> str:
    """A place as a person would name it: "Ar Raqqah, Syria (city of 531,952)"."""
    if place.kind == "country":
        return f"the country {place.country}"
    if place.kind == "admin1":
        return f"the region {place.name}, {place.country}"
    where = ", ".join(dict.fromkeys(x for x in (place.name, place.admin1, place.country) if x))
    if place.source == "user":
        return f"{where} (from your places file)"
    if not place.population:
        return f"{where} (town)"
    return f"{where} ({'city' if place.population >= 100_000 else 'town'} of {place.population:,})"


def _because(key: str, name: str, winner: Place, other: Place, clues: Clues, context_countries: dict[str, float]) -> str:
    if key == "population":
        return f"it is larger ({winner.population:,} against {other.population:,} people)"
    if key == "country name":
        return "a country's own name never means a town"
    if key in ("region twin", "region"):
        return "a name shared by a region and a town means the town"
    if key == "spelling":
        return "its spelling matches exactly"
    if key == "own name":
        return f"'{name}' is only a former or other name of {other.name}"
    if key == "user":
        return "it is in your places file"
    if key == "report":
        return f"the report is about {winner.country} ({context_countries.get(winner.country_code, 0):.0%} of its places)"
    if key == "sentence" and (winner.country_code, winner.admin1) not in clues.regions:
        return f"the sentence says '{clues.countries[winner.country_code]}'"
    if key in ("sentence", "sentence region"):
        return f"the sentence names {clues.regions[(winner.country_code, winner.admin1)]}"
    if key == "named":
        return f"the sentence also names {clues.named[winner.country_code]}"
    if key == "actor":
        return f"{clues.actors[winner.country_code]} is from {winner.country}"
    return key


def _reason(name: str, scored: list[tuple[dict[str, float], Place]], clues: Clues,
            context_countries: dict[str, float]) -> str:
    """"'Raqa' is a spelling variant of Ar Raqqah, Syria (city of 531,952): chosen over ... because ..."."""
    (mine, best), rivals = scored[0], scored[1:]
    how = "a spelling variant of " if best.match != "exact" else ""
    text = f"'{name}' is {how}{describe(best)}"
    # The rival worth naming: the best place in another country, else the best other place.
    others = [(s, p) for s, p in rivals if (p.kind, p.name, p.country_code) != (best.kind, best.name, best.country_code)]
    rival = next(((s, p) for s, p in others if p.country_code != best.country_code), others[0] if others else None)
    if rival is None:
        return text
    theirs, other = rival
    keys = set(mine) | set(theirs)
    decisive = max(keys, key=lambda k: mine.get(k, 0.0) - theirs.get(k, 0.0))
    more = f" and {len(rivals) - 1} more" if len(rivals) > 1 else ""
    return f"{text}: chosen over {describe(other)}{more} because {_because(decisive, name, best, other, clues, context_countries)}"


# -- resolving -----------------------------------------------------------------------
def resolve_name(
    name: str,
    span: tuple[int, int],
    *,
    context_countries: dict[str, float],
    want_admin1: bool = False,
    near: bool = False,
    tagged_place: bool = True,
    qualifiers: tuple[str, ...] = (),
    clues: Clues = NO_CLUES,
    vicinity: str | None = None,
    division: bool = False,
    gazetteer: Gazetteer | None = None,
) -> ResolvedPlace | None:
    """Resolve one place name found in the text; None if the gazetteer does not know it.

    ``qualifiers`` are the region or country written beside the name, as in "Kukawa (Kukawa,
    Borno)" or "Ramadi, Anbar": only candidates inside them count, and a town the gazetteer
    lacks still gets its region. ``clues`` are what the sentence and the actors say;
    ``near`` makes a town precision 2, and ``vicinity`` (the words, "25 km north of") goes
    into the reason. ``division`` says the region word may name a lower division too ("the Ouallam
    department" of Niger): a name that is no region is then the area of its town, not the town's region.
    """
    gazetteer = gazetteer or Gazetteer.default()
    found = _resolve(name, span, context_countries, want_admin1, near, tagged_place, qualifiers, clues, gazetteer,
                     division)
    if found is None:
        found = _without_landform(name, span, context_countries, tagged_place, clues, gazetteer)
    if found is None and not qualifiers:  # "North Waziristan tribal territory": no town, but a district is so called
        found = _division(name, span, context_countries, tagged_place, clues, gazetteer)
    words = name.split()
    if found is None and len(words) > 1 and words[-1].lower() in geo_words()["town_words"] + geo_words()["site_words"]:
        # "Kabankalan City" where the gazetteer knows only Kabankalan, "Kabul University": the town itself
        found = _resolve(" ".join(words[:-1]), span, context_countries, False, near, tagged_place, qualifiers, clues,
                         gazetteer)
    if found is not None and vicinity:
        side = "in the town or at its edge, which counts as the town" if found.precision == 1 else "around it, not at it"
        found = replace(found, reason=f"{found.reason}; '{vicinity}': {side}")
    return found


def _resolve(name: str, span: tuple[int, int], context_countries: dict[str, float], want_admin1: bool, near: bool,
             tagged_place: bool, qualifiers: tuple[str, ...], clues: Clues, gazetteer: Gazetteer,
             division: bool = False) -> ResolvedPlace | None:
    if qualifiers:
        found = _qualified(name, span, qualifiers, context_countries, near, clues, gazetteer)
        if found is not None or any(normalise(q) != normalise(name) for q in qualifiers):
            return found  # (but "Belgorod (Belgorod)" says no more than "Belgorod")
    if want_admin1 and gazetteer.country(name) is None:  # "Somalia's Middle Shabelle region": Somalia is no region
        regions = gazetteer.admin1(name)
        if regions:
            scored = _scored(regions, context_countries, clues, name)
            best = scored[0][1]
            return ResolvedPlace(best, 3, span, f"{_reason(name, scored, clues, context_countries)}; "
                                                "written as a region, so placed at its capital", margin=_margin(scored))
        found = None if division else _region_of_namesake(name, span, context_countries, tagged_place, clues, gazetteer)
        if found is None or not _in_context(found.place, context_countries, clues):
            found = _division(name, span, context_countries, tagged_place, clues, gazetteer) or found
        if found is not None:
            return found
    candidates = [p for p in gazetteer.lookup(name) if plausible(p, context_countries, tagged_place, clues)
                  and (p.match == "exact" or normalise(name) not in _place_nouns())]
    if not candidates:
        return None
    scored = _scored(candidates, context_countries, clues, name)
    best = scored[0][1]
    precision = {"city": 2 if near else 1, "admin1": 3, "country": 4}[best.kind]
    reason = _reason(name, scored, clues, context_countries)
    if want_admin1 and best.kind == "city" and division:  # "the Ouallam department": the area around Ouallam
        precision, reason = 2, f"{reason}; written as a division no larger than the area around the town"
    elif want_admin1 and best.kind == "city":  # "Duhok governorate" with no region of that name known
        precision, reason = 3, f"{reason}; written as a region the gazetteer lacks, so placed at this town"
    return ResolvedPlace(best, precision, span, reason, margin=_margin(scored))


def _division(name: str, span: tuple[int, int], context_countries: dict[str, float], tagged_place: bool,
              clues: Clues, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """"Burkina Faso's Soum province", "Bannu district": a second-level division, placed at its seat."""
    candidates = [p for p in gazetteer.divisions(name) if plausible(p, context_countries, tagged_place, clues)]
    if not candidates:
        return None
    scored = _scored(candidates, context_countries, clues, name)
    best = scored[0][1]
    return ResolvedPlace(best, 2, span, f"{_reason(name, scored, clues, context_countries)}; written as a division "
                                        f"below the region, so placed at its seat {best.name}", margin=_margin(scored))


def _in_context(place: Place, context_countries: dict[str, float], clues: Clues) -> bool:
    return context_countries.get(place.country_code, 0.0) > 0 or place.country_code in clues.countries


def _margin(scored: list[tuple[dict[str, float], Place]]) -> float:
    """The winner's lead over the best candidate in another country (infinite when there is none)."""
    (mine, best), rest = scored[0], scored[1:]
    other = next((s for s, p in rest if p.country_code != best.country_code), None)
    return math.inf if other is None else sum(mine.values()) - sum(other.values())


def _region_of_namesake(name: str, span: tuple[int, int], context_countries: dict[str, float], tagged_place: bool,
                        clues: Clues, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """"Belgorod region", "Duhok governorate": a region the gazetteer spells otherwise
    (Belgorodskaya oblast'), found as the region of the town it is named after."""
    towns = [p for p in gazetteer.lookup(name) if p.kind == "city" and p.admin1
             and plausible(p, context_countries, tagged_place, clues)]
    if not towns:
        return None
    town = rank(towns, context_countries, clues, name)[0]
    region = next(iter(gazetteer.admin1(town.admin1, town.country_code)), None)
    if region is None:
        return None
    return ResolvedPlace(region, 3, span, f"'{name}' is written as a region: {describe(region)}, the region of "
                                          f"the town {town.name} (placed at its capital)")


def _without_landform(name: str, span: tuple[int, int], context_countries: dict[str, float], tagged_place: bool,
                      clues: Clues, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """"the Anbar desert", "the Raqqa countryside": the place the landform is named after, never
    as precise as a town (a region stays precision 3)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in geo_words()["landform_words"]:
        return None
    found = _resolve(" ".join(words[:-1]), span, context_countries, False, True, tagged_place, (), clues, gazetteer)
    if found is None:
        return None
    return replace(found, precision=max(found.precision, 2),
                   reason=f"'{name}' is the land around {describe(found.place)}, so no more precise than that")


def qualifier_fits(name: str, qualifiers: tuple[str, ...], gazetteer: Gazetteer | None = None) -> bool:
    """Whether the regions or countries written after a name can be where it lies.

    "Ramadi, Anbar" fits (Ramadi is in Anbar); "Baghdad, Kirkuk" is a list of two towns;
    an unknown village ("Shewa Robit, Amhara") fits any region, and so does one the gazetteer
    knows only as a small town abroad ("Charlevoix, Quebec"); a country never has a region or
    country written after it as its place ("Syria, Iraq").
    """
    gazetteer = gazetteer or Gazetteer.default()
    found = gazetteer.lookup(name)
    if any(p.kind == "country" for p in found):
        return False
    if not found or all(p.match != "exact" for p in found):
        return True
    if all(normalise(q) == normalise(name) for q in qualifiers):
        return True  # "Belgorod (Belgorod)": ACLED's district named after its town
    countries, regions = _qualifier_places(name, qualifiers, gazetteer)
    if any(p.country_code in countries or (p.country_code, p.admin1) in regions for p in found):
        return True
    # Only small towns abroad share the name ("Charlevoix, Quebec" is not Charlevoix, Michigan):
    # the writer says where this one is. A town of the same country is another town of a list.
    same_country = countries | {cc for cc, _ in regions}
    return all(p.country_code not in same_country and p.population < 100_000 for p in found if p.kind != "admin1")


def region_or_country(text: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether words name a first-level region or a country ("Anbar", "Borno state", "Iraq"),
    or a region by the town it is named after ("Belgorod region")."""
    gazetteer = gazetteer or Gazetteer.default()
    if gazetteer.country(text) is not None or gazetteer.admin1(text):
        return True
    return bool(_namesake_towns(text, gazetteer))


def _namesake_towns(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Towns a region written with its region word is named after: "Belgorod region" -> Belgorod."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in geo_words()["admin1_words"]:
        return []
    return [t for t in gazetteer.lookup(" ".join(words[:-1])) if t.kind == "city" and t.match == "exact" and t.admin1]


def _qualifier_places(name: str, qualifiers: tuple[str, ...],
                      gazetteer: Gazetteer) -> tuple[set[str], set[tuple[str, str | None]]]:
    """The countries and regions (alpha-3, admin1) that qualifiers name. A qualifier that is
    only a town's name stands for the town's region: ACLED writes "Idleb" where GeoNames has
    the region Idlib and the town Idleb ("Ariha (Ariha, Idleb)": the first is the place itself)."""
    countries = {p.country_code for q in qualifiers for p in [gazetteer.country(q)] if p is not None}
    regions: set[tuple[str, str | None]] = set()
    town_names: list[str] = []
    for q in qualifiers:
        found = [r for r in gazetteer.admin1(q) if not countries or r.country_code in countries]
        if not found and gazetteer.country(q) is None and normalise(q) != normalise(name):
            town_names.append(q)
        regions.update((r.country_code, r.name) for r in found)
    named_regions = set(regions)
    for q in town_names:
        towns = [d for d in gazetteer.divisions(q) if not countries or d.country_code in countries] or \
            _namesake_towns(q, gazetteer) or [
            t for t in gazetteer.lookup(q) if t.kind == "city" and t.match == "exact" and t.admin1]
        towns = [t for t in towns if not countries or t.country_code in countries]
        # "Dinangourou (Koro, Mopti)": the Koro in the region written beside it, not Coro in Venezuela
        inside = [t for t in towns if (t.country_code, t.admin1) in named_regions] \
            or [t for t in towns if t.country_code in {cc for cc, _ in named_regions}]
        regions.update((t.country_code, t.admin1) for t in (inside or towns)[:1])
    return countries, regions


def _qualified(name: str, span: tuple[int, int], qualifiers: tuple[str, ...], context_countries: dict[str, float],
               near: bool, clues: Clues, gazetteer: Gazetteer) -> ResolvedPlace | None:
    countries, region_keys = _qualifier_places(name, qualifiers, gazetteer)
    regions = [r for cc3, admin1 in region_keys if admin1 for r in gazetteer.admin1(admin1, cc3) if r.name == admin1]
    named = [p for p in gazetteer.lookup(name) if p.kind != "country"]
    if qualifiers and normalise(qualifiers[0]) == normalise(name):  # "Deir al-Balah (Deir al-Balah, Gaza Strip)":
        named = [p for p in named if p.kind == "city"] or gazetteer.towns(name) or named  # the town its district is named after
    inside = [p for p in named if (p.country_code, p.admin1) in region_keys]
    if not inside:  # regions are drawn differently from one source to another: the same country will do,
        # and so does a spelling variant inside the country named ("Qamishli ... in Syria": Al Qamishli)
        in_country = countries | {r.country_code for r in regions}
        inside = [p for p in named if p.country_code in in_country and (p.match == "exact" or countries)]
    told = ", ".join(dict.fromkeys(qualifiers))
    in_country = countries | {r.country_code for r in regions}
    seats = [] if inside else [d for q in (name, *qualifiers) if normalise(q) not in {normalise(r.name) for r in regions}
                               for d in gazetteer.divisions(q) if d.country_code in in_country][:1]
    towns = [] if inside or seats else [t for q in qualifiers[:-1] if not gazetteer.admin1(q) for t in gazetteer.lookup(q)
                                        if t.kind == "city" and t.match == "exact" and (t.country_code, t.admin1) in region_keys]
    if towns:  # ACLED's "(Caracas, Distrito Capital)": the first of two is the district of the town it is named after
        return ResolvedPlace(towns[0], 2, span, f"the gazetteer has no '{name}' in {told}; it lies in the district "
                                                f"of {describe(towns[0])}")
    if seats:  # "the Kurram district of Khyber Pakhtunkhwa"; "Gwoza town (Gwoza, Borno)" with the town unknown
        return ResolvedPlace(seats[0], 2, span, f"the gazetteer has no town '{name}' in {told}; the division "
                                                f"named is placed at its seat, {describe(seats[0])}", written=name)
    if inside:
        scored = _scored(inside, context_countries, clues, name)
        best = scored[0][1]
        precision = {"city": 2 if near else 1, "admin1": 3}[best.kind]
        left = len({(p.name, p.country_code, p.admin1) for p in named} - {(best.name, best.country_code, best.admin1)})
        aside = f"; {left} other place{'s' if left > 1 else ''} of that name left aside" if left else ""
        return ResolvedPlace(best, precision, span, f"'{name}' with '{told}' beside it is {describe(best)}{aside}")
    if regions:  # the region most qualifiers agree on: "(Caracas, Distrito Capital)" is Venezuela's
        support = {(r.country_code, r.name): sum((r.country_code, r.name) in _qualifier_places(name, (q,), gazetteer)[1]
                                                 for q in qualifiers) for r in regions}
        most = max(support.values())
        region = rank([r for r in regions if support[(r.country_code, r.name)] == most], context_countries, clues)[0]
        return ResolvedPlace(region, 3, span, f"the gazetteer has no '{name}' in {told}; the name beside it gives "
                                              f"{describe(region)} (placed at its capital)", written=name)
    if countries:
        country = gazetteer.country(next(iter(countries)))
        return ResolvedPlace(country, 4, span, f"the gazetteer has no '{name}' in {told}; the name beside it gives "
                                               f"{describe(country)}", written=name)
    return None


def country_place(code_or_word: str, span: tuple[int, int], gazetteer: Gazetteer | None = None) -> ResolvedPlace | None:
    """A country-only location from a country name or a nationality adjective ("Russian")."""
    gazetteer = gazetteer or Gazetteer.default()
    place = gazetteer.country(code_or_word) or gazetteer.country_for_adjective(code_or_word)
    if place is None:
        return None
    return ResolvedPlace(place, 4, span, f"'{code_or_word}' names only the country, {place.country}")

