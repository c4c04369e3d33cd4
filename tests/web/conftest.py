"""One engine over a small generated corpus (plus hostile postings) for the page tests, served
by one uvicorn server and driven by one headless chromium per session.

Browser tests skip when ``/usr/bin/chromium`` is absent, and fail instead when
``JOBSIFT_REQUIRE_SERVICES`` is set (CI installs it: ``make chromium``).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from jobsift.api import create_app
from jobsift.corpus.generator import write_jsonl
from jobsift.engine import Engine
from jobsift.settings import Settings

from .xss import hostile_jsonl, hostile_text

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
API_KEY = "web-test-key"
POSTINGS = 200
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("web")
    corpus = folder / "corpus.jsonl"
    write_jsonl(corpus, POSTINGS, seed=11, duplicate_rate=0.3)
    settings = Settings(
        database_url=f"sqlite:///{folder / 'jobsift.db'}", semantic="off", api_key=API_KEY
    )
    with Engine(settings) as engine:
        engine.ingest([str(corpus)])
        engine.ingest_bytes(hostile_text().encode(), uri="test:hostile.txt", format="text")
        engine.ingest_bytes(hostile_jsonl(), uri="test:hostile.jsonl", format="json")
        yield engine


@pytest.fixture(scope="session")
def app(engine: Engine) -> FastAPI:
    return create_app(engine)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def base_url(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on a free port, in a thread of this process."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("JOBSIFT_REQUIRE_SERVICES"):
            pytest.fail(f"JOBSIFT_REQUIRE_SERVICES is set but {CHROMIUM} is absent")
        pytest.skip(f"{CHROMIUM} is absent (install it: make chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Dialogs:
    """Every dialog a page opened (an XSS payload that ran would open one)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, dialog: Any) -> None:
        self.seen.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


@pytest.fixture
def page(browser: Any, base_url: str, dialogs: Dialogs) -> Iterator[Any]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.on("dialog", dialogs)
    yield opened
    context.close()


@pytest.fixture
def phone(browser: Any, base_url: str, dialogs: Dialogs) -> Iterator[Any]:
    context = browser.new_context(
        base_url=base_url, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    opened = context.new_page()
    opened.on("dialog", dialogs)
    yield opened
    context.close()


def screenshot(page: Any, name: str, *, full_page: bool = False) -> None:
    """Save the page as ``docs/screenshots/<name>.png`` (the README shows them)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
