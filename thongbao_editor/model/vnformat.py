"""Vietnamese dates and numbers, through Babel (locale ``vi_VN``).

Used as model helpers and as Jinja filters (see ``render/jinja_env.py``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "vi_VN"


def short_date(value: dt.date | None) -> str:
    """Body-text date: ``10/4/2024`` (no leading zeros, as practice writes it).
    An unknown date prints as the placeholder ``[…]``."""
    if value is None:
        return "[…]"
    return format_date(value, "d/M/y", locale=LOCALE)


def _two(n: int) -> str:
    return format_decimal(n, "00", locale=LOCALE)


def header_day(day: int | None) -> str:
    """Day in the header: leading zero below 10; blank (spaces) when unknown."""
    return _two(day) if day else "     "


def header_month(month: int | None) -> str:
    """Month in the header: months 1 and 2 get a leading zero (NĐ 30)."""
    if not month:
        return "     "
    return _two(month) if month <= 2 else format_decimal(month, "0", locale=LOCALE)


def full_date(value: dt.date | None = None, *, year: int | None = None,
              month: int | None = None, day: int | None = None) -> str:
    """``ngày 05 tháng 02 năm 2024``; day/month may be blank (``ngày      tháng 4 năm 2024``)."""
    if value is not None:
        year, month, day = value.year, value.month, value.day
    return f"ngày {header_day(day)} tháng {header_month(month)} năm {format_decimal(year, '0', locale=LOCALE)}"


def number(value: int | float | Decimal, digits: int | None = None) -> str:
    """``115.492``, ``25,65`` — ``.`` groups thousands, ``,`` marks decimals."""
    if digits is None:
        return format_decimal(value, locale=LOCALE)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, pattern, locale=LOCALE)


def percent(value: int | float | Decimal, digits: int = 2) -> str:
    """``25,65%`` for 25.65 (the value is already in per cent)."""
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, pattern, locale=LOCALE) + "%"
