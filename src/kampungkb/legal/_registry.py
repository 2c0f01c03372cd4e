"""The registry of the programme's legal basis: package data, loaded on first use.

>>> registry.get("UU 52/2009").gazette.supplement
5080
>>> [format(i.ref.number) for i in registry.amended_by("UU 23/2014")]
['2', '9', '11', '6']
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from .._core import describe, field, model
from ..errors import ErrorCode, ValidationError
from ._instrument import Confidence, Gazette, InstrumentRef, InstrumentType, LegalInstrument

__all__ = ["FactProvenance", "Registry", "hierarchy_sorted", "program_legal_basis", "registry"]

_Key = tuple[InstrumentType, str | None, int, str | None]


@model(kw_only=True)
class FactProvenance:
    """Where one fact of a registered instrument comes from, when it differs from the instrument's.

    ``fact`` names the field (``"gazette"``, ``"gazette.supplement"``, ``"enacted"`` …).
    ``sources`` may be empty when the only source is unnamed public code; ``note`` says so.

    >>> [p.fact for p in registry.provenance("UU 6/2023")]
    ['promulgated', 'gazette', 'amends', 'title']
    """

    fact: str = field(min_length=1, max_length=100)
    confidence: Confidence
    sources: tuple[str, ...] = field(default=(), max_items=20)
    note: str | None = field(default=None, min_length=1, max_length=1000)


@model(kw_only=True)
class _Entry:
    """One record of registry.json."""

    instrument: LegalInstrument
    program_basis: bool
    facts: tuple[FactProvenance, ...] = ()
    note: str | None = field(default=None, min_length=1, max_length=1000)


class Registry:
    """The built-in instruments, indexed by identity and by gazette; loaded on first use.

    ``get`` accepts anything :func:`~kampungkb.legal.parse_citation` accepts, an
    :class:`InstrumentRef` or a :class:`LegalInstrument`, and returns the registered
    instrument or None.

    >>> registry.get("Peraturan BKKBN Nomor 20 Tahun 2023").title
    'Penyelenggaraan Kampung Keluarga Berkualitas'
    >>> registry.get("UU 1/2099") is None
    True
    >>> len(registry) > 10, "Inpres 3/2022" in registry
    (True, True)
    """

    def __init__(self, package: str, resource: str) -> None:
        self._package = package
        self._resource = resource
        self._lock = threading.Lock()
        self._entries: tuple[_Entry, ...] | None = None
        self._by_key: dict[_Key, _Entry] = {}
        self._by_gazette: dict[Gazette, LegalInstrument] = {}

    def get(self, citation: str | InstrumentRef | LegalInstrument) -> LegalInstrument | None:
        """The registered instrument ``citation`` names, or None.

        Raises:
            ValidationError: when ``citation`` is text that is not a citation, or of another type.
        """
        entry = self._entry(citation)
        return entry.instrument if entry is not None else None

    def provenance(self, citation: str | InstrumentRef | LegalInstrument) -> tuple[FactProvenance, ...]:
        """The facts of a registered instrument whose confidence or sources differ from its own.

        >>> registry.provenance("UU 23/2014")[0].fact
        'enacted'
        """
        entry = self._require(citation)
        return entry.facts

    def note(self, citation: str | InstrumentRef | LegalInstrument) -> str | None:
        """The registry's short note on an instrument (what it does for the programme).

        >>> registry.note("UU 23/2014").startswith("Lampiran huruf N")
        True
        """
        return self._require(citation).note

    def amended_by(self, citation: str | InstrumentRef | LegalInstrument) -> tuple[LegalInstrument, ...]:
        """The registered laws that amend an instrument, oldest first.

        A Perppu counts through the law that enacts it, so only Undang-Undang are listed.

        >>> [i.year for i in registry.amended_by("UU 12/2011")]
        [2019, 2022]
        """
        target = _ref_of(citation)
        found = [
            entry.instrument
            for entry in self._load()
            if entry.instrument.type is InstrumentType.LAW
            and any(_key(ref) == _key(target) for ref in entry.instrument.amends)
        ]
        return tuple(sorted(found, key=_chronological))

    def by_gazette(self, gazette: Gazette) -> LegalInstrument | None:
        """The registered instrument promulgated in ``gazette`` (matched on kind, year and number).

        >>> from kampungkb.legal import Gazette, GazetteKind
        >>> registry.by_gazette(Gazette(kind=GazetteKind.STATE_GAZETTE, year=2014, number=244)).title
        'Pemerintahan Daerah'
        """
        self._load()
        return self._by_gazette.get(Gazette(kind=gazette.kind, year=gazette.year, number=gazette.number))

    def program_basis(self) -> tuple[LegalInstrument, ...]:
        """The instruments that form the Kampung KB programme's legal basis, in hierarchy order."""
        return hierarchy_sorted(entry.instrument for entry in self._load() if entry.program_basis)

    def __iter__(self) -> Iterator[LegalInstrument]:
        return (entry.instrument for entry in self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __contains__(self, citation: object) -> bool:
        if not isinstance(citation, str | InstrumentRef | LegalInstrument):
            return False
        try:
            return self._entry(citation) is not None
        except ValidationError:
            return False

    def __repr__(self) -> str:
        state = f"{len(self._entries)} instruments" if self._entries is not None else "not loaded"
        return f"<Registry {self._resource} ({state})>"

    # -- helpers -------------------------------------------------------------

    def _entry(self, citation: str | InstrumentRef | LegalInstrument) -> _Entry | None:
        ref = _ref_of(citation)
        self._load()
        return self._by_key.get(_key(ref))

    def _require(self, citation: str | InstrumentRef | LegalInstrument) -> _Entry:
        entry = self._entry(citation)
        if entry is None:
            raise ValidationError.single((), f"{_ref_of(citation)} is not in the registry", ErrorCode.INVALID_VALUE)
        return entry

    def _load(self) -> tuple[_Entry, ...]:
        entries = self._entries
        if entries is None:
            with self._lock:
                entries = self._entries
                if entries is None:
                    entries = self._read()
                    self._by_key = {_key(entry.instrument.ref): entry for entry in entries}
                    self._by_gazette = {
                        Gazette(
                            kind=e.instrument.gazette.kind,
                            year=e.instrument.gazette.year,
                            number=e.instrument.gazette.number,
                        ): e.instrument
                        for e in entries
                        if e.instrument.gazette is not None
                    }
                    self._entries = entries
        return entries

    def _read(self) -> tuple[_Entry, ...]:
        from ..codec import from_dict

        text = resources.files(self._package).joinpath(self._resource).read_text(encoding="utf-8")
        data = json.loads(text)
        return from_dict(data["instruments"], tuple[_Entry, ...])


#: The built-in registry (package data ``kampungkb/data/legal/registry.json``).
registry = Registry("kampungkb", "data/legal/registry.json")


def program_legal_basis() -> tuple[LegalInstrument, ...]:
    """The instruments that form the Kampung KB programme's legal basis, in "Mengingat" order.

    >>> from kampungkb.legal import format_citation
    >>> [format_citation(i) for i in program_legal_basis()]
    ['UU 52/2009', 'UU 23/2014', 'PP 87/2014', 'Perpres 62/2010', 'Perpres 153/2014', 'Perpres 72/2021',
     'Inpres 3/2022', 'Perban 20/2023']
    """
    return registry.program_basis()


def hierarchy_sorted(instruments: Iterable[LegalInstrument | InstrumentRef]) -> tuple[Any, ...]:
    """Order instruments as Lampiran II of UU 12/2011 orders a "Mengingat" list.

    By rank in the UU 12/2011 Pasal 7 hierarchy (types outside it last, grouped by type),
    then chronologically: year, then the promulgation (or enactment) date where known, then
    the gazette entry (entries of one day are numbered in order), then number.

    >>> from kampungkb.legal import parse_citation, format_citation
    >>> items = [parse_citation(c) for c in ("Inpres 3/2022", "PP 87/2014", "UU 23/2014", "UU 52/2009")]
    >>> [format_citation(i) for i in hierarchy_sorted(items)]
    ['UU 52/2009', 'UU 23/2014', 'PP 87/2014', 'Inpres 3/2022']
    """
    if isinstance(instruments, str | bytes) or not isinstance(instruments, Iterable):
        raise ValidationError.single(
            (),
            f"expected an iterable of LegalInstrument or InstrumentRef, found {describe(instruments)}",
            ErrorCode.TYPE,
        )
    items = list(instruments)
    for index, item in enumerate(items):
        if not isinstance(item, LegalInstrument | InstrumentRef):
            raise ValidationError.single(
                (index,), f"expected a LegalInstrument or InstrumentRef, found a {type(item).__name__}", ErrorCode.TYPE
            )
    return tuple(sorted(items, key=_hierarchy_key))


_TYPE_ORDER = {member: index for index, member in enumerate(InstrumentType)}


def _hierarchy_key(item: LegalInstrument | InstrumentRef) -> tuple[Any, ...]:
    order = _TYPE_ORDER[item.type]
    if item.type.rank is None:  # outside the hierarchy: grouped by type, in a fixed order
        return (99, order, *_chronological(item), order)
    return (item.type.rank, 0, *_chronological(item), order)


def _chronological(item: LegalInstrument | InstrumentRef) -> tuple[Any, ...]:
    date = None
    gazette = None
    if isinstance(item, LegalInstrument):
        date = item.promulgated or item.enacted
        gazette = item.gazette
    return (
        item.year,
        date is None,
        date.toordinal() if date is not None else 0,
        gazette is None,
        gazette.number if gazette is not None else 0,  # entries of one day are numbered in order
        _number_key(item.number),
        item.issuer or "",
    )


def _number_key(number: str | None) -> tuple[tuple[int, str], ...]:
    if number is None:
        return ()
    parts: list[tuple[int, str]] = []
    digits = ""
    for char in number + "\0":
        if char.isdigit():
            digits += char
            continue
        if digits:
            parts.append((int(digits), ""))
            digits = ""
        if char != "\0":
            parts.append((-1, char))
    return tuple(parts)


def _key(ref: InstrumentRef) -> _Key:
    return (
        ref.type,
        ref.number.casefold() if ref.number is not None else None,
        ref.year,
        " ".join(ref.issuer.casefold().split()) if ref.issuer is not None else None,
    )


def _ref_of(citation: object) -> InstrumentRef:
    if isinstance(citation, LegalInstrument):
        return citation.ref
    if isinstance(citation, InstrumentRef):
        return citation
    if isinstance(citation, str):
        from ._citation import parse_citation_detailed

        return parse_citation_detailed(citation).instrument.ref
    raise ValidationError.single(
        (),
        f"expected a citation string, an InstrumentRef or a LegalInstrument, found a {type(citation).__name__}",
        ErrorCode.TYPE,
    )
