"""The codebook: which words signal which event, loaded from ``data/codebook.yaml``.

Users extend it with their own YAML file of the same form, named by the
``EVENTWIRE_CODEBOOK`` environment variable; its entries are added after the
bundled ones and win ties.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


# ACLED's event types that are violence (the rest are demonstrations and developments).
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


@dataclass(frozen=True)
class Term:
    """One trigger: a sequence of lowercase lemmas and the part of speech it needs."""

    lemmas: tuple[str, ...]
    pos: str  # "noun" | "verb" | "any"
    entry_id: str


@dataclass
class Entry:
    """One event category of the codebook."""

    id: str
    plover: str
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_mode: str | None = None
    family: str = ""
    generic: bool = False
    needs_target: bool = False
    needs_place: bool = False
    needs_armed_actor: bool = False
    doer_kinds: list[str] = field(default_factory=list)  # "protesters blocked the road": only these doers make it one
    foreign_forces: bool = False  # "Kenyan police landed in Port-au-Prince": only forces arriving abroad
    code_future: bool = False
    patient_is_own: bool = False  # "jets were deployed": the object is the actor's own force
    target_in_phrase: bool = False  # "tariffs on U.S. exports": the counterpart is the one the target phrase names
    thwarts: bool = False  # "defused an IED": what it acts on did not happen
    object_nouns: list[str] = field(default_factory=list)  # "set up a base": the trigger's object must be one
    force_object: list[str] = field(default_factory=list)  # "sent soldiers": a trigger only for a force moved
    actor_object: list[str] = field(default_factory=list)  # "pressed Israel to withdraw", not "pressed its push"
    charge: list[str] = field(default_factory=list)  # "accused X of ...": what follows is a claim
    counterpart_prepositions: list[str] = field(default_factory=list)  # "recaptured Cadale from al-Shabaab"
    joins_violence: bool = False  # "The assailants also set fire to granaries": part of their attack
    ends_violence: bool = False  # "before the attackers withdrew": told with violence, it is how that ended
    symmetric: bool = False  # "Jordan and Britain agreed": each subject is the other's counterpart
    object_is_actor1: bool = False  # "police dispersed protesters": the protesters are the event's actor1
    sub_event_by_actor1: dict[str, str] = field(default_factory=dict)
    target_types: dict[str, dict[str, Any]] = field(default_factory=dict)  # a change may name its own crowd_nouns
    actor_types: dict[str, dict[str, str]] = field(default_factory=dict)
    told_as_aim: bool = False
    target_in_complement: bool = False  # "warned that ... on Iran": a statement's counterpart named in what it says
    escalation: dict[str, list[str]] = field(default_factory=dict)
    # cues in the clause that make it another kind of act, each with the type it becomes: "seized the
    # headquarters without a fight" hands territory over, "fired missiles ... in drills" shows force
    recast: list[dict[str, Any]] = field(default_factory=list)
    instruments: list[str] = field(default_factory=list)
    instrument_words: list[str] = field(default_factory=list)
    part_of: list[str] = field(default_factory=list)
    made_by: list[str] = field(default_factory=list)  # "police raided the offices and detained ...": how it was done
    actor1_role: str | None = None

    @property
    def violent(self) -> bool:
        return self.event_type in VIOLENT_TYPES


@dataclass
class Codebook:
    entries: dict[str, Entry]
    terms_by_first: dict[str, list[Term]]
    words_by_entry: dict[str, frozenset[str]]  # read once at load, for entry_words
    light_verbs: list[tuple[str, ...]]
    defence_verbs: list[tuple[str, ...]]
    armed_targets: set[str]
    civilian_sites: set[str]
    rival_words: set[str]
    unrealised_modifiers: set[str]
    charge_nouns: set[str]  # "detained on suspicion of organising protests": what follows is a charge
    past_modifiers: set[str]  # "detained for his role in recent protests": events gone by, as a whole
    framing_verbs: set[str]
    span_nouns: set[str]
    accident_verbs: set[str]
    disaster_nouns: set[str]
    armed_group_nouns: set[str]
    response_verbs: list[tuple[str, ...]]
    seized_goods: set[str]
    responsibility_phrases: list[tuple[str, ...]]
    deed_claims: list[tuple[str, ...]]
    denial_phrases: list[tuple[str, ...]]
    attribution_verbs: set[str]
    irrealis_governors: set[str]
    real_object_governors: set[str]
    thwarting_governors: set[str]
    struck_by_families: set[str]
    run_into_verbs: list[tuple[str, ...]]
    sent_by_verbs: set[str]
    crowd_nouns: set[str]
    protest_aims: set[str]  # "blocked the highway to demand support": a crowd that acts to press a demand protests
    command_verbs: set[str]  # "ordered the armed forces to neutralise the gangs": an order, not the act
    measure_nouns: set[str]  # "hours of talks", "a wave of strikes": the event stands where its measure does
    blame_phrases: list[tuple[str, ...]]
    sequence_verbs: set[str]  # "the ambush came a day after ...": one event dated from another
    sequence_marks: set[str]  # "riots broke out after police shot a teenager": two events
    operation_nouns: set[str]  # "killed during a police operation": the police did it
    course_verbs: set[str]  # "as fighting intensified": how a war goes, not an event
    interval_days: dict[str, int]
    carried_phrases: list[tuple[str, ...]]  # "armed with": what someone carried
    background_cues: list[tuple[str, ...]]
    cumulative_subjects: set[str]
    anaphoric_determiners: set[str]
    apart_words: set[str]
    casualties: dict[str, set[str]]
    noun_families: dict[str, str] = field(default_factory=dict)  # head noun -> event family
    base_of_form: dict[str, str] = field(default_factory=dict)  # "raped" -> "rape", "shot" -> "shoot"

    def noun_family(self, lemma: str) -> str | None:
        """The family of events a noun names ("strikes" -> explosion), if it names one."""
        return self.noun_families.get(lemma)

    def terms_at(self, lemma: str) -> list[Term]:
        """Terms starting with this lemma, longest first."""
        return self.terms_by_first.get(lemma, [])

    def entry_words(self, entry_id: str) -> frozenset[str]:
        """Every word of an entry's triggers: "cannon" and "gas" are the dispersal's own."""
        return self.words_by_entry.get(entry_id, frozenset())


def _words_by_entry(terms: dict[str, list[Term]]) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for term in (t for group in terms.values() for t in group):
        words.setdefault(term.entry_id, set()).update(term.lemmas)
    return {entry_id: frozenset(found) for entry_id, found in words.items()}


def _split(term: str) -> tuple[str, ...]:
    return tuple(term.lower().replace("-", " - ").split())


def _load_yaml(path) -> dict:
    return yaml.safe_load(path.read_text("utf-8")) or {}


# Codebook lists read as they are: word sets, and phrases split into their words.
_WORD_SETS = (
    "armed_targets", "civilian_sites", "rival_words", "unrealised_modifiers", "past_modifiers", "charge_nouns", "framing_verbs",
    "span_nouns", "accident_verbs", "disaster_nouns", "armed_group_nouns", "seized_goods", "attribution_verbs", "irrealis_governors",
    "real_object_governors", "thwarting_governors", "struck_by_families", "sent_by_verbs",
    "crowd_nouns", "protest_aims", "command_verbs", "measure_nouns", "sequence_verbs", "sequence_marks", "operation_nouns",
    "course_verbs", "cumulative_subjects", "anaphoric_determiners", "apart_words",
)
_PHRASE_LISTS = (
    "light_verbs", "defence_verbs", "response_verbs", "responsibility_phrases", "deed_claims", "denial_phrases",
    "run_into_verbs", "blame_phrases", "carried_phrases", "background_cues",
)


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """The bundled codebook, plus the user's file named by ``EVENTWIRE_CODEBOOK``."""
    sources = [_load_yaml(resources.files("eventwire").joinpath("data/codebook.yaml"))]
    user = os.environ.get("EVENTWIRE_CODEBOOK")
    if user:
        sources.append(_load_yaml(Path(user)))
    entries: dict[str, Entry] = {}
    terms: dict[str, list[Term]] = {}
    lists: dict[str, list] = {}
    for source in sources:
        for raw in source.get("events", []):
            raw = dict(raw)
            nouns, verbs, anys = raw.pop("nouns", []), raw.pop("verbs", []), raw.pop("any", [])
            entry = Entry(**raw)
            entry.family = entry.family or entry.id
            entries[entry.id] = entry
            for pos, words in (("noun", nouns), ("verb", verbs), ("any", anys)):
                for word in words:
                    lemmas = _split(word)
                    terms.setdefault(lemmas[0], []).append(Term(lemmas, pos, entry.id))
        for key, value in source.items():
            if key not in ("events", "version"):
                if isinstance(value, dict):
                    lists.setdefault(key, {}).update(value)
                else:
                    lists.setdefault(key, []).extend(value)
    noun_families: dict[str, str] = {}
    irregular = lists.get("irregular_forms", {})
    base_of_form = {form: base for base in terms for form in inflections(base, irregular.get(base, [])) if form != base}
    for bucket in terms.values():
        bucket.sort(key=lambda t: len(t.lemmas), reverse=True)
        for term in bucket:
            if term.pos == "noun":
                noun_families.setdefault(term.lemmas[-1], entries[term.entry_id].family)
    return Codebook(
        entries=entries,
        terms_by_first=terms,
        words_by_entry=_words_by_entry(terms),
        **{name: set(lists.get(name, [])) for name in _WORD_SETS},
        **{name: [_split(v) for v in lists.get(name, [])] for name in _PHRASE_LISTS},
        interval_days={k: int(v) for k, v in lists.get("interval_days", {}).items()},
        casualties={k: set(v) for k, v in lists.get("casualties", {}).items()},
        noun_families=noun_families,
        base_of_form=base_of_form,
    )


def inflections(base: str, irregular: list[str]) -> set[str]:
    """The forms a word takes in running text: "rape" -> rapes, raped, raping; plus irregular ones."""
    forms = {base, base + "s", base + "es"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
        if len(base) >= 3 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # "kidnapped", "shelling"
    return forms | set(irregular)
