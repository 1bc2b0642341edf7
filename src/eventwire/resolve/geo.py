"""Choosing the place a mention names, in the context of the whole report.

The gazetteer offers candidates for a name; this module ranks them by the
countries the document talks about, population and how exactly the name
matched, and never lets a country or continent name become a town.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .gazetteer import Gazetteer, Place


@dataclass(frozen=True)
class ResolvedPlace:
    """A place chosen for an event, with the precision ACLED would give it."""

    place: Place
    precision: int  # 1 town, 2 near a town or a small area, 3 admin1 only, 4 country only
    span: tuple[int, int]
    reason: str
    written: str | None = None  # the name as the report gives it, kept when the gazetteer lacks the town

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


def rank(candidates: list[Place], context_countries: dict[str, float]) -> list[Place]:
    """Best candidate first: a country named exactly, then towns in the report's countries."""

    def score(place: Place) -> float:
        value = math.log10(max(place.population, 1) + 1)
        value += 6.0 * context_countries.get(place.country_code, 0.0)
        value += {"country": 20.0, "admin1": -0.5, "city": 0.0}[place.kind]
        value -= 3.0 if place.match != "exact" else 0.0
        return value

    return sorted(candidates, key=score, reverse=True)


def plausible(place: Place, context_countries: dict[str, float], tagged_place: bool) -> bool:
    """Whether a candidate is believable for a name: loose matches need size or context.

    A name the language model did not tag as a place, or that only meets a
    gazetteer entry through its transliteration skeleton, is accepted only for a
    sizeable town or one in a country the report is about ("Putin" is not Poteet, Texas).
    """
    if place.kind == "country":
        return True
    in_context = context_countries.get(place.country_code, 0.0) > 0
    if place.match != "exact" and not (in_context or place.population >= 100_000):
        return False
    if not tagged_place and not (in_context or place.population >= 50_000):
        return False
    return True


def resolve_name(
    name: str,
    span: tuple[int, int],
    *,
    context_countries: dict[str, float],
    want_admin1: bool = False,
    near: bool = False,
    tagged_place: bool = True,
    qualifiers: tuple[str, ...] = (),
    gazetteer: Gazetteer | None = None,
) -> ResolvedPlace | None:
    """Resolve one place name found in the text; None if the gazetteer does not know it.

    ``qualifiers`` are the region or country written beside the name, as in "Kukawa (Kukawa,
    Borno)" or "Ramadi, Anbar": only candidates inside them count, and a town the gazetteer
    lacks still gets its region.
    """
    gazetteer = gazetteer or Gazetteer.default()
    if qualifiers:
        return _qualified(name, span, qualifiers, context_countries, near, gazetteer)
    if want_admin1:
        regions = gazetteer.admin1(name)
        if regions:
            best = rank(regions, context_countries)[0]
            return ResolvedPlace(best, 3, span, f"'{name}' named as a region: {best.name}, {best.country}")
    candidates = [p for p in gazetteer.lookup(name) if plausible(p, context_countries, tagged_place)]
    if not candidates:
        return None
    best = rank(candidates, context_countries)[0]
    precision = {"city": 2 if near else 1, "admin1": 3, "country": 4}[best.kind]
    how = "spelling variant of " if best.match != "exact" else ""
    return ResolvedPlace(best, precision, span, f"'{name}' is {how}{best.name}, {best.country} ({best.kind}, population {best.population})")


def _qualified(name: str, span: tuple[int, int], qualifiers: tuple[str, ...], context_countries: dict[str, float],
               near: bool, gazetteer: Gazetteer) -> ResolvedPlace | None:
    countries = {p.country_code for q in qualifiers for p in [gazetteer.country(q)] if p is not None}
    regions = [r for q in qualifiers for r in gazetteer.admin1(q) if not countries or r.country_code in countries]
    region_keys = {(r.country_code, r.name) for r in regions}
    named = [p for p in gazetteer.lookup(name) if p.kind != "country"]
    inside = [p for p in named if (p.country_code, p.admin1) in region_keys]
    if not inside:  # regions are drawn differently from one source to another: the same country will do
        in_country = countries | {r.country_code for r in regions}
        inside = [p for p in named if p.country_code in in_country and p.match == "exact"]
    told = ", ".join(qualifiers)
    if inside:
        best = rank(inside, context_countries)[0]
        precision = {"city": 2 if near else 1, "admin1": 3}[best.kind]
        return ResolvedPlace(best, precision, span, f"'{name}' in {told}: {best.name}, {best.admin1}, {best.country}")
    if regions:
        region = rank(regions, context_countries)[0]
        return ResolvedPlace(region, 3, span, f"'{name}' is not in the gazetteer; its region {region.name} ({told})", written=name)
    if countries:
        country = gazetteer.country(next(iter(countries)))
        return ResolvedPlace(country, 4, span, f"'{name}' is not in the gazetteer; its country {country.name}", written=name)
    return None


def country_place(code_or_word: str, span: tuple[int, int], gazetteer: Gazetteer | None = None) -> ResolvedPlace | None:
    """A country-only location from a country name or a nationality adjective ("Russian")."""
    gazetteer = gazetteer or Gazetteer.default()
    place = gazetteer.country(code_or_word) or gazetteer.country_for_adjective(code_or_word)
    if place is None:
        return None
    return ResolvedPlace(place, 4, span, f"only the country is named: {place.country}")
