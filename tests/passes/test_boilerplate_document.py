"""The ``boilerplate`` pass on documents written as plain text (issue 13, session 26): an
RFC's title block and copyright notice, a NEWS file's lists of contributors and languages,
a README's copyright section and references stay; the same lines on a web page's text go."""

from __future__ import annotations

import pytest

from cleaner.passes.boilerplate import remove_boilerplate
from cleaner.passes.boilerplate.document import in_document, is_document
from cleaner.passes.boilerplate.rules import Rule
from tests.passes.test_boilerplate import P1, P2, P3

# An RFC's start as the pass sees it (after ``whitespace``: the title block's columns
# squeezed), its body indented three spaces.
RFC = """Network Working Group A. Harbour
Request for Comments: 9999 Ferry Networks
Category: Standards Track B. Quayside
Obsoletes: 2486 Quayside Systems
                                                               March 2001

Status of this Memo

   This document specifies an Internet standards track protocol for the
   Internet community, and requests discussion and suggestions for
   improvements. Distribution of this memo is unlimited.

Copyright Notice

   Copyright (C) The Internet Society (2001). All Rights Reserved.

Abstract

   This document describes a protocol by which the harbour offices of
   small towns exchange the timetables of their ferries, so that a
   traveller may plan a crossing that calls at more than one harbour.

1. Introduction

   Each harbour office keeps the timetable of the ferries that leave
   from its quay. The protocol lets one office ask another for the
   crossings of a given day.

   An office answers with the crossings it knows of, and tells the
   other offices when a crossing is cancelled.
"""
# A NEWS file: its releases' changes as indented list items, then its contributors.
NEWS = """Harbourd 2.1

A bug fix release.

 * Fix parsing of departure times with seconds in the timetable files
 * Fix a crash when a ferry is cancelled while its crossing is shown
 * Fix the ferry count on 32-bit architectures

Contributors

Anna Harbour
Ben Quayside
Carla Mendes
Dmitri Volkov
Emma Lindqvist

Harbourd 2.0

Changes at a glance:
 * Timetables are exchanged with the other harbours of the coast
 * Crossings may be booked ahead from the command line

Updated translations:
Catalan
Czech
Danish
Dutch
German
"""
# A README with underlined headings: a copyright section, references.
README = f"""Harbour::Timetable
==================

Harbour::Timetable reads the timetable files of a harbour office and
answers questions about its crossings: which ferries leave on a given
day, which call at more than one harbour, and which were cancelled.

If you need to tweak the build for some platform, please let me know
so I can fix it. Patches are welcome, and so are reports of timetable
files the module cannot read, with the file attached.

{P1}

{P2}

{P3}

Copyright
---------

Copyright (c) 2015-2019 Anna Harbour <anna@harbour.example>
Copyright (c) 2020- Ben Quayside <ben@quayside.example>

All rights reserved.

Recommended reading
-------------------

See also: the timetable format in doc/format.txt, and the protocol in RFC 9999.
"""


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (RFC, "Category: Standards Track B. Quayside"),
        (RFC, "Obsoletes: 2486 Quayside Systems"),
        (RFC, "   Copyright (C) The Internet Society (2001). All Rights Reserved."),
        (NEWS, "Contributors\n\nAnna Harbour\nBen Quayside\nCarla Mendes\nDmitri Volkov\n"),
        (NEWS, "Updated translations:\nCatalan\nCzech\nDanish\nDutch\nGerman\n"),
        (README, "Copyright (c) 2015-2019 Anna Harbour <anna@harbour.example>"),
        (README, "All rights reserved."),
        (README, "Recommended reading\n-------------------"),
        (README, "See also: the timetable format in doc/format.txt"),
    ],
)
def test_a_documents_own_lines_stay(text: str, line: str) -> None:
    assert is_document(text)
    assert line in remove_boilerplate(text)


# The same shapes on a web page's text (no mark of a document's structure) still go.
PAGE_NAMES = "Anna Harbour\nBen Quayside\nCarla Mendes\nDmitri Volkov\nEmma Lindqvist"
WEB_PAGES = [
    (f"{P1}\n\n{P2}\n\nCategory: Politics\n\n{P3}\n", "Category: Politics"),
    (f"{P1}\n\n{P2}\n\n{P3}\n\n© 2021 The Harbour Gazette. All rights reserved.\n", "©"),
    (f"{P1}\n\nSee also: the timetable of the summer ferries\n\n{P2}\n\n{P3}\n", "See also"),
    (f"{P1}\n\n{P2}\n\n{P3}\n\nContributors\n\n{PAGE_NAMES}\n", "Ben Quayside"),
    (f"{PAGE_NAMES}\n\n{P1}\n\n{P2}\n\n{P3}\n", "Ben Quayside"),
    (f"News\n\n{P1}\n\n{P2}\n\n{P3}\n", "News\n"),
]


@pytest.mark.parametrize(("text", "gone"), WEB_PAGES)
def test_the_same_lines_on_a_web_page_go(text: str, gone: str) -> None:
    assert not is_document(text)
    assert gone not in remove_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("Title\n=====\n\nText.\n", True),  # an underlined heading
        ("Title\n-----\n\nText.\n", True),
        ("# Title\n\nText.\n\n## Usage\n\nMore.\n", True),  # two Markdown headings
        (" * one\n * two\n   * three\n", True),  # indented list items
        ("Title\n\n" + "".join(f"   Paragraph {k}, indented.\n\n" for k in range(6)), True),
        ("Short\n------------------------------\n", False),  # a rule, not an underline
        ("Text.\n\n---\n\nMore text.\n", False),  # a rule after a blank line
        ("# Comments\n\nText.\n", False),  # one Markdown heading: a page's too
        ("- one\n- two\n- three\n", False),  # an extractor's list items, at the margin
        (" * one\n * two\n", False),
        ("".join(f"   Indented {k}.\n\nNot.\n\nNot.\n\nNot.\n\n" for k in range(6)), False),
        ("".join(f"   Line {k} of one indented paragraph.\n" for k in range(12)), False),
        (f"{P1}\n\n{P2}\n\nHome\nNews\nSport\nWeather\nContact Us\n", False),
    ],
)
def test_is_document(text: str, document: bool) -> None:
    assert is_document(text) is document


def test_a_document_shows_its_kind_at_its_start() -> None:
    """Only the text's start is read: a page with an underlined heading far down is none."""
    page = "\n\n".join([P1, P2, P3] * 60) + "\n\nTitle\n=====\n"
    assert not is_document(page)
    assert is_document("Title\n=====\n\n" + page)


def test_in_document_makes_labels_of_a_documents_lookalikes() -> None:
    rules = [
        Rule("copyright", "copyright-year", "strong", ""),
        Rule("taxonomy", "tags-colon", "strong", ""),
        Rule("related", "read-more-prefix", "strong", ""),
        Rule("navigation", "menu-block", "strong", ""),
        Rule("comments", "leave-a-reply", "strong", ""),
        Rule("share", "share-this", "edge", ""),
    ]
    kinds = [rule.kind for rule in in_document(dict(enumerate(rules))).values()]
    assert kinds == ["label", "label", "label", "label", "strong", "edge"]


def test_a_documents_furniture_of_other_families_still_goes() -> None:
    """Stricter, not off: a comment form's strong lines go from a document too."""
    form = "Leave a Reply\n\nYour email address will not be published.\n"
    text = f"{README}\n{P1}\n\n{P2}\n\n{P3}\n\n{form}"
    assert is_document(text)
    out = remove_boilerplate(text)
    assert "Your email address will not be published." not in out
    assert "All rights reserved." in out and "See also: the timetable format" in out
