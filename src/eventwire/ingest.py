"""Ingest: turn .txt, .html, .jsonl(.gz) files, folders of them and stdin into Documents.

Every input becomes a :class:`~eventwire.records.Document` (spec §1) plus what
the page layout says about it: where the article body starts and ends, which
spans inside it are page furniture (links, image tokens, share buttons), and
the reader comments after it.  ``Document.text`` is kept exactly as received
for text and JSONL input, since every evidence offset points into it.

Bad input never raises out of :func:`read_documents`: it yields an
:class:`~eventwire.errors.IngestError` naming the file (and line) and goes on.

The patterns that recognise furniture, comment sections, comment headers and
date lines are data, in ``data/page_layout.yaml``.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Pattern, TextIO

import yaml

from .errors import IngestError
from .records import Comment, Document, Span

__all__ = [
    "read_documents",
    "document_from_text",
    "document_from_html",
    "document_from_record",
    "example_paths",
    "example_published",
    "read_examples",
    "file_kind",
]

_PACKAGE_DIR = Path(__file__).resolve().parent
LAYOUT_PATH = _PACKAGE_DIR / "data" / "page_layout.yaml"
EXAMPLES_DIR = _PACKAGE_DIR / "examples"

STDIN_ORIGIN = "<stdin>"

# Limits on what one input may be (read at call time, so they can be set per run).
DEFAULT_MAX_BYTES = 20_000_000  # a page, a JSONL line or stdin, as bytes: EVENTWIRE_MAX_BYTES
DEFAULT_MAX_CHARS = 500_000  # a document's text, as characters: EVENTWIRE_MAX_CHARS
EARLIEST_PUBLISHED = date(1900, 1, 1)  # a publication date before this is a mistake, not an archive
FUTURE_MARGIN_DAYS = 1  # a date up to a day ahead of this machine's is a time zone, not the future
STDIN_ID = "stdin"

_SNIFF_BYTES = 65536
# bytes that do not occur in text: C0 controls other than \t \n \v \f \r and ESC, plus DEL
_CONTROL_BYTES = bytes([b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)] + [127])
_TEXT_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


# ---------------------------------------------------------------------------
# The layout knowledge (data/page_layout.yaml), compiled once.

_FRAGMENT_REF = re.compile(r"\{(\w+)\}")


def _expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    if depth > 12:
        raise ValueError(f"page_layout.yaml: fragments nest too deeply in {pattern!r}")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in fragments:
            return _expand(fragments[name], fragments, depth + 1)
        return match.group(0)  # a quantifier such as {2} or {1,80}

    return _FRAGMENT_REF.sub(replace, pattern)


@dataclass(frozen=True)
class _Layout:
    months: dict[str, int]
    date_formats: tuple[Pattern[str], ...]
    furniture_max_line: int
    other_script_min_letters: int
    other_script_max_share: float
    furniture_tokens: tuple[Pattern[str], ...]
    furniture_lines: tuple[Pattern[str], ...]
    section_headers: tuple[Pattern[str], ...]
    weak_section_headers: tuple[Pattern[str], ...]
    placement: dict[str, float]
    header_lines: tuple[Pattern[str], ...]
    name_line: Pattern[str]
    time_line: Pattern[str]
    author_max_chars: int
    author_max_words: int
    author_bad_ending: Pattern[str]
    author_bad_words: Pattern[str]
    author_strip_prefix: Pattern[str]
    author_strip_suffix: Pattern[str]
    comment_furniture: tuple[Pattern[str], ...]
    section_end: tuple[Pattern[str], ...]
    date_top_lines: int
    date_max_line: int
    date_lines: tuple[tuple[Pattern[str], bool], ...]
    datelines: tuple[Pattern[str], ...]
    html_container_tags: tuple[str, ...]
    html_container: Pattern[str]
    html_item: Pattern[str]
    html_content: Pattern[str]
    html_author: tuple[Pattern[str], ...]
    html_time: Pattern[str]


@lru_cache(maxsize=None)
def _layout(path: str = str(LAYOUT_PATH)) -> _Layout:
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    fragments = {k: str(v) for k, v in data["fragments"].items()}

    def rx(pattern: str) -> Pattern[str]:
        return re.compile(_expand(pattern, fragments), re.IGNORECASE)

    def rxs(patterns: Iterable[str]) -> tuple[Pattern[str], ...]:
        return tuple(rx(p) for p in patterns)

    furn = data["furniture"]
    com = data["comments"]
    author = com["author"]
    dates = data["dates"]
    html = data["html_comments"]
    return _Layout(
        months={str(k).lower(): int(v) for k, v in data["months"].items()},
        date_formats=rxs(data["date_formats"]),
        furniture_max_line=int(furn["max_line_chars"]),
        other_script_min_letters=int(furn["other_script"]["min_letters"]),
        other_script_max_share=float(furn["other_script"]["max_share_of_main_script"]),
        furniture_tokens=rxs(furn["tokens"]),
        furniture_lines=rxs(furn["lines"]),
        section_headers=rxs(com["section_headers"]),
        weak_section_headers=rxs(com.get("weak_section_headers", [])),
        placement={k: float(v) for k, v in com["section_placement"].items()},
        header_lines=rxs(com["header_lines"]),
        name_line=rx(com["name_line"]),
        time_line=rx(com["time_line"]),
        author_max_chars=int(author["max_chars"]),
        author_max_words=int(author["max_words"]),
        author_bad_ending=rx(author["bad_endings"]),
        author_bad_words=rx(author["bad_words"]),
        author_strip_prefix=rx("^(?:" + author["strip_prefix"] + ")"),
        author_strip_suffix=rx(author["strip_suffix"]),
        comment_furniture=rxs(com["furniture_lines"]),
        section_end=rxs(com["section_end"]),
        date_top_lines=int(dates["top_lines"]),
        date_max_line=int(dates["max_line_chars"]),
        date_lines=tuple((rx(item["pattern"]), bool(item.get("later", False))) for item in dates["lines"]),
        datelines=rxs(dates["datelines"]),
        html_container_tags=tuple(html["container_tags"]),
        html_container=rx(html["container"]),
        html_item=rx(html["item"]),
        html_content=rx(html["content"]),
        html_author=rxs(html["author"]),
        html_time=rx(html["time"]),
    )


def _full(patterns: Iterable[Pattern[str]], s: str) -> bool:
    return any(p.fullmatch(s) for p in patterns)


# ---------------------------------------------------------------------------
# Dates as written on a page.


def _parse_date(s: str | None) -> date | None:
    """The first calendar date written in ``s`` ("26 November 2014, 11:34" -> 2014-11-26).

    Numeric day/month dates are used only when unambiguous (one number above 12).
    """
    if not s:
        return None
    layout = _layout()
    found: list[tuple[int, date]] = []
    for fmt in layout.date_formats:
        for m in fmt.finditer(s):
            parts = m.groupdict()
            try:
                year = int(parts["y"])
                if parts.get("a"):
                    a, b = int(parts["a"]), int(parts["b"])
                    if a > 12 >= b:
                        day, month = a, b
                    elif b > 12 >= a:
                        month, day = a, b
                    else:
                        continue  # 03/04/2014: ambiguous
                else:
                    day = int(re.match(r"\d+", parts["d"]).group())  # type: ignore[union-attr]
                    if parts.get("m"):
                        month = layout.months[parts["m"][:3].lower()]
                    else:
                        month = int(parts["mn"])
                found.append((m.start(), date(year, month, day)))
                break
            except (KeyError, ValueError, AttributeError):
                continue
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


def _iso_date(value: str) -> date | None:
    """``YYYY-MM-DD`` or a full ISO timestamp -> its date."""
    s = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Lines of a text, with offsets.


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first character of the line
    end: int  # offset after the last character, line break ("\n", "\r\n") excluded
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def blank(self) -> bool:
        return not self.raw.strip()

    @property
    def text_start(self) -> int:
        return self.start + len(self.raw) - len(self.raw.lstrip())

    @property
    def text_end(self) -> int:
        return self.start + len(self.raw.rstrip())

    @property
    def norm(self) -> str:
        return " ".join(self.raw.split())


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    while True:
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        content_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        lines.append(_Line(pos, content_end, text[pos:content_end]))
        if nl == -1:
            return lines
        pos = nl + 1


# ---------------------------------------------------------------------------
# Scripts (Latin, Arabic, Cyrillic ...), for lines in another script than the article.


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def _scripts(s: str) -> Counter[str]:
    return Counter(_script(ch) for ch in s if ch.isalpha())


# ---------------------------------------------------------------------------
# Page furniture.


def _furniture(lines: list[_Line], main_script: str | None, layout: _Layout) -> list[Span]:
    spans: list[Span] = []
    for line in lines:
        s = line.text
        if not s:
            continue
        base = line.text_start
        tokens: list[tuple[int, int]] = []
        for pattern in layout.furniture_tokens:
            for m in pattern.finditer(s):
                if m.end() > m.start():
                    tokens.append((m.start(), m.end()))
        tokens = _merge(tokens)
        # the line with the tokens taken out, in pieces
        pieces: list[tuple[int, int]] = []
        cursor = 0
        for a, b in tokens + [(len(s), len(s))]:
            piece = s[cursor:a]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                pieces.append((cursor + lead, cursor + len(piece.rstrip())))
            cursor = b
        rest = " ".join(s[a:b] for a, b in pieces)
        line_is_furniture = bool(pieces) and len(s) <= layout.furniture_max_line and (
            _full(layout.furniture_lines, " ".join(rest.split()))
            or _other_script(rest, main_script, layout)
        )
        chosen = tokens + (pieces if line_is_furniture else [])
        spans.extend((base + a, base + b) for a, b in chosen)
    return sorted(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _other_script(s: str, main_script: str | None, layout: _Layout) -> bool:
    if not main_script:
        return False
    counts = _scripts(s)
    letters = sum(counts.values())
    if letters < layout.other_script_min_letters:
        return False
    return counts[main_script] / letters <= layout.other_script_max_share


# ---------------------------------------------------------------------------
# Comment sections and comment headers.


@dataclass(frozen=True)
class _Header:
    author: str | None
    posted: str | None
    n_lines: int  # lines the header takes (1, or 2 for "name" + "time" lines)


def _clean_author(raw: str | None, layout: _Layout) -> str | None:
    """The commenter's name from a header, or None when it cannot be a name."""
    if raw is None:
        return None
    name = " ".join(raw.split())
    name = layout.author_strip_suffix.sub("", name).strip()
    stripped = layout.author_strip_prefix.sub("", name, count=1).strip()
    if stripped:
        name = stripped
    # separators left around the name; a leading "-" can be part of a user name ("-phoenix1")
    name = name.rstrip(" -–—|•·,:").lstrip(" –—|•·,:")
    if not name or len(name) > layout.author_max_chars or len(name.split()) > layout.author_max_words:
        return None
    if not any(ch.isalnum() for ch in name):
        return None
    if layout.author_bad_ending.search(name[-1]) or layout.author_bad_words.search(name):
        return None
    if _full(layout.section_headers, name) or _full(layout.comment_furniture, name):
        return None
    return name


def _match_header(lines: list[_Line], i: int, layout: _Layout) -> _Header | None:
    """Does line ``i`` open a comment ("Alice 26 November 2014, 11:34", "Bob says:")?"""
    s = lines[i].norm
    if not s or len(s) > layout.author_max_chars + 80:
        return None
    nxt = lines[i + 1].norm if i + 1 < len(lines) else ""
    for pattern in layout.header_lines:
        m = pattern.fullmatch(s)
        if not m:
            continue
        author = _clean_author(m.group("author"), layout)
        if author is None:
            continue
        posted = m.groupdict().get("posted")
        if posted:
            return _Header(author, posted.strip(), 1)
        t = layout.time_line.fullmatch(nxt) if nxt else None
        if t:
            return _Header(author, t.group("posted").strip(), 2)
        return _Header(author, None, 1)
    # a name line, then a line with only the time
    if nxt:
        t = layout.time_line.fullmatch(nxt)
        m = layout.name_line.fullmatch(s)
        if t and m:
            author = _clean_author(m.group("author"), layout)
            if author is not None:
                return _Header(author, t.group("posted").strip(), 2)
    return None


def _is_section_header(line: _Line, layout: _Layout, *, strong: bool = False) -> bool:
    """Does the line open a comment section ("Comments 9", "Leave a comment")?
    ``strong``: only the openers that are never an ordinary subheading."""
    s = line.norm
    if not s or len(s) > 220:
        return False
    return _full(layout.section_headers, s) or (not strong and _full(layout.weak_section_headers, s))


def _is_comment_furniture(line: _Line, layout: _Layout) -> bool:
    s = line.norm
    return bool(s) and len(s) <= 200 and _full(layout.comment_furniture, s)


def _is_section_end(line: _Line, layout: _Layout) -> bool:
    s = line.norm
    return bool(s) and len(s) <= 220 and _full(layout.section_end, s)


def _find_comment_section(lines: list[_Line], text_len: int, layout: _Layout) -> tuple[int, bool] | None:
    """Index of the line where the comment section starts, and whether that line is a header."""
    place = layout.placement
    nonblank = [i for i, line in enumerate(lines) if not line.blank]
    if not nonblank:
        return None
    order = {i: k for k, i in enumerate(nonblank)}
    total = max(text_len, 1)
    candidates = [
        i for i in nonblank
        if order[i] >= place["min_lines_before"] and _is_section_header(lines[i], layout)
    ]
    # 1. a header with a comment right after it
    for h in candidates:
        between = 0
        for j in nonblank[order[h] + 1:]:
            if _match_header(lines, j, layout):
                return h, True
            if _is_section_header(lines[j], layout) or _is_comment_furniture(lines[j], layout):
                continue
            between += 1
            if between > place["max_lines_to_first_comment"]:
                break
    # 2. a header late in the page ("Leave a comment", "Comments are closed")
    late = [
        h for h in candidates
        if lines[h].start / total >= place["min_position"] and _is_section_header(lines[h], layout, strong=True)
    ]
    if late:
        return late[0], True
    # 3. no header: several comment headers at the end of the page
    heads = [
        i for i in nonblank
        if lines[i].start / total >= place["headerless_min_position"]
        and (i == 0 or lines[i - 1].blank)
        and (_match_header(lines, i, layout) or _Header(None, None, 0)).posted
    ]
    if len(heads) >= place["headerless_min_comments"]:
        return heads[0], False
    return None


def _comments_in(text: str, lines: list[_Line], first: int, layout: _Layout, *, split_lines: bool = False) -> list[Comment]:
    """The comments from line ``first`` on (the line after the section header)."""
    heads: list[tuple[int, _Header]] = []
    end = len(lines)
    j = first
    while j < len(lines):
        line = lines[j]
        if line.blank:
            j += 1
            continue
        if _is_section_end(line, layout):
            end = j
            break
        header = _match_header(lines, j, layout)
        if header:
            heads.append((j, header))
            j += header.n_lines
            continue
        j += 1

    comments: list[Comment] = []

    def add(block: list[_Line], author: str | None, posted: str | None) -> None:
        content = [
            ln for ln in block
            if not ln.blank and not _is_comment_furniture(ln, layout) and not _is_section_header(ln, layout)
        ]
        if not content:
            return
        start, stop = content[0].text_start, content[-1].text_end
        comments.append(Comment(text=text[start:stop], start=start, end=stop, author=author, posted=posted))

    if heads:
        for k, (j, header) in enumerate(heads):
            stop = heads[k + 1][0] if k + 1 < len(heads) else end
            add(lines[j + header.n_lines:stop], header.author, header.posted)
        return comments
    # no comment headers: each paragraph (or each line) is a comment with no author
    block: list[_Line] = []
    for line in lines[first:end]:
        if line.blank or split_lines:
            add(block, None, None)
            block = []
        if not line.blank:
            block.append(line)
    add(block, None, None)
    return comments


# ---------------------------------------------------------------------------
# The layout of a whole plain-text page.


@dataclass
class _Analysis:
    body_start: int
    body_end: int
    furniture: list[Span]
    comments: list[Comment]
    title: str | None
    stated_date: date | None  # a date line / dateline near the top
    comment_dates: list[date] = field(default_factory=list)

    @property
    def page_date(self) -> date | None:
        if self.stated_date:
            return self.stated_date
        return min(self.comment_dates) if self.comment_dates else None


def _analyse(text: str) -> _Analysis:
    layout = _layout()
    lines = _split_lines(text)
    stripped = text.lstrip()
    body_start = len(text) - len(stripped) if stripped else 0

    section = _find_comment_section(lines, len(text), layout)
    comments: list[Comment] = []
    body_end = len(text)
    if section is not None:
        index, is_header = section
        body_end = lines[index].start
        comments = _comments_in(text, lines, index + 1 if is_header else index, layout)
    body_end = max(body_end, body_start)

    body_lines = [ln for ln in lines if ln.start < body_end and ln.end > body_start]
    script_counts = _scripts(text[body_start:body_end])
    main_script = script_counts.most_common(1)[0][0] if script_counts else None
    furniture = _furniture(body_lines, main_script, layout)

    content_lines = [ln for ln in body_lines if not ln.blank and not _covered(ln, furniture)]
    title = _headline(content_lines, layout)
    stated, date_line = _stated_date(content_lines, layout)
    if date_line is not None:  # "June 11, 2018" or "Published: ..." under the headline
        furniture = sorted(furniture + [(date_line.text_start, date_line.text_end)])
    comment_dates = [d for d in (_parse_date(c.posted) for c in comments) if d]
    return _Analysis(body_start, body_end, furniture, comments, title, stated, comment_dates)


def _covered(line: _Line, spans: list[Span]) -> bool:
    """Is every non-blank character of the line inside furniture?"""
    a, b = line.text_start, line.text_end
    inside = [(s, e) for s, e in spans if s < b and e > a]
    if not inside:
        return False
    pos = a
    for s, e in inside:
        if s > pos and line.raw[pos - line.start:s - line.start].strip():
            return False
        pos = max(pos, e)
    return pos >= b or not line.raw[pos - line.start:].strip()


def _headline(content_lines: list[_Line], layout: _Layout) -> str | None:
    """The first line, when it looks like a headline: short, no final period."""
    if len(content_lines) < 2:
        return None
    s = content_lines[0].norm
    if len(s) > 150 or len(s.split()) > 25 or s[-1] in ".,;:" or not any(ch.isalpha() for ch in s):
        return None
    if s.lower().startswith("by ") or _parse_date(s) and len(s.split()) <= 6:
        return None
    return s


def _stated_date(content_lines: list[_Line], layout: _Layout) -> tuple[date | None, _Line | None]:
    """A date line or dateline near the top of the body: (its date, the line when it is a
    date line of its own, which is page furniture)."""
    later: tuple[date | None, _Line | None] = (None, None)
    for line in content_lines[: layout.date_top_lines]:
        s = line.norm
        for pattern in layout.datelines:
            m = pattern.match(s)
            if m:
                found = _parse_date(m.group("date"))
                if found:
                    return found, None
        if len(s) > layout.date_max_line:
            continue
        for pattern, is_update in layout.date_lines:
            if pattern.fullmatch(s):
                found = _parse_date(s)
                if found and not is_update:
                    return found, line
                if found and later[0] is None:
                    later = (found, line)
                break
    return later


# ---------------------------------------------------------------------------
# Public: documents from text, records and HTML.


def document_from_text(
    text: str,
    *,
    doc_id: str,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    source_name: str | None = None,
    language: str | None = None,
    origin: str | None = None,
) -> Document:
    """Analyse the layout of a plain-text page: furniture spans, the comment section
    and its comment records, the publication date when not given.

    ``text`` is kept exactly as given.  The title is the first line when it looks
    like a headline and none is given.
    """
    a = _analyse(text)
    return Document(
        id=doc_id,
        text=text,
        published=published or a.page_date,
        title=title if title else a.title,
        url=url,
        source_name=source_name,
        language=language,
        body_start=a.body_start,
        body_end=a.body_end,
        furniture=a.furniture,
        comments=a.comments,
        origin=origin,
    )


_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def document_from_record(record: dict, *, origin: str, published: date | None = None) -> Document:
    """A spec §1 record -> Document.  Raises IngestError for wrong types or a missing id/text.

    ``published`` (the CLI's ``--published``) wins over the record's own field;
    extra fields (``events``, ``exhaustive``, ``comments_start`` ...) are ignored.
    """
    if not isinstance(record, dict):
        raise IngestError(origin, f"not a JSON object (found {_json_type(record)})")
    if record.get("id") is None:
        raise IngestError(origin, "missing field 'id'")
    raw_id = record["id"]
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, float)):
        raise IngestError(origin, f"field 'id' must be a string or a number, not {_json_type(raw_id)}")
    doc_id = raw_id if isinstance(raw_id, str) else str(raw_id)
    if not doc_id.strip():
        raise IngestError(origin, "field 'id' is empty")
    if record.get("text") is None:
        raise IngestError(origin, "missing field 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise IngestError(origin, f"field 'text' must be a string, not {_json_type(text)}")
    if not text.strip():
        raise IngestError(origin, "field 'text' is empty")
    optional: dict[str, str | None] = {}
    for name in ("title", "url", "source_name", "language"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(origin, f"field '{name}' must be a string, not {_json_type(value)}")
        optional[name] = value or None
    for name, value in (("id", doc_id), ("text", text), *optional.items()):
        if value and "\x00" in value:  # PostgreSQL text cannot hold NUL; no report needs one
            raise IngestError(origin, f"field '{name}' holds a NUL character (\\u0000)")
    when = published
    if when is None:
        raw_date = record.get("published")
        if raw_date is not None and raw_date != "":
            if not isinstance(raw_date, str):
                raise IngestError(origin, f"field 'published' must be a string (YYYY-MM-DD), not {_json_type(raw_date)}")
            when = _iso_date(raw_date)
            if when is None:
                raise IngestError(origin, f"field 'published' is not a date (YYYY-MM-DD or ISO timestamp): {raw_date!r}")
    return document_from_text(
        text,
        doc_id=doc_id,
        published=when,
        title=optional["title"],
        url=optional["url"],
        source_name=optional["source_name"],
        language=optional["language"],
        origin=origin,
    )


# HTML --------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer "
    "dd dt dl figure figcaption aside main nav address hr".split()
)
_SKIP_TAGS = frozenset("script style noscript form button textarea input select svg template iframe img".split())


def _element_text(element: Any) -> str:
    """The visible text of an element, one line per block, blanks collapsed."""
    parts: list[str] = []

    def walk(el: Any, root: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is not None and tag.lower() not in _SKIP_TAGS:
            block = tag.lower() in _BLOCK_TAGS
            if block:
                parts.append("\n")
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child, False)
            if block:
                parts.append("\n")
        if not root and el.tail:
            parts.append(el.tail)

    walk(element, True)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _tokens(el: Any) -> list[str]:
    values = (el.get("class") or "").split()
    if el.get("id"):
        values.append(el.get("id"))
    return values


def _has(el: Any, pattern: Pattern[str]) -> bool:
    return isinstance(el.tag, str) and any(pattern.fullmatch(t) for t in _tokens(el))


@dataclass
class _HtmlComment:
    text: str
    author: str | None
    posted: str | None
    when: date | None


def _html_comments(tree: Any, layout: _Layout) -> tuple[Any, list[_HtmlComment]]:
    """Comments read from the comment markup: (the comment container or None, comments)."""
    container = None
    for el in tree.iter(*layout.html_container_tags):
        if _has(el, layout.html_container):
            container = el
            break
    scope = container if container is not None else tree
    contents = [el for el in scope.iter() if _has(el, layout.html_content)]
    contents = [c for c in contents if not any(_has(a, layout.html_content) for a in c.iterancestors())]
    found: list[_HtmlComment] = []
    if not contents:
        if container is None:
            return None, []
        # no content markup: read the section as text
        section = _element_text(container)
        lines = _split_lines(section)
        first = next((i + 1 for i, ln in enumerate(lines[:3]) if _is_section_header(ln, layout)), 0)
        for c in _comments_in(section, lines, first, layout):
            found.append(_HtmlComment(c.text, c.author, c.posted, _parse_date(c.posted)))
        return (container if found else None), found
    for content in contents:
        item = None
        for ancestor in content.iterancestors():
            if ancestor is scope:
                break
            if _has(ancestor, layout.html_item):
                item = ancestor
                break
        if item is None:
            item = content.getparent() if content.getparent() is not None else content
        text = _element_text(content)
        if not text:
            continue
        author_el = None
        for pattern in layout.html_author:
            author_el = _near(item, content, lambda el, p=pattern: _has(el, p), layout)
            if author_el is not None:
                break
        time_el = _near(item, content, lambda el: isinstance(el.tag, str) and el.tag == "time", layout)
        if time_el is None:
            time_el = _near(item, content, lambda el: _has(el, layout.html_time), layout)
        author = _clean_author(_element_text(author_el), layout) if author_el is not None else None
        posted = None
        when = None
        if time_el is not None:
            posted = " ".join(_element_text(time_el).split()) or time_el.get("datetime")
            stamp = time_el.get("datetime") or ""
            when = _iso_date(stamp) if stamp else None
            when = when or _parse_date(posted)
        found.append(_HtmlComment(text, author, posted or None, when))
    return (container if container is not None else None), found


def _near(item: Any, content: Any, test: Any, layout: _Layout) -> Any:
    """The first element of ``item`` passing ``test``: before ``content``, else after it
    (but not inside ``content`` nor in a nested reply)."""
    inside = set(content.iter())
    after = False
    for el in item.iter():
        if el is item:
            continue
        if el is content:
            after = True
            continue
        if el in inside:
            continue
        if after and _has(el, layout.html_item):
            break
        if test(el):
            return el
    return None


def document_from_html(html: str, *, doc_id: str, published: date | None = None, origin: str | None = None) -> Document:
    """An HTML page -> Document.

    ``text`` is the main text from trafilatura (title line first), a blank line,
    then the reader comments, one after another; ``body_end`` is the end of the
    main text and each comment is a record.  The publication date comes from the
    HTML metadata when not given, else from the page's own dates.
    """
    import trafilatura  # imported here: it takes a moment and only HTML needs it

    layout = _layout()
    where = origin or doc_id
    try:
        tree = trafilatura.load_html(html)
    except Exception as err:  # noqa: BLE001 - any parser failure is bad input
        raise IngestError(where, f"not readable as HTML: {err}") from None
    if tree is None:
        raise IngestError(where, "not readable as HTML")
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    language = lang.split("-")[0].split("_")[0].lower() or None

    container, html_comments = _html_comments(tree, layout)
    if container is not None and html_comments:
        container.drop_tree()  # keep the comments out of the main text and the date search
    date_params = {"original_date": True, "extensive_search": False}
    try:
        extracted = trafilatura.bare_extraction(
            tree,
            include_comments=not html_comments,
            with_metadata=True,
            date_extraction_params=date_params,
        )
    except Exception:  # noqa: BLE001 - trafilatura failing is "no main text"
        extracted = None

    main = ""
    title = meta_date = url = site = None
    if extracted is not None:
        main = (extracted.text or "").strip()
        title = (extracted.title or "").strip() or None
        meta_date = _iso_date(extracted.date) if extracted.date else None
        url = extracted.url or None
        site = extracted.sitename or None
        if not html_comments and extracted.commentsbody is not None and len(extracted.commentsbody):
            section = "\n".join(t for t in (_element_text(el) for el in extracted.commentsbody) if t)
            lines = _split_lines(section)
            has_heads = any(_match_header(lines, i, layout) for i in range(len(lines)))
            for c in _comments_in(section, lines, 0, layout, split_lines=not has_heads):
                html_comments.append(_HtmlComment(c.text, c.author, c.posted, _parse_date(c.posted)))
    if not main:
        try:
            main = trafilatura.html2txt(html).strip()
        except Exception:  # noqa: BLE001
            main = ""
    if not main and not html_comments:
        raise IngestError(where, "no text found in the HTML page")
    if title and main:
        top = " ".join(" ".join(main.split("\n")[:2]).split()).lower()
        if " ".join(title.split()).lower() not in top:
            main = f"{title}\n\n{main}"

    a = _analyse(main)
    pieces = [main]
    offset = len(main)
    comments = list(a.comments)
    for c in html_comments:
        offset += 2
        pieces.append("\n\n" + c.text)
        comments.append(Comment(text=c.text, start=offset, end=offset + len(c.text), author=c.author, posted=c.posted))
        offset += len(c.text)
    text = "".join(pieces)
    comment_dates = a.comment_dates + [c.when for c in html_comments if c.when]
    when = published or meta_date or a.stated_date or (min(comment_dates) if comment_dates else None)
    return Document(
        id=doc_id,
        text=text,
        published=when,
        title=title or a.title,
        url=url,
        source_name=site,
        language=language,
        body_start=a.body_start,
        body_end=a.body_end,
        furniture=a.furniture,
        comments=comments,
        origin=origin,
    )


# ---------------------------------------------------------------------------
# Files, folders and stdin.


def file_kind(name: str) -> str | None:
    """"text", "html", "jsonl", "jsonl.gz" or "warc" for a supported file name, else None."""
    lower = name.lower()
    if lower.endswith((".warc", ".warc.gz")):
        return "warc"
    if lower.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if lower.endswith(".jsonl"):
        return "jsonl"
    if lower.endswith((".html", ".htm")):
        return "html"
    if lower.endswith(".txt"):
        return "text"
    return None


def _doc_id(path: Path) -> str:
    return path.stem


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.1 * len(sample)


def _decode(data: bytes, *, html: bool = False) -> str:
    """Bytes -> text; raises ValueError with the problem."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid UTF-16 at byte {err.start}") from None
    if _looks_binary(data[:_SNIFF_BYTES]):
        raise ValueError("binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        if html:
            declared = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096])
            if declared:
                try:
                    return data.decode(declared.group(1).decode("ascii"))
                except (LookupError, UnicodeDecodeError):
                    pass
        raise ValueError(f"not valid UTF-8 at byte {err.start}") from None
    return text[1:] if text.startswith("\ufeff") else text


def _read_error(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file"
    if isinstance(err, PermissionError):
        return "cannot read: permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {err.strerror or err}"


def _limit(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name, "") or default)
    except ValueError:
        return default
    return value if value > 0 else default


def max_bytes() -> int:
    """The largest page, JSONL line or stdin accepted, in bytes (``EVENTWIRE_MAX_BYTES``)."""
    return _limit("EVENTWIRE_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_chars() -> int:
    """The longest document text coded, in characters (``EVENTWIRE_MAX_CHARS``)."""
    return _limit("EVENTWIRE_MAX_CHARS", DEFAULT_MAX_CHARS)


def _too_large(size: int) -> str:
    return f"too large: {size:,} bytes (the limit is {max_bytes():,}; set EVENTWIRE_MAX_BYTES)"


def screen(document: Document) -> str | None:
    """Why a document read well should still not be coded, or None: a text too long to parse
    (``max_chars``), a publication date before 1900 or in the future, or a report not in
    English (``language.detect_language``; eventwire's pipeline reads English only)."""
    from datetime import timedelta

    from .language import detect_language

    if len(document.text) > max_chars():
        return (f"too long: {len(document.text):,} characters (the limit is {max_chars():,}; "
                f"set EVENTWIRE_MAX_CHARS)")
    when = document.published
    if isinstance(when, date):
        if when < EARLIEST_PUBLISHED:
            return f"publication date {when.isoformat()} is before {EARLIEST_PUBLISHED.isoformat()}"
        if when > date.today() + timedelta(days=FUTURE_MARGIN_DAYS):
            return f"publication date {when.isoformat()} is in the future"
    body = document.text[document.body_start:document.body_end]
    found = detect_language(body)
    declared = (document.language or "").strip().lower().replace("_", "-").split("-")[0]
    if not found.english:
        return f"not in English (detected '{found.language}': {found.reason}); eventwire codes English reports only"
    if declared and declared != "en" and found.words < 20:
        return f"not in English (declared language '{document.language}'); eventwire codes English reports only"
    return None


def screened(item: Document | IngestError) -> Document | IngestError:
    """The document, or an IngestError naming it when ``screen`` finds it should not be coded."""
    if isinstance(item, IngestError):
        return item
    try:
        problem = screen(item)
    except Exception as err:  # noqa: BLE001 - never raise for one bad input
        problem = f"could not be checked: {type(err).__name__}: {err}"
    return item if problem is None else IngestError(item.origin or item.id, problem)


def _read_file(path: Path, kind: str, published: date | None) -> Iterator[Document | IngestError]:
    origin = str(path)
    if kind in ("jsonl", "jsonl.gz"):
        yield from _read_jsonl(path, origin, published, gz=kind == "jsonl.gz")
        return
    if kind == "warc":
        yield from _read_warc(path, published)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes():
            yield IngestError(origin, _too_large(size))
            return
        data = path.read_bytes()
    except OSError as err:
        yield IngestError(origin, _read_error(err))
        return
    if not data.strip():
        yield IngestError(origin, "empty file")
        return
    try:
        text = _decode(data, html=kind == "html")
    except ValueError as err:
        yield IngestError(origin, str(err))
        return
    if not text.strip():
        yield IngestError(origin, "empty file")
        return
    try:
        if kind == "html":
            yield document_from_html(text, doc_id=_doc_id(path), published=published, origin=origin)
        else:
            yield document_from_text(text, doc_id=_doc_id(path), published=published, origin=origin)
    except IngestError as err:
        yield err
    except Exception as err:  # noqa: BLE001 - never raise for one bad input
        yield IngestError(origin, f"could not be read as a document: {type(err).__name__}: {err}")


def _read_warc(path: Path, published: date | None) -> Iterator[Document | IngestError]:
    """The HTML pages of a WARC archive (.warc or .warc.gz), one document per response record,
    streamed; the document id and URL are the page's address. Other records are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = 0  # HTML pages and broken records met
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type is None:
                    pages += 1  # reported as such, not as an archive without pages
                    yield IngestError(f"{path}:record {number}", "not a WARC record (no WARC-Type header)")
                    continue
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                    continue
                pages += 1
                url = record.rec_headers.get_header("WARC-Target-URI") or f"{path.name}#{number}"
                origin = f"{path}:{url}"
                try:
                    text = _decode(record.content_stream().read(), html=True)
                    if not text.strip():
                        yield IngestError(origin, "empty page")
                        continue
                    document = document_from_html(text, doc_id=url, published=published, origin=origin)
                except IngestError as err:
                    yield err
                    continue
                except ValueError as err:
                    yield IngestError(origin, str(err))
                    continue
                document.url = url
                yield document
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as err:
        yield IngestError(str(path), f"not a readable WARC archive: {err}")
        return
    if not pages:
        yield IngestError(str(path), "not a readable WARC archive: no HTML response records in it")


def _records(lines: Iterable[bytes], origin: str, published: date | None) -> Iterator[Document | IngestError]:
    """JSONL lines (bytes) -> Documents / IngestErrors, with "origin:LINE" origins."""
    offset = 0
    for number, raw in enumerate(lines, 1):
        line_origin = f"{origin}:{number}"
        start = offset
        offset += len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw, start = raw[3:], start + 3
        if not raw.strip():
            continue
        if len(raw) > max_bytes():
            yield IngestError(line_origin, _too_large(len(raw)))
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield IngestError(line_origin, f"not valid UTF-8 at byte {start + err.start}")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield IngestError(line_origin, f"not valid JSON: {err.msg} (column {err.colno})")
            continue
        except RecursionError:
            yield IngestError(line_origin, "not valid JSON: nested too deeply")
            continue
        try:
            yield document_from_record(record, origin=line_origin, published=published)
        except IngestError as err:
            yield err
        except Exception as err:  # noqa: BLE001
            yield IngestError(line_origin, f"could not be read as a document: {type(err).__name__}: {err}")


def _read_jsonl(path: Path, origin: str, published: date | None, *, gz: bool) -> Iterator[Document | IngestError]:
    opener: Any = gzip.open if gz else open
    try:
        with opener(path, "rb") as handle:
            head = handle.read(8192)
    except (OSError, EOFError, zlib.error) as err:
        yield IngestError(origin, _read_error(err) if not gz or isinstance(err, (FileNotFoundError, PermissionError)) else f"not a valid gzip file: {err}")
        return
    if not head.strip():
        yield IngestError(origin, "empty file")
        return
    if _looks_binary(head):
        yield IngestError(origin, "binary file, not text")
        return
    seen = False
    try:
        with opener(path, "rb") as handle:
            for item in _records(handle, origin, published):
                seen = True
                yield item
    except (OSError, EOFError, zlib.error) as err:
        yield IngestError(origin, f"not a valid gzip file: {err}" if gz else _read_error(err))
        return
    if not seen:
        yield IngestError(origin, "empty file")


def _read_stdin(stream: TextIO, published: date | None) -> Iterator[Document | IngestError]:
    origin = STDIN_ORIGIN
    try:
        buffer = getattr(stream, "buffer", None)
        data: str | bytes = buffer.read() if buffer is not None else stream.read()
    except UnicodeDecodeError as err:
        yield IngestError(origin, f"not valid UTF-8 at byte {err.start}")
        return
    except OSError as err:
        yield IngestError(origin, _read_error(err))
        return
    if len(data) > max_bytes():
        yield IngestError(origin, _too_large(len(data)))
        return
    if isinstance(data, bytes):
        if not data.strip():
            yield IngestError(origin, "empty input")
            return
        try:
            text = _decode(data)
        except ValueError as err:
            yield IngestError(origin, str(err))
            return
    else:
        text = data[1:] if data.startswith("\ufeff") else data
        if "\x00" in text:
            yield IngestError(origin, "binary file, not text")
            return
    if not text.strip():
        yield IngestError(origin, "empty input")
        return
    nonempty = [line.strip() for line in text.split("\n") if line.strip()]
    if all(line.startswith("{") and line.endswith("}") for line in nonempty):
        yield from _records((line.encode("utf-8") + b"\n" for line in text.split("\n")), origin, published)
        return
    try:
        yield document_from_text(text, doc_id=STDIN_ID, published=published, origin=origin)
    except Exception as err:  # noqa: BLE001
        yield IngestError(origin, f"could not be read as a document: {type(err).__name__}: {err}")


def _folder_files(folder: Path, errors: list[IngestError]) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []

    def on_error(err: OSError) -> None:
        errors.append(IngestError(str(err.filename or folder), _read_error(err)))

    for root, dirs, names in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            kind = file_kind(name)
            if kind and not name.startswith("."):
                found.append((Path(root) / name, kind))
    return sorted(found)


def count_documents(paths: Iterable[str]) -> int | None:
    """How many documents the paths hold, counted cheaply for a progress bar (lines of JSONL,
    files of a folder); None when some cannot be counted without reading them (stdin,
    compressed JSONL, WARC archives)."""
    total = 0
    for given in paths:
        path = Path(os.fspath(given))
        if os.fspath(given) == "-" or not path.exists():
            return None if os.fspath(given) == "-" else total
        files = _folder_files(path, []) if path.is_dir() else [(path, file_kind(path.name) or "text")]
        for file, kind in files:
            if kind in ("jsonl.gz", "warc"):
                return None
            if kind == "jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def read_documents(
    paths: Iterable[str],
    *,
    published: date | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Document | IngestError]:
    """Each path may be a .txt, .html/.htm, .jsonl (spec §1 records, one a line; also
    .jsonl.gz), a folder of them (recursively, sorted), or "-" for stdin (text; JSON
    lines if every non-empty line is a JSON object).  Yields a Document per document,
    or an IngestError for a bad file or a bad line, and goes on with the rest: never
    raises for bad input.

    ``published`` (the CLI's ``--published``) overrides every other publication date.
    In a folder, files with other extensions are skipped; a named file with an
    unknown extension is read as text.

    A document that reads well is still refused, by name and with the reason, when ``screen``
    finds it should not be coded: a page over ``EVENTWIRE_MAX_BYTES`` (20 MB) or a text over
    ``EVENTWIRE_MAX_CHARS`` (500,000 characters), a publication date before 1900 or in the
    future, or a report not in English.
    """
    for item in _read_all(paths, published=published, stdin=stdin):
        yield screened(item)


def _read_all(paths: Iterable[str], *, published: date | None, stdin: TextIO | None) -> Iterator[Document | IngestError]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path given as such, not a list of them
    for given in paths:
        name = os.fspath(given)
        if name == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, published)
            continue
        path = Path(name)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as err:
            yield IngestError(name, _read_error(err))
            continue
        if not exists:
            yield IngestError(name, "no such file")
            continue
        if is_dir:
            errors: list[IngestError] = []
            files = _folder_files(path, errors)
            yield from errors
            for file, kind in files:
                yield from _read_file(file, kind, published)
            continue
        yield from _read_file(path, file_kind(path.name) or "text", published)


# ---------------------------------------------------------------------------
# The bundled example reports.


def example_paths() -> list[Path]:
    """The example reports bundled with eventwire (``eventwire/examples/*.txt``), sorted."""
    return sorted(p for p in EXAMPLES_DIR.glob("*.txt") if p.is_file())


@lru_cache(maxsize=1)
def _example_dates() -> dict[str, str]:
    try:
        with open(EXAMPLES_DIR / "published.json", encoding="utf-8") as handle:
            return dict(json.load(handle))
    except (OSError, ValueError):
        return {}


def example_published(path: str | os.PathLike[str]) -> date | None:
    """The publication date of a bundled example (from ``examples/published.json``)."""
    value = _example_dates().get(Path(path).name)
    return _iso_date(value) if isinstance(value, str) else None


def read_examples(*, published: date | None = None) -> Iterator[Document | IngestError]:
    """The bundled examples as Documents, each with its own publication date."""
    for path in example_paths():
        yield from read_documents([str(path)], published=published or example_published(path))
