"""The ``encoding`` pass: mojibake, HTML entities, control characters, normalization (ftfy)."""

from __future__ import annotations

from cleaner.passes.encoding_precheck import fix_text_sparingly

DESCRIPTION = "Repair mojibake, HTML entities, control characters and Unicode form (ftfy)."


def fix_encoding(
    text: str,
    *,
    unescape_html: str | bool = "auto",
    remove_terminal_escapes: bool = True,
    fix_encoding: bool = True,
    restore_byte_a0: bool = True,
    replace_lossy_sequences: bool = True,
    decode_inconsistent_utf8: bool = True,
    fix_c1_controls: bool = True,
    fix_latin_ligatures: bool = True,
    fix_character_width: bool = True,
    uncurl_quotes: bool = True,
    fix_line_breaks: bool = True,
    fix_surrogates: bool = True,
    remove_control_chars: bool = True,
    normalization: str = "NFC",
) -> str:
    """Repair the text's characters as ``ftfy.fix_text`` does; every option is ftfy's own.

    The defaults are ftfy's defaults. Set ``uncurl_quotes = false`` to keep curly quotes,
    ``normalization = "NFKC"`` for compatibility folding; ``unescape_html`` is ``"auto"``
    (only when the text has no ``<``), ``true`` or ``false``.

    >>> fix_encoding("The Mona Lisa doesnâ€™t have eyebrows &amp; lashes.")
    "The Mona Lisa doesn't have eyebrows & lashes."
    >>> fix_encoding("“Hi”", uncurl_quotes=False)
    '“Hi”'
    """
    options = {
        "unescape_html": _auto_or_bool(unescape_html),
        "remove_terminal_escapes": remove_terminal_escapes,
        "fix_encoding": fix_encoding,
        "restore_byte_a0": restore_byte_a0,
        "replace_lossy_sequences": replace_lossy_sequences,
        "decode_inconsistent_utf8": decode_inconsistent_utf8,
        "fix_c1_controls": fix_c1_controls,
        "fix_latin_ligatures": fix_latin_ligatures,
        "fix_character_width": fix_character_width,
        "uncurl_quotes": uncurl_quotes,
        "fix_line_breaks": fix_line_breaks,
        "fix_surrogates": fix_surrogates,
        "remove_control_chars": remove_control_chars,
        "normalization": normalization or None,
    }
    # Same output as ftfy.fix_text(text, TextFixerConfig(**options)), but ftfy (and its
    # import) runs only on the lines that can need it; see encoding_precheck.
    return fix_text_sparingly(text, options)


def _auto_or_bool(value: str | bool) -> str | bool:
    """Map the config's ``"auto"``/``"true"``/``"false"`` (or a bool) to ftfy's value."""
    if isinstance(value, bool):
        return value
    return {"auto": "auto", "true": True, "false": False}[value.lower()]
