"""A run of short lines that is a table of figures is no menu (``menus._table_rows``);
chosen on the tuning pages of ``bench_furniture_real.py``'s Dragnet set (a blog's table of
housing markets went as a menu block)."""

from __future__ import annotations

from cleaner.passes.boilerplate import remove_boilerplate
from cleaner.passes.boilerplate.menus import is_table_row, menu_lines

ROWS = [
    "Chicago 36,791 -0.1%",
    "Denver 9,412 8.5%",
    "Philadelphia 23,714 -2.4%",
    "Phoenix 18,402 12.4%",
    "Seattle 21,950 6.0%",
    "Boston 19,330 2.2%",
]
PROSE = "Phoenix led the gains for the fourth month in a row, while prices fell elsewhere."


def test_table_of_figures_is_no_menu() -> None:
    assert menu_lines(ROWS) == []
    text = "\n".join([PROSE, "", *ROWS, "", PROSE]) + "\n"
    assert remove_boilerplate(text) == text


def test_menu_with_a_ticker_is_still_a_menu() -> None:
    menu = ["Home", "News", "Sensex: 40627.23 +157.53", "Nifty: 11991.8 +51.7", "Sport", "Jobs"]
    assert menu_lines(menu) == list(range(6))


def test_rows_need_a_quantity_and_mostly_figures() -> None:
    assert is_table_row("Denver $147 8.5% -0.2%")
    assert not is_table_row("Nov 12, 2012")
    assert not is_table_row("Windows 10")
    assert not is_table_row("Formula 1 Results")
