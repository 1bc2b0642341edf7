"""From mentions to events: join what several sentences say of one event, code the rest.

The unit is ACLED's: one interaction between two actors at one place on one
day. Mentions of the same event ("air strikes ... kill 95" / "The bombing
Tuesday" / "More than half of the dead") join into one event; what is left
as background (old dates, habitual wording, a war's cumulative toll) is not
coded.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from ..codebook import VIOLENT_TYPES, load_codebook
from ..evaluate import great_circle_km
from ..records import Event
from ..resolve.actors import Actor, ActorRegistry
from ..resolve.geo import ResolvedPlace, country_place
from .mentions import (ARMED_KINDS, NOT_NAMES, Argument, Figure, Mention, SentenceFacts, added, clause_verb, generic_group,
                       infinitive, joined_clauses, retype_by_target, typed_by_actor, unknown_name, written_name)

_VIOLENT_FAMILIES = {"battle", "explosion", "violence"}
_HOME_GROUP_KINDS = {"rebel", "political_militia", "identity_militia"}  # armed groups fight where the registry puts them
_STATE_FORCE_KINDS = {"state_forces", "police"}
# What one mention may tell of an event that another told with it left untold.
_TOLD_FACTS = ("actor2", "place", "fatalities", "injuries", "civilians", "civilian_share", "source")
_NEAR_KM = 30.0  # "a village near Maiduguri": a named village this close is that one
_CROWD_KINDS = {"civilians", "protesters", "rioters"}  # people in a crowd, whichever way the words put them
# Violence told without its doer: ACLED codes the doer as an unidentified armed group.
_UNCLAIMED_TYPES = {"Explosions/Remote violence", "Violence against civilians"}
_UNKNOWN_ARMED_INTER = 3  # a named armed group not in the registry: a political militia until known better
_STATEMENT_LAG_DAYS = 7  # how long before the day it was told an act known only by that day may have been
_CLAIM_REACH = 8  # a claim or blame this many sentences after the violence it names, at most
_TOPIC_SENTENCES = 5  # a report of this many sentences is about a country, beyond what each event says
_UNIDENTIFIED = "unidentified armed group"  # the registry's role for a doer no one names
# Words capitalised only because they open a sentence: "Their radical lack of inhibition" names no one.
_CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@dataclass
class Draft:
    """An event being assembled from its mentions."""

    mentions: list[Mention]
    updates: list[tuple[str, Figure]] = field(default_factory=list)  # tolls told later, in sentences of their own
    doers_dead: list[Figure] = field(default_factory=list)  # the attackers' dead, told later in a sentence of its own

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def pick(self, attr: str):
        """The first mention's value that is set, with the mention that gave it. A side's actor,
        known or named, comes before words that name none ("a drone targeted a vehicle, killing
        two fighters of the SDF": the SDF were hit)."""
        told = [(getattr(m, attr), m) for m in self.mentions if getattr(m, attr)]
        if attr == "actor2":  # "a mob stormed homes, ransacking them": no side stands against itself
            doer, _ = self.pick("actor1")
            told = [pair for pair in told if doer is None or doer.actor is None or not same_actor(pair[0], doer)
                    or pair[0].text.lower() not in ("them", "it", "themselves")]
        if attr in ("actor1", "actor2"):  # a main told after the first ("officers traded fire with gang
            promoted = self.main if self.main is not self.mentions[0] else None  # members") names the sides
            told.sort(key=lambda pair: (not _counterpart(pair[0]), promoted is not None and pair[1] is not promoted))
        elif attr == "time":  # its own day before the day it was told on ("said Tuesday ... began on Monday")
            told.sort(key=lambda pair: pair[1].time_by_statement)
        elif attr == "place" and told and told[0][0].precision >= 3:
            # "the hijacking in Balochistan province ... took over the train near Sibi": the most precise place
            # told inside the first is where it happened
            first = told[0][0]
            inside = [pair for pair in told if pair[0].precision < first.precision
                      and pair[0].place.country_code == first.place.country_code
                      and (first.precision == 4 or pair[0].place.admin1 == first.place.admin1)]
            told = sorted(inside, key=lambda pair: pair[0].precision)[:1] + told
        return told[0] if told else (None, None)

    def figure(self, attr: str) -> Figure | None:
        """A count the event's mentions give: the first, plus those other mentions of its sentence
        give apart ("Seven soldiers were killed, while 20 assailants were neutralised in the counter-attack")."""
        total, carrier = self.pick(attr)
        if total is None:
            return None
        local = next((m for m in self.mentions if m.sentence is not carrier.sentence and getattr(m, attr) is not None
                      and not getattr(m, attr).update and m.place is not None and m.place.precision <= 2), None)
        if local is not None and (carrier.place is None or carrier.place.precision >= 3):
            # "missiles at Ukraine's two largest cities, killing at least eight ... In Kharkiv, ... killing
            # six": the toll told with the town is this event's, the lede's spans more than one
            total, carrier = getattr(local, attr), local
        victims, doer = carrier.actor2, self.pick("actor1")[0]
        for m in self.mentions:
            more = getattr(m, attr)
            if m is carrier or more is None or more.span[0] < total.span[1] and total.span[0] < more.span[1]:
                continue
            # "killing six insurgents in an exchange of fire. Two soldiers were also killed": in a battle,
            # the doers' own dead told apart add to the toll (ACLED counts both sides)
            own_side = self.has_family("battle") and m.actor1 is None and _same_side(m.actor2, doer)
            if m.sentence is carrier.sentence or not more.update and more.count.best is not None \
                    and (_doers_dead(m.actor2, victims) or own_side):
                total = added(total, more)
        for more in self.doers_dead if attr == "fatalities" else ():
            total = added(total, more)  # "... five soldiers were killed. The army said it had neutralized 17 insurgents"
        later = [(m.sentence.start, getattr(m, attr)) for m in self.mentions if m.sentence is not carrier.sentence]
        later += [(figure.span[0], figure) for name, figure in self.updates if name == attr]
        for _, more in sorted(((at, f) for at, f in later if f is not None and f.update and at > total.span[0]), key=lambda p: p[0]):
            if more.update == "revision" or (more.count.best is not None and total.count.best is not None
                                             and more.count.best < total.count.best):
                total = more  # "had risen to 10"; another source's lower toll, as ACLED keeps the lower
        return total

    def best_place(self) -> ResolvedPlace | None:
        """The most precise place its mentions give in the country the first one names: a lede's
        "in Balochistan" gives way to a later "near Sibi"."""
        places = [m.place for m in self.mentions if m.place is not None]
        if not places:
            return None
        home = [p for p in places if p.place.country_code == places[0].place.country_code]
        return min(home, key=lambda p: p.precision)

    @property
    def violent(self) -> bool:
        return any(m.violent for m in self.mentions)

    @property
    def main(self) -> Mention:
        """The mention that says what the event is: the first, or a more specific one of its family."""
        first = self.mentions[0]
        if first.entry.generic:
            # "Eight people were killed during a police operation ... Officers traded fire with gang members":
            # a fight between two armed sides says what the killing was
            return next((m for m in self.mentions if not m.entry.generic and m.family == first.family), None) \
                or next((m for m in self.mentions if m.family == "battle" and _armed(m.actor1) and _armed(m.actor2)), first)
        return first

    @property
    def family(self) -> str:
        return self.main.family

    def has_family(self, family: str) -> bool:
        return any(m.family == family or m.entry.family == family for m in self.mentions)


def _harmless_raid_is_looting(draft: Draft) -> None:
    """ "Gunmen stormed the market, looting foodstuffs and cattle. No casualties were reported": a raid
    that hurt no one and looted is looting (ACLED's Looting/property destruction), not an attack."""
    main, victim = draft.main, draft.pick("actor2")[0]
    looting = next((m for m in draft.mentions if m.entry.joins_violence and m.sentence is main.sentence
                    and m.event_type == "Strategic developments"), None)
    hurt = any(m.fatalities is not None and m.fatalities.count.best or m.injuries is not None for m in draft.mentions)
    if looting is not None and main.family == "violence" and not hurt and (victim is None or victim.actor is None):
        draft.mentions.remove(looting)
        draft.mentions.insert(0, looting)


def _typed_by_borrowed_doer(draft: Draft) -> None:
    """ "Demonstrators blocked highways and set fire to a police station ... 16 officers were injured in the
    clashes": an act told with no doer of its own takes the type its entry gives the doer the event borrows
    (crowds that clash are rioters), as it would have had the doer been told with it."""
    main, (doer, _) = draft.main, draft.pick("actor1")
    if main.actor1 is not None or doer is None or doer.actor is None or doer.actor.kind not in main.entry.actor_types:
        return
    change = main.entry.actor_types[doer.actor.kind]
    if "against" not in change:  # (typed only against some kinds of counterpart: the mention's own reading stands)
        typed_by_actor(main, change)


def _armed(argument: Argument | None) -> bool:
    return argument is not None and argument.actor is not None and argument.actor.kind in ARMED_KINDS


def compatible_family(a: str, b: str, crowd: bool = False) -> bool:
    """Whether two kinds of mention may tell one event; with ``crowd``, force used on a crowd
    in the same breath counts with the crowd's protest ("police opened fire on demonstrators")."""
    families = _VIOLENT_FAMILIES | ({"protest"} if crowd else set())
    return a == b or (a in families and b in families)


def named(argument: Argument | None) -> bool:
    """An actor the registry knows, or one the report names with a capital ("the APEC forum")."""
    if argument is None:
        return False
    words = [w for w in argument.text.split() if w.lower() not in NOT_NAMES]
    if argument.actor is None and words and words[0].lower() in _CALENDAR_WORDS:
        return False  # "May 1": a date the parser took for a subject
    owner = next((n for n, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if argument.actor is None and owner is not None and words[owner + 1:] and all(w.islower() for w in words[owner + 1:]) \
            and not _role_words(" ".join(words[owner + 1:])):
        return False  # "Ukraine's energy infrastructure": a thing its owner's name is written with, no name (but
        # "Arnor's foreign minister" is someone of a country the registry does not know)
    return argument.actor is not None or (not argument.is_place and not argument.common and any(w[:1].isupper() for w in words))


def _counterpart(argument: Argument | None) -> bool:
    """Whom a statement is aimed at: a known actor, or a name the phrase starts with ("the Comuneros
    del Sur"), not a thing that mentions one ("reforms and Bashir's ouster")."""
    return argument is not None and (argument.actor is not None or named(argument) and unknown_name(argument))


def _take_missing(first: Mention, other: Mention, attrs: tuple[str, ...] = _TOLD_FACTS) -> None:
    """Gives the mention that stands for an event what only another mention of it told."""
    for attr in attrs:
        if getattr(first, attr) is None:
            setattr(first, attr, getattr(other, attr))


def _join_coordinated(mentions: list[Mention]) -> None:
    """One act told by two joined verbs of one kind ("intercepted and destroyed 14 drones overnight")
    is one event: the first verb takes what only the second was told with, and a day told within
    the two verbs' own words over the day of the statement that reports them."""
    for second in mentions:
        first = next((m for m in mentions if m is not second and not m.dropped and second.head.dep_ == "conj"
                      and second.head.head.i == m.head.i and m.sub_event_type == second.sub_event_type
                      and m.plover == second.plover), None)
        if first is None:
            continue
        _take_missing(first, second, ("actor1", "actor2", "place", "fatalities", "injuries", "civilians", "source"))
        told = first.sentence.char_span(list(first.head.subtree))
        if second.time is not None and (first.time is None or not told[0] <= first.time.start < told[1]):
            first.time, first.time_inherited = second.time, second.time_inherited
        second.dropped = f"same act as '{first.head.text}', told with it"


def _same_or_untold(a: Argument | None, b: Argument | None) -> bool:
    """Counterparts of one unit: the same, or one side not told ("marched to parliament ... to protest
    against corruption" and the police who broke the march up are one protest)."""
    return not named(a) or not named(b) or same_actor(a, b)  # "to protest against corruption" names no one


def _same_kind(a: Mention, b: Mention) -> bool:
    """Two mentions of one kind of event: the same ACLED type, or one a political reading (PLOVER only)
    of the other ("signed" an AGREE, "a peace agreement" ACLED's Agreement)."""
    return a.event_type == b.event_type or a.event_type is None or b.event_type is None


def linked(a: Mention, b: Mention) -> bool:
    """Whether one trigger stands in the other's phrase or clause ("strikes ... have killed")."""
    return a.family == b.family or a.head in b.head.subtree or b.head in a.head.subtree \
        or joined_clauses(a.head, b.head)


def same_actor(a: Argument | None, b: Argument | None) -> bool:
    """Whether two actor phrases may be the same actor; a missing one fits anything."""
    if a is None or b is None:
        return True
    if a.actor is not None and b.actor is not None:
        return a.actor.name == b.actor.name
    return a.actor is None and b.actor is None and a.text.lower() == b.text.lower()


def _same_doer(a: Argument | None, b: Argument | None) -> bool:
    """:func:`same_actor`, where words that name no one fit whoever was told: "Ukrainian drones attacked
    the Belgorod region ... A drone hit a house in Shebekino" is one strike."""
    return same_actor(a, b) or any(x is not None and x.actor is None and x.common for x in (a, b))


def _told_in_sequence(a: Mention, b: Mention) -> bool:
    """Whether one of two triggers is told in a clause the other came after or before, with a subject
    of its own: of different kinds ("riots broke out after a police officer shot dead a teenager"); of
    one kind, when someone else did it or it was elsewhere ("aircraft struck Gaza after militants fired
    rockets into Israel"). Fighting is one fight: "attacked the town before soldiers repelled them".
    An act named after "after" or "before" that is no violence is its own too: "clashed with police after
    the arrest of Imran Khan"."""
    marks = load_codebook().sequence_marks
    for inner, outer in ((a, b), (b, a)):
        if not inner.violent and inner.family != outer.family and inner.head.dep_ == "pobj" \
                and inner.head.head.lower_ in marks and inner.head.head.head in outer.head.subtree:
            return True
    families = {a.family, b.family}
    if "battle" in families and not (families == {"battle", "violence"} and not same_actor(a.actor1, b.actor1)):
        return False  # but "troops killed 20 rebels after the group attacked a school" tells the rebels' attack too
    for inner, outer in ((a, b), (b, a)):
        clause = next((t for t in [inner.head, *inner.head.ancestors] if t.dep_ == "advcl"
                       and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children)
                       and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        if clause is not None and outer.head not in clause.subtree:
            return a.family != b.family or not same_actor(a.actor1, b.actor1) or _elsewhere(a, b)
    return False


def _elsewhere(a: Mention, b: Mention) -> bool:
    """Whether two mentions are placed in different places."""
    return a.place is not None and b.place is not None and a.place.place.name != b.place.place.name


def _resumed_fighting(drafts: list[Draft], course_verbs: set[str]) -> None:
    """Fighting told as going on again with no sides named ("The following day, fighting resumed in
    the Ain Zara district") is between the sides of the fighting told before it."""
    for n, draft in enumerate(drafts):
        main = draft.main
        verb = main.head.head if main.head.dep_ == "nsubj" else clause_verb(main.head)
        if main.family != "battle" or draft.pick("actor1")[0] is not None or verb.lemma_.lower() not in course_verbs:
            continue
        before = next((d for d in reversed(drafts[:n]) if d.main.family == "battle" and d.pick("actor1")[0] is not None), None)
        if before is not None:
            main.actor1, main.actor2 = before.pick("actor1")[0], before.pick("actor2")[0]
            main.both_sides = before.main.both_sides


def _killings_in_riots(drafts: list[Draft]) -> list[Draft]:
    """Police killing someone in a town where a riot was told that day is part of the riot ("Police shot
    dead a student in Kisumu, where protesters hurled stones"), as ACLED counts the riot's dead; the
    police stand against the rioters."""
    kept, riots = [], [d for d in drafts if d.first.event_type == "Riots"]
    for draft in drafts:
        doer, victim = draft.pick("actor1")[0], draft.pick("actor2")[0]
        place, time = draft.pick("place")[0], draft.pick("time")[0]
        force = doer is not None and doer.actor is not None and doer.actor.kind in ("police", "state_forces")
        riot = next((r for r in riots if place is not None and place.precision <= 2 and not any(
                     _told_in_sequence(m, o) for m in draft.mentions for o in r.mentions)  # not what set it off
                     and same_place(place, r.pick("place")[0]) and same_day(time, r.pick("time")[0])), None) \
            if force and draft.first.family == "violence" and (victim is None or victim.actor is None
                                                                or victim.actor.kind in _CROWD_KINDS) else None
        if riot is None:
            kept.append(draft)
            continue
        side = riot.pick("actor2")[0]
        if side is None or side.actor is None:
            for m in riot.mentions:
                m.actor2 = None if m.actor2 is side else m.actor2
            riot.main.actor2 = doer
        for m in draft.mentions:
            m.actor1 = m.actor2 = None  # the riot's sides are its own
        riot.mentions.extend(draft.mentions)
    return kept


def _one_per_place(mentions: list[Mention]) -> list[Mention]:
    """The same act told of towns joined by "and" ("strikes hit Sanaa and Saada, killing four in Sanaa")
    is one event per town, as ACLED codes it; a toll goes with the town it is told of, else the first."""
    twins = []
    for m in mentions:
        if m.dropped or not m.also_places:
            continue
        for place in m.also_places:
            twins.append(replace(m, place=place, fatalities=None, injuries=None, civilians=None,
                                 civilian_share=None, also_places=[]))
        m.also_places = []
    return twins


def _raid_that_arrested(mentions: list[Mention]) -> None:
    """ "Police raided the offices of opposition parties and detained a party leader": a raid by state
    forces that hurt no one and arrested people is how the arrest was made (ACLED's Arrests), no attack
    (the codebook's ``made_by``)."""
    for arrest in [m for m in mentions if m.entry.made_by and not m.dropped]:
        for raid in mentions:
            if raid.dropped or not raid.violent or raid.head.lemma_.lower() not in arrest.entry.made_by \
                    or not linked(raid, arrest) \
                    or raid.fatalities is not None or raid.injuries is not None:
                continue
            doer = raid.actor1
            if doer is not None and doer.actor is not None and doer.actor.kind in _STATE_FORCE_KINDS \
                    and same_actor(doer, arrest.actor1) and (raid.actor2 is None or raid.actor2.actor is None):
                raid.dropped = f"how '{arrest.sentence.char_span(arrest.trigger)}' was made: a raid that hurt no one"


def _one_volley(mentions: list[Mention]) -> None:
    """ "Russia launched 120 drones and 10 missiles at Ukraine overnight, killing four": weapons joined by "and"
    as what one verb sent are one attack; the first named stands for it, with what the others tell."""
    for other in mentions:
        first = next((m for m in mentions if m is not other and not m.dropped and other.head.dep_ == "conj"
                      and other.head.head in m.trigger and m.family == other.family == "explosion"), None)
        if first is None or other.dropped:
            continue
        _take_missing(first, other)
        other.dropped = f"fired in the same volley as '{first.sentence.char_span(first.trigger)}'"


def _launch_stopped(mentions: list[Mention]) -> None:
    """ "Houthi forces fired a missile at Marib, but it was intercepted by coalition air defences": a launch
    stopped in the same breath, hurting no one, is the one event of its stopping (Disrupted weapons use),
    with the launchers as its other side."""
    if any(m.fatalities is not None or m.injuries is not None for m in mentions):
        return  # "... shot down 35 of them, but debris killed two people": the launch did harm
    for stopper in [m for m in mentions if m.entry.thwarts and not m.dropped and not m.violent]:
        launch = next((m for m in mentions if m.family == "explosion" and not m.dropped and m.head.i < stopper.head.i
                       and m.fatalities is None and m.injuries is None and linked(m, stopper)), None)
        if launch is None:
            continue
        launch.dropped = f"the launch '{stopper.sentence.char_span(stopper.trigger)}' stopped"
        if stopper.actor2 is None or stopper.actor2.actor is None:
            stopper.actor2 = launch.actor1 or stopper.actor2
        stopper.place = stopper.place or launch.place
        stopper.time = stopper.time or launch.time


def _control_over_a_crowd(mentions: list[Mention]) -> None:
    """ "Supporters stormed Congress ... before security forces regained control": forces taking back a
    place from a crowd end its riot; no territory changes hands between armed groups."""
    crowd = any(_crowd_and_force(m, o) for m in mentions for o in mentions if not m.dropped and not o.dropped)
    for m in mentions:
        if crowd and not m.dropped and m.sub_event_type == "Government regains territory":
            m.dropped = "control taken back from a crowd: how its riot ended, not territory regained"


def _crowd_and_force(a: Mention, b: Mention) -> bool:
    """Whether one mention is a crowd's act and the other that of the forces who stood against it ("supporters
    stormed Congress ... before security forces regained control"): two sides, not one act."""
    if not (a.entry.violent and b.entry.violent) or "battle" not in (a.family, b.family):
        return False  # police arresting marchers, or shooting at rioters, is part of their protest or riot
    kinds = [m.actor1.actor.kind if m.actor1 is not None and m.actor1.actor is not None else None for m in (a, b)]
    force = {"state_forces", "police"}
    return kinds[0] in _CROWD_KINDS and kinds[1] in force or kinds[0] in force and kinds[1] in _CROWD_KINDS


def _role_words(text: str) -> bool:
    """Whether words name a role the registry fills with a country's actor ("foreign minister",
    "army"): asked of any one country, as the words themselves name none."""
    return ActorRegistry.default().resolve(text, country_code="USA") is not None


def _refines(place: ResolvedPlace, where: ResolvedPlace | None) -> bool:
    """Whether a place is a more precise one inside where an event was told: "near Kiryat Shmona" after
    "rockets at northern Israel", Zabarmari after "a village near Maiduguri"."""
    if where is None or place.precision >= where.precision or place.place.country_code != where.place.country_code:
        return False
    if where.precision == 2:
        return great_circle_km(place.place.latitude, place.place.longitude, where.place.latitude,
                               where.place.longitude) <= _NEAR_KM
    return where.precision == 4 or place.place.admin1 == where.place.admin1


def _crowd(argument: Argument | None) -> bool:
    return argument is not None and argument.actor is not None and argument.actor.kind in _CROWD_KINDS


def _same_crowd(a: Argument | None, b: Argument | None) -> bool:
    """Whether two phrases may name one crowd: "several hundred protesters" and "at least 21 people
    were arrested during the demonstration" are of one protest."""
    return a is not None and b is not None and a.actor is not None and b.actor is not None \
        and a.actor.kind in _CROWD_KINDS and b.actor.kind in _CROWD_KINDS and a.actor.country_code == b.actor.country_code


def _doers_dead(dead: Argument | None, victims: Argument | None) -> bool:
    """Whether those a later sentence tells killed are the attackers, not the victims already counted:
    "killing three policemen ... Police said five attackers were killed in the retaliatory fire"."""
    if dead is None or (victims is not None and same_actor(dead, victims) and victims.actor is not None):
        return False
    words = {w.lower().rstrip("s") for w in dead.text.split()}
    return bool(words & load_codebook().casualties["doer_nouns"])


def _same_side(dead: Argument | None, doer: Argument | None) -> bool:
    """Whether the dead a mention tells are of the doer's own forces: "two soldiers" of an army's raid."""
    return dead is not None and doer is not None and dead.actor is not None and doer.actor is not None \
        and dead.actor.name == doer.actor.name


def same_place(a, b) -> bool:
    if a is None or b is None:
        return True
    if a.place.country_code != b.place.country_code:
        return False
    if a.precision >= 3 or b.precision >= 3:
        return True
    return a.place.name == b.place.name


def _told_by(told: Mention | None, m: Mention) -> bool:
    """Whether a mention's own day can be that of an event known only by the day it was told ("the
    army said Tuesday its troops had fought off an assault ... The attack began on Monday"): up to a
    week before it."""
    if told is None or not told.time_by_statement or m.time is None or m.time_inherited or m.time_by_statement:
        return False
    return 0 <= (told.time.date_start - m.time.date_end).days <= _STATEMENT_LAG_DAYS


def same_day(a, b) -> bool:
    if a is None or b is None:
        return True
    return a.date_start <= b.date_end and b.date_start <= a.date_end


class EventBuilder:
    """Turns the mentions of one document into event records."""

    def __init__(self, doc_id: str, published: date | None, actors: ActorRegistry, main_country: str | None = None,
                 dateline: ResolvedPlace | None = None) -> None:
        self.doc_id = doc_id
        self.published = published
        self.actors = actors
        self.main_country = main_country  # the country the report is mostly about, for events told with no place
        self.dateline = dateline  # where the report was filed ("NARATHIWAT, Thailand -- ...")
        self.unkept: list[tuple[str, str]] = []  # (trigger, why): drafts that became no event, for explain
        self.long_report = False  # long enough to have a topic country beyond what one event says
        self.denied: set[str] = set()  # groups the report says denied a part in what it tells

    def build(self, sentences: list[tuple[list[Mention], SentenceFacts]]) -> list[Event]:
        self.long_report = len(sentences) >= _TOPIC_SENTENCES
        drafts: list[Draft] = []
        self.denied = {facts.denier.actor.name for _, facts in sentences if facts.denier is not None}
        for mentions, facts in sentences:
            live = [m for m in mentions if not m.dropped]
            _join_coordinated(live)
            self._absorb_generic(live)
            _raid_that_arrested(live)
            _one_volley(live)
            _launch_stopped(live)
            live += _one_per_place(live)
            _control_over_a_crowd(live)
            for m in sorted(live, key=lambda m: m.entry.joins_violence):  # burnings last: they join the violence told
                if m.dropped:
                    continue
                self._place_in_drafts(m, drafts)
            if not any(m.violent for m in live):
                # a toll told with no violence of its own ("114 people were arrested; at least 20 were
                # injured") is of the violence or protest already told; figures in a sentence whose own
                # trigger was dropped are that trigger's
                self._attach_facts(facts, drafts)
            if facts.claimant is not None and facts.claimant.actor.name not in self.denied:
                self._claim(facts.claimant, facts.sentence.index, drafts)
        _resumed_fighting(drafts, load_codebook().course_verbs)
        drafts = _killings_in_riots(self._merge_units(drafts))
        for draft in drafts:
            _harmless_raid_is_looting(draft)
            _typed_by_borrowed_doer(draft)
        events = [self._event(d) for d in drafts]
        events = [e for e in events if e is not None]
        return events

    # -- one sentence ---------------------------------------------------------------
    def _absorb_generic(self, mentions: list[Mention]) -> None:
        """A generic trigger ("attack", "killed") in a sentence with a specific one is the same event."""
        for setting in [m for m in mentions if m.family == "protest" and m.head.dep_ == "pobj"
                        and m.head.head.lower_ in ("at", "during", "outside", "near")]:
            # "a suicide bomber blew himself up at an election rally": the gathering is where armed men struck
            # (force used on a rally by police or soldiers is still its intervention)
            struck = clause_verb(setting.head)
            if any(v is not setting and v.violent and not v.dropped and clause_verb(v.head) == struck
                   and _armed(v.actor1) and v.actor1.actor.kind not in _STATE_FORCE_KINDS for v in mentions):
                setting.dropped = "the gathering an armed attack struck: where, not a protest"
        for inner in mentions:
            # "a barrage of Katyusha rockets": the weapons a measure of fire is of are that fire
            outer = next((m for m in mentions if m is not inner and not m.dropped and inner.head.dep_ == "pobj"
                          and inner.head.head.lower_ == "of" and inner.head.head.head == m.head
                          and m.family == inner.family), None)
            if outer is not None and not inner.dropped:
                inner.dropped = f"same event as '{outer.sentence.char_span(outer.trigger)}'"
        absorbed: dict[int, Mention] = {}  # a generic already told as part of a host stands for that host
        for generic in [m for m in mentions if m.entry.generic or m.entry.part_of]:
            others = [m for m in mentions if m is not generic and (not m.dropped or id(m) in absorbed) and linked(m, generic)
                      and (compatible_family(m.family, generic.family, crowd=True) or m.family in generic.entry.part_of)
                      and (not m.entry.generic or m.head.i < generic.head.i) and not _crowd_and_force(m, generic)
                      and absorbed.get(id(m)) is not generic  # not what it has itself taken in
                      and not _told_in_sequence(m, generic)]
            if not others:
                continue
            nearest = min(others, key=lambda m: abs(m.head.i - generic.head.i))
            host = absorbed.get(id(nearest), nearest)
            if host is generic:
                continue
            absorbed[id(generic)] = host
            if host.family in generic.entry.part_of:
                # police arresting marchers: the marchers stay actor1, the police are the other side
                generic.actor1, generic.actor2 = generic.actor2, generic.actor1
            mover = generic.actor2 if generic.entry.object_is_actor1 else generic.actor1  # police who dispersed the crowd
            if mover is not None and host.span[0] >= mover.span[0] and host.span[1] <= mover.span[1]:
                mover = None  # "strikes ... have killed": the subject of killing is the host itself
            if mover is not None and generic.entry.object_is_actor1:
                # the police who broke up the rally stand against its crowd ("against a new tax" names no one)
                host.actor2 = host.actor2 if host.actor2 is not None and host.actor2.actor is not None else mover
                if host.actor1 is None and host.crowd_told_before and generic.actor1 is not None:
                    # "fired tear gas to disperse protesters": the crowd is told here after all
                    host.actor1, host.anaphoric, host.crowd_told_before = generic.actor1, generic.anaphoric, False
                elif host.actor1 is None:  # "to scatter traders trying to march": the traders
                    host.actor1, host.anaphoric = generic.actor1, host.anaphoric or generic.anaphoric
            elif host.actor1 and mover and (host.actor2 is None or host.actor2.actor is None) \
                    and not same_actor(host.actor1, mover):
                host.actor2 = mover
            elif host.actor1 is None and mover is not None:
                host.actor1 = mover
            elif host.actor1 is not None and host.actor1.actor is None and not named(host.actor1) \
                    and mover is not None and mover.actor is not None and not host.entry.actor1_role \
                    and not (host.actor2 is not None and same_actor(mover, host.actor2)):
                # "Boko Haram attacked a base ..., adding that troops repelled the attack": the attack's words
                # stand for its doer, whom the attacking verb names
                host.actor1 = mover
            told_of = next((p for p in host.also_places if generic.place is not None and p.place == generic.place.place
                            and (generic.fatalities or generic.injuries)), None)
            if told_of is not None:  # "hit Saada and Sanaa, killing four in Sanaa": the toll is Sanaa's
                host.also_places = [host.place if p is told_of else p for p in host.also_places]
                host.place = generic.place
            target = host.actor2
            struck_place = generic.actor2 is not None and generic.actor2.actor is None and host.place is not None \
                and host.place.span[0] < generic.actor2.span[1] and generic.actor2.span[0] < host.place.span[1]
            # ("missile strikes hit Kharkiv": the town hit is where, not whom)
            _take_missing(host, generic, tuple(a for a in _TOLD_FACTS if not (a == "actor2" and struck_place)))
            if host.actor2 is not None and not named(host.actor2) and generic.actor2 is not None \
                    and generic.actor2.actor is not None and not (host.actor1 and same_actor(host.actor1, generic.actor2)):
                host.actor2 = generic.actor2  # "attacked a checkpoint ..., killing two soldiers": the soldiers' side
            if host.actor2 is not target and host.event_type == host.entry.event_type \
                    and not (host.actor1 and host.actor1.actor and host.actor1.actor.kind in host.entry.actor_types):
                retype_by_target(host, load_codebook())  # "stormed it, killing nine soldiers": a battle
            if host.entry.generic and generic.entry.instrument_words and generic.event_type != host.event_type:
                # "people were killed when warplanes bombed the market": the bombing tells what the killing was
                for attr in ("event_type", "sub_event_type", "plover_mode", "family"):
                    setattr(host, attr, getattr(generic, attr))
            for attr in ("fatalities", "injuries"):  # counts told apart in one sentence add up
                mine, theirs = getattr(host, attr), getattr(generic, attr)
                if mine is not None and theirs is not None and (theirs.span[1] <= mine.span[0] or mine.span[1] <= theirs.span[0]):
                    setattr(host, attr, added(mine, theirs))
            if host.time is None or host.time_inherited or (host.time_by_statement and generic.time is not None
                                                             and not generic.time_by_statement):
                # "killed nine people when they raided the district last week, the agency said on Monday": the
                # raid's own day, not the day it was told
                host.time, host.time_inherited = generic.time or host.time, generic.time_inherited if generic.time else host.time_inherited
                host.time_by_statement = host.time_by_statement and generic.time is None
            generic.dropped = f"same event as '{host.sentence.char_span(host.trigger)}'"

    def _place_in_drafts(self, m: Mention, drafts: list[Draft]) -> None:
        if m.claimed and self._latest(drafts, family=None, violent_only=True) is not None:
            m.dropped = "what a claim refers to, told before"  # the claimant is taken by _claim
            return
        if self._blamed_doer(m, drafts):
            return
        if m.crowd_told_before:
            protest = next((d for d in reversed(drafts) if d.has_family("protest") and same_day(m.time, d.pick("time")[0])
                            and same_place(m.place, d.pick("place")[0])), None)
            if protest is None:
                m.dropped = "what was dispersed is no crowd"
                return
            protest.mentions.append(m)  # "... marched toward the palace. Troops fired tear gas to block their path"
            return
        stopped = drafts[-1] if drafts and drafts[-1].first.entry.thwarts else None
        apart = any(t.lower_ in load_codebook().apart_words for t in m.sentence.span)
        if stopped is not None and m.family == "explosion" and not apart \
                and m.sentence.index - stopped.mentions[-1].sentence.index <= 1 \
                and same_day(m.time, stopped.pick("time")[0]) and (m.place is None or m.place.precision >= 3):
            # "Israel intercepted a missile launched from Yemen. The Houthis said they had fired a missile at
            # the airport": the missile stopped, and who fired it
            if not _counterpart(stopped.first.actor2) and m.actor1 is not None:
                stopped.first.actor2 = m.actor1
            stopped.mentions.append(m)
            return
        if m.target_family is not None and m.entry.event_type is None:
            # "The United States condemned the strike": the latest strike whose doer is known
            referent = next((d for d in reversed(drafts) if d.has_family(m.target_family)
                             and _counterpart(d.pick("actor1")[0])), None)
            if referent is not None and m.actor2 is None:
                actor1, _ = referent.pick("actor1")
                m.actor2 = actor1
        if m.target_told and m.entry.violent and m.target_family is not None:
            # "Troops repelled the assault": the defender's side of an attack already told
            referent = next((d for d in reversed(drafts) if d.has_family(m.target_family) or
                             compatible_family(d.family, m.target_family)), None)
            if referent is not None:
                if referent.pick("actor2")[0] is None and m.actor1 is not None:
                    referent.main.actor2 = m.actor1
                referent.mentions.append(m)
                return
        attack = next((d for d in reversed(drafts) if d.violent), None) if m.entry.joins_violence else None
        if attack is not None and m.entry.ends_violence and attack.pick("actor1")[0] is None:
            attack = None  # a withdrawal ends only violence whose doer is told: "a roadside bomb hit a bus ... as
            # the United States is withdrawing its troops" was not the Americans' bomb
        unnamed_doer = m.actor1 is not None and m.actor1.actor is not None and self._unidentified_actor(m.actor1.actor)
        if attack is not None and m.actor1 is not None and (self._fits(m, attack) or any(
                o.sentence is m.sentence and linked(o, m) and o.violent for o in attack.mentions)
                or unnamed_doer and m.sentence.index - attack.mentions[-1].sentence.index <= 1
                and self._fits(replace(m, actor1=None), attack)):
            # ("the gang set fire to 45 homes" after the Gran Grif gang's attack: the gang's)
            # "stormed the town, setting dozens of homes on fire": the burning is part of the attack told with it
            if m.actor2 is not None and m.actor2.actor is None:
                m.actor2 = None  # what was burnt is no party to the attack
            attack.mentions.append(m)  # "The assailants also set fire to granaries": part of their attack
            return
        told_with = drafts[-1] if drafts else None
        if told_with is not None and any(o.sentence is m.sentence and o.family == m.family == "battle" and linked(o, m)
                                         and same_actor(m.actor1, o.actor1) for o in told_with.mentions) \
                and not any(o.head is m.head for o in told_with.mentions):  # the same act in another town is its own
            told_with.mentions.append(m)  # "seized Lubero after hours of fighting with soldiers": one battle
            return
        latest = self._latest(drafts, family=m.family, violent_only=True) if m.violent and not apart else None
        refines = latest is not None and m.place is not None and (m.time is None or m.time_inherited) \
            and _refines(m.place, latest.best_place())
        latest = latest if m.place is None or refines else None
        toll, _ = latest.pick("fatalities") if latest is not None else (None, None)
        if latest is not None and named(m.actor1) and named(latest.pick("actor1")[0]) \
                and self._fits(replace(m, place=None) if refines else m, latest) \
                and (m.fatalities is None or toll is None or m.fatalities.count.best == toll.count.best) \
                and m.sentence.index > latest.mentions[-1].sentence.index \
                and m.sentence.paragraph - latest.mentions[-1].sentence.paragraph <= (3 if refines else 1):
            # "The strike hit a car near Bint Jbeil ... The Israeli military said it had targeted a Hezbollah
            # operative": violence told again with no place, by the doer of the violence just told, that day, is
            # its account ("killed six attackers ... and later killed 50 militants in airstrikes" tells two acts,
            # as do "killed dozens of militants elsewhere" and a toll of its own)
            latest.mentions.append(m)
            return
        if latest is not None and m.entry.generic and (m.actor1 is None or m.actor1.actor is None) \
                and same_day(m.time, latest.pick("time")[0]) \
                and m.sentence.index - latest.mentions[-1].sentence.index == 1 \
                and m.sentence.paragraph == latest.mentions[-1].sentence.paragraph:
            # "Assailants fired mortar rounds at the palace in Mogadishu. Two rounds fell on houses, killing one
            # civilian": a killing by no one and nowhere, told right after a blow that day, is that blow's toll
            latest.mentions.append(m)
            return
        lede = self._latest(drafts, family=None, violent_only=True) if m.violent and m.place is None else None
        if lede is not None and m.sentence.index - lede.mentions[-1].sentence.index == 1 \
                and m.sentence.paragraph - lede.mentions[-1].sentence.paragraph <= 1 \
                and _told_by(lede.pick("time")[1], m) and compatible_family(lede.family, m.family) \
                and (m.actor1 is None or m.actor1.actor is None or self._unidentified_actor(m.actor1.actor)
                     or same_actor(m.actor1, lede.pick("actor1")[0])):
            # "Jihadists killed at least 40 civilians in central Mali, officials said on Thursday. Gunmen on
            # motorcycles stormed the villages on Tuesday evening": the account of the act the lede told only by
            # the day it was reported, with its own day
            lede.mentions.append(m)
            return
        rally = drafts[-1] if drafts else None
        if rally is not None and m.family == rally.family == "protest" and m.place is None \
                and m.sentence.index - rally.mentions[-1].sentence.index == 1 \
                and same_day(m.time, rally.pick("time")[0]) and _crowd(m.actor1) and _crowd(rally.pick("actor1")[0]):
            # "thousands rallied in Tel Aviv on Saturday night. Police used water cannon against protesters who
            # blocked the highway": a crowd told right after a protest that day, with no place of its own, is that
            # protest's (and the force used on it, its intervention)
            rally.mentions.append(m)
            return
        latest = self._latest(drafts, family=None, violent_only=True)
        if latest is not None and m.violent and self._told_again_by_its_doers(m, latest):
            # "Jihadists killed at least 18 farmers ... The gunmen arrived on motorcycles and rounded up the
            # farmers": the doers told again with "the", in the next breath, tell how that attack went (what
            # the attack is stays as first told)
            for attr in _TOLD_FACTS:
                if latest.pick(attr)[0] is None and getattr(m, attr) is not None:
                    setattr(latest.main, attr, getattr(m, attr))
            m.dropped = "how the violence told just before went: its doers told again"
            return
        if m.anaphoric or not m.own_arguments:
            # "Tuesday's attack": the latest earlier event of its kind that it fits, of its very family
            # first ("air strikes ... as forces pressed an offensive. ... warplanes carried out the strikes")
            # ("Protesters clashed with security forces ... Two young men were shot dead": the riot's dead)
            fitting = [d for d in reversed(drafts) if self._fits(m, d) and compatible_family(
                d.family, m.family, crowd=not m.own_arguments and d.violent)]
            named_later = m.violent and m.actor1 is not None and m.actor1.actor is not None \
                and not self._unidentified_actor(m.actor1.actor)
            unnamed = next((d for d in reversed(drafts) if named_later and not fitting and d.family == m.family
                            and self._fits(replace(m, actor1=None), d) and self._doer_unknown(d)), None)
            if unnamed is not None:
                # "Gang members attacked Pont-Sonde ... The attack was carried out by the Gran Grif gang": the
                # doer the report names afterwards is who did it
                unnamed.main.actor1 = m.actor1
                unnamed.mentions.append(m)
                return
            target = next((d for d in fitting if d.family == m.family), fitting[0] if fitting else None)
            if target is not None:
                target.mentions.append(m)
                return
            kin = self._latest(drafts, m.family) if not m.entry.generic and m.place is not None \
                and m.place.precision <= 2 else None
            if kin is not None and kin.family == m.family and same_day(m.time, kin.pick("time")[0]):
                # "Strikes also targeted sites near Hodeidah": the same campaign's strikes on another town
                m.actor1 = m.actor1 or kin.pick("actor1")[0]
            elif not m.own_arguments or m.anaphoric and m.head.dep_ == "pobj" and m.head.head.lower_ in ("about", "over"):
                # "spoke with his counterpart about the fighting in Idlib": what was talked of, told as known
                m.dropped = "refers back to an event that was not found"
                return
        drafts.append(Draft([m]))

    def _told_again_by_its_doers(self, m: Mention, draft: Draft) -> bool:
        """Whether a violent act, told in the sentence right after a violent event, is done by doers the words
        name only as ones already told ("the gunmen", "the attackers", no name), on no other day or place."""
        doer = m.actor1
        words = doer.text.split() if doer is not None else []
        if doer is None or not doer.text.lower().startswith(("the ", "these ", "those ")) \
                or any(w[:1].isupper() for w in words[1:]) \
                or doer.actor is not None and not self._unidentified_actor(doer.actor):
            return False
        if m.sentence.index - draft.mentions[-1].sentence.index != 1 or not compatible_family(m.family, draft.family):
            return False
        if m.family != draft.family and m.actor2 is not None and not same_actor(m.actor2, draft.pick("actor2")[0]):
            return False  # "militants attacked an army post ... The attackers then shot dead 12 civilians": two events
        return self._fits(replace(m, actor1=None, time=None if m.time_by_statement else m.time), draft)

    def _blamed_doer(self, m: Mention, drafts: list[Draft]) -> bool:
        """ "Gunmen ambushed a convoy ... Officials blamed La Linea, an armed wing of the Juarez cartel": the
        group blamed right after violence by no one named is its suspected doer, no accusation of its own;
        blaming any armed side right after violence whose doer was told is no accusation either ("the White
        Helmets blamed Syrian government jets")."""
        blame_verbs = {phrase[0] for phrase in load_codebook().blame_phrases}
        unknown_group = m.actor2 is not None and m.actor2.actor is None and named(m.actor2)  # a group the registry lacks
        if m.family != "accuse" or m.head.lemma_.lower() not in blame_verbs or not (_armed(m.actor2) or unknown_group) \
                or m.actor2.actor is not None and m.actor2.actor.name in self.denied:
            return False  # a group that denied it is only accused: "blamed the PKK, which denied responsibility"
        latest = self._latest(drafts, family=None, violent_only=True)
        if latest is None or m.sentence.index - latest.mentions[-1].sentence.index > 1:
            return False
        doer, _ = latest.pick("actor1")
        if doer is None or doer.actor is None or self._unidentified_actor(doer.actor):
            if unknown_group or m.actor2.actor.kind not in ("state_forces", "police"):
                latest.main.actor1 = m.actor2
        m.dropped = "names the suspected doer of the violence just told"  # ("blamed Syrian government jets")
        return True

    def _latest(self, drafts: list[Draft], family: str | None, violent_only: bool = False,
                crowds: bool = False) -> Draft | None:
        """The latest draft of a family; ``violent_only`` keeps violence, and with ``crowds`` protests too
        ("... at least 24 protesters were injured")."""
        for draft in reversed(drafts):
            if violent_only and not (draft.violent or (crowds and draft.has_family("protest"))):
                continue
            if family is None or compatible_family(draft.family, family):
                return draft
        return None

    def _fits(self, m: Mention, draft: Draft) -> bool:
        place, _ = draft.pick("place")
        time, told = draft.pick("time")
        actor1, _ = draft.pick("actor1")
        return same_place(m.place, place) and (same_day(m.time, time) or _told_by(told, m)) \
            and (same_actor(m.actor1, actor1) or m.family == "protest" and _same_crowd(m.actor1, actor1))

    def _attach_facts(self, facts: SentenceFacts, drafts: list[Draft]) -> None:
        """Counts in a sentence with no trigger ("More than half of the dead were civilians")."""
        draft = self._latest(drafts, family=None, violent_only=True, crowds=True)
        if draft is None or facts.sentence.paragraph - draft.mentions[-1].sentence.paragraph > 2:
            return
        carrier = draft.mentions[-1]
        touched = False
        for attr in ("fatalities", "injuries", "civilians"):
            figures = getattr(facts, attr)
            if figures and all(getattr(m, attr) is None for m in draft.mentions):
                total = figures[0][1]
                apart = attr != "civilians" and not any(f.update for _, f in figures)  # not two sources' tolls
                for _, other in figures[1:] if apart else ():
                    total = added(total, other)  # "31 soldiers were hurt, while the Red Cross treated 40 protesters"
                setattr(carrier, attr, total)
                touched = True
            elif figures and figures[0][1].update:  # "By Tuesday the number of dead had risen to 10"
                draft.updates.append((attr, figures[0][1]))
            elif figures and attr == "fatalities" and draft.has_family("battle") \
                    and _doers_dead(Argument(figures[0][0].text, figures[0][1].span), draft.pick("actor2")[0]):
                draft.doers_dead.append(figures[0][1])  # the other side's dead, told apart
        if facts.civilian_share and all(m.civilian_share is None for m in draft.mentions):
            carrier.civilian_share = facts.civilian_share
            touched = True
        if touched and facts.source and all(m.source is None for m in draft.mentions):
            carrier.source = facts.source

    def _claim(self, claimant: Argument, sentence_index: int, drafts: list[Draft]) -> None:
        """ "Al Shabaab claimed responsibility": the attacker of the latest attack that had none (or the
        arsonists of the latest burning: "assailants set fire to classrooms ... Separatists claimed it"),
        told at most eight sentences before; a claim or blame further on is of the wider conflict."""
        draft = self._latest(drafts, family=None, violent_only=True) \
            or next((d for d in reversed(drafts) if d.main.event_type is not None), None)
        if draft is None or sentence_index - max(m.sentence.index for m in draft.mentions) > _CLAIM_REACH:
            return
        doer = draft.pick("actor1")[0]
        if doer is None or doer.actor is None or self._unidentified_actor(doer.actor):
            draft.main.actor1 = claimant  # the claim names who the "suicide bomber" or "gunmen" were

    # -- the ACLED unit ------------------------------------------------------------
    def _merge_units(self, drafts: list[Draft]) -> list[Draft]:
        """Drafts with the same type, actors, place and day are one event."""
        merged: list[Draft] = []
        for draft in drafts:
            for other in merged:
                if other.first.plover == draft.first.plover and _same_kind(other.first, draft.first) \
                        and self._same_unit(other, draft):
                    if other.first.event_type is None and draft.first.event_type is not None:
                        other.mentions[:0] = draft.mentions  # "signed a peace agreement": ACLED's type names it
                    else:
                        other.mentions.extend(draft.mentions)
                    break
            else:
                merged.append(draft)
        return merged

    def _same_unit(self, a: Draft, b: Draft) -> bool:
        typed = a.first.event_type is not None and b.first.event_type is not None
        if typed and a.first.sub_event_type != b.first.sub_event_type or a.pick("time")[0] is None or b.pick("time")[0] is None:
            return False
        doer = _same_doer if a.violent and b.violent else same_actor
        for attr, same in (("actor1", doer), ("actor2", _same_or_untold), ("place", same_place), ("time", same_day)):
            if not same(a.pick(attr)[0], b.pick(attr)[0]):
                return False
        return True

    def _political_country(self, actor1: Argument | None, actor2: Argument | None, main: Mention) -> ResolvedPlace | None:
        """Where a political act told with no place is coded: its doer's country; in a long report,
        where a doer with no country or a foreign one acts towards the country the report is about
        ("the United Nations urged the RSF", "Washington pledged support to Baghdad" in a story on
        Iraq), there. (A one-event summary is about its doer: "Moscow supports Serbia" is Russia's.)"""
        home, toward, topic = _country_of(actor1), _country_of(actor2), self.main_country
        if self.long_report and topic and home != topic and (home is None or toward == topic):
            place = country_place(topic, main.span)
            return replace(place, reason=f"no place told: a foreign or international actor acting towards the "
                                         f"country the report is about, {place.place.country}") if place else None
        return _home_country(actor1)

    # -- the record --------------------------------------------------------------
    def _event(self, draft: Draft) -> Event | None:
        main = draft.main
        time, place = draft.pick("time")[0], draft.best_place()
        actor1, actor2 = draft.pick("actor1")[0], draft.pick("actor2")[0]
        if self.dateline is not None and actor1 is not None and self.dateline.span[0] <= actor1.span[0] < self.dateline.span[1]:
            actor1 = None  # "NARATHIWAT, Thailand -- Insurgents ...": the dateline names no one
        if place is None and main.entry.event_type is not None and self.dateline is not None \
                and self.dateline.place.country_code == (self.main_country or self.dateline.place.country_code) \
                and (draft.first.sentence.index <= 1 or any(a is not None and a.actor is not None for a in (actor1, actor2))):
            place = self.dateline  # told with no place in the lede (or between known parties) of a report filed where it is about
        elif place is not None and place.precision == 4 and main.entry.event_type is not None and self.dateline is not None \
                and self.dateline.precision <= 2 and place.place.country_code == self.dateline.place.country_code \
                and draft.first.sentence.index <= 1:
            place = self.dateline  # "TBILISI, Georgia — Police in Georgia on Tuesday detained ...": the lede's act, where it was filed
        if main.entry.needs_target and not _counterpart(actor2):
            return self._unkept(draft, "no one it is aimed at")
        if main.entry.event_type is None and not named(actor1):
            return self._unkept(draft, "a political act needs a named actor")  # "she agreed with officials" is an opinion
        if main.entry.event_type is None and actor1 is not None and actor1.actor is not None \
                and actor1.actor.kind in ("civilians", "protesters"):
            return self._unkept(draft, "what a private person says or wants is no political event")  # "a student agreed"
        lede_toll = draft.first.sentence.index == 0 and draft.figure("fatalities") is not None
        if draft.violent and (actor1 is None or actor1.actor is None) and (place is None or place.precision >= 3) \
                and (place is None or (place.precision > 3 and not lede_toll) or actor2 is None or actor2.actor is None):
            # a known side hit in a known region will do, and in a country when the lede tells its dead
            # ("a drone attack by Iran-backed militants killed three US soldiers in Jordan")
            return self._unkept(draft, "violence with neither a known actor nor a town is too vague to code")
        if main.entry.needs_place and place is None:
            return self._unkept(draft, "no place told")
        if main.event_type == "Strategic developments" and actor1 is None and actor2 is None:
            return self._unkept(draft, "a development with no one doing it and no one it was done to")  # "the arrest"
        if draft.violent and actor1 is None and place is None:
            return self._unkept(draft, "violence with no actor and no place")
        if place is None and main.entry.event_type is None:
            place = self._political_country(actor1, actor2, main)
        elif place is None and main.entry.thwarts and _home_country(actor1) is not None:
            place = _home_country(actor1)  # "Israel intercepted a missile launched from Yemen": over Israel
        elif place is None and self.main_country:
            place = country_place(self.main_country, main.span)
            place = replace(place, reason=f"no place told: the country the report is about, {place.place.country}") if place else None
        elif place is None and actor1 is not None and actor1.actor is not None and actor1.actor.kind in _HOME_GROUP_KINDS:
            place = _home_country(actor1)  # a report that names no place: "ADF militants attacked a village" is in Congo
        event = Event(doc_id=self.doc_id, event_id="", plover=main.plover)
        evidence, reasons = event.evidence, event.reasons
        trigger = " ".join(t.text for t in main.trigger)
        reasons["event_type"] = f"'{trigger}' is a trigger of '{main.entry.id}' in the codebook" + (
            f", told in {len(draft.mentions)} mentions" if len(draft.mentions) > 1 else "")
        self._type(event, draft, main)
        evidence["event_type"] = list(main.span)
        if event.event_type:
            evidence["sub_event_type"] = list(main.span)
        evidence["plover"] = list(main.span)
        if event.plover_mode:
            evidence["plover_mode"] = list(main.span)
        country = place.place.country_code if place else None
        actor1, actor2 = (self._in_country(a, country) for a in (actor1, actor2))
        # the crowd its doer is, first: "villagers lynched two suspected thieves" is rioters against civilians
        actor1 = self._crowd(main.actor1_role, actor1, country, main)
        if actor1 is not None and actor2 is not None and actor1.actor is not None \
                and actor2.actor is not None and actor2.actor.name == actor1.actor.name and not main.both_sides:
            actor2 = None  # "its troops fought off ... fighting that killed nine soldiers and 30 of the attackers":
            # the words taken for the other side name the doer's own men among others, not whom they fought;
            # no one stands against, or talks to, itself
            if main.entry.event_type is None:
                return self._unkept(draft, "a political act aimed at its own doer")
        if main.family == "consult" and actor1 is not None and actor2 is not None and actor1.actor is not None \
                and actor2.actor is not None and actor1.actor.country_code \
                and actor1.actor.country_code == actor2.actor.country_code \
                and {actor1.actor.kind, actor2.actor.kind} <= {"government", "state_forces", "police"}:
            # "the president visited troops in the region": a state at work with its own forces, no talks
            return self._unkept(draft, "a state meeting its own forces or officials")
        # and fighting whose doer is told only by a word for any armed group ("suspected jihadists ambushed
        # a patrol") was fought by an unidentified one
        unclaimed = (event.event_type in _UNCLAIMED_TYPES and event.sub_event_type != "Air/drone strike"
                     or event.event_type == "Battles" and actor1 is not None) \
            and (actor1 is None or actor1.actor is None) and not named(actor1)
        if unclaimed:
            actor1 = self._unidentified(actor1, main, country)
        if event.event_type in _UNCLAIMED_TYPES | {"Battles"} and actor2 is not None and actor2.actor is None \
                and not named(actor2) and generic_group(actor2.text):
            actor2 = self._unidentified(actor2, main, country)  # "killed three suspected militants" in a gunfight
        for side, argument in (("actor1", actor1), ("actor2", actor2)):
            if argument is None:
                continue
            setattr(event, side + "_text", argument.text)
            evidence[side] = list(argument.span)
            if argument.actor is not None:
                resolved: Actor = self.actors.at_event(argument.actor, country, time.date if time else self.published,
                                                       draft.violent)
                setattr(event, side, resolved.name)
                setattr(event, side + "_inter", resolved.inter)
                if resolved.inter is not None:
                    evidence[side + "_inter"] = list(argument.span)
                abroad = " (state forces abroad: inter 8)" if resolved.inter == 8 != argument.actor.inter else ""
                reasons[side] = f"'{argument.text}' -> {resolved.name}: {resolved.matched}{abroad}"
            elif named(argument):
                # a named actor the registry does not know yet ("the X Force": X Force)
                setattr(event, side, written_name(argument) or " ".join(
                    w for n, w in enumerate(argument.text.split()) if n or w.lower() not in NOT_NAMES))
                if event.event_type in VIOLENT_TYPES:
                    setattr(event, side + "_inter", _UNKNOWN_ARMED_INTER)
                    reasons[side] = f"'{argument.text}': a named group the registry does not know, in violence: " \
                                    f"inter {_UNKNOWN_ARMED_INTER}, as ACLED codes militias it has no other record of"
        if unclaimed:
            reasons["actor1"] = f"no named doer ('{actor1.text}'): ACLED's unidentified armed group of the country"
        if place is not None:
            for key, value in place.fields().items():
                setattr(event, key, value)
                evidence[key] = list(place.span)
            reasons["location"] = f"{place.reason}; precision {place.precision}"
        if time is not None:
            event.event_date = time.date.isoformat()
            event.date_precision = time.precision
            evidence["event_date"] = evidence["date_precision"] = [time.start, time.end]
            if time.is_span:
                event.date_end = time.date_end.isoformat()
                evidence["date_end"] = [time.start, time.end]
            reasons["event_date"] = time.reason
        elif self.published is not None:
            event.event_date = self.published.isoformat()
            event.date_precision = "day"
            reasons["event_date"] = "no date told for this event: the publication date"
        if event.event_type is None and not main.entry.symmetric and event.actor1 is not None \
                and event.actor1 == event.actor2:  # "the group pressed its push"; the Taliban, once in power
            return self._unkept(draft, "aimed at its own doer")
        self._figures(event, draft)
        source = draft.pick("source")[0]
        if source:
            event.source, evidence["source"] = source[0], list(source[1])
        event.confidence = self._confidence(draft, event, time, place)
        event.event_id = self._event_id(main)
        event.summary = summary(event)
        return event

    def _unkept(self, draft: Draft, why: str) -> None:
        """Records why a draft became no event (shown by explain); returns None, for `return`."""
        self.unkept.append((" ".join(t.text for t in draft.main.trigger), why))
        return None

    def _in_country(self, argument: Argument | None, country: str | None) -> Argument | None:
        """"Police in Lakki Marwat": a force no country was known for when it was read, or one the
        words give no country of ("an army camp at Chinagodrar ... near the Malian border"), is that of
        the country the event happened in; so are civilians the words give no country of their own
        ("women and children" killed by Pakistani strikes in Paktika are Afghanistan's)."""
        if argument is None or country is None:
            return argument
        if argument.actor is not None:
            if argument.actor.country_code in (None, country):
                return argument
            bare = self.actors.resolve(argument.text)  # what the words alone name: no country for "assailants"
            if argument.actor.kind not in _CROWD_KINDS and not (
                    argument.actor.country_code == self.main_country and (bare is None or bare.country_code is None)):
                return argument  # a force the words name the country of ("Malian soldiers"), or one told before
            there = self.actors.resolve(argument.text, country_code=country)
            return replace(argument, actor=there) if there is not None else argument
        return replace(argument, actor=self.actors.resolve(argument.text, country_code=country))

    def _doer_unknown(self, draft: Draft) -> bool:
        doer, _ = draft.pick("actor1")
        return doer is None or doer.actor is None or self._unidentified_actor(doer.actor)

    def _unidentified_actor(self, actor: Actor) -> bool:
        unknown = self.actors.resolve(_UNIDENTIFIED, country_code=actor.country_code)
        return unknown is not None and unknown.name == actor.name

    def _unidentified(self, argument: Argument | None, main: Mention, country: str | None) -> Argument:
        """An attack or blast whose doer the report does not name ("suspected militants", or no
        one at all) is ACLED's Unidentified Armed Group of the country."""
        unknown = self.actors.resolve(_UNIDENTIFIED, country_code=country)
        if argument is not None:
            return Argument(argument.text, argument.span, unknown)
        return Argument(" ".join(t.text for t in main.trigger), main.span, unknown)

    def _crowd(self, role: str | None, argument: Argument | None, country: str | None, main: Mention) -> Argument | None:
        """Marchers are protesters and a mob is rioters, whatever the report calls them; a protest or
        riot told with no crowd named ("police broke up a rally") was still a crowd's, told by its word."""
        if role and argument is None and country is not None:
            argument = Argument(" ".join(t.text for t in main.trigger), main.span)
        if not role or argument is None or (argument.actor is not None and argument.actor.kind not in _CROWD_KINDS):
            return argument
        crowd = self.actors.resolve(role, country_code=country or (argument.actor.country_code if argument.actor else None))
        return Argument(argument.text, argument.span, crowd) if crowd is not None else argument

    def _type(self, event: Event, draft: Draft, main: Mention) -> None:
        event.event_type, event.sub_event_type = main.event_type, main.sub_event_type
        event.plover, event.plover_mode = main.plover, main.plover_mode
        escalation = main.entry.escalation
        if escalation:
            said = " ".join(" ".join(t.lemma_.lower() for t in m.sentence.span if not self._describes_a_thing(t))
                            for m in draft.mentions)
            for sub_type, cues in escalation.items():
                if any(f" {cue} " in f" {said} " for cue in cues):  # "tear gas", "open fire": whole words in a row
                    event.sub_event_type = sub_type

    @staticmethod
    def _describes_a_thing(token) -> bool:
        """Whether a word is inside a relative clause on something other than a crowd: "the collapse of
        the canopy that killed 15 people" tells what the protest is about, not what was done to it; or in
        what the crowd demands; or is what a crowd did of itself ("a crowd marched ... and dispersed in
        the afternoon")."""
        crowd_nouns = load_codebook().crowd_nouns
        if token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
            verb = token
            while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                verb = verb.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in crowd_nouns:
                return True
        aims = load_codebook().protest_aims  # "to demand the release of detained colleagues": what they want
        for demanded in (a for a in token.ancestors if a.dep_ in ("dobj", "prep") and a.head.pos_ == "VERB"
                         and a.head.lemma_.lower() in aims):
            if infinitive(demanded.head):
                return True
        clause = next((a for a in [token, *token.ancestors] if a.dep_ == "relcl"), None)
        return clause is not None and clause.head.lemma_.lower() not in crowd_nouns

    def _figures(self, event: Event, draft: Draft) -> None:
        fatal = draft.figure("fatalities")
        if fatal is not None:
            event.fatalities, event.fatalities_low, event.fatalities_high = fatal.count.best, fatal.count.low, fatal.count.high
            event.reasons["fatalities"] = (f"'{fatal.text}' read conservatively: best {fatal.count.best}, "
                                           f"low {fatal.count.low}, high {fatal.count.high}")
            for name in ("fatalities", "fatalities_low", "fatalities_high"):
                if getattr(event, name) is not None:
                    event.evidence[name] = list(fatal.span)
        injured = draft.figure("injuries")
        if injured is not None:
            event.injuries = injured.count.best if injured.count.best is not None else injured.count.high
            event.evidence["injuries"] = list(injured.span)
        civilians, _ = draft.pick("civilians")
        share, _ = draft.pick("civilian_share")
        if civilians is not None:
            event.civilian_fatalities = civilians.count.best
            event.evidence["civilian_fatalities"] = list(civilians.span)
        elif share is not None and event.fatalities is not None:
            event.civilian_fatalities = share[0].of(event.fatalities)
            event.evidence["civilian_fatalities"] = list(share[1])

    def _confidence(self, draft: Draft, event: Event, time, place) -> float:
        score = 0.35
        score += 0.15 if event.event_type else 0.0  # what ACLED codes leads what only PLOVER does
        score += 0.1 if event.actor1 else 0.0
        score += 0.05 if event.actor2 else 0.0
        score += 0.1 if place is not None and place.precision <= 2 else (0.05 if place else 0.0)
        score += 0.1 if time is not None else 0.0
        score += 0.1 if event.fatalities is not None else 0.0
        score += 0.05 * min(len(draft.mentions) - 1, 2)
        score -= 0.02 * min(draft.first.sentence.index, 10)
        return round(max(0.05, min(score, 0.99)), 3)

    def _event_id(self, main: Mention) -> str:
        digest = hashlib.sha1(f"{self.doc_id}|{main.span[0]}|{main.plover}".encode()).hexdigest()[:12]
        return f"{self.doc_id}:{digest}"


def _country_of(argument: Argument | None) -> str | None:
    return argument.actor.country_code if argument is not None and argument.actor is not None else None


def _home_country(actor: Argument | None) -> ResolvedPlace | None:
    """Where a statement or political act told with no place is coded: its doer's country
    ("Somalia's cabinet accused Ethiopia ..." -> Somalia), at country precision."""
    if actor is None or actor.actor is None or not actor.actor.country_code:
        return None
    home = country_place(actor.actor.country_code, actor.span)
    if home is None:
        return None
    return replace(home, reason=f"no place told: the country of '{actor.text}', {home.place.country}")


def summary(event: Event) -> str:
    """One line in the form event datasets use: "On 2014-11-25, A did X to B in P (R, C)."""
    what = event.sub_event_type or event.plover
    who = event.actor1 or "an unidentified actor"
    toward = "against" if event.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots") else "with"
    whom = f" {toward} {event.actor2}" if event.actor2 else ""
    where = ""
    if event.location:
        parts = [p for p in (event.admin1, event.country) if p and p != event.location]
        where = f" in {event.location}" + (f" ({', '.join(parts)})" if parts else "")
    toll = f"; {event.fatalities} killed" if event.fatalities is not None else ""
    when = f"On {event.event_date}, " if event.event_date else ""
    return f"{when}{who}: {what}{whom}{where}{toll}."
