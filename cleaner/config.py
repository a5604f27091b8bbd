"""Settings: defaults, then ``[tool.cleaner]`` (or ``cleaner.toml``), then command-line flags.

Everything here is immutable and built by one pure function, :func:`build_config`; only
:func:`find_config_file` and :func:`read_config_file` touch the disk.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from cleaner.passes import PASS_BY_NAME, PASS_NAMES, PASSES

DEFAULT_INCLUDE = ("*.txt",)
# The passes a run makes unless told otherwise, in the registry's canonical order.
DEFAULT_PASSES = tuple(p.name for p in PASSES if p.enabled_by_default)
ConfigFile = dict[str, Any]


class ConfigError(Exception):
    """A setting is wrong; the message names it and says how to fix it."""


class Config(NamedTuple):
    """What to clean and how. Build variants with ``config._replace(...)``.

    (A NamedTuple, as ftfy's ``TextFixerConfig``: a dataclass would import ``dataclasses``
    and ``inspect``, ~8 ms of every process's start-up.)

    >>> Config().passes[:2]
    ('encoding', 'whitespace')
    """

    # Enabled passes, always in the registry's canonical order.
    passes: tuple[str, ...] = DEFAULT_PASSES
    # Per pass, the settings that differ from the pass's defaults, as sorted (key, value) pairs.
    overrides: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    # Globs (on the file name or the path below the folder) for files found in folders.
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    # Guess the encoding of files that are not UTF-8 instead of skipping them.
    detect_encoding: bool = False
    # Write a UTF-8 BOM back to files that had one.
    keep_bom: bool = False
    # The field of each dataset record (JSON Lines, Parquet) that is cleaned.
    field: str = "text"
    # A dataset format for every file ("jsonl", "parquet"); None: chosen by file extension.
    input_format: str | None = None
    # "add": the clean text ends with one newline; "keep": only if the text ended with a
    # line end (blank lines and spaces after it still go). None: "add" for a text file,
    # "keep" for a dataset record or a datatrove document (see :meth:`for_records`).
    final_newline: str | None = None
    # The file the settings came from, if any (for messages only: equal settings from two
    # files are equal, so it is the last field, left out of ``==`` and ``hash``).
    source: str | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Config) and self[:-1] == other[:-1]

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self[:-1])

    def options_for(self, name: str) -> dict[str, Any]:
        """The full settings of pass ``name``: its defaults with this config's overrides.

        >>> Config(overrides=(("encoding", (("uncurl_quotes", False),)),)).options_for(
        ...     "encoding")["uncurl_quotes"]
        False
        """
        return {**_pass_defaults(name), **dict(dict(self.overrides).get(name, ()))}

    def for_records(self) -> Config:
        """The settings a dataset record's text is cleaned with: ``final_newline`` "keep"
        unless set, so that a record keeps the shape its dataset gives it.

        >>> Config().for_records().final_newline
        'keep'
        >>> Config(final_newline="add").for_records().final_newline
        'add'
        """
        return self if self.final_newline else self._replace(final_newline="keep")

    def fingerprint(self) -> str:
        """A stable text that changes whenever the output could (for caches)."""
        # Dataset settings count only when set, so that caches made before them stay valid.
        datasets = (("field", self.field),) if self.field != "text" else ()
        datasets += (("format", self.input_format),) if self.input_format is not None else ()
        datasets += (("final_newline", self.final_newline),) if self.final_newline else ()
        return repr((self.passes, self.overrides, self.detect_encoding, self.keep_bom, *datasets))


# Top-level keys of [tool.cleaner] besides the per-pass tables.
TOP_LEVEL_KEYS = (
    "passes",
    "skip",
    "include",
    "exclude",
    "detect_encoding",
    "keep_bom",
    "disable",
    "field",
    "input_format",
    "final_newline",
)
# Values of ``input_format`` (``--input-format``): the dataset formats, or "text".
FORMATS = ("text", "jsonl", "parquet")
# Values of ``final_newline``.
FINAL_NEWLINES = ("add", "keep")


def build_config(
    file_settings: Mapping[str, Any] | None = None,
    *,
    select: Iterable[str] = (),
    skip: Iterable[str] = (),
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    detect_encoding: bool | None = None,
    field: str | None = None,
    input_format: str | None = None,
    source: str | None = None,
) -> Config:
    """Merge defaults, a config file's ``[tool.cleaner]`` table and command-line flags.

    Flags win over the file: ``select`` replaces the file's pass list and skip list,
    ``skip`` adds to its skip list, ``include``/``exclude`` replace the file's globs when given.

    >>> build_config({"skip": ["encoding"]}, select=["encoding", "whitespace"]).passes
    ('encoding', 'whitespace')
    >>> build_config({"colour": 1})
    Traceback (most recent call last):
    ...
    cleaner.config.ConfigError: unknown setting 'colour' in [tool.cleaner]; known: ...
    """
    settings = dict(file_settings or {})
    where = f" in {source}" if source else ""
    for key in settings:
        if key not in TOP_LEVEL_KEYS and key not in PASS_BY_NAME:
            known = ", ".join((*TOP_LEVEL_KEYS, *PASS_NAMES))
            raise ConfigError(f"unknown setting {key!r} in [tool.cleaner]{where}; known: {known}")
    select = list(select)
    chosen = select or _string_list(settings, "passes", where) or list(DEFAULT_PASSES)
    skipped = {*skip} if select else {*_string_list(settings, "skip", where), *skip}
    _check_pass_names([*chosen, *skipped], where)
    overrides = tuple(
        (name, _pass_overrides(name, settings[name], where))
        for name in PASS_NAMES
        if name in settings
    )
    if disabled := _string_list(settings, "disable", where):
        overrides = _with_disabled(overrides, disabled, where)
    detect = settings.get("detect_encoding", False) if detect_encoding is None else detect_encoding
    return Config(
        passes=tuple(n for n in PASS_NAMES if n in chosen and n not in skipped),
        overrides=overrides,
        include=tuple(include)
        or tuple(_string_list(settings, "include", where))
        or DEFAULT_INCLUDE,
        exclude=tuple(exclude) or tuple(_string_list(settings, "exclude", where)),
        detect_encoding=_typed(detect, bool, "detect_encoding", where),
        keep_bom=_typed(settings.get("keep_bom", False), bool, "keep_bom", where),
        field=_field(field or settings.get("field", "text"), where),
        input_format=_one_of(
            input_format or settings.get("input_format"), FORMATS, "input_format", where
        ),
        final_newline=_one_of(
            settings.get("final_newline"), FINAL_NEWLINES, "final_newline", where
        ),
        source=source,
    )


def _field(value: Any, where: str) -> str:
    """The record field to clean: a non-empty string."""
    if not isinstance(value, str) or not value:
        raise ConfigError(f"setting 'field'{where} must be a field name, not {value!r}")
    return value


def _one_of(value: Any, choices: tuple[str, ...], key: str, where: str) -> str | None:
    """One of ``choices``, or None (unset: the setting's default).

    >>> _one_of("keep", FINAL_NEWLINES, "final_newline", "")
    'keep'
    >>> _one_of("csv", FORMATS, "input_format", "")
    Traceback (most recent call last):
    ...
    cleaner.config.ConfigError: setting 'input_format' must be one of text, jsonl, ...
    """
    if value is not None and value not in choices:
        raise ConfigError(
            f"setting {key!r}{where} must be one of {', '.join(choices)}, not {value!r}"
        )
    return value


def load_settings(
    config_file: Path | None = None,
    *,
    select: Iterable[str] = (),
    skip: Iterable[str] = (),
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    detect_encoding: bool | None = None,
    search_from: Path | None = None,
    field: str | None = None,
    input_format: str | None = None,
) -> Config:
    """The settings of a command-line run: the given or nearest config file, then the flags.

    The nearest file is looked for from ``search_from`` (default: the current folder)
    upward, e.g. from the folder of ``--stdin-filename``.
    """
    path = config_file or find_config_file(search_from or Path.cwd())
    if config_file is not None and not config_file.is_file():
        raise ConfigError(f"config file {config_file} does not exist")
    table = read_config_file(path) if path else {}
    return build_config(
        table,
        select=select,
        skip=skip,
        include=include,
        exclude=exclude,
        detect_encoding=detect_encoding,
        field=field,
        input_format=input_format,
        source=str(path) if path else None,
    )


def find_config_file(start: Path) -> Path | None:
    """The nearest ``cleaner.toml``, or ``pyproject.toml`` with ``[tool.cleaner]``, upward."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / "cleaner.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and b"[tool.cleaner" in pyproject.read_bytes():
            return pyproject
    return None


def read_config_file(path: Path) -> ConfigFile:
    """The cleaner table of ``path``: ``[tool.cleaner]`` of a pyproject, else the whole file."""
    import tomllib  # Deferred: most runs have no config file.

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read config {path}: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML in {path}: {error}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("cleaner", {})
    return data.get("tool", {}).get("cleaner", data)


@cache
def _pass_defaults(name: str) -> dict[str, Any]:
    return dict(PASS_BY_NAME[name].options())


def _pass_overrides(name: str, table: Any, where: str) -> tuple[tuple[str, Any], ...]:
    """Validate a ``[tool.cleaner.<name>]`` table against the pass's signature."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"[tool.cleaner.{name}]{where} must be a table of settings")
    defaults = _pass_defaults(name)
    hints = typing.get_type_hints(PASS_BY_NAME[name].function)
    pairs = []
    for key, value in table.items():
        if key not in defaults:
            known = ", ".join(defaults) or "none"
            raise ConfigError(
                f"unknown setting {key!r} in [tool.cleaner.{name}]{where}; known: {known}"
            )
        pairs.append((key, _typed(value, hints.get(key, Any), f"{name}.{key}", where)))
    return tuple(sorted(pairs))


def _with_disabled(
    overrides: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...], ids: list[str], where: str
) -> tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]:
    """``overrides`` with the settings that ``disable = ids`` stands for (see cleaner/rules.py).

    >>> _with_disabled((), ["unwrap.hyphen-join"], "")
    (('unwrap', (('dehyphenate', False),)),)
    """
    from cleaner.rules import BOILERPLATE_DISABLE, disabled_settings

    try:
        extra = disabled_settings(ids)
    except ValueError as error:
        raise ConfigError(f"setting 'disable'{where}: {error}") from None
    tables = {name: dict(pairs) for name, pairs in overrides}
    for name, table in extra.items():
        merged = tables.setdefault(name, {})
        for key, value in table.items():
            if key == BOILERPLATE_DISABLE:
                value = (*merged.get(key, ()), *value)  # type: ignore[misc]
            merged[key] = value
    return tuple(
        (name, tuple(sorted(tables[name].items()))) for name in PASS_NAMES if name in tables
    )


def _typed(value: Any, expected: Any, key: str, where: str) -> Any:
    """Check ``value`` against a type hint; lists become tuples so configs stay immutable."""
    if not _conforms(value, expected):
        raise ConfigError(f"setting {key!r}{where} must be {_type_name(expected)}, not {value!r}")
    return tuple(value) if isinstance(value, list) else value


def _conforms(value: Any, expected: Any) -> bool:
    """True if ``value`` fits the hint: a type, ``Literal``, union, or tuple/list of str.

    >>> _conforms("NFC", typing.Literal["NFC", ""]), _conforms(True, bool | typing.Literal["a"])
    (True, True)
    >>> _conforms(1, bool), _conforms(True, int), _conforms(["x", 1], tuple[str, ...])
    (False, False, False)
    """
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if expected is Any:
        return True
    if origin is typing.Literal:
        return value in args and all(type(value) is type(arg) for arg in args if arg == value)
    if origin in (tuple, list):
        return isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
    if args:  # a union such as ``bool | Literal["auto"]``
        return any(_conforms(value, arg) for arg in args)
    if expected is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, expected) and not (expected is int and isinstance(value, bool))


def _type_name(expected: Any) -> str:
    if typing.get_origin(expected) is typing.Literal:
        return " or ".join(repr(arg) for arg in typing.get_args(expected))
    if typing.get_args(expected) and typing.get_origin(expected) not in (tuple, list):
        return " or ".join(_type_name(arg) for arg in typing.get_args(expected))
    return getattr(expected, "__name__", None) or str(expected).replace("typing.", "")


def _string_list(settings: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = settings.get(key, [])
    if isinstance(value, str):
        value = [value]
    return list(_typed(value, tuple[str, ...], key, where))


def _check_pass_names(names: Iterable[str], where: str) -> None:
    for name in names:
        if name not in PASS_BY_NAME:
            raise ConfigError(f"unknown pass {name!r}{where}; passes are: {', '.join(PASS_NAMES)}")


def config_fields() -> tuple[str, ...]:
    """Names of the top-level settings (for documentation tests)."""
    return Config._fields
