"""Whether a paragraph or a document of the ``split`` pass shows code (``os.path.join()``),
or a document talks about software (``install it with pip``, ``Python``).

In technical text closed compounds abound (``frozenset``, ``memoryview``), so the pass
splits less there. Web addresses in link form, bare domains and a page's leftover HTML
tags are no sign of code.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import partial
from re import Match, Pattern

from cleaner.lazy_re import lazy_compile
from cleaner.passes.split.chunk_patterns import PARAGRAPH_RE
from cleaner.passes.split.lists import software_words

# The ASCII-only signs of unicode.CODE_HINT_RE: they search prose twenty times faster.
# ``[`{}<>=|\\]|::|://|\.(?<=[a-z]{2}\.)[a-z]{2}``, written as one class of their first
# characters and then which sign each begins, so that ``re`` skips to those characters in
# C (an alternation that opens with a class makes it try each position: three times slower).
ASCII_CODE_HINT_RE = lazy_compile(
    r"[`{}<>=|\\:.](?:(?<=[`{}<>=|\\])|(?<=:)(?::|//)|(?<=[a-z]{2}\.)[a-z]{2})"
)
# A link target as extractors write it, in brackets after its text (``[text](https://
# site.com/a_b?c=d)``, ``text (www.site.com)``, ``[Latest](//site.com/)``, ``[Science]
# (/tag/science)``), and a bare domain of a common top-level
# domain in prose (``told Polygraph.info``): their ``://``, dots, ``=`` and ``_`` are no
# signs of code. A bare ``https://`` in running text, and an e-mail address, still are:
# technical READMEs write them so.
URL_RE = lazy_compile(
    r"(?<=[(<])(?:(?:https?|ftp)://|www\.)[^\s)\]>\"']*"
    r"|(?<=\]\()/[^\s)\]>\"']*"
    r"|(?<![\w.@/-])[A-Za-z0-9-]+\.(?:com|org|net|info|gov|edu)\b(?![/@\w]|\.\w)"
)
# Only a text holding one of these can hold a URL_RE match.
URL_SIGNS = ("://", "www.", "](/", ".com", ".org", ".net", ".info", ".gov", ".edu")
# An HTML tag (``<span id="ad"></span>``, ``<br/>``): what extractors leave of a page's
# markup. A paragraph of them is debris of the page, not code that its prose discusses.
HTML_TAG_RE = lazy_compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# A document whose paragraphs show code this often is technical as a whole: the prose
# between code blocks names identifiers too (``frozenset``, ``titlecase``).
TECHNICAL_DOCUMENT_SHARE = 0.3
# A document using this many distinct words of programming (``data/split_software_words.txt``)
# talks about software, and is technical as a whole too, code shown or not: its prose
# names packages and identifiers as words (``statsmodels``, ``memoryviews``, ``astype``).
SOFTWARE_WORDS_MIN = 2


def is_technical(paragraph: str) -> bool:
    """Whether ``paragraph`` shows code or markup, where compounds such as ``frozenset`` abound.

    >>> is_technical("Use os.path.join() here."), is_technical("He said so.")
    (True, False)
    >>> is_technical("As Gizmodo [explained](https://gizmodo.com/a_b?c=d), it grew.")
    False
    >>> is_technical("See https://gmplib.org/ for news.")
    True
    """
    paragraph = without_urls(paragraph)
    if ASCII_CODE_HINT_RE.search(paragraph):
        return True
    from cleaner.passes.split.unicode import UNICODE_CODE_HINTS  # Deferred: see its module.

    # CODE_HINT_RE.search(paragraph), split into parts that ordinary prose rules out cheaply.
    return any(
        sign in paragraph and search_at_sign(hint, sign, lead, paragraph)
        for sign, lead, hint in UNICODE_CODE_HINTS
    )


def search_at_sign(
    hint: Pattern[str], sign: str, lead: int, text: str, start: int = 0
) -> Match[str] | None:
    """``hint.search(text, start)``, where every match of ``hint`` has the character
    ``sign`` after its first ``lead`` characters: tried only where ``str.find`` finds that
    character, at C speed, rather than at every position (a pattern of the ``regex``
    module searches a novel's megabytes for ``\\w\\(`` ten times slower).

    >>> import re
    >>> search_at_sign(re.compile(r"\\w\\("), "(", 1, "a (b) f(x)", 0).span()
    (6, 8)
    """
    position = text.find(sign, start + lead)
    while position >= 0:
        found = hint.match(text, position - lead)
        if found:
            return found
        position = text.find(sign, position + 1)
    return None


def is_technical_document(text: str) -> bool:
    """Whether at least ``TECHNICAL_DOCUMENT_SHARE`` of the paragraphs of ``text`` show code
    (:func:`shows_code`).

    >>> is_technical_document("Call f() now.\\n\\nThen rest.\\n\\nAnd more.")
    True
    >>> is_technical_document("He said so.\\n\\nShe agreed.\\n\\nCall f() now.\\n\\nOk.")
    False
    """
    from cleaner.passes.split.unicode import UNICODE_CODE_HINTS  # Deferred: see its module.

    # is_technical of each paragraph, read off the whole text: no sign of code spans a
    # line feed, so a sign found belongs to the paragraph it starts in (the rest of which
    # is then skipped), and prose, which shows few signs, is searched in C. A text with
    # web addresses has the paragraphs where a sign is found judged without them.
    # Pages' text: a paragraph whose only signs are web addresses or HTML tags is judged
    # without them (a page's leftover tags do not make its prose technical).
    urls: bool | None = None  # Whether it has them (asked at the first sign found).
    hints = [ASCII_CODE_HINT_RE.search]
    hints += [partial(search_at_sign, h, s, n) for s, n, h in UNICODE_CODE_HINTS if s in text]
    technical: set[int] = set()
    for search in hints:
        found = search(text)
        while found:
            start = found.start()
            blank = text.rfind("\n\n", 0, start)
            end = text.find("\n\n", start)
            paragraph = text[blank + 1 : end if end >= 0 else len(text)]
            if urls is None:
                urls = any(sign in text for sign in URL_SIGNS) or "<" in text
            if not urls or blank in technical or shows_code(paragraph):
                technical.add(blank)  # (-1 for the first paragraph: one key a paragraph)
            found = search(text, end) if end >= 0 else None
    return is_share_of_paragraphs(len(technical), text)


def is_share_of_paragraphs(technical: int, text: str) -> bool:
    """Whether ``technical`` paragraphs are ``TECHNICAL_DOCUMENT_SHARE`` at least of the
    paragraphs of ``text`` (``PARAGRAPH_RE``'s matches; one at least), read only until
    too many are found: a book with no sign of code is read to its first paragraph only.

    >>> is_share_of_paragraphs(1, "One.\\n\\nTwo.\\n\\nThree.\\n\\nFour.")
    False
    >>> is_share_of_paragraphs(0, "")
    False
    >>> is_share_of_paragraphs(3, "A.\\n\\n" * 10), is_share_of_paragraphs(1, "")
    (True, True)
    """
    # (SHARE * count grows with count: once over ``technical``, it stays so.)
    count = 0
    for count, _ in enumerate(PARAGRAPH_RE.finditer(text), start=1):
        if technical < TECHNICAL_DOCUMENT_SHARE * count:
            return False
    return technical >= TECHNICAL_DOCUMENT_SHARE * max(1, count)


def talks_about_software(runs: Collection[str]) -> bool:
    """Whether a document whose letter runs are ``runs`` uses ``SOFTWARE_WORDS_MIN``
    distinct words of programming (each in any of its written forms: ``Python``, ``API``).

    >>> talks_about_software({"Install": 1, "statsmodels": 1, "with": 2, "pip": 1, "Python": 3})
    True
    >>> talks_about_software({"the": 9, "python": 2, "Python": 1, "snake": 4})
    False
    """
    found = {word.lower() for word in software_words() if word in runs}  # (~100 look-ups)
    return len(found) >= SOFTWARE_WORDS_MIN


def shows_code(paragraph: str) -> bool:
    """:func:`is_technical` of ``paragraph`` without its HTML tags: whether it counts
    towards a technical document (:func:`is_technical_document`).

    >>> shows_code('<span id="ad"></span>'), shows_code("<b>Call f() now.</b>")
    (False, True)
    """
    return is_technical(without_tags(paragraph))


def without_tags(text: str) -> str:
    """``text`` with each HTML tag replaced by a space.

    >>> without_tags('<span id="ad"></span> The end<br/>')
    '   The end '
    """
    return HTML_TAG_RE.sub(" ", text) if "<" in text else text


def without_urls(text: str) -> str:
    """``text`` with each web address replaced by a space (line feeds are kept).

    >>> without_urls("see (https://a.com/x_y) or <www.b.org>, told Polygraph.info the")
    'see ( ) or < >, told   the'
    >>> without_urls("at https://gmplib.org/ or gmp-bugs@gmplib.org.")
    'at https://gmplib.org/ or gmp-bugs@gmplib.org.'
    """
    if not any(sign in text for sign in URL_SIGNS):
        return text
    return URL_RE.sub(" ", text)
