"""Tests for eventwire.ingest: files, folders, stdin, JSONL records, HTML pages and page layout."""
from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest import (
    document_from_html,
    document_from_record,
    document_from_text,
    example_paths,
    example_published,
    read_documents,
    read_examples,
)
from eventwire.records import Document

SHARED = Path("/work/shared/examples")
SEED_TXT = SHARED / "raqqa-airstrikes-2014-11-26.txt"
SEED_GOLD = SHARED / "raqqa-airstrikes.gold.jsonl"
needs_shared = pytest.mark.skipif(not SEED_TXT.exists(), reason="/work/shared examples not present")


def split(items):
    docs = [x for x in items if isinstance(x, Document)]
    errors = [x for x in items if isinstance(x, IngestError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def check_comment_offsets(doc: Document) -> None:
    for c in doc.comments:
        assert c.text == doc.text[c.start:c.end]
        assert c.start >= doc.body_end
    for s, e in doc.furniture:
        assert doc.body_start <= s < e <= doc.body_end


# ---------------------------------------------------------------------------
# The seed page


@needs_shared
def test_seed_page_layout():
    items = list(read_documents([str(SEED_TXT)]))
    assert len(items) == 1 and isinstance(items[0], Document)
    doc = items[0]
    raw = SEED_TXT.read_text(encoding="utf-8")
    assert doc.text == raw  # never rewritten
    assert doc.id == "raqqa-airstrikes-2014-11-26"
    assert doc.origin == str(SEED_TXT)
    assert doc.body_start == 0
    assert doc.body_end == 4591 == raw.index("Comments 9")
    assert doc.comments_start == 4591
    assert doc.title == "Syria Regime Raids on Islamic State 'Capital' Kill 95"
    # published inferred without --published: the earliest comment is on 26 November 2014
    assert doc.published == date(2014, 11, 26)

    assert len(doc.comments) == 9
    first = doc.comments[0]
    assert first.author == "ArabDemocrat.com"
    assert first.posted == "26 November 2014, 11:34"
    assert first.text == "What a monstrous regime."
    assert [c.author for c in doc.comments] == [
        "ArabDemocrat.com", "Mystic", "peace", "ArabDemocrat.com", "megahabib",
        "peace", "-phoenix1", "megahabib", "kanaandian",
    ]
    assert doc.comments[-1].posted == "27 November 2014, 01:41"
    assert doc.comments[-1].text.startswith("flatten those") and doc.comments[-1].text.endswith("takbir")
    assert all("Missing" not in c.author and "Thumb" not in c.author for c in doc.comments)
    check_comment_offsets(doc)

    furniture = [doc.text[s:e] for s, e in doc.furniture]
    assert "W460" in furniture
    assert any("بالعربية" in f for f in furniture)
    # nothing of the article itself is furniture
    assert not any("Raqa" in f or "Syria" in f for f in furniture)


@needs_shared
def test_seed_published_override():
    (doc,) = read_documents([str(SEED_TXT)], published=date(2014, 12, 1))
    assert doc.published == date(2014, 12, 1)


@needs_shared
def test_gold_jsonl():
    items = list(read_documents([str(SEED_GOLD)]))
    docs, errors = split(items)
    assert not errors
    (doc,) = docs
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    assert doc.id == "raqqa-airstrikes-2014-11-26"
    assert doc.published == date(2014, 11, 26)
    assert doc.text == gold["text"]
    assert doc.title == gold["title"]
    assert doc.source_name == "Naharnet"
    assert doc.origin == f"{SEED_GOLD}:1"
    assert doc.comments_start == gold["comments_start"] == 4591
    assert len(doc.comments) == 9
    check_comment_offsets(doc)


# ---------------------------------------------------------------------------
# Page layout, in general

ARTICLE = """Rebels seize town in north

Rebel fighters seized the town of Example after heavy clashes with government troops on Monday, a local official said, adding that at least ten soldiers were killed.

The official, who spoke on condition of anonymity, said the rebels entered the town from the east before dawn.

Human Rights Watch said:
"Civilians must be protected."

The army said it would retake the town within days and called on residents to stay indoors.
"""


def test_seed_like_page_without_shared_files():
    text = (
        "Strikes Kill 20 in Town\n\nإقرأ هذا الخبر بالعربية W300\n\n" + ARTICLE.split("\n", 2)[2]
        + "\nComments 2\nMissing Alice 26 November 2014, 11:34\n\nFirst comment.\n\n"
        "Thumb Bob 27 November 2014, 08:05\n\nSecond comment,\nover two lines.\n"
    )
    doc = document_from_text(text, doc_id="x")
    assert doc.body_end == text.index("Comments 2")
    assert [(c.author, c.posted, c.text) for c in doc.comments] == [
        ("Alice", "26 November 2014, 11:34", "First comment."),
        ("Bob", "27 November 2014, 08:05", "Second comment,\nover two lines."),
    ]
    assert doc.published == date(2014, 11, 26)
    assert doc.title == "Strikes Kill 20 in Town"
    furniture = [text[s:e] for s, e in doc.furniture]
    assert furniture == ["إقرأ هذا الخبر بالعربية", "W300"]
    check_comment_offsets(doc)


@pytest.mark.parametrize(
    "section, expected",
    [
        (  # WordPress as text: "N thoughts on", "X says:" then the time on its own line
            "3 thoughts on “Rebels seize town in north”\nAlice says:\nMarch 4, 2021 at 12:00 pm\nTerrible news.\nReply\n"
            "Bob says:\nMarch 4, 2021 at 1:30 pm\nWhen will this end?\nReply\nLeave a Reply\n"
            "Your email address will not be published. Required fields are marked *\nName *\n",
            [("Alice", "March 4, 2021 at 12:00 pm", "Terrible news."), ("Bob", "March 4, 2021 at 1:30 pm", "When will this end?")],
        ),
        (
            "Reader comments (2)\n\nPosted by Alice on 26 Nov 2014 11:34\nGood reporting.\n\n"
            "Posted by Bob Smith on 27 Nov 2014 08:00\nI doubt the numbers.\n",
            [("Alice", "26 Nov 2014 11:34", "Good reporting."), ("Bob Smith", "27 Nov 2014 08:00", "I doubt the numbers.")],
        ),
        (
            "Join the discussion\n\nAlice wrote:\nI was there last year.\nIt is a quiet town.\n\nBob wrote:\nSad.\n",
            [("Alice", None, "I was there last year.\nIt is a quiet town."), ("Bob", None, "Sad.")],
        ),
        (  # no header at all: author line + time line, twice
            "Alice\n2 hours ago\nSo sad.\n\nBob • 3 hours ago\nWhere is the army?\n",
            [("Alice", "2 hours ago", "So sad."), ("Bob", "3 hours ago", "Where is the army?")],
        ),
        (
            "Comments (1)\nAlice on November 26, 2014 at 11:34 am said:\nFirst!\n",
            [("Alice", "November 26, 2014 at 11:34 am", "First!")],
        ),
        ("Leave a comment\n", []),
    ],
)
def test_comment_sections(section, expected):
    text = ARTICLE + "\n" + section
    doc = document_from_text(text, doc_id="c")
    assert doc.body_end == len(ARTICLE) + 1
    assert [(c.author, c.posted, c.text) for c in doc.comments] == expected
    check_comment_offsets(doc)


@pytest.mark.parametrize(
    "tail",
    [
        "",  # no comment section
        "\nSmith said:\n\"We will fight.\"\n\nJones said:\n\"We will win.\"\n",  # quotes, not comments
    ],
)
def test_no_comment_section(tail):
    text = ARTICLE + tail
    doc = document_from_text(text, doc_id="n")
    assert doc.comments == []
    assert doc.comments_start is None
    assert doc.body_end == len(text)
    assert doc.published is None


def test_comments_link_near_top_is_not_the_section():
    text = "Rebels seize town\nHome > World > Africa\nComments\n" + ARTICLE + "\nComments 1\nAlice 26 November 2014, 11:34\n\nFirst!\n"
    doc = document_from_text(text, doc_id="t")
    assert doc.body_end == text.index("Comments 1")
    assert [c.text for c in doc.comments] == ["First!"]
    assert "Home > World > Africa" in [text[s:e] for s, e in doc.furniture]


def test_furniture_lines():
    lines = [
        "Share this", "Tweet", "ADVERTISEMENT", "Follow us on Twitter for breaking news",
        "Click here to get alerts", "Read more: Why the town matters", "Related: Earlier clashes",
        "Subscribe to our newsletter", "Facebook Twitter Email",
    ]
    text = "Clashes in Example\n\n" + "\n\n".join(
        ["Fighting broke out in Example on Monday, officials said, and at least three people died."] + lines
        + ["A boy walks past a burnt car in Example on Monday. (AP Photo/Jane Roe)",
           "Residents said the fighting stopped at night and that shops opened again in the morning."]
    )
    doc = document_from_text(text, doc_id="f")
    furniture = [text[s:e] for s, e in doc.furniture]
    for line in lines:
        assert line in furniture
    assert "(AP Photo/Jane Roe)" in furniture
    assert not any("Fighting broke out" in f or "Residents said" in f or "A boy walks" in f for f in furniture)
    check_comment_offsets(doc)


def test_text_kept_exactly_with_crlf():
    text = ARTICLE.replace("\n", "\r\n") + "\r\nComments 1\r\nAlice 26 November 2014, 11:34\r\n\r\nHi there.\r\n"
    doc = document_from_text(text, doc_id="crlf")
    assert doc.text == text
    assert doc.body_end == text.index("Comments 1")
    (c,) = doc.comments
    assert (c.author, c.text) == ("Alice", "Hi there.")
    assert doc.text[c.start:c.end] == "Hi there."


@pytest.mark.parametrize(
    "date_line, expected",
    [
        ("November 26, 2014", date(2014, 11, 26)),
        ("26 November 2014", date(2014, 11, 26)),
        ("2014-11-26", date(2014, 11, 26)),
        ("Published: Wednesday, 26 Nov 2014 10:32 GMT", date(2014, 11, 26)),
        ("By Jane Doe | Nov. 26, 2014", date(2014, 11, 26)),
    ],
)
def test_publication_date_from_date_line(date_line, expected):
    text = f"Strikes hit city\n{date_line}\n\nAircraft struck the city on Tuesday, killing 12 people, a monitor said on Wednesday morning.\n"
    doc = document_from_text(text, doc_id="d")
    assert doc.published == expected
    assert date_line in [text[s:e] for s, e in doc.furniture]
    assert doc.title == "Strikes hit city"


def test_publication_date_from_dateline():
    text = "Strikes hit city\n\nBEIRUT, Nov. 26, 2014 (AFP) - Aircraft struck the city on Tuesday, killing 12 people.\n"
    assert document_from_text(text, doc_id="d").published == date(2014, 11, 26)


def test_given_values_win():
    text = "Strikes hit city\nNovember 26, 2014\n\nAircraft struck the city on Tuesday.\n"
    doc = document_from_text(text, doc_id="d", published=date(2015, 1, 1), title="Given", url="http://x", language="en")
    assert (doc.published, doc.title, doc.url, doc.language) == (date(2015, 1, 1), "Given", "http://x", "en")


def test_title_only_when_it_looks_like_a_headline():
    assert document_from_text("This is a sentence, not a headline.\n\nMore text here.", doc_id="a").title is None
    assert document_from_text("One paragraph only", doc_id="b").title is None


# ---------------------------------------------------------------------------
# HTML

HTML_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><title>Clashes erupt in Example Town | The Daily Example</title>
<meta property="og:title" content="Clashes erupt in Example Town">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<meta property="og:site_name" content="The Daily Example">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Clashes erupt in Example Town</h1>
<p>Government troops clashed with rebel fighters in Example Town on Wednesday, killing at least 12 people, officials said.</p>
<p>The fighting began at dawn and lasted several hours, according to residents who fled the area towards the coast.</p>
<p>ADVERTISEMENT</p>
<p>Aid groups said hundreds of families had been displaced by the violence, which followed weeks of tension in the province.</p>
</article>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 Comments</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Alice</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2021-03-04T12:00:00+00:00">March 4, 2021 at 12:00 pm</time></div></footer>
<div class="comment-content"><p>Terrible news, thoughts with the families.</p></div></article>
<ol class="children"><li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><cite class="fn">Bob</cite></div>
<div class="comment-metadata"><time datetime="2021-03-04T13:30:00+00:00">March 4, 2021 at 1:30 pm</time></div></footer>
<div class="comment-content"><p>When will this end?</p></div></article></li></ol></li>
</ol></div>
<footer>Copyright 2021 The Daily Example</footer>
</body></html>
"""


def test_html_page_with_meta_date_and_comments(tmp_path):
    page = tmp_path / "clashes.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    docs, errors = split(list(read_documents([str(page)])))
    assert not errors
    (doc,) = docs
    assert doc.id == "clashes"
    assert doc.origin == str(page)
    assert doc.published == date(2021, 3, 4)
    assert doc.title == "Clashes erupt in Example Town"
    assert doc.text.startswith("Clashes erupt in Example Town\n")
    assert doc.language == "en"
    assert doc.source_name == "The Daily Example"
    body = doc.text[doc.body_start:doc.body_end]
    assert "killing at least 12 people" in body
    assert "Terrible news" not in body and "Home" not in body
    assert doc.text[doc.body_end:doc.body_end + 2] == "\n\n"
    assert [(c.author, c.posted, c.text) for c in doc.comments] == [
        ("Alice", "March 4, 2021 at 12:00 pm", "Terrible news, thoughts with the families."),
        ("Bob", "March 4, 2021 at 1:30 pm", "When will this end?"),
    ]
    assert "ADVERTISEMENT" in [doc.text[s:e] for s, e in doc.furniture]
    check_comment_offsets(doc)


def test_html_date_falls_back_to_comments():
    html = HTML_PAGE.replace('<meta property="article:published_time" content="2021-03-04T10:00:00Z">', "")
    doc = document_from_html(html, doc_id="p")
    assert doc.published == date(2021, 3, 4)
    assert document_from_html(html, doc_id="p", published=date(2021, 3, 5)).published == date(2021, 3, 5)


def test_html_comments_without_comment_markup():
    html = """<html><head><title>Hotel attack</title></head><body>
<div class="post"><h1>Gunmen attack hotel</h1>
<p>Gunmen attacked a hotel in the capital on Sunday, killing at least five people and wounding twelve, police said on Monday.</p>
<p>Security forces ended the siege after several hours of fighting inside the building, a spokesman said.</p></div>
<div class="comments"><div><span>Ali</span> <span>June 11, 2018 10:00</span><p>Terrible.</p></div>
<div><span>Sara</span> <span>June 12, 2018 09:00</span><p>Stay safe everyone.</p></div></div>
</body></html>"""
    doc = document_from_html(html, doc_id="h")
    assert [(c.author, c.text) for c in doc.comments] == [("Ali", "Terrible."), ("Sara", "Stay safe everyone.")]
    assert "Terrible" not in doc.text[: doc.body_end]
    check_comment_offsets(doc)


def test_html_without_text_is_an_error(tmp_path):
    page = tmp_path / "blank.html"
    page.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    (err,) = read_documents([str(page)])
    assert isinstance(err, IngestError)
    assert str(page) in str(err)


# ---------------------------------------------------------------------------
# Folders, bad files, JSONL


def test_folder_with_good_and_bad_files(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    latin1 = "Clashes in Tizi\n\nTroops clashed near the caf\xe9 on Monday.\n".encode("latin-1")
    (folder / "latin1.txt").write_bytes(latin1)
    good = {"id": "r1", "text": "Troops clashed in Example on Monday.", "published": "2021-03-01"}
    good2 = {"id": 7, "text": "Protesters marched in Example.", "published": "2021-03-02T10:00:00Z", "events": [], "exhaustive": True}
    (folder / "records.jsonl").write_text(
        json.dumps(good) + "\n" + '{"id": "r2", "text": broken\n' + "\n" + json.dumps(good2) + "\n", encoding="utf-8"
    )
    (folder / "sub" / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # skipped: not a supported extension
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")

    docs, errors = split(list(read_documents([str(folder)])))
    assert sorted(d.id for d in docs) == ["7", "good", "page", "r1"]
    assert {d.id: d.published for d in docs}["r1"] == date(2021, 3, 1)
    assert {d.id: d.published for d in docs}["7"] == date(2021, 3, 2)
    assert {d.id: d.origin for d in docs}["7"] == f"{folder / 'records.jsonl'}:4"

    by_file = {e.origin: e for e in errors}
    assert len(errors) == 4, [str(e) for e in errors]
    assert by_file[str(folder / "empty.txt")].problem == "empty file"
    assert by_file[str(folder / "binary.txt")].problem == "binary file, not text"
    latin = by_file[str(folder / "latin1.txt")].problem
    assert latin == "not valid UTF-8 at byte %d" % latin1.index(bytes([0xE9]))
    bad_line = by_file[f"{folder / 'records.jsonl'}:2"]
    assert bad_line.problem.startswith("not valid JSON")
    assert str(bad_line).startswith(f"{folder / 'records.jsonl'}:2: ")
    for e in errors:
        assert "\n" not in str(e)


def test_folder_order_is_sorted(tmp_path):
    for name in ["b.txt", "a.txt", "c/a.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    origins = [d.origin for d in read_documents([str(tmp_path)])]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c" / "a.txt")]


@pytest.mark.parametrize(
    "line, problem",
    [
        ("[1, 2]", "not a JSON object (found array)"),
        ('{"text": "x"}', "missing field 'id'"),
        ('{"id": "", "text": "x"}', "field 'id' is empty"),
        ('{"id": true, "text": "x"}', "field 'id' must be a string or a number, not boolean"),
        ('{"id": "a"}', "missing field 'text'"),
        ('{"id": "a", "text": 5}', "field 'text' must be a string, not number"),
        ('{"id": "a", "text": "   "}', "field 'text' is empty"),
        ('{"id": "a", "text": "x", "title": ["t"]}', "field 'title' must be a string, not array"),
        ('{"id": "a", "text": "x", "published": "yesterday"}', "field 'published' is not a date"),
        ('{"id": "a", "text": "x", "published": 20141126}', "field 'published' must be a string"),
    ],
)
def test_bad_jsonl_lines(tmp_path, line, problem):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "ok", "text": "Fine."}\n' + line + "\n", encoding="utf-8")
    docs, errors = split(list(read_documents([str(f)])))
    assert [d.id for d in docs] == ["ok"]
    (err,) = errors
    assert err.origin == f"{f}:2"
    assert err.problem.startswith(problem)


def test_document_from_record_raises():
    with pytest.raises(IngestError):
        document_from_record({"id": "a", "text": None}, origin="x:1")
    doc = document_from_record({"id": 3, "text": "Text.", "published": "2014-11-26T08:00:00+01:00"}, origin="x:1")
    assert (doc.id, doc.published, doc.origin) == ("3", date(2014, 11, 26), "x:1")
    assert document_from_record({"id": 3, "text": "Text.", "published": "2014-11-26"}, origin="x:1",
                                published=date(2020, 1, 1)).published == date(2020, 1, 1)


def test_jsonl_gz_and_invalid_utf8_line(tmp_path):
    f = tmp_path / "docs.jsonl.gz"
    with gzip.open(f, "wb") as out:
        out.write(b'{"id": "a", "text": "One."}\n')
        out.write(b'{"id": "b", "text": "caf\xe9"}\n')
        out.write(b'{"id": "c", "text": "Three."}\n')
    docs, errors = split(list(read_documents([str(f)])))
    assert [d.id for d in docs] == ["a", "c"]
    (err,) = errors
    assert err.origin == f"{f}:2"
    assert err.problem.startswith("not valid UTF-8 at byte")


def test_empty_and_binary_jsonl(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    bad_gz = tmp_path / "bad.jsonl.gz"
    bad_gz.write_bytes(b"not gzip at all")
    items = list(read_documents([str(empty), str(binary), str(bad_gz)]))
    assert all(isinstance(x, IngestError) for x in items) and len(items) == 3
    assert [x.problem for x in items[:2]] == ["empty file", "binary file, not text"]
    assert items[2].origin == str(bad_gz) and "gzip" in items[2].problem


def test_missing_path_and_unknown_extension(tmp_path):
    odd = tmp_path / "report.text"
    odd.write_text(ARTICLE, encoding="utf-8")
    items = list(read_documents([str(tmp_path / "nope.txt"), str(odd)]))
    assert isinstance(items[0], IngestError)
    assert str(items[0]) == f"{tmp_path / 'nope.txt'}: no such file"
    assert isinstance(items[1], Document) and items[1].id == "report" and items[1].text == ARTICLE


def test_stdin_text_and_jsonl():
    (doc,) = read_documents(["-"], stdin=io.StringIO(ARTICLE), published=date(2021, 3, 2))
    assert (doc.id, doc.text, doc.published, doc.origin) == ("stdin", ARTICLE, date(2021, 3, 2), "<stdin>")

    lines = json.dumps({"id": "s1", "text": "One."}) + "\n\n" + "{not json}\n" + json.dumps({"id": "s2", "text": "Two."}) + "\n"
    docs, errors = split(list(read_documents(["-"], stdin=io.StringIO(lines))))
    assert [d.id for d in docs] == ["s1", "s2"]
    assert [d.origin for d in docs] == ["<stdin>:1", "<stdin>:4"]
    (err,) = errors
    assert err.origin == "<stdin>:3"

    (err,) = read_documents(["-"], stdin=io.StringIO("   \n"))
    assert isinstance(err, IngestError)


def test_stdin_bytes_buffer():
    stream = io.TextIOWrapper(io.BytesIO(b"Bad \xff byte here"), encoding="utf-8")
    (err,) = read_documents(["-"], stdin=stream)
    assert isinstance(err, IngestError) and err.problem == "not valid UTF-8 at byte 4"


# ---------------------------------------------------------------------------
# Bundled examples


def test_bundled_examples_load_with_their_dates():
    paths = example_paths()
    assert [p.name for p in paths] == ["mogadishu-hotel-attack.txt", "nairobi-protest.txt", "raqqa-airstrikes.txt"]
    expected = {
        "raqqa-airstrikes.txt": date(2014, 11, 26),
        "mogadishu-hotel-attack.txt": date(2018, 6, 11),
        "nairobi-protest.txt": date(2019, 10, 8),
    }
    for path in paths:
        assert example_published(path) == expected[path.name]
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 300, (path.name, words)
        # the pages state their own dates too, so they load right even without published.json
        (doc,) = read_documents([str(path)])
        assert isinstance(doc, Document)
        assert doc.published == expected[path.name]
        assert doc.title
    docs = list(read_examples())
    assert [d.published for d in docs] == [expected[p.name] for p in paths]
    raqqa = next(d for d in docs if d.id == "raqqa-airstrikes")
    assert len(raqqa.comments) == 3
    assert raqqa.body_end == raqqa.text.index("Comments 3")
    assert "at least 95" in raqqa.text[: raqqa.body_end]
    check_comment_offsets(raqqa)
    assert example_published("not-an-example.txt") is None


def test_subheading_that_could_open_comments_does_not_cut_the_article():
    text = ARTICLE + "\nDiscussion\n\nThe talks in the capital are expected to resume next week, diplomats said on Tuesday.\n\nMore fighting was reported in the east.\n"
    doc = document_from_text(text, doc_id="w")
    assert doc.body_end == len(text) and doc.comments == []
    text2 = ARTICLE + "\nWhat do you think?\nAlice 26 November 2014, 11:34\n\nFirst!\n"
    doc2 = document_from_text(text2, doc_id="w2")
    assert doc2.body_end == text2.index("What do you think?")
    assert [c.author for c in doc2.comments] == ["Alice"]


def test_one_path_given_as_a_string(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert [d.id for d in read_documents(str(f))] == ["one"]
