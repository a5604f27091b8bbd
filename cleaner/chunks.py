"""Clean a huge text a block of paragraphs at a time, without a record of every step.

``fix`` and ``check`` need only the clean text and the names of the passes that changed
it, not the before/after texts that diffs and ``explain`` show. :func:`clean_text` gives
exactly that, and runs the leading passes marked ``paragraph_local`` in the registry over
blocks of about :data:`CHUNK_CHARS` characters cut at blank lines, streamed through the
passes one block at a time. The later passes (those that look at the whole document, such
as boilerplate at its edges or split over all its words) then run on the whole text.

Why this gives the same text as :func:`cleaner.pipeline.clean`:

- a block ends with a blank line, and a paragraph-local pass cleans the text before and
  after a blank line independently, except that blank lines between blocks must come out
  as one (:func:`_rejoin` puts it back where a pass stripped it at a block's edge);
- a block boundary never falls inside a fenced code block (its fences read as the pass
  reads them: ``encoding`` repaired) or a reStructuredText simple table, where blank lines
  do not end a paragraph: blocks are regrouped on each pass's own input
  (:func:`_fence_closed_groups`). Nor inside a literal block of reStructuredText: a block
  is cut only before a line that starts in the first column, which ends any literal block.
  (The encoding pass takes ftfy's ``"auto"`` HTML decision line by line, in a tag's lines
  only, so even that is local.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from cleaner.config import Config
from cleaner.lazy_re import lazy_compile
from cleaner.passes import PASS_BY_NAME, Pass
from cleaner.passes.layout import (
    TABLE_BORDER_GAPS,
    fence_open_after,
    holds_any,
    table_open_after,
    visible_lines,
)
from cleaner.passes.whitespace import with_lf_line_ends
from cleaner.pipeline import (
    SPLIT,
    drops_final_newline,
    for_document,
    respacing_steps,
    run_pass,
    settling_steps,
)
from cleaner.textblocks import BLANK_LINE_RE, concatenate

# Whether a fenced code block is open after some lines, given whether one was before them.
FenceReader = Callable[[Sequence[str], bool], bool]
# Characters per block: big enough that per-block overhead vanishes, small next to memory.
CHUNK_CHARS = 1 << 18
# A text ending with a blank line (LF or CRLF), so the next block starts a paragraph.
ENDS_BLANK_RE = lazy_compile(r"\n\r?\n\Z")


def clean_text(
    text: str, config: Config | None = None, *, chunk_chars: int = CHUNK_CHARS
) -> tuple[str, tuple[str, ...], list[tuple[str, str]]]:
    """The clean text, the passes that changed it, and the warnings of those that did not.

    Gives the same text as :func:`cleaner.pipeline.clean`, checked by the same guards, and
    the same warnings as ``CleanResult.notes(config, unchanged_only=True)``.

    >>> clean_text("caf\\u00c3\\u00a9  1\\n\\n\\n\\nb\\n", chunk_chars=4)[:2]
    ('café 1\\n\\nb\\n', ('encoding', 'whitespace'))
    >>> clean_text("a  b", Config(final_newline="keep"))[:2]
    ('a b', ('whitespace',))
    """
    config = for_document(text, config or Config())
    drop = drops_final_newline(text, config)
    return clean_blocks(split_blocks(text, chunk_chars), config, drop_final_newline=drop)


def clean_blocks(
    blocks: Iterable[str], config: Config | None = None, *, drop_final_newline: bool = False
) -> tuple[str, tuple[str, ...], list[tuple[str, str]]]:
    """:func:`clean_text` of the text that ``blocks`` (from :func:`split_blocks`) make up;
    ``drop_final_newline``: its :func:`cleaner.pipeline.drops_final_newline`.

    A caller that hands over ``split_blocks(text, ...)`` and drops its own reference to
    ``text`` lets the input go once the paragraph-local passes have read it: the passes that
    need the whole text then hold one copy of it, plus their own working data.
    """
    config = config or Config()
    if drop_final_newline:  # cleaned with a line end at its end, taken away at the end
        blocks = _with_line_end_at_end(blocks)
    local = _local_prefix(config.passes)
    changed: set[str] = set()
    pieces: Iterable[str] = blocks
    for name in local:
        pieces = _rejoin(_stage(pieces, name, config), name, changed, drop_final_newline)
    current = concatenate(pieces)
    del blocks, pieces  # Spent generators; nothing of the input is left.
    warnings: list[tuple[str, str]] = []
    boilerplate_input = unwrapped = current  # (boilerplate and unwrap are never local)
    for name in config.passes[len(local) :]:
        boilerplate_input = current if name == "boilerplate" else boilerplate_input
        after = run_pass(name, current, config)
        explain = PASS_BY_NAME[name].explain
        if after != current:
            if not (drop_final_newline and current == "\n"):  # (see _rejoin)
                changed.add(name)
            current = after
            for step in respacing_steps(name, current, config):
                changed.add(step.name)
                current = step.after
        elif explain is not None:  # A pass that changed nothing may say why (a bound hit).
            options = config.options_for(name)
            warnings += [(name, note) for note in explain(current, current, **options)]
        del after
        unwrapped = current if name == "unwrap" else unwrapped
    split = SPLIT in changed
    settling = settling_steps(boilerplate_input, current, config, unwrapped, split=split)
    for name, _, after in settling:
        changed.add(name)
        current = after
    del boilerplate_input, unwrapped
    if drop_final_newline:
        current = current.removesuffix("\n")
    return current, tuple(name for name in config.passes if name in changed), warnings


def _with_line_end_at_end(blocks: Iterable[str]) -> Iterator[str]:
    """``blocks`` with a line end put at the end of the last one.

    >>> list(_with_line_end_at_end(["a\\n\\n", "b"])), list(_with_line_end_at_end([]))
    (['a\\n\\n', 'b\\n'], ['\\n'])
    """
    last = None
    for block in blocks:
        if last is not None:
            yield last
        last = block
    yield (last or "") + "\n"


def split_blocks(text: str, chunk_chars: int) -> Iterator[str]:
    """Cut ``text`` into pieces of at least ``chunk_chars``, each ending with a blank line.

    The last piece holds the rest; a text with no blank line is one piece.

    >>> list(split_blocks("a\\n\\nb\\n\\nc", 1))
    ['a\\n\\n', 'b\\n\\n', 'c']
    """
    start = 0
    while start < len(text):
        found = BLANK_LINE_RE.search(text, start + chunk_chars - 1) if chunk_chars else None
        end = found.end() if found else len(text)
        yield text[start:end]
        start = end


def _local_prefix(names: tuple[str, ...]) -> tuple[str, ...]:
    """The leading passes that may run block by block (an ``explain`` hook needs the whole)."""
    count = 0
    while count < len(names) and _is_local(PASS_BY_NAME[names[count]]):
        count += 1
    return names[:count]


def _is_local(cleaning_pass: Pass) -> bool:
    return cleaning_pass.paragraph_local and cleaning_pass.explain is None


def _stage(pieces: Iterable[str], name: str, config: Config) -> Iterator[tuple[str, str]]:
    """Run pass ``name`` over each fence-closed group of pieces: ``(group, output)`` pairs."""
    for group in _fence_closed_groups(pieces, FENCE_READERS.get(name, fence_open_after)):
        yield group, run_pass(name, group, config)


def _encoding_fence_open_after(lines: Sequence[str], inside: bool) -> bool:
    """Whether a fence is open after ``lines`` as the ``encoding`` pass reads fences,
    repaired (``\\x00```\\x9d`` is one there, its NUL dropped)."""
    from cleaner.passes.encoding import fence_open_after_repaired  # (ftfy only if asked)

    return fence_open_after_repaired(lines, inside)


# How a pass reads fences where not as the whitespace pass does (see _fence_closed_groups).
FENCE_READERS: dict[str, FenceReader] = {"encoding": _encoding_fence_open_after}


def _fence_closed_groups(
    pieces: Iterable[str], open_after: FenceReader = fence_open_after
) -> Iterator[str]:
    """Join pieces so that no group ends inside a fenced code block or a reStructuredText
    simple table, whose blank lines end no paragraph either. ``open_after``: whether a fence
    is open after some lines, as the pass reads fences.

    >>> list(_fence_closed_groups(["```\\n\\n", "code\\n\\n", "```\\n\\n", "text"]))
    ['```\\n\\ncode\\n\\n```\\n\\n', 'text']
    >>> list(_fence_closed_groups(["== ==\\na  b\\n\\n", "c  d\\n== ==\\n\\n", "text"]))
    ['== ==\\na  b\\n\\nc  d\\n== ==\\n\\n', 'text']
    """
    pending: list[str] = []
    inside = False
    last = None  # (the last piece goes with what is pending, fenced or not: never searched)
    for piece in pieces:
        if last is not None:
            pending.append(last)
            if "```" in last or "~~~" in last:  # (else no line of it opens or closes a fence)
                lines = with_lf_line_ends(last).split("\n")  # As the whitespace pass sees them.
                inside = open_after(lines, inside)
            if not inside and not _table_open_after(pending):
                yield "".join(pending)
                pending = []
        last = piece
    if last is not None:
        yield "".join([*pending, last])


def _table_open_after(pending: list[str]) -> bool:
    """Whether a simple table opens in the pieces ``pending`` and may close after them
    (:func:`~cleaner.passes.layout.table_open_after`), read as the whitespace pass reads
    lines; asked only of pieces that hold a border's gap."""
    if not any(holds_any(piece, TABLE_BORDER_GAPS) for piece in pending):
        return False
    return table_open_after(visible_lines(with_lf_line_ends("".join(pending)).split("\n")))


def _rejoin(
    pairs: Iterable[tuple[str, str]], name: str, changed: set[str], appended: bool = False
) -> Iterator[str]:
    """Pieces of the whole output: empty ones dropped, one blank line kept between the others.

    Adds ``name`` to ``changed`` if the output differs from the input, piece by piece; not
    for taking away the line end alone that was put at the end of a text (``appended``,
    see :func:`clean_blocks`): it goes from the clean text anyway.

    >>> changed = set()
    >>> list(_rejoin([("a\\n\\n", "a\\n"), ("b\\n", "b\\n")], "x", changed)), changed
    (['a\\n\\n', 'b\\n'], set())
    >>> list(_rejoin([("a\\n\\n", "a\\n"), ("\\n\\n", ""), ("b", "b\\n")], "x", changed))
    ['a\\n\\n', 'b\\n']
    >>> changed
    {'x'}
    """
    previous: tuple[str, str] | None = None
    for group, output in pairs:
        if not output:
            changed.update((name,) if group and not (appended and group == "\n") else ())
            continue
        if previous is not None:
            yield _emit(*previous, True, name, changed)
        previous = group, output
    if previous is not None:
        yield _emit(*previous, False, name, changed)


def _emit(group: str, output: str, more: bool, name: str, changed: set[str]) -> str:
    """One output piece, with the blank line that separates it from the next one restored."""
    if more and not ENDS_BLANK_RE.search(output):
        output += "\n"
    if output != group:
        changed.add(name)
    return output
