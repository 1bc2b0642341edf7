"""The web dashboard: static pages served at ``/`` beside the API, and the security headers.

    >>> from eventwire.web import mount_dashboard
    >>> mount_dashboard(app)        # create_app does this: index at /, the API paths unchanged

The pages are our own ES modules, CSS and HTML in ``static/``; the libraries they use (Leaflet,
leaflet.markercluster, topojson-client and Natural Earth's country outlines from world-atlas)
come from npm into ``static/vendor/`` (git-ignored) by ``npm ci --prefix web`` and
``npm run build --prefix web``. Without them the API and the dashboard still run, and the page
says how to build the map.

Every response gets a strict Content-Security-Policy (scripts and styles only from this origin, no
inline code), ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer`` and framing
forbidden. Set ``EVENTWIRE_TILE_URL`` (e.g. ``https://tile.openstreetmap.org/{z}/{x}/{y}.png``) and
optionally ``EVENTWIRE_TILE_ATTRIBUTION`` to draw map tiles under the outlines in an online
deployment; the tile host is then allowed as an image source.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import URL
from starlette.responses import RedirectResponse
from starlette.routing import Match, Mount, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STATIC = Path(__file__).resolve().parent / "static"
VENDOR_FILES = ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
                "MarkerCluster.Default.css", "topojson-client.min.js", "countries-50m.json")
BUILD_COMMAND = "npm ci --prefix web && npm run build --prefix web"
CONFIG_PATH = "/dashboard/config.json"

log = logging.getLogger("eventwire.web")
_warned = False


def missing_vendor(static_dir: Path = STATIC) -> list[str]:
    """The library files the map needs that are not built into ``static/vendor/``."""
    return [name for name in VENDOR_FILES if not (static_dir / "vendor" / name).is_file()]


def tile_source(url: str | None) -> str | None:
    """The CSP source expression allowing a tile URL template's host, or None for no (valid) URL.

    ``https://{s}.tile.example.org/{z}/{x}/{y}.png`` -> ``https://*.tile.example.org``.
    """
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or "@" in parts.netloc:
        return None
    host = re.sub(r"\{[^}]*\}", "*", parts.netloc.lower())
    if not re.fullmatch(r"(\*\.)?[a-z0-9.-]+(:\d+)?", host):
        return f"{parts.scheme}:"  # a placeholder inside the host: allow the scheme, as CSP can say no finer
    return f"{parts.scheme}://{host}"


def content_security_policy(tile_url: str | None = None) -> str:
    images = " ".join(filter(None, ["'self'", "data:", tile_source(tile_url)]))
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {images}",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response (API and pages alike)."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", csp.encode("latin-1")),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]
        self.names = {name for name, _ in self.headers}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in self.names]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _Dashboard:
    """The static files, keeping the API's redirect of a trailing slash (/events/ -> /events), which a
    mount at / would otherwise answer with a 404."""

    def __init__(self, files: ASGIApp, router: Router) -> None:
        self.files, self.router = files, router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"]
        if scope["type"] == "http" and path != "/" and path.endswith("/"):
            bare = {**scope, "path": path.rstrip("/")}
            if any(not isinstance(r, Mount) and r.matches(bare)[0] != Match.NONE for r in self.router.routes):
                await RedirectResponse(URL(scope=bare), status_code=307)(scope, receive, send)
                return
        await self.files(scope, receive, send)


def mount_dashboard(app: FastAPI, *, static_dir: Path | None = None) -> None:
    """Serve the dashboard at ``/`` (after the API's routes, which keep precedence) with the headers."""
    global _warned
    static_dir = static_dir or STATIC
    tile_url = os.environ.get("EVENTWIRE_TILE_URL") or None
    if tile_url and tile_source(tile_url) is None:
        log.warning("eventwire dashboard: EVENTWIRE_TILE_URL %r is not an http(s) URL template; ignored", tile_url)
        tile_url = None
    missing = missing_vendor(static_dir)
    if missing and not _warned:
        _warned = True
        log.warning("eventwire dashboard: the map's libraries are not built (missing %s in %s); the API and "
                    "the tables work. Build them from the repository root with: %s",
                    ", ".join(missing), static_dir / "vendor", BUILD_COMMAND)

    attribution = os.environ.get("EVENTWIRE_TILE_ATTRIBUTION") or None

    @app.get(CONFIG_PATH, include_in_schema=False)
    def dashboard_config() -> dict[str, Any]:
        """What the page needs to know: the tile layer, if any, and whether the map's libraries are built."""
        now_missing = missing_vendor(static_dir)
        return {"tile_url": tile_url, "tile_attribution": attribution, "version": app.version,
                "vendor": {"ok": not now_missing, "missing": now_missing, "build": BUILD_COMMAND}}

    files = StaticFiles(directory=static_dir, html=True, check_dir=False)
    app.mount("/", _Dashboard(files, app.router), name="dashboard")
    app.add_middleware(SecurityHeaders, csp=content_security_policy(tile_url))
