"""What the ``encoding`` pass asks of ftfy: its settings for the pass's options, and the
ways later passes may leave a line (its views), which ftfy must leave as they are too.

>>> views("caf\u00e9\u00ad  au lait ")
('café  au lait', 'café au lait', 'café au lait ')
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from cleaner.lazy_re import lazy_compile
from cleaner.passes.layout import SOFT_HYPHEN
from cleaner.passes.whitespace import collapse_inner_spaces

if TYPE_CHECKING:
    import ftfy

# Every line break the whitespace pass knows. ftfy decides per LF-terminated segment (whether
# to unescape HTML, whether bytes are mojibake), so it must see the lines the whitespace pass
# will make, or a second run decides otherwise. NEL (U+0085) is not among them: it is often a
# mojibake byte (ftfy reads it as '…'), which ftfy must see in place.
OTHER_BREAK_RE = lazy_compile(r"[\r\x0b\x0c\x1c-\x1e\u2028\u2029]")  # (all but LF)
LINE_BREAK_RE = lazy_compile(rf"(\r\n|\n|{OTHER_BREAK_RE.pattern})")


def views(text: str, *, followed: bool = True) -> tuple[str, ...]:
    """``text`` as later passes may leave it: trailing spaces and soft hyphens gone (and
    line breaks an entity made, which the whitespace pass makes line feeds), then also
    runs of spaces collapsed, and then (if a line ``followed``) the next line joined after
    a space."""
    unhyphenated = text.replace(SOFT_HYPHEN, "")
    if OTHER_BREAK_RE.search(unhyphenated):  # (ftfy splits a text at line feeds only)
        unhyphenated = LINE_BREAK_RE.sub("\n", unhyphenated)
    if "\n" in unhyphenated:
        stripped = "\n".join(line.rstrip() for line in unhyphenated.split("\n"))
    else:  # (one line: most texts asked)
        stripped = unhyphenated.rstrip()
    respaced = as_whitespace_leaves_it(stripped)
    return (stripped, respaced, respaced + " ") if followed else (stripped, respaced)


def as_whitespace_leaves_it(text: str) -> str:
    """Each line with trailing spaces removed and inner runs collapsed, indentation kept."""
    if "\n" not in text:  # (one line: most texts asked)
        return collapse_inner_spaces(text.rstrip())
    return "\n".join(collapse_inner_spaces(line.rstrip()) for line in text.split("\n"))


def entities_kept_whole(text: str) -> bool:
    """Whether ftfy's ``unescape_html = "auto"`` leaves every entity of ``text`` alone: a
    line that holds a ``<`` (``fix_text`` reads a text a line at a time and stops
    unescaping from the first line with a ``<`` on). A text of several lines is taken as
    unescaped throughout (an ``&`` that starts no entity is then still no reason for ftfy).

    >>> entities_kept_whole("&amp; <b>"), entities_kept_whole("&amp;\\n<b>")
    (True, False)
    """
    return "<" in text and "\n" not in text


@lru_cache(maxsize=32)
def ftfy_hard_fixes(
    options: tuple[tuple[str, object], ...], entities_kept: bool
) -> dict[str, bool]:
    """Whether ftfy, with these options, unescapes entities in a text (``"auto"``: unless
    ``entities_kept``, :func:`entities_kept_whole`) and replaces Latin ligatures:
    :func:`entities_and_ligatures_fixed`'s keywords."""
    settings = dict(options)
    unescape = settings["unescape_html"]
    return {
        "unescape": unescape is True or (unescape == "auto" and not entities_kept),
        "ligatures": bool(settings["fix_latin_ligatures"]),
    }


@lru_cache(maxsize=16)
def ftfy_config(options: tuple[tuple[str, object], ...]) -> ftfy.TextFixerConfig:
    """ftfy's config for the pass's options (``normalization = ""`` means none)."""
    import ftfy

    settings = dict(options)
    settings["normalization"] = settings["normalization"] or None
    return ftfy.TextFixerConfig(**settings, explain=False)  # type: ignore[arg-type]
