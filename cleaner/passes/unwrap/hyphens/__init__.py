"""Line-end hyphens for the ``unwrap`` pass: join ``inter-`` + ``national``, keep ``state-TV``.

The evidence, in order: the document itself (the word written whole or hyphenated elsewhere),
then a short list of compound first halves that keep their hyphen ("well-", "self-") unless
the joined form is common, then word frequencies from cleaner's lexicon (cleaner/lexicon.py):
a joined form it knows is a word. Without evidence the hyphen stays: keeping it never loses
a word.

The modules, each one job:

- :mod:`.counts`: the document's words and hyphenated pairs, counted;
- :mod:`.document_counts`: the same counts, found only as unwrap asks for them;
- :mod:`.decision`: whether a line-end hyphen goes (the English rule, and the dispatch);
- :mod:`.joins`: how two wrapped lines are joined (hyphens, dashes, CJK and Thai), with
  :mod:`.dialogue` (a dash closing a Spanish or Portuguese dialogue aside);
- :mod:`.name_tails`: a tail the document writes only as a name (``Cis-`` + ``caucasus``);
- :mod:`.languages`: the rule of the paragraph's language, with :mod:`.compounds`
  (languages that write compounds closed), :mod:`.word_pairs` (languages that hyphenate
  pairs of words), :mod:`.prefixes`, :mod:`.suspended` and :mod:`.thresholds`;
- :mod:`.rare_words`: English words the lexicon lists but rates rare, broken at a line end.
- :mod:`.own_breaks`: a document whose line-end hyphens break no word keeps them.
"""

from cleaner.passes.unwrap.hyphens.counts import (
    HYPHEN_PAIR_RE,
    WORD_RE,
    Evidence,
    Wanted,
    collect_evidence,
    collect_pairs,
    line_end_questions,
)
from cleaner.passes.unwrap.hyphens.decision import (
    KNOWN_WORD_ZIPF,
    hyphen_decision,
    is_camel_tail,
    never_broken,
    should_drop_hyphen,
)
from cleaner.passes.unwrap.hyphens.document_counts import DocumentEvidence, pairs_starting
from cleaner.passes.unwrap.hyphens.joins import (
    AFTER_TAIL_LENGTH,
    LEADING_WORD_RE,
    LINE_END_HYPHEN_RE,
    LINE_END_MARKS,
    join_across_line_end,
    line_end_hyphen,
    line_join_edit,
)

__all__ = [
    "AFTER_TAIL_LENGTH",
    "HYPHEN_PAIR_RE",
    "KNOWN_WORD_ZIPF",
    "LEADING_WORD_RE",
    "LINE_END_HYPHEN_RE",
    "LINE_END_MARKS",
    "WORD_RE",
    "DocumentEvidence",
    "Evidence",
    "Wanted",
    "collect_evidence",
    "collect_pairs",
    "hyphen_decision",
    "is_camel_tail",
    "join_across_line_end",
    "line_end_hyphen",
    "line_end_questions",
    "line_join_edit",
    "never_broken",
    "pairs_starting",
    "should_drop_hyphen",
]
