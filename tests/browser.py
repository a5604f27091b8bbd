"""Headless Chromium for the report's browser tests: Debian's chromium, driven by Selenium.

Nothing is downloaded: the browser and its driver are the system's (``.ci/run`` installs
them with apt-get). Where they are missing, :func:`open_browser` raises
:class:`BrowserUnavailable` saying why, and the tests skip with that reason.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Where tests leave screenshots for people to look at (ignored by git: build/).
ARTEFACTS = Path(os.environ.get("CLEANER_TEST_ARTEFACTS", Path(__file__).parent.parent / "build"))
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)
# No network, no first-run or background work: the page is a local file.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1600",
)


class BrowserUnavailable(Exception):
    """No headless Chromium can be started here; the message says what is missing."""


def _which(names: tuple[str, ...]) -> str | None:
    return next((path for name in names if (path := shutil.which(name))), None)


@contextmanager
def open_browser() -> Iterator[Any]:
    """A Selenium driver of a fresh headless Chromium, logging the page's console."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise BrowserUnavailable("selenium is not installed (pip install -e '.[test]')") from None
    browser, driver_path = _which(BROWSERS), _which(DRIVERS)
    if browser is None or driver_path is None:
        raise BrowserUnavailable(
            "no chromium or chromedriver on PATH (apt-get install chromium chromium-driver)"
        )
    with tempfile.TemporaryDirectory(prefix="cleaner-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = browser
        for flag in (*FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        try:
            driver = webdriver.Chrome(options=options, service=Service(driver_path))
        except WebDriverException as error:
            raise BrowserUnavailable(f"chromium did not start: {error.msg}") from None
        try:
            driver.set_page_load_timeout(120)
            yield driver
        finally:
            driver.quit()


def console_errors(driver: Any) -> list[dict[str, Any]]:
    """The page's console messages of level SEVERE (errors) since the last call."""
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def save_screenshot(driver: Any, name: str) -> Path:
    """Save a PNG of the window under :data:`ARTEFACTS` and return its path."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / name
    driver.save_screenshot(str(path))
    return path
