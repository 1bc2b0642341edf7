"""Event mentions: a trigger in one sentence and what its grammar says about it.

A mention is what one sentence says of an event: the words that signal it
(from the codebook), who did it to whom (from the dependency parse, passives
handled), where, when, how many were killed or hurt, and per whom. Mentions
that are not events (negated, quoted, forecast, habitual, a war's cumulative
toll) are kept with the reason, so ``explain`` can show why they were dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Token

from ..codebook import Codebook, Entry, Term
from ..nlp import Sentence
from ..resolve.actors import Actor, ActorRegistry
from ..resolve.geo import ResolvedPlace, country_place, geo_words, resolve_name
from ..resolve.time import TimeExpression, find_time_expressions, toward_future
from .quantities import Count, Share, parse_count, parse_share, vague_words

Span = tuple[int, int]
ARMED_KINDS = frozenset({"state_forces", "police", "rebel", "political_militia", "identity_militia", "external"})
BACKGROUND_DAYS = 31  # an event dated further back than this is history, not news
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our"}
_FIRST_PERSON = {"we", "i", "us"}
_QUOTES = {'"', "\u201c", "\u201d", "``", "''"}


@dataclass
class Argument:
    """An actor phrase as written, and the actor it resolves to (if any)."""

    text: str
    span: Span
    actor: Actor | None = None
    is_place: bool = False  # "struck the city of Raqqa": a place standing where a target would


@dataclass
class PlaceName:
    """A name that may be a place, and the regions or country written beside it."""

    tokens: list[Token]
    hint: str  # "place" or "admin1" ("the province of Kirkuk")
    tagged: bool  # the language model (or a qualifier) says it is a place
    qualifiers: tuple[str, ...] = ()


@dataclass
class Figure:
    """A count tied to the words that state it."""

    count: Count
    span: Span
    text: str = ""


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
    fatalities: Figure | None = None
    injuries: Figure | None = None
    civilians: Figure | None = None
    civilian_share: tuple[Share, Span] | None = None
    source: tuple[str, Span] | None = None
    target_family: str | None = None  # "condemned the strikes": the kind of event the statement is about
    anaphoric: bool = False
    perfect: bool = False
    future: bool = False
    sentence_dated: bool = False  # a date stands in the sentence or the one before (the story runs on)
    dropped: str | None = None

    @property
    def span(self) -> Span:
        return self.sentence.char_span(self.trigger)

    @property
    def head(self) -> Token:
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


class MentionFinder:
    """Finds mentions in parsed sentences, using the codebook, actors, places and dates."""

    def __init__(self, codebook: Codebook, actors: ActorRegistry, published: date | None,
                 context_countries: dict[str, float], main_country: str | None) -> None:
        self.codebook = codebook
        self.actors = actors
        self.published = published
        self.context_countries = context_countries
        self.main_country = main_country
        self.recent_groups: list[Argument] = []  # non-state armed actors, for "the group"
        self.last_actor1: Argument | None = None
        self._violent = False  # whether the mention being read is violence (a country acts by its army)
        self.previous_dated = False  # whether the sentence before carried a date
        self.previous_time: TimeExpression | None = None  # its last date, for a sentence with none

    # -- triggers ---------------------------------------------------------------
    def triggers(self, sentence: Sentence) -> list[tuple[Term, list[Token]]]:
        tokens = [t for t in sentence.span if not t.is_space]
        lemmas = [t.lemma_.lower() for t in tokens]
        found: list[tuple[Term, list[Token]]] = []
        taken: set[int] = set()
        for i, token in enumerate(tokens):
            if token.i in taken or token.ent_type_ in ("DATE", "TIME"):
                continue
            for term in self.codebook.terms_at(lemmas[i]):
                n = len(term.lemmas)
                if tuple(lemmas[i:i + n]) != term.lemmas:
                    continue
                words = tokens[i:i + n]
                if term.pos == "noun" and words[-1].pos_ not in ("NOUN", "PROPN"):
                    continue
                if term.pos == "verb" and words[0].pos_ not in ("VERB",):
                    continue
                if any(w.i in taken for w in words):
                    continue
                found.append((term, words))
                taken.update(w.i for w in words)
                break
        return found

    # -- the whole sentence -------------------------------------------------------
    def find(self, sentence: Sentence) -> tuple[list[Mention], SentenceFacts]:
        times = self._times(sentence)
        facts = self._facts(sentence)
        mentions = []
        for term, words in self.triggers(sentence):
            entry = self.codebook.entries[term.entry_id]
            mention = Mention(entry, sentence, words, entry.event_type, entry.sub_event_type,
                              entry.plover, entry.plover_mode, entry.family)
            self._filter(mention)
            self._actors(mention)
            self._place(mention)
            self._retype(mention)
            mentions.append(mention)
        for mention in mentions:
            others = {t.i for m in mentions if m is not mention for t in (*m.trigger, clause_verb(m.head))}
            self._time(mention, times, others)
            mention.dropped = mention.dropped or self._background(mention)
        self._assign_figures(mentions, facts)
        self.previous_dated = bool(times) or any(t.ent_type_ == "DATE" for t in sentence.span)
        self.previous_time = times[-1][0] if times else None
        self._remember_topic(sentence)
        return mentions, facts

    # -- filters: what is not an event ------------------------------------------------
    def _filter(self, m: Mention) -> None:
        head, cb = m.head, self.codebook
        clause = clause_verb(head)
        m.perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
        modal = [c for c in clause.children if c.tag_ == "MD"]
        m.future = any(c.lemma_ in ("will", "would", "shall") for c in modal)
        if _inside_quotes(head) and m.entry.event_type is not None:
            m.dropped = "inside a quotation"  # violence told in someone's words is their claim, not the report's
        elif _negated(head, clause):
            m.dropped = "negated"
        elif modal and not (m.future and m.entry.code_future):
            m.dropped = f"modal '{modal[0].text}': not a fact"
        elif head.dep_ in ("acl", "amod") and head.tag_ in ("VBG", "VBN"):
            m.dropped = "a description of an actor, not an event"
        elif _misparsed_participle(m.trigger):
            m.dropped = "a description of an actor, not an event"
        elif any(a.dep_ == "appos" for a in head.ancestors):
            m.dropped = "inside an apposition describing someone"
        elif _purpose(head):
            m.dropped = "an aim, not a fact ('to ...')"
        else:
            for ancestor in head.ancestors:
                if ancestor.lemma_.lower() in cb.irrealis_governors and ancestor.i not in {t.i for t in m.trigger}:
                    m.dropped = f"governed by '{ancestor.text}': opinion, wish or forecast"
                    break
        subject = _subject(clause)
        if subject is not None and subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
            subject = clause.head  # "the war that killed 100,000": the war
        if m.dropped is None and subject is not None and _lemma_phrase(subject) & cb.cumulative_subjects:
            m.dropped = f"cumulative toll of '{subject.text}': context, not an event"
        if head.pos_ in ("NOUN", "PROPN"):
            dets = [c for c in head.children if c.dep_ in ("det", "poss")]
            m.anaphoric = any(d.lower_ in cb.anaphoric_determiners for d in dets)

    def _background(self, m: Mention) -> str | None:
        """Why a mention is history or summary rather than news, if it is."""
        if self.published and m.time is not None and m.time.date_end < self.published - timedelta(days=BACKGROUND_DAYS):
            return f"dated {m.time.date_end}, more than {BACKGROUND_DAYS} days before publication: background"
        if self.published and m.time is not None and m.time.precision in ("month", "year") \
                and m.time.date_start < self.published - timedelta(days=BACKGROUND_DAYS):
            return f"going on since {m.time.date_start}: a long campaign, not one event"
        if m.entry.violent and not m.sentence_dated and m.sentence.index >= 2 and (m.place is None or m.place.precision >= 3):
            return "violence told with no date and no town, past the lede: background"
        if m.time is None or m.time.precision not in ("day", "week"):
            cue = self.background_cue(m)
            if cue:
                return f"habitual or background wording '{cue}' and no date of its own"
        if m.entry.violent and m.perfect and m.time is None and not m.sentence_dated \
                and (m.place is None or m.place.precision >= 4):
            return "a summary (perfect tense, no date, no town): not one event"
        clause = clause_verb(m.head)
        if m.entry.violent and m.time is None and clause.tag_ in ("VBZ", "VBP") and clause.lemma_ != "be" \
                and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return f"simple present '{clause.text}' with no date: habitual, not one event"
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
        actor1_tok = actor2_tok = None
        if head.pos_ in ("NOUN", "PROPN"):
            modifiers = [c for t in m.trigger for c in t.children
                         if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i not in trigger_ids and c.i < m.trigger[0].i]
            if modifiers:
                argument = self._argument(m.sentence, modifiers, phrase_tokens=_left_modifier_tokens(modifiers))
                m.actor1 = argument if argument.actor is not None else None
            for child in (c for t in m.trigger for c in t.children):
                if child.dep_ == "prep" and child.lower_ == "by":
                    actor1_tok = _pobj(child)
                elif actor2_tok is None:
                    actor2_tok = _target_of(child, m.entry)
            governor = head.head
            if head.dep_ in ("dobj", "nsubjpass") and _matches(governor, self.codebook.light_verbs + self.codebook.defence_verbs):
                defending = _matches(governor, self.codebook.defence_verbs)
                subject = _subject(governor) or _inherited_subject(governor)
                if defending:
                    m.actor2 = m.actor1 or m.actor2
                    m.actor1 = None
                    actor1_tok = subject
                elif m.actor1 is None and subject is not None:
                    actor1_tok = subject
        else:
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
            for child in head.children:
                if child.dep_ == "agent":
                    actor1_tok = _pobj(child)
                elif child.dep_ == "nsubj" and not passive:
                    actor1_tok = child
                elif child.dep_ == "nsubjpass" and not m.entry.patient_is_own:
                    actor2_tok = child
                elif child.dep_ == "dobj" and not passive:
                    if child.i in trigger_ids:
                        continue
                    family = self.codebook.noun_family(child.lemma_.lower())
                    if family:
                        m.target_family = family
                        if _matches(head, self.codebook.defence_verbs):
                            mods = [c for c in child.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
                            if mods:
                                m.actor2 = self._argument(m.sentence, mods, phrase_tokens=_left_modifier_tokens(mods))
                        continue
                    actor2_tok = child
                elif actor2_tok is None:
                    actor2_tok = _target_of(child, m.entry)
            for child in (c for t in m.trigger[1:] for c in t.children):
                if actor2_tok is None:
                    actor2_tok = _target_of(child, m.entry)
            if actor1_tok is None and not passive:
                actor1_tok = _inherited_subject(head)
        if actor1_tok is not None and m.actor1 is None:
            partner = next((c for c in actor1_tok.children if c.dep_ == "conj"), None)
            m.actor1 = self._argument(m.sentence, [actor1_tok], phrase_tokens=_without(actor1_tok, partner))
            if partner is not None and actor2_tok is None and m.entry.event_type is None:
                actor2_tok = partner  # "Jordan and Britain agreed": each is the other's counterpart
        if actor2_tok is not None and m.actor2 is None:
            m.actor2 = self._argument(m.sentence, [actor2_tok])
            if m.actor2.actor is None and m.entry.event_type is None:
                owner = self._owner(m.sentence, actor2_tok)
                if owner is not None:
                    m.actor2 = owner
        if m.actor1 and m.actor1.actor is None and m.actor1.text.lower() in _FIRST_PERSON:
            speaker = _attribution_subject(head, self.codebook)  # '"We urge Kabul to act," the ministry said'
            if speaker is not None:
                m.actor1 = Argument(m.actor1.text, m.actor1.span, self._argument(m.sentence, [speaker]).actor)
        if m.actor1 and m.actor1.actor is None and _has_pronoun(m.actor1.text):
            sayer = _attribution_subject(head, self.codebook)
            if sayer is not None:
                m.actor1 = Argument(m.actor1.text, m.actor1.span, self._resolve(_phrase_text(sayer)))
        if m.actor1 is None and m.entry.patient_is_own:
            sayer = _attribution_subject(head, self.codebook)
            if sayer is not None:
                m.actor1 = self._argument(m.sentence, [sayer])
        if m.actor1 is not None and m.actor1.actor is not None:
            self.last_actor1 = m.actor1
        for side in ("actor1", "actor2"):
            argument = getattr(m, side)
            if argument and argument.actor is None and self.recent_groups and _generic_group(argument.text):
                argument.actor = self.recent_groups[-1].actor
            if argument and argument.actor and argument.actor.kind in ("rebel", "political_militia", "identity_militia"):
                self.recent_groups.append(argument)

    def _argument(self, sentence: Sentence, tokens: list[Token], phrase_tokens: list[Token] | None = None) -> Argument:
        if len(tokens) == 1 and tokens[0].pos_ == "PRON" and phrase_tokens is None:
            return self._antecedent(sentence, tokens[0])
        words = phrase_tokens or _phrase_tokens(tokens[0])
        text = " ".join(t.text for t in words if not t.is_space).replace(" 's", "'s").replace(" - ", "-")
        head = tokens[0]
        is_place = head.lemma_.lower() in geo_words()["not_places"] or head.ent_type_ in ("GPE", "LOC", "FAC")
        return Argument(text, sentence.char_span(words), self._resolve(text, self._violent), is_place)

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

    def _owner(self, sentence: Sentence, thing: Token) -> Argument | None:
        """Whose request, demand or proposal it is: "a U.S. request" -> the United States."""
        modifiers = [c for c in thing.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        if not modifiers:
            return None
        argument = self._argument(sentence, modifiers, phrase_tokens=_left_modifier_tokens(modifiers))
        return argument if argument.actor is not None else None

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
        return Argument(pronoun.text, span, self.last_actor1.actor if self.last_actor1 else None)

    def _resolve(self, text: str, violent: bool = False) -> Actor | None:
        """The actor a phrase names; a bare country acts through its government, or its army in violence."""
        actor = self.actors.resolve(text, country_code=self.main_country)
        if actor is None or (violent and actor.kind == "government" and actor.country_code):
            country = _country_name_phrase(text) if actor is None else self.actors.country_name(actor.country_code)
            if country:
                actor = self.actors.resolve(f"{country} {'military' if violent else 'government'}", country_code=None) or actor
        return actor

    # -- where ---------------------------------------------------------------
    def place_candidates(self, sentence: Sentence) -> list[PlaceName]:
        """Name sequences in a sentence that may be places, with the regions written beside them."""
        words = geo_words()
        out: list[PlaceName] = []
        seen: set[int] = set()
        ents = {t.i: e for e in sentence.span.ents for t in e}
        for token in sentence.span:
            named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title and not token.is_sent_start)
            if token.i in seen or not named and not (token.i in ents and ents[token.i].label_ in ("GPE", "LOC", "FAC")):
                continue
            run = [token]
            while run[-1].i + 1 < sentence.span.end and run[-1].nbor().pos_ == "PROPN" and run[-1].nbor().dep_ in ("compound", "flat", "pobj", "appos", "nmod", "punct") \
                    and run[-1].dep_ in ("compound", "flat", "nmod") and run[-1].nbor().text not in ",":
                run.append(run[-1].nbor())
            seen.update(t.i for t in run)
            qualifiers, inner = _qualifiers(run, sentence)
            seen.update(inner)
            anchor = run[-1]
            named_as_place = anchor.dep_ in ("pobj", "appos") and anchor.head.head.lemma_.lower() in words["not_places"] \
                or anchor.dep_ == "appos" and anchor.head.lemma_.lower() in words["not_places"]
            if token.ent_type_ in ("NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY", "PERCENT") or \
                    token.ent_type_ == "PERSON" and not (qualifiers or named_as_place):
                continue
            if len(run) == 1 and token.is_upper and len(token.text) <= 4 and token.ent_type_ not in ("GPE", "LOC"):
                continue  # "IS", "AU": acronyms of actors far more often than towns
            if anchor.dep_ in _SUBJECTS or (anchor.dep_ == "poss"):
                continue
            hint = "place"
            region_words = words["admin1_words"]
            if any(c.lemma_.lower() in region_words for c in (anchor.head, *anchor.children)) or \
                    (anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in region_words):
                hint = "admin1"
            tagged = bool(qualifiers) or named_as_place or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in run)
            out.append(PlaceName(run, hint, tagged, qualifiers))
        return out

    def _place(self, m: Mention) -> None:
        words = geo_words()
        best: tuple[int, int, ResolvedPlace] | None = None
        scope = _clause_scope(m.head)
        for candidate in self.place_candidates(m.sentence):
            run, hint = candidate.tokens, candidate.hint
            anchor = run[-1]
            if not _place_position(anchor, words["place_prepositions"]):
                continue
            name = " ".join(t.text for t in run)
            near = any(t.lemma_.lower() in words["vicinity_words"] for t in anchor.head.subtree if t.i < anchor.i and t.i >= anchor.i - 6) \
                or anchor.head.lemma_.lower() in words["vicinity_words"]
            resolved = resolve_name(name, m.sentence.char_span(run), context_countries=self.context_countries,
                                    want_admin1=hint == "admin1", near=near, tagged_place=candidate.tagged,
                                    qualifiers=candidate.qualifiers)
            if resolved is None:
                continue
            if anchor.i not in scope:
                continue
            rank = (0, resolved.precision)
            if best is None or rank < best[:2]:
                best = (*rank, resolved)
        if best is None:
            for token in m.sentence.span:
                if token.ent_type_ == "NORP" and token.head.dep_ == "pobj" and token.i in scope \
                        and token.head.head.lower_ in ("at", "in", "to"):
                    found = country_place(token.text, m.sentence.char_span(token))
                    if found:
                        best = (1, 4, found)
                        break
        m.place = best[2] if best else None

    # -- when ---------------------------------------------------------------
    def _times(self, sentence: Sentence) -> list[tuple[TimeExpression, Token | None]]:
        if self.published is None:
            return []
        out = []
        for expr in find_time_expressions(sentence.text, self.published, offset=sentence.start):
            token = _token_at(sentence, expr.start)
            out.append((expr, _time_governor(token, self.codebook) if token is not None else None))
        return out

    def _time(self, m: Mention, times: list[tuple[TimeExpression, Token | None]], others: set[int]) -> None:
        """The date of the trigger's own clause, else of the clauses above it, else a free one."""
        m.sentence_dated = bool(times) or any(t.ent_type_ == "DATE" for t in m.sentence.span) or self.previous_dated
        if not times:
            if self.previous_time is not None:  # the story runs on: "And Kurdish forces held off an attack"
                m.time, m.time_inherited = self.previous_time, True
            return
        clause = clause_verb(m.head)
        trigger_ids = {t.i for t in m.trigger}
        chain = [clause] + [a for a in clause.ancestors if a.lemma_ not in self.codebook.attribution_verbs]
        own = [e for e, g in times if g is not None and (g.i in trigger_ids or g.i == clause.i)]
        inherited = [e for e, g in times if g is not None and any(g.i == c.i for c in chain[1:])]
        statement = [e for e, g in times if g is not None and g.lemma_ in self.codebook.attribution_verbs]
        loose = [e for e, g in times if e not in own + inherited + statement and (g is None or g.i not in others)]
        if own:
            m.time = own[0]
        elif inherited:
            m.time = inherited[0]
        elif loose:
            m.time = loose[0]
        elif statement and m.entry.event_type is None:
            m.time = statement[0]
        if m.time is not None and m.future:
            m.time = toward_future(m.time, self.published)

    # -- type decided by the target ------------------------------------------------
    def _retype(self, m: Mention) -> None:
        """Type decided by the instrument ("warplanes struck"), the actor or the target."""
        if m.entry.instruments:
            said = " ".join(t.lemma_.lower() for t in clause_verb(m.head).subtree)
            if m.actor1:
                said += " " + m.actor1.text.lower()
            for entry_id in m.entry.instruments:
                entry = self.codebook.entries[entry_id]
                if any(f" {word} " in f" {said} " for word in entry.instrument_words):
                    m.event_type, m.sub_event_type = entry.event_type, entry.sub_event_type
                    m.plover_mode, m.family = entry.plover_mode, entry.family
                    return
        actor1 = m.actor1.actor if m.actor1 else None
        if m.entry.needs_armed_actor and not (actor1 is not None and actor1.kind in ARMED_KINDS):
            m.dropped = m.dropped or f"'{m.trigger[0].text}' with no armed actor and no weapon named"
        if m.entry.sub_event_by_actor1:
            state = actor1 is not None and actor1.kind in ("state_forces", "police", "government")
            m.sub_event_type = m.entry.sub_event_by_actor1["state" if state else "other"]
        target = m.actor2.actor if m.actor2 else None
        if m.entry.target_types and target is not None:
            kind = "armed" if target.kind in ARMED_KINDS else target.kind
            change = m.entry.target_types.get(kind)
            if change:
                m.event_type, m.sub_event_type = change["event_type"], change["sub_event_type"]
                m.family = change.get("family", m.family)

    # -- how many, per whom ----------------------------------------------------------
    def _facts(self, sentence: Sentence) -> SentenceFacts:
        cas = self.codebook.casualties
        facts = SentenceFacts(sentence)
        vague = vague_words()
        for token in sentence.span:
            if not (token.like_num or token.lower_ in vague) or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
                continue
            if token.lower_ in ("a", "an", "one", "no", "single") and token.dep_ != "nummod":
                continue
            phrase = [t for t in sentence.span[token.left_edge.i - sentence.span.start: token.i + 1 - sentence.span.start] if not t.is_space]
            phrase = phrase[max(0, len(phrase) - 4):]
            count = parse_count(" ".join(t.text for t in phrase))
            if count is None:
                continue
            counted = token.head if token.dep_ in ("nummod", "quantmod") else token
            kind = _casualty_kind(counted, cas)
            if kind is None:
                continue
            figure = Figure(count, sentence.char_span(phrase), " ".join(t.text for t in phrase))
            bucket = facts.fatalities if kind == "fatal" else facts.injuries
            partner = next(((c, f) for c, f in bucket if counted in c.children and counted.dep_ == "conj"), None)
            if partner is not None:  # "12 soldiers and 20 militants were killed": 32
                bucket.remove(partner)
                figure = Figure(_sum(partner[1].count, count), (partner[1].span[0], figure.span[1]),
                                f"{partner[1].text} + {figure.text}")
                counted = partner[0]
            bucket.append((counted, figure))
            if kind == "fatal" and counted.lemma_.lower() in cas["civilian_nouns"]:
                facts.civilians.append((counted, figure))
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
            if token.pos_ == "VERB" and _matches(token, self.codebook.responsibility_phrases):
                subject = _subject(token)
                if subject is not None:
                    claimant = self._argument(sentence, [subject])
                    facts.claimant = claimant if claimant.actor is not None else None
        for token in sentence.span:
            if token.lower_ == "according" and token.nbor().lower_ == "to":
                obj = _pobj(token.nbor())
                if obj is not None:
                    words = _phrase_tokens(obj)
                    text = " ".join(t.text for t in words).strip()
                    text = text[4:] if text.lower().startswith("the ") else text
                    facts.source = (text, sentence.char_span(words))
        return facts

    def _assign_figures(self, mentions: list[Mention], facts: SentenceFacts) -> None:
        violent = [m for m in mentions if m.entry.violent and not m.dropped]
        if not violent:
            return
        for attr in ("fatalities", "injuries", "civilians"):
            for counted, figure in getattr(facts, attr):
                nearest = min(violent, key=lambda m: abs(m.head.i - counted.i))
                if getattr(nearest, attr) is None:
                    setattr(nearest, attr, figure)
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
                and _subject(token) is not None and head not in token.subtree and token is not head:
            inner.update(t.i for t in token.subtree)
    return ({t.i for t in clause.subtree} | {t.i for t in head.subtree}) - inner


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _inherited_subject(verb: Token) -> Token | None:
    """The subject an xcomp/conj/advcl verb shares with its head ("reported to have held")."""
    current = verb
    for _ in range(4):
        subject = _subject(current)
        if subject is not None:
            return subject
        if current.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or current.head is current:
            return None
        current = current.head
    return None


def _target_of(child: Token, entry: Entry) -> Token | None:
    """The counterpart a preposition names: "with X", "against X"; "on X" for attacks; "at X" for talks."""
    if child.dep_ != "prep":
        return None
    wanted = {"with", "against", "targeting"} | ({"on"} if entry.violent else set()) | ({"at"} if entry.family == "consult" else set())
    obj = _pobj(child)
    if child.lower_ in wanted and obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
        return obj
    return None


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _phrase_tokens(token: Token) -> list[Token]:
    """The noun phrase headed by a token, cut before relative clauses and places ("IS fighters in Syria")."""
    cut: set[int] = set()
    for child in token.children:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "appos" and token.pos_ == "PROPN") or (child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "on", "inside", "outside")):
            cut.update(t.i for t in child.subtree)
    words = [t for t in token.subtree if t.i not in cut and (t.dep_ != "punct" or t.text in "-'")]
    return words[:14] if words else [token]


def _qualifiers(run: list[Token], sentence: Sentence) -> tuple[tuple[str, ...], set[int]]:
    """Regions written after a place: "Kukawa (Kukawa, Borno)", "Ramadi, Anbar" -> names and their token ids."""
    doc = run[-1].doc
    end = min(sentence.span.end, len(doc))
    i = run[-1].i + 1
    if i < end and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(end, i + 12)) if doc[j].text == ")"), None)
        if close is None:
            return (), set()
        names = " ".join(t.text for t in doc[i + 1:close]).split(" , ")
        return tuple(n.strip() for n in names if n.strip()), set(range(i, close + 1))
    return (), set()


def _without(head: Token, partner: Token | None) -> list[Token]:
    """A coordinated phrase's first conjunct ("Jordan" of "Jordan and Britain")."""
    words = _phrase_tokens(head)
    if partner is None:
        return words
    cut = {t.i for t in partner.subtree} | {c.i for c in head.children if c.dep_ == "cc"}
    return [t for t in words if t.i not in cut] or [head]


def _left_modifier_tokens(modifiers: list[Token]) -> list[Token]:
    words = sorted({t for mod in modifiers for t in mod.subtree}, key=lambda t: t.i)
    return [t for t in words if t.dep_ not in ("det", "punct")] or modifiers


def _phrase_text(token: Token) -> str:
    return " ".join(t.text for t in _phrase_tokens(token)).replace(" 's", "'s")


def _lemma_phrase(token: Token) -> set[str]:
    words = [t.lemma_.lower() for t in token.subtree if t.i <= token.i]
    return set(words) | {" ".join(words[-2:])}


def _matches(token: Token, phrases: list[tuple[str, ...]]) -> bool:
    lemma, form = token.lemma_.lower(), token.lower_
    particles = [c.lemma_.lower() for c in token.children if c.dep_ in ("prt", "dobj", "prep")]
    for phrase in phrases:
        if (phrase[0] == lemma or form.startswith(phrase[0])) and (len(phrase) == 1 or phrase[1] in particles):
            return True
    return False


def _purpose(head: Token) -> bool:
    """Whether the trigger stands in a purpose clause ("to assist in the strikes")."""
    for token in (head, *head.ancestors):
        if token.pos_ == "VERB" and token.dep_ != "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return True
        if token.dep_ in ("ROOT",) or (token.pos_ == "VERB" and _subject(token) is not None):
            return False
    return False


def _negated(head: Token, clause: Token) -> bool:
    for token in (head, clause):
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
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


def _sum(a: Count, b: Count) -> Count:
    """Two counts of the same toll, added; a bound is known only when both have it."""
    def add(x, y):
        return None if x is None or y is None else x + y
    return Count(best=add(a.best, b.best), low=add(a.low, b.low), high=add(a.high, b.high))


def _casualty_kind(counted: Token, cas: dict[str, set[str]]) -> str | None:
    """Whether a counted noun names the dead ("fatal"), the hurt ("injury") or neither."""
    lemma = counted.lemma_.lower()
    if lemma in cas["fatality_nouns"] and lemma not in ("toll",):
        return "fatal"
    if lemma in cas["injury_nouns"] and lemma != "casualty":
        return "injury"
    for child in counted.children:
        if child.lemma_.lower() in cas["fatality_adjectives"] or child.lower_ in cas["fatality_adjectives"]:
            return "fatal"
        if child.lower_ in cas["injury_adjectives"]:
            return "injury"
    current = counted
    for _ in range(3):
        head = current.head
        verb = head.lemma_.lower()
        role = current.dep_
        if head.lower_ in ("dead",) or any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "amod") for c in head.children):
            if head.lemma_.lower() in ("leave",) or head.lower_ == "dead":
                return "fatal"
        if verb in cas["fatality_verbs"] and (role in ("dobj", "nsubjpass") or (verb in ("die", "perish") and role == "nsubj")):
            if verb == "claim" and not any(c.lemma_ == "life" for c in head.children) and lemma != "life":
                return None
            return "fatal"
        if verb in cas["injury_verbs"] and role in ("dobj", "nsubjpass"):
            return "injury"
        if role == "pobj" and head.lower_ == "to" and any(t.lemma_.lower() in ("toll",) for t in head.head.children):
            return "fatal"
        if role not in ("pobj", "prep", "conj", "appos"):
            break
        current = head
    return None


def _place_position(anchor: Token, prepositions: list[str]) -> bool:
    """Whether a name stands where a place of an event stands: after "in", "at", "near"..."""
    current = anchor
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ in prepositions:
            return True
        if current.dep_ in ("dobj",) and current.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if current.dep_ not in ("appos", "compound", "nmod", "conj", "pobj", "flat") or current.head is current:
            return False
        current = current.head
    return False


def _has_pronoun(text: str) -> bool:
    return any(word.lower() in _PRONOUNS for word in text.split())


def _generic_group(text: str) -> bool:
    words = {w.lower() for w in text.split()}
    return bool(words & {"group", "militants", "militant", "insurgents", "fighters", "extremists", "rebels"}) and len(words) <= 3


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


def _token_at(sentence: Sentence, char: int) -> Token | None:
    for token in sentence.span:
        if sentence.offset + token.idx <= char < sentence.offset + token.idx + len(token.text):
            return token
    return None


def _time_governor(token: Token, codebook: Codebook) -> Token:
    """The verb or event noun a time expression belongs to. "said Wednesday" belongs to "said"."""
    if token.i > 0 and token.nbor(-1).lemma_ in codebook.attribution_verbs:
        return token.nbor(-1)
    current = token
    for _ in range(6):
        head = current.head
        if head is current:
            return current
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and codebook.terms_at(head.lemma_.lower())):
            return head
        current = head
    return current
