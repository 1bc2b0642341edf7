"""The extraction pipeline: document -> sentences -> mentions -> events.

Each stage is a small function over one document; the heavy resources (the
spaCy pipeline, the gazetteer, the actor registry, the codebook) load once per
process and are shared by every document.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from .codebook import load_codebook
from .extract.events import EventBuilder
from .extract.mentions import Mention, MentionFinder, SentenceFacts
from .ingest import document_from_text
from .abuse import score_comments
from .nlp import Sentence, parse_bodies, parse_body
from .records import CodedDocument, Document, Event
from .resolve.actors import ActorRegistry
from .resolve.gazetteer import Gazetteer
from .resolve.geo import ResolvedPlace, country_place, dateline, resolve_name


def extract(text: str, published: date | str | None = None, *, doc_id: str = "doc", day_first: bool = True) -> list[Event]:
    """Events in a report given as text; ``published`` anchors relative dates ("Tuesday").

    ``day_first`` says how the report writes numeric dates: "3/5/2020" is 3 May when true
    (most of the world), 5 March when false (the United States).
    """
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    return extract_document(document_from_text(text, doc_id=doc_id, published=published), day_first=day_first)


def extract_document(document: Document, *, day_first: bool = True) -> list[Event]:
    """Events in an ingested document, most confident first. Comments are never read."""
    return extract_documents([document], day_first=day_first)[0]


def extract_documents(documents: list[Document], *, day_first: bool = True) -> list[list[Event]]:
    """Each document's events, as ``extract_document`` gives them; the documents' paragraphs go
    through spaCy in one batched stream, which is faster than one document at a time."""
    return [_events(document, sentences, day_first) for document, sentences in zip(documents, parse_bodies(documents))]


def code_documents(documents: list[Document], *, day_first: bool = True) -> list[CodedDocument]:
    """Documents with their events extracted and their comments scored for abuse: everything
    ingest does that needs no database, so it can run in worker processes or on a cluster."""
    scores = iter(score_comments([c.text for document in documents for c in document.comments]))
    return [CodedDocument(document, [e.to_dict() for e in events], [next(scores) for _ in document.comments])
            for document, events in zip(documents, extract_documents(documents, day_first=day_first))]


# Relative dates are resolved by date arithmetic on the publication date; a date at the very ends of
# the calendar (year 1, year 9999) would overflow, so outside these bounds it anchors nothing.
# (Ingest refuses such dates by name, see ingest.screen; this keeps the Python API from crashing.)
_ANCHOR_RANGE = (date(1000, 1, 1), date(9000, 12, 31))


def _anchor(published: date | None) -> date | None:
    if isinstance(published, date) and _ANCHOR_RANGE[0] <= published <= _ANCHOR_RANGE[1]:
        return published
    return None


def _events(document: Document, sentences: list[Sentence], day_first: bool) -> list[Event]:
    return _built(document, sentences, day_first).events


@dataclass
class _Run:
    """One document's extraction, kept whole for explain: the finder, each sentence's mentions and
    facts (with what the builder dropped), the builder (with the drafts it did not code) and the events."""
    finder: MentionFinder
    found: list[tuple[list[Mention], SentenceFacts]]
    builder: EventBuilder
    events: list[Event]


def _built(document: Document, sentences: list[Sentence], day_first: bool = True) -> _Run:
    filed = dateline_place(sentences, {})
    finder = _finder(document, sentences, day_first, filed)
    found = [finder.find(sentence) for sentence in sentences]
    builder = EventBuilder(document.id, _anchor(document.published), finder.actors, finder.main_country, filed)
    events = sorted(builder.build(found), key=lambda e: e.confidence, reverse=True)
    return _Run(finder, found, builder, events)


def _finder(document: Document, sentences: list[Sentence], day_first: bool = True,
            filed: ResolvedPlace | None = None) -> MentionFinder:
    """A mention finder set to the countries the report is about; ``filed`` is its dateline's place."""
    named, peoples = _countries_named(sentences, filed)
    countries = _shares(named or peoples)  # a report that names only "Malian policemen" is about Mali
    if filed is not None:
        countries = _shares(Counter(countries) + Counter({filed.place.country_code: _dateline_weight(filed, named, peoples)}))
    main_country = max(countries, key=countries.get) if countries else None
    return MentionFinder(load_codebook(), ActorRegistry.default(), _anchor(document.published), countries,
                         main_country, day_first, dateline=filed.span if filed is not None else None)


_LEDE_WEIGHT = 2.0  # a place named in the first three sentences counts this much, later ones 1.0


def _dateline_weight(filed: ResolvedPlace, named: Counter[str], peoples: Counter[str]) -> float:
    """Where a report was filed outweighs every other place it names together, when its body
    names no place or some in that country, or that country's people or forces ("ADDIS ABABA -
    Ethiopia's government and Tigrayan forces agreed ... in South Africa"); a body whose places and
    peoples are all elsewhere was filed from abroad ("BEIRUT - Air strikes on ... in northwestern
    Syria"), and the dateline only breaks ties. One name of the lede alone is too little to tell: a
    town the gazetteer lacks in the dateline's country may be known elsewhere ("DHAKA - ... in the
    capital's Mirpur area")."""
    elsewhere = sum(named.values()) > _LEDE_WEIGHT
    code = filed.place.country_code
    return 2.0 if not elsewhere or named.get(code) or peoples.get(code) else 0.1


def document_countries(sentences: list[Sentence]) -> dict[str, float]:
    """How much the report is about each country, as shares: of the places it names, else of the
    peoples ("a report that names only Malian policemen is about Mali")."""
    named, peoples = _countries_named(sentences)
    return _shares(named or peoples)


def _countries_named(sentences: list[Sentence],
                     filed: ResolvedPlace | None = None) -> tuple[Counter[str], Counter[str]]:
    """How much the report is about each country: the weights of its resolved place names and of
    the countries its sentences put places in ("the Syrian capital"), each name read with what
    its own sentence says; and apart, those of the peoples it names ("Malian policemen"). A town
    whose name is much the same in two countries (Damascus, Tripoli) waits for the countries,
    regions and plain names, and is read in their light and that of the peoples. The dateline's own
    name is left to its caller, who weighs it by what the body names."""
    finder = MentionFinder(load_codebook(), ActorRegistry.default(), None, {}, None)
    counts: Counter[str] = Counter()
    peoples: Counter[str] = Counter()  # "Lebanese troops": a hint for the waiting names only
    waiting = []
    for sentence in sentences:
        weight = _LEDE_WEIGHT if sentence.index < 3 else 1.0  # the lede says what the report is about
        for token in sentence.span:
            # "Kyrgyz and Tajik forces": the tagger may call a people a place or a person
            demonym = token.ent_type_ in ("GPE", "PERSON") and Gazetteer.default().country_for_adjective(token.text) is not None \
                and Gazetteer.default().country(token.text) is None
            people = country_place(token.text, (0, 0)) if token.ent_type_ == "NORP" or demonym else None
            if people is not None:
                peoples[people.place.country_code] += weight / 2
        for owner in (e for e in sentence.span.ents if e.label_ == "GPE" and e.end < len(e.doc) and e.doc[e.end].tag_ == "POS"):
            # "Sudan's army overthrew the president": a country named as its forces' owner is a hint too
            country = Gazetteer.default().country(owner.text)
            if country is not None:
                peoples[country.country_code] += weight / 2
        candidates = finder.place_candidates(sentence)
        clues = finder.place_clues(sentence, candidates)  # "the Lebanese city of Tripoli" counts for Lebanon
        for code in clues.countries:
            counts[code] += weight
        for candidate in (c for c in candidates if c.within is None):  # a town's district counts as the town
            if filed is not None and filed.span[0] <= sentence.char_span(candidate.tokens)[0] < filed.span[1]:
                continue
            name = " ".join(t.text for t in candidate.tokens)
            place = resolve_name(name, (0, 0), context_countries={}, want_admin1=candidate.hint == "admin1",
                                 tagged_place=candidate.tagged, qualifiers=candidate.qualifiers, clues=clues)
            if place is None:
                continue
            weight_here = weight if place.place.match == "exact" else weight / 2  # a spelling variant is less sure
            if place.place.kind == "city" and place.margin < AMBIGUOUS_MARGIN:
                waiting.append((name, candidate, clues, weight_here))
            else:
                counts[place.place.country_code] += weight_here
    settled = _shares(counts + peoples if waiting else counts)
    for name, candidate, clues, weight_here in waiting:
        place = resolve_name(name, (0, 0), context_countries=settled, want_admin1=candidate.hint == "admin1",
                             tagged_place=candidate.tagged, qualifiers=candidate.qualifiers, clues=clues)
        if place is not None:
            counts[place.place.country_code] += weight_here
    return counts, peoples


def dateline_place(sentences: list[Sentence], context_countries: dict[str, float]) -> ResolvedPlace | None:
    """The place of a dateline opening the report ("NARATHIWAT, Thailand -- ..."), if it names one
    the gazetteer knows; its span covers the whole dateline, whose words are no actor."""
    if not sentences:
        return None
    first = sentences[0]
    found = dateline(first.text)
    if found is None:
        return None
    country = found.group("country")
    place = resolve_name(found.group("place").strip(), (first.start, first.start + found.end()),
                         context_countries=context_countries, qualifiers=(country,) if country else ())
    if place is not None and place.precision < 4:
        return replace(place, reason=f"{place.reason}; the report's dateline")
    return None


AMBIGUOUS_MARGIN = 3.0  # a lead under a factor of 1,000 in population, with nothing else to go on


def _shares(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {code: n / total for code, n in counts.items()} if total else {}


def explain_document(document: Document) -> list[str]:
    """Every mention found, with what the grammar gave it or why it was not coded."""
    sentences = parse_body(document)
    run = _built(document, sentences)
    context = ", ".join(f"{code} {share:.2f}" for code, share in sorted(run.finder.context_countries.items(), key=lambda kv: -kv[1]))
    lines = [f"{document.id}: countries in context: {context or 'none'}"]
    for sentence, (mentions, facts) in zip(sentences, run.found):
        for m in mentions:
            trigger = " ".join(t.text for t in m.trigger)
            parts = [f"[{sentence.index}] '{trigger}' {m.entry.id}"]
            for name in ("actor1", "actor2"):
                arg = getattr(m, name)
                if arg:
                    parts.append(f"{name}='{arg.text}'->{arg.actor.name if arg.actor else None}")
            if m.place:
                parts.append(f"place={m.place.place.name},{m.place.place.country_code} p{m.place.precision}")
            if m.time:
                parts.append(f"time='{m.time.text}'={m.time.date}")
            for name in ("fatalities", "injuries"):
                if getattr(m, name):
                    parts.append(f"{name}={getattr(m, name).count}")
            if m.anaphoric:
                parts.append("anaphoric")
            parts.append(f"DROPPED: {m.dropped}" if m.dropped else "kept")
            lines.append("  ".join(parts))
        if facts.civilian_share or facts.source:
            lines.append(f"[{sentence.index}] facts: share={facts.civilian_share} source={facts.source}")
    lines.append("\nevents, and why each field was chosen:")
    for event in run.events:
        lines.append(f"  {event.summary} (confidence {event.confidence})")
        lines.extend(f"      {field}: {reason}" for field, reason in event.reasons.items())
    lines.extend(f"  not coded: '{trigger}': {why}" for trigger, why in run.builder.unkept)
    return lines
