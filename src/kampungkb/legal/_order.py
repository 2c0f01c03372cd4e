"""The order of instruments in a "Mengingat" list: by rank in the hierarchy, then by date."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._core import describe
from ..errors import ErrorCode, ValidationError
from ._instrument import InstrumentRef, InstrumentType, LegalInstrument

__all__ = ["chronological", "hierarchy_sorted"]


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
                (index,), f"expected a LegalInstrument or InstrumentRef, found {describe(item)}", ErrorCode.TYPE
            )
    return tuple(sorted(items, key=_hierarchy_key))


_TYPE_ORDER = {member: index for index, member in enumerate(InstrumentType)}


def _hierarchy_key(item: LegalInstrument | InstrumentRef) -> tuple[Any, ...]:
    order = _TYPE_ORDER[item.type]
    if item.type.rank is None:  # outside the hierarchy: grouped by type, in a fixed order
        return (99, order, *chronological(item), order)
    return (item.type.rank, 0, *chronological(item), order)


def chronological(item: LegalInstrument | InstrumentRef) -> tuple[Any, ...]:
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
