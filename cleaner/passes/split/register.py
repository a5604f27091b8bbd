"""The register of a document the ``split`` pass reads: whether it is archaic verse, and
whether a token is one of its elided verbs.

Early modern drama and 19th-century verse (Hamlet, Leaves of Grass, the Sonnets) coin and
derive words freely, each written once (``incorps'd``, ``avataras``, ``thoughtfullest``).
Their mark is the elided past and second person of their verbs (``form'd``, ``usher'd``,
``know'st``), written one in 70 to 120 words there, and almost never in modern prose,
where ``'d`` follows a pronoun (``you'd``). A token of ``in`` or ``be`` and a word there is
as likely a merge as a coinage (``inheaven``, ``bepatient``), so the register keeps whole
only what reads as a form of a listed word (``clean_bar.is_verse_form``).
"""

from __future__ import annotations

from cleaner.lazy_re import lazy_compile

# A verb's elided ending: ``form'd``, ``look'st`` (the letters before it are group 1).
ELIDED_VERB_RE = lazy_compile(r"([A-Za-z]+)['’](?:d|st)(?![A-Za-z])")
# An elided ending just after a word's letters: ``'d`` of ``incorps'd``.
ELIDED_ENDING_RE = lazy_compile(r"['’](?:d|st)(?![A-Za-z])")
# The words whose ``'d`` is ``would`` or ``had`` (``you'd``), not an elided ending.
CONTRACTED_BEFORE_D = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "thou"}
)
# At least one elided verb in this many words (counted by spaces and line breaks): the
# register of verse before 1900. Hamlet has one in 116 words, Leaves of Grass one in 79,
# the Sonnets one in 71; Moby Dick one in 5,500; modern prose and Austen none.
WORDS_PER_ELIDED_VERB = 500


def is_archaic_verse(text: str) -> bool:
    """Whether ``text`` writes verbs elided as old verse does, once in
    :data:`WORDS_PER_ELIDED_VERB` words or more often.

    >>> is_archaic_verse("Thus conscience does make cowards of us all, and form'd so. " * 20)
    True
    >>> is_archaic_verse("You'd think I'd know. She'd said so, and he had gone home then. " * 20)
    False
    """
    elided = sum(
        1
        for found in ELIDED_VERB_RE.finditer(text)
        if found.group(1).lower() not in CONTRACTED_BEFORE_D
    )
    words = text.count(" ") + text.count("\n")
    return elided * WORDS_PER_ELIDED_VERB >= words > 0


def is_elided_verb(word: str, after: str) -> bool:
    """Whether lowercase ``word``, followed by the text ``after`` it, is a verb with its
    ending elided (``incorps'd``: a word of verse, not ``in corps'd``), not a pronoun's
    contraction glued after a word (``andyou'd``: ``and you'd``).

    >>> is_elided_verb("incorps", "'d and"), is_elided_verb("andyou", "'d go")
    (True, False)
    >>> is_elided_verb("incorps", "'s and"), is_elided_verb("issuedby", " the")
    (False, False)
    """
    return ELIDED_ENDING_RE.match(after) is not None and not word.endswith(
        tuple(CONTRACTED_BEFORE_D)
    )
