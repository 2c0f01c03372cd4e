"""Writing an instrument's identity and gazette as citations do: the parts that need no registry.

>>> from kampungkb.legal import InstrumentRef, InstrumentType
>>> short_text(InstrumentRef(InstrumentType.LAW, "52", 2009))
'UU 52/2009'
"""

from __future__ import annotations

from typing import Any, Final

from .._core import describe
from ..errors import ErrorCode, ValidationError
from ._instrument import Gazette, GazetteKind, InstrumentRef, InstrumentType, LegalInstrument

__all__ = ["format_gazette", "long_text", "short_text", "with_gazette"]


#: Short forms that fold the issuer into the abbreviation (seen in use; see the docs).
_FOLDED_SHORT_NAMES: Final[dict[tuple[InstrumentType, str], str]] = {
    (InstrumentType.MINISTERIAL_REGULATION, "Dalam Negeri"): "Permendagri",
    (InstrumentType.MINISTERIAL_REGULATION, "Kesehatan"): "Permenkes",
    (InstrumentType.MINISTERIAL_DECREE, "Dalam Negeri"): "Kepmendagri",
}


def format_gazette(gazette: Gazette) -> str:
    """The gazette as a citation writes it, without the parentheses.

    >>> from kampungkb.legal import Gazette, GazetteKind
    >>> format_gazette(Gazette(kind=GazetteKind.STATE_BULLETIN, year=2020, number=703))
    'Berita Negara Republik Indonesia Tahun 2020 Nomor 703'
    """
    if not isinstance(gazette, Gazette):
        raise ValidationError.single((), f"expected a Gazette, found {describe(gazette)}", ErrorCode.TYPE)
    text = f"{gazette.kind.label} Tahun {gazette.year} Nomor {gazette.number}"
    if gazette.supplement is not None and gazette.kind is GazetteKind.STATE_GAZETTE:
        text += f", Tambahan {GazetteKind.STATE_GAZETTE.label} Nomor {gazette.supplement}"
    return text


def short_text(item: LegalInstrument | InstrumentRef) -> str:
    if item.type is InstrumentType.CONSTITUTION:
        return item.type.abbreviations[0]
    number = item.number or ""
    marker = "" if number[:1].isdigit() else "Nomor "
    return f"{_short_name(item.type, item.issuer)} {marker}{number}/{item.year}"


def _short_name(type_: InstrumentType, issuer: str | None) -> str:
    if issuer is None:
        return type_.short_name
    folded = _FOLDED_SHORT_NAMES.get((type_, issuer))
    if folded is not None:
        return folded
    if type_ is InstrumentType.REGENCY_CITY_REGULATION:
        return f"Perda {issuer}"
    return f"{type_.short_name} {issuer}"


def _long_name(type_: InstrumentType, issuer: str | None) -> str:
    if issuer is None:
        return type_.label
    if type_ is InstrumentType.REGENCY_CITY_REGULATION:
        return f"Peraturan Daerah {issuer}"
    return f"{type_.label} {issuer}"


def long_text(item: LegalInstrument | InstrumentRef) -> str:
    if item.type is InstrumentType.CONSTITUTION:
        return item.type.label
    if item.type is InstrumentType.MPR_DECREE:
        identity = f"Nomor {item.number}/{item.year}"
    else:
        identity = f"Nomor {item.number} Tahun {item.year}"
    text = f"{_long_name(item.type, item.issuer)} {identity}"
    title: Any = getattr(item, "title", None)
    return text if title is None else f"{text} tentang {title}"


def with_gazette(item: LegalInstrument) -> str:
    text = long_text(item)
    return text if item.gazette is None else f"{text} ({format_gazette(item.gazette)})"
