"""The web dashboard end to end: a real `eventwire serve` on loopback and headless Chromium (Playwright).

The browser tests skip, saying why, when Playwright, Debian's Chromium or the built front-end libraries
(``npm ci --prefix web && npm run build --prefix web``) are missing; with EVENTWIRE_REQUIRE_BROWSER=1
(as CI sets it) they fail instead. Screenshots go to tests/artifacts/.
"""
from __future__ import annotations

import os
import re
import shutil
import uuid
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from conftest import SEED_PAGE, need_shared
from servers import eventwire_serve

from eventwire import read_documents
from eventwire.ingest import document_from_record
from eventwire.store import Store
from eventwire.web import BUILD_COMMAND, STATIC, missing_vendor

CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
REQUIRE_BROWSER = os.environ.get("EVENTWIRE_REQUIRE_BROWSER") == "1"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
TOKEN = "dash-token-" + uuid.uuid4().hex

HOSTILE_COMMENT = '<script>window.__xss=1</script> so-called news <img src=x onerror="window.__xss=2;alert(2)">'
HOSTILE_TITLE = '<b>Clashes</b> near Saraqeb <img src=x onerror="window.__xss=3">'
HOSTILE_TEXT = f"""Rebels and government forces clash near Saraqeb

Syrian rebels clashed with government forces near the town of Saraqeb in Idlib province on Wednesday, killing at \
least 7 fighters, the Syrian Observatory for Human Rights said.

The town lies on the main road between Aleppo and Damascus <i onmouseover="window.__xss=4">(the M5)</i>.

Comments 2
Missing troll 27 November 2014, 10:00

{HOSTILE_COMMENT}

Thumb reader 27 November 2014, 11:00

Thanks for the report.
"""
UPLOAD_TEXT = ("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on Tuesday, killing at "
               "least 12 civilians, the Syrian Observatory for Human Rights said.")
UPLOAD_HTML = """<!doctype html><html><head><title>Clashes in Ramadi</title></head><body><nav>Home | World</nav>
<article><h1>Clashes in Ramadi</h1><p>Iraqi security forces and allied tribesmen battled Islamic State fighters in
Ramadi on Wednesday, killing at least 15 militants, police officers said.</p>
<p>The fighting was the heaviest in the city for weeks, residents said.</p></article><footer>Copyright</footer>
</body></html>"""
RAQQA_STRIKE = "Explosions/Remote violence"


def _browser_problem() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install playwright==1.65.2; never `playwright install`)"
    if not Path(CHROMIUM).exists():
        return f"Chromium is not at {CHROMIUM} (Debian: apt-get install chromium)"
    missing = missing_vendor()
    if missing:
        return f"the dashboard's libraries are not built (missing {', '.join(missing)}): run {BUILD_COMMAND}"
    return None


# ---------------------------------------------------------------------------------------------------------
# A served store: the worked example and a hostile page


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`eventwire serve` over a fresh SQLite store; yields its base URL."""
    db = tmp_path_factory.mktemp("dashboard") / "events.db"
    with Store(str(db)) as store:
        store.ingest(next(iter(read_documents([str(need_shared(SEED_PAGE))], published=date(2014, 11, 26)))))
        store.ingest(document_from_record({"id": "hostile-page", "text": HOSTILE_TEXT, "published": "2014-11-27",
                                           "title": HOSTILE_TITLE}, origin="test_dashboard"))
    with eventwire_serve(str(db), TOKEN) as base:
        yield base


@pytest.fixture(scope="module")
def api(served):
    with httpx.Client(base_url=served, timeout=60) as client:
        yield client


def _events(api, **params) -> list[dict]:
    return api.get("/events", params={"limit": 1000, **params}).json()["items"]


# ---------------------------------------------------------------------------------------------------------
# Without a browser: headers, the page's markup, the fallback without the built libraries


def test_every_response_has_the_security_headers(api):
    for path in ["/", "/index.html", "/js/main.js", "/app.css", "/dashboard/config.json", "/events", "/stats",
                 "/documents/1", "/no-such-page", "/openapi.json"]:
        response = api.get(path)
        csp = response.headers.get("content-security-policy", "")
        directives = {d.split()[0]: d.split()[1:] for d in (x.strip() for x in csp.split(";")) if d}
        assert directives.get("script-src") == ["'self'"], (path, csp)
        assert directives.get("style-src") == ["'self'"], (path, csp)
        assert directives.get("object-src") == ["'none'"], (path, csp)
        assert directives.get("base-uri") == ["'none'"], (path, csp)
        assert directives.get("frame-ancestors") == ["'none'"], (path, csp)
        assert directives.get("img-src") == ["'self'", "data:"], (path, csp)
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert response.headers.get("x-content-type-options") == "nosniff", path
    assert api.get("/").headers["content-type"].startswith("text/html")
    assert api.get("/js/main.js").headers["content-type"].startswith("text/javascript")
    assert api.get("/no-such-page").status_code == 404
    assert api.get("/events").json()["total"] >= 9  # the API keeps its paths under the mount at /
    slash = api.get("/events/", follow_redirects=False)  # and its redirect of a trailing slash
    assert slash.status_code == 307 and slash.headers["location"].endswith("/events")


def test_the_tile_host_is_allowed_only_when_configured(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from eventwire.app import create_app
    from eventwire.web import content_security_policy, tile_source

    tiles = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    monkeypatch.setenv("EVENTWIRE_TILE_URL", tiles)
    monkeypatch.setenv("EVENTWIRE_TILE_ATTRIBUTION", "© Example contributors")
    with Store(str(tmp_path / "empty.db")) as store:
        client = TestClient(create_app(store))
        config = client.get("/dashboard/config.json").json()
        csp = client.get("/").headers["content-security-policy"]
    assert config["tile_url"] == tiles and config["tile_attribution"] == "© Example contributors"
    assert "img-src 'self' data: https://*.tile.example.org;" in csp

    assert tile_source("https://{s}.tile.example.org/{z}/{x}/{y}.png") == "https://*.tile.example.org"
    assert tile_source("https://tiles.example.org:8443/{z}/{x}/{y}.png") == "https://tiles.example.org:8443"
    assert tile_source("javascript:alert(1)") is None and tile_source("") is None
    assert "img-src 'self' data: https://*.tile.example.org;" in content_security_policy(
        "https://{s}.tile.example.org/{z}/{x}/{y}.png")


def test_our_pages_hold_no_inline_code_and_build_no_html_from_strings():
    html = (STATIC / "index.html").read_text("utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script>"
    assert not re.search(r"<style\b|\sstyle\s*=|\son[a-z]+\s*=", html, re.IGNORECASE), "inline style or handler"
    for path in sorted((STATIC / "js").glob("*.js")):
        code = path.read_text("utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                     "setAttribute(\"style\"", "localStorage"):
            assert sink not in code or (path.name == "dom.js" and sink == "innerHTML"), f"{path.name} uses {sink}"


def test_without_the_built_libraries_the_api_works_and_the_page_says_how_to_build(tmp_path, monkeypatch, caplog):
    from fastapi.testclient import TestClient

    from eventwire import web
    from eventwire.app import create_app

    static = tmp_path / "static"
    shutil.copytree(STATIC, static, ignore=shutil.ignore_patterns("vendor"))
    monkeypatch.setattr(web, "STATIC", static)
    monkeypatch.setattr(web, "_warned", False)
    with caplog.at_level("WARNING", logger="eventwire.web"), Store(str(tmp_path / "empty.db")) as store:
        client = TestClient(create_app(store, token="t"))
        create_app(store, token="t")  # a second app in the same process does not say it again
        assert client.get("/events").json()["total"] == 0
        config = client.get("/dashboard/config.json").json()
        page = client.get("/")
    assert config["vendor"]["ok"] is False and "leaflet.js" in config["vendor"]["missing"]
    assert config["vendor"]["build"] == BUILD_COMMAND
    assert "npm ci --prefix web &amp;&amp; npm run build --prefix web" in page.text
    warnings = [r for r in caplog.records if "not built" in r.getMessage()]
    assert len(warnings) == 1 and BUILD_COMMAND in warnings[0].getMessage()


# ---------------------------------------------------------------------------------------------------------
# In Chromium


@pytest.fixture(scope="module")
def browser():
    problem = _browser_problem()
    if problem:
        if REQUIRE_BROWSER:
            pytest.fail(f"EVENTWIRE_REQUIRE_BROWSER=1 but {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, served):
    """A fresh tab on the served dashboard; fails the test on a page error, a dialog or a CSP report."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, base_url=served)
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))

    def on_console(message):
        expected = "status of 401" in message.text  # the upload test's wrong token, answered 401 as it should be
        if "Content Security Policy" in message.text or (message.type == "error" and not expected):
            problems.append(f"console {message.type}: {message.text}")

    tab.on("console", on_console)

    def on_dialog(dialog):
        problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.problems = problems
    yield tab
    context.close()
    assert not problems, problems


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _wait_ready(page, view: str = "overview") -> None:
    page.wait_for_selector(f"#view-{view}[data-state=ready]")


def _map_counts(page, expected: int) -> dict:
    """Wait until the map shows `expected` events (single markers plus the counts on clusters)."""
    page.wait_for_function(
        """expected => {
             const map = document.getElementById("map");
             const singles = map.querySelectorAll(".ev-marker").length;
             const clustered = [...map.querySelectorAll(".ev-cluster span")]
               .reduce((sum, el) => sum + Number(el.textContent.replace(/\\D/g, "")), 0);
             const still = map.dataset.view !== "moving" && !map.querySelector(".leaflet-cluster-anim");
             return still && Number(map.dataset.markers) === expected && singles + clustered === expected;
           }""", arg=expected)
    return page.evaluate("""() => ({
        singles: document.querySelectorAll("#map .ev-marker").length,
        clusters: document.querySelectorAll("#map .ev-cluster").length,
        basemap: document.getElementById("map").dataset.basemap,
        countries: document.querySelectorAll("#map path.leaflet-interactive, #map svg path").length})""")


def test_the_overview_shows_the_events_on_the_map_and_in_the_table(page, api):
    events = _events(api)
    located = [e for e in events if e.get("latitude") is not None]
    assert len(events) >= 10  # the worked example's nine and the hostile page's
    page.goto("/")
    _wait_ready(page)
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == len(events)
    assert page.locator("#events-table").get_attribute("data-total") == str(len(events))
    counts = _map_counts(page, len(located))
    assert counts["basemap"] == "ready" and counts["countries"] > 100  # Natural Earth outlines, offline
    assert page.locator("#timeline svg rect.t-explosions-remote-violence").count() >= 1
    killed = sum(e.get("fatalities") or 0 for e in events)  # Raqqa's 95 and the hostile page's clash's 7
    assert f"{killed} killed" in page.locator("#summary").inner_text() and killed > 95
    _shot(page, "overview")

    page.click("#events-table th button[data-sort=fatalities]")  # sorted by the server, kept in the URL
    page.wait_for_function("() => location.hash.includes('sort=-fatalities')")
    page.wait_for_function("() => document.querySelector('#events-table tbody tr td.num')?.textContent === '95'")
    assert page.locator("#events-table th[aria-sort=descending] button").inner_text().startswith("Dead")


def test_filtering_by_type_shrinks_the_table_and_the_map_and_lives_in_the_url(page, api):
    strikes = _events(api, event_type=RAQQA_STRIKE)
    assert 0 < len(strikes) < len(_events(api))
    page.goto("/")
    _wait_ready(page)
    page.select_option("#filters select[name=type]", f"event_type:{RAQQA_STRIKE}")
    page.wait_for_function("() => location.hash.includes('event_type=')")
    query = parse_qs(urlsplit(page.url).fragment.split("?", 1)[1])
    assert query["event_type"] == [RAQQA_STRIKE]
    page.wait_for_function("n => document.querySelectorAll('#events-table tbody tr').length === n", arg=len(strikes))
    _wait_ready(page)
    _map_counts(page, sum(1 for e in strikes if e.get("latitude") is not None))
    assert set(page.locator("#events-table tbody tr .chip").all_inner_texts()) == {RAQQA_STRIKE}
    _shot(page, "filtered")

    shared = page.url
    page.goto("about:blank")
    page.goto(shared)  # the URL alone restores the view
    _wait_ready(page)
    assert page.locator("#filters select[name=type]").input_value() == f"event_type:{RAQQA_STRIKE}"
    assert page.locator("#events-table tbody tr").count() == len(strikes)
    _map_counts(page, sum(1 for e in strikes if e.get("latitude") is not None))

    page.click("#reset-filters")
    page.wait_for_function("n => document.querySelectorAll('#events-table tbody tr').length === n",
                           arg=len(_events(api)))
    assert "event_type" not in page.url

    page.select_option("#tl-bucket", "week")  # the timeline's options live in the URL too
    page.wait_for_function("() => document.getElementById('timeline').dataset.bucket === 'week'")
    assert "bucket=week" in page.url
    page.select_option("#tl-measure", "fatalities")
    page.wait_for_function("() => location.hash.includes('measure=fatalities')")
    assert page.locator("#timeline svg").get_attribute("aria-label") == "Fatalities per week, by type"


def test_the_raqqa_strike_page_marks_the_fatalities_evidence(page, api):
    (raqqa,) = [e for e in _events(api, event_type=RAQQA_STRIKE) if e["fatalities"] == 95]
    page.goto("/")
    _wait_ready(page)
    page.click(f"#events-table tbody tr[data-id='{raqqa['id']}'] a")
    _wait_ready(page, "event")
    assert page.url.endswith(f"#/event/{raqqa['id']}")
    mark = page.locator("#view-event .report-text mark[data-field=fatalities]").first
    assert mark.text_content() == "at least 95"
    assert mark.is_visible()
    assert page.locator("#view-event .report-text mark[data-field=event_date]").first.text_content() == "Tuesday"
    assert page.locator("#view-event tr[data-field=fatalities] .value").inner_text() == "95"
    assert page.locator("#view-event tr[data-field=fatalities] .quote").inner_text() == "“at least 95”"
    # the reader comments are listed apart from the report, the abusive one folded away
    comments = page.locator("#view-event .comments .comment")
    assert comments.count() == 9
    abusive = page.locator("#view-event .comment.abusive details")
    assert abusive.count() == 1 and abusive.get_attribute("open") is None
    assert not page.locator("#view-event .comment.abusive .comment-text").is_visible()
    assert page.locator("#view-event .report-text .comment").count() == 0
    _shot(page, "event-raqqa")
    mark.scroll_into_view_if_needed()
    page.locator("#view-event .source").first.screenshot(path=str(ARTIFACTS / "event-raqqa-evidence.png"))


def test_hostile_markup_from_reports_and_comments_is_shown_as_text_and_never_runs(page, api):
    document = api.get("/documents/hostile-page").json()
    assert any(c["text"] == HOSTILE_COMMENT for c in document["comments"])
    event_id = document["events"][0]["event"]
    page.goto(f"/#/event/{event_id}")
    _wait_ready(page, "event")
    view = page.locator("#view-event")
    assert view.locator(".source h3").first.text_content() == HOSTILE_TITLE
    texts = view.locator(".comment-text").all_text_contents()
    assert HOSTILE_COMMENT in texts
    assert '<i onmouseover="window.__xss=4">(the M5)</i>' in view.locator(".report-text").first.text_content()
    view.locator(".report-text").first.hover()
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert view.locator("script, img, iframe, b, i[onmouseover]").count() == 0
    assert page.problems == []  # no dialog, no page error, no CSP violation report in the console
    _shot(page, "event-hostile")

    page.goto("/#/upload")  # the same markup pasted into the preview
    page.fill("#upload-form [name=token]", TOKEN)
    page.fill("#upload-form [name=text]", UPLOAD_TEXT + "\n\n" + HOSTILE_COMMENT)
    page.click("#upload-form button[value=extract]")
    page.wait_for_selector("#upload-result[data-state=extracted]")
    assert page.locator("#upload-result img, #upload-result script").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_upload_previews_the_events_and_saves_them_with_the_token(page, api):
    page.goto("/#/upload")
    form = page.locator("#upload-form")
    form.locator("[name=id]").fill("dashboard-upload")
    form.locator("[name=published]").fill("2014-11-26")
    form.locator("[name=title]").fill("Warplanes strike Kafr Nabl")
    form.locator("[name=text]").fill(UPLOAD_TEXT)

    form.locator("[name=token]").fill("wrong-token")
    page.click("#upload-form button[value=extract]")
    page.wait_for_function("() => document.getElementById('upload-status').textContent.includes('refused')")

    form.locator("[name=token]").fill(TOKEN)
    page.click("#upload-form button[value=extract]")
    page.wait_for_selector("#upload-result[data-state=extracted]")
    cards = page.locator("#upload-result .preview-event")
    assert cards.count() >= 1
    assert "Kafranbel" in cards.first.inner_text()
    assert cards.first.locator("mark[data-field=fatalities]").text_content() == "at least 12"
    assert api.get("/documents/dashboard-upload").status_code == 404  # a preview stores nothing
    assert page.evaluate("sessionStorage.length + localStorage.length") == 0  # not kept unless asked
    _shot(page, "upload-preview")

    form.locator("[name=remember]").check()
    page.click("#save-report")
    page.wait_for_selector("#upload-result[data-state=saved]")
    assert "Document" in page.locator("#upload-result .saved").inner_text()
    assert page.evaluate("sessionStorage.getItem('eventwire.token')") == TOKEN
    assert page.evaluate("localStorage.length") == 0
    stored = api.get("/documents/dashboard-upload")
    assert stored.status_code == 200 and stored.json()["events"]
    _shot(page, "upload-saved")

    page.locator("#upload-result .saved-events a").first.click()
    _wait_ready(page, "event")
    assert page.locator("#view-event .report-text mark[data-field=fatalities]").first.text_content() == "at least 12"


def test_upload_reads_a_chosen_html_file(page, api):
    page.goto("/#/upload")
    form = page.locator("#upload-form")
    form.locator("[name=token]").fill(TOKEN)
    form.locator("[name=id]").fill("dashboard-html-upload")
    form.locator("[name=published]").fill("2014-11-26")
    form.locator("input[name=mode][value=html]").check()
    assert form.locator("[name=text]").is_hidden()
    form.locator("[name=file]").set_input_files(
        files=[{"name": "ramadi.html", "mimeType": "text/html", "buffer": UPLOAD_HTML.encode()}])
    page.click("#upload-form button[value=extract]")
    page.wait_for_selector("#upload-result[data-state=extracted]")
    assert "Ramadi" in page.locator("#upload-result .preview-event").first.inner_text()
    page.click("#save-report")
    page.wait_for_selector("#upload-result[data-state=saved]")
    assert api.get("/documents/dashboard-html-upload").json()["title"] == "Clashes in Ramadi"
