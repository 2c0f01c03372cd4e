"""The registry's data: the built-in instruments and the provenance of their facts, indexed.

Read from ``kampungkb/data/legal/registry.json`` on first use. References inside it are
written as citations (``"PP 21/1994"``), read by the citation grammar.

    >>> BUILT_IN.by_identity(InstrumentRef(InstrumentType.LAW, "52", 2009)).gazette.supplement
    5080
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Iterator
from typing import Any

from .._core import data_file, field, model, once
from ..codec import from_dict
from ..errors import ErrorCode, ErrorItem, PathPart
from ._instrument import (
    Confidence,
    Gazette,
    GazetteKind,
    InstrumentRef,
    InstrumentType,
    LegalInstrument,
    add_instrument_check,
)
from ._order import chronological
from ._writing import format_gazette, short_text

__all__ = ["BUILT_IN", "Entry", "FactProvenance", "Store", "amenders", "identity_key", "registry_problems"]

#: True while this thread builds a store: its own records are the reference, not checked against it.
_LOADING: contextvars.ContextVar[bool] = contextvars.ContextVar("kampungkb_registry_loading", default=False)


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
        token = _LOADING.set(True)
        try:
            entries = from_dict(data_file(self._area, self._name)["instruments"], tuple[Entry, ...])
        finally:
            _LOADING.reset(token)
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


def registry_problems(item: LegalInstrument) -> Iterator[ErrorItem]:
    """Where ``item`` contradicts the built-in registry (an invariant of every instrument).

    An instrument with a registered identity may leave facts unknown, but each fact it
    states must be the registry's (its title only unless ``title_as_written``); any other
    instrument may not claim a registered instrument's gazette entry.

    >>> from kampungkb.legal import LegalInstrument, InstrumentType
    >>> [e.message for e in registry_problems(LegalInstrument(type=InstrumentType.LAW, number="52", year=2009))]
    []
    """
    if _LOADING.get():
        return
    for location, message, code in _registry_problems_of(item):
        yield ErrorItem(location, message, code)


#: How many distinct instruments the registry check remembers.
_CHECKED_INSTRUMENTS = 1024


@functools.lru_cache(maxsize=_CHECKED_INSTRUMENTS)
def _registry_problems_of(item: LegalInstrument) -> tuple[tuple[tuple[PathPart, ...], str, ErrorCode], ...]:
    """The registry's problems with ``item``, remembered: a pure function of the (immutable, hashable)
    instrument and the built-in registry, which never changes once read. Kept as plain tuples, so that
    each call builds its own :class:`ErrorItem` objects."""
    return tuple((problem.location, problem.message, problem.code) for problem in _registry_problems(item))


def _registry_problems(item: LegalInstrument) -> Iterator[ErrorItem]:
    ref = item.ref
    entry = BUILT_IN.entry(ref)
    if entry is None:
        yield from _gazette_of_another(item)
        return
    known = entry.instrument
    name = short_text(known.ref)
    for part in ("number", "issuer"):
        if getattr(item, part) != getattr(known, part):
            yield _differs(part, f"the registry writes {name}'s {part}", getattr(known, part), getattr(item, part))
    if known.title is not None and item.title is not None and item.title != known.title and not item.title_as_written:
        yield ErrorItem(
            ("title",),
            f"the registry's title of {name} is {known.title!r}; found {item.title!r}"
            " (set title_as_written to keep the title as the document wrote it)",
            ErrorCode.INVARIANT,
        )
    for part in ("enacted", "promulgated"):
        stated, recorded = getattr(item, part), getattr(known, part)
        if stated is not None and recorded is not None and stated != recorded:
            yield _differs(part, f"the registry gives {name} {part}", recorded, stated)
    yield from _gazette_problems(item.gazette, known.gazette, name)
    for part in ("amends", "revokes"):
        recorded_refs = {identity_key(r) for r in getattr(known, part)}
        for index, stated_ref in enumerate(getattr(item, part)):
            if recorded_refs and identity_key(stated_ref) not in recorded_refs:
                listed = ", ".join(short_text(r) for r in getattr(known, part))
                yield ErrorItem(
                    (part, index),
                    f"the registry gives {name} {part} {listed}; found {short_text(stated_ref)}",
                    ErrorCode.INVARIANT,
                )
    if item.sources and item.sources != known.sources:
        yield ErrorItem(
            ("sources",),
            f"sources describe the registry's facts of {name}: give the registry's {len(known.sources)} or none",
            ErrorCode.INVARIANT,
        )
    if item.confidence is not None and item.confidence is not known.confidence:
        yield _differs("confidence", f"the registry gives {name} confidence", known.confidence, item.confidence)


add_instrument_check(registry_problems)


# ---------------------------------------------------------------------------
# Helpers


def _shown(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, Confidence | GazetteKind):
        return value.code
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return repr(value)


def _differs(part: str, says: str, recorded: Any, stated: Any) -> ErrorItem:
    return ErrorItem(tuple(part.split(".")), f"{says} {_shown(recorded)}; found {_shown(stated)}", ErrorCode.INVARIANT)


def _gazette_problems(stated: Gazette | None, recorded: Gazette | None, name: str) -> Iterator[ErrorItem]:
    if stated is None or recorded is None:
        return
    for part in ("kind", "year", "number", "supplement"):
        mine, theirs = getattr(stated, part), getattr(recorded, part)
        if mine is None or theirs is None or mine == theirs:
            continue
        yield _differs(f"gazette.{part}", f"the registry gives {name}'s gazette {part}", theirs, mine)


def _gazette_of_another(item: LegalInstrument) -> Iterator[ErrorItem]:
    gazette = item.gazette
    if gazette is None:
        return
    owner = BUILT_IN.by_gazette(gazette)
    if owner is None or gazette.year < item.year:  # an earlier gazette is reported by the instrument itself
        return
    yield ErrorItem(
        ("gazette",),
        f"{format_gazette(owner.gazette or gazette)} is {short_text(owner.ref)}'s in the registry,"
        f" not {short_text(item.ref)}'s",
        ErrorCode.INVARIANT,
    )
