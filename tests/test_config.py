"""Settings: defaults, the config file's table, flags, and the errors that name the key."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from cleaner.config import (
    DEFAULT_INCLUDE,
    Config,
    ConfigError,
    build_config,
    find_config_file,
    read_config_file,
)
from cleaner.passes import PASSES, Pass

# The passes on by default, in registry order.
DEFAULT_NAMES = tuple(p.name for p in PASSES if p.enabled_by_default)


def test_defaults_enable_the_default_passes_in_registry_order() -> None:
    assert Config().passes == tuple(p.name for p in PASSES if p.enabled_by_default)
    assert build_config() == Config()
    assert Config().include == DEFAULT_INCLUDE


def test_settings_from_two_files_are_equal_when_they_say_the_same() -> None:
    # ``source`` is for messages: it takes no part in equality or hashing (nor the cache's
    # fingerprint), as the dataclass ``Config`` was before it became a NamedTuple.
    mine, theirs = build_config(source="a/cleaner.toml"), build_config(source="b/pyproject.toml")
    assert mine == theirs and hash(mine) == hash(theirs)
    assert (mine != theirs) is False  # (tuple has its own !=)
    assert mine.source == "a/cleaner.toml"
    assert build_config({"skip": ["split"]}, source="a") != mine
    assert Config()._replace(keep_bom=True) == build_config({"keep_bom": True})
    assert Config() != tuple(Config())  # (a Config is no plain tuple of its fields)


def test_each_pass_s_settings_are_its_keyword_only_defaults() -> None:
    # Read from the function's ``__kwdefaults__`` (no inspect at start-up): the same names,
    # defaults and order as inspect.signature gives, for every pass and a wrapped function.
    def wrapper(text: str, **options: object) -> str:
        return text

    wrapper.__wrapped__ = PASSES[0].function  # type: ignore[attr-defined]
    functions = [p.function for p in PASSES] + [wrapper, str.strip]
    for function in functions:
        signature = inspect.signature(function).parameters.values()
        expected = [(p.name, p.default) for p in signature if p.kind is p.KEYWORD_ONLY]
        assert list(Pass("p", "", True, function).options().items()) == expected


@pytest.mark.parametrize(
    ("settings", "flags", "passes"),
    [
        ({}, {"select": ["whitespace", "encoding"]}, ("encoding", "whitespace")),
        ({"passes": ["whitespace"]}, {}, ("whitespace",)),
        ({"skip": ["encoding"]}, {}, tuple(n for n in DEFAULT_NAMES if n != "encoding")),
        (
            {"skip": ["encoding"]},
            {"skip": ["whitespace"]},
            tuple(n for n in DEFAULT_NAMES if n not in ("encoding", "whitespace")),
        ),
        ({"passes": ["whitespace"]}, {"select": ["encoding"]}, ("encoding",)),
    ],
)
def test_pass_selection(settings: dict, flags: dict, passes: tuple[str, ...]) -> None:
    assert build_config(settings, **flags).passes == passes


def test_pass_settings_override_defaults_and_keep_the_rest() -> None:
    config = build_config({"encoding": {"uncurl_quotes": False, "normalization": "NFKC"}})
    options = config.options_for("encoding")
    assert options["uncurl_quotes"] is False
    assert options["normalization"] == "NFKC"
    assert options["fix_encoding"] is True


def test_flags_replace_globs() -> None:
    config = build_config({"include": ["*.md"], "exclude": ["x/*"]}, include=["*.txt"])
    assert config.include == ("*.txt",)
    assert config.exclude == ("x/*",)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"colour": True}, "unknown setting 'colour' in [tool.cleaner]"),
        ({"encoding": {"curly": True}}, "unknown setting 'curly' in [tool.cleaner.encoding]"),
        ({"encoding": {"uncurl_quotes": "no"}}, "setting 'encoding.uncurl_quotes' must be bool"),
        ({"encoding": True}, "[tool.cleaner.encoding] must be a table"),
        ({"passes": ["nope"]}, "unknown pass 'nope'"),
        ({"include": [1]}, "setting 'include' must be"),
        ({"detect_encoding": "yes"}, "setting 'detect_encoding' must be bool"),
    ],
)
def test_bad_settings_name_the_key(settings: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=None) as raised:
        build_config(settings)
    assert message in str(raised.value)


def test_unescape_html_accepts_bool_or_auto() -> None:
    assert (
        build_config({"encoding": {"unescape_html": False}}).options_for("encoding")[
            "unescape_html"
        ]
        is False
    )


def test_fingerprint_changes_with_output_relevant_settings() -> None:
    assert Config().fingerprint() == build_config().fingerprint()
    assert Config().fingerprint() != build_config(skip=["encoding"]).fingerprint()
    assert (
        Config().fingerprint() != build_config({"encoding": {"uncurl_quotes": False}}).fingerprint()
    )


def test_find_config_file_prefers_nearest(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\nskip = []\n")
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config_file(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "cleaner.toml").write_text("skip = []\n")
    assert find_config_file(deep) == tmp_path / "a" / "cleaner.toml"


def test_read_config_file_tables(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.cleaner]\nskip = ["encoding"]\n[tool.cleaner.encoding]\nx = 1\n')
    assert read_config_file(pyproject) == {"skip": ["encoding"], "encoding": {"x": 1}}
    standalone = tmp_path / "cleaner.toml"
    standalone.write_text('passes = ["whitespace"]\n')
    assert read_config_file(standalone) == {"passes": ["whitespace"]}


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    broken = tmp_path / "cleaner.toml"
    broken.write_text("passes = [\n")
    with pytest.raises(ConfigError, match="invalid TOML in"):
        read_config_file(broken)
