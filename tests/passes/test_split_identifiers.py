"""The ``split`` pass on technical text: names of code and words cut short kept whole,
merges of the same shapes still split (session 26).

The kept words are the wrong splits read in the NEWS files of Debian packages
(``bench/bench_doc_notes.py``); each row's document talks about software (two words of
``data/split_software_words.txt``) or shows code, as those files do.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.passes.split import split_merged_words
from cleaner.passes.split.identifiers import _glued_name_words

# A paragraph that makes a document talk about software (``compiler``, ``API``).
SOFTWARE = "The compiler now checks every call of the API.\n\n"

KEPT = [
    # A word cut short by an ellipsis glued to it (GTK's and GLib's NEWS: ``refreshin...``,
    # ``seconda...``).
    "675835 Unable to open the folders after refreshin…\n\n676362 Fixed.",
    "479724 Memory leak upon calling the main loop in the seconda...\n\n490061 Fixed.",
    # A code noun after the token and a determiner before it: the token is its name.
    SOFTWARE + "The nothrow function attribute is used when headers are compiled.",
    SOFTWARE + "It now succeeds on systems with an unlinkat syscall. Call unlink first.",
    SOFTWARE + "The pdb whatis command correctly reports instance methods now.",
    SOFTWARE + "It reloads changed properties even if the propertychanged signal is lost.",
    # ``named`` before the token.
    SOFTWARE + "A new macro named issignaling checks for a signaling value.",
    # An option in a usage line's brackets after it, a member sign after it, a one-letter
    # option before it (its value).
    SOFTWARE + "It is best to use getcap [-r] to find the files with capabilities.",
    SOFTWARE + "Add writeonly ::group property to the radio button.",
    SOFTWARE + 'The fuse program now supports the "-o norecovery" option to skip replay.',
    # The document writes the two parts glued as a name of code (GTK's NEWS).
    SOFTWARE + "The GtkEventController class is new.\n\n745225 eventcontroller: Don't crash.",
    SOFTWARE + "See event_controller.c for the code.\n\nThe eventcontroller was fixed.",
    # A rare word glued to an accessor's verb or to a POSIX call's ``at`` (libc's, strace's,
    # coreutils' NEWS).
    SOFTWARE + "Fixed a deadlock between fflush, getdelim, and fork in the library.",
    SOFTWARE + "Fixed printing of string arguments of getxattr when the xattr is used.",
    SOFTWARE + "Use fstat less. It works around the buggy fstatat implementation.",
    # Outside technical text too (session 27, NumPy's documentation in docs2): a function
    # word glued inside a name that a code noun and a determiner frame.
    "A way of casting the data to a dtype can be achieved with the ndarray astype method.",
    # In any text (session 31, arXiv abstracts of corpus arxiv2): the package an install
    # command names, and a lowercase token alone in parentheses after a noun of things that
    # get names (``package``, ``framework``), their name.
    'This package is available via "pip install aflow".',
    "It is installed with conda install -y aflow and runs at once.",
    "It has a plotting package (afterplot) based on numpy and matplotlib.",
    # A lowercase token whose apposition names a piece of software (session 36, arXiv
    # abstracts of a tuning probe: ``We present pastamarkers, a customized Python package``).
    "We present pastamarkers, a customized Python package that draws the markers.",
    # An item of its own in a list of examples in brackets (session 34, docs2's NumPy
    # documentation: ``(e.g. arange, ones, zeros, etc.)``).
    "Intrinsic array creation functions (e.g. arange, ones, zeros, etc.) are fast.",
    "Some kits (scikit-learn, scikit-image, statsmodels, etc.) are good examples here.",
]

SPLITS = [
    # Extractors' merges in a page that talks about software: a capital after a tag's end.
    (
        SOFTWARE + "Read the next pageThe story goes on. Nobody clicked the adWhen it ran.",
        SOFTWARE + "Read the next page The story goes on. Nobody clicked the ad When it ran.",
    ),
    (
        "a house locatednear the river, and the next one...",
        "a house located near the river, and the next one...",
    ),
    # An ellipsis after a space is no word cut short.
    ("The order was issuedpreviously ... by him.", "The order was issued previously ... by him."),
    # A code noun after a phrase that takes it (``a class with no methods``, ``the first
    # set of methods``), or after a token with ``the``: words glued.
    (
        SOFTWARE + "A class withno methods is fine. The first setof methods is used.",
        SOFTWARE + "A class with no methods is fine. The first set of methods is used.",
    ),
    (SOFTWARE + "You then callthe function twice.", SOFTWARE + "You then call the function twice."),
    # Without a determiner before it, a code noun after a merge is no sign (``it has
    # nouniversal function``); neither is a bare option after a merge.
    (
        SOFTWARE + "There is nouniversal function. Link the librarieswith --no-as-needed.",
        SOFTWARE + "There is no universal function. Link the libraries with --no-as-needed.",
    ),
    # The parts written glued elsewhere as a sentence's end (``onThe``) are no name.
    (
        "The ship went onThe voyage was long. They stood onthe deck all night long.",
        "The ship went onThe voyage was long. They stood on the deck all night long.",
    ),
    # A rare word the document uses, glued to a function word other than an accessor's verb.
    (
        SOFTWARE + "Link tolibjpeg statically. The libjpeg code is fast.",
        SOFTWARE + "Link to libjpeg statically. The libjpeg code is fast.",
    ),
    # Outside technical text two content words before a code noun are a phrase (State of
    # the Union addresses: ``the least favored classes``, ``the same major function``).
    (
        "They weigh the most and the leastfavored classes. It is the samemajor function.",
        "They weigh the most and the least favored classes. It is the same major function.",
    ),
    # Not after ``install`` alone, nor alone in brackets after no word, nor beside another
    # word in brackets.
    ("You need to install aflow first.", "You need to install a flow first."),
    ("(afterplot) was drawn.", "(after plot) was drawn."),
    ("He said (issuedpreviously) so.", "He said (issued previously) so."),
    # An apposition naming no piece of software follows merges too (``a method``).
    (
        "We ran thisalgorithm, a method of ours, and ourpackage, the Python package.",
        "We ran this algorithm, a method of ours, and our package, the Python package.",
    ),
    ("The houses were (locatednear the river).", "The houses were (located near the river)."),
    # A list in brackets with no mark of examples, or a token beside another word in an item.
    ("Bring fruit (apples, pears, orangejuice).", "Bring fruit (apples, pears, orange juice)."),
    (
        "Bring fruit (e.g. apples, pears, the orangejuice, etc.).",
        "Bring fruit (e.g. apples, pears, the orange juice, etc.).",
    ),
    # Outside technical text, an accessor's verb before a rare word splits as before.
    ("He was tired of the delim and wanted to getdelim back.", None),
]


@pytest.mark.parametrize("text", KEPT)
def test_names_of_code_and_cut_words_stay_whole(text: str) -> None:
    assert split_merged_words(text) == text


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_merges_of_the_same_shapes_still_split(text: str, expected: str | None) -> None:
    result = split_merged_words(text)
    if expected is None:
        assert result != text
    else:
        assert result == expected


# The words a glued name's sign finds, as the one whole-word search found them (which
# backtracked through every word of a book).
GLUED_NAME_WHOLE_RE = re.compile(r"\w*(?:[a-z0-9][A-Z]|[A-Z][A-Z][a-z]|[A-Za-z0-9]_[A-Za-z])\w*")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aAbZz09_ .-é΄Σσ٣\u0301\n", max_size=80))
@example("the GtkEventController and event_loop_run() of HTTPServer")
@example("x_y _a a_ Σa aΣ é_b 9Ab")
def test_glued_name_words_are_the_whole_word_search(text: str) -> None:
    assert list(_glued_name_words(text)) == GLUED_NAME_WHOLE_RE.findall(text)
