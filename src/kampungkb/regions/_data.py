"""The built-in region data, read from package data on first use.

The files live in ``kampungkb/data/regions/``; each carries a ``"_source"``
header naming the decree and data set it was read from, and its confidence.
Nothing is read at import time: each table is built once, on first use.

    >>> province_rows()["35"].name
    'Jawa Timur'
"""

from __future__ import annotations

from typing import NamedTuple

from .._core import data_file, once

__all__ = ["ProvinceRow", "province_codes", "province_rows", "sample_rows"]


class ProvinceRow(NamedTuple):
    """One row of the province table, as stored."""

    code: str
    name: str
    short_name: str | None


@once
def province_rows() -> dict[str, ProvinceRow]:
    """The 38 provinces by 2-digit code, in code order.

    >>> len(province_rows())
    38
    """
    rows = data_file("regions", "provinces")["provinces"]
    return {row["code"]: ProvinceRow(row["code"], row["name"], row["short_name"]) for row in rows}


@once
def province_codes() -> frozenset[str]:
    """The 2-digit codes of the 38 provinces (what a valid region code starts with).

    >>> "35" in province_codes(), "99" in province_codes()
    (True, False)
    """
    return frozenset(province_rows())


@once
def sample_rows() -> tuple[tuple[str, str], ...]:
    """The Kota Pasuruan sample as (dotted code, name) pairs.

    >>> sample_rows()[0]
    ('35.75', 'Kota Pasuruan')
    """
    return tuple((row["code"], row["name"]) for row in data_file("regions", "kota_pasuruan")["regions"])
