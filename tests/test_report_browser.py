"""The report page in a real browser: headless Chromium, driven by Selenium.

It must load from ``file://`` with no console error, filter its table by pass, and show a
file's diff with each change coloured by its pass, for the bundled fixtures, for hostile
text, and for 10,000 generated files. Screenshots go to build/ (see tests/browser.py).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import BrowserUnavailable, console_errors, open_browser, save_screenshot
from typer.testing import CliRunner

from cleaner.cli import app

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    try:
        with open_browser() as browser:
            yield browser
    except BrowserUnavailable as reason:
        pytest.skip(f"no headless browser: {reason}")


def build_report(paths: list[str], page: Path, *options: str) -> None:
    result = CliRunner().invoke(app, ["report", *paths, "-o", str(page), *options])
    assert result.exit_code in (0, 3), result.output
    assert page.is_file()


def load(driver: Any, page: Path) -> None:
    console_errors(driver)  # forget what an earlier page logged
    driver.get(page.resolve().as_uri())
    driver.find_element("css selector", "body[data-ready]")
    assert console_errors(driver) == []


def visible_paths(driver: Any) -> list[str]:
    """The paths of the table's rows; a lone surrogate (from undecodable bytes in a file name)
    as U+FFFD, since the driver cannot carry one back."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#files tbody tr'),"
        " row => row.getAttribute('data-path').toWellFormed())"
    )


def choose(driver: Any, select_id: str, label: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element("id", select_id)).select_by_visible_text(label)


def test_fixtures_report_filters_and_shows_coloured_diffs(driver: Any, tmp_path: Path) -> None:
    page = tmp_path / "fixtures.html"
    build_report([str(FIXTURES)], page, "--include", "input.txt", "-j", "1")
    load(driver, page)
    everything = visible_paths(driver)
    assert len(everything) > 20
    choose(driver, "filter-pass", "split")
    split_rows = driver.find_elements("css selector", "#files tbody tr")
    assert 0 < len(split_rows) < len(everything)
    for row in split_rows:
        chips = [chip.text for chip in row.find_elements("css selector", ".chip")]
        assert "split" in chips
    split_rows[0].click()
    changes = driver.find_elements("css selector", "#detail .diff span[data-pass='split']")
    assert changes, "the file's split changes are shown"
    colours = {change.value_of_css_property("color") for change in changes}
    background = changes[0].value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert len(colours) == 1  # one colour per pass
    other = driver.find_elements("css selector", "#detail .diff span:not([data-pass='split'])")
    assert {c.value_of_css_property("color") for c in other}.isdisjoint(colours)
    notes = driver.find_element("id", "detail").text
    assert " -> " in notes  # the split note: merged word -> parts
    choose(driver, "filter-pass", "any pass")
    driver.find_element("id", "filter-name").send_keys("disqus")
    assert [p for p in visible_paths(driver)] == [str(FIXTURES / "boilerplate-disqus/input.txt")]
    # A click right after typing (the field loses focus) still opens the file.
    driver.find_element("css selector", "#files tbody tr").click()
    detail = driver.find_element("id", "detail").text
    assert "comments/disqus-powered (strong, anywhere)" in detail  # the rule, from explain
    assert driver.find_elements("css selector", "#detail span.del[data-pass='boilerplate']")
    assert console_errors(driver) == []
    driver.execute_script("window.scrollTo(0, 0)")
    assert save_screenshot(driver, "report-fixtures.png").stat().st_size > 0


def test_hostile_text_stays_text(driver: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile = "</textarea><img src=x onerror=alert(2)> <script>alert(1)</script>  end\r\n"
    (corpus / "hostile.txt").write_text(hostile, encoding="utf-8")
    (corpus / "surrogate.txt").write_bytes(b"a \xed\xa0\x80 b  \r\n")  # an encoded surrogate
    (corpus / "name\xff<b>.txt".encode("latin-1").decode("utf-8", "surrogateescape")).write_bytes(
        b"odd  name\n"
    )
    page = tmp_path / "hostile.html"
    build_report([str(corpus)], page, "-j", "1", "--detect-encoding")
    load(driver, page)
    assert len(driver.find_elements("tag name", "img")) == 0
    assert len(driver.find_elements("tag name", "script")) == 2
    assert len(driver.find_elements("tag name", "textarea")) == 0
    driver.find_element("css selector", "#files tbody tr[data-path$='hostile.txt']").click()
    assert "<script>alert(1)</script>" in driver.find_element("id", "detail").text
    assert len(driver.find_elements("tag name", "img")) == 0
    paths = visible_paths(driver)
    assert any(path.endswith("surrogate.txt") for path in paths)
    assert any(path.endswith("name\ufffd<b>.txt") for path in paths)
    assert console_errors(driver) == []
    save_screenshot(driver, "report-hostile.png")


def generated_corpus(folder: Path, files: int) -> None:
    """Small files: a quarter each with mojibake and furniture, CRLF, a merged word, none."""
    furniture = ["Share this article", "Post a Comment", "Advertisement"]
    for index in range(files):
        text = f"The council voted on plan {index} after the  winter.\n"
        text += "It was read by the mayor’s office.\n"
        kind = index % 4
        if kind == 0:
            text = text.replace("’", "â€™") + "\n" + random.Random(index).choice(furniture) + "\n"
        elif kind == 1:
            text = text.replace("\n", "  \r\n")
        elif kind == 2:
            text = text.replace("read by", "issuedpreviously by")
        else:
            text = f"A clean note, number {index}.\n"
        sub = folder / f"part{index // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"note{index:05d}.txt").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_report_of_10000_files_opens(driver: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generated_corpus(corpus, 10_000)
    page = tmp_path / "large.html"
    build_report([str(corpus)], page, "--no-cache")
    assert page.stat().st_size < 2_000_000
    load(driver, page)
    summary = driver.execute_script(
        "return JSON.parse(document.getElementById('report-data').textContent).summary"
    )
    assert (summary["seen"], summary["changed"]) == (10_000, 7_500)
    assert driver.find_element("id", "row-count").text == "7,500 of 7,500 files listed"
    assert len(visible_paths(driver)) == 100  # one page of the table
    choose(driver, "filter-pass", "split")
    assert driver.find_element("id", "row-count").text == "2,500 of 7,500 files listed"
    driver.find_elements("css selector", "#files tbody tr")[0].click()
    assert driver.find_elements("css selector", "#detail .diff span.ins")
    rule = driver.find_element("css selector", "details.rule[data-rule='split/merged-words']")
    assert "2,500 changes in 2,500 files" in rule.text
    assert console_errors(driver) == []
    print(json.dumps({"page_bytes": page.stat().st_size}))
    save_screenshot(driver, "report-10000.png")
