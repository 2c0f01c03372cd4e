"""The built-in region data, read from package data on first use.

The files live in ``kampungkb/data/regions/``; each carries a ``"_source"``
header naming the decree and data set it was read from, and its confidence.
Nothing is read at import time: each loader runs once, behind
:func:`functools.cache` (which is thread-safe for our purposes: a race only
reads the same file twice).

    >>> province_rows()["35"].name
    'Jawa Timur'
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, NamedTuple

__all__ = ["ProvinceRow", "province_codes", "province_rows", "read_regions_file", "sample_rows"]


class ProvinceRow(NamedTuple):
    """One row of the province table, as stored."""

    code: str
    name: str
    short_name: str | None


def read_regions_file(name: str) -> dict[str, Any]:
    """The parsed JSON of ``data/regions/<name>``.

    >>> sorted(read_regions_file("provinces.json"))
    ['_source', 'provinces']
    """
    text = resources.files("kampungkb").joinpath("data", "regions", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.cache
def province_rows() -> dict[str, ProvinceRow]:
    """The 38 provinces by 2-digit code, in code order.

    >>> len(province_rows())
    38
    """
    rows = read_regions_file("provinces.json")["provinces"]
    return {row["code"]: ProvinceRow(row["code"], row["name"], row["short_name"]) for row in rows}


@functools.cache
def province_codes() -> frozenset[str]:
    """The 2-digit codes of the 38 provinces (what a valid region code starts with).

    >>> "35" in province_codes(), "99" in province_codes()
    (True, False)
    """
    return frozenset(province_rows())


@functools.cache
def sample_rows() -> tuple[tuple[str, str], ...]:
    """The Kota Pasuruan sample as (dotted code, name) pairs.

    >>> sample_rows()[0]
    ('35.75', 'Kota Pasuruan')
    """
    return tuple((row["code"], row["name"]) for row in read_regions_file("kota_pasuruan.json")["regions"])
