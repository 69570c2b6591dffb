"""Headless Chromium for the view tests and the view benchmark: Debian's browser, driven by Playwright.

Never downloads a browser: it launches the executable named by ``CRCKG_CHROMIUM``, else
``chromium`` on the PATH (Debian's ``chromium`` package). Every request that is not a
``file://`` URL is aborted and recorded, so a page that needs the network shows up as
failed requests, not as a pass. :func:`missing` says why a browser test cannot run.
"""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# Flags for a headless browser on a machine with no network (see ../shared/LIBRARY-NOTES.md).
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps"]
VIEWPORT = {"width": 1400, "height": 900}


def executable() -> str | None:
    """The Chromium to launch, or None."""
    named = os.environ.get("CRCKG_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def missing() -> str | None:
    """Why a browser test cannot run here (None when it can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed: pip install '.[test]'"
    if executable() is None:
        return ("no Chromium found: install Debian's chromium package (apt-get install chromium) "
                "or set CRCKG_CHROMIUM to a Chromium executable")
    return None


@dataclass
class Visit:
    """One opened page, with what it asked of the network and what went wrong in it."""

    page: object
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def settle(self, timeout_ms: int = 60_000) -> float:
        """Wait until the view's layout has settled; milliseconds from navigation start."""
        self.page.wait_for_selector("body[data-settled=true]", state="attached", timeout=timeout_ms)
        return self.page.evaluate("window.kgView.settleMs")


@contextmanager
def chromium():
    """A launched headless Chromium (Playwright ``Browser``), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable(), args=FLAGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def visit(browser, path: Path):
    """Open ``path`` from ``file://`` in a fresh context with the network blocked."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    seen = Visit(page)

    def route(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            seen.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: seen.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: seen.errors.append(str(exc)))
    page.goto(Path(path).resolve().as_uri())
    try:
        yield seen
    finally:
        context.close()
