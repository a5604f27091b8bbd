"""Diffs as plain data: lists of ``(text, kind)`` segments that output.py prints or colours.

A kind is one of ``""`` (context), ``"header"``, ``"hunk"``, ``"added"``, ``"removed"``.
Plain rendering is the concatenation of the texts, so piped output is ordinary diff text.
"""

from __future__ import annotations

import difflib
import re

Segment = tuple[str, str]

# Word-diff tokens: whitespace runs, words, and single other characters.
TOKEN_RE = re.compile(r"\s+|\w+|[^\w\s]")
# Characters a reader cannot see, shown with a visible stand-in inside a change: Unicode's
# control pictures for the C0 controls (a form feed is ␌) and DEL, and a few others.
VISIBLE_WHITESPACE = str.maketrans(
    {chr(code): chr(0x2400 + code) for code in range(0x20)}
    | {"\x7f": "␡", "\n": "⏎", "\t": "→", "\r": "␍", "\u00a0": "⍽", " ": "␠", "\ufeff": "[BOM]"}
)


def unified_diff(before: str, after: str, name: str) -> list[Segment]:
    """A unified diff as ``git diff`` writes it, one segment per line.

    >>> "".join(text for text, _ in unified_diff("a\\nb\\n", "a\\nc\\n", "f.txt"))
    '--- f.txt\\t(original)\\n+++ f.txt\\t(cleaned)\\n@@ -1,2 +1,2 @@\\n a\\n-b\\n+c\\n'
    """
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"{name}\t(original)",
        tofile=f"{name}\t(cleaned)",
    )
    return [(_terminated(line), _line_kind(line)) for line in lines]


def _terminated(line: str) -> str:
    return line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


def _line_kind(line: str) -> str:
    if line.startswith(("---", "+++")):
        return "header"
    return {"@": "hunk", "+": "added", "-": "removed"}.get(line[:1], "")


def word_diff(before: str, after: str, name: str, *, context: int = 1) -> list[Segment]:
    """A word-level diff like ``git diff --word-diff``: changed words inline, in context.

    >>> segments = word_diff("the  cat\\nsat\\n", "the cat\\nsat\\n", "f.txt")
    >>> "".join(text for text, _ in segments)
    '--- f.txt\\t(original)\\n+++ f.txt\\t(cleaned)\\n@@ -1,2 +1,2 @@\\nthe[-␠␠-]{+␠+}cat\\nsat\\n'
    """
    old_lines, new_lines = before.splitlines(), after.splitlines()
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    segments: list[Segment] = []
    for group in matcher.get_grouped_opcodes(context):
        if not segments:
            segments += [
                (f"--- {name}\t(original)\n", "header"),
                (f"+++ {name}\t(cleaned)\n", "header"),
            ]
        (_, i1, _, j1, _), (_, _, i2, _, j2) = group[0], group[-1]
        segments.append((f"@@ -{i1 + 1},{i2 - i1} +{j1 + 1},{j2 - j1} @@\n", "hunk"))
        for tag, a1, a2, b1, b2 in group:
            old = "\n".join(old_lines[a1:a2])
            if tag == "equal":
                segments.append((old + "\n", ""))
            else:
                segments += inline_changes(old, "\n".join(new_lines[b1:b2]))
                segments.append(("\n", ""))
    return segments


def inline_changes(old: str, new: str) -> list[Segment]:
    """The tokens of ``old`` and ``new`` merged, changes marked ``[-gone-]{+added+}``.

    Whitespace inside a change is made visible, since a change of spaces is otherwise blank.

    >>> "".join(text for text, _ in inline_changes("issuedpreviously", "issued previously"))
    '[-issuedpreviously-]{+issued␠previously+}'
    """
    old_tokens, new_tokens = TOKEN_RE.findall(old), TOKEN_RE.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    segments: list[Segment] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(("".join(old_tokens[a1:a2]), ""))
            continue
        if a2 > a1:
            segments.append((f"[-{_visible(old_tokens[a1:a2])}-]", "removed"))
        if b2 > b1:
            segments.append((f"{{+{_visible(new_tokens[b1:b2])}+}}", "added"))
    return segments


def _visible(tokens: list[str]) -> str:
    return "".join(tokens).translate(VISIBLE_WHITESPACE)
