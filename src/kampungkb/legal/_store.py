"""The registry's data: the built-in instruments and the provenance of their facts, indexed.

Read from ``kampungkb/data/legal/registry.json`` on first use. References inside it are
written as citations (``"PP 21/1994"``), read by the citation grammar.

    >>> BUILT_IN.by_identity(InstrumentRef(InstrumentType.LAW, "52", 2009)).gazette.supplement
    5080
"""

from __future__ import annotations

from .._core import data_file, field, model, once
from ..codec import from_dict
from ._instrument import Confidence, Gazette, GazetteKind, InstrumentRef, InstrumentType, LegalInstrument
from ._order import chronological

__all__ = ["BUILT_IN", "Entry", "FactProvenance", "Store", "amenders", "identity_key"]


_Key = tuple[InstrumentType, str | None, int, str | None]


@model(kw_only=True)
class FactProvenance:
    """Where one fact of a registered instrument comes from, when it differs from the instrument's.

    ``fact`` names the field (``"gazette"``, ``"gazette.supplement"``, ``"enacted"`` …).
    ``sources`` may be empty when the only source is unnamed public code; ``note`` says so.

    >>> from kampungkb.legal import registry
    >>> [p.fact for p in registry.provenance("UU 6/2023")]
    ['promulgated', 'gazette', 'amends', 'title']
    """

    fact: str = field(min_length=1, max_length=100)
    confidence: Confidence
    sources: tuple[str, ...] = field(default=(), max_items=20)
    note: str | None = field(default=None, min_length=1, max_length=1000)


@model(kw_only=True)
class Entry:
    """One record of registry.json."""

    instrument: LegalInstrument
    program_basis: bool
    facts: tuple[FactProvenance, ...] = ()
    note: str | None = field(default=None, min_length=1, max_length=1000)


def identity_key(ref: InstrumentRef) -> _Key:
    return (
        ref.type,
        ref.number.casefold() if ref.number is not None else None,
        ref.year,
        " ".join(ref.issuer.casefold().split()) if ref.issuer is not None else None,
    )


_GazetteKey = tuple[GazetteKind, int, int]


class Store:
    """The instruments of one registry file, indexed by identity and by gazette entry (built once)."""

    def __init__(self, area: str, name: str) -> None:
        self._area = area
        self._name = name
        self._indexes = once(self._build)

    def entries(self) -> tuple[Entry, ...]:
        """Every record, in file order."""
        return self._indexes()[0]

    def entry(self, ref: InstrumentRef) -> Entry | None:
        """The record of the instrument ``ref`` names, or None."""
        return self._indexes()[1].get(identity_key(ref))

    def by_identity(self, ref: InstrumentRef) -> LegalInstrument | None:
        """The registered instrument ``ref`` names, or None."""
        found = self.entry(ref)
        return found.instrument if found is not None else None

    def by_gazette(self, gazette: Gazette) -> LegalInstrument | None:
        """The registered instrument promulgated in ``gazette`` (matched on kind, year and number)."""
        return self._indexes()[2].get((gazette.kind, gazette.year, gazette.number))

    def amenders(self, ref: InstrumentRef) -> tuple[LegalInstrument, ...]:
        """The registered laws that amend ``ref``, oldest first (a Perppu counts through its law)."""
        key = identity_key(ref)
        found = [
            entry.instrument
            for entry in self.entries()
            if entry.instrument.type is InstrumentType.LAW
            and any(identity_key(amended) == key for amended in entry.instrument.amends)
        ]
        return tuple(sorted(found, key=chronological))

    def _build(self) -> tuple[tuple[Entry, ...], dict[_Key, Entry], dict[_GazetteKey, LegalInstrument]]:
        entries = from_dict(data_file(self._area, self._name)["instruments"], tuple[Entry, ...])
        by_key = {identity_key(entry.instrument.ref): entry for entry in entries}
        by_gazette = {
            (gazette.kind, gazette.year, gazette.number): entry.instrument
            for entry in entries
            if (gazette := entry.instrument.gazette) is not None
        }
        return entries, by_key, by_gazette


#: The built-in registry's data (``kampungkb/data/legal/registry.json``).
BUILT_IN = Store("legal", "registry")


def amenders(ref: InstrumentRef) -> tuple[LegalInstrument, ...]:
    """The built-in laws that amend ``ref``, oldest first."""
    return BUILT_IN.amenders(ref)
