"""UU 23/2014 Lampiran huruf N: who does what in population control and family planning.

>>> [a.item for a in authorities(GovernmentLevel.REGENCY_CITY, SubAffair.FAMILY_PLANNING)]
['a', 'b', 'c', 'd']
>>> family_planning_affair().category.label
'Urusan Pemerintahan Wajib yang tidak berkaitan dengan Pelayanan Dasar'
"""

from __future__ import annotations

from typing import Any, TypeVar

from .._core import CodedEnum, data_file, describe, field, model, once, with_article
from ..codec import from_dict
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._instrument import Confidence, InstrumentRef

__all__ = [
    "AffairCategory",
    "AffairClassification",
    "Authority",
    "GovernmentLevel",
    "SubAffair",
    "authorities",
    "family_planning_affair",
]

E = TypeVar("E", bound=CodedEnum)


class GovernmentLevel(CodedEnum):
    """The three levels of government between which UU 23/2014 divides concurrent affairs.

    >>> GovernmentLevel.from_code("kabupaten_kota").label
    'Daerah Kabupaten/Kota'
    """

    CENTRAL = "pusat", "Pemerintah Pusat"
    PROVINCE = "provinsi", "Daerah Provinsi"
    REGENCY_CITY = "kabupaten_kota", "Daerah Kabupaten/Kota"


class SubAffair(CodedEnum):
    """The four sub-affairs (sub urusan) of Lampiran N, with their number in the table.

    "Standardisasi dan Sertifikasi" is one sub-affair, held by the central government only.

    >>> [(s.number, s.label) for s in SubAffair][3]
    (4, 'Standardisasi dan Sertifikasi')
    """

    number: int

    POPULATION_CONTROL = "pengendalian_penduduk", "Pengendalian Penduduk", 1
    FAMILY_PLANNING = "keluarga_berencana", "Keluarga Berencana (KB)", 2
    FAMILY_WELFARE = "keluarga_sejahtera", "Keluarga Sejahtera", 3
    STANDARDIZATION_AND_CERTIFICATION = "standardisasi_dan_sertifikasi", "Standardisasi dan Sertifikasi", 4

    def __init__(self, code: str, label: str, number: int) -> None:
        self.number = number


class AffairCategory(CodedEnum):
    """How UU 23/2014 Pasal 11–12 classifies a concurrent affair handed to the regions.

    >>> AffairCategory.OPTIONAL.label
    'Urusan Pemerintahan Pilihan'
    """

    MANDATORY_BASIC_SERVICES = (
        "wajib_pelayanan_dasar",
        "Urusan Pemerintahan Wajib yang berkaitan dengan Pelayanan Dasar",
    )
    MANDATORY_NON_BASIC_SERVICES = (
        "wajib_non_pelayanan_dasar",
        "Urusan Pemerintahan Wajib yang tidak berkaitan dengan Pelayanan Dasar",
    )
    OPTIONAL = "pilihan", "Urusan Pemerintahan Pilihan"


@model(kw_only=True)
class Authority:
    """One authority of Lampiran N: a sub-affair, a level, the item letter and its wording as printed.

    ``item`` is the letter in the cell (None when the cell holds a single unlettered item);
    ``note`` records what is uncertain or odd about the wording.

    >>> first = authorities(GovernmentLevel.CENTRAL)[0]
    >>> first.sub_affair.label, first.item, first.confidence.code
    ('Pengendalian Penduduk', 'a', 'confirmed')
    """

    sub_affair: SubAffair
    level: GovernmentLevel
    item: str | None = field(pattern="[a-z]", description="the item letter in the Lampiran cell")
    text: str = field(min_length=1, max_length=1000, description="the wording as printed")
    note: str | None = field(default=None, min_length=1, max_length=1000)
    sources: tuple[str, ...] = field(default=(), max_items=20)
    confidence: Confidence


@model(kw_only=True)
class AffairClassification:
    """Where an affair sits in UU 23/2014: its category, the provision and the Lampiran letter.

    >>> c = family_planning_affair()
    >>> c.affair, c.provision, c.lampiran
    ('Pengendalian Penduduk dan Keluarga Berencana', 'Pasal 12 ayat (2) huruf h', 'N')
    """

    affair: str = field(min_length=1, max_length=200)
    category: AffairCategory
    basis: InstrumentRef
    provision: str = field(min_length=1, max_length=200)
    lampiran: str = field(pattern="[A-Z]{1,2}", description="the letter of the affair in the Lampiran")
    sources: tuple[str, ...] = field(default=(), max_items=20)
    confidence: Confidence


def authorities(
    level: GovernmentLevel | str | None = None, sub_affair: SubAffair | str | None = None
) -> tuple[Authority, ...]:
    """The authorities of Lampiran N, in table order, optionally for one level and/or sub-affair.

    ``level`` and ``sub_affair`` take members or their codes.

    >>> len(authorities()), len(authorities("provinsi"))
    (24, 6)
    >>> authorities("provinsi", "standardisasi_dan_sertifikasi")
    ()
    >>> authorities("desa")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.level: expected one of the GovernmentLevel codes ..., found a string ('desa') [invalid_value]
    """
    errors: list[ErrorItem] = []
    wanted_level = _member(GovernmentLevel, level, "level", errors)
    wanted_sub = _member(SubAffair, sub_affair, "sub_affair", errors)
    if errors:
        raise ValidationError(errors)
    return tuple(
        a
        for a in _data()[1]
        if (wanted_level is None or a.level is wanted_level) and (wanted_sub is None or a.sub_affair is wanted_sub)
    )


def family_planning_affair() -> AffairClassification:
    """The classification of "pengendalian penduduk dan keluarga berencana" in UU 23/2014.

    A concurrent affair, mandatory for the regions but not tied to basic services
    (Pasal 12 ayat (2) huruf h), divided in Lampiran huruf N.

    >>> family_planning_affair().basis
    InstrumentRef(type=<InstrumentType.LAW: 'uu'>, number='23', year=2014, issuer=None)
    """
    return _data()[0]


# ---------------------------------------------------------------------------
# Helpers


def _member(enum_type: type[E], value: Any, name: str, errors: list[ErrorItem]) -> E | None:
    if value is None or type(value) is enum_type:
        return value
    if type(value) is not str:
        errors.append(
            ErrorItem(
                (name,),
                f"expected {with_article(enum_type.__name__)} or its code, found {describe(value)}",
                ErrorCode.TYPE,
            )
        )
        return None
    try:
        return enum_type.from_code(value)
    except ValidationError as exc:
        errors.extend(item.prefixed(name) for item in exc.errors)
        return None


@once
def _data() -> tuple[AffairClassification, tuple[Authority, ...]]:
    data = data_file("legal", "lampiran_n")
    head = data["_source"]
    sources = (head["main_source"],)
    classification = from_dict(data["classification"], AffairClassification)
    items = []
    for index, raw in enumerate(data["authorities"]):
        record = {**raw, "sources": raw.get("sources", sources), "confidence": raw.get("confidence", "confirmed")}
        try:
            items.append(from_dict(record, Authority))
        except ValidationError as exc:
            raise exc.prefixed("authorities", index) from None
    return classification, tuple(items)
