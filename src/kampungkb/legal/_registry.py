"""The registry of the programme's legal basis: package data, loaded on first use.

>>> registry.get("UU 52/2009").gazette.supplement
5080
>>> [format(i.ref.number) for i in registry.amended_by("UU 23/2014")]
['2', '9', '11', '6']
"""

from __future__ import annotations

from collections.abc import Iterator

from .._core import describe
from ..errors import ErrorCode, ValidationError
from ._citation import parse_citation_detailed
from ._instrument import Gazette, InstrumentRef, LegalInstrument
from ._order import hierarchy_sorted
from ._store import BUILT_IN, Entry, FactProvenance, Store

__all__ = ["Registry", "program_legal_basis", "registry"]


class Registry:
    """The built-in instruments, indexed by identity and by gazette; loaded on first use.

    Every method that takes an instrument accepts anything
    :func:`~kampungkb.legal.parse_citation` accepts, an :class:`InstrumentRef` or a
    :class:`LegalInstrument`; ``get`` returns the registered instrument or None.

    >>> registry.get("Peraturan BKKBN Nomor 20 Tahun 2023").title
    'Penyelenggaraan Kampung Keluarga Berkualitas'
    >>> registry.get("UU 1/2020") is None
    True
    >>> len(registry) > 10, "Inpres 3/2022" in registry
    (True, True)
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, citation: str | InstrumentRef | LegalInstrument) -> LegalInstrument | None:
        """The registered instrument ``citation`` names, or None.

        Raises:
            ValidationError: when ``citation`` is text that is not a citation, or of another type.
        """
        return self._store.by_identity(_ref_of(citation))

    def provenance(self, citation: str | InstrumentRef | LegalInstrument) -> tuple[FactProvenance, ...]:
        """The facts of a registered instrument whose confidence or sources differ from its own.

        >>> registry.provenance("UU 23/2014")[0].fact
        'enacted'
        """
        return self._require(citation).facts

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
        return self._store.amenders(_ref_of(citation))

    def by_gazette(self, gazette: Gazette) -> LegalInstrument | None:
        """The registered instrument promulgated in ``gazette`` (matched on kind, year and number).

        >>> from kampungkb.legal import Gazette, GazetteKind
        >>> registry.by_gazette(Gazette(kind=GazetteKind.STATE_GAZETTE, year=2014, number=244)).title
        'Pemerintahan Daerah'
        """
        if not isinstance(gazette, Gazette):
            raise ValidationError.single((), f"expected a Gazette, found {describe(gazette)}", ErrorCode.TYPE)
        return self._store.by_gazette(gazette)

    def program_basis(self) -> tuple[LegalInstrument, ...]:
        """The instruments that form the Kampung KB programme's legal basis, in hierarchy order."""
        return hierarchy_sorted(entry.instrument for entry in self._store.entries() if entry.program_basis)

    def __iter__(self) -> Iterator[LegalInstrument]:
        return (entry.instrument for entry in self._store.entries())

    def __len__(self) -> int:
        return len(self._store.entries())

    def __contains__(self, citation: object) -> bool:
        if not isinstance(citation, str | InstrumentRef | LegalInstrument):
            return False
        try:
            return self.get(citation) is not None
        except ValidationError:
            return False

    def __repr__(self) -> str:
        return "<Registry of kampungkb's built-in instruments>"

    def _require(self, citation: str | InstrumentRef | LegalInstrument) -> Entry:
        ref = _ref_of(citation)
        entry = self._store.entry(ref)
        if entry is None:
            raise ValidationError.single((), f"{ref} is not in the registry", ErrorCode.INVALID_VALUE)
        return entry


#: The built-in registry (package data ``kampungkb/data/legal/registry.json``).
registry = Registry(BUILT_IN)


def program_legal_basis() -> tuple[LegalInstrument, ...]:
    """The instruments that form the Kampung KB programme's legal basis, in "Mengingat" order.

    >>> from kampungkb.legal import format_citation
    >>> for instrument in program_legal_basis():
    ...     print(format_citation(instrument))
    UU 52/2009
    UU 23/2014
    PP 87/2014
    Perpres 62/2010
    Perpres 153/2014
    Perpres 72/2021
    Inpres 3/2022
    Perban 20/2023
    """
    return registry.program_basis()


def _ref_of(citation: object) -> InstrumentRef:
    if isinstance(citation, LegalInstrument):
        return citation.ref
    if isinstance(citation, InstrumentRef):
        return citation
    if isinstance(citation, str):
        return parse_citation_detailed(citation).instrument.ref
    raise ValidationError.single(
        (),
        f"expected a citation string, an InstrumentRef or a LegalInstrument, found a {type(citation).__name__}",
        ErrorCode.TYPE,
    )
