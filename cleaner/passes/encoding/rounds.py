"""``ftfy.fix_text`` on one line, without the round that only finds the line settled.

ftfy fixes a line in rounds (unescape, ``fix_encoding``, its other fixers, normalization)
until a round changes nothing: a line of mojibake takes two, the second only to find the
first's output stable, at about 40% of the line's cost (``fix_encoding`` asks the badness
regex of the whole repaired line again). Where the pre-check proves that a round would
leave the output as it is (:func:`ftfy_only_uncurls`, no curly quote left to uncurl), that
round is not run. The rounds are ftfy's own (``ftfy.fix_and_explain``, as in the ftfy
version :data:`CHECKED_FTFY`; any other version gets ``ftfy.fix_text`` itself), and
tests/passes/test_encoding_rounds.py compares the two. Within a round, the same proof
spares ``fix_encoding`` its last step (the badness regex over the whole repaired line, to
find no mojibake left), and a line with no HARD character the fixers that act only on those.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from cleaner.passes.encoding.precheck import (
    HARD_RE,
    MAX_SEGMENT,
    MAYBE_BAD_RE,
    ftfy_only_uncurls,
    has_quotes,
    is_bad_around_spots,
    uncurl,
)
from cleaner.scripts import has_cjk

if TYPE_CHECKING:
    import ftfy

# The ftfy versions whose fix_and_explain runs the round of _one_round.
CHECKED_FTFY = ("6.3.1",)
# The fixers a round runs after fix_encoding, in ftfy's order (ftfy.fix_and_explain).
ROUND_FIXERS = (
    "fix_c1_controls",
    "fix_latin_ligatures",
    "fix_character_width",
    "uncurl_quotes",
    "fix_line_breaks",
    "fix_surrogates",
    "remove_terminal_escapes",
    "remove_control_chars",
)


def fix_line(text: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_text(text, config)`` for a ``text`` of one line.

    >>> import ftfy
    >>> fix_line("The Mona Lisa doesnâ€™t have eyebrows.", ftfy.TextFixerConfig(explain=False))
    "The Mona Lisa doesn't have eyebrows."
    """
    import ftfy

    if (
        "\n" in text
        or len(text) >= min(config.max_decode_length, MAX_SEGMENT)
        or config.explain
        or ftfy.__version__ not in CHECKED_FTFY
    ):
        return ftfy.fix_text(text, config)
    if config.unescape_html == "auto" and "<" in text:
        config = config._replace(unescape_html=False)
    while True:
        fixed = _one_round(text, config)
        if fixed == text or _settled(fixed, config):
            return fixed
        text = fixed


def _one_round(text: str, config: ftfy.TextFixerConfig) -> str:
    """One round of ``ftfy.fix_and_explain`` with no explanation kept."""
    import ftfy

    if config.unescape_html:  # (True, or "auto" on a line with no "<")
        text = ftfy.fixes.unescape_html(text)
    if config.fix_encoding:
        text = _fixed_encoding(text)
    if HARD_RE.search(text):
        for name in ROUND_FIXERS:
            if getattr(config, name):
                text = ftfy.FIXERS[name](text)
    elif config.uncurl_quotes:  # (the only fixer of the round that acts on other characters)
        text = uncurl(text)
    if config.normalization is not None:
        text = unicodedata.normalize(config.normalization, text)
    return text


def _fixed_encoding(text: str) -> str:
    """``ftfy.fix_encoding(text)`` with ftfy's default settings (as ``fix_and_explain``
    asks), its steps run until one finds no mojibake: that step is skipped where the
    pre-check proves ``is_bad`` false (an ASCII line, or no spot where it says yes).

    >>> _fixed_encoding("SÃ£o Paulo â€” cafÃ©")
    'São Paulo — café'
    """
    import ftfy

    config = ftfy.TextFixerConfig(explain=False)
    while not _has_no_mojibake(text):
        fixed = ftfy._fix_encoding_one_step_and_explain(text, config).text
        if fixed == text:
            break
        text = fixed
    return text


def _has_no_mojibake(text: str) -> bool:
    """Whether the pre-check proves that ftfy's step of ``fix_encoding`` leaves ``text``
    alone (it is ASCII, or ``is_bad`` finds nothing): True means proven; False, ask ftfy."""
    if text.isascii():
        return True
    # A HARD character may be bad alone (a C1 control); a line break an entity made has
    # ftfy's step read the text whole.
    if HARD_RE.search(text) or "\n" in text:
        return False
    spot = MAYBE_BAD_RE.search(text)
    if spot is None:
        return True
    from ftfy.badness import is_bad  # Deferred: only lines with a spot need it.

    return not is_bad_around_spots(text, spot, is_bad)


def _settled(text: str, config: ftfy.TextFixerConfig) -> bool:
    """Whether the pre-check proves that a round of ftfy leaves ``text`` as it is: it can at
    most uncurl quotes, and there are none (or uncurling is off). In a CJK line the
    pre-check spares full-width forms, which ftfy's own width fix would change: there it
    proves nothing while that fix is on; nor in a text of lines, which the pre-check reads
    a line at a time."""
    if "\n" in text or (config.fix_character_width and has_cjk(text)):
        return False  # (an entity made a line break: ftfy reads the text whole now)
    if config.uncurl_quotes and has_quotes(text):
        return False
    return ftfy_only_uncurls(text, config.normalization, unescape=bool(config.unescape_html))
