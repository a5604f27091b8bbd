"""Align a text with what one pass made of it: which characters it kept, and where.

The passes change little and locally: they delete lines, join lines, change whitespace,
insert spaces or replace a few characters (ftfy). So a linear walk finds the alignment
(:mod:`.walk`): copy the common run, and where the texts differ, resynchronise at the
nearest place where the next few characters agree again (:mod:`.resync`, found with
``str.find``, at C speed). The passes that keep lines are aligned line for line
(:mod:`.lines`, :mod:`.repaired`, :mod:`.whole_lines`), as the walk would. The result is
always a valid alignment (an ``equal`` block holds the same characters on both sides);
where a change is ambiguous (``a  b`` -> ``a b``: which space went?) it picks one.
"""

from cleaner.align.blocks import Block
from cleaner.align.lines import align_line_for_line
from cleaner.align.repaired import OTHER_LINE_BREAKS, align_repaired
from cleaner.align.resync import common_prefix_length
from cleaner.align.walk import align
from cleaner.align.whole_lines import align_lines, align_moved_lines

__all__ = [
    "OTHER_LINE_BREAKS",
    "Block",
    "align",
    "align_line_for_line",
    "align_lines",
    "align_moved_lines",
    "align_repaired",
    "common_prefix_length",
]
