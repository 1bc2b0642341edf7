"""Abuse scores for reader comments, from a shipped model and eventwire's own lexicon.

    >>> from eventwire.abuse import score_comment
    >>> score_comment("flatten those saudis and barbaric turkish savages into pancakes.").abusive
    True
    >>> score_comment("What a monstrous regime.").abusive
    False

Two offline sources, combined:

- alt-profanity-check (a linear model trained on tweets and Wikipedia comments,
  shipped inside its wheel) scores swearing and name-calling. It cannot tell
  "you idiot" from "what a bloody mess", so its score only counts in full when a
  rude word is aimed at someone (the reader, or the subject of "is a ...").
- ``data/abuse.yaml`` says what the model does not see: a people, a nationality
  or a faith called vermin or savages, calls to kill them, slurs and threats.
  Institutions, armies and politicians are not groups there, so harsh opinion
  ("the regime is brutal") stays unflagged.

Words inside quotation marks are someone else's and are not scored; a hit after
a reporting word ("chanted", "said") weighs less. Score many comments with
:func:`score_comments`: the model costs ~3 ms a call but microseconds a comment
in a batch.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import product
from typing import Any, Final

import yaml

ABUSIVE_AT: Final = 0.5
"""A comment is abusive when its score reaches this: one lexicon hit (threat,
incitement, slur, dehumanising a people) or a rude word aimed at someone whose
comment the model scores at least this high."""


@dataclass(frozen=True)
class AbuseScore:
    """How abusive one comment is, and why: ``reasons`` quote the words that count."""

    score: float
    abusive: bool
    reasons: list[str] = field(default_factory=list)


def score_comment(text: str) -> AbuseScore:
    """Score one comment (prefer :func:`score_comments` for many)."""
    return score_comments([text])[0]


def score_comments(texts: Iterable[str]) -> list[AbuseScore]:
    """Score comments in one batch: the profanity model runs once for all of them."""
    lexicon = _lexicon()
    masked = [_mask_quotes(_normalise(text)) for text in texts]
    scored = [i for i, text in enumerate(masked) if text.strip()]
    probabilities = _profanity_model().predict_prob([masked[i] for i in scored]) if scored else []
    profane = dict(zip(scored, (float(p) for p in probabilities)))
    return [_score(text, profane.get(i, 0.0), lexicon) for i, text in enumerate(masked)]


# --- scoring -----------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    kind: str
    reason: str
    weight: float
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Lexicon:
    rules: tuple[_Rule, ...]
    reporting: re.Pattern[str]
    reported_factor: float
    unaimed_factor: float
    insult_words: frozenset[str]
    addressees: frozenset[str]
    copulas: frozenset[str]


_TOKEN = re.compile(r"\b\w\w+\b|'\w+")  # the model's tokens, plus "'s" / "'re"
_SENTENCE_END = re.compile(r"[.!?\n]")


def _score(text: str, profanity: float, lexicon: _Lexicon) -> AbuseScore:
    hits: list[tuple[float, str]] = []
    for rule in lexicon.rules:
        for match in rule.pattern.finditer(text):
            weight, note = rule.weight, ""
            sentence = text[_sentence_start(text, match.start()):match.start()]
            if lexicon.reporting.search(sentence):
                weight, note = weight * lexicon.reported_factor, ", in reported speech"
            words = " ".join(match.group().split())
            hits.append((weight, f"{rule.kind} ({rule.reason}): {words!r}{note}"))
    insult = _aimed_insult(text, lexicon)
    if insult:
        hits.append((profanity, f"insult ({insult!r} aimed at someone, profanity model {profanity:.2f})"))
    elif profanity >= ABUSIVE_AT and not hits:
        hits.append((profanity * lexicon.unaimed_factor,
                     f"profanity (no insult aimed at anyone, profanity model {profanity:.2f})"))
    score = round(max([profanity * lexicon.unaimed_factor, *(weight for weight, _ in hits)]), 3)
    hits.sort(key=lambda hit: -hit[0])
    return AbuseScore(score, score >= ABUSIVE_AT, [reason for _, reason in hits])


def _aimed_insult(text: str, lexicon: _Lexicon) -> str | None:
    """The first insult word in a sentence that addresses the reader, or that
    follows "is"/"are" closely ("Putin is a dickhead")."""
    for sentence in _SENTENCE_END.split(text.lower()):
        tokens: list[str] = _TOKEN.findall(sentence)
        addressed = any(token in lexicon.addressees for token in tokens)
        for i, token in enumerate(tokens):
            if token in lexicon.insult_words and (
                addressed or any(t in lexicon.copulas for t in tokens[max(0, i - 3):i])
            ):
                return token
    return None


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


_QUOTED = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|(?<![\w\'])\'[^\'\n]{1,300}\'(?![\w\'])')


def _normalise(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("`", "'")


def _mask_quotes(text: str) -> str:
    """Blank out quoted words (same length), so a quotation is never scored as
    the commenter's own words."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


# --- resources, loaded once per process --------------------------------------


@cache
def _profanity_model() -> Any:
    """alt-profanity-check, imported on first use: loading it takes ~1 s."""
    import profanity_check

    return profanity_check


@cache
def _lexicon() -> _Lexicon:
    data = yaml.safe_load(_data_text("abuse.yaml"))
    words: dict[str, list[str]] = data["words"]
    lists = {name: _forms(entries) for name, entries in words.items()}
    lists["nationality"] = _nationalities()
    regexes = {name: r"\b" + _alternation(forms) + r"\b" for name, forms in lists.items()}
    fragments: dict[str, str] = data["fragments"]

    def expand(template: str, seen: tuple[str, ...] = ()) -> str:
        template = template.replace(" ?", r"\s*").replace(" ", r"\s+")

        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in fragments and name not in seen:
                return "(?:" + expand(fragments[name], seen + (name,)) + ")"
            return regexes[name]

        return re.sub(r"\{([a-z_]+)\}", one, template)

    weights: dict[str, float] = data["weights"]
    rules = tuple(
        _Rule(rule["kind"], rule["reason"], weights[rule["kind"]],
              re.compile("|".join(f"(?:{expand(p)})" for p in rule["patterns"]), re.IGNORECASE))
        for rule in data["rules"]
    )
    return _Lexicon(
        rules=rules,
        reporting=re.compile(regexes["reporting"], re.IGNORECASE),
        reported_factor=data["reported_factor"],
        unaimed_factor=data["unaimed_profanity_factor"],
        insult_words=_insult_words(data["insult_word_at"]) - lists["not_insult"],
        addressees=frozenset(lists["addressee"]),
        copulas=frozenset(lists["copula"]),
    )


def _insult_words(at: float) -> frozenset[str]:
    """The model's own vocabulary scored word by word: those it calls profane alone."""
    model = _profanity_model()
    vocabulary = sorted(model.profanity_check.vectorizer.vocabulary_)
    return frozenset(w for w, p in zip(vocabulary, model.predict_prob(vocabulary)) if p >= at)


def _nationalities() -> frozenset[str]:
    """Demonyms from demonyms.tsv and their plurals; abbreviations ("US", "U.K.")
    are left out, since "us" is a pronoun."""
    forms: set[str] = set()
    for line in _data_text("demonyms.tsv").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        for form in line.split("\t")[1].split("|"):
            if "." in form or form.isupper():
                continue
            form = form.lower()
            forms.add(form)
            if not form.endswith(("s", "sh", "ch", "ese", "x", "z")):
                forms.add(form + "s")
    return frozenset(forms)


def _forms(entries: Iterable[str]) -> frozenset[str]:
    """Each entry's spellings: "savage(s)" is savage and savages."""
    forms: set[str] = set()
    for entry in entries:
        if not isinstance(entry, str):  # YAML reads a bare on/off/yes/no as a boolean
            raise TypeError(f"abuse.yaml: quote the word {entry!r}")
        parts = re.split(r"\(([^)]*)\)", entry.lower())
        options = [[part] if i % 2 == 0 else ["", part] for i, part in enumerate(parts)]
        forms.update("".join(choice) for choice in product(*options))
    return frozenset(forms)


def _alternation(words: Iterable[str]) -> str:
    """One regex for many words, as a trie, so a few hundred names stay fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = [_char(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + render(trie) + ")"


def _char(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


def _data_text(name: str) -> str:
    return resources.files("eventwire").joinpath("data", name).read_text("utf-8")
