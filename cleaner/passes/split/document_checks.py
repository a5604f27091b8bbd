"""Checks on all the splits of a document at once, made when every split is found: a clean
book's own closed words, a probably clean text's compounds, a technical text's names of
code listed beside each other."""

from __future__ import annotations

from collections.abc import Set

from cleaner.lexicon import WordModel
from cleaner.passes.split import clean_bar, identifiers, names, register
from cleaner.passes.split.splits import Split


def held_to_the_clean_bar(
    found: list[Split], text: str, model: WordModel, technical: Set[int] = frozenset()
) -> list[Split]:
    """``found`` (the splits of ``text``) without those of the author's words when the
    document is a clean book whose splits are mostly such words (:mod:`clean_bar`: a
    book's ``asphaltus``; but ``thefollowing`` beside ``the following``); else without
    its splits of two content words shaped as a compound when the document is probably
    clean (``sidegate`` in a novel's 2,000 words with no other split), nor those starting
    at a position of ``technical`` (technical text) shaped as a name of code
    (:func:`identifiers.is_name_shaped`: NumPy's ``the importall function``), nor, when it
    is archaic verse too (:func:`register.is_archaic_verse`), its splits reading as verse's
    forms of listed words (:func:`clean_bar.is_verse_form`: Whitman's ``avataras``);
    forced ones kept, and those the document writes apart elsewhere too (``A pointload
    of`` beside ``the point load``).

    >>> from cleaner.lexicon import load_model
    >>> model = load_model()
    >>> book = "He read thefollowing and the following. " + "The day was fine. " * 8000
    >>> held_to_the_clean_bar([Split(8, 20, ("the", "following"))], book, model)
    [Split(start=8, end=20, parts=('the', 'following'), forced=False)]
    >>> held_to_the_clean_bar([Split(8, 20, ("the", "following"))], book[41:], model)
    []
    >>> text = "They came by a sidegate. " + "The day was fine. " * 500
    >>> held_to_the_clean_bar([Split(15, 23, ("side", "gate"))], text, model)
    []
    >>> held_to_the_clean_bar([Split(15, 23, ("side", "gate"))], text[:300], model)
    [Split(start=15, end=23, parts=('side', 'gate'), forced=False)]
    >>> held_to_the_clean_bar([Split(15, 23, ("side", "gate"))], text + "A side gate.", model)
    [Split(start=15, end=23, parts=('side', 'gate'), forced=False)]
    >>> notes = "It went with the importall function. " + "Call f() now. " * 400
    >>> held_to_the_clean_bar([Split(17, 26, ("import", "all"))], notes, model, {17})
    []
    >>> held_to_the_clean_bar([Split(17, 26, ("import", "all"))], notes, model)
    [Split(start=17, end=26, parts=('import', 'all'), forced=False)]
    >>> verse = "My avataras rise. " + "Thus was it form'd and usher'd so. " * 200
    >>> held_to_the_clean_bar([Split(3, 11, ("avatar", "as"))], verse, model)
    []
    >>> held_to_the_clean_bar([Split(3, 11, ("avatar", "as"))], verse.replace("'d", "ed"), model)
    [Split(start=3, end=11, parts=('avatar', 'as'), forced=False)]
    """
    if clean_bar.is_clean_book(text, len(found)):
        apart = [s for s in found if s.forced or names.is_written_apart(text, *s.parts)]
        if not clean_bar.are_lost_spaces(len(apart), len(found)):
            # The author's closed words, but for pairs the book writes apart more than once.
            return [
                split
                for split in apart
                if split.forced
                or names.is_written_apart(
                    text, *split.parts, times=clean_bar.AUTHOR_BOOK_APART_TIMES
                )
            ]
    held = [
        split
        for split in found
        if not split.forced
        and (
            clean_bar.is_compound_shaped(split.parts, model)
            or clean_bar.is_verse_form(split.parts, model)
            or (split.start in technical and identifiers.is_name_shaped(split.parts, model))
        )
        and not names.is_written_apart(text, *split.parts)
    ]
    if not held or not clean_bar.is_probably_clean(text, len(found)):
        return found
    compounds = [
        split
        for split in held
        if clean_bar.is_compound_shaped(split.parts, model)
        or (split.start in technical and identifiers.is_name_shaped(split.parts, model))
    ]
    if len(compounds) < len(held) and register.is_archaic_verse(text):
        compounds = held  # Verse's forms of listed words (``avataras``): words.
    return [split for split in found if split not in compounds]


def without_names_of_code(
    found: list[Split], text: str, model: WordModel, candidates: Set[str], technical: Set[int]
) -> list[Split]:
    """``found`` (the splits of ``text``) without those starting at a position of
    ``technical`` (technical text) whose token is an item of a list beside a name of code
    that the pass does not take for words glued (no ``candidates``): ``keyof, and
    typeof``, ``rustfmt and rustup`` (:func:`identifiers.is_listed_with_code`; asked once
    all candidates are known).

    >>> text = "The rustfmt and rustup tools."
    >>> split = Split(16, 22, ("rust", "up"))
    >>> from cleaner.lexicon import load_model
    >>> without_names_of_code([split], text, load_model(), {"rustup"}, {16})
    []
    """
    return [
        split
        for split in found
        if split.forced
        or split.start not in technical
        or not identifiers.is_listed_with_code(
            text, (split.start, split.end), split.parts, model, candidates
        )
    ]
