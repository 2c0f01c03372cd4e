"""Places by code: the built-in provinces, the sample gazetteer, and regency display names.

>>> province("35").name, regency_display_name("35.75.01.1001")
('Jawa Timur', 'Kota Pasuruan')
"""

from __future__ import annotations

from typing import Any

from .._core import describe, once
from ..errors import ErrorCode, ValidationError
from ._code import RegionCode, RegionLevel
from ._data import province_rows, sample_rows
from ._gazetteer import Gazetteer, InMemoryGazetteer, as_code
from ._models import Province, Region
from ._national import national_gazetteer

__all__ = [
    "compact",
    "format",
    "is_valid",
    "province",
    "provinces",
    "regency_display_name",
    "sample_gazetteer",
    "validate",
]


def compact(text: RegionCode | str) -> str:
    """The digits of a valid region code, without dots (the portal's storage form).

    >>> compact(" 35.75.01.1001 ")
    '3575011001'
    """
    return RegionCode.parse(text).compact


def validate(text: RegionCode | str) -> str:
    """The canonical dotted form of a valid region code, or a ValidationError saying what is wrong.

    >>> validate("3575011001")
    '35.75.01.1001'
    >>> validate("99")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: province 99 in '99' is not one of the 38 province codes [component]
    """
    return str(RegionCode.parse(text))


def is_valid(text: Any) -> bool:
    """True when ``text`` is a valid region code; never raises, whatever it is given.

    >>> is_valid("35.75"), is_valid("35.70"), is_valid(None), is_valid(3575)
    (True, False, False, False)
    """
    try:
        RegionCode.parse(text)
    except ValidationError:
        return False
    return True


def format(text: RegionCode | str) -> str:
    """The region code written for display: the dotted form (which is also the canonical one).

    >>> format("357501")
    '35.75.01'
    """
    return str(RegionCode.parse(text))


def province(code: RegionCode | str) -> Province:
    """The province with ``code`` (a 2-digit code, as :class:`RegionCode` or text).

    A code below province level is rejected rather than silently widened: use
    ``code.province`` to go up first.

    >>> province("35").name
    'Jawa Timur'
    >>> province(RegionCode("35.75.01").province).name
    'Jawa Timur'
    >>> province("31").short_name
    'DKI Jakarta'
    """
    found = as_code(code)
    if found.level is not RegionLevel.PROVINCE:
        raise ValidationError.single(
            (),
            f"expected a province code (2 digits), found {found} ({found.level.code}); use .province to go up",
            ErrorCode.INVALID_VALUE,
        )
    return _provinces_by_code()[found]


def provinces() -> tuple[Province, ...]:
    """The 38 provinces, in code order (the built-in table; see ``data/regions/provinces.json``).

    >>> len(provinces()), provinces()[0].name, provinces()[-1].name
    (38, 'Aceh', 'Papua Barat Daya')
    """
    return tuple(_provinces_by_code().values())


def sample_gazetteer() -> InMemoryGazetteer:
    """The shipped sample: the 38 provinces and Kota Pasuruan (35.75) with its 4 kecamatan and 34 kelurahan.

    >>> g = sample_gazetteer()
    >>> [region.name for region in g.children("35.75")]
    ['Gadingrejo', 'Purworejo', 'Bugul Kidul', 'Panggungrejo']
    >>> len(g.children("35.75.04"))
    13
    """
    return _sample_gazetteer()


def regency_display_name(code: RegionCode | str, gazetteer: Gazetteer | None = None) -> str:
    """The official display name of the regency or city a code lies in: "Kota Pasuruan", "Kabupaten …".

    ``code`` is at regency level or below (its regency is used). The name comes
    from ``gazetteer`` (the national gazetteer, current edition, by default); when the gazetteer
    gives a bare name, "Kota" or "Kabupaten" is put in front according to the
    code's digits (71–99 kota, 01–69 kabupaten), and "Kab." is written out.

    >>> regency_display_name("35.75.01.1001")
    'Kota Pasuruan'
    >>> mine = InMemoryGazetteer([Region(RegionCode("35.14"), "Pasuruan")])
    >>> regency_display_name("35.14", mine)
    'Kabupaten Pasuruan'
    >>> regency_display_name("13.07.01")
    'Kabupaten Lima Puluh Kota'
    >>> regency_display_name("35.14", sample_gazetteer())
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: the gazetteer has no name for regency 35.14; load one that lists it [invalid_value]
    """
    found = as_code(code)
    if found.level is RegionLevel.PROVINCE:
        raise ValidationError.single(
            (), f"expected a code at regency level or below, found the province {found}", ErrorCode.INVALID_VALUE
        )
    regency = found if found.level is RegionLevel.REGENCY else found.ancestors()[1]
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise ValidationError.single(
            (), f"expected a Gazetteer (with name, children and search), found {describe(gazetteer)}", ErrorCode.TYPE
        )
    source = national_gazetteer() if gazetteer is None else gazetteer
    name = source.name(regency)
    if name is None:
        raise ValidationError.single(
            (), f"the gazetteer has no name for regency {regency}; load one that lists it", ErrorCode.INVALID_VALUE
        )
    if type(name) is not str:
        raise ValidationError.single(
            (), f"the gazetteer gave {describe(name)} as the name of {regency}", ErrorCode.TYPE
        )
    return _with_regency_prefix(name, regency)


# ---------------------------------------------------------------------------
# Helpers

_KOTA = "Kota"
_KABUPATEN = "Kabupaten"


def _with_regency_prefix(name: str, regency: RegionCode) -> str:
    """``name`` starting with the right word: Kota or Kabupaten (Kab. written out)."""
    words = name.split(maxsplit=1)
    first = words[0].casefold() if words else ""
    rest = words[1] if len(words) > 1 else ""
    expected = _KOTA if regency.is_city else _KABUPATEN
    if first in {"kota", "kabupaten", "kab.", "kab"} and rest:
        said = _KOTA if first == "kota" else _KABUPATEN
        if said != expected:
            raise ValidationError.single(
                (),
                f"the gazetteer names {regency} {name!r}, but regency digits {regency.compact[2:]} make it a "
                f"{expected.casefold()}",
                ErrorCode.INVARIANT,
            )
        return name if first in {"kota", "kabupaten"} else f"{_KABUPATEN} {rest}"
    return f"{expected} {name}"


@once
def _provinces_by_code() -> dict[RegionCode, Province]:
    return {
        RegionCode(row.code): Province(RegionCode(row.code), row.name, row.short_name)
        for row in province_rows().values()
    }


@once
def _sample_gazetteer() -> InMemoryGazetteer:
    regions = [Region(p.code, p.name) for p in _provinces_by_code().values()]
    regions.extend(Region(RegionCode(code), name) for code, name in sample_rows())
    return InMemoryGazetteer(regions)
