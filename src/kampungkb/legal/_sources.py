"""Which sources can confirm a built-in fact: official pages and instruments' own texts.

The list is package data (``kampungkb/data/legal/official_sources.json``), read on first use,
with the reason each entry counts. The test suite checks every data file against it.

    >>> can_confirm("https://jdih.kemenkeu.go.id/fulltext/2014/87tahun2014pp.htm")
    True
    >>> can_confirm("https://antaranews.com/berita/4420157/perbedaan-gelar-master-dan-magister")
    False
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .._core import data_file, once

__all__ = ["can_confirm"]


def can_confirm(url: str) -> bool:
    """True when ``url`` is an official page or a copy of an instrument's own text (see the data file)."""
    domains, exceptions, prefixes = _table()
    if url.startswith(prefixes):
        return True
    host = (urlsplit(url).hostname or "").casefold()
    if host in exceptions:
        return False
    return any(host == domain or host.endswith("." + domain) for domain in domains)


@once
def _table() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    data = data_file("legal", "official_sources")
    domains = tuple(entry["domain"] for entry in data["official_domains"])
    exceptions = frozenset(item["host"] for entry in data["official_domains"] for item in entry.get("except", ()))
    prefixes = tuple(entry["prefix"] for entry in data["instrument_texts"])
    return domains, exceptions, prefixes
