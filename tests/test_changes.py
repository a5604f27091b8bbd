"""Changes as data: rule IDs, the JSON objects (golden files, the schema) and ``disable``."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import jsonschema
import pytest
from ftfy.chardata import LIGATURES
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleaner import build_config, clean, clean_and_explain
from cleaner.align import Block
from cleaner.changes import _carrier, _classified, step_changes
from cleaner.classify import (
    FTFY_ORDER,
    _fixer_between,
    classify,
    classify_with_texts,
    encoding_rule,
    unwrap_rule,
)
from cleaner.cli import app
from cleaner.config import ConfigError
from cleaner.data import data_path
from cleaner.json_output import Totals, dumps, file_line, file_object
from cleaner.offsets import carry_spans
from cleaner.passes import PASS_BY_NAME, PASS_NAMES
from cleaner.report import FileOutcome, Status
from cleaner.rules import rule_catalogue
from tests.test_fixtures import CASES, FIXTURES, case_config, read_exact

SCHEMA = json.loads(Path(data_path("changes.schema.json")).read_text(encoding="utf-8"))
GOLDEN = Path(__file__).parent / "data" / "changes"
# Fixtures whose JSON objects are kept as golden files (one or more per pass).
GOLDEN_CASES = (
    "encoding-html-entities",
    "encoding-mojibake-cp1252",
    "encoding-terminal-escapes",
    "whitespace-crlf",
    "whitespace-nbsp-runs",
    "boilerplate-share-bar",
    "boilerplate-extra-patterns",
    "boilerplate-wrapped-signup-among-furniture",
    "unwrap-hyphen-real-word",
    "unwrap-soft-hyphens",
    "unwrap-title-before-first-word",
    "split-forced-and-protected",
    "split-sentence-capital",
)


def fixture_object(case: Path) -> dict:
    config = case_config(case)
    result = clean_and_explain(read_exact(case / "input.txt"), config)
    status = Status.CHANGED if result.changed else Status.UNCHANGED
    return file_object(FileOutcome(case.name, status, result=result), config)


@pytest.mark.parametrize("name", GOLDEN_CASES)
def test_golden_json(name: str) -> None:
    found = fixture_object(FIXTURES / name)
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("CLEANER_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert found == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_every_fixture_object_fits_the_schema_and_its_spans(case: Path) -> None:
    found = fixture_object(case)
    jsonschema.validate(found, SCHEMA)
    original = read_exact(case / "input.txt")
    text = clean(original, case_config(case))
    catalogue = rule_catalogue()
    for change in found["changes"]:
        assert change["rule"] in catalogue or change["rule"].startswith(
            "boilerplate.extra_patterns/"
        )
        assert change["rule"].startswith(change["pass"] + ".")
        (i1, i2), (j1, j2) = change["input"], change["output"]
        assert 0 <= i1 <= i2 <= len(original) and 0 <= j1 <= j2 <= len(text)
    counted = sum(counts["changes"] for counts in found["passes"].values())
    assert counted == len(found["changes"])
    assert bool(found["changes"]) == (text != original)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_json_line_is_the_object_dumped(case: Path) -> None:
    config = case_config(case)
    result = clean_and_explain(read_exact(case / "input.txt"), config)
    outcome = FileOutcome(case.name, Status.CHANGED, result=result, warnings=('w: \u201cx"',))
    for notes in (False, True):
        assert file_line(outcome, config, notes=notes) == dumps(
            file_object(outcome, config, notes=notes)
        )


@pytest.mark.parametrize(
    "outcome",
    [
        FileOutcome('a\n"b\u2028.txt', Status.UNCHANGED, cached=True),
        FileOutcome("a.txt", Status.FAILED, message="bad \udcff byte"),
        FileOutcome("d.jsonl", Status.CHANGED, record_counts=(3, 2, 1)),
        FileOutcome(
            "d.jsonl:2",
            Status.CHANGED,
            result=clean_and_explain("Caf\u00c3\u00a9  &amp; \u201cau\u201d\tlait\r\n"),
            dataset_file="d.jsonl",
            line=2,
            record_id="r\u00e9",
        ),
    ],
)
def test_the_json_line_of_every_kind_of_outcome(outcome: FileOutcome) -> None:
    assert file_line(outcome, build_config()) == dumps(file_object(outcome, build_config()))


def test_a_change_shows_its_text_at_its_spans_when_no_other_pass_touched_it() -> None:
    text = "The order was issuedpreviously by him &amp; her.\n"
    result = clean_and_explain(text)
    for change in result.changes():
        assert text[slice(*change.input)] == change.before
        assert result.text[slice(*change.output)] == change.after


@pytest.mark.parametrize(
    ("text", "passes", "rules"),
    [
        ("a\u2028b\n", ["whitespace"], ["whitespace.line-ends"]),
        ("a  \nb\n", ["whitespace"], ["whitespace.trailing-space"]),
        ("a \t\u00a0b\n", ["whitespace"], ["whitespace.space-run"]),
        ("a\n\n\n\nb\n", ["whitespace"], ["whitespace.blank-lines"]),
        ("\n\na\n", ["whitespace"], ["whitespace.edges"]),
        ("a", ["whitespace"], ["whitespace.final-newline"]),
        ("a\n", ["whitespace"], []),  # negative row: clean text, no change
        ("\u201cHi\u201d\n", ["encoding"], ["encoding.uncurl_quotes"] * 2),
        ("\ufb01ne\n", ["encoding"], ["encoding.fix_latin_ligatures"]),
        ("a\x1b[31mb\n", ["encoding"], ["encoding.remove_terminal_escapes"]),
        ("caf\u00c3\u00a9\n", ["encoding"], ["encoding.fix_encoding"]),
        ("a\r\nb\n", ["encoding"], ["encoding.fix_line_breaks"]),
        # A CRLF line with another fix in it: two changes, each with its own rule.
        ("\u201cHi\r\nb\n", ["encoding"], ["encoding.uncurl_quotes", "encoding.fix_line_breaks"]),
        ("The order was issuedpreviously by him.\n", ["split"], ["split.merged-word"]),
        ("Read the pageThe end of it.\n", ["split"], ["split.capital"]),
    ],
)
def test_rule_of_each_kind_of_change(text: str, passes: list[str], rules: list[str]) -> None:
    config = build_config(select=passes)
    assert [change.rule for change in clean_and_explain(text, config).changes(config)] == rules


def test_unwrap_rules() -> None:
    text = (
        "The committee met on Tuesday to discuss the inter-\n"
        "national agreement and its consequences for the\n"
        "region, which were consid\u00aderable in every way.\n"
    )
    config = build_config(select=["unwrap"])
    rules = [change.rule for change in clean_and_explain(text, config).changes(config)]
    assert rules == ["unwrap.hyphen-join", "unwrap.line-join", "unwrap.soft-hyphen"]


def test_the_catalogue_names_every_rule_once_with_a_description() -> None:
    catalogue = rule_catalogue()
    assert len(catalogue) > 150
    for rule_id, rule in catalogue.items():
        assert rule.id == rule_id and rule.pass_name in PASS_NAMES and rule.description
    encoding_options = set(PASS_BY_NAME["encoding"].options())
    assert {f"encoding.{name}" for name in encoding_options} <= set(catalogue)


def test_cleaner_passes_rules_lists_every_id() -> None:
    result = CliRunner().invoke(app, ["passes", "--rules"])
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.splitlines()]
    assert listed == list(rule_catalogue())


def test_disable_turns_rules_off() -> None:
    quotes = "\u201cHi\u201d\n"
    assert clean(quotes, build_config({"disable": ["encoding.uncurl_quotes"]})) == quotes
    article = "The minister spoke for an hour about the budget and its cuts.\n\nLeave a Reply\n"
    assert clean(article) == article.replace("\n\nLeave a Reply\n", "\n")
    config = build_config({"disable": ["boilerplate.comments/leave-a-reply"]})
    assert clean(article, config) == article
    hyphen = build_config({"disable": ["unwrap.hyphen-join"]})
    assert hyphen.options_for("unwrap")["dehyphenate"] is False


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (["boilerplate.nope"], "unknown rule 'boilerplate.nope'"),
        (["whitespace.edges"], "cannot be disabled alone; skip the pass instead"),
        ("encoding.uncurl_quotes", None),  # a single string is a list of one
    ],
)
def test_disable_errors_name_the_rule(ids: object, message: str | None) -> None:
    if message is None:
        assert build_config({"disable": ids}).options_for("encoding")["uncurl_quotes"] is False
        return
    with pytest.raises(ConfigError, match=message):
        build_config({"disable": ids})


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "dirty.txt").write_bytes("caf\u00c3\u00a9  au lait\r\n".encode())
    (tmp_path / "clean.txt").write_text("Clean.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    return tmp_path


def json_lines(output: str) -> list[dict]:
    objects = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    for found in objects:
        jsonschema.validate(found, SCHEMA)
    return objects


def test_check_json_keeps_its_exit_codes(corpus: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--format", "json", "dirty.txt", "clean.txt"])
    assert result.exit_code == 1
    dirty, clean_file = json_lines(result.stdout)
    assert (dirty["status"], clean_file["status"]) == ("changed", "unchanged")
    assert dirty["passes"]["encoding"]["rules"] == {
        "encoding.fix_encoding": 1,
        "encoding.fix_line_breaks": 1,
    }
    assert "would clean" not in result.stdout
    result = runner.invoke(app, ["check", "--format", "json", "clean.txt"])
    assert result.exit_code == 0 and json_lines(result.stdout)[0]["changes"] == []
    result = runner.invoke(app, ["check", "--format", "json", "bad.txt", "clean.txt"])
    assert result.exit_code == 3
    bad = json_lines(result.stdout)[0]
    assert bad["status"] == "failed" and bad["error"]


def test_explain_and_diff_json_and_the_summary(corpus: Path) -> None:
    runner = CliRunner()
    explained = json_lines(runner.invoke(app, ["explain", "--format", "json", "."]).stdout)
    assert {found["path"] for found in explained} == {"bad.txt", "clean.txt", "dirty.txt"}
    assert all("notes" in found for found in explained if found["status"] != "failed")
    diffed = json_lines(runner.invoke(app, ["diff", "--format", "json", "dirty.txt"]).stdout)
    assert (
        diffed[0]["changes"]
        == next(found for found in explained if found["path"] == "dirty.txt")["changes"]
    )
    result = runner.invoke(app, ["check", "--format", "json", "--summary", "."])
    (summary,) = json_lines(result.stdout)
    assert summary["files"] == 3 and summary["changed"] == 1 and summary["failed"] == 1
    assert summary["passes"]["whitespace"]["changes"] == 1
    result = runner.invoke(app, ["diff", "--summary", "."])
    assert result.exit_code == 2 and "needs --format json" in result.stderr


def test_totals_add_up_the_files() -> None:
    totals = Totals()
    for case in CASES[:20]:
        totals.add(fixture_object(case))
    summary = totals.as_object()
    jsonschema.validate(summary, SCHEMA)
    assert summary["files"] == 20
    assert summary["changed"] == sum(fixture_object(c)["status"] == "changed" for c in CASES[:20])


def test_dataset_records_as_json(corpus: Path) -> None:
    """A record's object names its file, line and id apart; the file's own object counts
    its records (no ``error`` unless it failed); ``--summary`` counts files as files."""
    (corpus / "d.jsonl").write_text(
        '{"id": 7, "text": "a  b"}\n{"id": 8, "text": "ok\\n"}\n{"text": 3}\n', encoding="utf-8"
    )
    (corpus / "e.jsonl").write_text('{"text": "x  y"}\n', encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["check", "--format", "json", "d.jsonl", "e.jsonl"])
    assert result.exit_code == 3
    record, bad, d_file, e_record, e_file = json_lines(result.stdout)
    assert (record["path"], record["line"], record["record"]) == ("d.jsonl", 1, "7")
    # Its text keeps having no line end at its end: one change, the run of spaces.
    assert record["changes"] == [
        {
            "pass": "whitespace",
            "rule": "whitespace.space-run",
            "input": [1, 2],
            "output": [1, 1],
            "before": " ",
            "after": "",
        }
    ]
    assert (bad["line"], bad["status"], "record" in bad) == (3, "failed", False)
    assert d_file["records"] == {"total": 3, "changed": 1, "failed": 1}
    assert d_file["status"] == "failed" and "1 bad record" in d_file["error"]
    assert (e_record["path"], e_record["line"]) == ("e.jsonl", 1) and "record" not in e_record
    assert e_file["status"] == "changed" and "error" not in e_file
    result = runner.invoke(app, ["check", "--format", "json", "--summary", "d.jsonl", "e.jsonl"])
    (summary,) = json_lines(result.stdout)
    assert (summary["files"], summary["changed"], summary["failed"]) == (2, 1, 1)
    assert summary["records"] == {"total": 4, "changed": 2, "failed": 1}
    assert summary["passes"]["whitespace"]["rules"] == {"whitespace.space-run": 2}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_encoding_rules_told_inline_as_encoding_rule_tells_them(case: Path) -> None:
    """classify's inline cases for encoding (the CR of a CRLF, a curly quote) give the
    rule encoding_rule gives, on every fixture's encoding step, with quotes kept or not."""
    config = case_config(case)
    result = clean_and_explain(read_exact(case / "input.txt"), config)
    for step, step_map in zip(result.steps, result.offset_map.steps, strict=True):
        if step.name != "encoding":
            continue
        blocks = [block for block in step_map.blocks if not block.equal]
        for options in (config.options_for("encoding"), {"uncurl_quotes": False}):
            expected = [
                (*block[:4], encoding_rule(step.before, step.after, block, options))
                for block in blocks
            ]
            assert classify("encoding", step.before, step.after, blocks, options) == expected


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_unwrap_rules_told_inline_as_unwrap_rule_tells_them(case: Path) -> None:
    """classify's inline cases for unwrap (a line break become a space, a paragraph break
    put in) give the rule unwrap_rule gives, on every fixture's unwrap step."""
    config = case_config(case)
    result = clean_and_explain(read_exact(case / "input.txt"), config)
    for step, step_map in zip(result.steps, result.offset_map.steps, strict=True):
        if step.name == "unwrap":
            blocks = [block for block in step_map.blocks if not block.equal]
            expected = [(*b[:4], unwrap_rule(step.before, step.after, b, {})) for b in blocks]
            assert classify("unwrap", step.before, step.after, blocks, {}) == expected


# Texts with many changes of one kind: CRs with quotes, joins, paragraph breaks.
ALIKE_TEXTS = (
    "\u201cThe committee met on Tuesday,\u201d she said, \u201cto discuss the\r\n"
    "national agreement and its consequences for the region.\u201d\r\n\r\nIt did.\r\n",
    "Chapter one\nThe committee met on Tuesday to discuss the national\nagreement and "
    "its consequences for the region, and the\nreport of the inter-\nnational board.\n",
    "\n".join(["Wallace", "Stevens", "wrote", "poems.", "He", "worked", "at", "an", "insurer."])
    + "\n\nThe second paragraph has more words than the first one does.\n",
)


# Prose hard-wrapped, with curly quotes and a hyphen at a line's end: an unwrap step of
# many joins and a few changes that move a boundary.
HARD_WRAPPED = (
    "\n".join(
        textwrap.wrap(
            " ".join(
                f"\u201cThe committee met on day {n},\u201d she said, and the inter-national "
                "board agreed to most of the budget for the year."
                for n in range(40)
            ),
            70,
        )
    ).replace("inter-national ", "inter-\nnational ", 3)
    + "\n"
)


@pytest.mark.parametrize(
    "text", [*ALIKE_TEXTS, HARD_WRAPPED, *(read_exact(case / "input.txt") for case in CASES)]
)
def test_the_texts_told_once_are_those_of_every_change_of_their_rule(text: str) -> None:
    """A step's ``texts`` (the JSON line encodes them once a rule) are the before and
    after of every change of their rule in that step."""
    result = clean_and_explain(text)
    for changes in step_changes(result, build_config()) if result.steps else ():
        before, after = changes.step.before, changes.step.after
        for i1, i2, j1, j2, rule in changes.pieces:
            if rule in changes.texts:
                assert (before[i1:i2], after[j1:j2]) == changes.texts[rule]


def test_a_join_told_by_unwrap_rule_keeps_its_rule_out_of_the_texts() -> None:
    """Negative: unwrap_rule calls a line break and a space before it become one space a
    line join too; its texts then differ, so the rule's texts are not told once."""
    before, after = "a \nb\nc", "a b c"
    blocks = [Block(0, 1, 0, 1, True), Block(1, 3, 1, 2, False), Block(3, 4, 2, 3, True)]
    blocks += [Block(4, 5, 3, 4, False), Block(5, 6, 4, 5, True)]
    pieces, texts = classify_with_texts("unwrap", before, after, blocks, {})
    assert [rule for *_, rule in pieces] == ["unwrap.line-join"] * 2
    assert "unwrap.line-join" not in texts
    assert texts == {"unwrap.paragraph-break": ("", "\n")}


def test_spans_carried_across_the_changes_that_move_a_boundary_as_across_the_map() -> None:
    """A step's carrier (its changes of a character for one left out, the text between the
    others kept) carries every span where the step's map carries it, both ways. (A
    word of mojibake, so that the encoding step is no step of replacements alone.)"""
    result = clean_and_explain(HARD_WRAPPED.replace("budget", "caf\u00c3\u00a9 budget", 1))
    built = 0
    for step, step_map in zip(result.steps, result.offset_map.steps, strict=True):
        columns = _classified(step, step_map, build_config())[1:5]
        spans = min(4 * len(step_map.blocks), 32 * len(columns[0]))  # (as many as pay)
        carrier = _carrier(step_map, columns, step.name, spans)
        if carrier is step_map:
            continue
        built += 1
        assert len(carrier.blocks) < len(step_map.blocks)
        for backward, length in ((False, step_map.before_length), (True, step_map.after_length)):
            for width in (0, 1, 3):
                found = [(i, min(i + width, length)) for i in range(length + 1)]
                expected = carry_spans(found, [step_map], backward=backward)
                assert carry_spans(found, [carrier], backward=backward) == expected
    assert built  # (an encoding step of many quotes)


def test_every_ligature_lengthens_a_word() -> None:
    """classify's quick answer for ligatures is tried only where the words after are longer
    (``_words_rule``): each ligature ftfy replaces becomes two characters or more."""
    assert min(map(len, LIGATURES.values())) >= 2


LIGATURE_WORD_PARTS = (
    *("\ufb01", "\ufb02", "\ufb03", "\u0132", "\u01c5", "\ufb06"),  # ligatures
    *("a", "Of", "-", "1", ".", "'", "\u00e9"),  # letters, signs, an accent
    *("&amp;", "&lt", "\u2019", "\u00c3\u00a9", "\u00e2\u20ac\u2122", "\x1b[1m", "\x85", "\x9d"),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LIGATURE_WORD_PARTS), min_size=1, max_size=6))
def test_a_word_changed_by_its_ligatures_alone_is_fix_latin_ligatures(parts: list[str]) -> None:
    """classify's quick answer for a word whose only changes are ligatures: the fixers'
    own search (every fixer tried in order) finds fix_latin_ligatures too, whatever else
    the word holds that the fixers before it would change (mojibake, an entity, a C1
    control, a terminal escape: they shorten, never lengthen)."""
    old = "".join(parts)
    new = old.translate(LIGATURES)
    if new == old:
        return
    fixers = (FTFY_ORDER, "NFC")
    assert _fixer_between.__wrapped__(old, new, *fixers) == "encoding.fix_latin_ligatures"
    block = Block(0, len(old), 0, len(new), False)
    assert encoding_rule(old, new, block, {}) == "encoding.fix_latin_ligatures"
    assert encoding_rule(old, new, block, {"fix_latin_ligatures": False}) != (
        "encoding.fix_latin_ligatures"
    )
