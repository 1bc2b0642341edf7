"""The actor registry: actor phrases as written in a report -> canonical ACLED-style actors.

An actor phrase is the words of a noun phrase as they stand in the text, with
whatever determiners, possessives, titles and modifiers came with them:
"Syrian regime", "Assad's air force", "a Syrian delegation headed by Foreign
Minister Walid Muallem", "IS fighters", "Iraqi security forces and allied
tribesmen". :meth:`ActorRegistry.resolve` turns it into an :class:`Actor`
named as ACLED names actors ("Military Forces of Syria", "Islamic State",
"Civilians (Kenya)"), or ``None`` when the words do not say who it is
("the militants", "its warplanes").

All knowledge lives in ``data/actors.yaml`` (named groups, state bodies, people,
role templates, contextual terms); a user file named by ``$EVENTWIRE_ACTORS``
adds to it and wins over it. Countries come from
:class:`eventwire.resolve.gazetteer.Gazetteer`.

How a phrase is read (see :meth:`ActorRegistry.resolve`):

1. Tokens: words split at hyphens and slashes, folded to ASCII lower case;
   possessive ``'s`` is noted and dropped ("Syria's" -> ``syria`` + possessive).
2. Named mentions: aliases of groups, people and state bodies, matched as whole
   token runs anywhere in the phrase, longest first. Acronyms ("IS", "ADF") match
   only in capitals; some aliases hold only in given countries ("SNA" in Somalia).
3. Places: a country name, nationality adjective or capital ("Moscow")
   found through the gazetteer.
4. The phrase is cut at coordinations ("and", ","), relative clauses and
   prepositions ("who", "in", "fighting"); the first piece is the *core*.
   "from X", "loyal to X", "headed by X" keep X as a clue to the owner.
5. A named mention in the core wins (a state leader followed by a force or
   government noun gives that role for the leader's country: "Assad's air force").
   Otherwise the rightmost role noun of the core ("forces", "police",
   "civilians", "gunmen", ...) fills its template with the country named in the
   phrase, else the caller's ``country_code``.
"""
from __future__ import annotations

import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

__all__ = ["Actor", "ActorRegistry", "KINDS", "DEFAULT_INTER"]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"
ENV_VAR = "EVENTWIRE_ACTORS"

DEFAULT_INTER: dict[str, int | None] = {
    "state_forces": 1,
    "police": 1,
    "government": 1,
    "rebel": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external": 8,
    "organization": None,
    "person": None,
}
KINDS = frozenset(DEFAULT_INTER)

# Roles whose owner is a state: they need a country, and a pronoun or a
# non-state modifier ("rebel forces") stops them.
STATE_ROLES = frozenset({"state_forces", "police", "government"})
# Kinds that ``at_event`` turns into external forces when abroad.
ARMED_STATE_KINDS = frozenset({"state_forces", "police"})


@dataclass(frozen=True)
class Actor:
    """A canonical actor, as it goes into ``Event.actor1``/``actor2``."""

    name: str  # canonical, ACLED style: "Military Forces of Syria", "Civilians (Kenya)"
    inter: int | None  # ACLED inter code at home (state forces 1, ... external 8)
    kind: str  # one of KINDS
    country_code: str | None  # alpha-3 of the state or nationality, when there is one
    matched: str  # the alias or rule that matched, for explanations


# --------------------------------------------------------------------------- tokens

@dataclass
class _Tok:
    norm: str  # folded: "syria", "us" (from "U.S."), "shabaab"
    raw: str  # the part as written, possessive stripped: "Syria", "U.S."
    start: int  # offsets of the part in the phrase
    end: int
    word: int  # index of the whitespace word the part belongs to
    part: int  # index of the part inside its word
    nparts: int
    poss: bool = False  # "Syria's", "rebels'"
    punct: bool = False  # "," ";" ":" "&"

    @property
    def cap(self) -> bool:
        return self.raw[:1].isupper()

    @property
    def bare(self) -> str:
        """Raw form without dots, for case-sensitive acronyms: "U.S." -> "US"."""
        return self.raw.replace(".", "")


_WORD_RE = re.compile(r"[^\s,;:()\[\]{}\"“”«»!?]+|[,;&]")  # ":" only separates
_PART_SPLIT = re.compile(r"[-‐‑–—/]")
_POSS_RE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_QUOTES = "'’‘`\""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9&]+", "", text.lower())


def _tokenize(text: str, spellings: dict[str, str]) -> list[_Tok]:
    toks: list[_Tok] = []
    for w_index, m in enumerate(_WORD_RE.finditer(text)):
        word, start = m.group(), m.start()
        if word in {",", ";", "&"}:
            toks.append(_Tok(word, word, start, m.end(), w_index, 0, 1, punct=True))
            continue
        # strip surrounding quotes, then the possessive
        lead = len(word) - len(word.lstrip(_QUOTES))
        word = word[lead:]
        start += lead
        poss = False
        pm = _POSS_RE.search(word)
        if pm and len(word) > pm.end() - pm.start():
            word, poss = word[: pm.start()], True
        word = word.rstrip(_QUOTES)
        if not word:
            continue
        parts = []
        offset = 0
        for piece in _PART_SPLIT.split(word):
            idx = word.index(piece, offset) if piece else offset
            offset = idx + len(piece)
            if piece:
                parts.append((piece, start + idx))
        for p_index, (piece, p_start) in enumerate(parts):
            norm = _fold(piece)
            if not norm:
                continue
            norm = spellings.get(norm, norm)
            toks.append(_Tok(norm, piece, p_start, p_start + len(piece), w_index, p_index, len(parts)))
        if poss and toks and toks[-1].word == w_index:
            toks[-1].poss = True
    return toks


def _alias_tokens(alias: str, spellings: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    toks = [t for t in _tokenize(alias, spellings) if not t.punct]
    return tuple(t.norm for t in toks), tuple(t.bare for t in toks)


def _is_case_sensitive(alias: str) -> bool:
    """Acronyms match only as written: "IS", "ADF", "LeT", "FAMa" (not "is", "let")."""
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return False
    if not any(c.islower() for c in letters):
        return True
    return " " not in alias.strip() and sum(c.isupper() for c in letters) >= 2 and len(alias) <= 6


# --------------------------------------------------------------------------- cues

# Cut words: the phrase's core ends before them (unless they sit inside a name).
_CUES: list[tuple[tuple[str, ...], str]] = sorted(
    [((w,), "coord") for w in ("and", "or", "nor", "plus", "alongside", "&", ",", ";")]
    + [(("as", "well", "as"), "coord"), (("along", "with"), "coord"), (("together", "with"), "coord")]
    + [(("from",), "from")]
    + [(tuple(c.split()), "affil") for c in (
        "loyal to", "faithful to", "affiliated with", "affiliated to", "linked to", "linked with",
        "belonging to", "associated with", "tied to", "headed by", "led by", "commanded by",
        "under the command of", "part of")]
    + [(tuple(c.split()), "member") for c in ("members of", "member of")]
    + [(tuple(c.split()), "sponsor") for c in (
        "backed by", "supported by", "trained by", "funded by", "financed by", "armed by",
        "sponsored by", "equipped by", "allied to", "allied with", "aligned with", "aligned to",
        "close to")]
    + [((w,), "plain") for w in (
        "who", "which", "that", "whom", "whose", "where", "when", "while", "after", "before",
        "during", "in", "at", "on", "near", "inside", "outside", "across", "along", "around",
        "against", "with", "without", "by", "for", "fighting", "battling", "holding", "controlling",
        "based", "operating", "stationed", "deployed", "said", "says", "say", "reportedly",
        "known", "called", "dubbed", "claiming", "accused", "blamed", "responsible", "since",
        "into", "toward", "towards", "over", "under", "than", "between", "among", "amid",
        "including", "such", "like", "via", "through", "behind", "about")],
    key=lambda c: -len(c[0]),
)
_CUE_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _cue in _CUES:
    _CUE_FIRST.setdefault(_cue[0][0], []).append(_cue)

# Parts of a hyphenated word that make the rest of it a sponsor, not the owner:
# "U.S.-backed forces", "Iran-aligned militias".
_SPONSOR_SUFFIX = frozenset(
    {"backed", "supported", "sponsored", "funded", "financed", "trained", "armed", "equipped",
     "aligned", "allied", "proxy", "installed", "appointed", "imposed"})
# ... or an affiliation, where a named group still counts: "IS-linked militants", "HTS-led rebels".
_AFFIL_SUFFIX = frozenset({"linked", "affiliated", "inspired", "run", "controlled", "held", "loyal", "led"})
_PRO_ANTI = frozenset({"pro", "anti", "counter", "non", "ex", "former"})
_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your", "whose", "it", "they",
                       "them", "he", "she", "we", "theirs"})
_DETERMINERS = frozenset({"the", "a", "an", "some", "several", "many", "dozens", "hundreds",
                          "thousands", "scores", "of", "these", "those", "this", "that", "both",
                          "all", "other", "another", "more", "most", "few", "two", "three",
                          "four", "five", "six", "seven", "eight", "nine", "ten", "key", "ally",
                          "allies", "neighbouring", "neighboring", "exiled", "main", "top",
                          "senior", "official", "state", "national"})
_CONNECTORS = frozenset({"of", "the", "and", "da", "de", "del", "do", "du", "la", "le", "des"})
_COUNTRY_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "DRC", "CAR", "KSA", "PRC", "DPRK", "ROK"})


# --------------------------------------------------------------------------- registry internals

@dataclass
class _Entry:
    """One named thing of the data file: a group, a person, a state body or a contextual term."""

    section: str  # "group" | "person" | "state_body" | "contextual"
    name: str
    data: dict[str, Any]
    priority: int  # 0 default file, 1 user file


@dataclass
class _Alias:
    norms: tuple[str, ...]
    bares: tuple[str, ...] | None  # set when case-sensitive
    cap_first: bool  # single-word person alias: must be written with a capital
    countries: frozenset[str] | None
    entry: _Entry
    text: str


@dataclass
class _Match:
    start: int
    end: int
    kind: str  # "named" | "place" | "role"
    entry: _Entry | None = None
    alias: str = ""
    code: str | None = None  # place: alpha-3
    role: str | None = None  # role: role id
    foreign: bool = False  # role head that never belongs to the caller's country
    plural: bool = False  # place given as a plural demonym: "Iraqis"


@dataclass
class _Segment:
    start: int
    end: int
    cut: str | None  # the cue that opened it ("coord", "from", ...); None for the core


@dataclass
class _Reading:
    """What the parts of one phrase say; built once per resolve call."""

    toks: list[_Tok]
    named: list[_Match]
    places: list[_Match]
    roles: list[_Match]
    segments: list[_Segment]
    excluded: set[int] = field(default_factory=set)  # tokens in pro-/anti- compounds
    sponsor_toks: set[int] = field(default_factory=set)  # tokens in "X-backed" compounds


def _load_yaml(path: Path | str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an actors file must be a mapping of sections")
    return data


class ActorRegistry:
    """Canonical actors for actor phrases; built once from data files, then read-only."""

    _instances: dict[str | None, "ActorRegistry"] = {}
    _lock = threading.Lock()

    def __init__(self, sources: Iterable[dict[str, Any]], *, gazetteer: Any = None) -> None:
        """``sources``: parsed actor files, lowest precedence first."""
        self._gazetteer = gazetteer
        self.spellings: dict[str, str] = {}
        self.roles: dict[str, dict[str, Any]] = {}
        self.role_cues: dict[str, str] = {}
        self.non_state: set[str] = set()
        self.foreign_mods: set[str] = set()
        self.political_mods: set[str] = set()
        self.country_names: dict[str, str] = {}
        self.country_articles: set[str] = set()
        self.titles: set[str] = set()
        self.groups: dict[str, _Entry] = {}
        self.people: dict[str, _Entry] = {}
        self.state_bodies: list[_Entry] = []
        self.contextual: list[_Entry] = []
        self.metonyms: dict[tuple[str, ...], str] = {}
        self._place_cache: dict[str, tuple[str, str, bool] | None] = {}
        self._heads: dict[str, tuple[str, bool]] = {}  # head words -> (role, foreign); later files win
        self._name_cache: dict[str, str | None] = {}
        sources = list(sources)
        for priority, source in enumerate(sources):
            self._merge(source, min(priority, 1))
        self._build()
        self._resolve_cached = lru_cache(maxsize=8192)(self._resolve)

    # ----------------------------------------------------------------- construction

    @classmethod
    def default(cls) -> "ActorRegistry":
        """The process-wide registry: ``data/actors.yaml`` plus ``$EVENTWIRE_ACTORS`` if set."""
        user = os.environ.get(ENV_VAR) or None
        with cls._lock:
            registry = cls._instances.get(user)
            if registry is None:
                paths: list[Path | str] = [DATA_FILE] + ([user] if user else [])
                registry = cls.from_files(*paths)
                cls._instances[user] = registry
            return registry

    @classmethod
    def from_files(cls, *paths: Path | str, gazetteer: Any = None) -> "ActorRegistry":
        """A registry from actor files, later files taking precedence."""
        return cls([_load_yaml(p) for p in paths], gazetteer=gazetteer)

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            from eventwire.resolve.gazetteer import Gazetteer  # written alongside; imported late

            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def _merge(self, data: dict[str, Any], priority: int) -> None:
        self.spellings.update({_fold(k): _fold(v) for k, v in (data.get("spellings") or {}).items()})
        for role_id, spec in (data.get("roles") or {}).items():
            current = self.roles.setdefault(role_id, {})
            for key, value in spec.items():
                if key in ("heads", "foreign_heads"):
                    for head in value or []:
                        self._heads[" ".join(str(head).lower().split())] = (role_id, key == "foreign_heads")
                else:
                    current[key] = value
        for role_id, cues in (data.get("role_cues") or {}).items():
            for cue in cues or []:
                self.role_cues[cue] = role_id
        mods = data.get("modifiers") or {}
        self.non_state.update(mods.get("non_state") or [])
        self.foreign_mods.update(mods.get("foreign") or [])
        self.political_mods.update(mods.get("political") or [])
        self.titles.update(t.lower() for t in data.get("titles") or [])
        self.country_names.update({k.upper(): v for k, v in (data.get("country_names") or {}).items()})
        self.country_articles.update(c.upper() for c in data.get("country_articles") or [])
        for place, code in (data.get("metonyms") or {}).items():
            self.metonyms[tuple(t.norm for t in _tokenize(place, {}))] = str(code).upper()
        for item in data.get("groups") or []:
            self.groups[item["name"]] = _Entry("group", item["name"], item, priority)
        for item in data.get("people") or []:
            self.people[item["name"]] = _Entry("person", item["name"], item, priority)
        for item in data.get("state_bodies") or []:
            self.state_bodies.append(_Entry("state_body", f"{item['role']}:{item['country']}", item, priority))
        for item in data.get("contextual") or []:
            self.contextual.append(_Entry("contextual", "/".join(item["terms"][:1]), item, priority))

    def _build(self) -> None:
        sp = self.spellings
        # normalise the word lists with the final spelling table
        fold = lambda words: {" ".join(_alias_tokens(w, sp)[0]) for w in words}  # noqa: E731
        self.non_state = fold(self.non_state)
        self.foreign_mods = fold(self.foreign_mods)
        self.political_mods = fold(self.political_mods)
        self.titles = fold(self.titles)
        self._role_cue_index = {_alias_tokens(c, sp)[0]: r for c, r in self.role_cues.items()}
        self.metonyms = {tuple(sp.get(t, t) for t in k): v for k, v in self.metonyms.items()}

        # role heads: first token -> [(tokens, role, foreign)], longest first
        role_index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for head, (role_id, foreign) in self._heads.items():
            if role_id not in self.roles or "name" not in self.roles[role_id]:
                raise ValueError(f"role head {head!r}: role {role_id!r} has no name template")
            norms = _alias_tokens(head, sp)[0]
            if norms:
                role_index.setdefault(norms[0], []).append((norms, role_id, foreign))
        for items in role_index.values():
            items.sort(key=lambda x: -len(x[0]))
        self._role_index = role_index
        self._role_words = set(role_index) - _CONNECTORS
        # words that are a role by themselves: only these end a country's name ("Ivory Coast" is
        # a country, though "coast guard" is a role)
        self._role_singles = {w for w, items in role_index.items() if any(len(t) == 1 for t, _, _ in items)} - _CONNECTORS

        # named aliases: first token -> [_Alias]; a later (user) entry wins on the same key
        keyed: dict[tuple, _Alias] = {}
        entries = (list(self.groups.values()) + list(self.people.values())
                   + self.state_bodies + self.contextual)
        entries.sort(key=lambda e: e.priority)
        for entry in entries:
            for alias, countries in self._aliases_of(entry):
                norms, bares = _alias_tokens(alias, sp)
                if not norms:
                    continue
                variants = [norms]
                if len(norms) > 1 and norms[0] in {"al", "el"}:  # "al-Shabaab" also as "Shabaab"
                    variants.append(norms[1:])
                sensitive = _is_case_sensitive(alias)
                cap_first = entry.section == "person" and len(norms) == 1 and alias[:1].isupper()
                for v in variants:
                    key = (v, countries, sensitive and bares)
                    keyed[key] = _Alias(v, bares[-len(v):] if sensitive else None, cap_first,
                                        countries, entry, alias)
        index: dict[str, list[_Alias]] = {}
        for a in keyed.values():
            index.setdefault(a.norms[0], []).append(a)
        for items in index.values():
            items.sort(key=lambda a: (-len(a.norms), a.countries is None, -a.entry.priority))
        self._named_index = index

    def _aliases_of(self, entry: _Entry) -> Iterable[tuple[str, frozenset[str] | None]]:
        data = entry.data
        plain = list(data.get("aliases") or data.get("terms") or [])
        if entry.section in ("group", "person") and data.get("name_is_alias", True):
            plain.append(entry.name)
            if ": " in entry.name:  # ACLED's "ABBR: Full Name": the full name too (the
                plain.append(entry.name.split(": ", 1)[1])  # abbreviation only if listed)
        for alias in plain:
            if isinstance(alias, dict):
                countries = alias.get("countries")
                yield str(alias["text"]), frozenset(c.upper() for c in countries) if countries else None
            else:
                yield str(alias), None

    # ----------------------------------------------------------------- introspection

    def stats(self) -> dict[str, int]:
        """How much the registry knows: groups, people, state bodies, aliases, role heads."""
        return {
            "groups": len(self.groups),
            "people": len(self.people),
            "state_bodies": len(self.state_bodies),
            "contextual": len(self.contextual),
            "aliases": sum(len(v) for v in self._named_index.values()),
            "role_heads": sum(len(v) for v in self._role_index.values()),
        }

    # ----------------------------------------------------------------- public API

    def resolve(self, text: str, *, country_code: str | None = None) -> Actor | None:
        """The canonical actor an actor phrase names, or None when it does not say.

        ``country_code`` (alpha-3) is the document's or event's country: it fills role
        templates the phrase leaves without a country ("the regime", "police",
        "civilians") and selects country-specific readings ("SNA" in Somalia).
        """
        if not text or not text.strip():
            return None
        cc = country_code.strip().upper() if country_code else None
        if cc and len(cc) != 3:  # alpha-2 or a name: the registry speaks alpha-3
            found = self._place(cc, False)
            cc = found[0] if found else None
        return self._resolve_cached(text.strip(), cc or None)

    def fighting_militia(self, word: str, country_code: str | None = None) -> Actor | None:
        """The unnamed militia a word before a fight tells of, on both sides ("clan fighting",
        "communal clashes"): the role whose ``fighting_words`` hold it."""
        role = next((r for r, spec in self.roles.items() if word.lower() in spec.get("fighting_words", ())), None)
        return self._template(role, country_code, f"fighting word '{word}'") if role else None

    def role(self, role: str, country_code: str | None, how: str) -> Actor | None:
        """The actor a role of the registry makes in a country ("unidentified" in NGA: Unidentified
        Armed Group (Nigeria)), for a doer the words name only by what it did."""
        return self._template(role, country_code, how)

    def state_of(self, country: str, violent: bool) -> Actor | None:
        """Who acts for a country named as a whole ("Russia shelled ...", "Russia said ..."): its army
        in violence, its government otherwise; None for a word that names no country ("Jihadists")."""
        if self._place(country, False) is None:
            return None
        return self.resolve(f"{country} {'military' if violent else 'government'}")

    def at_event(self, actor: Actor, event_country_code: str | None, on: date | None = None,
                 violent: bool = False) -> Actor:
        """ACLED's rule for forces abroad: state forces or police of country X acting in
        another country are external forces (inter 8). A group that took power (``state_from``
        in the registry: the Taliban from 15 August 2021) acts from then on as its country's
        forces in violence and as its government otherwise. Everything else is unchanged."""
        group = self.groups.get(actor.name)
        since = group.data.get("state_from") if group is not None else None
        if isinstance(since, str):  # a user's file may quote the date
            since = date.fromisoformat(since)
        if since is not None and on is not None and actor.country_code and on >= since:
            state = self.state_of(self.country_name(actor.country_code), violent)
            if state is not None:
                actor = replace(state, matched=f"{actor.matched}; in power from {since} ({state.name})")
        if (
            actor.kind in ARMED_STATE_KINDS
            and actor.country_code
            and event_country_code
            and actor.country_code.upper() != event_country_code.strip().upper()
            and actor.inter != 8
        ):
            return replace(actor, inter=8)
        return actor

    # ----------------------------------------------------------------- countries

    def _place(self, text: str, adjective_ok: bool) -> tuple[str, str, bool] | None:
        """(alpha-3, country name, plural demonym?) for a country name, code or nationality
        adjective: "Syria", "U.S." -> USA, "Syrian" -> SYR, "Iraqis" -> IRQ (plural)."""
        key = f"{int(adjective_ok)}|{text}"
        if key in self._place_cache:
            return self._place_cache[key]
        found = None
        gaz = self.gazetteer
        place = gaz.country(text)
        plural = False
        if place is None and adjective_ok:
            place = gaz.country_for_adjective(text)
            if place is not None and text.endswith("s") and len(text) > 4:
                singular = gaz.country_for_adjective(text[:-1])
                plural = singular is not None and singular.country_code == place.country_code
        if place is not None and getattr(place, "country_code", None):
            found = (place.country_code.upper(), place.country, plural)
        self._place_cache[key] = found
        return found

    def people_of(self, word: str) -> str | None:
        """The alpha-3 code of the country whose people a plural demonym names ("Palestinians" -> PSE)."""
        found = self._place(word, True)
        return found[0] if found is not None and found[2] else None

    def country_name(self, code: str) -> str | None:
        """The name a country takes in an actor name: "Syria", "the United States"."""
        code = code.upper()
        if code not in self._name_cache:
            name = self.country_names.get(code)
            if name is None:
                found = self._place(code, False)
                name = found[1] if found else None
            self._name_cache[code] = name
        return self._name_cache[code]

    # ----------------------------------------------------------------- reading a phrase

    def _read(self, text: str, cc: str | None) -> _Reading | None:
        toks = _tokenize(text, self.spellings)
        if not toks:
            return None
        excluded, sponsor_toks, sponsor_end, pro_start = self._compounds(toks)
        named = self._find_named(toks, cc, sponsor_end, pro_start)
        taken = _covered(named)
        places = self._find_places(toks, taken | excluded)
        taken |= _covered(places)
        segments = self._segments(toks, taken)
        roles = self._find_roles(toks, taken | excluded | sponsor_toks)
        return _Reading(toks, named, places, roles, segments, excluded, sponsor_toks)

    @staticmethod
    def _compounds(toks: list[_Tok]) -> tuple[set[int], set[int], set[int], set[int]]:
        """Tokens of "pro-X"/"anti-X" compounds (excluded) and of "X-backed" compounds
        (sponsors); plus where sponsor compounds' X ends and pro/anti compounds' X starts."""
        excluded: set[int] = set()
        sponsor: set[int] = set()
        sponsor_end: set[int] = set()
        pro_start: set[int] = set()
        by_word: dict[int, list[int]] = {}
        for i, t in enumerate(toks):
            by_word.setdefault(t.word, []).append(i)
        for idxs in by_word.values():
            if len(idxs) < 2:
                continue
            norms = [toks[i].norm for i in idxs]
            if norms[0] in _PRO_ANTI:
                excluded.update(idxs)
                pro_start.add(idxs[1])
            for k in range(1, len(idxs)):
                if norms[k] in _SPONSOR_SUFFIX:
                    sponsor.update(idxs[: k + 1])
                    sponsor_end.add(idxs[k - 1])
                elif norms[k] in _AFFIL_SUFFIX:
                    sponsor.update(idxs[: k + 1])  # not an owner country either
        return excluded, sponsor, sponsor_end, pro_start

    def _find_named(self, toks: list[_Tok], cc: str | None, sponsor_end: set[int],
                    pro_start: set[int]) -> list[_Match]:
        found: list[_Match] = []
        n = len(toks)
        for i, tok in enumerate(toks):
            if tok.punct:
                continue
            for alias in self._named_index.get(tok.norm, ()):
                k = len(alias.norms)
                if i + k > n or tuple(t.norm for t in toks[i:i + k]) != alias.norms:
                    continue
                if alias.bares is not None and tuple(t.bare for t in toks[i:i + k]) != alias.bares:
                    continue
                if alias.cap_first and not tok.cap:
                    continue
                if alias.countries is not None and cc not in alias.countries:
                    continue
                if (i + k - 1) in sponsor_end or i in pro_start:
                    continue  # "U.S.-backed", "anti-IS": not this actor
                if alias.entry.section == "contextual" and self._contextual_target(alias.entry, cc) is None:
                    continue
                found.append(_Match(i, i + k, "named", alias.entry, alias.text))
                break  # longest (and most specific) alias at this position
        return _greedy(found)

    def _find_places(self, toks: list[_Tok], taken: set[int]) -> list[_Match]:
        found: list[_Match] = []
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if i in taken or tok.punct or not self._place_start_ok(tok):
                i += 1
                continue
            hit = None
            # longest run first: "Central African Republic", "Democratic Republic of the Congo"
            j_max = i
            while (j_max + 1 < n and j_max + 1 - i < 6 and j_max + 1 not in taken
                   and not toks[j_max + 1].punct
                   and (toks[j_max + 1].cap or toks[j_max + 1].norm in _CONNECTORS)
                   and not toks[j_max].poss
                   and toks[j_max + 1].norm not in self._role_singles
                   and toks[j_max + 1].norm not in self.titles):
                j_max += 1
            for j in range(j_max, i - 1, -1):
                if toks[j].norm in _CONNECTORS:
                    continue
                key = tuple(t.norm for t in toks[i:j + 1])
                code = self.metonyms.get(key)
                if code is not None:
                    hit = _Match(i, j + 1, "place", code=code, alias=" ".join(t.raw for t in toks[i:j + 1]))
                    break
                # the words as written, possessive dropped: "Syria's" -> "Syria"
                phrase = " ".join(t.raw for t in toks[i:j + 1]) if toks[i].word != toks[j].word \
                    else "-".join(t.raw for t in toks[i:j + 1])
                if j == i and len(tok.bare) < 4 and tok.bare not in _COUNTRY_ACRONYMS:
                    continue  # "Is", "Al", "In" are also ISO codes: never alone
                found_place = self._place(phrase, adjective_ok=(j - i) < 3)
                if found_place is not None:
                    hit = _Match(i, j + 1, "place", code=found_place[0], alias=phrase,
                                 plural=found_place[2])
                    break
            if hit:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        return found

    def _place_start_ok(self, tok: _Tok) -> bool:
        if tok.norm in _CONNECTORS or tok.norm in _DETERMINERS or tok.norm in self.titles:
            return False
        if tok.norm in self._role_words:
            return False
        if tok.bare.isupper() and len(tok.bare) <= 4:
            return tok.bare in _COUNTRY_ACRONYMS  # "US", "UK", "DRC"; never "IS"
        return tok.cap and tok.norm not in self.non_state

    def _segments(self, toks: list[_Tok], taken: set[int]) -> list[_Segment]:
        segs: list[_Segment] = []
        start, cut = 0, None
        i, n = 0, len(toks)
        while i < n:
            tok = toks[i]
            hit = None
            if i not in taken and tok.nparts == 1:
                for words, kind in _CUE_FIRST.get(tok.norm, ()):
                    k = len(words)
                    if (tuple(t.norm for t in toks[i:i + k]) == words
                            and not any(j in taken for j in range(i, i + k))):
                        hit = (k, kind)
                        break
            if hit and i > start:
                segs.append(_Segment(start, i, cut))
                start, cut = i + hit[0], hit[1]
                i = start
            elif hit:  # a cue opening the phrase or right after another cue: skip it
                start, cut = i + hit[0], cut or (hit[1] if segs else None)
                i = start
            else:
                i += 1
        if start < n or not segs:
            segs.append(_Segment(start, n, cut))
        return segs

    def _find_roles(self, toks: list[_Tok], blocked: set[int]) -> list[_Match]:
        found: list[_Match] = []
        n = len(toks)
        for i, tok in enumerate(toks):
            if i in blocked or tok.punct:
                continue
            for norms, role, foreign in self._role_index.get(tok.norm, ()):
                k = len(norms)
                if i + k <= n and tuple(t.norm for t in toks[i:i + k]) == norms \
                        and not any(j in blocked for j in range(i, i + k)):
                    found.append(_Match(i, i + k, "role", role=role, alias=" ".join(norms), foreign=foreign))
                    break
        return found

    # ----------------------------------------------------------------- resolution

    def _resolve(self, text: str, cc: str | None) -> Actor | None:
        reading = self._read(text, cc)
        if reading is None:
            return None
        actor = self._resolve_segment(reading, 0, cc, depth=0)
        if actor is None and self._members_of_unarmed_body(reading):
            # "20 members of the opposition party": people of a body that bears no arms, as ACLED codes them
            return self._template("civilians", cc, "members of a body no actor names")
        return actor

    def _members_of_unarmed_body(self, r: _Reading) -> bool:
        """Whether the phrase tells of members ("members of the ruling party", "of the same family") of
        a body that is no state, armed or named actor: no name or capital, no role but civilians', no armed word."""
        norms = [t.norm for t in r.toks]
        of = next((i + 1 for i, (a, b) in enumerate(zip(norms, norms[1:])) if a in ("member", "members") and b == "of"), None)
        if of is None or any(t.cap for t in r.toks[of + 1:]):
            return False  # "members of the Ennahda party": a body with a name is itself the actor
        return not r.named \
            and all(self.roles[m.role].get("kind", m.role) == "civilians" for m in r.roles) \
            and not self._has_modifier(r.toks, self.non_state - self.political_mods)

    def _resolve_segment(self, r: _Reading, s: int, cc: str | None, depth: int) -> Actor | None:
        seg = r.segments[s]
        inside = lambda m: seg.start <= m.start < seg.end  # noqa: E731
        named = [m for m in r.named if inside(m)]
        roles = [m for m in r.roles if inside(m) and m.end <= seg.end]
        places = [m for m in r.places if inside(m)]
        head = max(roles, key=lambda m: (m.end, m.end - m.start)) if roles else None

        if named:
            # "Al-Sharaa's HTS", "Iran's IRGC": the possessor only qualifies what follows
            named = [m for m in named
                     if not (r.toks[m.end - 1].poss and any(o.start >= m.end for o in named))] or named
            best = max(named, key=lambda m: (m.end - m.start, m.start))
            # a country named before the group picks its reading there ("Afghanistan's Taliban" in a
            # report on Pakistan is not the Pakistani Taliban)
            owner = next((p.code for p in reversed(places) if p.end <= best.start and p.code), None)
            actor = self._named_actor(best, owner or cc, head if head and head.start >= best.end else None)
            if actor is not None:
                return actor

        nxt = r.segments[s + 1] if s + 1 < len(r.segments) else None
        tail = None
        if nxt is not None and nxt.cut in ("from", "affil", "member") and depth < 2:
            tail = self._resolve_segment(r, s + 1, cc, depth + 1)

        if head is None:
            # "Hungarian and Romanian officials": borrow the next conjunct's head
            if places and nxt is not None and nxt.cut == "coord" and depth < 2:
                nxt_roles = [m for m in r.roles if nxt.start <= m.start < nxt.end]
                if nxt_roles:
                    head = max(nxt_roles, key=lambda m: (m.end, m.end - m.start))
            if head is None:
                if tail is not None and (tail.kind not in STATE_ROLES | {"civilians", "protesters", "rioters"}
                                         or nxt.cut == "member"):
                    return tail  # "fighters loyal to the Islamic State", "two members of Iran's Revolutionary Guards"
                return self._bare_place(r, seg, places)

        role = head.role
        if role == "civilians":
            role = self._role_cue(r) or role  # "teachers on strike", "striking workers"
        spec = self.roles[role]
        kind = spec.get("kind", role)
        before = range(seg.start, min(head.start, seg.end))  # this conjunct's modifiers only
        words_before = [r.toks[i] for i in before if i not in r.excluded and not _in(i, r.named, r.places)]
        if kind in STATE_ROLES:
            if any(t.norm in _PRONOUNS for t in words_before):
                return None  # "its warplanes": whose?
            if self._has_modifier(words_before, self.non_state):
                return None  # "rebel forces", "Kurdish forces", "opposition fighters"
        # the owner country: named in the phrase, else a "from"/"loyal to" tail, else the caller
        # ("Syrian troops", "troops of Syria", "Civilians (Syria)"): the nearest before the head wins
        owners = [m for m in places if not _in_set(m, r.sponsor_toks)]
        before_head = [m for m in owners if m.start < head.start]
        owner = before_head[-1] if before_head else (owners[0] if owners else None)
        code = owner.code if owner else None
        how = f"{head.alias}+{owner.alias}" if owner else head.alias
        if code is None and tail is not None:
            if kind in STATE_ROLES and tail.kind not in STATE_ROLES | {"person"} and tail.kind != "civilians":
                return tail  # "a delegation from the National Coalition"
            code = tail.country_code
            how = f"{head.alias}+{tail.matched}"
        if code is None and cc is not None:
            # "warplanes" alone may be anyone's; "the regime's warplanes", "army helicopters" are not
            owned = any(m.start < head.start and m.role in STATE_ROLES for m in roles if m is not head)
            foreign = (head.foreign and not owned) \
                or any(i in r.sponsor_toks for i in range(seg.start, seg.end)) \
                or self._has_modifier(words_before, self.foreign_mods)
            if not (kind in STATE_ROLES and foreign):
                code = cc
                how = f"{head.alias}+country {cc}"
        return self._template(role, code, how)

    def _named_actor(self, m: _Match, cc: str | None, head: _Match | None) -> Actor | None:
        entry = m.entry
        assert entry is not None
        data = entry.data
        how = f"{entry.section} alias '{m.alias}'"
        if entry.section == "person":
            code = (data.get("country") or "").upper() or None
            if head is not None and code and self.roles[head.role].get("kind", head.role) in STATE_ROLES:
                return self._template(head.role, code, f"{how}+{head.alias}")  # "Assad's air force"
            if data.get("group"):
                target = self.groups.get(data["group"])
                if target is None:
                    return Actor(data["group"], None, "organization", None, how)
                return self._group_actor(target, cc, how)
            if code:
                return self._template(data.get("role", "government"), code, how)
            return Actor(entry.name, data.get("inter"), data.get("kind", "person"), None, how)
        if entry.section == "state_body":
            return self._template(data["role"], str(data["country"]).upper(), how)
        if entry.section == "contextual":
            target = self._contextual_target(entry, cc)
            if target is None:
                return None
            group = self.groups.get(target)
            if group is None:
                return None
            return self._group_actor(group, cc, f"contextual '{m.alias}' ({cc or 'default'})")
        return self._group_actor(entry, cc, how)

    def _group_actor(self, entry: _Entry, cc: str | None, how: str) -> Actor:
        data = entry.data
        redirect = (data.get("by_country") or {}).get(cc) if cc else None
        if redirect and redirect in self.groups and redirect != entry.name:
            entry, data = self.groups[redirect], self.groups[redirect].data
            how = f"{how} -> {redirect} in {cc}"
        kind = data.get("kind", "rebel")
        inter = data["inter"] if "inter" in data else DEFAULT_INTER.get(kind)
        country = data.get("country")
        return Actor(entry.name, inter, kind, country.upper() if country else None, how)

    @staticmethod
    def _contextual_target(entry: _Entry, cc: str | None) -> str | None:
        data = entry.data
        by_country = data.get("countries") or {}
        if cc and cc in by_country:
            return by_country[cc]
        return data.get("default")

    def _template(self, role: str, code: str | None, how: str) -> Actor | None:
        spec = self.roles.get(role)
        if spec is None:
            return None
        kind = spec.get("kind", role)
        inter = spec["inter"] if "inter" in spec else DEFAULT_INTER.get(kind)
        if code:
            country = self.country_name(code)
            if country:
                if "of {country}" in spec["name"] and code in self.country_articles:
                    country = "the " + country
                return Actor(spec["name"].format(country=country), inter, kind, code, how)
        bare = spec.get("bare")
        if bare:
            return Actor(bare, inter, kind, None, how)
        return None

    def _bare_place(self, r: _Reading, seg: _Segment, places: list[_Match]) -> Actor | None:
        """A phrase that is only a country: "Russia", "France", "the United States", "Moscow"."""
        if not places:
            return None
        last = places[-1]
        content = [i for i in range(seg.start, seg.end)
                   if r.toks[i].norm not in _DETERMINERS and not r.toks[i].punct]
        if content and all(last.start <= i < last.end for i in content) and not last.plural:
            return self._template("government", last.code, f"country '{last.alias}'")
        return None

    def _role_cue(self, r: _Reading) -> str | None:
        norms = [t.norm for t in r.toks]
        for cue, role in self._role_cue_index.items():
            k = len(cue)
            for i in range(len(norms) - k + 1):
                if tuple(norms[i:i + k]) == cue:
                    return role
        return None

    @staticmethod
    def _has_modifier(words: list[_Tok], vocab: set[str]) -> bool:
        norms = [t.norm for t in words]
        for i in range(len(norms)):
            if norms[i] in vocab or (i + 1 < len(norms) and f"{norms[i]} {norms[i + 1]}" in vocab):
                return True
        return False


# --------------------------------------------------------------------------- helpers

def _greedy(found: list[_Match]) -> list[_Match]:
    """Non-overlapping matches, longest first (then leftmost)."""
    chosen: list[_Match] = []
    used: set[int] = set()
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        span = set(range(m.start, m.end))
        if span & used:
            continue
        chosen.append(m)
        used |= span
    return sorted(chosen, key=lambda m: m.start)


def _covered(matches: list[_Match]) -> set[int]:
    return {i for m in matches for i in range(m.start, m.end)}


def _in(i: int, *groups: list[_Match]) -> bool:
    return any(m.start <= i < m.end for g in groups for m in g)


def _in_set(m: _Match, toks: set[int]) -> bool:
    return any(i in toks for i in range(m.start, m.end))
