"""Run the enabled passes once, in canonical order, and record what each one changed."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from cleaner.config import Config
from cleaner.passes import PASS_BY_NAME

# Rounds of ``boilerplate`` (and the passes after it) that settle a clean text, at most.
SETTLING_ROUNDS = 3
# The pass after which ``whitespace`` judges the text again (see :func:`respacing_steps`).
RESPACED_AFTER = "pages"
# The pass whose changes ``join`` may read otherwise (see :func:`rejoining_steps`).
SPLIT = "split"

if TYPE_CHECKING:
    from cleaner.changes import Change
    from cleaner.offsets import OffsetMap


class ContentGuardError(Exception):
    """A pass changed the text in a way it does not document; the file must stay as it is."""

    def __init__(self, pass_name: str, problem: str) -> None:
        super().__init__(pass_name, problem)
        self.pass_name = pass_name
        self.problem = problem

    def __str__(self) -> str:
        return (
            f"content guard: pass {self.pass_name!r} {self.problem}; left untouched "
            f"(a bug in cleaner: please report it; --skip {self.pass_name} to go on)"
        )


class Step(NamedTuple):
    """One pass that changed the text: its name and the text before and after it."""

    name: str
    before: str
    after: str


class CleanResult:
    """The cleaned text and the steps that made it; ``steps`` is empty for clean input.

    Immutable, compared by its three fields. (A plain class: a dataclass would import
    ``dataclasses`` and ``inspect``, ~8 ms of every process's start-up.)
    """

    original: str
    text: str
    steps: tuple[Step, ...]

    def __init__(self, original: str, text: str, steps: tuple[Step, ...]) -> None:
        vars(self).update(original=original, text=text, steps=steps)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a CleanResult is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a CleanResult is immutable")

    def __eq__(self, other: object) -> bool:
        return type(other) is CleanResult and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"CleanResult(original={self.original!r}, text={self.text!r}, steps={self.steps!r})"

    def _fields(self) -> tuple[str, str, tuple[Step, ...]]:
        return self.original, self.text, self.steps

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @cached_property
    def offset_map(self) -> OffsetMap:
        """Offsets of ``text`` mapped to ``original`` and back; built on first use."""
        from cleaner.offsets import OffsetMap

        return OffsetMap.of([(step.name, step.before, step.after) for step in self.steps])

    def source_offset(self, offset: int) -> int:
        """The offset of ``original`` that ``text[offset]`` came from (for a changed
        character, the start of what the change replaced).

        >>> result = clean_and_explain("a  b")
        >>> result.text[2], result.source_offset(2)
        ('b', 3)
        """
        return self.offset_map.source_offset(offset)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that ``text[start:end]`` came from."""
        return self.offset_map.source_span(start, end)

    def output_offset(self, offset: int) -> int | None:
        """Where ``original[offset]`` is in ``text``, or None if a pass changed it."""
        return self.offset_map.output_offset(offset)

    def changes(self, config: Config | None = None) -> list[Change]:
        """Every change, with its rule ID and its spans in ``original`` and ``text``."""
        from cleaner.changes import find_changes
        from cleaner.offsets import collection_paused

        with collection_paused():
            return find_changes(self, config or Config())

    def notes(self, config: Config, *, unchanged_only: bool = False) -> list[tuple[str, str]]:
        """``(pass, note)`` for what passes say beyond the diff: rules matched, bounds hit.

        Asked of every enabled pass that has an ``explain`` hook, changed or not, so that a
        pass that chose to change nothing can say why. ``unchanged_only`` asks only those:
        their notes are warnings (a safety bound that kept the text, a setting ignored).
        """
        notes, current = [], self.original
        pending = list(self.steps)  # The first round's steps come in the passes' order.
        # The texts as the passes saw them: with the line end put at the end of a text
        # that had none, and taken away from its steps (see clean_and_explain).
        as_run = _with_final_newline if drops_final_newline(self.original, config) else str
        for name in config.passes:
            step = pending.pop(0) if pending and pending[0].name == name else None
            after = step.after if step else current
            explain = PASS_BY_NAME[name].explain
            if explain is not None and not (unchanged_only and step):
                options = config.options_for(name)
                notes += [
                    (name, note) for note in explain(as_run(current), as_run(after), **options)
                ]
            current = after
            if step and name == RESPACED_AFTER and pending and pending[0].name == "whitespace":
                current = pending.pop(0).after  # (see respacing_steps; whitespace says nothing)
        for step in [] if unchanged_only else pending:  # Settling rounds (see settling_steps).
            explain = PASS_BY_NAME[step.name].explain
            if explain is not None:
                options = config.options_for(step.name)
                texts = as_run(step.before), as_run(step.after)
                notes += [(step.name, note) for note in explain(*texts, **options)]
        return notes

    @property
    def passes(self) -> tuple[str, ...]:
        """The names of the passes that changed the text, each once, in canonical order.

        >>> clean_and_explain("a  b").passes
        ('whitespace',)
        """
        changed = {step.name for step in self.steps}
        return tuple(name for name in PASS_BY_NAME if name in changed)


def _with_final_newline(text: str) -> str:
    """``text`` with the final newline a clean text has (none if it is empty)."""
    return text + "\n" if text else text


def clean_and_explain(text: str, config: Config | None = None) -> CleanResult:
    """Clean ``text`` and keep the record of every pass that changed it.

    Every change is checked by the content guard (see cleaner/guard/), which raises
    :class:`ContentGuardError` naming the pass if one lost words.

    >>> result = clean_and_explain("a  b")
    >>> result.text, [step.name for step in result.steps]
    ('a b\\n', ['whitespace'])

    With ``final_newline = "keep"``, a text that does not end with a line end is cleaned
    as if it did, and that line end is taken away from every step (see
    :func:`drops_final_newline`):

    >>> clean_and_explain("a  b", Config(final_newline="keep")).steps
    (Step(name='whitespace', before='a  b', after='a b'),)
    """
    config = for_document(text, config or Config())
    if not drops_final_newline(text, config):
        steps = _steps(text, config)
    else:
        steps = _without_final_newline(_steps(text + "\n", config))
    return CleanResult(text, steps[-1].after if steps else text, tuple(steps))


def drops_final_newline(text: str, config: Config) -> bool:
    """Whether the clean form of ``text`` goes without a final newline: it has no line end
    at its end and ``config`` keeps that (``final_newline = "keep"``: a dataset record's).

    It is then cleaned as the text with a line end at its end (each pass sees what it
    would see in a text file), and the final newline is taken away at the end.

    >>> keep = Config(final_newline="keep")
    >>> drops_final_newline("a b", keep), drops_final_newline("a b\\n\\n ", keep)
    (True, False)
    >>> drops_final_newline("a b", Config())
    False
    """
    if config.final_newline != "keep" or not text:  # (an empty text gets no newline anyway)
        return False
    from cleaner.passes.whitespace import ends_with_line_end  # (a pass's module)

    return not ends_with_line_end(text)


def for_document(text: str, config: Config) -> Config:
    """``config`` with the settings it leaves to the document ("auto") judged on the whole
    of ``text``, before a pass sees any block of it: whether ``whitespace`` keeps Markdown's
    hard line breaks (:func:`cleaner.passes.whitespace.keeps_markdown_breaks`), so that a
    text cut into blocks (see cleaner/chunks.py) is cleaned as the whole of it is.

    >>> for_document("Jane Doe  \\nJohn Roe\\n", Config()).options_for("whitespace")
    {'markdown_breaks': False}
    """
    if "whitespace" not in config.passes:
        return config
    options = dict(dict(config.overrides).get("whitespace", ()))
    if options.get("markdown_breaks", "auto") != "auto":
        return config
    from cleaner.passes.whitespace import keeps_markdown_breaks  # (a pass's module)

    options["markdown_breaks"] = keeps_markdown_breaks(text)
    others = tuple(pair for pair in config.overrides if pair[0] != "whitespace")
    overrides = tuple(sorted((*others, ("whitespace", tuple(sorted(options.items()))))))
    return config._replace(overrides=overrides)


def _without_final_newline(steps: list[Step]) -> list[Step]:
    """``steps`` of a text cleaned with a line end put at its end, that line end taken away
    from each text (a step then left with nothing to do goes).

    >>> steps = [Step("whitespace", "a  b\\n", "a b\\n"), Step("x", "a b\\n", "a b")]
    >>> _without_final_newline(steps)
    [Step(name='whitespace', before='a  b', after='a b')]
    """
    kept = []
    for name, before, after in steps:
        before, after = before.removesuffix("\n"), after.removesuffix("\n")
        if after != before:
            kept.append(Step(name, before, after))
    return kept


def _steps(text: str, config: Config) -> list[Step]:
    """The steps of every pass that changed ``text``, settling rounds included."""
    steps: list[Step] = []
    current = boilerplate_input = unwrapped = text
    for name in config.passes:
        boilerplate_input = current if name == "boilerplate" else boilerplate_input
        after = run_pass(name, current, config)
        if after != current:
            steps.append(Step(name, current, after))
            current = after
            for step in respacing_steps(name, current, config):
                steps.append(step)
                current = step.after
        unwrapped = current if name == "unwrap" else unwrapped
    split = any(step.name == SPLIT for step in steps)
    settling = settling_steps(boilerplate_input, current, config, unwrapped, split=split)
    for name, before, after in settling:
        steps.append(Step(name, before, after))
        current = after
    return steps


def respacing_steps(name: str, text: str, config: Config) -> Iterator[Step]:
    """``whitespace`` again on ``text``, if pass ``name`` (which changed it) is ``pages``.

    ``whitespace`` runs before ``pages`` and judges a line's spacing by its paragraph: an
    indented line after a blank line is code, its gaps kept; under a list item's line it
    goes on with the item, its gaps squeezed. ``pages`` takes out a page's footer, header
    and blank lines, and puts its first lines under the last of the page before: a second
    run would judge them there (RFC 5931's contents, ``2.7.2.  Passwords`` under ``2.
    Specification``'s entries). So ``whitespace`` judges them there now.

    >>> list(respacing_steps("join", "a  b\\n", Config()))
    []
    """
    if name != RESPACED_AFTER or "whitespace" not in config.passes:
        return
    after = run_pass("whitespace", text, config)
    if after != text:
        yield Step("whitespace", text, after)


def settling_steps(
    boilerplate_input: str,
    current: str,
    config: Config,
    unwrapped: str | None = None,
    *,
    split: bool = False,
) -> Iterator[tuple[str, str, str]]:
    """The steps that settle a text the passes cleaned (``current``; ``boilerplate`` ran on
    ``boilerplate_input`` on the way, and ``unwrap`` left ``unwrapped``, if given) so that
    a second run changes nothing: ``(pass, before, after)`` for each pass that changed it.
    Those of ``boilerplate`` first, then, if ``split`` changed the text (``split``), those
    of ``join`` (:func:`rejoining_steps`), then those of ``unwrap``
    (:func:`rewrapping_steps`).

    ``boilerplate`` runs before ``unwrap``, which may join a wrapped line into one it
    matches (``Thank you`` / ``for signing up!``) or part short lines, which changes the
    menus and the safety bound it judges; and a line it removes changes the neighbours and
    edges of the others. So where it found furniture, it runs again on the clean text, and
    if it removes more, the passes after it run again; at most :data:`SETTLING_ROUNDS`
    times.

    A page it settles is in ``tests/test_idempotence_real.py``; on most, the second round
    finds nothing more:

    >>> prose = "The council met on Tuesday and agreed on most of the budget for the year."
    >>> page = f"Share this:\\n\\n{prose}\\n"
    >>> list(settling_steps(page, clean(page), Config()))
    []
    """
    after_unwrap = _passes_after("unwrap", config)
    for name, before, after in _boilerplate_settling_steps(boilerplate_input, current, config):
        yield name, before, after
        current = after
        # (unwrap ran on the text the last pass before it left, and left it so if it
        # changed nothing)
        unwrapped = after if name not in after_unwrap else unwrapped
        split = split or name == SPLIT
    if split:
        for name, before, after in rejoining_steps(current, config):
            yield name, before, after
            current = after
    if unwrapped is not None:
        yield from rewrapping_steps(unwrapped, current, config)


def rejoining_steps(current: str, config: Config) -> Iterator[tuple[str, str, str]]:
    """The steps that settle a text ``split`` changed (``current``) so that the next run's
    ``join`` changes nothing: ``join`` runs before ``split``, which may part a merge that
    hid a word a stray space broke (``andthe ir``: ``and the ir``, which the next run's
    ``join`` mends). So ``join`` runs again on it, and if it changes it, ``split`` again;
    at most :data:`SETTLING_ROUNDS` times. ``(pass, before, after)`` for each that changed.

    >>> text = "The e fforts were huge. Campers were floded, and the ir owner slept in a barn.\\n"
    >>> [(name, after) for name, _, after in rejoining_steps(text, Config())]
    [('join', 'The efforts were huge. Campers were floded, and their owner slept in a barn.\\n')]
    >>> list(rejoining_steps("The efforts were huge.\\n", Config()))
    []
    """
    if "join" not in config.passes:
        return
    for _ in range(SETTLING_ROUNDS):
        after = run_pass("join", current, config)
        if after == current:
            return
        yield "join", current, after
        current = after
        again = list(_passes_again(_passes_after("join", config), current, config))
        if not again:
            return  # (nothing after join changed the text: the next run's join finds it so)
        for step in again:
            yield step
            current = step.after


def _boilerplate_settling_steps(
    boilerplate_input: str, current: str, config: Config
) -> Iterator[tuple[str, str, str]]:
    """The steps of :func:`settling_steps` that ``boilerplate`` asks for."""
    if "boilerplate" not in config.passes:
        return
    from cleaner.passes.boilerplate import may_remove_more  # Deferred: a pass's module.

    later = _passes_after("boilerplate", config)
    options = config.options_for("boilerplate")
    for _ in range(SETTLING_ROUNDS):
        if not may_remove_more(boilerplate_input, **options):
            return
        after = run_pass("boilerplate", current, config)
        if after == current:
            return
        yield "boilerplate", current, after
        boilerplate_input, current = current, after
        for step in _passes_again(later, current, config):
            yield step
            current = step.after


def rewrapping_steps(
    unwrapped: str, current: str, config: Config
) -> Iterator[tuple[str, str, str]]:
    """The steps that settle a text whose lines the passes after ``unwrap`` changed
    (``current``; ``unwrap`` left ``unwrapped``) so that the next run's ``unwrap`` changes
    nothing: ``(pass, before, after)`` for each pass that changed it (issue 13).

    ``split`` parts a word (``budgetpaper``) and ``join`` joins one in lines ``unwrap``
    judged: a line it kept line for line is a column longer or shorter, and the next run
    may read a wrap width off it where this one found none (``budget paper paper budget``,
    24 columns: the block is joined). So unless ``unwrap`` surely reads their output as
    it read its own (:func:`~cleaner.passes.unwrap.no_wrap.reads_alike`), it runs again
    on it, and if it changes it, the passes after it again; at most
    :data:`SETTLING_ROUNDS` times.

    >>> unwrapped = ("Market doctor\\nbudgetpaper paper budget\\n"
    ...              "answer question farmer question\\nLetter soldier market village\\n")
    >>> split = unwrapped.replace("budgetpaper", "budget paper")
    >>> [name for name, _, _ in rewrapping_steps(unwrapped, split, Config())]
    ['unwrap']
    >>> clean(split) == clean(unwrapped) == clean(clean(unwrapped))
    True
    """
    if "unwrap" not in config.passes:
        return
    from cleaner.passes.unwrap.no_wrap import reads_alike  # Deferred: a pass's module.

    later = _passes_after("unwrap", config)
    for _ in range(SETTLING_ROUNDS):
        if current == unwrapped or reads_alike(unwrapped, current):
            return
        after = run_pass("unwrap", current, config)
        if after == current:
            return
        yield "unwrap", current, after
        unwrapped = current = after
        for step in _passes_again(later, current, config):
            yield step
            current = step.after


def _passes_again(names: tuple[str, ...], text: str, config: Config) -> Iterator[Step]:
    """The steps of passes ``names`` run again on ``text``, one after the other."""
    for name in names:
        after = run_pass(name, text, config)
        if after != text:
            yield Step(name, text, after)
            text = after


def _passes_after(name: str, config: Config) -> tuple[str, ...]:
    """The enabled passes that run after pass ``name`` (none if it is not enabled)."""
    return config.passes[config.passes.index(name) + 1 :] if name in config.passes else ()


def run_pass(name: str, text: str, config: Config) -> str:
    """Run one pass with the config's settings, checked by its guard."""
    options = config.options_for(name)
    after = PASS_BY_NAME[name].function(text, **options)
    if after != text:
        from cleaner.guard import check_step  # Deferred: clean text never needs the guards.

        check_step(PASS_BY_NAME[name], text, after, options)
    return after


def clean(text: str, config: Config | None = None) -> str:
    """Return the clean, canonical form of ``text``.

    >>> clean("Caf\\u00c3\\u00a9  au\\u00a0lait\\r\\n\\r\\n\\r\\n")
    'Café au lait\\n'
    """
    return clean_and_explain(text, config).text
