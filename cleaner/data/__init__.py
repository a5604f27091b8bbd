"""cleaner's data files (rules, word lists, tables), read from this folder.

Read by path, next to this module: ``importlib.resources`` would import zipfile, tempfile
and shutil first (~15 ms, more than a small file's whole cleaning), and cleaner is never
run from a zip archive.
"""

from __future__ import annotations

import os
from functools import cache

FOLDER = os.path.dirname(os.path.abspath(__file__))


def data_path(*parts: str) -> str:
    """The path of a data file (or folder) of this package.

    >>> os.path.basename(data_path("boilerplate", "ads.txt"))
    'ads.txt'
    """
    return os.path.join(FOLDER, *parts)


def read_data(*parts: str) -> str:
    """The text (UTF-8) of a data file of this package."""
    with open(data_path(*parts), encoding="utf-8") as file:
        return file.read()


@cache
def english_function_words() -> frozenset[str]:
    """English function words (``function_words.txt``; ``#`` starts a comment line), read
    once for every pass and test that asks (language, unwrap's headings, split's affixes).

    >>> {"the", "of"} <= english_function_words()
    True
    """
    lines = read_data("function_words.txt").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())
