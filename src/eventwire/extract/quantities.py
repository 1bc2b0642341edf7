"""Counts in news text, read with ACLED's conservative rule.

"at least 95" is 95 (low 95); "dozens" is 12; "between 10 and 15" is 10 (low 10,
high 15); "up to 30" bounds the figure from above only. Words and qualifiers
live in ``data/quantities.yaml``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from importlib import resources

import yaml
from text_to_num import text2num

_NUMBER = re.compile(r"^\d{1,3}(?:[,.]\d{3})+$|^\d+$")


@dataclass(frozen=True)
class Count:
    """A figure as the text gives it."""

    best: int | None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Share:
    """A part of a total: "more than half" -> fraction 0.5, strictly more."""

    fraction: Fraction
    more_than: bool = False

    def of(self, total: int) -> int:
        """The conservative count this share gives of a total."""
        value = total * self.fraction
        if self.more_than:
            return math.floor(value) + 1
        return math.ceil(value)


@lru_cache(maxsize=1)
def _words() -> dict:
    return yaml.safe_load(resources.files("eventwire").joinpath("data/quantities.yaml").read_text("utf-8"))


def number_value(word: str) -> int | None:
    """A whole number from digits ("195,000") or words ("ninety-five", "six")."""
    word = word.strip().lower()
    if _NUMBER.match(word):
        return int(re.sub(r"[,.]", "", word))
    dozens = re.fullmatch(r"(.+?)\s+dozen", word)  # "two dozen", "3 dozen"
    if dozens:
        many = number_value(dozens.group(1))
        return many * 12 if many is not None else None
    if not re.fullmatch(r"[a-z][a-z\- ]*", word):
        return None
    try:
        return int(text2num(word.replace(" and ", " "), "en"))
    except (ValueError, TypeError):
        return None


def parse_count(phrase: str) -> Count | None:
    """Read a count phrase: "at least 95", "more than 195,000", "dozens", "10 to 15"."""
    text = " ".join(phrase.lower().replace("\u2013", "-").split())
    text = re.sub(r"^(?:the|of|with)\s+", "", text)
    text = re.sub(r"^(?:another|other|a further|the other)\s+(?=\S)", "", text) if " " in text else text  # "another eleven"
    words = _words()
    between = re.match(r"^(?:between\s+)?([\w,.\- ]+?)\s*(?:and|to|-)\s*([\w,.\- ]+)$", text)
    if between:
        low, high = number_value(between.group(1)), number_value(between.group(2))
        if low is not None and high is not None and low <= high:
            return Count(best=low, low=low, high=high)
    qualifier = None
    for words_before in sorted(words["qualifiers"], key=len, reverse=True):
        if text.startswith(words_before + " "):
            qualifier = words["qualifiers"][words_before]
            text = text[len(words_before) + 1:]
            break
    for suffix in words["floor_suffixes"]:
        if text.endswith(" " + suffix) or text.endswith("-" + suffix):
            qualifier = qualifier or "floor"
            text = text[: -len(suffix) - 1]
    vague = words["vague"].get(text)
    if vague is not None:
        return Count(best=vague.get("best"), low=vague.get("low"), high=vague.get("high"))
    value = number_value(text)
    if value is None:
        return None
    if qualifier == "floor":
        return Count(best=value, low=value)
    if qualifier == "ceiling":
        return Count(best=None, low=None, high=value)
    if qualifier == "about":
        return Count(best=value)
    return Count(best=value, low=value, high=value)


def parse_share(phrase: str) -> Share | None:
    """Read a share phrase: "more than half", "two thirds", "most"."""
    text = " ".join(phrase.lower().split())
    more_than = False
    for lead in ("more than ", "over ", "nearly ", "almost ", "about "):
        if text.startswith(lead):
            more_than = lead in ("more than ", "over ")
            text = text[len(lead):]
    fraction = _words()["fractions"].get(text)
    if fraction is None:
        return None
    fraction = Fraction(str(fraction))
    if text in ("most", "majority", "the majority"):
        more_than = True
    return Share(fraction=fraction, more_than=more_than)


def vague_words() -> set[str]:
    return set(_words()["vague"])
