"""``cleaner report``: the data it gathers, the page's escaping, and the command itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import clean
from cleaner.cli import app
from cleaner.config import Config
from cleaner.pipeline import clean_and_explain
from cleaner.report import FileOutcome, Status
from cleaner.report_html import Limits, ReportBuilder, render_page
from cleaner.report_html.collect import DIFF_CONTEXT
from cleaner.report_html.diff import ADDED, REMOVED, SAME, change_blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PROSE = "The minister spoke for an hour about the budget of the harbour and its ferries."
HOSTILE = "<script>alert(1)</script>  and </textarea> and </script><b>x</b> &amp;\r\n"


def page_data(page: bytes) -> dict:
    """The JSON block of a page, parsed as a browser would (escapes and all)."""
    match = re.search(rb'<script type="application/json" id="report-data">(.*?)</script>', page)
    assert match is not None
    return json.loads(match.group(1).decode("utf-8"))


def changed(path: str, text: str, config: Config | None = None) -> FileOutcome:
    result = clean_and_explain(text, config)
    passes = result.passes
    return FileOutcome(path, Status.CHANGED, passes=passes, result=result)


# (before, after, expected segments of the one changed block)
BLOCK_CASES = [
    ("a  b\n", "a b\n", [["a", SAME], ["␣␣", REMOVED], ["␣", ADDED], ["b", SAME]]),
    ("x\r\ny\r\n", "x\ny\n", [["x", SAME], ["←", REMOVED], ["\ny", SAME], ["←", REMOVED]]),
    ("one\ntwo\n", "one two\n", [["one", SAME], ["⏎", REMOVED], ["␣", ADDED], ["two", SAME]]),
    ("keep\nPost a Comment\n", "keep\n", [["Post␣a␣Comment", REMOVED]]),
]


@pytest.mark.parametrize(("before", "after", "segments"), BLOCK_CASES)
def test_change_blocks_mark_each_change(before: str, after: str, segments: list) -> None:
    assert [seg for _, _, seg in change_blocks(before, after)] == [segments]


def test_change_blocks_of_equal_texts_are_none() -> None:
    assert list(change_blocks("same\n", "same\n")) == []


def test_builder_counts_every_file_and_keeps_bounded_detail() -> None:
    builder = ReportBuilder(Config(), Limits(full_files=2, table_rows=3, rule_examples=1))
    for i in range(4):
        builder.add(changed(f"f{i}.txt", f"{PROSE} ({i})\n\nPost a Comment\n"))
    builder.add(FileOutcome("clean.txt", Status.UNCHANGED))
    builder.add(FileOutcome("bad.txt", Status.FAILED, "not UTF-8"))
    data = builder.data().content
    summary = data["summary"]
    assert (summary["seen"], summary["changed"], summary["unchanged"], summary["failed"]) == (
        6, 4, 1, 1,
    )  # fmt: skip
    assert len(data["files"]) == 3 and data["rows_left_out"] == 2  # clean files not listed
    assert len(data["details"]) == 2
    assert [row[7] for row in data["files"]] == [0, 1, -1]
    (rule,) = data["rules"]
    assert (rule["rule"], rule["hits"], rule["files"]) == ("comments/post-comment", 4, 4)
    assert rule["examples"] == [["f0.txt", 3, "Post a Comment", "anywhere"]]
    boilerplate = data["passes"].index("boilerplate")
    assert summary["changes_per_pass"][boilerplate] == 4
    assert summary["chars_removed"] == 4 * len("Post a Comment") + 4  # its line end too


def test_builder_lists_split_words_with_their_parts_and_notes() -> None:
    builder = ReportBuilder(Config())
    builder.add(changed("s.txt", "The coach was sackedlast week.\n"))
    data = builder.data().content
    assert data["rules"][0]["examples"][0][2] == "sackedlast -> sacked + last"
    split = data["passes"].index("split")
    assert [split, "sackedlast -> sacked + last"] in data["details"][0]["notes"]


def test_size_histogram_counts_each_changed_file_once() -> None:
    builder = ReportBuilder(Config())
    builder.add(changed("a.txt", "a  b\n"))  # 2 removed + 1 added: the "3+" bin
    builder.add(changed("b.txt", "x" * 50 + "\n\n\n"))  # 1 removed: the "1+" bin
    sizes = dict(builder.data().content["sizes"])
    assert sizes["3+"] == 1 and sizes["1+"] == 1 and sum(sizes.values()) == 2


def test_page_escapes_everything_and_keeps_the_text() -> None:
    builder = ReportBuilder(Config())
    path = "dir/\udcff</script>.txt"  # a file name of undecodable bytes, as os.fsdecode gives
    builder.add(changed(path, HOSTILE))
    builder.add(FileOutcome("\ud800lone.txt", Status.FAILED, "not UTF-8 </textarea>"))
    page = render_page(builder.data())
    assert page.count(b"</script>") == 2  # the JSON block's and the code's, no other
    assert b"<b>" not in page and b"</textarea>" not in page and b"alert(1)</" not in page
    data = page_data(page)
    assert data["files"][0][0] == path and data["files"][1][0] == "\ud800lone.txt"
    steps = data["details"][0]["steps"]
    text = "".join(seg[0] for step in steps for block in step[1] for seg in block[2])
    assert "<script>alert(1)</script>" in text


def test_page_needs_nothing_from_the_network() -> None:
    page = render_page(ReportBuilder(Config()).data()).decode("utf-8")
    assert not re.search(r"(src|href)\s*=|https?://(?!www\.w3\.org/2000/svg)|@import", page)
    assert "default-src 'none'" in page


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_report_command_writes_only_the_page(
    runner: CliRunner, tmp_path: Path, isolated_cache_dir: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dirty.txt").write_bytes(b"a  b\r\n")
    (corpus / "clean.txt").write_bytes(b"clean\n")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    before = {p: p.read_bytes() for p in corpus.iterdir()}
    page = tmp_path / "out" / "report.html"
    page.parent.mkdir()
    result = runner.invoke(app, ["report", str(corpus), "-o", str(page), "-j", "1"])
    assert result.exit_code == 3, result.output  # bad.txt failed; it is on the page
    assert {p: p.read_bytes() for p in corpus.iterdir()} == before
    assert sorted(p.name for p in page.parent.iterdir()) == ["report.html"]
    assert list(isolated_cache_dir.iterdir()) == []
    data = page_data(page.read_bytes())
    assert data["summary"]["seen"] == 3
    assert {row[0].rsplit("/", 1)[-1]: row[1] for row in data["files"]} == {
        "dirty.txt": "changed",
        "bad.txt": "failed",
    }
    assert "cleaner: error:" in result.stderr and "bad.txt" in result.stderr


def test_report_command_takes_the_selection_options(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"a  b\r\n")
    (tmp_path / "a.md").write_bytes(b"a  b\r\n")
    page = tmp_path / "r.html"
    args = ["report", str(tmp_path), "-o", str(page), "--include", "*.md", "--pass", "whitespace"]
    assert runner.invoke(app, args).exit_code == 0
    data = page_data(page.read_bytes())
    assert data["passes"] == ["whitespace"]
    assert [row[0].rsplit("/", 1)[-1] for row in data["files"]] == ["a.md"]


def test_report_command_says_why_it_cannot_write(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"a  b\n")
    missing = tmp_path / "no" / "such" / "r.html"
    result = runner.invoke(app, ["report", str(tmp_path / "a.txt"), "-o", str(missing)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"cleaner: error: {missing}: cannot write the report")
    assert "Traceback" not in result.output


def test_report_of_the_fixtures_lists_every_changed_fixture(
    runner: CliRunner, tmp_path: Path
) -> None:
    page = tmp_path / "r.html"
    args = ["report", str(FIXTURES), "--include", "input.txt", "-o", str(page), "-j", "1"]
    assert runner.invoke(app, args).exit_code == 0
    data = page_data(page.read_bytes())
    # The report cleans with the default settings (a case's cleaner.toml is not read).
    inputs = [case / "input.txt" for case in FIXTURES.iterdir() if (case / "input.txt").is_file()]
    texts = [path.read_bytes().decode("utf-8") for path in inputs]
    expected_changed = sum(clean(text) != text for text in texts)
    assert data["summary"]["changed"] == expected_changed
    assert any(rule["rule"].startswith("comments/") for rule in data["rules"])


def test_a_pass_that_runs_twice_counts_both_steps() -> None:
    # Boilerplate settles in a second step here: each step's change blocks count.
    text = (FIXTURES / "boilerplate-settle-menu-after-removal" / "input.txt").read_text()
    result = clean_and_explain(text)
    steps = [step for step in result.steps if step.name == "boilerplate"]
    assert len(steps) == 2 and all(step.before != step.after for step in steps)
    builder = ReportBuilder(Config())
    builder.add(FileOutcome("menu.txt", Status.CHANGED, passes=result.passes, result=result))
    data = builder.data().content
    counted = data["summary"]["changes_per_pass"][data["passes"].index("boilerplate")]
    blocks = [len(list(change_blocks(s.before, s.after, context=DIFF_CONTEXT))) for s in steps]
    assert counted == sum(blocks) and min(blocks) > 0
