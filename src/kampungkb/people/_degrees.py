"""The table of degrees (gelar) and forms of address, loaded from package data on first use.

Spellings are matched on a *key*: the spelling without periods and spaces, in
its own letter case (``"S. STP"``, ``"S.STP"`` and ``"SSTP"`` share the key
``SSTP``). A spelling written entirely in capitals (``"M.SI"``) — or, where the
caller allows it, entirely in lower case — also matches case-insensitively,
but only when exactly one degree has that key: ``"DR."`` could be ``Dr.``
(doktor) or ``dr.`` (dokter), so it matches neither and is reported ambiguous.

    >>> degree_table().lookup("S. STP", "after").canonical
    'S.STP.'
    >>> degree_table().lookup("DR.", "before") is AMBIGUOUS
    True
    >>> degree_table().lookup("Dip.Com", "after") is None
    True
"""

from __future__ import annotations

from typing import Any, Final, Literal

import attrs

from .._core import data_file, once

__all__ = [
    "AMBIGUOUS",
    "Degree",
    "DegreeTable",
    "Kind",
    "degree_table",
    "honorific_spellings",
    "key_of",
]

Kind = Literal["before", "after"]


@attrs.frozen(repr=False, eq=False)  # an internal record: identity is its equality
class Degree:
    """One degree of the table: its canonical spelling, meaning, place and evidence."""

    canonical: str
    meaning: str
    kind: Kind
    confidence: str
    sources: tuple[str, ...]


class _Ambiguous:
    """The lookup result for a spelling that matches more than one degree."""

    def __repr__(self) -> str:
        return "AMBIGUOUS"


AMBIGUOUS: Final = _Ambiguous()


def key_of(spelling: str) -> str:
    """The matching key of a spelling: without periods and spaces, case kept.

    >>> key_of("Sp. (OG)K")
    'Sp(OG)K'
    """
    return spelling.replace(".", "").replace(" ", "")


@attrs.frozen(repr=False, eq=False)  # an internal record: identity is its equality
class DegreeTable:
    """The degrees indexed by key, separately for degrees before and after the name."""

    degrees: tuple[Degree, ...]
    _exact: dict[tuple[Kind, str], Degree]
    _folded: dict[tuple[Kind, str], Degree | _Ambiguous]

    @classmethod
    def from_entries(cls, entries: list[dict[str, Any]]) -> DegreeTable:
        """Index the entries of ``degrees.json``."""
        degrees: list[Degree] = []
        exact: dict[tuple[Kind, str], Degree] = {}
        folded: dict[tuple[Kind, str], Degree | _Ambiguous] = {}
        for entry in entries:
            degree = Degree(
                entry["canonical"], entry["meaning"], entry["kind"], entry["confidence"], tuple(entry["sources"])
            )
            degrees.append(degree)
            for spelling in (degree.canonical, *entry["variants"]):
                key = key_of(spelling)
                exact[(degree.kind, key)] = degree
                upper = (degree.kind, key.upper())
                found = folded.get(upper)
                folded[upper] = degree if found is None or found == degree else AMBIGUOUS
        return cls(tuple(degrees), exact, folded)

    def lookup(self, spelling: str, kind: Kind, *, lower_case: bool = True) -> Degree | _Ambiguous | None:
        """The degree ``spelling`` stands for, :data:`AMBIGUOUS`, or None when it is no known degree.

        ``lower_case=False`` stops an all-lower-case spelling from matching
        case-insensitively (used where a name word could be mistaken for a degree).
        """
        key = key_of(spelling)
        found = self._exact.get((kind, key))
        if found is not None:
            return found
        letters = [c for c in key if c.isalpha()]
        if not letters:
            return None
        if all(c.isupper() for c in letters) or (lower_case and all(c.islower() for c in letters)):
            return self._folded.get((kind, key.upper()))
        return None

    def canonical(self, kind: Kind) -> frozenset[str]:
        """Every canonical spelling of the given kind."""
        return frozenset(d.canonical for d in self.degrees if d.kind == kind)


@once
def degree_table() -> DegreeTable:
    """The degree table from ``data/people/degrees.json`` (read once, on first use)."""
    return DegreeTable.from_entries(data_file("people", "degrees")["degrees"])


@once
def honorific_spellings() -> dict[str, str]:
    """Case-folded spelling -> honorific code, from ``data/people/honorifics.json``.

    >>> honorific_spellings()["bpk."]
    'bapak'
    """
    table: dict[str, str] = {}
    for entry in data_file("people", "honorifics")["honorifics"]:
        for spelling in entry["spellings"]:
            table[spelling.casefold()] = entry["code"]
    return table
