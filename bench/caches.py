"""Fair timing of repeated runs: forget what cleaner's caches learnt of the texts.

cleaner keeps bounded caches of verdicts on lines and tokens (``functools.lru_cache``). A
benchmark that cleans the same texts again would find them there and time a warm second
run that no new corpus gets; tables loaded once per process (unbounded caches) stay.
"""

from __future__ import annotations

import sys


def clear_line_caches() -> None:
    """Empty cleaner's bounded caches (of lines and tokens seen); tables loaded stay.

    >>> clear_line_caches()
    """
    for name, module in list(sys.modules.items()):
        if name.startswith("cleaner"):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if callable(info) and info().maxsize is not None:
                    value.cache_clear()
