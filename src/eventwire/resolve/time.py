"""Dates in news text: find temporal expressions and resolve them to event dates.

``find_time_expressions`` finds every temporal expression in a sentence or a
paragraph ("Tuesday", "since Monday", "on November 7", "3 May 2020",
"last week", "in early 2013", "the 1990s") and resolves it against the
publication date, the way our ACLED-style coding guide asks:

* a relative expression (a weekday, "yesterday", "November 7" without a year,
  "in September", "this week") is resolved to the past, or to the publication
  day itself: "Tuesday" in a Wednesday report is the day before, "Wednesday"
  is the same day;
* a span ("since Monday", "last week", "in September") keeps its first and last
  day, and its event date is its middle (the 15th for a whole month, 1 July for
  a whole year), except where ``period_parts`` in the word list says otherwise
  ("early November" dates to the 1st, "late October" to the 31st);
* the precision is "day", "week", "month" or "year".

The caller decides the tense of the clause; for a clause in the future tense it
calls ``toward_future``, which re-resolves a relative expression forward
("will be deployed on Thursday").

Words and their meanings live in ``data/time_words.yaml``; this module holds the
patterns that combine them. Every expression carries a ``reason`` a person can
read, and its character offsets into the text given (plus ``offset``).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, NamedTuple

import yaml
from text_to_num import text2num

__all__ = ["TimeExpression", "find_time_expressions", "toward_future"]

PRECISIONS = ("day", "week", "month", "year")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression, resolved.

    ``start``/``end`` are character offsets of ``text`` in the text given to
    ``find_time_expressions`` plus its ``offset``.
    """

    start: int
    end: int
    text: str
    date: date  # the event_date to use: for a span, its middle (rounded down)
    date_start: date  # first day covered
    date_end: date  # last day covered (== date for a single day)
    precision: str  # "day" | "week" | "month" | "year"
    relative: bool  # resolved against the publication date
    reason: str  # one line a person can read

    @property
    def is_span(self) -> bool:
        return self.date_start != self.date_end


# --------------------------------------------------------------------------
# Word lists


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("data/time_words.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _alt(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    parts = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


def _norm(phrase: str | None) -> str:
    return " ".join(phrase.lower().split()) if phrase else ""


class _Vocab:
    """The word list, indexed and turned into regex pieces."""

    def __init__(self, w: dict[str, Any]) -> None:
        self.month_of: dict[str, int] = {}
        full: list[str] = []
        abbr: list[str] = []
        for num, entry in w["months"].items():
            for name in entry["names"]:
                self.month_of[name] = int(num)
                full.append(name)
            for name in entry.get("abbreviations") or []:
                self.month_of[name] = int(num)
                abbr.append(name)
        self.month_needs_capital = set(w["month_needs_capital"])
        self.month_also_name = set(w["month_also_name"])
        self.month_name_cues = list(w["month_name_cues"])
        self.year_cues = list(w["year_cues"])
        self.season_cues = list(w["season_cues"])
        self.not_year_before = set(w["not_year_before"])
        self.date_not_before = set(w["date_not_before"])
        self.weekday_of = {name: int(num) for num, names in w["weekdays"].items() for name in names}
        self.weekday_not_after = set(w["weekday_not_after"])
        self.weekday_not_before = set(w["weekday_not_before"])
        self.day_parts = list(w["day_parts"])
        self.day_qualifiers = list(w["day_qualifiers"])
        self.day_words: dict[str, int] = {_norm(k): int(v) for k, v in w["day_words"].items()}
        self.modifiers: dict[str, str] = {_norm(k): v for k, v in w["modifiers"].items()}
        self.part_of: dict[str, str] = {}
        self.parts: dict[str, dict[str, Any]] = {}
        for key, spec in w["period_parts"].items():
            self.parts[key] = spec
            for word in spec["words"]:
                self.part_of[_norm(word)] = key
        self.month_date_day = int(w["month_date_day"])
        self.year_date = tuple(int(x) for x in w["year_date"])
        self.seasons: dict[str, dict[str, Any]] = w["seasons"]
        self.vague_counts = {_norm(k): tuple(v) for k, v in w["vague_counts"].items()}
        self.number_words = list(w["number_words"])
        self.ago_margin = {k: int(v) for k, v in w["ago_margin_days"].items()}
        self.recent_days = {k: int(v) for k, v in w["recent_days"].items()}
        self.coming_days = {k: int(v) for k, v in w["coming_days"].items()}
        self.week_max = int(w["precision_by_length"]["week_max"])
        self.month_max = int(w["precision_by_length"]["month_max"])
        self.future_grace = int(w["future_grace_days"])

        # regex pieces
        self.MONTH = rf"(?:(?:{_alt(full)})\b|(?:{_alt(abbr)})\b\.?)"
        self.MONTH_FULL = rf"(?:{_alt(full)})\b"
        self.WD = rf"(?:{_alt(list(self.weekday_of))})\b"
        self.PART = rf"(?:{_alt(self.day_parts)})\b"
        self.QUAL = rf"(?:{_alt(list(self.part_of))})"
        self.MOD = rf"(?:{_alt(list(self.modifiers))})"
        self.DAYWORD = rf"(?:{_alt(list(self.day_words))})"
        self.DAYQUAL = rf"(?:{_alt(self.day_qualifiers)})"
        numword = _alt(self.number_words)
        self.NUM = rf"(?:\d+(?:\.\d+)?|(?:{numword})(?:(?:\s+|-)(?:{numword}))*)\b"
        self.VAGUE = rf"(?:{_alt(list(self.vague_counts))})\b"
        self.SEASON = rf"(?:{_alt(list(self.seasons))})\b"
        self.MONTH_CUE = self._cue(self.month_name_cues)
        self.YEAR_CUE = self._cue(self.year_cues)
        self.SEASON_CUE = self._cue(self.season_cues)

    @staticmethod
    def _cue(words: list[str]) -> re.Pattern:
        return re.compile(rf"(?:^|[^\w])(?:{_alt(words)})\s+$", re.I)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab(_words())


# --------------------------------------------------------------------------
# Date helpers


def _fmt(d: date) -> str:
    return f"{_WEEKDAY_NAMES[d.weekday()][:3]} {d.isoformat()}"


def _middle(a: date, b: date) -> date:
    return a + timedelta(days=(b - a).days // 2)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _by_length(a: date, b: date) -> str:
    v = _vocab()
    days = (b - a).days + 1
    if days <= 1:
        return "day"
    if days <= v.week_max:
        return "week"
    if days <= v.month_max:
        return "month"
    return "year"


def _coarser(p: str, q: str) -> str:
    return p if PRECISIONS.index(p) >= PRECISIONS.index(q) else q


def _pick(a: date, b: date, anchor: str) -> date:
    if anchor == "start":
        return a
    if anchor == "end":
        return b
    return _middle(a, b)


def _clip(a: date, b: date, pub: date, future: bool) -> tuple[date, date, str]:
    """Cut a period that contains the publication date at it; return a note."""
    if a <= pub <= b and a != b:
        if future and a < pub:
            return pub, b, ", from the publication date on"
        if not future and pub < b:
            return a, pub, ", cut at the publication date"
    return a, b, ""


def _span_text(a: date, b: date) -> str:
    return a.isoformat() if a == b else f"{a.isoformat()} .. {b.isoformat()}"


class _Res(NamedTuple):
    date_start: date
    date_end: date
    date: date
    precision: str
    relative: bool
    reason: str


def _res(text: str, a: date, b: date, d: date, precision: str, relative: bool, why: str) -> _Res:
    return _Res(a, b, d, precision, relative, f"'{_oneline(text)}': {why}")


def _oneline(text: str) -> str:
    return " ".join(text.split())


def _period_part(kind: str, key: str, a: date, b: date) -> tuple[date, date, str]:
    """The early/mid/late part of the period a..b of the given kind, and its date anchor."""
    spec = _vocab().parts[key][kind]
    if kind == "month":
        lo, hi = spec["days"]
        last = b.day
        return a.replace(day=min(lo, last)), a.replace(day=min(hi, last)), spec["date"]
    if kind == "year":
        lo, hi = spec["months"]
        return date(a.year, lo, 1), _month_end(a.year, hi), spec["date"]
    if kind == "week":
        lo, hi = spec["days"]
        return a + timedelta(days=lo), a + timedelta(days=hi), spec["date"]
    lo, hi = spec["years"]  # decade
    return date(a.year + lo, 1, 1), date(a.year + hi, 12, 31), spec["date"]


def _whole_period(kind: str, a: date, b: date) -> date:
    """The conventional event date of a whole month or year."""
    v = _vocab()
    if kind == "month":
        return a.replace(day=v.month_date_day)
    if kind == "year":
        return date(a.year, *v.year_date)
    return _middle(a, b)


def _resolve_period(text: str, kind: str, a: date, b: date, *, part: str | None, relative: bool,
                    pub: date, future: bool, what: str, clip: bool) -> _Res:
    """A month/year/week/decade a..b, maybe narrowed to a part, maybe cut at publication."""
    precision = "year" if kind == "decade" else kind
    note = ""
    if part:
        a, b, anchor = _period_part(kind, part, a, b)
        what = f"the {part} part of {what} ({_span_text(a, b)})"
    else:
        anchor = "whole"
    if clip:
        a2, b2, note = _clip(a, b, pub, future)
        if note:
            a, b = a2, b2
            if anchor == "whole":
                anchor = "middle"
    if anchor == "whole":
        d = _whole_period(kind, a, b)
        how = "the 15th by convention" if kind == "month" else (
            "1 July by convention" if kind == "year" else "its middle")
    else:
        d = _pick(a, b, anchor)
        how = {"start": "its first day", "end": "its last day"}.get(anchor, "its middle")
    why = f"{what}{note}; date {d.isoformat()}, {how}"
    return _res(text, a, b, d, precision, relative, why)


def _month_num(token: str) -> int | None:
    """Month number of a month word, or None when it is the verb "may"/"march"."""
    v = _vocab()
    word = token.rstrip(".").strip()
    low = word.lower()
    if low in v.month_needs_capital and word[:1].islower():
        return None
    return v.month_of.get(low)


def _day_month_year(pub: date, month: int, day: int, future: bool) -> tuple[int, str] | None:
    """The year for a day and month written without one."""
    grace = _vocab().future_grace
    step = 1 if future else -1
    y = pub.year
    for _ in range(10):  # 29 February may need a few years
        try:
            d = date(y, month, day)
        except ValueError:
            y += step
            continue
        if future and (d - pub).days >= -grace:
            return y, f"year not given: the first one on or after {_fmt(pub)} (future tense)"
        if not future and (d - pub).days <= grace:
            extra = "" if d <= pub else f" (within {grace} days after it)"
            return y, f"year not given: the most recent one by {_fmt(pub)}{extra}"
        y += step
    return None


def _number(s: str) -> float | None:
    s = _norm(s)
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    try:
        return float(text2num(s.replace("-", " "), "en"))
    except ValueError:
        return None


# --------------------------------------------------------------------------
# Handlers: (match, publication date, future?, day_first) -> _Res | None

Handler = Callable[[re.Match, date, bool, bool], "_Res | None"]


def _h_iso(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _res(m[0], d, d, d, "day", False, f"year-month-day date {d.isoformat()}")


def _h_numeric(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if len(ys) == 2:
        y = 2000 + int(ys) if int(ys) <= pub.year % 100 + 1 else 1900 + int(ys)
    else:
        y = int(ys)
    if not 1800 <= y <= 2099:
        return None
    order = [(a, b, "day first"), (b, a, "month first")]
    if not day_first:
        order.reverse()
    readings = []
    for dd, mm, how in order:
        try:
            readings.append((date(y, mm, dd), how))
        except ValueError:
            continue
    if not readings:
        return None
    d, how = readings[0]
    if len(readings) == 1 and (a, b) != (b, a):
        how += " (the other order is not a date)"
    elif len(readings) == 2 and a != b:
        other, other_how = readings[1]
        # a report tells what happened lately: of two readings, one in the month before publication
        # and one far from it ("10/05/2022" published 2022-10-06), the recent one is meant
        if not _recent(d, pub) and _recent(other, pub):
            d, how = other, other_how + " (the other reading is not in the month before publication)"
        else:
            how += " (day_first)" if day_first else " (day_first=False)"
    return _res(m[0], d, d, d, "day", False, f"numeric date read {how}: {d.isoformat()}")


def _recent(day: date, pub: date) -> bool:
    return timedelta(0) <= pub - day <= timedelta(days=31)


def _h_written(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'3 May 2020', 'May 3, 2020', 'on November 7', 'Nov. 7-9', 'Tuesday, November 25'."""
    month = _month_num(m["mon"])
    if month is None:
        return None
    day = int(re.match(r"\d+", m["day"])[0])
    day2 = int(re.match(r"\d+", m["day2"])[0]) if m["day2"] else None
    if day2 is not None and day2 <= day:
        return None
    relative = m["year"] is None
    if relative:
        got = _day_month_year(pub, month, day, future)
        if got is None:
            return None
        year, how = got
    else:
        year, how = int(m["year"]), ""
    try:
        a = date(year, month, day)
        b = date(year, month, day2) if day2 else a
    except ValueError:
        return None
    what = f"{_span_text(a, b)}" + (f", {how}" if how else "")
    note = ""
    if m["wd"]:
        wd = _vocab().weekday_of[_norm(m["wd"])]
        if wd != a.weekday():
            note = f" (note: the text says {m['wd']}, but {a.isoformat()} is a {_WEEKDAY_NAMES[a.weekday()]})"
    if day2 is None:
        return _res(m[0], a, a, a, "day", relative, f"written date {what}{note}")
    d = _middle(a, b)
    return _res(m[0], a, b, d, _by_length(a, b), relative, f"days {what}, date {d.isoformat()} (middle){note}")


def _h_month_year(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    month = _month_num(m["mon"])
    if month is None:
        return None
    y = int(m["year"])
    a, b = date(y, month, 1), _month_end(y, month)
    part = _vocab().part_of.get(_norm(m["q"])) if m["q"] else None
    return _resolve_period(m[0], "month", a, b, part=part, relative=False, pub=pub, future=future,
                           what=f"{_MONTH_NAMES[month]} {y}", clip=False)


def _h_month(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'in September', 'early November', 'last September'."""
    month = _month_num(m["mon"])
    if month is None:
        return None
    v = _vocab()
    mode = v.modifiers.get(_norm(m["mod"]), "plain") if m["mod"] else "plain"
    if mode == "past":
        y = pub.year if month < pub.month else pub.year - 1
        how = f"the last {_MONTH_NAMES[month]} before {_fmt(pub)}"
    elif mode == "future":
        y = pub.year if month > pub.month else pub.year + 1
        how = f"the next {_MONTH_NAMES[month]} after {_fmt(pub)}"
    elif future:
        y = pub.year if month >= pub.month else pub.year + 1
        how = f"the first {_MONTH_NAMES[month]} on or after {_fmt(pub)} (future tense)"
    else:
        y = pub.year if month <= pub.month else pub.year - 1
        how = f"the most recent {_MONTH_NAMES[month]} on or before {_fmt(pub)}"
    a, b = date(y, month, 1), _month_end(y, month)
    part = v.part_of.get(_norm(m["q"])) if m["q"] else None
    return _resolve_period(m[0], "month", a, b, part=part, relative=True, pub=pub, future=future,
                           what=f"{how}: {_MONTH_NAMES[month]} {y}", clip=True)


def _h_year(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    y = int(m["year"])
    if not 1800 <= y <= 2099:
        return None
    part = _vocab().part_of.get(_norm(m["q"])) if m["q"] else None
    return _resolve_period(m[0], "year", date(y, 1, 1), date(y, 12, 31), part=part, relative=False,
                           pub=pub, future=future, what=f"the year {y}", clip=False)


def _h_decade(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    if m["dec"]:
        y = int(m["dec"])
        relative = False
    else:
        yy = int(m["dec2"])
        y = 2000 + yy if 2000 + yy <= pub.year else 1900 + yy
        relative = True
    part = _vocab().part_of.get(_norm(m["q"])) if m["q"] else None
    return _resolve_period(m[0], "decade", date(y, 1, 1), date(y + 9, 12, 31), part=part,
                           relative=relative, pub=pub, future=future, what=f"the decade {y}-{y + 9}",
                           clip=False)


def _h_rel_unit(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'last week', 'this month', 'next year', 'earlier this week', 'late last year'."""
    v = _vocab()
    unit = m["unit"].lower()
    mode = v.modifiers.get(_norm(m["mod"]), "plain") if m["mod"] else "plain"
    q = _norm(m["q"])
    step = {"past": -1, "future": 1}.get(mode, 0)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        a, b = monday, monday + timedelta(days=6)
        name = {-1: "the previous week", 0: "the week", 1: "the next week"}[step]
        what = f"{name}, Monday-Sunday {_span_text(a, b)}"
    elif unit == "month":
        first = _add_months(pub.replace(day=1), step)
        a, b = first, _month_end(first.year, first.month)
        name = {-1: "the previous month", 0: "the month", 1: "the next month"}[step]
        what = f"{name}, {_MONTH_NAMES[a.month]} {a.year}"
    else:
        y = pub.year + step
        a, b = date(y, 1, 1), date(y, 12, 31)
        name = {-1: "the previous year", 0: "the year", 1: "the next year"}[step]
        what = f"{name}, {y}"
    if step == 0:
        what = what.replace(f"{name}, ", f"{name} of the publication date {_fmt(pub)}: ", 1)
    if q in ("earlier", "later") and step != 0:
        q = "early" if q == "earlier" else "late"  # "earlier last year" reads as "early last year"
    if q in ("earlier", "later"):  # "earlier this month": up to publication; "later": from it
        a, b = (a, min(b, pub)) if q == "earlier" else (max(a, pub), b)
        how = "up to the publication date" if q == "earlier" else "from the publication date on"
        d = _middle(a, b)
        return _res(m[0], a, b, d, unit, True,
                    f"{what}, {how} ({_span_text(a, b)}); date {d.isoformat()}, its middle")
    part = v.part_of.get(q) if q else None
    return _resolve_period(m[0], unit, a, b, part=part, relative=True, pub=pub, future=future,
                           what=what, clip=(step == 0))


def _h_in_the_unit(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'earlier in the week', 'later in the month' (of publication)."""
    unit = m["unit"].lower()
    if unit == "week":
        a = pub - timedelta(days=pub.weekday())
        b = a + timedelta(days=6)
    elif unit == "month":
        a, b = pub.replace(day=1), _month_end(pub.year, pub.month)
    else:
        a, b = date(pub.year, 1, 1), date(pub.year, 12, 31)
    if m["q"].lower() == "earlier":
        b = pub
        how = "up to the publication date"
    else:
        a = pub
        how = "from the publication date on"
    d = _middle(a, b)
    return _res(m[0], a, b, d, unit, True,
                f"the {unit} of the publication date {_fmt(pub)}, {how}; date {d.isoformat()}, its middle")


def _unit_key(unit: str) -> str:
    u = unit.lower()
    return u[:-1] if u.endswith("s") else u


def _h_rolling(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'the past week', 'over the last three days', 'the past few months'."""
    v = _vocab()
    unit = _unit_key(m["unit"])
    if m["n"] is None:
        if unit == "day" and not m["unit"].lower().endswith("s"):
            return None  # "the last day" is not a period up to publication
        n = 1.0 if not m["unit"].lower().endswith("s") else float(v.vague_counts["several"][1])
    else:
        n = _how_many(m["n"])
        if n is None:
            return None
    a = _back(pub, unit, n) + timedelta(days=1)
    b = pub
    d = _middle(a, b)
    return _res(m[0], a, b, d, _by_length(a, b), True,
                f"the {(b - a).days + 1} days up to the publication date {_fmt(pub)} ({_span_text(a, b)}); "
                f"date {d.isoformat()}, the middle")


def _how_many(words: str) -> float | None:
    """A positive count of units: "three", "10", or a vague "several"."""
    vague = _vocab().vague_counts.get(_norm(words))
    if vague is not None:
        return float(vague[1])
    got = _number(words)
    return got if got is not None and got > 0 else None


def _back(pub: date, unit: str, n: float) -> date:
    """The day n units before pub (months and years on the calendar)."""
    if unit == "day":
        return pub - timedelta(days=round(n))
    if unit == "week":
        return pub - timedelta(days=round(n * 7))
    months = round(n * {"month": 1, "year": 12, "decade": 120}[unit])
    return _add_months(pub, -months)


def _h_recent(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    days = _vocab().recent_days[m["unit"].lower()]
    a, b = pub - timedelta(days=days - 1), pub
    d = _middle(a, b)
    return _res(m[0], a, b, d, _by_length(a, b), True,
                f"vague: the {days} days up to the publication date {_fmt(pub)} ({_span_text(a, b)}); "
                f"date {d.isoformat()}, the middle")


def _h_coming(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    v = _vocab()
    unit_word = m["unit"].lower()
    unit = _unit_key(unit_word)
    if m["n"] is None:
        if not unit_word.endswith("s"):
            return None  # "the next day" is relative to the story, not to publication
        days = v.coming_days[unit_word]
        b = pub + timedelta(days=days - 1)
        vague = "vague: "
    else:
        n = _how_many(m["n"])
        if n is None:
            return None
        b = _back(pub, unit, -n) - timedelta(days=1)
        vague = ""
    a = pub
    d = _middle(a, b)
    return _res(m[0], a, b, d, _by_length(a, b), True,
                f"{vague}the {(b - a).days + 1} days from the publication date {_fmt(pub)} ({_span_text(a, b)}); "
                f"date {d.isoformat()}, the middle")


_UNIT_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}


def _h_ago(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'two days ago', 'three weeks ago', 'three and a half years ago', 'a few days ago'."""
    v = _vocab()
    unit = _unit_key(m["unit"])
    if m["n"] is None and not m["unit"].endswith("s"):
        return None  # "a day ago" is read with its article; "day ago" alone is no date
    words = _norm(m["n"]) or "several"  # "years ago": several years
    half = 0.5 if (m["half"] or words.endswith("and a half")) else 0.0
    words = words.removesuffix(" and a half")
    if words.startswith("half"):
        lo = hi = 0.5
    elif words in v.vague_counts:
        lo, hi = (float(x) for x in v.vague_counts[words])
        lo, hi = lo + half, hi + half
    else:
        got = _number(words)
        if got is None:
            return None
        lo = hi = got + half
    if hi <= 0:
        return None
    precision = _UNIT_PRECISION[unit]
    if lo == hi:
        centre = _back(pub, unit, lo)
        margin = timedelta(days=v.ago_margin[unit])
        a, b = centre - margin, min(centre + margin, pub)
        n_txt = f"{lo:g} {unit}{'s' if lo != 1 else ''}"
        extra = f" (give or take {margin.days} days)" if margin.days else ""
        return _res(m[0], a, b, centre, precision, True,
                    f"{n_txt} before the publication date {_fmt(pub)}: {centre.isoformat()}{extra}")
    a, b = _back(pub, unit, hi), _back(pub, unit, lo)
    d = _middle(a, b)
    precision = _coarser(precision, _by_length(a, b))
    return _res(m[0], a, b, d, precision, True,
                f"vague: {lo:g} to {hi:g} {unit}s before the publication date {_fmt(pub)} "
                f"({_span_text(a, b)}); date {d.isoformat()}, the middle")


def _h_day_word(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'today', 'yesterday', 'last night', 'overnight', 'earlier today', 'yesterday morning'."""
    shift = _vocab().day_words[_norm(m["w"])]
    d = pub + timedelta(days=shift)
    how = {0: "the publication date", -1: "the day before the publication date",
           1: "the day after the publication date"}.get(
        shift, f"{abs(shift)} days {'before' if shift < 0 else 'after'} the publication date")
    if shift == 0:
        return _res(m[0], d, d, d, "day", True, f"{how}, {_fmt(pub)}")
    return _res(m[0], d, d, d, "day", True, f"{how} {_fmt(pub)}: {d.isoformat()}")


def _h_weekday(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'Tuesday', 'on Monday night', 'late Tuesday', 'last Friday', 'next Monday'."""
    v = _vocab()
    wd = v.weekday_of[_norm(m["wd"])]
    name = _WEEKDAY_NAMES[wd]
    mode = v.modifiers.get(_norm(m["mod"]), "plain") if m["mod"] else "plain"
    if mode == "past":
        d = pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)
        how = f"the last {name} before {_fmt(pub)}"
    elif mode == "future":
        d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        how = f"the next {name} after {_fmt(pub)}"
    elif future:
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
        how = (f"the publication day, {_fmt(pub)}" if d == pub
               else f"the next {name} after {_fmt(pub)} (future tense)")
    else:
        d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        how = (f"the publication day, {_fmt(pub)}" if d == pub
               else f"the most recent {name} before {_fmt(pub)}")
    if d != pub or mode != "plain":
        how += f": {d.isoformat()}"
    return _res(m[0], d, d, d, "day", True, how)


def _h_weekend(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'over the weekend', 'at the weekend', 'last weekend', 'this weekend', 'next weekend'."""
    v = _vocab()
    mod = _norm(m["mod"])
    mode = "plain" if mod == "the" else v.modifiers.get(mod, "plain")
    wd = pub.weekday()
    in_weekend = wd >= 5
    last_sat = pub - timedelta(days=(wd - 5) % 7)  # on or before pub
    next_sat = pub + timedelta(days=(5 - wd) % 7 or 7)  # strictly after pub
    if mode == "past":
        sat = last_sat - timedelta(days=7) if in_weekend else last_sat
        how = f"the last weekend before {_fmt(pub)}"
    elif mode == "future":
        sat = next_sat
        how = f"the next weekend after {_fmt(pub)}"
    elif future:
        sat = last_sat if in_weekend else next_sat
        how = f"the first weekend on or after {_fmt(pub)} (future tense)"
    else:
        sat = last_sat
        how = f"the most recent weekend on or before {_fmt(pub)}"
    a, b = sat, sat + timedelta(days=1)
    note = ""
    if mode == "plain":
        a, b, note = _clip(a, b, pub, future)
    d = _middle(a, b)
    return _res(m[0], a, b, d, "week", True,
                f"{how} ({_span_text(a, b)}{note}); date {d.isoformat()}")


def _season_span(spec: dict[str, Any], y: int) -> tuple[date, date]:
    lo, hi = spec["months"]
    a = date(y, lo, 1)
    b = _month_end(y + 1, hi) if hi < lo else _month_end(y, hi)
    return a, b


def _h_season(m: re.Match, pub: date, future: bool, day_first: bool) -> _Res | None:
    """'in the summer', 'last winter', 'the summer of 2013', 'spring 2014'."""
    v = _vocab()
    word = m["season"].lower()
    spec = v.seasons[word]
    if m["year"]:
        y = int(m["year"])
        a, b = _season_span(spec, y)
        d = _middle(a, b)
        return _res(m[0], a, b, d, _by_length(a, b), False,
                    f"the {word} of {y} ({_span_text(a, b)}); date {d.isoformat()}, the middle")
    mode = v.modifiers.get(_norm(m["mod"]), "plain") if m["mod"] else "plain"
    years = range(pub.year - 2, pub.year + 2)
    spans = [_season_span(spec, y) for y in years]
    if mode == "past":
        a, b = max(s for s in spans if s[1] < pub)
        how = f"the last {word} before {_fmt(pub)}"
    elif mode == "future":
        a, b = min(s for s in spans if s[0] > pub)
        how = f"the next {word} after {_fmt(pub)}"
    elif future:
        a, b = min(s for s in spans if s[1] >= pub)
        how = f"the first {word} on or after {_fmt(pub)} (future tense)"
    else:
        a, b = max(s for s in spans if s[0] <= pub)
        how = f"the most recent {word} by {_fmt(pub)}"
    a, b, note = _clip(a, b, pub, future)
    d = _middle(a, b)
    return _res(m[0], a, b, d, _by_length(a, b), True,
                f"{how} ({_span_text(a, b)}{note}); date {d.isoformat()}, the middle")


# --------------------------------------------------------------------------
# Filters: is this match a date here? (text, match) -> bool. Only used in a scan.

_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_POSSESSIVE = re.compile(r"['’]s\b")


def _whole(text: str, m: re.Match) -> bool:
    return not text[: m.start()].strip() and not text[m.end():].strip(" \t\r\n.,;:!?")


def _cue_before(cue: re.Pattern, text: str, pos: int) -> bool:
    return cue.search(text[max(0, pos - 24): pos]) is not None


def _f_month(text: str, m: re.Match) -> bool:
    if m["q"] or m["mod"]:
        return True
    if _month_num(m["mon"]) is None:
        return False
    if re.match(r"\s+\d", text[m.end():]):
        return False  # "September 11 attacks": a day-month the date rules turned down
    if m["mon"].lower() not in _vocab().month_also_name:
        return True
    return (_cue_before(_vocab().MONTH_CUE, text, m.start())
            or _POSSESSIVE.match(text, m.end()) is not None or _whole(text, m))


def _f_year(text: str, m: re.Match) -> bool:
    v = _vocab()
    after = _WORD_AFTER.match(text, m.end())
    if after and after[1].lower() in v.not_year_before:
        return False
    if re.match(r"\s*(?:%|percent\b|per\s+cent\b)", text[m.end():]):
        return False
    if m["q"]:
        return True
    if m.start() > 0 and text[m.start() - 1] in "$£€#-/.,:":
        return False
    return (_cue_before(v.YEAR_CUE, text, m.start())
            or _POSSESSIVE.match(text, m.end()) is not None or _whole(text, m))


def _f_written(text: str, m: re.Match) -> bool:
    after = _WORD_AFTER.match(text, m.end())
    return not (after and after[1].lower() in _vocab().date_not_before)


def _f_weekday(text: str, m: re.Match) -> bool:
    v = _vocab()
    if not m["mod"] and not m["q"]:
        before = _WORD_BEFORE.search(text[max(0, m.start() - 20): m.start()])
        if before and before[1].lower() in v.weekday_not_after:
            return False
    after = _WORD_AFTER.match(text, m.end())
    if after and after[1][:1].isupper() and after[1].lower() in v.weekday_not_before:
        return False
    return True


def _f_season(text: str, m: re.Match) -> bool:
    if m["year"] or m["mod"]:
        return True
    if _vocab().seasons[m["season"].lower()].get("need_modifier"):
        return False
    return _cue_before(_vocab().SEASON_CUE, text, m.start()) or _whole(text, m)


# --------------------------------------------------------------------------
# Rules


class _Rule(NamedTuple):
    name: str
    regex: re.Pattern
    handler: Handler
    accept: Callable[[str, re.Match], bool] | None
    since: bool  # may follow "since"
    needs: tuple[tuple[str, ...], ...]  # cheap gate: each group needs one of its substrings


_DIGIT = "<digit>"


def _gates(v: _Vocab) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Substrings (of the lower-cased text) without which a rule cannot match."""
    months = tuple(sorted({name[:3] for name in v.month_of}))
    weekdays = tuple(sorted(v.weekday_of))
    day_words = tuple(sorted({p.split()[-1] for p in v.day_words}))
    return {
        "iso": ((_DIGIT,),), "numeric": ((_DIGIT,),),
        "day_month": ((_DIGIT,), months), "month_day": ((_DIGIT,), months),
        "month_year": ((_DIGIT,), months), "month": (months,),
        "rel_unit": (("week", "month", "year"),), "in_the_unit": (("earlier", "later"),),
        "rolling": (("past", "last", "previous"),), "recent": (("recent",),),
        "coming": (("coming", "next"),), "ago": (("ago",),), "day_word": (day_words,),
        "weekday": (weekdays,), "weekend": (("weekend",),), "year": ((_DIGIT,),),
        "decade": ((_DIGIT,), ("0s", "0's", "0’s")), "season": (tuple(sorted(v.seasons)),),
    }


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    v = _vocab()
    DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
    YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d|[.,]\d)"
    DASH = r"(?:-|–|—)"
    specs: list[tuple[str, str, Handler, Any, bool]] = [
        ("iso",
         r"(?<![\d/.\-])(?P<y>1[89]\d\d|20\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
         r"(?!\d|[/.\-]\d)",
         _h_iso, None, True),
        ("numeric",
         r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|(?<=/)\d{2})"
         r"(?!\d|[/.\-]\d)",
         _h_numeric, None, True),
        ("day_month",
         rf"\b(?:(?P<wd>{v.WD}),?\s+(?:the\s+)?)?(?:the\s+)?(?<![\d.,:/\-])(?P<day>{DAY})"
         rf"(?:\s*(?:{DASH}|to\b|and\b)\s*(?P<day2>{DAY}))?(?:\s+of)?\s+(?P<mon>{v.MONTH})"
         rf"(?:,?\s+(?P<year>{YEAR}))?",
         _h_written, _f_written, True),
        ("month_day",
         rf"\b(?:(?P<wd>{v.WD}),?\s+)?(?P<mon>{v.MONTH})\s+(?:the\s+)?(?P<day>{DAY})"
         rf"(?:\s*{DASH}\s*(?P<day2>{DAY}))?(?![\d:]|[.,]\d|\s*%)(?:,?\s+(?P<year>{YEAR}))?",
         _h_written, _f_written, True),
        ("month_year",
         rf"\b(?:(?P<q>{v.QUAL})(?:\s+|\s*-\s*))?(?P<mon>{v.MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})",
         _h_month_year, None, True),
        ("month",
         rf"\b(?:(?P<q>{v.QUAL})(?:\s+|\s*-\s*)|(?P<mod>{v.MOD})\s+)?(?P<mon>{v.MONTH_FULL})",
         _h_month, _f_month, True),
        ("rel_unit",
         rf"\b(?:(?P<q>{v.QUAL}|earlier|later)(?:\s+|\s*-\s*))?"
         rf"(?P<mod>last|previous|this\s+coming|this|next|coming)"
         rf"\s+(?P<unit>week|month|year)\b(?!\s+of\b)",
         _h_rel_unit, None, True),
        ("in_the_unit",
         r"\b(?P<q>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b",
         _h_in_the_unit, None, False),
        ("rolling",
         rf"\b(?:(?:the|this)\s+(?:past|last|previous)|past)\s+(?:(?P<n>{v.NUM}|{v.VAGUE})\s+)?"
         rf"(?P<unit>days?|weeks?|months?|years?|decades?)\b(?!\s+of\b)",
         _h_rolling, None, False),
        ("recent",
         r"\b(?:the\s+)?(?:most\s+)?recent\s+(?P<unit>days|weeks|months|years)\b",
         _h_recent, None, False),
        ("coming",
         rf"\bthe\s+(?:coming|next)\s+(?:(?P<n>{v.NUM}|{v.VAGUE})\s+)?"
         rf"(?P<unit>days?|weeks?|months?|years?)\b(?!\s+of\b)",
         _h_coming, None, False),
        ("ago",
         rf"\b(?:(?P<n>(?:{v.NUM})(?:\s+and\s+a\s+half)?|half\s+an?\b|{v.VAGUE})\s+)?"
         rf"(?P<unit>days?|weeks?|months?|years?|decades?)\b(?P<half>\s+and\s+a\s+half)?\s+ago\b",
         _h_ago, None, True),
        ("day_word",
         rf"\b(?:(?P<q>{v.DAYQUAL})\s+(?:on\s+)?)?\b(?P<w>{v.DAYWORD})\b(?:\s+(?P<part>{v.PART}))?",
         _h_day_word, None, True),
        ("weekday",
         rf"\b(?:(?P<mod>{v.MOD})\s+|(?P<q>{v.DAYQUAL})\s+(?:on\s+)?)?\b(?P<wd>{v.WD})"
         rf"(?:\s+(?P<part>{v.PART}))?",
         _h_weekday, _f_weekday, True),
        ("weekend",
         rf"\b(?P<mod>{v.MOD}|the)\s+weekend\b",
         _h_weekend, None, True),
        ("year",
         rf"(?:\b(?P<q>{v.QUAL})(?:\s+|\s*-\s*))?(?<![\d\w])(?P<year>{YEAR})",
         _h_year, _f_year, True),
        ("decade",
         rf"(?:\bthe\s+)?(?:\b(?P<q>{v.QUAL})(?:\s+|\s*-\s*))?"
         rf"(?:(?<![\d\w])(?P<dec>(?:1[89]|20)\d0)|(?<![\d\w])['’](?P<dec2>\d0))['’]?s\b",
         _h_decade, None, True),
        ("season",
         rf"\b(?:(?P<mod>{v.MOD})\s+|(?:the\s+)?(?P<q>{v.QUAL})(?:\s+|\s*-\s*)(?:the\s+)?|the\s+)?"
         rf"\b(?P<season>{v.SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
         _h_season, _f_season, True),
    ]
    gates = _gates(v)
    return tuple(_Rule(name, re.compile(pattern, re.I), handler, accept, since, gates[name])
                 for name, pattern, handler, accept, since in specs)


_ANY_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"\bsince\s+$", re.I)


class _Cand(NamedTuple):
    start: int
    end: int
    rank: int
    res: _Res


def _scan(text: str, pub: date, day_first: bool, future: bool) -> list[_Cand]:
    rules = _rules()
    found: list[_Cand] = []
    low = text.lower()
    has_digit = _ANY_DIGIT.search(text) is not None
    for rank, rule in enumerate(rules):
        if not all(any(has_digit if w == _DIGIT else w in low for w in group) for group in rule.needs):
            continue
        for m in rule.regex.finditer(text):
            if rule.accept is not None and not rule.accept(text, m):
                continue
            res = rule.handler(m, pub, False, day_first)
            if res is None:
                continue
            start, end = m.start(), m.end()
            since = _SINCE.search(text, max(0, start - 16), start) if rule.since else None
            if since is not None and res.date_start <= pub:
                anchor = res
                if rule.name == "weekday" and anchor.date == pub and not m["mod"]:
                    # "since Wednesday" in a Wednesday report: a week ago
                    d = pub - timedelta(days=7)
                    anchor = anchor._replace(date_start=d, date_end=d, date=d,
                                             reason=f"the {_WEEKDAY_NAMES[d.weekday()]} a week before {_fmt(pub)}")
                start = since.start()
                a, b = anchor.date_start, pub
                d = _middle(a, b)
                why = anchor.reason.split(": ", 1)[-1].split("; date ", 1)[0]
                res = _res(text[start:end], a, b, d, _by_length(a, b), True,
                           f"from {_fmt(a)} ({why}) to the publication date {_fmt(pub)}; "
                           f"date {d.isoformat()}, the middle")
            elif future and res.relative:
                res = rule.handler(m, pub, True, day_first) or res
            found.append(_Cand(start, end, rank, res))
    # longest first, then the earlier rule; keep those that do not overlap
    found.sort(key=lambda c: (c.start - c.end, c.rank, c.start))
    kept: list[_Cand] = []
    for c in found:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


# --------------------------------------------------------------------------
# API


def find_time_expressions(text: str, published: date, *, offset: int = 0,
                          day_first: bool = True) -> list[TimeExpression]:
    """Every temporal expression in text (a sentence or a paragraph), resolved
    against the publication date, non-overlapping, in order.

    Relative expressions resolve to the past or the publication day itself; call
    ``toward_future`` for a clause in the future tense. ``day_first`` decides
    how "3/5/2020" reads (True: 3 May). Offsets are into ``text`` plus ``offset``.
    """
    out = []
    for c in _scan(text, published, day_first, future=False):
        r = c.res
        out.append(TimeExpression(c.start + offset, c.end + offset, text[c.start:c.end], r.date,
                                  r.date_start, r.date_end, r.precision, r.relative, r.reason))
    return out


def after_event_words() -> frozenset[str]:
    """Day words counted from the event told before ("a day later"), lower-cased."""
    return frozenset(_norm(w) for w in _words()["after_event_words"])


@lru_cache(maxsize=1)
def calendar_names() -> frozenset[str]:
    """Month and weekday names, lower-cased: words no place name is ("Monday night", "March")."""
    words = _words()
    months = {n for m in words["months"].values() for n in m["names"] + m["abbreviations"]}
    return frozenset(months | {n for names in words["weekdays"].values() for n in names})


def spanning_prepositions() -> frozenset[str]:
    """Prepositions whose dated object dates the clause too ("during Friday prayers")."""
    return frozenset(_words()["spanning_prepositions"])


def toward_future(expr: TimeExpression, published: date) -> TimeExpression:
    """Re-resolve a relative expression forward, for a clause in the future tense
    ("will be deployed on Thursday"); unchanged if not applicable."""
    if not expr.relative:
        return expr
    for c in _scan(expr.text, published, True, future=True):
        if c.start == 0 and c.end == len(expr.text):
            r = c.res
            if (r.date_start, r.date_end, r.date) == (expr.date_start, expr.date_end, expr.date):
                return expr
            return replace(expr, date=r.date, date_start=r.date_start, date_end=r.date_end,
                           precision=r.precision, relative=r.relative, reason=r.reason)
    return expr
