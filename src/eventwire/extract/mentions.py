"""Event mentions: a trigger in one sentence and what its grammar says about it.

A mention is what one sentence says of an event: the words that signal it
(from the codebook), who did it to whom (from the dependency parse, passives
handled), where, when, how many were killed or hurt, and per whom. Mentions
that are not events (negated, quoted, forecast, habitual, a war's cumulative
toll) are kept with the reason, so ``explain`` can show why they were dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Token

from ..codebook import VIOLENT_TYPES, Codebook, Entry, Term, load_codebook
from ..nlp import Sentence
from ..resolve.actors import Actor, ActorRegistry
from ..resolve.gazetteer import Gazetteer
from ..resolve.geo import Clues, ResolvedPlace, country_place, geo_words, qualifier_fits, region_or_country, resolve_name
from ..resolve.time import (TimeExpression, after_event_words, calendar_names, find_time_expressions, spanning_prepositions,
                             toward_future)
from .quantities import Count, Share, number_value, parse_count, parse_share, vague_words

Span = tuple[int, int]
ARMED_KINDS = frozenset({"state_forces", "police", "rebel", "political_militia", "identity_militia", "external"})
BACKGROUND_DAYS = 31  # an event dated further back than this is history, not news
CUMULATIVE_TOLL = 1000  # dead told in the perfect with no day, this many or more, are a war's toll
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our"}
_FIRST_PERSON = {"we", "i", "us"}
_VICTIM_KINDS = ("civilians", "protesters")
_DESCRIPTION = "a description of an actor, not an event"  # "two men accused of witchcraft": no act of its own
_ARMED_GROUP_KINDS = ("rebel", "political_militia", "identity_militia")
# Words before a name that are no part of it ("the", "their"): "the Radaa Force" is named "Radaa Force"
NOT_NAMES = {"the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "these", "those",
             "it", "he", "she", "they", "we", "i", "you", "him", "them", "us"}
# "militants of the Jenin Battalion": who belong to a group, named by the group's name.
_MEMBER_NOUNS = {"members", "militants", "fighters", "gunmen", "militiamen", "combatants", "elements", "supporters",
                 "loyalists", "rebels", "insurgents", "units", "cadres", "member", "fighter", "militant"}
_PARTY_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound")  # where a clause names its counterpart
_FORCE_KINDS = ("state_forces", "police")
_PEOPLE_KINDS = ("civilians", "protesters", "rioters", "political_militia", "police")  # "seized gang members"
_QUANTITY_NOUNS = {"number", "amount", "handful", "couple", "dozen", "score", "lot", "host", "few"}  # "an unspecified number of"
_FROM_A_NAME = 9  # rank of a country read off a longer name ("the South Sudan People's Defence Forces"): the last resort
_QUOTES = {'"', "\u201c", "\u201d", "``", "''"}


@dataclass
class Argument:
    """An actor phrase as written, and the actor it resolves to (if any)."""

    text: str
    span: Span
    actor: Actor | None = None
    is_place: bool = False  # "struck the city of Raqqa": a place standing where a target would
    common: bool = False  # only common nouns, whatever their case: "Public health experts said"


@dataclass
class PlaceName:
    """A name that may be a place, and the regions or country written beside it."""

    tokens: list[Token]
    hint: str  # "place" or "admin1" ("the province of Kirkuk")
    tagged: bool  # the language model (or a qualifier) says it is a place
    qualifiers: tuple[str, ...] = ()
    within: PlaceName | None = None  # the town it is a part of: "the Sadr City district of Baghdad"
    division: bool = False  # its region word may name a lower division too: "the Ouallam department"


@dataclass
class Figure:
    """A count tied to the words that state it."""

    count: Count
    span: Span
    text: str = ""
    # how a toll told after the event's own stands to it: "revision" ("the number of dead had risen
    # to 10") replaces it; "total" ("police put the death toll at 11") is another count of the same
    # dead, of which ACLED keeps the lower
    update: str | None = None


@dataclass
class Mention:
    entry: Entry
    sentence: Sentence
    trigger: list[Token]
    event_type: str | None
    sub_event_type: str | None
    plover: str
    plover_mode: str | None
    family: str
    actor1: Argument | None = None
    actor2: Argument | None = None
    place: ResolvedPlace | None = None
    time: TimeExpression | None = None
    time_inherited: bool = False
    time_by_statement: bool = False  # the day it was told ("the army said Tuesday it had fought off"): by then
    history: bool = False  # dropped as of another time or as a war's total: its figures are no one else's
    goods: bool = False  # "seized explosives and suicide vests": what it took are things, and no events
    fatalities: Figure | None = None
    injuries: Figure | None = None
    civilians: Figure | None = None
    civilian_share: tuple[Share, Span] | None = None
    source: tuple[str, Span] | None = None
    target_family: str | None = None  # "condemned the strikes": the kind of event the statement is about
    target_told: bool = False  # that event is one already told ("the strikes", "the assault")
    anaphoric: bool = False
    perfect: bool = False
    future: bool = False
    sentence_dated: bool = False  # a date stands in the sentence or the one before (the story runs on)
    dropped: str | None = None
    everyday: bool = False  # an everyday verb no event ("people gathered at a water point"): it claims no date
    means: list[Token] = field(default_factory=list)  # triggers of what it was done by ("arrested ... in raids")
    actor1_role: str | None = None  # the crowd its doer is, whatever the words: "protesters", "rioters"
    claimed: bool = False  # what a claim names: "Islamic State claimed the bombing"
    aim: bool = False  # told as what a fact was for: "gathered ... to reject the results"
    also_places: list[ResolvedPlace] = field(default_factory=list)  # "hit Sanaa and Saada": one event each
    crowd_told_before: bool = False  # force used on no crowd it names: that of a protest already told, if any
    both_sides: bool = False  # one group told as both sides of a fight: "fighting between two rival clans"

    @property
    def violent(self) -> bool:
        """Whether it tells violence as it is typed now ("protesters set fire" is a riot)."""
        return self.event_type in VIOLENT_TYPES

    @property
    def span(self) -> Span:
        return self.sentence.char_span(self.trigger)

    verbal: bool = False  # the codebook term is a verb phrase ("opened fire"): its verb heads it

    @property
    def head(self) -> Token:
        if self.verbal:
            return self.trigger[0]
        return self.trigger[-1] if self.trigger[-1].pos_ in ("NOUN", "PROPN") else self.trigger[0]

    @property
    def own_arguments(self) -> bool:
        return bool(self.actor1 or (self.place and not self.time_inherited) or (self.time and not self.time_inherited))


@dataclass
class SentenceFacts:
    """What a sentence states apart from any trigger: counts, shares and attribution."""

    sentence: Sentence
    fatalities: list[tuple[Token, Figure]] = field(default_factory=list)
    injuries: list[tuple[Token, Figure]] = field(default_factory=list)
    civilians: list[tuple[Token, Figure]] = field(default_factory=list)
    civilian_share: tuple[Share, Span] | None = None
    source: tuple[str, Span] | None = None
    claimant: Argument | None = None  # "Al Shabaab claimed responsibility"
    denier: Argument | None = None  # "The Taliban denied involvement"


class MentionFinder:
    """Finds mentions in parsed sentences, using the codebook, actors, places and dates."""

    def __init__(self, codebook: Codebook, actors: ActorRegistry, published: date | None,
                 context_countries: dict[str, float], main_country: str | None, day_first: bool = True,
                 dateline: tuple[int, int] | None = None) -> None:
        self.codebook = codebook
        self.dateline = dateline  # the document characters of a dateline opening the report
        self.day_first = day_first  # how "3/5/2020" reads: 3 May (day first) or 5 March
        self.actors = actors
        self.published = published
        self.context_countries = context_countries
        self.main_country = main_country
        self.recent_groups: list[Argument] = []  # non-state armed actors, for "the group"
        self.recent_forces: dict[str, Actor] = {}  # the last state forces and police named, for "the troops"
        self.last_actor1: Argument | None = None
        self.last_person: Argument | None = None  # the last named person who led a sentence, for "he" and "she"
        self.people: dict[str, Actor] = {}  # a person's full name and surname -> the body they were told to speak for
        self.last_town: ResolvedPlace | None = None  # the last town an event was placed in, for "the town"
        self._violent = False  # whether the mention being read is violence (a country acts by its army)
        self.previous_dated = False  # whether the sentence before carried a date
        self.previous_time: TimeExpression | None = None  # its last date, for a sentence with none
        self.violence_time: TimeExpression | None = None  # the date of the last violence told, for "the ambush came after"
        self.previous_heading = False  # whether that sentence was a date alone, heading what follows ("12/26/2020:")

    # -- triggers ---------------------------------------------------------------
    def triggers(self, sentence: Sentence) -> list[tuple[Term, list[Token]]]:
        tokens = [t for t in sentence.span if not t.is_space]
        base_of = self.codebook.base_of_form
        # each word as the codebook may know it: its lemma, or the base its form comes from
        lemmas = [t.lemma_.lower() if self.codebook.terms_at(t.lemma_.lower()) else base_of.get(t.lower_, t.lemma_.lower())
                  for t in tokens]
        found: list[tuple[Term, list[Token]]] = []
        taken: set[int] = set()
        for i, token in enumerate(tokens):
            if token.i in taken or token.ent_type_ in ("DATE", "TIME"):
                continue
            for term in self.codebook.terms_at(lemmas[i]):
                n = len(term.lemmas)
                if tuple(lemmas[i:i + n]) == term.lemmas:
                    words = tokens[i:i + n]
                elif term.pos == "verb" and n > 1:
                    words = _with_modifiers(tokens, lemmas, i, term.lemmas)  # "took full control"
                    if words is None:
                        continue
                else:
                    continue
                if term.pos == "noun" and words[-1].pos_ not in ("NOUN", "PROPN"):
                    continue
                if term.pos == "verb" and words[0].pos_ != "VERB" and (n == 1 or words[0].pos_ not in ("NOUN", "ADJ")):
                    continue  # one verb word must be a verb; "shot dead" says it itself
                if any(w.i in taken for w in words) or term.pos != "verb" and any(
                        c.i in taken and c.dep_ == "compound" for c in words[0].children):
                    continue  # "fired tear gas shells": the shells are the tear gas's, no shelling
                if not self._object_fits(self.codebook.entries[term.entry_id], words[0], sentence):
                    continue  # "handed over a shipment of diesel": aid, not territory; "sent a letter": nothing
                if term.pos != "verb" and words[-1].dep_ == "compound" and self._modifies_a_thing(words):
                    continue  # "riot police", "bomb disposal squad": who or what they are, not what happened
                if term.pos != "verb" and _hyphened_to_next(words[-1]):
                    continue  # "bomb-making materials", "attack-prone": a word of a compound modifier
                found.append((term, words))
                taken.update(w.i for w in words)
                break
        return found

    def _modifies_a_thing(self, words: list[Token]) -> bool:
        """Whether a trigger noun only describes the noun it is compounded with: an actor ("riot police")
        or a thing that is no event and no toll ("a bomb disposal squad", "attack helicopters")."""
        head = words[-1].head
        while head.dep_ == "compound" and head.head != head:
            head = head.head
        if self.actors.resolve(" ".join([*(w.text for w in words), head.text]), country_code=self.main_country):
            return True
        lemma = head.lemma_.lower()
        casualty_words = self.codebook.casualties["fatality_nouns"] | self.codebook.casualties["injury_nouns"]
        return not self.codebook.terms_at(lemma) and lemma not in casualty_words | {"victim", "survivor", "site", "scene"}

    # -- the whole sentence -------------------------------------------------------
    def find(self, sentence: Sentence) -> tuple[list[Mention], SentenceFacts]:
        times = self._times(sentence)
        facts = self._facts(sentence)
        mentions = []
        for term, words in self.triggers(sentence):
            entry = self.codebook.entries[term.entry_id]
            mention = Mention(entry, sentence, words, entry.event_type, entry.sub_event_type,
                              entry.plover, entry.plover_mode, entry.family,
                              verbal=term.pos == "verb" and len(words) > 1 and words[0].pos_ == "VERB",
                              actor1_role=entry.actor1_role)
            self._filter(mention)
            self._actors(mention)
            self._place(mention)
            self._retype(mention)
            mentions.append(mention)
        crowd_acts = any(m.family == "protest" and not m.dropped for m in mentions)
        for mention in mentions:
            crowd = mention.actor1.actor if mention.actor1 is not None else None
            if crowd_acts and mention.entry.event_type is None and crowd is not None and crowd.kind == "protesters":
                mention.dropped = mention.dropped or "what protesters demand is told by their protest"
            talks = next((o for o in mentions if o.family == "consult" and not o.dropped and o.actor2 is not None
                          and o.actor2.actor is not None and o.actor1 is not None and mention.actor1 is not None
                          and o.actor1.actor == mention.actor1.actor), None)
            if mention.family == "agree" and talks is not None and not mention.dropped:
                # "agreed to a ceasefire after talks with U.S. officials": with the U.S., the talks its road
                mention.actor2 = mention.actor2 if mention.actor2 is not None and mention.actor2.actor else talks.actor2
                talks.dropped = f"the talks that led to '{mention.head.text}', told with it"
            struck = mention.head.dep_ == "pobj" and mention.head.head.lower_ in ("on", "against") and any(
                o.entry.violent and mention.head.head.head in o.trigger for o in mentions)
            if mention.family == "mobilize" and struck:  # "nine air strikes on Houthi reinforcements"
                mention.dropped = mention.dropped or "what violence struck, not a deployment of its own"
            met = mention.actor2.actor if mention.actor2 is not None else None
            if mention.family == "consult" and met is not None and met.kind == "civilians":
                mention.dropped = mention.dropped or "people met or housed are no party to talks"  # "hosts displaced people"
            manner = mention.entry.generic and mention.actor1 is None and mention.fatalities is None \
                and mention.injuries is None and mention.head.dep_ == "pobj" \
                and mention.head.head.lower_ in ("in", "during", "through") and next(
                    (o for o in mentions if o is not mention and not o.dropped and not o.violent
                     and mention.head.head.head in o.trigger), None)
            same_protest = mention.family == "protest" and mention.head.pos_ == "NOUN" and mention.head.dep_ == "pobj" \
                and mention.head.head.lower_ in ("in", "during") and any(
                    o is not mention and o.plover == "PROTEST" and not o.dropped and mention.head.head.head in o.trigger
                    for o in mentions)
            if same_protest:  # "took to the streets of Havana in rare anti-government protests": one protest
                mention.dropped = mention.dropped or "the protest its verb tells"
            if manner:  # "arrested 14 gang members in raids": how they were arrested, no attack of its own
                mention.dropped = mention.dropped or f"how '{manner.head.text}' was done, not an event of its own"
                manner.means.extend(mention.trigger)
            seized = next((o for o in mentions if o.goods and o.actor2.span[0] <= sentence.char_span(mention.trigger)[0]
                           < o.actor2.span[1]), None)
            if seized is not None:  # "seized explosives and suicide vests": a thing taken, no blast
                mention.dropped = mention.dropped or f"among the goods '{seized.head.text}' took, not an event"
            thwarter = next((o for o in mentions if o is not mention and o.entry.thwarts and mention.head.head == o.head
                             and mention.head.dep_ in ("dobj", "nsubjpass")), None)
            if thwarter is not None and mention.entry.violent:  # "defused an explosive device": no blast
                mention.dropped = f"stopped before it happened ('{thwarter.head.text}')"
            accuser = next((o for o in mentions if o.entry.charge and mention.head in _charge(o)), None)
            if accuser is not None:  # "accused Eritrea of arming militias fighting ...", "accuse Rwanda of backing the M23"
                mention.dropped = f"what '{accuser.head.text}' charges someone with, not a reported event"
            ended = next((o for o in mentions if o.entry.violent and not o.dropped and joined_clauses(o.head, mention.head)), None)
            if mention.entry.ends_violence and ended is not None:
                mention.dropped = f"how the violence told by '{ended.head.text}' ended"
        for mention in mentions:
            means = {t.i for t in mention.means}  # "arrested ... in raids ... on Sunday": the raids' day is the arrest's
            # a participle describing an actor dates no act of its own: "lynched two men accused of witchcraft
            # ... on Tuesday" (the parser hangs the day on the nearest verb)
            others = {t.i for m in mentions if m is not mention and not m.everyday and m.dropped != _DESCRIPTION
                      for t in (*m.trigger, clause_verb(m.head))} - means
            self._time(mention, times, others)
            mention.dropped = mention.dropped or self._background(mention)
        for mention in mentions:  # "Hamas's Oct. 7 attack killed 1,200 and 250 were taken hostage": all of that day
            past = next((o for o in mentions if o.history and mention.actor1 is not None
                         and mention.actor1.span[0] <= sentence.char_span(o.trigger)[0] < mention.actor1.span[1]), None)
            if past is not None and not mention.dropped and (mention.time is None or mention.time_inherited):
                mention.dropped, mention.history = f"done by '{past.head.text}', told as background", True
        self._assign_figures(mentions, facts)
        for mention in mentions:
            undated = mention.time is None or mention.time_inherited or mention.time.precision != "day"
            if mention.perfect and undated and not mention.dropped and mention.fatalities is not None \
                    and (mention.fatalities.count.best or 0) >= CUMULATIVE_TOLL:
                # "Its attacks have killed thousands of people": no one event's dead, and no day
                mention.dropped, mention.history = "thousands dead told with no day: a cumulative toll, context", True
        self.previous_dated = bool(times) or any(t.ent_type_ == "DATE" for t in sentence.span)
        # What the next sentence inherits is the date of what happened: that of an event told here, else,
        # when nothing is told, a date not of who said it ("ISPR said on Tuesday") nor of what was not
        # a fact ("would take effect Wednesday").
        told = [m.time for m in mentions if m.time is not None and not m.dropped]
        # a day only the statement gave yields to the act's own ("launched drones overnight, killing four,
        # officials said on Saturday": the night's)
        told = [m.time for m in mentions if m.time is not None and not m.dropped and not m.time_by_statement] or told
        self.violence_time = next((m.time for m in reversed(mentions) if m.time is not None and not m.dropped
                                   and m.entry.violent), self.violence_time)
        happened = [e for e, g in times if (g is None or g.lemma_ not in self.codebook.attribution_verbs)
                    and (self.published is None or e.date_start <= self.published)]  # not "next year's election"
        # (a sentence whose only triggers are aims or everyday verbs tells a fact: "villagers gathered on
        # 10 May to reject ...")
        facts_only = all(m.aim or m.everyday for m in mentions)
        self.previous_time = told[-1] if told else (happened[-1] if happened and facts_only else None)
        self.previous_heading = bool(times) and not any(t.is_alpha for t in sentence.span)
        self._remember_topic(sentence)
        return mentions, facts

    # -- filters: what is not an event ------------------------------------------------
    def _filter(self, m: Mention) -> None:
        head, cb = m.head, self.codebook
        clause = clause_verb(head)
        top = _joined_to_top(clause)  # "gangs that raid villages, steal cattle and kidnap residents": raid
        m.perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
        modal = [c for c in clause.children if c.tag_ == "MD"]
        if not modal and clause.dep_ == "xcomp" and (m.entry.violent or m.entry.code_future):
            # "would keep attacking warships"; "a battalion would begin deploying on Monday"
            modal = [c for c in clause.head.children if c.tag_ == "MD"]
        m.future = any(c.lemma_ in ("will", "would", "shall") for c in modal)
        if _inside_quotes(head) and m.entry.event_type is not None:
            m.dropped = "inside a quotation"  # violence told in someone's words is their claim, not the report's
        elif _negated(head, clause):
            m.dropped = "negated"
        elif head.dep_ == "dobj" and (_matches(head.head, cb.responsibility_phrases + cb.blame_phrases)
                                      or _claims_deed(head.head, cb)):
            m.claimed = True  # "IS claimed the bombing": the bombing told before, if it was
        elif head.dep_ == "nsubj" and any(_sequence(c, cb) for c in head.head.children if c.dep_ == "advcl") \
                and any(c.dep_ == "det" and c.lower_ in cb.anaphoric_determiners for c in head.children):
            m.dropped = "the event told before, named as what came after another"  # "The ambush came a day after ..."
        elif head.i in _carried(m.sentence, cb):
            m.dropped = "a weapon someone was armed with, not an event"  # "militants armed with grenades"
        elif _blames_event(head, cb):
            m.dropped = "blames an event on its doer: who did it, not an event of its own"
        elif modal and not (m.future and m.entry.code_future):
            m.dropped = f"modal '{modal[0].text}': not a fact"
        elif head.dep_ in ("acl", "amod") and head.tag_ in ("VBG", "VBN") and not m.entry.told_as_aim \
                and not any(c.dep_ in ("dobj", "nsubj") for c in head.children) \
                and not _under_date_heading(head) \
                and _verb_taken_for_modifier(head) is None:  # "men on motorbikes killed 22": an act
            m.dropped = _DESCRIPTION  # ("the news that Ukraine had agreed" is told)
        elif m.entry.event_type is None and head.dep_ == "acl" \
                and head.head.lower_.rstrip("s") in cb.armed_targets | cb.civilian_sites:  # "bases" (lemma "basis")
            m.dropped = _DESCRIPTION  # "two Iraqi bases hosting U.S. troops": what the bases are, no meeting
        elif m.entry.event_type is None and head.dep_ == "acl" and cb.noun_family(head.head.lemma_.lower()) == "protest":
            m.dropped = "what a protest demands is told by the protest"  # "a sit-in demanding the government's resignation"
        elif _misparsed_participle(m.trigger):
            m.dropped = _DESCRIPTION
        elif any(a.dep_ == "appos" for a in head.ancestors) and not _under_date_heading(head) \
                and not (m.entry.told_as_aim and head.dep_ == "acl" and head.head.dep_ == "appos"):
            # "In the capital, Kinshasa, hundreds of people protested ...", parsed as describing Kinshasa
            m.dropped = "inside an apposition describing someone"
        elif top.dep_ == "relcl" and top.tag_ in ("VBZ", "VBP") and top.head.pos_ in ("PROPN", "NOUN"):
            # "Turkey, which regularly strikes"; "gangs that raid villages, steal cattle and kidnap residents"
            m.dropped = "a relative clause describing someone, told in the present"
        elif clause.dep_ == "relcl" and clause.tag_ == "VBN" and clause.head.pos_ in ("PROPN", "NOUN") \
                and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in clause.children) \
                and not cb.terms_at(clause.head.lemma_.lower()) and self._resolve(_phrase_text(clause.head)) is not None:
            # "M23 rebels, who have seized several towns in recent days" (but "an attack that has killed 12")
            m.dropped = "a relative clause describing someone, told in the present perfect"
        elif _describes_a_place(clause):
            m.dropped = "a description of a place, told in the present"
        elif m.family == "protest" and head.lemma_.lower() == "protest" and head.dep_ == "pobj" \
                and head.head.lower_ == "in" and not any(c.dep_ in ("det", "amod", "prep") for c in head.children):
            m.dropped = "'in protest': why something was done, not a protest"  # "withdrew its ambassador in protest"
        elif m.family == "protest" and (_nationwide(clause_verb(head)) or self._across_a_country(clause_verb(head))):
            m.dropped = "protests told across a whole country: no one event"  # "have spread across India"
        elif _purpose(head) and not m.entry.told_as_aim and not self._weapons_sent(head, m.entry):
            m.dropped, m.aim = "an aim, not a fact ('to ...')", True
        elif clause.dep_ == "xcomp" and clause.head.lemma_.lower() in cb.command_verbs and not m.entry.told_as_aim \
                and infinitive(clause):
            m.dropped, m.aim = f"an order ('{clause.head.text} ... to'), not a fact", True  # "ordered the army to neutralise gangs"
        elif m.entry.generic and (clause.lemma_.lower() in cb.accident_verbs
                                  or clause.dep_ in ("advcl", "conj") and clause.head.lemma_.lower() in cb.accident_verbs):
            m.dropped, m.history = "deaths an accident caused", True  # "a plane crashed near Pokhara, killing all 72
            # people on board": its dead are no one else's either
        elif m.entry.generic and _caused_by_disaster(clause, cb):
            m.dropped, m.history = "deaths a disaster or disease caused", True  # "a cholera outbreak has killed 45"
        elif clause.dep_ == "advcl" and clause.head.lemma_.lower() in cb.framing_verbs and clause.tag_ == "VBG" \
                and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in clause.children):
            m.dropped = "what goes on as the report's events came: context"  # "comes as the US is withdrawing"
        elif head.pos_ == "NOUN" and not m.entry.code_future and any(
                c.dep_ in ("amod", "compound") and c.lower_ in cb.unrealised_modifiers for c in head.children):
            m.dropped = "told as yet to happen"  # "ahead of a planned rally", "an upcoming summit"
        elif head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ in cb.past_modifiers for c in head.children) \
                and not any(c.dep_ in ("det", "poss") for c in head.children):
            m.dropped, m.history = "events gone by, told as a whole: context", True  # "during recent protests"
        else:
            governor = _irrealis_governor(head, {t.i for t in m.trigger}, cb)
            if governor is not None and not (m.entry.told_as_aim and governor.lemma_.lower() in cb.thwarting_governors):
                m.dropped = f"governed by '{governor.text}': opinion, wish or forecast"
        if head.pos_ in ("NOUN", "PROPN"):
            dets = [c for c in head.children if c.dep_ in ("det", "poss")]
            m.anaphoric = any(d.lower_ in cb.anaphoric_determiners for d in dets)

    def _protest_aim(self, verb: Token) -> bool:
        """Whether a clause tells its doers acted to press a demand: "hundreds of farmers blocked the highway
        to demand government support" (their protest, though farmers are no protesters by name)."""
        return any(c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.lemma_.lower() in self.codebook.protest_aims
                   and infinitive(c) for c in verb.children) \
            or any(c.dep_ == "prep" and c.lower_ == "in" and _pobj(c) is not None and _pobj(c).lemma_.lower() == "protest"
                   for c in verb.children)

    @staticmethod
    def _across_a_country(clause: Token) -> bool:
        """Whether a clause tells of a whole country by its name: "spread across India" (but "across
        northern France" is a part of it)."""
        compass = geo_words()["compass_adjectives"]
        return any(t.lower_ in ("across", "throughout") and _pobj(t) is not None
                   and country_place(_pobj(t).text, (0, 0)) is not None
                   and not any(c.lower_ in compass for c in _pobj(t).children) for t in clause.subtree)

    def _paired_nationalities(self, sentence: Sentence, people: Token) -> tuple[Argument, Argument] | None:
        """The two sides of "Cambodian and Thai officials", each resolved with the noun they share."""
        first = next((c for c in people.children if c.dep_ in ("amod", "compound", "nmod")
                      and any(cc.dep_ == "conj" for cc in c.children)), None)
        second = next((cc for cc in first.children if cc.dep_ == "conj"), None) if first is not None else None
        if second is None:
            return None
        sides = [Argument(f"{word.text} {people.text}", sentence.char_span([word]),
                          self._resolve(f"{word.text} {people.text}")) for word in (first, second)]
        return (sides[0], sides[1]) if all(side.actor is not None for side in sides) else None

    def _object_fits(self, entry: Entry, verb: Token, sentence: Sentence) -> bool:
        """Whether a verb of an entry that holds only for some objects has one: "set up a base",
        "handed over their camp" (object_nouns); "sent 2,000 soldiers", not "sent a letter" (force_object)."""
        if verb.pos_ != "VERB":
            return True
        if entry.object_nouns and not any(c.dep_ in ("dobj", "nsubjpass") and _object_lemmas(c) & set(entry.object_nouns)
                                          for c in verb.children):
            return False
        if verb.lemma_.lower() in entry.actor_object and not self._aimed_at_someone(sentence, verb):
            return False
        return verb.lemma_.lower() not in entry.force_object or self._moves_a_force(sentence, verb)

    def _aimed_at_someone(self, sentence: Sentence, verb: Token) -> bool:
        """Whether a verb's object, when it has one, names an actor: "pressed Israel", not "pressed its push"."""
        told = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if told is None or told.pos_ == "PROPN":
            return True
        found = self._argument(sentence, [told])
        return found.actor is not None or generic_group(found.text)  # "neutralised 12 terrorists"

    def _moves_a_force(self, sentence: Sentence, verb: Token) -> bool:
        """Whether what a verb moves is an armed force: "sent 2,000 soldiers", "rushed police"."""
        moved = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if moved is None:
            return False
        sender = _subject(verb)
        owner = self._argument(sentence, [sender]).actor if sender is not None else None
        country = owner.country_code if owner is not None and owner.country_code else self.main_country
        actor = self.actors.resolve(moved.lemma_, country_code=country) or self._argument(sentence, [moved]).actor
        return actor is not None and actor.kind in _FORCE_KINDS

    def _background(self, m: Mention) -> str | None:
        """Why a mention is history or summary rather than news, if it is."""
        clause = clause_verb(m.head)
        subject = _subject(clause)
        if subject is not None and subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
            subject = clause.head  # "the war that killed 100,000": the war
        dated = m.time is not None and not m.time_inherited and m.time.precision == "day"
        if subject is not None and not dated and (_lemma_phrase(subject) & self.codebook.cumulative_subjects
                                                  or _span_of_violence(subject, self.codebook)):
            m.history = True
            return f"cumulative toll of '{subject.text}': context, not an event"  # a war's toll has no day
        lasting = next((_pobj(c) for c in clause.children if c.dep_ == "prep" and c.lower_ == "for" and _pobj(c) is not None
                        and _pobj(c).lemma_.lower() in self.codebook.span_nouns and _pobj(c).tag_ == "NNS"), None)
        if lasting is not None and not dated:
            m.history = True  # "Al-Shabaab has fought for more than 15 years to topple the government"
            return f"told as lasting for {lasting.text}: a long campaign, not one event"
        if any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children)
               for t in (clause, *clause.ancestors)):
            m.history = True  # "the largest protests since the general detained the prime minister on Oct. 25"
            return "told as the point since which something is measured: background"
        span = m.head.head.head if m.head.dep_ == "pobj" and m.head.head.lower_ == "of" else None
        if span is not None and span.lemma_.lower() in self.codebook.span_nouns and span.tag_ == "NNS":
            m.history = True
            return f"'{span.text} of {m.head.text}': many events over a long span, context"
        if m.perfect and _nationwide(clause):
            m.history = True  # "11 people had been killed in protests across the country on Monday and Tuesday"
            return "told across the whole country: a summary of many events, not one"
        # "as fighting intensified", or as the parser may have it, "fighting" a verb of "as" under "intensified"
        course = clause if m.head.dep_ == "nsubj" and clause.dep_ == "advcl" else m.head.head
        told_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in (*clause.children, *m.head.children, *course.children))
        if m.family == "battle" and told_as and course.lemma_.lower() in self.codebook.course_verbs \
                and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in course.subtree):
            m.history = True  # "..., as fighting in Sudan's Kordofan region intensified"
            return f"'as {m.head.text} {clause.text}': the course of a war, told as the setting of another event"
        if self.published and m.time is not None and m.time.date_end < self.published - timedelta(days=BACKGROUND_DAYS):
            m.history = True
            return f"dated {m.time.date_end}, more than {BACKGROUND_DAYS} days before publication: background"
        named_day = self._named_day(m)
        if named_day is not None:
            m.history = True  # "Hamas's Oct. 7 attack" told in February (a day read only to put it in the past)
            return f"named by its day, '{named_day.text}', {named_day.date}: more than {BACKGROUND_DAYS} days before publication"
        if self.published and m.time is not None and m.time.precision in ("month", "year") \
                and m.time.date_start < self.published - timedelta(days=BACKGROUND_DAYS):
            m.history = True
            return f"going on since {m.time.date_start}: a long campaign, not one event"
        reported = m.place is not None and m.place.precision == 3 and not m.perfect \
            and _attribution_subject(m.head, self.codebook) is not None  # "..., the regional governor said": news
        if m.entry.violent and not m.sentence_dated and m.sentence.index >= 2 and (m.place is None or m.place.precision >= 3) \
                and not reported and not (m.entry.generic and not m.own_arguments):  # "Six people were killed." tells the event before
            return "violence told with no date and no town, past the lede: background"
        if m.time is None or m.time_inherited or m.time.precision not in ("day", "week"):
            cue = self.background_cue(m)  # "215 people have been killed since then": no day of its own
            if cue:
                m.history = True
                return f"habitual or background wording '{cue}' and no date of its own"
        if m.entry.violent and m.perfect and m.time is None and not m.sentence_dated \
                and (m.place is None or m.place.precision >= 4):
            return "a summary (perfect tense, no date, no town): not one event"
        helpers = [c for v in (clause, clause.head if clause.dep_ == "conj" else clause) for c in v.children if c.dep_ == "aux"]
        ongoing = clause.tag_ == "VBG" and {"been", "have"} <= {c.lemma_.lower() for c in helpers} | {c.lower_ for c in helpers}
        if ongoing and (m.time is None or m.time_inherited or m.time.precision not in ("day", "week")):
            return f"'has been {clause.text}' with no day of its own: going on, not one event"
        clause = clause_verb(m.head)
        if m.entry.violent and m.time is None and clause.tag_ in ("VBZ", "VBP") and clause.lemma_ != "be" \
                and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return f"simple present '{clause.text}' with no date: habitual, not one event"
        if m.family == "accuse" and m.sentence.index >= 2 and (m.time is None or m.time_inherited) \
                and clause.tag_ in ("VBZ", "VBP") and clause.lemma_ != "be" and m.head == clause \
                and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            # "Congo and the United States accuse Rwanda of backing the M23, a charge Kigali denies"
            return f"simple present '{clause.text}' with no date, past the lede: a standing charge, not one event"
        return None

    def background_cue(self, m: Mention) -> str | None:
        """A habitual or history word in the trigger's clause ("repeated", "later")."""
        scope = _modifier_scope(m)
        scope_lemmas = [t.lemma_.lower() for t in scope]
        for cue in self.codebook.background_cues:
            n = len(cue)
            for i in range(len(scope_lemmas) - n + 1):
                if tuple(scope_lemmas[i:i + n]) == cue:
                    return " ".join(cue)
        return None

    # -- who ---------------------------------------------------------------
    def _actors(self, m: Mention) -> None:
        self._violent = m.entry.violent
        head = m.head
        trigger_ids = {t.i for t in m.trigger}
        actor1_tok = actor2_tok = told_object = None
        if head.pos_ in ("NOUN", "PROPN"):
            modifiers = [c for t in m.trigger for c in t.children
                         if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i not in trigger_ids and c.i < m.trigger[0].i]
            if modifiers:
                argument = self._argument(m.sentence, modifiers, phrase_tokens=_left_modifier_tokens(modifiers))
                m.actor1 = argument if argument.actor is not None else None
                militia = self.actors.fighting_militia(modifiers[0].text, self.main_country) \
                    if m.family == "battle" and len(modifiers) == 1 else None
                if militia is not None:  # "clan fighting", "communal clashes": such militias on both sides
                    m.actor1 = m.actor2 = replace(argument, actor=militia)
                    m.both_sides = True
            # "blamed the strike on X": X did it; but unrest blamed on a state is no crowd of that state's
            blamed_on = [p[1] for p in self.codebook.blame_phrases if p[0] == head.head.lemma_.lower()] \
                if head.dep_ == "dobj" and m.family != "protest" else []
            for child in (c for t in m.trigger for c in t.children):
                if child.dep_ == "prep" and (child.lower_ == "by" or child.lower_ in blamed_on):
                    actor1_tok = _pobj(child)  # "an attack by X"; "blamed the strike on X": X did it
                elif child.dep_ == "acl" and actor1_tok is None:  # "shells fired by Houthi forces"
                    actor1_tok = _agent_of_acl(child.head, self.codebook)
                elif actor2_tok is None or _only_with(actor2_tok, m.entry):
                    actor2_tok = _target_of(child, m.entry) or actor2_tok
            if actor2_tok is not None and _only_with(actor2_tok, m.entry):  # "on" hung on the armour by the parser
                actor2_tok = next((_pobj(c) for c in actor2_tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                                   and _pobj(c) is not None), actor2_tok)
            governor = head.head
            if m.actor1 is None and actor1_tok is None and head.dep_ == "pobj" and governor.lower_ == "with" \
                    and governor.head.pos_ == "VERB" and _matches(governor.head, self.codebook.response_verbs):
                actor1_tok = _subject(governor.head)  # "Israel responded with artillery fire on southern Lebanon"
            if m.actor1 is None and head.dep_ == "nsubj" and governor.pos_ == "VERB" and m.entry.violent:
                doer = self._argument(m.sentence, [head])  # "A suicide bomber blew himself up": the trigger names its doer
                if doer.actor is not None and doer.actor.kind not in _VICTIM_KINDS:
                    m.actor1 = doer
            told = head
            while told.dep_ == "conj" and told.head != told:  # "imposed asset freezes and travel bans on ..."
                told = told.head
            if told.dep_ == "pobj" and told.head.lower_ == "of" and told.head.head.lemma_.lower() in self.codebook.measure_nouns:
                told = told.head.head  # "led eight hours of peace talks": the talks stand where the hours do
            if told != head and told.dep_ in ("dobj", "nsubjpass"):
                head, governor = told, told.head
            if head.dep_ in ("dobj", "nsubjpass") and _matches(governor, self.codebook.light_verbs + self.codebook.defence_verbs):
                defending = _matches(governor, self.codebook.defence_verbs)
                subject = _subject(governor) or _inherited_subject(governor)
                if defending and (m.actor1 is not None or actor1_tok is not None):
                    actor2_tok = subject  # "troops repelled a Russian assault": Russia attacked, the troops defended
                elif defending:  # an attack by no one named ("soldiers repelled an attack on an army post"):
                    # its unnamed doers attacked (the attack's own words stand for them), the defenders are actor2
                    actor1_tok, actor2_tok = (head, subject) if subject is not None else (None, None)
                elif m.actor1 is None and subject is not None:
                    actor1_tok = subject
                for child in governor.children if actor2_tok is None and not defending else ():
                    actor2_tok = actor2_tok or _target_of(child, m.entry)  # "imposed tariffs on U.S. exports"
            if m.family == "consult" and m.actor1 is None and actor1_tok is None and head.dep_ == "pobj" \
                    and head.head.lower_ in ("after", "during", "following", "at") and head.head.head.pos_ == "VERB":
                verb = head.head.head  # "Ukraine agreed to a ceasefire after talks with U.S. officials": Ukraine talked
                actor1_tok = _subject(verb) or _inherited_subject(verb)
        else:
            defended = False
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children) or _shared_passive(head)
            for child in head.children:
                if child.dep_ == "agent":
                    actor1_tok = _pobj(child)
                elif child.dep_ == "nsubj" and not passive and not _hits_explosive(head, self.codebook) \
                        and not (actor1_tok is not None and _bracketed(child)):
                    # a second subject in brackets is the parser's take on an aside: "(Boucle du Mouhoun, Burkina Faso)"
                    actor1_tok = _carrier(child, self.codebook) or child
                elif child.dep_ == "nsubjpass" and not m.entry.patient_is_own:
                    actor2_tok = child
                elif child.dep_ == "dative" and m.entry.event_type is None and actor2_tok is None:
                    # "gave Ivory Coast $5 million", "granted asylum to 18 rebels": who receives is the counterpart
                    actor2_tok = _pobj(child) if child.pos_ == "ADP" else child
                elif child.dep_ == "dobj" and not passive:
                    if child.i in trigger_ids or m.entry.patient_is_own or (m.entry.object_nouns and not m.entry.thwarts) \
                            or child.lower_.endswith(("self", "selves")) \
                            or m.entry.object_is_actor1 and child.lemma_.lower() in self.codebook.entry_words(m.entry.id):
                        continue  # "deployed 2,000 soldiers": its own force; "gave food", "handed over a camp": a thing;
                        # "blew himself up": the doer; "fired tear gas and water cannon": the means of dispersal
                    family = self.codebook.noun_family(child.lemma_.lower())
                    if _hits_explosive(head, self.codebook):
                        # "their vehicle struck an explosive device": the vehicle is what was hit
                        victim = _subject(head)
                        if victim is not None:
                            m.actor2 = self._argument(m.sentence, [victim])
                        m.target_family = family
                        continue
                    if family:
                        m.target_family = family
                        told_object = child
                        m.target_told = any(c.dep_ in ("det", "poss") and c.lower_ in self.codebook.anaphoric_determiners
                                            for c in child.children)
                        if _matches(head, self.codebook.defence_verbs):
                            mods = [c for c in child.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
                            by = _pobj(next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "by"), None))
                            attacker = None
                            if mods:  # "repelled a Russian assault": the Russians attacked, the subject defended
                                attacker = self._argument(m.sentence, mods, phrase_tokens=_left_modifier_tokens(mods))
                            elif by is not None:  # "repulsed an attack by militants of the TTP"
                                attacker = self._argument(m.sentence, [by])
                            if attacker is not None and attacker.actor is not None:
                                m.actor1, defended = attacker, True
                            elif attacker is not None:
                                m.actor2 = attacker
                            else:  # "police repulsed an attack on a checkpoint": its unnamed doers attacked
                                m.actor1, defended = self._argument(m.sentence, [child]), True
                        if m.entry.thwarts:
                            actor2_tok = child  # "downed 12 Russian missiles": whose weapons they were
                        continue
                    if actor2_tok is None or actor2_tok.dep_ != "dobj":
                        actor2_tok = child  # a second object is the parser's take on an aside: "men, among them an employee"
                elif actor2_tok is None or _only_with(actor2_tok, m.entry):
                    actor2_tok = _target_of(child, m.entry) or actor2_tok
            if actor2_tok is None and not passive:
                actor2_tok = _object_taken_for_subject(head)
            if actor2_tok is None and not passive and not m.entry.patient_is_own and not m.entry.object_nouns:
                # "raped or sexually assaulted 125 women": verbs joined by "and"/"or" share their object
                actor2_tok = next((o for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and _subject(c) is None
                                   for o in c.children if o.dep_ == "dobj"), None)
            for word in m.trigger[1:]:  # a trigger's own preposition names its counterpart: "called on Moscow"
                obj = _pobj(word) if word.dep_ == "prep" else None
                if actor2_tok is None and obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                    actor2_tok = obj
            named = [*m.trigger[1:], *(c for t in m.trigger[1:] for c in t.children if c.dep_ == "conj"),
                     *(c for c in head.children if c.dep_ == "advmod" and c.lower_ in ("back", "over"))]  # "handed X back to Y"
            for child in (c for t in named for c in t.children):  # "used water cannon and pepper spray against X"
                if actor2_tok is None:
                    actor2_tok = _target_of(child, m.entry)
            if actor1_tok is None and not passive and not _hits_explosive(head, self.codebook):
                actor1_tok = _inherited_subject(head)
            if defended:  # the defenders stand against the attacker, whatever else the clause names
                actor2_tok, actor1_tok = actor1_tok or actor2_tok, None
            if actor2_tok is not None and actor2_tok.dep_ == "dobj" and _matches(head, self.codebook.defence_verbs):
                actor1_tok, actor2_tok = actor2_tok, actor1_tok  # "troops beat back Boko Haram fighters": the fighters attacked
            if actor1_tok is None and head.dep_ == "acl" and not passive:
                actor1_tok = _owner_noun(head)  # "Armed men on motorbikes killed ...": the men
        if m.family == "battle" and actor1_tok is None and actor2_tok is None:
            actor1_tok, actor2_tok = _sides(m)
            if actor2_tok is not None and actor1_tok.ent_type_ == actor2_tok.ent_type_ == "PERSON":
                m.dropped = m.dropped or "a clash between two people named: of words, not arms"  # "the clash between Trump and Zelenskyy"
        elif m.family == "consult" and all(sides := _sides(m)):  # "Qatar hosted talks between the Taliban and UN envoys"
            actor1_tok, actor2_tok = sides
        if m.family == "battle" and m.actor1 is None and m.actor2 is None and (actor1_tok is None) != (actor2_tok is None) \
                and _rivals(actor1_tok or actor2_tok, self.codebook.rival_words):
            # "fighting between two rival clans", "rival gangs clashed": the one group stands on both sides
            actor1_tok = actor2_tok = actor1_tok or actor2_tok
            m.both_sides = True
        if actor1_tok is None and m.actor1 is None and m.violent:
            operation = next((_pobj(c) for c in clause_verb(m.head).children if c.dep_ == "prep" and c.lower_ in ("during", "in")
                              and _pobj(c) is not None and _pobj(c).lemma_.lower() in self.codebook.operation_nouns), None)
            owner = [c for c in operation.children if c.dep_ in ("compound", "amod", "poss", "nmod")] if operation is not None else []
            argument = self._argument(m.sentence, owner, phrase_tokens=_left_modifier_tokens(owner)) if owner else None
            if argument is not None and argument.actor is not None and argument.actor.kind in ("state_forces", "police"):
                m.actor1 = argument  # "eight people were killed during a police operation": the police
        if actor1_tok is not None and actor1_tok.tag_ in ("WDT", "WP") and clause_verb(actor1_tok).dep_ == "relcl" \
                and (clause_verb(actor1_tok).head.pos_ == "VERB"
                     or self.codebook.noun_family(clause_verb(actor1_tok).head.lemma_.lower())
                     and clause_verb(actor1_tok).head.lemma_.lower() not in self.codebook.crowd_nouns):
            actor1_tok = None  # "in fighting that killed nine soldiers": the fighting killed them, no one named
        if actor1_tok is not None and actor1_tok.tag_ in ("WDT", "WP") and m.actor1 is None:
            actor1_tok = _operation_doer(actor1_tok, self.codebook) or actor1_tok
        if actor1_tok is not None and m.actor1 is None:
            partner = next((c for c in actor1_tok.children if c.dep_ == "conj"), None) or next(
                (c for a in actor1_tok.children if a.dep_ == "appos" for c in a.children if c.dep_ == "conj"), None)
            if partner is None and m.entry.symmetric:  # "Thailand's prime minister, X, and Cambodian Prime Minister Y"
                partner = _delegates_partner(actor1_tok)
            relative = partner is None and actor1_tok.tag_ in ("WP", "WDT")  # "protesters who tried to march"
            words = None if relative else _without(actor1_tok, partner)
            if words is not None and m.head.dep_ == "acl":  # "400 police officers landed in ...": not the landing
                words = [t for t in words if t.i not in {w.i for w in m.head.subtree}] or [actor1_tok]
            m.actor1 = self._argument(m.sentence, [actor1_tok], phrase_tokens=words)
            allied = partner is not None and any(c.dep_ == "amod" and c.lemma_.lower() in _BACKING_WORDS | {"friendly", "loyal"}
                                                 for c in partner.children)
            if partner is not None and m.entry.symmetric and not allied and (
                    actor2_tok is None or self._argument(m.sentence, [actor2_tok]).actor is None):
                actor2_tok = partner  # "Jordan and Britain agreed (to a ceasefire)": each is the other's counterpart
        if m.entry.symmetric and actor1_tok is not None and (actor2_tok is None or m.family == "battle"):
            pair = self._paired_nationalities(m.sentence, actor1_tok)
            if pair is not None:  # "Cambodian and Thai officials met": each is the other's counterpart
                m.actor1, m.actor2 = pair
        if actor2_tok is None and m.actor2 is None and m.entry.target_in_complement and head.pos_ in ("VERB", "AUX"):
            actor2_tok = self._complement_party(m)
        if actor2_tok is None and m.actor2 is None and told_object is not None and m.entry.target_in_phrase:
            # the doer an event noun is told with comes first: "condemned Israeli strikes on Syria" is aimed at Israel
            actor2_tok = self._first_party(told_object.subtree, m.actor1, ("compound", "nmod", "poss", "pobj", told_object.dep_))
        if actor2_tok is None and m.actor2 is None and m.entry.needs_target and m.entry.event_type is None \
                and m.actor1 is not None and m.actor1.actor is not None:
            # talks and agreements are held with a party ("a cabinet meeting on Addis Ababa's pact" is not);
            # other statements are aimed at whomever their clause names
            actor2_tok = self._complement_party(m) if m.entry.symmetric else self._clause_party(m)
        if actor2_tok is not None and m.actor2 is None:
            m.actor2 = self._argument(m.sentence, [actor2_tok])
            if m.actor2.actor is None and m.entry.event_type is None:
                owner = self._owner(m.sentence, actor2_tok, m.actor1)
                if owner is None and m.entry.target_in_phrase:  # "tariffs on $20 billion worth of U.S. exports"
                    party = self._first_party(actor2_tok.subtree, m.actor1, ("compound", "nmod", "poss", "pobj"))
                    owner = self._argument(m.sentence, [party]) if party is not None else None
                if owner is None and m.entry.target_in_phrase and _definite(actor2_tok):
                    owner = self._last_other(m.actor2, m.actor1)  # "rejected the resolution": the last one who acted
                if owner is not None:
                    m.actor2 = owner
        if m.actor1 and m.actor1.actor is None and m.actor1.text.lower() in _FIRST_PERSON:
            speaker = _attribution_subject(head, self.codebook)  # '"We urge Kabul to act," the ministry said'
            if speaker is not None:
                m.actor1 = Argument(m.actor1.text, m.actor1.span, self._argument(m.sentence, [speaker]).actor)
        if m.actor1 and m.actor1.actor is None and _has_pronoun(m.actor1.text):
            sayer = _attribution_subject(head, self.codebook)
            told = next((t for t in m.sentence.span if m.sentence.char_span([t])[0] == m.actor1.span[0]), None)
            if told is not None and told.dep_ == "dobj" and told.pos_ == "PRON":
                # "soldiers repelled them, the army said": whom they repelled, not the army
                m.actor1 = self._antecedent(m.sentence, told)
            elif sayer is not None:
                m.actor1 = Argument(m.actor1.text, m.actor1.span, self._resolve(_phrase_text(sayer)))
            elif m.actor1.text.lower() in ("it", "they") and self.last_actor1 is not None and self.last_actor1.actor \
                    and not (m.actor2 is not None and m.actor2.actor and m.actor2.actor.name == self.last_actor1.actor.name):
                # "Lebanon's presidency said ... It also called on the United States": the body just told of
                # ("he" or "she" is more often a person the report quotes than the last body named)
                m.actor1 = Argument(m.actor1.text, m.actor1.span, self.last_actor1.actor)
            elif m.actor1.text.lower() in ("he", "she") and self.last_person is not None:
                # "UNICEF's director Catherine Russell visited Gaza. She demanded ...": the person who led the last
                # sentence that named one, for whom she speaks
                m.actor1 = Argument(m.actor1.text, m.actor1.span, self.last_person.actor)
        doer = _subject(clause_verb(head))
        if m.actor1 is None and (m.entry.patient_is_own or (m.entry.event_type is None and doer in (None, head))):
            # "Pakistan said talks with the IMF are on track": the sayer takes part in what it tells,
            # unless someone else does it ("Leaders of the communities signed an agreement, officials said")
            sayer = _attribution_subject(head, self.codebook)
            if sayer is not None:
                m.actor1 = self._argument(m.sentence, [sayer])
        if m.entry.actor1_role and m.actor1 is not None and m.actor1.text.lower() in _PRONOUNS \
                and (m.actor1.actor is None or m.actor1.actor.kind not in _VICTIM_KINDS):
            crowd = next((t for t in reversed(list(m.sentence.span)) if t.i < m.head.i
                          and t.lemma_.lower() in self.codebook.crowd_nouns), None)
            if crowd is not None:  # "police arrested demonstrators as they tried to march": the demonstrators
                m.actor1 = self._argument(m.sentence, [crowd])
        if m.entry.object_nouns and not m.entry.thwarts and m.actor1 is None and m.actor2 is not None \
                and m.actor2.actor is not None:
            m.actor1, m.actor2 = m.actor2, None  # "a new Turkish military post was set up": Turkey's forces did it
        if m.entry.object_is_actor1:  # "police dispersed the demonstrators": the demonstrators protest
            m.actor1, m.actor2 = m.actor2, m.actor1
            if m.actor1 is not None and (_has_pronoun(m.actor1.text) or _definite_role_noun(m.actor1.text)):
                m.anaphoric = True  # "police fired tear gas to disperse them / the crowd": the crowd already told
            crowd = m.actor1 is not None and m.actor1.actor is not None and m.actor1.actor.kind in (*_VICTIM_KINDS, "rioters")
            if m.actor1 is None and m.actor2 is not None and m.actor2.actor is not None \
                    and m.actor2.actor.kind in (*_VICTIM_KINDS, "rioters"):
                m.dropped = "a crowd that dispersed went its way: no one broke it up"  # "marched ... and dispersed"
            elif not crowd and m.target_family != "protest":  # "broke up a rally": the rally's crowd
                # "Troops fired tear gas and rubber bullets to block their path": a crowd told before, if any
                m.actor1, m.anaphoric, m.crowd_told_before = None, True, True
        for side in ("actor2",) if m.violent else ("actor1",) if m.entry.actor1_role else ():
            # "troops killed three Palestinians", "thousands of Kenyans marched": people, not their state
            argument = getattr(m, side)
            people = self.actors.people_of(argument.text.split()[-1]) if argument is not None and argument.text.split() \
                and (argument.actor is None or argument.actor.kind in ("government", "state_forces")) else None
            if people is not None:
                setattr(m, side, replace(argument, actor=self._resolve("civilians", country_code=people)))
        if m.violent and m.actor2 is not None and m.actor2.actor is None and not m.actor2.common \
                and _head_word(m.actor2) in self.codebook.civilian_sites:
            # "attacked the DusitD2 hotel complex": the people there, not a group called so
            m.actor2 = replace(m.actor2, actor=self._resolve("civilians"))
        target = m.actor2.actor if m.actor2 is not None else None
        if m.violent and m.family != "protest" and target is not None and target.kind == "rioters" \
                and _head_word(m.actor2) in self.codebook.crowd_nouns:
            # "aircraft bombed a crowd gathered for a ceremony": a crowd struck is people, not a mob
            m.actor2 = replace(m.actor2, actor=self._resolve("civilians", country_code=target.country_code))
        for side in ("actor1", "actor2"):
            if getattr(m, side) is not None and getattr(m, side).text.lower().startswith("no "):
                setattr(m, side, None)  # "no civilians were hurt in the strike": no one is a party
        if m.actor1 is not None and m.actor1.actor is not None:
            self.last_actor1 = m.actor1
        for side in ("actor1", "actor2"):
            argument = getattr(m, side)
            if argument and argument.actor is None and self.recent_groups and generic_group(argument.text):
                argument.actor = self.recent_groups[-1].actor
            if argument and argument.actor and argument.actor.kind in ("rebel", "political_militia", "identity_militia") \
                    and m.violent and not m.dropped:  # "the militants" are of the fighting told, not of a charge
                self.recent_groups.append(argument)
            told = self.recent_forces.get(argument.actor.kind) if argument and argument.actor else None
            if told is not None and _definite_role_noun(argument.text) and told.country_code != argument.actor.country_code:
                argument.actor = told  # "Israeli troops raided the camp ... The troops withdrew": the same troops
            elif argument and argument.actor and argument.actor.kind in ("state_forces", "police") \
                    and not _definite_role_noun(argument.text):
                self.recent_forces[argument.actor.kind] = argument.actor

    def _argument(self, sentence: Sentence, tokens: list[Token], phrase_tokens: list[Token] | None = None) -> Argument:
        if len(tokens) == 1 and tokens[0].pos_ == "PRON" and phrase_tokens is None:
            return self._antecedent(sentence, tokens[0])
        if len(tokens) == 1 and self._in_dateline(sentence, tokens[0]):
            # "MAIDUGURI, Nigeria - Islamist insurgents stormed ...": the parser made the dateline the
            # subject and the doer its apposition; the dateline itself names no one
            told = next((c for c in tokens[0].children if c.dep_ == "appos" and not self._in_dateline(sentence, c)), None)
            tokens, phrase_tokens = ([told], None) if told is not None else (tokens, phrase_tokens)
        sender = _agent_of_acl(tokens[0], self.codebook) if len(tokens) == 1 else None
        if sender is not None:  # "drones launched by the Rapid Support Forces": the forces
            tokens, phrase_tokens = [sender], None
        words = phrase_tokens or _phrase_tokens(tokens[0])
        if self.dateline is not None:  # "MAROUA, Cameroon, Feb 3 - Boko Haram fighters": the fighters only
            words = [t for t in words if not self._in_dateline(sentence, t)] or words
        root = tokens[0].sent.root
        if root.lemma_ in self.codebook.attribution_verbs and _subject(root) is None:
            # "..., killing at least 12 civilians, the Syrian Observatory said": the parser made the sayer
            # an apposition of the victims
            sayer = next((c for c in tokens[0].children if c.dep_ == "appos" and c.right_edge.i == root.i - 1), None)
            words = [t for t in words if sayer is None or t.i < sayer.left_edge.i or t.i > sayer.right_edge.i] or words
        text = " ".join(t.text for t in words if not t.is_space).replace(" 's", "'s").replace(" - ", "-")
        head = tokens[0]
        is_place = head.lemma_.lower() in geo_words()["not_places"] or head.ent_type_ in ("GPE", "LOC", "FAC")
        actor = self._resolve(text, self._violent)
        crowd = next((t for t in words if t.lemma_.lower() == "supporter"
                      and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)), None)
        if crowd is not None:  # "thousands of supporters of former president Bolsonaro": a crowd, not the presidency
            actor, head = None, crowd
        if actor is None and len(words) > 2 and head.pos_ == "NOUN":
            # a long phrase the registry does not know as a whole: its head noun with its own modifiers
            # ("more than a dozen suspected gang members from police" -> "suspected gang members"), else
            # those of what it is a body of ("a first contingent of 400 Kenyan police officers")
            members = _pobj(next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None))
            for noun in (head, members) if members is not None and members.pos_ == "NOUN" else (head,):
                core = [t for t in noun.lefts if t.dep_ in ("compound", "amod") and t.i >= noun.left_edge.i] + [noun]
                actor = actor or self._resolve(" ".join(t.text for t in sorted(core, key=lambda t: t.i)), self._violent)
        if any(t.tag_ == "PRP$" and t.lower_ in ("its", "their") for t in words):
            actor = self._sayers_own(head, words) or actor
        actor = self._person_of_body(words, head, actor)
        # a name that only says who backs them is no name of theirs: "Iran-backed militants"
        common = not any(t.pos_ in ("PROPN", "PRON") and t.head.lemma_.lower() not in _BACKING_WORDS for t in words)
        return Argument(text, sentence.char_span(words), actor, is_place, common)

    def _person_of_body(self, words: list[Token], head: Token, actor: Actor | None) -> Actor | None:
        """A person told with their body speaks for it, then and whenever named again: "Catherine
        Russell, UNICEF's executive director, told the council" is UNICEF's, and so is a later "Russell said"."""
        if not any(t.ent_type_ == "PERSON" for t in words):
            return actor  # no person named: nothing to remember or recall (and no spans built per argument)
        inside = {t.i for t in words}
        names = [e for e in words[0].doc.ents if e.label_ == "PERSON" and e.start in inside and e.end - 1 in inside]
        if actor is None and names:
            actor = next((self.people[key] for e in names for key in (e.text.lower(), e[-1].lower_)
                          if key in self.people), None)
            role = next((c for c in head.children if c.dep_ == "appos"), None)
            body = _pobj(next((c for c in role.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)) \
                if role is not None else None  # "a spokesman for Pakistan's foreign ministry": the ministry
            for told in (body, role) if role is not None else ():  # a body the role names, not the report's
                found = self.actors.resolve(_phrase_text(told)) if told is not None else None
                if found is not None and not found.matched.startswith("country"):  # "Douma, east of Damascus"
                    actor = actor or found
        if actor is not None and actor.kind not in (*_VICTIM_KINDS, "rioters"):
            for e in names:
                self.people[e.text.lower()] = self.people[e[-1].lower_] = actor
        return actor

    def _sayers_own(self, head: Token, words: list[Token]) -> Actor | None:
        """ "Turkey said its foreign minister had spoken ...", "Turkey said its troops had killed ...":
        "its" is the sayer's, so the minister and the troops are Turkey's, not those of the country
        the report is about."""
        sayer = _attribution_subject(head, self.codebook)
        if sayer is None or sayer.i in {t.i for t in words}:
            return None
        owner = self._resolve(_phrase_text(sayer))
        if owner is None or not owner.country_code:
            return None
        own = " ".join(t.text for t in words if t.tag_ != "PRP$")
        return self._resolve(own, self._violent, country_code=owner.country_code)

    def _named_within(self, sentence: Sentence, phrase: Token) -> Argument | None:
        """An actor named inside a phrase the registry does not know as a whole: in an apposition, an
        acronym in brackets or an "also known as"."""
        for token in phrase.subtree:
            if token.pos_ == "PROPN" and (token == phrase or token.dep_ in ("appos", "pobj", "conj")):
                found = self._argument(sentence, [token])
                if found.actor is not None:
                    return found
        return None

    def _in_dateline(self, sentence: Sentence, token: Token) -> bool:
        start = sentence.char_span(token)[0]
        return self.dateline is not None and self.dateline[0] <= start < self.dateline[1]

    def _remember_topic(self, sentence: Sentence) -> None:
        """The sentence's main subject, when it names an actor, is who "he", "she" or "they" means next."""
        root = sentence.span.root
        subject = _subject(root)
        if root.lemma_ in self.codebook.attribution_verbs and subject is None:
            return
        subject = subject if subject is not None and subject.pos_ != "PRON" else None
        if subject is not None:
            argument = self._argument(sentence, [subject])
            if argument.actor is not None:
                self.last_actor1 = argument
            person = any(t.ent_type_ == "PERSON" for t in subject.subtree)
            if person and argument.actor is not None and argument.actor.kind not in (*_VICTIM_KINDS, "rioters"):
                self.last_person = argument
            elif person:
                self.last_person = None  # "Ahmed, a resident, said ...": whom "he" means next is no actor

    def _complement_party(self, m: Mention) -> Token | None:
        """Whom a statement is about when it names no one directly: the first actor its
        complement clause names besides the speaker ("warned that it will keep up pressure on Iran")."""
        for clause in (c for c in m.head.children if c.dep_ in ("ccomp", "xcomp")):
            found = self._first_party(clause.subtree, m.actor1, ("nsubj", "nsubjpass", "dobj", "pobj", "poss"))
            if found is not None:
                return found
        return None

    def _clause_party(self, m: Mention) -> Token | None:
        """The counterpart of a statement that names none in its own slots: the first other actor its
        clause names ("agreed to let inspectors of the IAEA return", "ordered the expulsion of the
        Sudanese military attache")."""
        scope = _clause_scope(m.head) - {t.i for t in m.trigger}
        if m.actor1 is not None:  # the doer, and what describes it ("government forces backed by Russia")
            doer = set(range(*_token_range(m.sentence, m.actor1.span)))
            scope -= doer | {t.i for i in doer for c in m.sentence.span.doc[i].children if c.dep_ in ("acl", "relcl")
                             for t in c.subtree}
        tokens = [t for t in m.sentence.span if t.i in scope]
        return self._first_party(tokens, m.actor1, _PARTY_ROLES)

    def _first_party(self, tokens, besides: Argument | None, roles: tuple[str, ...]) -> Token | None:
        """The first proper name or nationality among ``tokens``, in one of ``roles``, that names an actor
        other than ``besides``."""
        other = besides.actor if besides is not None else None
        for token in tokens:
            if token.pos_ == "PROPN" and token.dep_ in roles:
                candidates = [token]
            elif token.ent_type_ in ("NORP", "GPE") and token.dep_ in ("amod", "compound", "nmod") and token.head.dep_ in roles:
                candidates = [token.head, token]  # "the Sudanese military attache", else "Israeli" of "Israeli ports"
            else:
                continue
            for candidate in candidates:
                actor = self._resolve(_phrase_text(candidate))
                if actor is not None and (other is None or actor.name != other.name):
                    return candidate
        return None

    def _owner(self, sentence: Sentence, thing: Token, party: Argument | None = None) -> Argument | None:
        """Whose request, demand or proposal it is: "a U.S. request" -> the United States;
        "Tehran rejected its offer" -> the sentence's subject, not Tehran (``party``) itself."""
        modifiers = [c for c in thing.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        if not modifiers:
            return None
        if len(modifiers) == 1 and modifiers[0].tag_ == "PRP$":
            return self._salient_other(sentence, modifiers[0], party)
        argument = self._argument(sentence, modifiers, phrase_tokens=_left_modifier_tokens(modifiers))
        return argument if argument.actor is not None else None

    def _last_other(self, thing: Argument, party: Argument | None) -> Argument | None:
        """Whose act a definite noun ("the resolution", "the offer") points back to: the last actor
        named before, when that is not ``party`` itself."""
        last = self.last_actor1.actor if self.last_actor1 is not None else None
        if last is None or (party is not None and party.actor is not None and party.actor.name == last.name):
            return None
        return Argument(thing.text, thing.span, last)

    def _salient_other(self, sentence: Sentence, pronoun: Token, party: Argument | None) -> Argument | None:
        """The actor a possessive pronoun most likely means when it cannot be ``party`` itself:
        the sentence's subject, else the last actor named before it."""
        subject = _subject(sentence.span.root)
        found = [self._argument(sentence, [subject]).actor] if subject is not None and subject.pos_ != "PRON" else []
        found.append(self.last_actor1.actor if self.last_actor1 else None)
        for actor in found:
            if actor is not None and (party is None or party.actor is None or actor.name != party.actor.name):
                return Argument(pronoun.text, sentence.char_span(pronoun), actor)
        return None

    def _antecedent(self, sentence: Sentence, pronoun: Token) -> Argument:
        """Who a pronoun stands for: the noun a relative clause hangs on, else the last actor named."""
        span = sentence.char_span(pronoun)
        clause = clause_verb(pronoun)
        if clause.dep_ == "relcl":
            noun = clause.head
            while noun.dep_ == "appos":
                noun = noun.head
            found = self._argument(sentence, [noun])
            return Argument(pronoun.text, span, found.actor)
        if pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.lower_ in ("they", "it") and clause.dep_ == "ccomp" \
                and clause.head.lemma_.lower() in self.codebook.attribution_verbs:
            sayer = _subject(clause.head)  # "government forces said they had repelled an assault": the forces
            found = self._argument(sentence, [sayer]) if sayer is not None and sayer.pos_ != "PRON" else None
            if found is not None and found.actor is not None:
                return Argument(pronoun.text, span, found.actor)
        own_subject = _subject(clause) if pronoun.dep_ == "dobj" and pronoun.lower_ in ("them", "him", "her", "it") else None
        if own_subject is not None and own_subject.pos_ != "PRON":
            # "soldiers repelled them": the object of a clause is never its own subject
            other = self._salient_other(sentence, pronoun, self._argument(sentence, [own_subject]))
            if other is not None:
                return other
        return Argument(pronoun.text, span, self.last_actor1.actor if self.last_actor1 else None)

    def _resolve(self, text: str, violent: bool = False, country_code: str | None = None) -> Actor | None:
        """The actor a phrase names, of ``country_code`` when it says of no country, else of the report's
        main country; a bare country acts through its government, or its army in violence."""
        actor = self.actors.resolve(text, country_code=country_code or self.main_country)
        if actor is None or (violent and actor.kind == "government" and actor.country_code):
            country = _country_name_phrase(text) if actor is None else self.actors.country_name(actor.country_code)
            if country:
                actor = self.actors.state_of(country, violent) or actor
        return actor

    # -- where ---------------------------------------------------------------
    def place_candidates(self, sentence: Sentence) -> list[PlaceName]:
        """Name sequences in a sentence that may be places, with the regions written beside them."""
        words = geo_words()
        out: list[PlaceName] = []
        seen: set[int] = set()
        ents = {t.i: e for e in sentence.span.ents for t in e}
        for token in sentence.span:
            named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title and not token.is_sent_start) \
                or _adjective_named_place(token, words)
            if token.i in seen or not named and not (token.i in ents and ents[token.i].label_ in ("GPE", "LOC", "FAC")):
                continue
            if token.pos_ in ("DET", "ADP", "PART", "PUNCT", "CCONJ", "PRON") or not _wordlike(token):
                continue  # "the", "'s" of a tagged name start no place (but "N'Djamena" does)
            chain = _hyphen_chain(token, sentence.span.end, words["name_particles"])
            if not chain and _half_of_unknown_name(token):
                continue  # "Vert" of "the Canape-Vert neighbourhood" is no town of its own
            run = chain or [token]
            while True:
                if run[-1].i + 1 < sentence.span.end and run[-1].nbor().pos_ == "PROPN" and run[-1].nbor().dep_ in ("compound", "flat", "pobj", "appos", "nmod", "punct") \
                        and run[-1].dep_ in ("compound", "flat", "nmod") and run[-1].nbor().text not in (",", "-"):
                    run.append(run[-1].nbor())
                    continue
                joined = _hyphen_joined(run[-1], sentence.span.end, words["name_particles"]) or _known_longer(run, sentence.span.end)
                if not joined:
                    break
                run.extend(joined)
            seen.update(t.i for t in run)
            if all(t.is_lower for t in run) and not sentence.span.text.islower():
                continue  # "off its east coast": lowercase words the tagger took for a place name no place
            while len(run) > 1 and (run[-1].is_lower or run[-1].is_upper) \
                    and run[-1].lower_ in words["district_words"] + words["admin1_words"]:
                run = run[:-1]  # "Gimbi district, Oromia", "Bokkos LGA": the tagger took the word for part of the name
            while len(run) > 1 and run[0].is_lower and run[0].lower_ in words["compass_adjectives"] + words["centre_adjectives"]:
                run = run[1:]  # "central Somalia" the tagger took for one name: the country's centre
            qualifiers, inner = _qualifiers(run, sentence)
            seen.update(inner)
            anchor = _anchor(run)
            listed = anchor
            while listed.dep_ == "conj" and listed.head != listed:  # "the towns of Rafah and Khan Younis"
                listed = listed.head
            named_as_place = listed.dep_ in ("pobj", "appos") and listed.head.head.lemma_.lower() in words["not_places"] \
                or anchor.dep_ == "appos" and anchor.head.lemma_.lower() in words["not_places"] \
                or any(c.dep_ == "appos" and c.lemma_.lower() in words["not_places"] for c in anchor.children) \
                or _beside_place_noun(anchor, words)
            # (a name the tagger took into a time, "Kyiv overnight", is still a place)
            if token.ent_type_ in ("DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT") or \
                    token.ent_type_ == "TIME" and (token.pos_ != "PROPN" or token.lower_ in calendar_names()) or \
                    token.ent_type_ == "NORP" and not (named_as_place or _mistagged_people(run, anchor, words)
                                                       or qualifiers and region_or_country(qualifiers[-1])) or \
                    token.ent_type_ == "PERSON" and not (qualifiers or named_as_place or chain or _after_place_preposition(anchor, words)):
                continue
            if len(run) == 1 and token.is_upper and len(token.text) <= 4 and token.ent_type_ not in ("GPE", "LOC"):
                continue  # "IS", "AU": acronyms of actors far more often than towns
            if run[-1].lower_ in words["group_words"] or \
                    run[-1].i + 1 < sentence.span.end and run[-1].nbor().lower_ in words["group_words"]:
                continue  # "the Los Lobos gang", "the Jenin Battalion": a group's name, not where it was
            if not any(t.ent_type_ in ("GPE", "LOC") for t in run) and self._group_name(run):
                continue  # "the al-Qaeda-linked JNIM": not Kedah
            if anchor.dep_ in _SUBJECTS and not named_as_place or (anchor.dep_ == "poss" and not _beside_place_noun(anchor, words)):
                continue  # "Kabul's outskirts" is a place; "Syria's government" is not
            if anchor.dep_ == "pobj" and anchor.head.dep_ == "agent" and not named_as_place:
                continue  # "drones launched by Russia": who did it, told in the passive
            hint = "place"
            region_words = words["admin1_words"]
            own_words = [c for c in anchor.children if c.dep_ not in ("appos", "conj")]  # not "..., Amhara region"
            if any(c.lemma_.lower() in region_words and c.i not in inner for c in (anchor.head, *own_words)) or \
                    (anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in region_words) or \
                    run[-1].i + 1 < sentence.span.end and run[-1].nbor().lower_ in region_words or \
                    len(run) > 1 and anchor.lemma_.lower() in region_words or \
                    any(c.dep_ in ("amod", "compound") and c.lower_ in words["compass_adjectives"] for c in anchor.children) \
                    and not _a_capital(_run_text(run)):
                hint = "admin1"  # "Plateau State"; "northern Hama" (but "northern Kabul" is part of the city)
            tagged = bool(qualifiers or chain) or named_as_place or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in run)
            beside = [anchor.head, *own_words] + ([run[-1].nbor()] if run[-1].i + 1 < sentence.span.end else [])
            division = hint == "admin1" and any(t.lower_ in words["district_words"] for t in beside)
            out.append(PlaceName(run, hint, tagged, qualifiers, division=division))
        for part, town in zip(out, out[1:]):
            if _part_of_named_place(part.tokens, town.tokens, words):
                part.within = town
        for town, part in zip(out, out[1:]):
            if _possessed_part(town.tokens, part.tokens, words):
                part.within = town
        return out

    def _place(self, m: Mention) -> None:
        """The most precise place the trigger's own clause names, resolved with what the
        sentence, the actors and the report say about where it lies."""
        words = geo_words()
        best: tuple[int, int, ResolvedPlace] | None = None
        scope = _clause_scope(m.head)
        if m.head.pos_ == "VERB" and m.head.tag_ == "VBG" and m.head.dep_ == "nsubj" and m.head.head.pos_ == "VERB":
            scope |= _clause_scope(m.head.head)  # "fighting resumed in the Ain Zara district": the gerund names the act
        if m.entry.event_type is None and m.entry.needs_target:
            # what a statement is about is not where it was made: "threatened to target ships in the Red Sea"
            scope -= {t.i for c in m.head.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree}
        if m.family == "consult":
            scope |= _journey_places(clause_verb(m.head), words)
        candidates = self.place_candidates(m.sentence)
        clues = self.place_clues(m.sentence, candidates, m)
        place_nouns = frozenset(words["landform_words"] + words["edge_words"] + words["not_places"])
        entry_verbs = frozenset(words["entry_verbs"])
        # a party to a statement is not where it was made ("called on Moscow"), nor is a place inside the
        # name of a group we do not know where anything happened ("the Comuneros del Sur")
        parties = [a.span for a in (m.actor1, m.actor2)
                   if a is not None and (m.entry.event_type is None or not m.violent and unknown_name(a))]
        known_parties = any(a is not None and (a.actor is not None or m.family == "battle" and not a.common)
                            for a in (m.actor1, m.actor2))  # two named sides fighting, known to us or not
        sentence_wide = {t.i for t in m.sentence.span} if m.entry.event_type and known_parties else set()
        chosen: PlaceName | None = None  # the name the best place was read from
        fronted = _fronted_place_phrase(m.sentence, self.codebook.attribution_verbs)
        for reach, tokens in ((0, scope), (1, fronted - scope), (2, sentence_wide - scope)):
            # the trigger's own clause first; for what ACLED codes between known parties, then anywhere
            # in its sentence ("soldiers raped women who had gone to collect firewood near Bentiu")
            for candidate in candidates if best is None or best[0] == _FROM_A_NAME else ():
                anchor = _bracketed_site(_anchor(candidate.tokens))
                struck = anchor.ent_type_ == "GPE" or anchor.head.lemma_.lower() in words["struck_verbs"]  # "shelled Khan Sheikhoun"
                site = anchor.head if anchor.dep_ in ("compound", "nmod") and m.entry.needs_place else anchor  # "seized the Chernobyl plant"
                taken = (m.entry.needs_place or candidate.qualifiers or m.family == "explosion" and struck) \
                    and site.head == m.head \
                    and site.dep_ in ("dobj", "nsubjpass", "npadvmod")  # "recaptured Sudzha", "shelled Nikopol (Nikopol, Dnipro)"
                hit = m.family == "explosion" and anchor.dep_ == "dobj" and m.head.dep_ == "nsubj" \
                    and anchor.head == m.head.head and anchor.head.lemma_.lower() in words["struck_verbs"]
                taken = taken or hit  # "Russian missile strikes hit Kharkiv": where the strikes fell
                # a site the act was aimed at with ACLED's brackets: "set fire to the Corps Commander House (Lahore, Punjab)"
                taken = taken or bool(candidate.qualifiers) and anchor.dep_ == "pobj" and anchor.head.head == m.head \
                    and anchor.i + 1 < len(anchor.doc) and anchor.doc[anchor.i + 1].text == "("
                if anchor.i not in tokens or not (taken or _place_position(anchor, words["place_prepositions"], place_nouns,
                                                                           clause_verb(m.head), entry_verbs)):
                    continue  # a place is where the event was, or what was taken ("recaptured Sudzha")
                if anchor.dep_ in ("compound", "amod") and anchor.head.lemma_.lower() in words["town_words"] + ["village"] \
                        and any(c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None for c in anchor.head.children):
                    continue  # "the southern Gaza towns of Rafah and Khan Younis": the towns named are where
                start = m.sentence.char_span(candidate.tokens)[0]
                if any(first <= start < last for first, last in parties) or self._names_party(m, candidate, start) \
                        or self._place_of_other_event(m, anchor):
                    continue
                resolved = self.resolve_candidate(m.sentence, candidate, clues)
                if resolved is None:
                    continue
                # In a longer name or an actor's words ("the South Sudan People's Defence Forces") only the
                # country counts, and last.
                # where a journey went or came from ("on its way to Peshawar from Quetta") ranks after where it was
                motion = int(_motion_end(anchor, words) and not m.entry.patient_is_own and not taken)  # a deployment is where it goes
                if motion and m.entry.thwarts and anchor.head.lower_ == "from":
                    continue  # "intercepted a missile launched from Yemen": stopped where it was aimed, not there
                in_actor = resolved.precision == 4 and anchor.dep_ in ("compound", "nmod", "poss", "amod") \
                    and any(a is not None and a.span[0] <= start < a.span[1] for a in (m.actor1, m.actor2))
                rank = (_FROM_A_NAME, 1, 4) if _starts_longer_name(candidate.tokens) or in_actor \
                    else (reach, motion, resolved.precision)
                if rank[0] == _FROM_A_NAME and resolved.precision < 4:
                    continue
                if best is None or rank < best[:3]:
                    best = (*rank, resolved)
                    chosen = candidate
        if best is not None and best[3].place.kind == "admin1":
            own = {t.i for t in _sentence_of_doer(clause_verb(m.head)).subtree}  # not a clause told beside it
            town = self._town_within(m, [c for c in candidates if _anchor(c.tokens).i in own], clues, best[3], parties)
            best = (best[0], best[1], town.precision, town) if town is not None else best
        for candidate in candidates if best is None else ():  # "... late on Sunday, Plateau State": a region written as one
            if candidate.hint == "admin1" and _anchor(candidate.tokens).i in scope:
                found = self.resolve_candidate(m.sentence, candidate, clues)
                if found is not None:
                    best = (1, 0, found.precision, found)
                    break
        sayer = _attribution_subject(m.head, self.codebook) if best is None and m.actor1 is not None else None
        if sayer is not None and m.actor1.actor is not None and self._argument(m.sentence, [sayer]).actor == m.actor1.actor:
            # "police in the state capital, Gusau, said they had arrested three suspected kidnappers": where they are
            for candidate in candidates:
                anchor = _anchor(candidate.tokens)
                if anchor in sayer.subtree and anchor is not sayer and (
                        _place_position(anchor, words["place_prepositions"], place_nouns) or anchor.dep_ == "appos"):
                    found = self.resolve_candidate(m.sentence, candidate, clues)
                    if found is not None and found.precision <= 2:
                        best = (1, 0, found.precision, found)
                        break
        if best is None or best[:3] > (0, 0, 1):
            capital = self._capital(m, scope | fronted, best[3] if best else None, clues)
            if capital is not None and (best is None or (0, 0, capital.precision) < best[:3]):
                best = (0, 0, capital.precision, capital)
        if best is None:
            for token in m.sentence.span:
                if token.ent_type_ == "NORP" and token.head.dep_ == "pobj" and token.i in scope \
                        and token.head.head.lower_ in ("at", "in", "to"):
                    found = country_place(token.text, m.sentence.char_span(token))
                    if found:
                        best = (1, 0, 4, found)
                        break
        if best is not None and chosen is not None and best[3] is not None and m.entry.event_type is not None:
            m.also_places = self._coordinated_towns(m, candidates, chosen, best[3], clues)
        if best is not None and best[3].place.kind == "city" and best[3].precision <= 2:
            self.last_town = best[3]
        elif best is None:
            best = self._town_told_again(m, scope | {t.i for t in _sentence_of_doer(clause_verb(m.head)).subtree})
        m.place = best[3] if best else None
        target = m.actor2
        if m.place is not None and target is not None and target.actor is None \
                and any(p.span[0] < target.span[1] and target.span[0] < p.span[1] for p in (m.place, *m.also_places)):
            # "seized Lubero": the town taken is where it happened, not whom it was done to; "from the army"
            # names who held it
            held = next((_pobj(c) for c in m.head.children if c.dep_ == "prep" and c.lower_ in m.entry.counterpart_prepositions), None)
            m.actor2 = self._argument(m.sentence, [held]) if held is not None else None

    def _group_name(self, run: list[Token]) -> bool:
        """Whether a name is that of an armed group the registry knows ("al-Qaeda", "Hezbollah")."""
        actor = self.actors.resolve(_run_text(run))
        return actor is not None and actor.kind in _ARMED_GROUP_KINDS

    def _coordinated_towns(self, m: Mention, candidates: list[PlaceName], chosen: PlaceName, place: ResolvedPlace,
                           clues: Clues) -> list[ResolvedPlace]:
        """Other towns joined by "and" to the one an event was placed in: "strikes hit Sanaa and the
        group's stronghold of Saada" are strikes on each, as ACLED codes one event per place."""
        if place.precision > 2 or place.place.kind != "city":
            return []
        found = []
        same = [chosen] + [c for c in candidates if c is not chosen and _run_text(c.tokens) == _run_text(chosen.tokens)]
        for candidate in candidates:
            if candidate in same or not any(_joined_places(_anchor(c.tokens), _anchor(candidate.tokens)) for c in same):
                continue
            if _one_name_with_and(candidate.tokens):
                continue  # "Jammu and Kashmir" is one region
            town = self.resolve_candidate(m.sentence, candidate, clues)
            if town is not None and town.precision <= 2 and town.place.kind == "city" \
                    and town.place.country_code == place.place.country_code and town.place.name != place.place.name \
                    and all(town.place.name != other.place.name for other in found):
                found.append(town)
        return found

    def _weapons_sent(self, head: Token, entry: Entry) -> bool:
        """"Sent warplanes to strike Nyala": weapons sent to strike are the strike told, not an aim."""
        sender = head.head
        if head.dep_ not in ("advcl", "xcomp") or sender.lemma_.lower() not in ("send", "dispatch", "scramble"):
            return False
        weapons = {word for kind in entry.instruments for word in self.codebook.entries[kind].instrument_words}
        return any(c.dep_ == "dobj" and c.lemma_.lower() in weapons for c in sender.children)

    def _town_told_again(self, m: Mention, scope: set[int]) -> tuple | None:
        """"The militants went through the town and shot dead 20 civilians": the town last told of."""
        if self.last_town is None:
            return None
        words = geo_words()
        for token in m.sentence.span:
            if token.i in scope and token.lemma_.lower() in words["town_words"] + ["village"] \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                    and not any(c.dep_ in ("compound", "prep", "appos", "amod") for c in token.children) \
                    and _place_position(token, words["place_prepositions"]):
                town = self.last_town
                return 1, 0, town.precision, replace(town, span=m.sentence.char_span([token]),
                                                     reason=f"'the {token.text}' is the town last told of: {town.reason}")
        return None

    def _place_of_other_event(self, m: Mention, anchor: Token) -> bool:
        """Whether a name is where another event the clause mentions happened: "stormed homes ..., in
        anger over recent killings in Jiribam district" happened where the homes were, not in Jiribam."""
        told = _place_holder(anchor)
        if told is None:
            return False
        if self._place_of_act_before(m, told):
            return True
        while anchor.dep_ == "compound" and anchor.head != anchor:
            anchor = anchor.head
        return told.pos_ == "NOUN" and told not in m.trigger and told.i < anchor.i \
            and self.codebook.noun_family(told.lemma_.lower()) in ("battle", "explosion", "violence") and told.head != m.head \
            and told.dep_ == "pobj"  # "over recent killings in ...", "since the attack in ..."

    def _place_of_act_before(self, m: Mention, told: Token | None) -> bool:
        """Whether a place phrase hung on ``told`` (see :func:`_place_holder`) is where an act named after
        "after" or "before" happened, not a typed event: "clashed with police after the arrest of Imran Khan
        in Islamabad" (the name the place hangs on may be the arrested's, inside the arrest's phrase)."""
        for _ in range(2):
            if told is None or told.pos_ == "NOUN" and self.codebook.noun_family(told.lemma_.lower()) \
                    or told.dep_ != "pobj" or told.head.lower_ != "of":
                break
            told = told.head.head
        return told is not None and m.entry.event_type is not None and told.pos_ == "NOUN" and told.dep_ == "pobj" \
            and told.head.lower_ in self.codebook.sequence_marks \
            and told not in m.trigger and self.codebook.noun_family(told.lemma_.lower()) is not None

    def _names_party(self, m: Mention, candidate: PlaceName, start: int) -> bool:
        """Whether a name inside a party's phrase is that party's own name ("National Liberation Army
        (ELN) guerrillas" is no place, whatever a gazetteer makes of it)."""
        named = self.actors.resolve(_run_text(candidate.tokens))
        return named is not None and any(a is not None and a.actor is not None and a.span[0] <= start < a.span[1]
                                         and named.name == a.actor.name for a in (m.actor1, m.actor2))

    def _town_within(self, m: Mention, candidates: list[PlaceName], clues: Clues, region: ResolvedPlace,
                     parties: list[Span]) -> ResolvedPlace | None:
        """A town of the event's clause that lies in the region chosen for it: "abducted women who had
        gone outside Titao, in Burkina Faso's Nord region" happened at Titao, not somewhere in Nord
        ("strikes on Maarat al-Numan ..., as forces pressed an offensive in Idlib province": not there)."""
        for candidate in candidates:
            start = m.sentence.char_span(candidate.tokens)[0]
            if any(first <= start < last for first, last in parties) \
                    or self._place_of_act_before(m, _place_holder(_anchor(candidate.tokens))):
                continue
            town = self.resolve_candidate(m.sentence, candidate, clues)
            if town is not None and town.precision <= 2 and town.place.kind == "city" \
                    and town.place.country_code == region.place.country_code and town.place.admin1 == region.place.admin1:
                return town
        return None

    def _capital(self, m: Mention, scope: set[int], country: ResolvedPlace | None,
                 clues: Clues) -> ResolvedPlace | None:
        """"in the South Sudanese capital", "Sudan's capital", "the capital": the country's capital city,
        the country being the one the words give, else the one of the place found beside it when the
        sentence or the report is about that country, else the one the report is about ("the capital's
        Mirpur area" in a report from Dhaka is not Pakistan's). "30 km northwest of the capital" is
        only near it (precision 2), so a town the clause names beside it wins."""
        gazetteer = Gazetteer.default()
        words = geo_words()
        for token in m.sentence.span:
            if token.i not in scope or token.lower_ != "capital" or not _place_position(token, words["place_prepositions"]) \
                    or token.pos_ == "PROPN" and token.dep_ == "compound":
                continue  # (not the word inside a name: "Islamabad Capital Territory")
            modifiers = [t for t in token.doc[token.left_edge.i:token.i] if t.text[:1].isupper() and t.dep_ != "det"]
            owner = " ".join(t.text for t in modifiers if t.tag_ != "POS")  # "the South Sudanese capital", "Sudan's"
            named = (gazetteer.country_for_adjective(owner) or gazetteer.country(owner)) if owner else None
            beside = country.place.country_code if country else None
            told = beside is not None and (beside in clues.countries or beside in clues.named or beside == self.main_country)
            code = named.country_code if named else beside if told or self.main_country is None else self.main_country
            city = gazetteer.capital(code) if code else None
            if city is not None:
                vicinity = _vicinity(token, words)
                said, precision = vicinity if vicinity and vicinity[0].i <= token.i else (token.left_edge, 1)
                return ResolvedPlace(city, precision, m.sentence.char_span([said, token]),
                                     f"'{token.doc[said.i:token.i + 1].text}' is the capital of {city.country}, "
                                     f"{city.name}")
        return None

    def resolve_candidate(self, sentence: Sentence, candidate: PlaceName, clues: Clues) -> ResolvedPlace | None:
        """One candidate resolved in its sentence: the words around it that make it approximate
        ("25 km north of") join its evidence span and set its precision."""
        if candidate.within is not None:
            # "the Tres Rios neighbourhood of Culiacan": a part lies in its town's country, else the town places it
            # and in its town's region: "the Jacarezinho favela of Rio de Janeiro" is not Jacarezinho, Parana
            town = self.resolve_candidate(sentence, candidate.within, clues)
            region = (town.place.admin1 or town.place.name,) if town is not None else ()
            part = self.resolve_candidate(sentence, replace(candidate, within=None, qualifiers=region or candidate.qualifiers),
                                          clues)
            return part if part is not None and town is not None and part.place.kind == "city" \
                and (part.place.country_code, part.place.admin1) == (town.place.country_code, town.place.admin1) else None
        run = candidate.tokens
        name = _run_text(run)
        vicinity = _vicinity(_anchor(run), geo_words())
        start, precision = vicinity if vicinity else (run[0], 1)
        doc = run[0].doc
        said = doc[start.i:run[0].i].text.strip() if start.i < run[0].i else None
        if start.i > run[-1].i:  # "the Raqqa countryside": the words follow the name
            said = doc[run[-1].i + 1:start.i + 1].text.strip()
            said = said[2:].strip() if said[:2] in ("'s", "\u2019s") else said
        return resolve_name(name, sentence.char_span([start, *run]), context_countries=self.context_countries,
                            want_admin1=candidate.hint == "admin1", near=precision == 2, tagged_place=candidate.tagged,
                            qualifiers=candidate.qualifiers, clues=_clues_besides(clues, name), vicinity=said,
                            division=candidate.division)

    def place_clues(self, sentence: Sentence, candidates: list[PlaceName], m: Mention | None = None) -> Clues:
        """What a sentence says about where its places lie, for choosing among same-named places.

        Countries: a nationality word on a place noun ("the Libyan capital", "the Lebanese city
        of Tripoli") and a possessive country ("Haiti's north", "Iraq's Anbar province").
        Regions: a first-level region written as one ("in Sindh province", "the capital of
        Telangana state"). Weaker signs: a country named as a place elsewhere in the sentence
        ("a separation from the United States"), and the country of the mention's actors.
        """
        words = geo_words()
        gazetteer = Gazetteer.default()
        countries: dict[str, str] = {}
        regions: dict[tuple[str, str], str] = {}
        named: dict[str, str] = {}
        place_nouns = set(words["not_places"] + words["admin1_words"] + words["landform_words"] + words["edge_words"])
        for token in sentence.span:
            if token.dep_ == "poss" and token.pos_ == "PROPN":
                phrase = [t for t in token.subtree if t.tag_ != "POS"]
                place = gazetteer.country(" ".join(t.text for t in phrase))
                if place is not None:  # "Haiti's north", "Iraq's Anbar province"; "China's vaccine" only names it
                    owned = token.head.lemma_.lower() in place_nouns or token.head.ent_type_ in ("GPE", "LOC", "FAC")
                    (countries if owned else named).setdefault(place.country_code, f"{phrase[-1].text}'s")
            elif token.dep_ in ("amod", "compound") and (token.ent_type_ == "NORP" or token.pos_ == "ADJ" and token.text[:1].isupper()) \
                    and (token.head.lemma_.lower() in words["not_places"] or token.head.ent_type_ in ("GPE", "LOC")
                         or token.head.lemma_.lower() in self.codebook.armed_targets):  # "an Israeli army post near Metula"
                place = gazetteer.country_for_adjective(token.text)
                if place is not None:
                    countries.setdefault(place.country_code, token.text)
        for candidate in candidates:
            anchor, first = _anchor(candidate.tokens), candidate.tokens[0]
            if not first.text[:1].isupper():
                continue  # "au" is no clue to Australia
            if not _place_position(anchor, words["place_prepositions"]) and not (candidate.hint == "admin1" and not _in_longer_name(candidate.tokens)):
                continue  # a region written as one ("..., Plateau State, late on Sunday") is a place wherever it stands
            name = _run_text(candidate.tokens)
            country = gazetteer.country(name) if candidate.hint == "admin1" else None
            if country is not None and not any(t.lemma_.lower() in words["admin1_words"] for t in (anchor.head, *anchor.children)):
                countries.setdefault(country.country_code, name)  # "northern Somalia" is no region called Somali
            elif candidate.hint == "admin1":
                named_regions = gazetteer.admin1(name)
                for region in named_regions[:1]:
                    regions.setdefault((region.country_code, region.name), f"{name} {anchor.head.text}" if anchor.dep_ == "compound" else name)
                    countries.setdefault(region.country_code, name)
                seats = gazetteer.divisions(name) if not named_regions else []
                if len({seat.country_code for seat in seats}) == 1:  # "Solhan in Yagha province": a division of one country
                    regions.setdefault((seats[0].country_code, seats[0].admin1), name)
                    countries.setdefault(seats[0].country_code, name)
            elif not candidate.qualifiers:
                place = gazetteer.country(name)
                if place is not None:
                    named.setdefault(place.country_code, name)
        actors: dict[str, str] = {}
        for argument in (m.actor1, m.actor2) if m is not None else ():
            if argument is not None and argument.actor is not None and argument.actor.country_code:
                actors.setdefault(argument.actor.country_code, argument.actor.name)
        return Clues(countries, regions, actors, {k: v for k, v in named.items() if k not in countries})

    # -- when ---------------------------------------------------------------
    def _times(self, sentence: Sentence) -> list[tuple[TimeExpression, Token | None]]:
        if self.published is None:
            return []
        out = []
        for expr in find_time_expressions(sentence.text, self.published, offset=sentence.start, day_first=self.day_first):
            token = _token_at(sentence, expr.start)
            if token is not None and _names_a_thing(token, self.codebook):
                continue  # "veterans of the 1971 independence war": the year names the war, and dates no act
            if self.dateline is not None and self.dateline[0] <= expr.start < self.dateline[1]:
                token = None  # "BOGOTA, July 18 (EFE) - ...": the day the report was filed, no clause's own
            if self.previous_time is not None and _after_event_word(expr):
                # "A day later, a US air strike ...": a day after the event told before
                expr = _counted_from(expr, self.previous_time, self.published)
            out.append((expr, _time_governor(token, self.codebook) if token is not None else None))
        return out

    def _time(self, m: Mention, times: list[tuple[TimeExpression, Token | None]], others: set[int]) -> None:
        """The date told for the trigger, or counted from the event told before when the trigger's clause is
        what that one came after or before ("The ambush came a day after gunmen attacked herders")."""
        self._told_time(m, times, others)
        clause = clause_verb(m.head)
        if clause.dep_ == "pcomp" and clause.head.lower_ in _SEQUENCE_WORDS and m.time is not None \
                and not clause.left_edge.idx <= m.time.start - m.sentence.offset < clause.right_edge.idx + 1:
            verb, interval = _before_after(clause.head)  # "on Friday, a day after firing missiles"
            days = _interval_days(interval, verb, self.codebook)
            if days is not None:
                m.time = _shifted(m.time, -days if clause.head.lower_ == "after" else days,
                                  f"{days} day(s) {clause.head.lower_} what the sentence dates")
            return
        sequence = _sequence(clause, self.codebook)
        anchor = self.previous_time
        if sequence is not None and anchor is None and self._names_violence_told(_subject(sequence[0])):
            anchor = self.violence_time  # "The ambush came a day after ...", the ambush told paragraphs before
        if sequence is None or anchor is None \
                or not (m.time is None or m.time_inherited or m.time_by_statement or m.time is self.previous_time):
            return
        governor, word = sequence
        days = _interval_days(clause, governor, self.codebook)
        if days is not None:
            shift = -days if word == "after" else days
            m.time = _shifted(anchor, shift, f"{days} day(s) {word} the event told before, of {anchor.date.isoformat()}")
            m.time_inherited = m.time_by_statement = False

    def _dates_what_came_next(self, expression: TimeExpression, governor: Token, m: Mention) -> bool:
        """Whether a date is told in a clause of what came before or after the trigger's act, apart from it:
        "twenty hostages were killed before commandos ended the siege the following morning" (but "burned
        60 houses last week after residents fled" dates the burning, whatever the parser hangs it on)."""
        marks = self.codebook.sequence_marks
        return any(t.dep_ == "advcl" and m.head not in t.subtree and any(
                   c.dep_ == "mark" and c.lower_ in marks and m.sentence.offset + c.idx < expression.start for c in t.children)
                   for t in (governor, *governor.ancestors))

    def _named_day(self, m: Mention) -> TimeExpression | None:
        """The day an event noun is named by ("the Oct. 7 attack"), when it lies more than a month before
        publication; the time rules turn such days down as dates ("the September 11 attacks")."""
        if self.published is None or m.head.pos_ != "NOUN" or not (m.time is None or m.time_inherited):
            return None
        day = [t for t in m.head.lefts if t.ent_type_ == "DATE" and t.dep_ in ("nmod", "compound", "npadvmod")]
        if not day:
            return None
        words = m.head.doc[day[0].left_edge.i:m.head.i]
        found = find_time_expressions(words.text, self.published)
        named = found[0] if found else None
        return named if named is not None and named.date_end < self.published - timedelta(days=BACKGROUND_DAYS) else None

    def _names_violence_told(self, subject: Token | None) -> bool:
        """Whether a subject names violence told before: "The ambush", "the attack"."""
        family = self.codebook.noun_family(subject.lemma_.lower()) if subject is not None else None
        return bool(family) and family in ("battle", "explosion", "violence") and any(
            c.dep_ == "det" and c.lower_ in self.codebook.anaphoric_determiners for c in subject.children)

    def _told_time(self, m: Mention, times: list[tuple[TimeExpression, Token | None]], others: set[int]) -> None:
        """The date of the trigger's own clause, else of the clauses above it, else a free one."""
        m.sentence_dated = bool(times) or any(t.ent_type_ == "DATE" for t in m.sentence.span) or self.previous_dated
        if self.published is not None and not m.future:  # "a verdict that could bar him from next year's election"
            times = [(e, g) for e, g in times if e.date_start <= self.published]
        if not times:
            if self.previous_time is not None:  # the story runs on: "And Kurdish forces held off an attack"
                m.time, m.time_inherited = self.previous_time, not self.previous_heading
            return
        clause = clause_verb(m.head)
        trigger_ids = {t.i for t in m.trigger}
        chain = [clause] + [a for a in clause.ancestors if a.lemma_ not in self.codebook.attribution_verbs]
        # the trigger's own date first ("opened Monday over the 2004 bombing": the bombing is of 2004)
        own = [e for e, g in times if g is not None and g.i in trigger_ids or _told_after(e, m)] \
            + [e for e, g in times if g is not None and g.i == clause.i and g.i not in trigger_ids]
        # a date told inside the trigger's own phrase ("met Kim at the Singapore summit in June 2018")
        within = [e for e, g in times if g is not None and g.i not in trigger_ids and g.i != clause.i
                  and m.head.pos_ in ("VERB", "AUX") and g in m.head.subtree
                  and (self.codebook.noun_family(g.lemma_.lower()) == m.family or g in m.means)]
        # the nearest clause above first ("the 2004 bombing that killed nine soldiers", told on Monday)
        rank = {c.i: n for n, c in enumerate(chain[1:])}
        inherited = sorted((e for e, g in times if g is not None and g.i in rank), key=lambda e: rank[_time_owner(e, times).i])
        # "said on Tuesday" dates the statement; "... on Tuesday night, leaders said" dates what they report
        statement = [e for e, g in times if g is not None and g.lemma_ in self.codebook.attribution_verbs
                     and e.start >= m.sentence.offset + g.idx]
        loose = [e for e, g in times if e not in own + inherited + statement and g is not None
                 and g.i not in others and clause_verb(g).i not in others and not self._dates_what_came_next(e, g, m)]
        filed = [e for e, g in times if g is None]
        # verbs joined by "and" share the day told on the last ("ransacked and set fire to churches ... on Wednesday")
        joined = [e for e, g in times if g is not None and g.pos_ == "VERB" and g.dep_ == "conj" and g.head == clause
                  and _subject(g) is None]
        if own:
            m.time = own[0]
        elif within:
            m.time = within[0]
        elif joined:
            m.time = joined[0]
        elif inherited:
            m.time = inherited[0]
        elif loose:
            m.time = loose[0]
        elif statement and self.previous_time is not None and (m.actor1 is None or timedelta(0) <= statement[0].date
                                                                 - self.previous_time.date <= timedelta(days=2)):
            # "Four people were killed, the governor said on Friday": a toll of what was just told, on its day;
            # "Police arrested 200 people, the police chief said on Tuesday" after Monday's march: that day's
            m.time, m.time_inherited = self.previous_time, True
        elif statement:  # "the army said on Saturday it had seized the town": by that day at the latest
            m.time, m.time_by_statement = statement[0], True
        elif filed:  # a dateline's day: the report was filed then, so it happened by then
            m.time, m.time_by_statement = filed[0], True
        if m.time is not None and statement and m.time not in statement and m.time.relative \
                and (m.time.text.lower().endswith("earlier") or _after_event_word(m.time)):
            # "said on Thursday ... a day earlier", "said on Wednesday ... the previous day" (counted from the
            # statement's day, not from the event told before, as _times did for words that follow an event)
            counted = self.previous_time is not None and _after_event_word(m.time)
            m.time = _counted_from(m.time, statement[0], self.previous_time.date if counted else self.published)
        if m.time is not None and m.future:
            m.time = toward_future(m.time, self.published)

    # -- type decided by the target ------------------------------------------------
    def _retype(self, m: Mention) -> None:
        """Type decided by the instrument ("warplanes struck"), the actor or the target."""
        if m.entry.instruments:
            # weapons the doers were armed with are what they carried, not how they struck ("militants armed
            # with grenades and assault rifles attacked a police post": an armed clash)
            carried = _carried(m.sentence, self.codebook)
            said = " ".join(t.lemma_.lower() for t in clause_verb(m.head).subtree if t.i not in carried)
            if self._weapons_sent(clause_verb(m.head), m.entry):  # "sent warplanes to strike"
                said += " " + " ".join(c.lemma_.lower() for c in clause_verb(m.head).head.children if c.dep_ == "dobj")
            if m.actor1:
                words = [t for t in m.sentence.span if m.actor1.span[0] <= m.sentence.offset + t.idx < m.actor1.span[1]]
                said += " " + (" ".join(t.lower_ for t in words if t.i not in carried) if words else m.actor1.text.lower())
            for entry_id in m.entry.instruments:
                entry = self.codebook.entries[entry_id]
                if any(f" {word} " in f" {said} " for word in entry.instrument_words):
                    m.event_type, m.sub_event_type = entry.event_type, entry.sub_event_type
                    m.plover_mode, m.family = entry.plover_mode, entry.family
                    return
        actor1 = m.actor1.actor if m.actor1 else None
        target = m.actor2.actor if m.actor2 else None
        if actor1 is not None and actor1.kind == "civilians" and m.violent \
                and _lone_person(m.actor1, m.sentence, self.codebook):
            # "a man drove a truck into a crowd, killing 84": one person who kills is no mob and no civilian
            # victim, but an attacker no one has named
            actor1 = self.actors.role("unidentified", actor1.country_code, f"one person who kills: '{m.actor1.text}'")
            m.actor1 = replace(m.actor1, actor=actor1)
        typed_by_doer = actor1 is not None and actor1.kind in m.entry.actor_types and (
            "against" not in m.entry.actor_types[actor1.kind]
            or target is not None and target.kind in m.entry.actor_types[actor1.kind]["against"])
        if typed_by_doer:
            typed_by_actor(m, m.entry.actor_types[actor1.kind])  # a crowd that kills is a mob
        taken = m.actor2.actor if m.entry.needs_place and m.actor2 is not None and not m.actor2.is_place else None
        person = m.entry.needs_place and m.actor2 is not None and m.actor2.actor is None and not m.actor2.is_place \
            and m.actor2.text[:1].isupper() and any(  # "Superlano was seized by hooded men": a person, no town
                t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not Gazetteer.default().lookup(m.actor2.text)
                for t in m.sentence.span if m.actor2.span[0] <= m.sentence.char_span([t])[0] < m.actor2.span[1])
        if taken is not None and taken.kind in _PEOPLE_KINDS or person:
            m.dropped = m.dropped or f"what was seized is people ('{m.actor2.text}'), not a place"
        goods = m.entry.needs_place and m.actor2 is not None and m.actor2.actor is None \
            and _head_word(m.actor2) in self.codebook.seized_goods
        if goods:  # "seized explosives and suicide vests": no territory changed hands
            m.dropped, m.goods = m.dropped or f"what was seized is goods ('{m.actor2.text}'), not a place", True
        if m.entry.needs_armed_actor and not (actor1 is not None and actor1.kind in ARMED_KINDS):
            m.dropped = m.dropped or f"'{m.trigger[0].text}' with no armed actor and no weapon named"
            m.everyday = True
        if m.entry.doer_kinds and not (actor1 is not None and actor1.kind in m.entry.doer_kinds) \
                and not (actor1 is not None and actor1.kind == "civilians" and self._protest_aim(clause_verb(m.head))):
            m.dropped = m.dropped or f"'{m.trigger[0].text}' is an event only when {' or '.join(m.entry.doer_kinds)} do it"
            m.everyday = True
        if m.entry.foreign_forces and not _arrived_abroad(actor1, m.place):
            m.dropped = m.dropped or f"'{m.trigger[0].text}' is no deployment: no forces arriving in a country not theirs"
        if m.entry.sub_event_by_actor1:
            state = actor1 is not None and actor1.kind in ("state_forces", "police", "government")
            m.sub_event_type = m.entry.sub_event_by_actor1["state" if state else "other"]
        scope = _clause_scope(m.head) if m.entry.recast else set()
        said = f" {' '.join(t.lower_ for t in m.sentence.span if t.i in scope)} " if scope else ""
        change = next((c for c in m.entry.recast if any(f" {cue} " in said for cue in c["cues"])), None)
        if change is not None:
            m.event_type, m.sub_event_type, m.plover = change["event_type"], change["sub_event_type"], change["plover"]
            m.family, m.plover_mode = change["family"], change.get("plover_mode")
        if not typed_by_doer:  # what the doer is types first: a mob that kills suspected gang members is still a mob
            retype_by_target(m, self.codebook)

    # -- how many, per whom ----------------------------------------------------------
    def _facts(self, sentence: Sentence) -> SentenceFacts:
        cas = self.codebook.casualties
        facts = SentenceFacts(sentence)
        vague = vague_words()
        for token in sentence.span:
            if not (token.like_num or token.lower_ in vague) or token.ent_type_ in ("MONEY", "PERCENT", "ORDINAL"):
                continue
            if token.ent_type_ in ("DATE", "TIME") and (token.head.ent_type_ in ("DATE", "TIME") or token.head == token):
                continue  # "11 May", "the 1990s"; but "Between 11 and 15 combatants" the tagger may call a date too
            if token.lower_ in ("a", "an", "one", "no", "single") and token.dep_ != "nummod":
                continue
            phrase = [t for t in sentence.span[token.left_edge.i - sentence.span.start: token.i + 1 - sentence.span.start] if not t.is_space]
            phrase = phrase[max(0, len(phrase) - 4):]
            phrase = _with_range(phrase, token)
            count = parse_count(token.doc[phrase[0].i:phrase[-1].i + 1].text)  # as written: "Twenty-one"
            if count is None:
                continue
            counted = token.head if token.dep_ in ("nummod", "quantmod") or (token.dep_ == "amod" and (token.lower_ in vague or token.like_num)) else token
            kind = _casualty_kind(counted, cas) if counted.lemma_.lower() not in cas["collective_nouns"] else None
            if kind is None or _describes_someone(counted, self.codebook) or _subset(counted) \
                    or _nationwide(clause_verb(counted)) or _told_since(clause_verb(counted)):
                continue  # "31 officers were injured in clashes across the country": no one event's
            figure = Figure(count, sentence.char_span(phrase), " ".join(t.text for t in phrase), _toll_update(token, cas))
            bucket = facts.fatalities if kind == "fatal" else facts.injuries
            partner = next(((c, f) for c, f in bucket if counted in c.children and counted.dep_ == "conj"), None)
            if partner is not None:  # "12 soldiers and 20 militants were killed": 32
                bucket.remove(partner)
                figure = added(partner[1], figure)
                counted = partner[0]
            singles = [c for c in counted.children if c.dep_ == "conj" and _one_of(c)]
            if partner is None and counted.dep_ == "conj" and _one_of(counted.head):
                singles.append(counted.head)  # "a woman and her two children": three
            verb = clause_verb(counted)
            singles += [t for t in verb.subtree if t.lower_ == "another" and t.dep_ == "conj" and t.head.dep_ == "pobj"
                        and clause_verb(t) == verb]  # "Five people died at the scene and another in hospital": six
            if singles:  # "seventeen insurgents and a soldier": 18
                figure = Figure(_sum(figure.count, Count(len(singles), len(singles), len(singles))),
                                (figure.span[0], sentence.char_span(_phrase_tokens(singles[-1]))[1]),
                                f"{figure.text} + {len(singles)}")
            bucket.append((counted, figure))
            if kind == "fatal" and counted.lemma_.lower() in cas["civilian_nouns"]:
                facts.civilians.append((counted, figure))
        if not facts.fatalities:
            victim = next((t for t in sentence.span if self._one_victim(t)), None)
            if victim is not None:  # "gunmen shot dead a journalist": one dead, though no figure is written
                joined = [c for c in victim.children if c.dep_ == "conj" and _one_of(c)] \
                    if any(c.dep_ == "cc" and c.lower_ == "and" for c in victim.children) else []  # "a man and his son": two
                # (but "its rider, a Hezbollah member" is one)
                words = _phrase_tokens(victim)
                n = 1 + len(joined)
                figure = Figure(Count(n, n, n), sentence.char_span(words), " ".join(t.text for t in words))
                facts.fatalities.append((victim, figure))
                if victim.lemma_.lower() in cas["civilian_nouns"]:
                    facts.civilians.append((victim, figure))
        if not facts.injuries:
            hurt = next((t for t in sentence.span if self._one_hurt(t)), None)
            if hurt is not None:  # "killing a woman and injuring the driver": one hurt
                words = _phrase_tokens(hurt)
                facts.injuries.append((hurt, Figure(Count(1, 1, 1), sentence.char_span(words), " ".join(t.text for t in words))))
        for token in sentence.span:
            if token.lemma_.lower() in ("half", "third", "quarter", "majority", "most", "all") and token.dep_ in _SUBJECTS:
                of = next((c for c in token.children if c.lower_ == "of"), None)
                obj = _pobj(of) if of is not None else None
                attr = next((c for c in token.head.children if c.dep_ in ("attr", "acomp")), None)
                if obj is not None and obj.lemma_.lower() in cas["fatality_nouns"] | cas["fatality_adjectives"] \
                        and attr is not None and attr.lemma_.lower() in cas["civilian_nouns"]:
                    words = [t for t in sentence.span if token.left_edge.i <= t.i <= token.i]
                    share = parse_share(" ".join(t.text for t in words))
                    if share:
                        facts.civilian_share = (share, sentence.char_span(words + [attr]))
        for token in sentence.span:
            if token.pos_ in ("VERB", "AUX") and (_matches(token, self.codebook.responsibility_phrases)
                                                  or _claims_deed(token, self.codebook)):
                subject = _subject(token)
                if subject is not None and subject.pos_ == "PRON":  # "Al-Shabaab said it was behind the attack"
                    subject = _attribution_subject(token, self.codebook) or subject
                if subject is not None:
                    claimant = self._argument(sentence, [subject])
                    # "Jama'atu Ahlis Sunna ... (JAS), also known as Boko Haram, claimed": a name inside, or
                    # in a second subject the parser split the name into
                    parts = [subject, *(c for c in token.children if c.dep_ in _SUBJECTS and c != subject)]
                    for part in parts:
                        claimant = claimant if claimant.actor is not None else self._named_within(sentence, part) or claimant
                    if claimant.actor is None:  # "Jamaat-ul-Ahrar claimed": a hyphenated name the parse broke up
                        words = [t for t in sentence.span if min(p.left_edge.i for p in parts) <= t.i < token.i]
                        claimant = self._argument(sentence, [subject], phrase_tokens=words) if words else claimant
                    facts.claimant = claimant if claimant.actor is not None else None
            if token.pos_ in ("VERB", "AUX") and _matches(token, self.codebook.denial_phrases) and _subject(token) is not None:
                said_by = _subject(token)
                if said_by.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
                    said_by = token.head  # "blamed the PKK, which denied responsibility"
                denier = self._argument(sentence, [said_by])
                facts.denier = denier if denier.actor is not None else facts.denier
        for token in sentence.span:
            blamed = [p[1] for p in self.codebook.blame_phrases if p[0] == token.lemma_.lower()] if token.pos_ == "VERB" else []
            holders = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "on" may hang on the object
            on = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in blamed), None)
            doer = self._argument(sentence, [_pobj(on)]) if on is not None and _pobj(on) is not None else None
            blamed_one = next((c for c in token.children if c.dep_ == "dobj" and not self.codebook.noun_family(c.lemma_.lower())),
                              None) if blamed else None
            if doer is None and blamed_one is not None:  # "blaming fighters of the ADF", "blamed al-Shabaab for it"
                doer = self._argument(sentence, [blamed_one])  # (a state blamed is a political accusation)
                doer = doer if doer.actor is not None and doer.actor.kind in _ARMED_GROUP_KINDS else None
            if doer is not None and doer.actor is not None and doer.actor.kind not in _VICTIM_KINDS:
                facts.claimant = doer  # "residents blamed the strike on the military"
        for token in sentence.span:
            if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
                obj = _pobj(token.nbor())
                if obj is not None:
                    words = _phrase_tokens(obj)
                    text = " ".join(t.text for t in words).strip()
                    text = text[4:] if text.lower().startswith("the ") else text
                    facts.source = (text, sentence.char_span(words))
        if facts.source is None:
            victims = frozenset(c.i for c, _ in facts.fatalities + facts.injuries)
            facts.source = self._speaker(sentence, victims)
        return facts

    def _one_victim(self, token: Token) -> bool:
        """Whether a word names one person killed: "killed a village chief", "beat to death a man"."""
        verb, cas = token.head, self.codebook.casualties
        dead_before = any(a.lower_ == "dead" and a.dep_ == "amod" and a.i == verb.i + 1 for a in token.children)
        return (verb.lemma_.lower() in cas["killing_verbs"] or verb.lower_ == "dead" or _told_dead(verb) or dead_before) \
            and token.dep_ in ("dobj", "nsubjpass") and self._one_person(token)  # "shot dead the commissioner"

    def _one_hurt(self, token: Token) -> bool:
        """Whether a word names one person hurt: "injuring the driver", "a soldier was lightly wounded",
        "a third worker escaped with a gunshot wound"."""
        verb, cas = token.head, self.codebook.casualties
        told = verb.lemma_.lower() in cas["injury_verbs"] and not _told_dead(verb) and token.dep_ in ("dobj", "nsubjpass")
        return (told or token.dep_ in _SUBJECTS and _suffers_injury(verb, cas)) and self._one_person(token)

    def _one_person(self, token: Token) -> bool:
        """Whether the object or passive subject of a casualty verb is one person, told with no figure."""
        cas = self.codebook.casualties
        pronoun = token.tag_ == "PRP" and token.lower_ in ("him", "her")  # "dragged a villager out and killed him"
        one = (token.tag_ == "NN" or token.ent_type_ == "NORP") and _one_of(token)  # "a farmer", "a 19-year-old Palestinian"
        aged = token.lower_ == "old" and any(c.lemma_.lower() == "year" for c in token.children) \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)  # "a 17-year-old was shot dead"
        if token.dep_ not in ("dobj", "nsubjpass", "nsubj") or not (pronoun or one or aged):
            return False
        return pronoun or aged or token.lemma_.lower() in cas["person_nouns"] or token.ent_type_ in ("NORP", "ORDINAL") \
            or self.actors.resolve(_phrase_text(token)) is not None  # "a 19-year-old Palestinian was shot dead"

    def _speaker(self, sentence: Sentence, victims: frozenset[int] = frozenset()) -> tuple[str, Span] | None:
        """Who the sentence's main clause says told it: "..., the Syrian Observatory for Human
        Rights said", "police said ...", "a local official told Reuters". Pronouns ("he said")
        name nobody, nor do the dead the parser made the subject ("killing 50 people ..., witnesses said")."""
        for token in sentence.span:
            if token.dep_ not in ("ROOT", "parataxis") or token.lemma_ not in self.codebook.attribution_verbs:
                continue
            subject = _subject(token)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i not in victims:
                words = _phrase_tokens(subject)
            else:  # "..., the Syrian Observatory for Human Rights said": the parser hung the name elsewhere
                words = _words_before(token)
            if not words:
                continue
            text = " ".join(t.text for t in words).strip()
            text = text[4:] if text.lower().startswith("the ") else text
            return (text, sentence.char_span(words)) if text else None
        return None

    def _assign_figures(self, mentions: list[Mention], facts: SentenceFacts) -> None:
        # "marched ..., demanding accountability for the collapse that killed 15 people in November": the
        # toll of an act told as background is that act's, no one else's
        past = {m.head.i for m in mentions if m.history and clause_verb(m.head) == m.head}
        for attr in ("fatalities", "injuries", "civilians"):
            setattr(facts, attr, [(c, f) for c, f in getattr(facts, attr) if clause_verb(c).i not in past])
        violent = [m for m in mentions if (m.violent or m.family == "protest") and not m.dropped]  # a protest's hurt too
        if not violent:
            return
        for attr in ("fatalities", "injuries", "civilians"):
            given: dict[int, list[Token]] = {}  # the counted words each mention's figure came from
            for counted, figure in getattr(facts, attr):
                nearest = min(violent, key=lambda m: abs(m.head.i - counted.i))
                told = given.setdefault(id(nearest), [])
                if getattr(nearest, attr) is None:
                    setattr(nearest, attr, figure)
                elif told and not any(counted in t.subtree or t in counted.subtree for t in told):
                    # "Two policemen were martyred, while four terrorists were also killed": six dead
                    setattr(nearest, attr, added(getattr(nearest, attr), figure))
                told.append(counted)
        if facts.civilian_share:
            violent[0].civilian_share = violent[0].civilian_share or facts.civilian_share
        if facts.source:
            for m in violent:
                m.source = m.source or facts.source


# -- grammar helpers ----------------------------------------------------------------
def clause_verb(token: Token) -> Token:
    """The verb whose clause a token belongs to (the token itself if it is a verb)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current
        current = current.head
    return current


def _modifier_scope(m: Mention) -> list[Token]:
    """The words that qualify the act itself: the clause verb with its particles, adverbs and
    adverbial phrases, and the trigger's own modifiers ("repeated air strikes", "in recent months")."""
    clause = clause_verb(m.head)
    words = {clause, *m.trigger}
    for owner in {clause, m.head}:
        for child in owner.children:
            if child.dep_ in ("prt", "advmod", "npadvmod", "amod", "prep", "neg", "dobj", "acomp") and \
                    not (child.dep_ == "dobj" and child.i in {t.i for t in m.trigger}):
                words.update(child.subtree if child.dep_ in ("prep", "npadvmod", "advmod") else [child])
    return sorted(words, key=lambda t: t.i)


def _clause_scope(head: Token) -> set[int]:
    """Token ids of the trigger's own clause: without sub-clauses that have a subject of their own."""
    clause = clause_verb(head)
    inner: set[int] = set()
    for token in clause.subtree:
        if token.i != clause.i and token.pos_ in ("VERB", "AUX") and token.dep_ in ("conj", "advcl", "ccomp", "relcl", "parataxis") \
                and _subject(token) is not None and head not in token.subtree and token != head:
            inner.update(t.i for t in token.subtree)
    return ({t.i for t in clause.subtree} | {t.i for t in head.subtree}) - inner


# Clauses that tell facts of their own even below a verb of opinion or wish: "warned that ...,
# as Tehran rejected the offer", "urged calm and the army withdrew", "feared attacks that killed 5".
_OWN_CLAUSE_DEPS = ("advcl", "conj", "relcl", "parataxis")


def _irrealis_governor(head: Token, trigger_ids: set[int], codebook: Codebook) -> Token | None:
    """The word of opinion, wish or forecast whose scope the trigger lies in, if any. The scope
    ends at a finite clause of its own, a verb that makes its object real ("called a
    meeting") does not govern that object, and the trigger a verb tells of ("a bomb went off",
    "the protest called for") is not in its scope (but "an attack was planned" is)."""
    child = head
    for ancestor in head.ancestors:
        if child.dep_ in _OWN_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and _finite(child):
            return None
        if child is head and child.dep_ == "nsubj":
            child = ancestor
            continue
        lemma = ancestor.lemma_.lower()
        if lemma in codebook.irrealis_governors and ancestor.i not in trigger_ids \
                and not (lemma in codebook.real_object_governors and child.dep_ == "dobj"):
            return ancestor
        child = ancestor
    return None


def _part_of_named_place(part: list[Token], town: list[Token], words: dict) -> bool:
    """Whether a name is a part of the town named next: "the X neighbourhood of Y", "X district of the Y"."""
    doc, i = part[-1].doc, part[-1].i + 1
    between = [t.lower_ for t in doc[i + 1:town[0].i]]
    return doc[i].lemma_.lower() in words["part_words"] and between in (["of"], ["of", "the"])


def _place_holder(anchor: Token) -> Token | None:
    """The word a place phrase ("in Jiribam district", "at X", "near X") hangs on, if the name is one."""
    while anchor.dep_ == "compound" and anchor.head != anchor:  # "in Jiribam district"
        anchor = anchor.head
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("in", "at", "near"):
        return None
    return anchor.head.head


def _possessed_part(town: list[Token], part: list[Token], words: dict) -> bool:
    """Whether a name is a part of the town that owns it: "Dhaka's Gulshan neighbourhood"."""
    doc, i = town[-1].doc, town[-1].i + 1
    return i < len(doc) and doc[i].tag_ == "POS" and part[0].i == i + 1 \
        and part[-1].i + 1 < len(doc) and doc[part[-1].i + 1].lemma_.lower() in words["part_words"]


def _mistagged_people(run: list[Token], anchor: Token, words: dict) -> bool:
    """A name the tagger took for a people but that stands after "in", "near"... and is no
    people's name ("near Kidal"): a place."""
    return _after_place_preposition(anchor, words) and country_place(_run_text(run), (0, 0)) is None


def _sides(m: Mention) -> tuple[Token | None, Token | None]:
    """The two sides of a fight told with "between", on the trigger or on the verb it is
    the subject of: "fighting between the army and the RSF", "fighting broke out ... between"."""
    holders = [*m.trigger] + ([m.head.head] if m.head.dep_ in ("nsubj", "dobj") else [])
    for word in (w for t in holders for w in t.subtree):  # a parser may hang it on a date: "on 6 August ... between"
        first = _pobj(word) if word.dep_ == "prep" and word.lower_ == "between" else None
        if first is not None and not first.like_num and first.ent_type_ not in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
            return first, next((c for c in first.children if c.dep_ == "conj"), None)
    return None, None


def _rivals(group: Token, rival_words: set[str]) -> bool:
    """Whether a plural noun with no partner tells a group fighting itself: "two rival clans",
    "rival factions of FARC dissidents" (but not "clashes between soldiers and rebels")."""
    return group.tag_ == "NNS" and not any(c.dep_ == "conj" for c in group.children) \
        and any(c.dep_ in ("amod", "nummod") and c.lower_ in rival_words for c in group.children)


def _describes_a_place(clause: Token) -> bool:
    """Whether a clause describes a place as it is: "an area where federal troops are battling Fano"."""
    words = geo_words()
    place_nouns = set(words["not_places"] + words["landform_words"] + words["part_words"])
    present = clause.tag_ in ("VBP", "VBZ") or clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in clause.children)
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in place_nouns and present


def _bracketed_site(anchor: Token) -> Token:
    """The site a place in ACLED's brackets is written after stands where the place does: in "struck
    the Yavoriv military base (Yavoriv, Lviv)" the base tells how Yavoriv relates to the strike."""
    doc = anchor.doc
    if anchor.dep_ == "appos" and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.i > 0 and doc[anchor.i - 1].text == "(" \
            and anchor.head.i == anchor.i - 2:
        return anchor.head
    return anchor


_BACKING_WORDS = frozenset({"back", "backed", "support", "supported", "sponsor", "sponsored", "fund", "funded",
                            "train", "trained", "ally", "allied", "align", "aligned"})  # not "armed": "an armed group"


def _operation_doer(relative: Token, codebook: Codebook) -> Token | None:
    """Who ran the operation a relative pronoun stands for: "Israeli forces rescued four hostages ...
    in an operation that (health officials said) killed 274 Palestinians" -> the forces."""
    clause = next((a for a in relative.ancestors if a.dep_ == "relcl"), None)
    operation = clause.head if clause is not None else None
    if operation is None or operation.lemma_.lower() not in codebook.operation_nouns or operation.dep_ != "pobj" \
            or operation.head.lower_ not in ("in", "during"):
        return None
    verb = operation.head.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in ("VERB", "AUX") else None


def _describes_someone(counted: Token, codebook: Codebook) -> bool:
    """Whether a count stands in a clause describing a person or group, not an event: "the ADF, a
    group accused of killing thousands of civilians" (but "a bombing that killed 12" is the toll)."""
    clause = next((a for a in counted.ancestors if a.dep_ in ("relcl", "acl")), None)  # the nearest only
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN") or codebook.terms_at(clause.head.lemma_.lower()):
        return False
    if clause.lemma_.lower() in codebook.attribution_verbs and codebook.noun_family(clause.head.lemma_.lower()) is None \
            and clause.head.lemma_.lower() in codebook.operation_nouns:
        return False  # "an operation that health officials said killed 274": the operation's toll
    below = [a for a in counted.ancestors if clause in a.ancestors]
    if any(a.dep_ == "advcl" and any(codebook.entries[t.entry_id].violent for t in codebook.terms_at(a.lemma_.lower()))
           for a in below):
        return False  # "bombed a crowd gathered for a ceremony, killing 50 people", hung on "gathered" by the parser
    # "Malian soldiers ... executed 13 civilians", which the parser may read as a description, is still a toll
    return not any(codebook.entries[term.entry_id].violent for term in codebook.terms_at(clause.lemma_.lower()))


def _agent_of_acl(thing: Token, codebook: Codebook) -> Token | None:
    """Who a thing was sent by: "drones launched by the RSF", "shells fired by Houthi forces"."""
    for acl in (c for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() in codebook.sent_by_verbs):
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        if agent is not None and _pobj(agent) is not None:
            return _pobj(agent)
    return None


def _charge(accusation: Mention) -> set[Token]:
    """The words of what an accusation or an arrest charges someone with, told as an act: its "of"/"for"
    clause, or "on suspicion of", on the verb or on its object ("accused Eritrea of arming militias
    fighting ..."). An event named there ("blamed al-Shabaab for Sunday's bombing") is still the report's."""
    head = accusation.head
    holders = [head, *(c for c in head.children if c.dep_ in ("dobj", "nsubjpass"))]
    charge_nouns = load_codebook().charge_nouns
    return {t for holder in holders for c in holder.children
            if c.dep_ == "prep" and c.lower_ in accusation.entry.charge
            and any(g.dep_ == "pcomp" or g.dep_ == "pobj" and g.lemma_.lower() in charge_nouns for g in c.children)
            for t in c.subtree}  # "detained on suspicion of organising protests": a charge too


def joined_clauses(a: Token, b: Token) -> bool:
    """Whether two words stand in one clause or in a clause and one it governs."""
    verb_a, verb_b = clause_verb(a), clause_verb(b)
    # "people were killed when warplanes bombed the market, the office said": the parser may hang the
    # "when" clause on the attribution verb, beside the clause it belongs to
    misplaced = verb_a.head == verb_b.head and {verb_a.dep_, verb_b.dep_} == {"ccomp", "advcl"}
    # "blew himself up ... as employees were leaving work, killing six": the participle hung on the "as" clause
    nested = any(y.dep_ == "advcl" and y.head.dep_ == "advcl" and y.head.head == x and y.tag_ == "VBG"
                 for x, y in ((verb_a, verb_b), (verb_b, verb_a)))
    return verb_a == verb_b or verb_a.head == verb_b or verb_b.head == verb_a or misplaced or nested


def _blames_event(verb: Token, codebook: Codebook) -> bool:
    """ "Residents blamed the strike on the military": an event told as someone's doing ("on" may
    hang on the verb or on its object). So does a blame told in passing by the one who tells of it
    ("twelve civilians were killed, local officials said, blaming ADF fighters")."""
    prepositions = {p[1] for p in codebook.blame_phrases if p[0] == verb.lemma_.lower()}
    if prepositions and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") \
            and verb.head.lemma_.lower() in codebook.attribution_verbs:
        charge = _pobj(next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None))
        family = charge is not None and codebook.noun_family(charge.lemma_.lower())
        return charge is None or any(e.violent and e.family == family for e in codebook.entries.values())
    for event in (c for c in verb.children if c.dep_ == "dobj" and codebook.noun_family(c.lemma_.lower())):
        if any(c.dep_ == "prep" and c.lower_ in prepositions for h in (verb, event) for c in h.children):
            return True
    return False


def _hits_explosive(verb: Token, codebook: Codebook) -> bool:
    """Whether a verb's object is an explosive its subject ran into ("the bus hit a landmine")."""
    return _matches(verb, codebook.run_into_verbs) and any(
        c.dep_ == "dobj" and codebook.noun_family(c.lemma_.lower()) in codebook.struck_by_families for c in verb.children)


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _shared_passive(verb: Token) -> bool:
    """Whether a participle joined to a passive verb shares its passive: "four farmers were abducted and
    killed" (the farmers were killed too, they killed no one)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                                                   for c in verb.children) \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) > 1 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i:
        return subjects[1]  # "Sudan's paramilitary Rapid Support Forces shelled": one name the parser cut in two
    return subjects[0] if subjects else None


def _bracketed(token: Token) -> bool:
    """Whether a word stands inside brackets: an aside such as ACLED's "(Region, Country)", never an argument."""
    for before in reversed(token.sent[: token.i - token.sent.start]):
        if before.text in (")", "("):
            return before.text == "("
    return False


def _inherited_subject(verb: Token) -> Token | None:
    """The subject an xcomp/conj/advcl verb shares with its head ("reported to have held")."""
    joined = _verb_taken_for_modifier(verb)
    current = joined if joined is not None else verb
    for _ in range(4):
        subject = _subject(current)
        if subject is not None:
            return subject
        prep = current.head
        intervals = load_codebook().interval_days
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and prep.lower_ in _SEQUENCE_WORDS and any(
                t.dep_ == "npadvmod" and t.lemma_.lower() in intervals for t in (prep.head, *prep.children)):
            current = _before_after(prep)[0]  # "announced sanctions a day after firing missiles": who announced fired
            continue
        if current.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or current.head == current:
            return None
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in load_codebook().attribution_verbs:
            return None  # "SANA said rockets ... hit homes, killing two": who tells it did not do it
        if current.dep_ == "conj" and current.head.lemma_.lower() in load_codebook().attribution_verbs:
            # "tanks pushed into Bani Suheila, residents said, and exchanged fire": the tanks, not the residents
            said = current.head
            told = said.head if said.dep_ == "parataxis" else next(
                (c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
            if told is not None and told.pos_ in ("VERB", "AUX"):
                current = told
                continue
        sayer = next((c for c in current.head.children if c.dep_ == "parataxis" and current.head.i < c.i < current.i),
                     None) if current.dep_ == "advcl" and current.tag_ == "VBG" else None
        if sayer is not None:  # "..., the health office said, accusing the rebels of ...": the office accuses
            return _subject(sayer)
        nearer = next((v for v in current.head.children if v.dep_ == "advcl" and current.head.i < v.i < current.i
                       and any(c.dep_ == "mark" and c.lower_ in load_codebook().sequence_marks for c in v.children)
                       and _subject(v) is not None), None) if current.dep_ == "advcl" and current.tag_ == "VBG" else None
        if nearer is not None:  # "killed 20 rebels after the group attacked a school, killing 41": the group killed
            return _subject(nearer)
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current.head.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in current.head.children):
            current = current.head  # "blew himself up as employees were leaving, killing six": the bomber kills
        current = current.head
    return None


def _object_lemmas(thing: Token) -> set[str]:
    """What an object names: its noun, and for a measure of something ("700 kg of medicine",
    "$5 million worth of aid") the thing measured."""
    lemmas = {thing.lemma_.lower()}
    for prep in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = _pobj(prep)
        if obj is not None:
            lemmas.add(obj.lemma_.lower())
    return lemmas


def _only_with(target: Token, entry: Entry) -> bool:
    """Whether violence's counterpart was read from "with" alone, which a target told "on" or "against"
    outranks ("launched an assault with armoured vehicles on Ukrainian positions")."""
    return entry.violent and target.dep_ == "pobj" and target.head.lower_ == "with"


def _target_of(child: Token, entry: Entry) -> Token | None:
    """The counterpart a preposition names: "with X", "against X"; "on X" for attacks; "at X" for talks."""
    if child.dep_ != "prep":
        return None
    wanted = {"with", "against", "targeting"} | ({"on"} if entry.violent or entry.family == "sanction" else set()) \
        | ({"into"} if entry.violent else set()) \
        | ({"at"} if entry.family == "consult" else set()) \
        | ({"to"} if entry.event_type is None and not entry.patient_is_own and entry.family != "consult" else set()) \
        | ({"to"} if entry.object_nouns and not entry.violent else set()) \
        | ({"for"} if entry.family == "aid" else set()) \
        | ({"at", "on", "into"} if entry.object_is_actor1 else set()) \
        | set(entry.counterpart_prepositions)  # aid "for X"; tear gas fired "at X"; taken "from X"
    obj = _pobj(child)
    if child.lower_ == "at" and entry.violent and obj is not None and (obj.ent_type_ in ("GPE", "LOC", "FAC") or (
            obj.pos_ == "PROPN" and any(p.match == "exact" for p in Gazetteer.default().lookup(obj.text)))):
        return None  # "fired missiles at Kharkiv": where they fell, not whom (but "at an army base": whom)
    if child.lower_ in wanted and obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
        return obj
    if child.lower_ == "between" and obj is not None and any(c.dep_ == "nummod" for c in obj.children):
        return obj  # "killing between 50 and 100 people": a count the parser hung on "between"
    return None


def _owner_noun(verb: Token) -> Token:
    """The noun a participle hangs on, climbing out of prepositions ("men on motorbikes" -> men)."""
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head != noun:
        noun = noun.head.head
    return noun


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _words_before(verb: Token) -> list[Token]:
    """The name written between a comma and a closing "said" (", the Syrian Observatory for Human
    Rights said."): nouns, names and their linking words only, at most ten."""
    words: list[Token] = []
    for token in reversed(list(verb.doc[max(verb.sent.start, verb.i - 11):verb.i])):
        if token.text == ",":
            break
        words.insert(0, token)
    else:
        return []
    if not words or words[-1].pos_ not in ("NOUN", "PROPN") or len(words) > 10:
        return []
    if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "PART") for t in words):
        return []
    return words


def _phrase_tokens(token: Token) -> list[Token]:
    """The noun phrase headed by a token, cut before relative clauses and places ("IS fighters in Syria"),
    and never reaching across the verb it is the subject of (a parser may hang "..., the first contingent
    of a mission" told after the verb on its subject)."""
    cut: set[int] = set()
    places = ("in", "at", "near", "on", "inside", "outside", "during")  # "a driver during a traffic stop"
    across = token.head.i if token.i < token.head.i else None
    article = next((c.i for c in token.children if c.dep_ == "det"), None)
    for child in token.children:
        if child.dep_ == "amod" and article is not None and child.i < article:
            cut.add(child.i)  # "shot dead the deputy commissioner": "dead" is the verb's, hung on the noun
            continue
        charge = child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children)  # "the rebels of targeting civilians"
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "appos" and token.pos_ == "PROPN") or charge \
                or (child.dep_ == "prep" and child.lower_ in places) or across is not None and child.i > across:
            cut.update(t.i for t in child.subtree)
        for whole in (_pobj(child),) if child.dep_ == "prep" and child.lower_ == "of" else ():
            # "militants of the Jenin Battalion in Jenin": the battalion's place is cut too
            for prep in (c for c in whole.children if c.dep_ == "prep" and c.lower_ in places) if whole is not None else ():
                cut.update(t.i for t in prep.subtree)
    words = [t for t in token.subtree if t.i not in cut and (t.dep_ != "punct" or t.text in "-'")]
    return words[:20] if words else [token]


def _hyphened_to_next(token: Token) -> bool:
    """Whether the word is joined by a hyphen to the word after it ("bomb-making")."""
    doc = token.doc
    return token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in ("-", "‐", "–") \
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].is_alpha


def _qualifiers(run: list[Token], sentence: Sentence) -> tuple[tuple[str, ...], set[int]]:
    """Regions written after a place: "Kukawa (Kukawa, Borno)", "Ramadi, Anbar" -> names and their token ids."""
    doc = run[-1].doc
    end = min(sentence.span.end, len(doc))
    i = run[-1].i + 1
    words = geo_words()
    nouns = set(words["not_places"] + words["district_words"] + words["part_words"] + words["admin1_words"])
    while i < end and doc[i].lemma_.lower() in nouns and i in (_anchor(run).head.i, doc[i].head.i):  # "Tame municipality, Arauca"
        i += 1
    if i < end and doc[i].text == "(":  # "Kukawa (Kukawa, Borno)", "Delft island (Jaffna, Northern)"
        close = next((j for j in range(i + 1, min(end, i + 12)) if doc[j].text == ")"), None)
        if close is None:
            return (), set()
        names = " ".join(t.text for t in doc[i + 1:close]).split(" , ")
        return tuple(n.strip() for n in names if n.strip()), set(range(i, close + 1))
    if i < end and doc[i].text == ",":
        found = _comma_qualifiers(run, i, end)
        if found[0]:
            return found
    return _containing(run), set()


def _containing(run: list[Token]) -> tuple[str, ...]:
    """Regions or countries a name is said to lie in: "Hyderabad in Sindh province", "Chai village
    in Macomia district, Cabo Delgado". The words stay candidates of their own."""
    anchor = _anchor(run)
    holder = anchor.head if anchor.dep_ == "compound" and anchor.head.lemma_.lower() in geo_words()["not_places"] else anchor
    if _run_text(run) and region_or_country(_run_text(run)):
        return ()  # "Kirkuk in Iraq" is the region itself, placed by its own name
    found: list[str] = []
    after = holder.doc[run[-1].i + 1] if run[-1].i + 1 < len(holder.doc) else None
    # the parser may hang "in Chhattisgarh" on the verb: "near Bijapur in Chhattisgarh" still places Bijapur
    beside = [after] if after is not None and after.dep_ == "prep" and after.head != holder else []
    for prep in [*holder.children, *beside]:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside", "within"):
            continue
        obj = _pobj(prep)
        for noun in [obj, *(c for c in obj.children if c.dep_ in ("appos", "conj"))] if obj is not None else []:
            words = [w for t in noun.children if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN" and t.i < noun.i
                     for w in t.subtree if w.pos_ == "PROPN"] + [noun]  # "Cabo Delgado province": both words
            text = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
            if (noun.pos_ == "PROPN" or len(words) > 1) and region_or_country(text):
                found.append(text)
    return tuple(found)


def _comma_qualifiers(run: list[Token], comma: int, end: int) -> tuple[tuple[str, ...], set[int]]:
    """Regions and countries after commas: "Ramadi, Anbar", "Shewa Robit, Amhara, Ethiopia",
    "Ramadi, Iraq's Anbar province". A list of towns ("Mosul, Kirkuk and Tikrit") is not one,
    nor is a region the name does not lie in ("Baghdad, Kirkuk")."""
    doc = run[-1].doc
    region_words = set(geo_words()["admin1_words"])
    district_words = set(geo_words()["district_words"])
    names: list[list[Token]] = []
    i = comma
    while i < end and doc[i].text == ",":
        parts, j = _name_parts(doc, i + 1, end, region_words | district_words)
        district = len(parts) == 1 and len(parts[0]) > 1 and parts[0][-1].lower_ in district_words
        if not parts or not district and not all(region_or_country(" ".join(t.text for t in part)) for part in parts):
            break
        # "Kotkhai village, Maungdaw township, Rakhine state, Myanmar": a district is a qualifier too, and
        # the region and country after it still say where the village lies
        names.extend(parts)
        i = j
    if not names:
        return (), set()
    after = doc[i] if i < end else None
    if after is not None and (after.lower_ in ("and", "or", "&") or after.text == "," and i + 1 < end
                              and (doc[i + 1].lower_ in ("and", "or") or doc[i + 1].ent_type_ in ("GPE", "LOC", "FAC"))):
        return (), set()  # the names run on: a list of places
    texts = tuple(" ".join(t.text for t in part) for part in names)
    if not qualifier_fits(" ".join(t.text for t in run), texts):
        return (), set()
    return texts, set(range(run[-1].i + 1, i))


def _name_parts(doc, start: int, end: int, region_words: set[str]) -> tuple[list[list[Token]], int]:
    """The proper names from ``start`` to the next break, split at possessives ("Iraq 's Anbar
    province" -> Iraq, Anbar province), and where they stop; none if a name runs into a
    noun outside them ("Kirkuk police")."""
    parts: list[list[Token]] = []
    current: list[Token] = []
    j = start
    while j < end and (doc[j].pos_ == "PROPN" or doc[j].tag_ == "POS" or current and doc[j].lemma_.lower() in region_words):
        if doc[j].tag_ == "POS":
            if not current:
                break
            parts.append(current)
            current = []
        else:
            current.append(doc[j])
        j += 1
    if current:
        parts.append(current)
    last = doc[j - 1] if j > start else None
    if last is None or last.tag_ == "POS" or last.dep_ == "compound" and not start <= last.head.i < j:
        return [], start
    return parts, j


def _without(head: Token, partner: Token | None) -> list[Token]:
    """A coordinated phrase's first conjunct ("Jordan" of "Jordan and Britain")."""
    words = _phrase_tokens(head)
    if partner is None:
        return words
    cut = {t.i for t in partner.subtree} | {c.i for c in partner.head.children if c.dep_ == "cc"}
    return [t for t in words if t.i not in cut] or [head]


def _delegates_partner(people: Token) -> Token | None:
    """The second party of "representatives of the government and the rebels": a conjunct inside the
    phrase that says whom the people stand for."""
    of = next((c for c in people.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    party = _pobj(of)
    return next((c for c in party.children if c.dep_ == "conj"), None) if party is not None else None


def _token_range(sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """The token ids ``[start, end)`` that a character span of the sentence covers."""
    ids = [t.i for t in sentence.span if span[0] <= sentence.offset + t.idx < span[1]]
    return (ids[0], ids[-1] + 1) if ids else (0, 0)


def _left_modifier_tokens(modifiers: list[Token]) -> list[Token]:
    words = sorted({t for mod in modifiers for t in mod.subtree}, key=lambda t: t.i)
    return [t for t in words if t.dep_ not in ("det", "punct")] or modifiers


def _phrase_text(token: Token) -> str:
    return " ".join(t.text for t in _phrase_tokens(token)).replace(" 's", "'s")


def _lemma_phrase(token: Token) -> set[str]:
    words = [t.lemma_.lower() for t in token.subtree if t.i <= token.i]
    return set(words) | {" ".join(words[-2:])}


_TERM_MODIFIERS = {"det", "amod", "nummod", "poss", "compound"}  # "lifted a night curfew", "halted development aid"


def _with_modifiers(tokens: list[Token], lemmas: list[str], i: int, term: tuple[str, ...]) -> list[Token] | None:
    """The words of a verb term told with modifiers of its noun between them ("took full control",
    "fired two rockets", "exchanged heavy fire"), or None; at most three such words are passed over.
    The verb's object may stand between the verb and the rest of a longer term: "declared 12 diplomats
    persona non grata"."""
    words, j = [tokens[i]], i + 1
    for lemma in term[1:]:
        skipped = 0
        if j == i + 1 and len(term) > 2:  # not a verb and its particle: "forced him out of a car" is no expulsion
            j = _past_object(tokens, lemmas, i, lemma)
        while j < len(tokens) and lemmas[j] != lemma and tokens[j].dep_ in _TERM_MODIFIERS and skipped < 3:
            j, skipped = j + 1, skipped + 1
        if j >= len(tokens) or lemmas[j] != lemma:
            return None
        words.append(tokens[j])
        j += 1
    return words


def _carried(sentence: Sentence, codebook: Codebook) -> set[int]:
    """The words telling what someone was armed with ("militants armed with grenades and assault rifles")."""
    return {i for armed in sentence.span if _matches(armed, codebook.carried_phrases) for i in _carried_by(armed)}


def _carried_by(armed: Token) -> set[int]:
    """The words after "armed", with a last weapon the parser made the subject of the verb ("armed
    with assault rifles and rocket-propelled grenades attacked": the grenades attacked no one)."""
    out = {t.i for t in armed.subtree}
    last = max(out)
    if armed.doc[last].dep_ == "cc":  # "... rifles and" left dangling
        for token in armed.doc[last + 1:armed.sent.end]:
            out.add(token.i)
            if token.dep_ in _SUBJECTS:
                break
    return out


def _carrier(token: Token, codebook: Codebook) -> Token | None:
    """Who carried a weapon the parser made a subject: the militants of "Militants armed with rifles
    and grenades attacked"."""
    armed = next((t for t in token.sent if _matches(t, codebook.carried_phrases) and t.dep_ == "acl"), None)
    return armed.head if armed is not None and token.i in _carried_by(armed) else None


def _verb_taken_for_modifier(word: Token) -> Token | None:
    """The verb a past participle after 'and' is joined to, when the parser took it for a modifier of
    a noun joined to that verb's object ("protesters blocked roads with burning tires and looted shops")."""
    if word.dep_ != "amod" or word.tag_ not in ("VBD", "VBN") or word.i == 0 or word.nbor(-1).lower_ != "and" \
            or word.head.dep_ != "conj":
        return None
    return next((a for a in word.ancestors if a.pos_ == "VERB" and _subject(a) is not None), None)


def _object_taken_for_subject(verb: Token) -> Token | None:
    """The object of a reported act that the parser made a second subject of the verb reporting it:
    "agents detained opposition politician Freddy Superlano, a leader of ..., his party said"."""
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "ccomp" else []
    return next((s for s in subjects if s.left_edge.i == verb.i + 1), None) if len(subjects) > 1 else None


def _past_object(tokens: list[Token], lemmas: list[str], i: int, lemma: str) -> int:
    """Where the verb at ``i`` goes on after its object, when the term's next word is not in it."""
    obj = next((c for c in tokens[i].children if c.dep_ == "dobj" and c.left_edge.i == tokens[i].i + 1), None)
    if obj is None:
        return i + 1
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].i > obj.right_edge.i), len(tokens))
    return i + 1 if lemma in lemmas[i + 1:end] else end


def _matches(token: Token, phrases: list[tuple[str, ...]]) -> bool:
    lemma, form = token.lemma_.lower(), token.lower_
    particles = [c.lemma_.lower() for c in token.children if c.dep_ in ("prt", "dobj", "prep")]
    for phrase in phrases:
        if (phrase[0] == lemma or form.startswith(phrase[0])) and (len(phrase) == 1 or phrase[1] in particles):
            return True
    return False


def _names_a_thing(token: Token, codebook: Codebook) -> bool:
    """Whether a year is part of a name for something other than an act or a time: "the 1971 independence
    war", "the 2008 constitution" (but "the 2004 bombing" dates the bombing, and "the 2019 season" is a time)."""
    thing = token.head
    return token.like_num and token.dep_ in ("nummod", "compound", "amod", "nmod") and thing.pos_ == "NOUN" \
        and thing.i > token.i and codebook.noun_family(thing.lemma_.lower()) is None \
        and thing.lemma_.lower() not in codebook.span_nouns and thing.ent_type_ != "DATE"


def _under_date_heading(token: Token) -> bool:
    """Whether a sentence is a date heading what follows, parsed with the date as its root: in
    "07/03/2016: An explosives-laden vehicle detonated in Karrada" the act is the sentence itself,
    not a description of anyone."""
    root = token.sent.root
    return root.pos_ not in ("VERB", "AUX") and (root.like_num or root.pos_ == "NUM" or root.ent_type_ == "DATE") \
        and root.i < token.i


def _caused_by_disaster(clause: Token, codebook: Codebook) -> bool:
    """Whether what a clause's killing was done by is a disaster, a disease or an accident ("forest fires
    raging in central Chile killed 99", "Cyclone Freddy struck Malawi, killing 190")."""
    subject = _subject(clause) or _inherited_subject(clause)
    # or, told of the dead, what they died in: "150 people were killed in a crowd crush"
    causes = [subject] if subject is not None and subject.dep_ != "nsubjpass" else []
    causes += [_pobj(c) for c in clause.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
               and _pobj(c) is not None] if subject is None or subject.dep_ == "nsubjpass" else []
    return any(_lemma_phrase(cause) & codebook.disaster_nouns for cause in causes)


def _claims_deed(verb: Token, codebook: Codebook) -> bool:
    """ "Al-Shabaab said it carried out the attack": a doer's own word that it did an act already told."""
    told, doer = next((c for c in verb.children if c.dep_ == "dobj"), None), _subject(verb)
    # the doer's own word: "it", "they" for the sayer ("the Observatory said Russian warplanes carried out the
    # strikes" tells who did it, and is no claim)
    return told is not None and doer is not None and doer.pos_ == "PRON" and _matches(verb, codebook.deed_claims) \
        and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in codebook.attribution_verbs and codebook.noun_family(told.lemma_.lower()) is not None \
        and any(c.dep_ in ("det", "poss") and c.lower_ in codebook.anaphoric_determiners for c in told.children)


def infinitive(verb: Token) -> bool:
    """Whether a verb is told with "to": "to demand", "ordered troops to attack"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose(head: Token) -> bool:
    """Whether the trigger stands in a purpose clause ("to assist in the strikes")."""
    for token in (head, *head.ancestors):
        if token.pos_ == "VERB" and token.dep_ != "xcomp" and infinitive(token):
            return True
        if token.dep_ in ("ROOT",) or (token.pos_ == "VERB" and _subject(token) is not None):
            return False
    return False


def _negated(head: Token, clause: Token) -> bool:
    for token in (head, clause):
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
    subject = (_subject(head) or _inherited_subject(head)) if head.pos_ == "VERB" else None
    if subject is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return True  # "no civilians were hurt or killed": the killing denied (a noun it names stays: "in the strike")
    # "there was no sign of the tanker being intercepted": a noun denied above the act
    above = [a for a in list(head.ancestors)[:4] if a.pos_ == "NOUN"]
    if any(c.dep_ == "det" and c.lower_ == "no" for a in above for c in a.children):
        return True
    return head.head.lower_ == "without" or head.head.head.lower_ == "without"


def _inside_quotes(token: Token) -> bool:
    sentence = token.sent
    quotes = sum(1 for t in sentence if t.i < token.i and t.text in _QUOTES)
    if quotes % 2 == 1:
        return True
    doc = token.doc
    before = sum(1 for t in doc[: sentence.start] if t.text in _QUOTES)
    return before % 2 == 1 and quotes == 0


def _misparsed_participle(trigger: list[Token]) -> bool:
    """ "the coalition fighting IS": an -ing noun right after a noun, taking an object."""
    word = trigger[0]
    if not (word.tag_ == "NN" and word.lower_.endswith("ing")) or word.i == 0:
        return False
    before = word.nbor(-1)
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return before.pos_ in ("NOUN", "PROPN") and after is not None and after.pos_ in ("PROPN", "DET", "AUX", "NOUN")


def added(a: Figure, b: Figure) -> Figure:
    """Two figures of one event told apart ("two policemen ..., while four terrorists ..."): their sum."""
    return Figure(_sum(a.count, b.count), (min(a.span[0], b.span[0]), max(a.span[1], b.span[1])), f"{a.text} + {b.text}")


def _sum(a: Count, b: Count) -> Count:
    """Two counts of the same toll, added; a bound is known only when both have it. A count of no
    figure at all ("three soldiers and many militants") adds nothing to the conservative toll."""
    for known, vague in ((a, b), (b, a)):
        if vague.best is None and vague.low is None and known.best is not None:
            return Count(best=known.best, low=known.low if known.low is not None else known.best, high=None)

    def add(x, y):
        return None if x is None or y is None else x + y
    return Count(best=add(a.best, b.best), low=add(a.low, b.low), high=add(a.high, b.high))


def _struck_and_hurt(verb: Token, cas: dict[str, set[str]]) -> bool:
    """Whether one struck was hurt by it: shot "in the leg", hit "by stray bullets" (not shot dead)."""
    if _told_dead(verb) or any(c.dep_ == "conj" and c.lemma_.lower() in cas["fatality_verbs"] for c in verb.children):
        return False
    for child in verb.children:
        thing = _pobj(child) if child.dep_ in ("prep", "agent") else None
        if thing is None:
            continue
        if child.lower_ == "in" and thing.lower_ in cas["body_parts"]:
            return True
        if child.lower_ == "by" and (thing.lemma_.lower() in cas["projectiles"]
                                     or " ".join(t.lemma_.lower() for t in thing.subtree) in cas["projectiles"]):
            return True
    return False


def _suffers_injury(verb: Token, cas: dict[str, set[str]]) -> bool:
    """Whether a verb's subject came away hurt: "sustained bullet injuries", "escaped with a gunshot wound"."""
    hurt = cas["injury_nouns"] | {"wound"}
    # "taken to hospital with head injuries": the phrase may hang on the place it names
    holders = [verb, *(_pobj(c) for c in verb.children if c.dep_ == "prep" and _pobj(c) is not None)]
    cared = verb.lemma_.lower() in cas["care_verbs"] and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "into") and _pobj(c) is not None
        and _pobj(c).lemma_.lower() in cas["care_places"] for c in verb.children)
    return cared or any(c.dep_ == "dobj" and c.lemma_.lower() in hurt for c in verb.children) \
        or any(c.dep_ == "prep" and c.lower_ in ("with", "for") and _pobj(c) is not None and _pobj(c).lemma_.lower() in hurt
               for holder in holders for c in holder.children)


def _toll_update(number: Token, cas: dict[str, set[str]]) -> str | None:
    """Whether a number tells a toll revised ("had risen to 10") or a whole toll as one source gives it
    ("put the death toll at 11", "the death toll stood at 11"), rather than people counted."""
    current = number
    for _ in range(4):
        head = current.head
        if current.dep_ == "pobj" and head.lower_ in ("to", "at") and head.head.lemma_.lower() in cas["revision_verbs"]:
            return "revision"
        if current.dep_ == "pobj" and head.lower_ in ("at", "to") or current.dep_ in ("attr", "dobj", "nsubj"):
            if any(t.lemma_.lower() in ("toll", "number") for t in head.head.subtree if t.i < number.i) \
                    and any(t.lemma_.lower() in cas["fatality_nouns"] | cas["fatality_adjectives"] | {"toll"}
                            for t in head.head.subtree if t.i < number.i):
                return "total"
        if head == current:
            break
        current = head
    return None


def _casualty_kind(counted: Token, cas: dict[str, set[str]]) -> str | None:
    """Whether a counted noun names the dead ("fatal"), the hurt ("injury") or neither."""
    lemma = counted.lemma_.lower()
    if lemma in cas["fatality_nouns"] and lemma not in ("toll",):
        return "fatal"
    if lemma in cas["injury_nouns"] and lemma != "casualty":
        return "injury"
    holder = counted
    while holder.dep_ == "conj" and holder.head != holder:
        holder = holder.head
    after = holder.doc[holder.right_edge.i + 1] if holder.right_edge.i + 1 < len(holder.doc) else None
    if after is not None and holder.dep_ == "dobj" and holder.head.lemma_.lower() in cas["outcome_verbs"]:
        if after.lower_ in cas["fatality_adjectives"]:
            return "fatal"  # "leaving 10 soldiers and 25 militants dead"
        if after.lower_ in cas["injury_adjectives"]:
            return "injury"  # "leaving five people wounded"
    before = holder.doc[holder.left_edge.i - 1] if holder.left_edge.i > 0 else None
    if before is not None and holder.dep_ == "nsubj" and before.tag_ == "VBG" \
            and not any(c.dep_ == "dobj" for c in before.children):
        # "..., killing at least 50 people who had gathered ..., witnesses said": the parser made the
        # victims the sayers' subject; the participle they follow is what befell them
        if before.lemma_.lower() in cas["fatality_verbs"]:
            return "fatal"
        if before.lemma_.lower() in cas["injury_verbs"]:
            return "injury"
    # "left 10 soldiers and 25 militants dead": a word after the last of a list tells of all of it
    after_list = [c for p in counted.children if p.dep_ == "conj" for c in p.children if c.i > p.i and c.dep_ == "amod"]
    for child in [*counted.children, *after_list]:
        if child.lemma_.lower() in cas["fatality_adjectives"] or child.lower_ in cas["fatality_adjectives"]:
            return "fatal"
        if child.lower_ in cas["injury_adjectives"]:
            return "injury"
    current = counted
    for _ in range(3):
        head = current.head
        role = current.dep_
        if role == "pobj" and head.lower_ == "between" and head.dep_ == "prep":
            head, role = head.head, "dobj"  # "killing between 50 and 100 people"
        verb = head.lemma_.lower()
        if role in ("dobj", "nsubjpass", "nsubj") and _told_dead(head):
            return "fatal"  # "left 12 people dead", "were shot dead", "reported nine dead", "beat two men to death"
        elided = role == "nsubj" and (head.tag_ == "VBN" or head.dep_ == "conj" and not any(  # (the parser's VBD too)
            c.dep_ in ("aux", "auxpass", "dobj") for c in head.children) and any(
            c.dep_ == "auxpass" for c in head.head.children))  # "20 were killed and two soldiers wounded"
        if role in ("dobj", "nsubjpass") and any(c.dep_ == "conj" and (_told_dead(c) or c.lemma_.lower() in cas["fatality_verbs"])
                                                 and not any(g.dep_ in ("dobj", "nsubj", "nsubjpass") for g in c.children)
                                                 for c in head.children):
            return "fatal"  # "were hacked and shot to death", "abducted and killed" (but "shot down 35 drones,
            # but debris killed two people": the killing has its own dead)
        if role == "nsubj" and head.lemma_ == "be" and any(
                c.dep_ == "prep" and c.lower_ == "among" and _pobj(c) is not None
                and {t.lemma_.lower() for t in _pobj(c).subtree} & (cas["fatality_groups"] | cas["fatality_verbs"])
                for c in head.children):
            return "fatal"  # "eight civilians were among the dead", "two officers were among those killed"
        if verb in cas["fatality_verbs"] and (role in ("dobj", "nsubjpass") or elided or (verb in ("die", "perish") and role == "nsubj")):
            if verb == "claim" and not any(c.lemma_ == "life" for c in head.children) and lemma != "life":
                return None
            return "fatal"
        if verb in cas["injury_verbs"] and (role in ("dobj", "nsubjpass") or elided):
            return "injury"
        if role == "nsubjpass" and verb in cas["struck_verbs"] and _struck_and_hurt(head, cas):
            return "injury"  # "one officer was shot in the leg", "two passengers were hit by stray bullets"
        if role in ("nsubjpass", "nsubj") and _suffers_injury(head, cas):
            return "injury"  # "seven others were being treated for gunshot wounds", "two others sustained bullet injuries"
        if role == "pobj" and head.lower_ == "to" and any(t.lemma_.lower() in ("toll",) for t in head.head.children):
            return "fatal"
        if role == "pobj" and head.lower_ in ("to", "at") and head.head.lemma_.lower() in cas["revision_verbs"] | {"stand"}:
            told = _subject(head.head)  # "the number of dead had risen to 10", "the death toll stood at 11"
            words = {t.lemma_.lower() for t in told.subtree} | {t.lower_ for t in told.subtree} if told is not None else set()
            if words & (cas["injury_nouns"] | cas["injury_adjectives"]):
                return "injury"
            if words & (cas["fatality_nouns"] | cas["fatality_adjectives"]):
                return "fatal"
        if role == "pobj" and head.lower_ == "at" and current is counted:
            # "medics put the number of wounded at more than 50", "put the death toll at 12"
            told = next((c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            words = {t.lemma_.lower() for t in told.subtree} | {t.lower_ for t in told.subtree} if told is not None else set()
            if words & (cas["injury_nouns"] | cas["injury_adjectives"]):
                return "injury"
            if words & (cas["fatality_nouns"] | cas["fatality_adjectives"]):
                return "fatal"
        if role == "prep" and current.lower_ == "between" and verb in cas["fatality_verbs"]:
            return "fatal"  # "killing between 40 and 60 people"
        if role not in ("pobj", "prep", "conj", "appos"):
            break
        current = head
    return None


def _motion_end(anchor: Token, words: dict) -> bool:
    """Whether a name is where a journey went or came from: "to Peshawar", "from Quetta" (but not
    "30 km from Quetta"), or an end of the road it names ("the Kaduna-Birnin Gwari road")."""
    noun = anchor
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
        if noun.lemma_.lower() in words["route_words"]:
            return True
    prep = anchor.head
    measured = prep.head.lower_ in words["distance_words"] or prep.i > 0 and prep.nbor(-1).lower_ in words["distance_words"]
    return anchor.dep_ == "pobj" and prep.lower_ in words["motion_prepositions"] and not measured


def _definite(noun: Token) -> bool:
    """A noun that points back to something told: "the resolution", "this proposal"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _told_dead(verb: Token) -> bool:
    """Whether a verb says its object or subject ended dead: "shot dead", "left 12 dead", "beaten to death"."""
    return any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "amod", "ccomp", "advmod", "dobj") for c in verb.children) \
        or any(c.dep_ == "prep" and c.lower_ == "to" and _pobj(c) is not None and _pobj(c).lower_ == "death"
               for c in verb.children)


def _subset(counted: Token) -> bool:
    """Whether a count is part of one told before it: "killing 11 people, among them three soldiers",
    "20 people, including four children"."""
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in counted.children) \
        or (counted.head.lower_ in ("including", "among") and counted.dep_ == "pobj")


def _one_of(noun: Token) -> bool:
    """A noun told as one, with no figure: "a soldier", "an aid worker", "the bomber", "his passenger"."""
    return noun.tag_ in ("NN", "NNP") and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                                              or c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children) \
        and not any(c.dep_ == "nummod" for c in noun.children) and noun.lemma_.lower() not in _QUANTITY_NOUNS


def _with_range(phrase: list[Token], number: Token) -> list[Token]:
    """A count with the rest of its range or its multiplier: "between 40" -> "between 40 and 60",
    "two" -> "two dozen"."""
    upper = next((c for c in number.children if c.dep_ == "conj" and c.like_num), None)
    start = phrase[0]
    if start.i > 0 and start.nbor(-1).lower_ in ("between", "from") and start.nbor(-1).i >= start.sent.start:
        start = start.nbor(-1)
    end = upper if upper is not None else phrase[-1]
    tail = [c for c in number.rights if c.dep_ in ("quantmod", "compound") and (c.like_num or c.lower_ == "dozen")]
    end = max([end, *tail], key=lambda t: t.i)  # "two dozen"
    return [t for t in number.doc[start.i:end.i + 1] if not t.is_space]


def _journey_places(clause: Token, words: dict) -> set[int]:
    """Token ids of where a journey the clause is joined to went: "travelled to Algiers and met
    Tebboune" met in Algiers."""
    journey = clause.head if clause.dep_ == "conj" else None
    if journey is None or journey.lemma_.lower() not in words["journey_verbs"]:
        return set()
    return {t.i for c in journey.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for t in c.subtree}


def _told_since(verb: Token) -> bool:
    """Whether a toll is counted "since" a year or a day: "More than 7,000 people have died in the
    conflict since 2004" is a war's toll, no event's."""
    return any(c.dep_ == "prep" and c.lower_ == "since" and _pobj(c) is not None
               and (_pobj(c).ent_type_ == "DATE" or _pobj(c).like_num) for c in verb.children)


def _wordlike(token: Token) -> bool:
    """Letters only, or letters around an apostrophe: "N'Djamena", "Ma'arrat" (not "'s" nor "12")."""
    letters = token.text.replace("'", "").replace("\u2019", "")
    return letters.isalpha() and token.text[:1].isalpha()


def _place_position(anchor: Token, prepositions: list[str], place_nouns: frozenset[str] = frozenset(),
                    clause: Token | None = None, entry_verbs: frozenset[str] = frozenset()) -> bool:
    """Whether a name stands where a place of an event stands: after "in", "at", "near"...,
    or naming a place noun that is itself the object ("shelled the Raqqa countryside") of the
    event's own ``clause`` when one is given ("a province facing Taiwan" names no place of it), or of
    a verb of entering joined to it ("entered Macomia town, looted shops": they looted there)."""
    current = anchor
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ in prepositions:
            return True
        if current.dep_ in ("dobj",) and (current.ent_type_ in ("GPE", "LOC", "FAC") or current is not anchor and current.lemma_.lower() in place_nouns) \
                and (clause is None or clause_verb(current.head) == clause
                     or current.head.lemma_.lower() in entry_verbs and _coordinated(current.head, clause)):
            return True
        if current.dep_ not in ("appos", "compound", "nmod", "conj", "pobj", "flat", "poss") or current.head == current:
            return False
        current = current.head
    return False


def _one_name_with_and(run: list[Token]) -> bool:
    """Whether a name and the one "and" joins it to are one place the gazetteer knows ("Jammu and Kashmir")."""
    doc, start, end = run[0].doc, run[0].i, run[-1].i
    windows = [(start, end + 2)] if end + 2 < len(doc) and doc[end + 1].lower_ == "and" else []
    windows += [(start - 2, end)] if start >= 2 and doc[start - 1].lower_ == "and" else []
    return any(Gazetteer.default().lookup(doc[a:b + 1].text) for a, b in windows)


def _joined_places(a: Token, b: Token) -> bool:
    """Whether two place names are joined by "and": "Kharkiv and Odesa", "Sanaa and the stronghold of Saada"."""
    def holder(token: Token) -> Token:  # "the stronghold of Saada": the stronghold
        return token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    def first(token: Token) -> Token:  # "Mombasa, Kisumu and Nakuru": the first of the list
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        return token
    if b in a.conjuncts:  # "the towns of Kiwanja and Rutshuru"; "Mombasa, Kisumu and Nakuru"
        return "between" not in (holder(first(a)).head.lower_, holder(first(b)).head.lower_)
    a, b = holder(a), holder(b)
    if "between" in (first(a).head.lower_, first(b).head.lower_):
        return False  # "the road between Bandiagara and Bankass" is one place
    return b in a.conjuncts


def _nationwide(clause: Token) -> bool:
    """Whether a clause tells of the whole country: "across the country", "nationwide"; not in a clause of
    what came of it ("fired tear gas at students in Dhaka ..., leaving 25 dead across the country")."""
    result = {t.i for c in clause.subtree if c.dep_ == "advcl" and c.tag_ == "VBG" and c != clause for t in c.subtree}
    return any(t.lower_ == "nationwide" or t.lower_ in ("across", "throughout") and _pobj(t) is not None
               and _pobj(t).lemma_.lower() in ("country", "nation") for t in clause.subtree if t.i not in result)


def _span_of_violence(subject: Token, codebook: Codebook) -> bool:
    """ "Five days of fighting had killed at least 35": a toll over a span of days, not one event's."""
    if subject.lemma_.lower() not in ("day", "week", "month", "year", "decade") or not any(
            c.dep_ == "nummod" or c.lemma_.lower() in ("several", "many", "few") for c in subject.children):
        return False
    return any(_pobj(c) is not None and codebook.noun_family(_pobj(c).lemma_.lower()) is not None
               for c in subject.children if c.dep_ == "prep" and c.lower_ == "of")


def _fronted_place_phrase(sentence: Sentence, attribution_verbs: set[str]) -> set[int]:
    """The tokens of a place phrase opening the sentence ("In the capital, Kinshasa, hundreds of people
    protested ..."): where all it tells happened, whatever clause the parser hangs each act on; not
    where someone said it ("In Washington, the State Department said ...")."""
    tokens = [t for t in sentence.span if not t.is_space]
    if not tokens or tokens[0].lower_ not in ("in", "at") or tokens[0].head.dep_ != "ROOT" \
            or tokens[0].head.lemma_.lower() in attribution_verbs:
        return set()
    comma = next((n for n, t in enumerate(tokens) if t.text == ","), None)
    return {t.i for t in tokens[:comma]} if comma is not None and comma <= 6 else set()


def _sentence_of_doer(verb: Token) -> Token:
    """The clause a verb's doer heads: "raided Mpeketoni ... and killed three", "invaded Obagaji,
    killing 17" are one doer's acts; "as forces pressed an offensive" has a subject of its own."""
    while verb.dep_ in ("conj", "advcl") and verb.head != verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _coordinated(a: Token, b: Token) -> bool:
    """Whether two verbs are joined as acts of one subject ("entered the town and looted shops")."""
    return (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a) \
        or (a.dep_ == b.dep_ == "conj" and a.head == b.head)


def _clues_besides(clues: Clues, name: str) -> Clues:
    """The clues a name gets from the rest of its sentence: "Plateau State" is no clue to itself."""
    def other(words: str) -> bool:
        return not words.startswith(name)
    return Clues({k: v for k, v in clues.countries.items() if other(v)},
                 {k: v for k, v in clues.regions.items() if other(v)}, clues.actors,
                 {k: v for k, v in clues.named.items() if other(v)})


def _hyphen_joined(token: Token, end: int, particles: list[str]) -> list[Token]:
    """The rest of a name an Arabic article joins with a hyphen: "Bab al-Tabbaneh", "Deir ez-Zor",
    "Ras al-Ain" ("Syria-Iraq border" is two names, not one)."""
    doc = token.doc
    i = token.i + 1
    tokens: list[Token] = []
    if token.lower_ not in particles or token.whitespace_:
        if not (i + 2 < end and doc[i].lower_ in particles and not doc[i].whitespace_ and token.whitespace_):
            return []
        tokens.append(doc[i])
        i += 1
    if i + 1 < end and doc[i].text == "-" and not doc[i].whitespace_ and doc[i + 1].text[:1].isupper():
        return [*tokens, doc[i], doc[i + 1]]
    return []


def _known_longer(run: list[Token], end: int) -> list[Token]:
    """The next proper noun, when the gazetteer knows the longer name exactly ("South Africa"
    that the parse split into two)."""
    doc = run[-1].doc
    i = run[-1].i + 1
    if i + 1 < end and not run[-1].whitespace_ and doc[i].tag_ == "POS" and doc[i + 1].pos_ == "PROPN" \
            and doc[i + 1].text[:1].isupper():  # "Cox's Bazar": a name with a possessive inside
        return [doc[i], doc[i + 1]] if _known(_run_text([*run, doc[i], doc[i + 1]])) else []
    if not (i < end and run[-1].whitespace_ and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()):
        return []
    return [doc[i]] if _known(_run_text([*run, doc[i]])) else []


def _hyphen_chain(token: Token, end: int, particles: list[str]) -> list[Token]:
    """A name written with hyphens, as one run: "Port-au-Prince", "Croix-des-Bouquets", "Pul-e Khumri"
    (a particle joins them), "Ye-U" (the gazetteer knows it); none when the hyphen joins two names ("Syria-Iraq")."""
    doc = token.doc
    chain = [token]
    while chain[-1].i + 2 < end and not chain[-1].whitespace_ and doc[chain[-1].i + 1].text == "-" \
            and not doc[chain[-1].i + 1].whitespace_ and doc[chain[-1].i + 2].is_alpha:
        chain += [doc[chain[-1].i + 1], doc[chain[-1].i + 2]]
    if len(chain) > 1 and chain[-1].lower_ in particles and chain[-1].i + 1 < end \
            and doc[chain[-1].i + 1].text[:1].isupper():
        chain.append(doc[chain[-1].i + 1])  # "Pul-e Khumri", "Mazar-i Sharif": the particle leads on
    if len(chain) == 1 or not chain[-1].text[:1].isupper():
        return []
    inner = chain[2:-1:2]
    written = _run_text(chain)  # "Pétion-Ville" is Pétionville to the gazetteer
    return chain if any(w.lower_ in particles for w in inner) or _known(written) or _known(written.replace("-", "")) else []


def _lone_person(argument: Argument, sentence: Sentence, codebook: Codebook) -> bool:
    """Whether an actor phrase names one person: "a man", "the teenager" (not "a crowd", "a gang")."""
    words = [t for t in sentence.span if argument.span[0] <= sentence.char_span([t])[0] < argument.span[1]]
    head = next((t for t in words if not words[0].i <= t.head.i <= words[-1].i or t.head == t), None)
    return head is not None and head.tag_ == "NN" and not any(c.dep_ == "conj" for c in head.children) \
        and head.lemma_.lower() not in codebook.casualties["collective_nouns"] | codebook.crowd_nouns


def _head_word(argument: Argument) -> str:
    """The last word of an actor phrase, singular: "explosives and suicide vests" -> "vest"."""
    return argument.text.lower().split()[-1].rstrip("s")


def _arrived_abroad(actor: Actor | None, place: ResolvedPlace | None) -> bool:
    """Whether forces arrived in a country not theirs: "Kenyan police landed in Port-au-Prince"."""
    return actor is not None and place is not None and actor.kind in ("state_forces", "police", "external") \
        and actor.country_code != place.place.country_code


def _adjective_named_place(token: Token, words: dict) -> bool:
    """A capitalised word the tagger took for an adjective that names a division: "in Bokkos local
    government area", "the Kwara district" (not a people: "the Syrian border area")."""
    return token.pos_ == "ADJ" and token.is_title and not token.is_sent_start and token.ent_type_ != "NORP" \
        and token.dep_ in ("amod", "nmod", "compound") \
        and token.head.lemma_.lower() in set(words["district_words"]) | {"area", "region", "province"}


def _beside_place_noun(anchor: Token, words: dict) -> bool:
    """A name the words around make a place, whatever the tagger thought: "Herat city",
    "Mushu village", "the outskirts of Sokoto", "the Karrada district of Baghdad"."""
    nouns = set(words["not_places"] + words["edge_words"] + words["district_words"] + words["part_words"]
                + words["landform_words"])
    head = anchor.head
    if anchor.dep_ in ("compound", "poss") and {head.lemma_.lower(), head.lower_} & nouns:
        return True
    if anchor.dep_ == "compound" and head.lemma_.lower() in words["admin1_words"]:
        return True  # "Ituri province" the tagger took for a people
    return anchor.dep_ == "pobj" and head.lower_ == "of" and bool({head.head.lemma_.lower(), head.head.lower_} & nouns)


def _after_place_preposition(anchor: Token, words: dict) -> bool:
    """ "in Shewa Robit", "through Novi Sad", "southeast of Maarat al-Numan", "30 km from Kafr Nabl":
    where a name the tagger took for a person stands as a place (it must then pass the tests for
    untagged names); so does a name joined to one ("in Kharkiv and Odesa") and the object of a strike
    ("shelled Kherson"), and where a weapon was sent ("dropped barrel bombs on Khan Sheikhoun")."""
    while anchor.dep_ == "conj" and anchor.head != anchor:
        anchor = anchor.head
    if anchor.dep_ == "dobj":
        return anchor.head.lemma_.lower() in words["struck_verbs"]
    if anchor.dep_ != "pobj":
        return False
    preposition = anchor.head
    if preposition.lower_ in {"of", "from"}:
        measures = set(words["direction_words"]) | set(words["distance_words"])
        before = preposition.nbor(-1) if preposition.i > 0 else preposition  # the distance parsed elsewhere
        return preposition.head.lower_ in measures or before.lower_ in measures
    if preposition.lower_ in {"on", "onto"}:
        return preposition.head.lemma_.lower() in words["delivery_verbs"]
    return preposition.lower_ in {"in", "near", "outside", "around", "through", "across", "throughout", "into"} \
        | set(words["near_words"])


def _starts_longer_name(run: list[Token]) -> bool:
    """Whether a name runs on into another proper noun, as in a group's or an office's name:
    "the South Sudan People's Defence Forces", "Maryland State Police"."""
    last = run[-1]
    after = last.nbor() if last.i + 1 < len(last.doc) else None
    return after is not None and after.pos_ == "PROPN" and last.whitespace_ != "" and after.text[:1].isupper() \
        and after.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")


def _in_longer_name(run: list[Token]) -> bool:
    """Whether a name is part of a longer one, such as a group's: "Islamic State Sahel Province"."""
    before = run[0].nbor(-1) if run[0].i > run[0].sent.start else None
    return before is not None and before.pos_ == "PROPN" or any(t.ent_type_ in ("ORG", "PERSON", "NORP") for t in run)


def typed_by_actor(m: Mention, change: dict[str, str]) -> None:
    """Gives a mention the type an entry's ``actor_types`` sets for who does it."""
    m.event_type, m.sub_event_type = change["event_type"], change["sub_event_type"]
    m.family = change.get("family", m.family)
    m.plover, m.plover_mode = change.get("plover", m.plover), change.get("plover_mode", m.plover_mode)
    m.actor1_role = change.get("actor1_role", m.actor1_role)


def retype_by_target(m: Mention, codebook: Codebook) -> None:
    """The type whom an act was aimed at makes it: an attack on soldiers is a battle, force used on
    marchers an intervention in their protest (the entry's ``target_types``)."""
    target = m.actor2.actor if m.actor2 else None
    # "stormed a military base", "killed seven militants": armed, though no group is named
    armed_place = m.actor2 is not None and target is None and (_head_word(m.actor2) in codebook.armed_targets
                                                               or generic_group(m.actor2.text))
    if not m.entry.target_types or (target is None and not armed_place):
        return
    kind = "armed" if armed_place or target.kind in ARMED_KINDS else target.kind
    change = m.entry.target_types.get(kind)
    crowd_nouns = change.get("crowd_nouns", codebook.crowd_nouns) if change else codebook.crowd_nouns
    crowd = m.actor2 is not None and any(w.lower().rstrip("s") in crowd_nouns for w in m.actor2.text.split())
    if change and change.get("crowd_first") and not crowd:
        change = None  # "detained three activists at their homes": an arrest, no protest
    if change:
        m.event_type, m.sub_event_type = change["event_type"], change["sub_event_type"]
        m.family = change.get("family", m.family)
        m.plover, m.plover_mode = change.get("plover", m.plover), change.get("plover_mode", m.plover_mode)
        m.actor1_role = change.get("actor1_role", m.actor1_role)
        if change.get("crowd_first"):  # the crowd acted; the ones who stopped it stand against it
            m.actor1, m.actor2 = m.actor2, m.actor1


def _joined_to_top(verb: Token) -> Token:
    """The first of verbs joined by "and": "raid villages, steal cattle and kidnap residents" -> raid."""
    while verb.dep_ == "conj" and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _half_of_unknown_name(token: Token) -> bool:
    """Whether a word is one half of a hyphenated name the gazetteer lacks ("Canape-Vert", though
    "Vert" is a French village); "the Syria-Iraq border" joins two names, each a place."""
    doc = token.doc
    before = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
        and not doc[token.i - 1].whitespace_ else None
    after = doc[token.i + 2] if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        and not doc[token.i + 1].whitespace_ else None
    halves = [other for other in (before, after) if other is not None and other.is_alpha and other.text[:1].isupper()]
    return bool(halves) and not all(_known(word.text) for word in (token, *halves))


def _a_capital(name: str) -> bool:
    """Whether a name is that of a country's capital ("Kabul", "Baghdad")."""
    gazetteer = Gazetteer.default()
    return any(p.kind == "city" and p == gazetteer.capital(p.country_code) for p in gazetteer.lookup(name))


def _known(name: str) -> bool:
    """Whether the gazetteer has a place spelled exactly so."""
    return any(p.match == "exact" for p in Gazetteer.default().lookup(name))


def _anchor(run: list[Token]) -> Token:
    """The word of a name that the sentence's grammar hangs on: its last word, or for a name the
    parser took apart ("Ye-U", where "U" hangs on "Ye") the one whose head lies outside it."""
    ids = {t.i for t in run}
    outside = [t for t in run if t.head.i not in ids or t.head == t]
    return outside[0] if len(outside) == 1 else run[-1]


def _run_text(run: list[Token]) -> str:
    """A name as the report writes it ("Deir ez-Zor", not "Deir ez - Zor"). (A slice of the Doc,
    not of ``Doc.text``, which spaCy rebuilds from every token at each call.)"""
    return run[0].doc[run[0].i:run[-1].i + 1].text


def _vicinity(anchor: Token, words: dict) -> tuple[Token, int] | None:
    """Words that put an event around a named place rather than in it: where they start, and the
    precision they give (coding guide §4).

    "near Goma", "a village near Maiduguri", "25 km north of Mosul", "30 km from Mosul", "the
    Sadr City district" and "the Karrada district of Baghdad" (the district, or the town when the
    gazetteer lacks it), "the Raqqa countryside" -> 2; "the outskirts of Kabul" -> 1
    (a town's outskirts are the town), and "in the north of Mosul" -> 1 (inside it).
    """
    near, directions = set(words["near_words"]), set(words["direction_words"])
    distances, parts, edges = set(words["distance_words"]), set(words["part_words"]), set(words["edge_words"])
    head = anchor
    while head.dep_ in ("conj", "appos", "flat") and head.head != head:  # "near Mosul and Tikrit"
        head = head.head
    if head.dep_ in ("compound", "nmod", "poss"):  # "the Damascus suburbs", "the Raqqa countryside", "Kabul's outskirts"
        noun = {head.head.lemma_.lower(), head.head.lower_}
        if noun & edges or head.dep_ == "poss" and noun & directions:  # "Mosul's west" is in Mosul
            return head.head, 1
        if noun & (set(words["landform_words"]) - {"region", "border"} | set(words["district_words"]) | parts):
            return head.head, 2
    if head.dep_ != "pobj":
        return None
    prep = head.head
    governor = prep.head
    word = prep.lower_
    if word in near:
        holder = governor.left_edge if governor.lemma_.lower() in words["not_places"] and governor.i < prep.i else prep
        return holder, 2
    if word == "to" and governor.lemma_.lower() in near:  # "close to Goma"
        return governor, 2
    if word not in ("of", "from"):
        return None
    before = prep.nbor(-1) if prep.i > 0 else prep
    lemma = governor.lemma_.lower() if governor.lower_ not in edges | parts else governor.lower_
    if lemma in edges:
        return governor.left_edge, 1
    if lemma in directions and governor.dep_ == "pobj" and governor.head.lower_ in ("in", "inside", "within"):
        return governor.left_edge, 1  # "in the north of Mosul"
    if lemma in directions | distances | parts | near:
        return governor.left_edge, 2
    if before.lower_ in directions | distances:  # "30 km from Mosul", the distance parsed elsewhere
        first = before
        while first.i > 0 and (first.nbor(-1).like_num or first.nbor(-1).lower_ in directions | distances):
            first = first.nbor(-1)
        return first, 2
    return None


def unknown_name(argument: Argument) -> bool:
    """A party the registry does not know, written as a name ("the Comuneros del Sur", "militants of
    the Jenin Battalion"; not "the streets of Munich" nor "reforms and Bashir's ouster")."""
    return argument.actor is None and not (argument.common or argument.is_place) and written_name(argument) is not None


_LINK_WORDS = {"of", "in", "at", "from", "and", "or", "on", "to", "with", "for", "by", "near", "against"}


def written_name(argument: Argument) -> str | None:
    """The name an argument is written with, without its article, or None when it opens with no
    name: "the X Force" is X Force; "militants of the Jenin Battalion" are the Jenin Battalion's."""
    words = argument.text.split()
    member = next((n for n, w in enumerate(words[:4]) if w in _MEMBER_NOUNS and n + 2 < len(words) and words[n + 1] == "of"
                   and all(v.islower() or v[:1].isdigit() for v in words[:n])), None)
    if member is not None:  # "two senior members of the Ennahda party": the party's
        words = words[member + 2:]
    words = [w for n, w in enumerate(words) if n or w.lower() not in NOT_NAMES]
    first = next((n for n, w in enumerate(words) if w[:1].isupper()), None)
    if first is not None and 0 < first <= 3 and all(w.isalpha() and w not in _LINK_WORDS for w in words[:first]) \
            and len(words) - first >= 2 and all(w[:1].isupper() for w in words[first:]):
        words = words[first:]  # "opposition politician Freddy Superlano": who he is, then his name
    return " ".join(words) if words and words[0][:1].isupper() else None


def _has_pronoun(text: str) -> bool:
    return any(word.lower() in _PRONOUNS for word in text.split())


def _definite_role_noun(text: str) -> bool:
    """ "The troops", "the soldiers", "the police": forces told again with no country of their own."""
    words = text.lower().split()
    return len(words) == 2 and words[0] == "the"


def generic_group(text: str) -> bool:
    """Whether a phrase names an armed group only by a common noun: "the militants", "three suspected rebels"."""
    words = {w.lower() for w in text.split()}
    return bool(words & load_codebook().armed_group_nouns) and len(words) <= 3


def _attribution_subject(token: Token, codebook: Codebook) -> Token | None:
    """Who says so: the subject of the reporting verb above a token.

    When the parse lost that subject, the first noun phrase before the verb stands in.
    """
    for ancestor in token.ancestors:
        if ancestor.lemma_ in codebook.attribution_verbs:
            subject = _subject(ancestor)
            if subject is None:
                subject = next((t for t in ancestor.sent if t.i < ancestor.i and t.pos_ in ("PROPN", "NOUN")), None)
            return subject
    return None


def _country_name_phrase(text: str) -> str | None:
    words = text.replace("'s", "").split()
    return words[-1] if len(words) <= 3 and words and words[-1][:1].isupper() else None


def _told_after(expression: TimeExpression, m: Mention) -> bool:
    """Whether a date follows an event noun ("over the kidnapping in April 2024 of ..."), which it
    dates whatever verb the parser hangs it on."""
    token = _token_at(m.sentence, expression.start)
    if token is None or token.i < 2 or m.head.pos_ != "NOUN":
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in ("in", "on", "of") and token.doc[token.i - 2] in m.trigger


def _token_at(sentence: Sentence, char: int) -> Token | None:
    for token in sentence.span:
        if sentence.offset + token.idx <= char < sentence.offset + token.idx + len(token.text):
            return token
    return None


def _after_event_word(expression: TimeExpression) -> bool:
    """Whether a day word counts from the event told before ("a day later", "the previous day")."""
    return " ".join(expression.text.lower().split()) in after_event_words()


def _counted_from(expression: TimeExpression, statement: TimeExpression, published: date) -> TimeExpression:
    """A day counted back from ``published`` (the publication date, or the day it was counted from), counted
    back from the day of the statement that tells it instead ("the army said on Thursday it had recaptured
    the town a day earlier": Wednesday)."""
    shift = (statement.date - published).days
    return _shifted(expression, shift, f"counted from the statement's day {statement.date.isoformat()}")


def _shifted(expression: TimeExpression, days: int, why: str) -> TimeExpression:
    """A date moved by some days, saying why."""
    shift = timedelta(days=days)
    day = expression.date + shift
    return replace(expression, date=day, date_start=expression.date_start + shift, date_end=expression.date_end + shift,
                   reason=f"'{expression.text}' {why}: {day.isoformat()}")


_SEQUENCE_WORDS = ("after", "before")


def _before_after(prep: Token) -> tuple[Token, Token]:
    """The verb an 'after' or 'before' phrase hangs on, and the word it hangs on there: the interval when
    the parser put it under one ("sealed the border on Friday, a day after shelling ...")."""
    if prep.head.dep_ == "npadvmod":
        return prep.head.head, prep.head.head
    return prep.head, prep


def _sequence(clause: Token, codebook: Codebook) -> tuple[Token, str] | None:
    """The verb a clause is told as coming 'after' or 'before', with that word ("[the ambush] came a day
    after gunmen attacked herders": came, after)."""
    if clause.dep_ != "advcl" or clause.head.lemma_.lower() not in codebook.sequence_verbs:
        return None
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in _SEQUENCE_WORDS), None)
    return (clause.head, mark) if mark else None


def _interval_days(clause: Token, governor: Token, codebook: Codebook) -> int | None:
    """The days between two events the words before 'after' tell ("a day", "two weeks", "hours"), if they
    tell how many."""
    marks = [c for c in clause.children if c.dep_ == "mark"]  # "a day" may hang on "after" itself
    for token in (*clause.children, *governor.children, *(t for mark in marks for t in mark.children)):
        unit = codebook.interval_days.get(token.lemma_.lower())
        if token.dep_ != "npadvmod" or unit is None:
            continue
        count = next((c for c in token.children if c.dep_ in ("nummod", "det")), None)
        if count is None:
            return 0 if unit == 0 else None  # "hours after": that day; "days after": how many is not told
        n = 1 if count.lower_ in ("a", "an", "one") else number_value(count.text)
        return n * unit if n is not None else None
    return None


def _time_owner(expression: TimeExpression, times: list[tuple[TimeExpression, Token | None]]) -> Token:
    return next(g for e, g in times if e is expression)


def _time_governor(token: Token, codebook: Codebook) -> Token:
    """The verb or event noun a time expression belongs to. "said Wednesday" belongs to "said"."""
    before = token.i - 1
    while before > token.i - 3 and before >= 0 and token.doc[before].pos_ in ("ADP", "ADV", "ADJ"):
        before -= 1  # "said on Saturday", "said late on Monday"
    if before >= 0 and before < token.i and token.doc[before].lemma_ in codebook.attribution_verbs:
        return token.doc[before]
    current = token
    for _ in range(6):
        head = current.head
        if head == current:
            return current
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and codebook.terms_at(head.lemma_.lower())):
            return head
        if head.pos_ == "NOUN" and current.dep_ in ("compound", "nmod", "amod", "poss", "nummod") \
                and head.ent_type_ not in ("DATE", "TIME"):
            if head.dep_ == "pobj" and head.head.lower_ in spanning_prepositions():
                current = head  # "during Friday prayers": the clause happened on that day too
                continue
            return head  # "the February 8 vote", "the 2015 deal": the date of that thing, not of the clause
        current = head
    return current
