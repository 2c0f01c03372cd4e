"""Kemendagri region codes (kode wilayah) as an immutable value type.

A code names a province (``PP``), a regency or city (``PP.KK``), a district
(``PP.KK.CC``) or a village (``PP.KK.CC.DDDD``). The dotted form is canonical;
the compact form (the digits alone, as the national Kampung KB portal stores
them) is accepted everywhere a code is read.

    >>> code = RegionCode.parse("3575011001")
    >>> str(code), code.level.code, code.village_kind.code
    ('35.75.01.1001', 'desa_kelurahan', 'kelurahan')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final, NoReturn

from .._core import CodedEnum, describe, lazy_pattern, once, type_error
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._data import province_codes

__all__ = ["RegionCode", "RegionLevel", "VillageKind"]


class RegionLevel(CodedEnum):
    """The four levels of Indonesian administrative regions, with their code length.

    >>> RegionLevel.REGENCY.code, RegionLevel.REGENCY.label, RegionLevel.REGENCY.digits
    ('kabupaten_kota', 'Kabupaten/Kota', 4)
    """

    PROVINCE = "provinsi", "Provinsi", 2
    REGENCY = "kabupaten_kota", "Kabupaten/Kota", 4
    DISTRICT = "kecamatan", "Kecamatan", 6
    VILLAGE = "desa_kelurahan", "Desa/Kelurahan", 10

    digits: int

    def __init__(self, code: str, label: str, digits: int) -> None:
        self.digits = digits


class VillageKind(CodedEnum):
    """What a village is, read from the first of its four digits (1, 2 or 3).

    >>> VillageKind.URBAN_VILLAGE.code, VillageKind.URBAN_VILLAGE.label
    ('kelurahan', 'Kelurahan')
    """

    URBAN_VILLAGE = "kelurahan", "Kelurahan"
    RURAL_VILLAGE = "desa", "Desa"
    CUSTOMARY_VILLAGE = "desa_adat", "Desa Adat"


class RegionCode:
    """A valid Kemendagri region code: immutable, hashable, ordered parents first.

    Build one with :meth:`parse` (or the constructor, which does the same): it
    takes the dotted form (``"35.75.01.1001"``) or the compact form
    (``"3575011001"``), with surrounding whitespace tolerated, and raises
    :class:`~kampungkb.errors.ValidationError` for anything else, with code
    ``type`` (not a string), ``format`` (characters or dots out of place),
    ``length`` (not 2, 4, 6 or 10 digits) or ``component`` (an unknown
    province, a regency that is neither kabupaten 01–69 nor kota 71–99, a zero
    district, a village whose first digit is not 1–3 or whose serial is 000).

    >>> kelurahan = RegionCode("35.75.01.1001")
    >>> kelurahan.parent, kelurahan.province
    (RegionCode('35.75.01'), RegionCode('35'))
    >>> kelurahan.is_within(RegionCode("35.75")), kelurahan.is_city
    (True, True)
    >>> sorted([kelurahan, RegionCode("36"), RegionCode("35.75")])
    [RegionCode('35.75'), RegionCode('35.75.01.1001'), RegionCode('36')]
    >>> RegionCode("35.70")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: regency 70 in '35.70' is neither a kabupaten (01-69) nor a kota (71-99) [component]
    """

    __slots__ = ("_digits", "_dotted")

    _digits: str
    _dotted: str  # the dotted form, written once (what str() and JSON give)

    def __new__(cls, text: RegionCode | str) -> RegionCode:
        return cls.parse(text)

    @classmethod
    def parse(cls, text: RegionCode | str) -> RegionCode:
        """The code written as ``text`` (dotted or compact, whitespace around it ignored).

        A :class:`RegionCode` is returned as it is, so every function that takes a region
        reads its argument through this one method (see "Region arguments" in the docs).

        >>> RegionCode.parse(" 35.75 ")
        RegionCode('35.75')
        >>> code = RegionCode("35.75")
        >>> RegionCode.parse(code) is code, RegionCode(code) is code
        (True, True)
        >>> RegionCode.parse(3575)
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: expected a RegionCode or a region code (a string), found an integer (3575) [type]
        >>> RegionCode.parse("35-75")
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $: expected a region code of ASCII digits 0-9 and dots (PP.KK.CC.DDDD, or the digits alone), found ... [format]
        """
        if type(text) is RegionCode:
            return text
        if not isinstance(text, str):
            raise type_error("a RegionCode or a region code (a string)", text)
        return _trusted(cls, _checked_digits(text, strip=True))

    # -- the code's parts --------------------------------------------------

    @property
    def compact(self) -> str:
        """The digits alone, as the Kampung KB portal stores them.

        >>> RegionCode("35.75.01").compact
        '357501'
        """
        return self._digits

    @property
    def level(self) -> RegionLevel:
        """Province, regency/city, district or village, from the number of digits.

        >>> RegionCode("35.75.01").level
        <RegionLevel.DISTRICT: 'kecamatan'>
        """
        return _LEVELS[len(self._digits)]

    @property
    def parent(self) -> RegionCode | None:
        """The code one level up; None for a province.

        >>> RegionCode("35.75").parent, RegionCode("35").parent
        (RegionCode('35'), None)
        """
        digits = self._digits
        length = len(digits)
        if length == 2:
            return None
        return _trusted(RegionCode, digits[: _PARENT_LENGTH[length]])

    @property
    def province(self) -> RegionCode:
        """The province the code lies in (itself, for a province).

        >>> RegionCode("3575011001").province
        RegionCode('35')
        """
        digits = self._digits
        return self if len(digits) == 2 else _trusted(RegionCode, digits[:2])

    def ancestors(self) -> tuple[RegionCode, ...]:
        """The codes above this one, province first (empty for a province).

        >>> RegionCode("35.75.01.1001").ancestors()
        (RegionCode('35'), RegionCode('35.75'), RegionCode('35.75.01'))
        """
        digits = self._digits
        return tuple(_trusted(RegionCode, digits[:n]) for n in (2, 4, 6) if n < len(digits))

    def is_within(self, other: RegionCode | str) -> bool:
        """True when this code is ``other`` (a RegionCode or its text) or lies inside it.

        A code counts as within itself, the way a set is a subset of itself.

        >>> RegionCode("35.75.01").is_within(RegionCode("35")), RegionCode("35").is_within("35")
        (True, True)
        >>> RegionCode("35").is_within("35.75")
        False
        """
        return self._digits.startswith(RegionCode.parse(other)._digits)

    @property
    def is_city(self) -> bool | None:
        """True in a kota (regency digits 71-99), False in a kabupaten (01-69); None for a province.

        >>> RegionCode("35.75").is_city, RegionCode("35.14.01").is_city, RegionCode("35").is_city
        (True, False, None)
        """
        digits = self._digits
        if len(digits) == 2:
            return None
        return digits[2] >= "7"

    @property
    def village_kind(self) -> VillageKind | None:
        """Kelurahan, desa or desa adat for a village (first serial digit 1, 2, 3); None above village level.

        >>> RegionCode("33.11.02.2007").village_kind
        <VillageKind.RURAL_VILLAGE: 'desa'>
        >>> RegionCode("35.75.01").village_kind is None
        True
        """
        digits = self._digits
        if len(digits) != 10:
            return None
        return _VILLAGE_KINDS[digits[6]]

    # -- value behaviour ---------------------------------------------------

    def __str__(self) -> str:
        return self._dotted

    def __repr__(self) -> str:
        return f"RegionCode('{self}')"

    def __eq__(self, other: object) -> bool:
        if type(other) is not RegionCode:
            return NotImplemented
        return self._digits == other._digits

    def __ne__(self, other: object) -> bool:
        if type(other) is not RegionCode:
            return NotImplemented
        return self._digits != other._digits

    def __lt__(self, other: object) -> bool:
        if type(other) is not RegionCode:
            return NotImplemented
        return self._digits < other._digits

    def __le__(self, other: object) -> bool:
        if type(other) is not RegionCode:
            return NotImplemented
        return self._digits <= other._digits

    def __gt__(self, other: object) -> bool:
        if type(other) is not RegionCode:
            return NotImplemented
        return self._digits > other._digits

    def __ge__(self, other: object) -> bool:
        if type(other) is not RegionCode:
            return NotImplemented
        return self._digits >= other._digits

    def __hash__(self) -> int:
        return hash(self._digits)

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise AttributeError(f"RegionCode is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"RegionCode is immutable; cannot delete {name!r}")

    def __reduce__(self) -> tuple[type[RegionCode], tuple[str]]:
        return (RegionCode, (str(self),))

    def __copy__(self) -> RegionCode:
        return self

    def __deepcopy__(self, memo: Any) -> RegionCode:
        return self

    # -- the codec's value-type protocol -----------------------------------

    @classmethod
    def _from_json_value(cls, value: Any) -> RegionCode:
        """Load a code from JSON: the dotted or compact string exactly, no surrounding whitespace.

        >>> RegionCode._from_json_value("3575")
        RegionCode('35.75')
        """
        if cls is not RegionCode or type(value) is not str:
            return _trusted(cls, _checked_digits(value, strip=False))
        code = _LOADED.get(value)
        if code is None:
            code = _trusted(cls, _checked_digits(value, strip=False))
            if len(_LOADED) < _LOADED_LIMIT:
                _LOADED[value] = code
        return code

    def _to_json_value(self) -> str:
        """The dotted form, which is what JSON carries.

        >>> RegionCode("3575")._to_json_value()
        '35.75'
        """
        return str(self)

    @classmethod
    def _json_schema(cls) -> dict[str, Any]:
        """The JSON Schema of a code's string form (dotted or compact, each part valid).

        >>> import re
        >>> pattern = RegionCode._json_schema()["pattern"]
        >>> bool(re.search(pattern, "35.75.01.1001")), bool(re.search(pattern, "35.70"))
        (True, False)
        """
        return {
            "type": "string",
            "pattern": _schema_pattern(),
            "description": "A Kemendagri region code (kode wilayah): PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD, "
            "or the same digits without dots.",
        }


# ---------------------------------------------------------------------------
# Helpers

_LEVELS: Final = {level.digits: level for level in RegionLevel}
_PARENT_LENGTH: Final = {4: 2, 6: 4, 10: 6}
_VILLAGE_KINDS: Final = {
    "1": VillageKind.URBAN_VILLAGE,
    "2": VillageKind.RURAL_VILLAGE,
    "3": VillageKind.CUSTOMARY_VILLAGE,
}
_VALID_LENGTHS: Final = frozenset(_LEVELS)
_COMPACT: Final = lazy_pattern(r"[0-9]{2}(?:[0-9]{2}(?:[0-9]{2}(?:[0-9]{4})?)?)?", re.ASCII)
_DOTTED: Final = lazy_pattern(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?", re.ASCII)
_DIGITS_AND_DOTS: Final = lazy_pattern(r"[0-9.]*", re.ASCII)
_EXPECTED: Final = "a region code of ASCII digits 0-9 and dots (PP.KK.CC.DDDD, or the digits alone)"

_set_digits: Callable[[RegionCode, str], None] = vars(RegionCode)["_digits"].__set__
_set_dotted: Callable[[RegionCode, str], None] = vars(RegionCode)["_dotted"].__set__


def _dotted(digits: str) -> str:
    length = len(digits)
    if length == 2:
        return digits
    if length == 4:
        return f"{digits[:2]}.{digits[2:]}"
    if length == 6:
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:]}"
    return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}"


#: Codes already read from JSON, by their text: codes are immutable, so one instance serves
#: every document that writes the same text (the first few thousand texts are kept).
_LOADED: dict[str, RegionCode] = {}
_LOADED_LIMIT: Final = 4096


def _trusted(cls: type[RegionCode], digits: str) -> RegionCode:
    """A code from digits already known to be valid (no checks)."""
    code = object.__new__(cls)
    _set_digits(code, digits)
    _set_dotted(code, _dotted(digits))
    return code


def _checked_digits(value: Any, *, strip: bool) -> str:
    """The compact digits of a valid code written as ``value``, or a ValidationError."""
    if type(value) is not str:
        if not isinstance(value, str):
            raise type_error("a region code (a string)", value)
        value = str(value)
    text: str = value.strip() if strip else value
    # Fast path: one match against the pattern of every valid code.
    if _valid_code_pattern().fullmatch(text) is not None:
        return text.replace(".", "") if "." in text else text
    # Slow path: say what is wrong.
    if _COMPACT.fullmatch(text) is None and _DOTTED.fullmatch(text) is None:
        _raise_layout_error(value, text, strip=strip)
    raise ValidationError(_component_problems(text.replace(".", ""), value))


def _raise_layout_error(value: str, text: str, *, strip: bool) -> NoReturn:
    """Say why ``text`` is in no accepted layout: ``format`` or ``length``."""
    if not strip and text != text.strip():
        raise ValidationError.single(
            (), f"expected {_EXPECTED} with no surrounding whitespace, found {describe(value)}", ErrorCode.FORMAT
        )
    if _DIGITS_AND_DOTS.fullmatch(text) is None:
        raise ValidationError.single((), f"expected {_EXPECTED}, found {describe(value)}", ErrorCode.FORMAT)
    count = len(text) - text.count(".")
    if count not in _VALID_LENGTHS:
        raise ValidationError.single(
            (),
            f"expected a region code of 2, 4, 6 or 10 digits, found {count} digit{'s' if count != 1 else ''} "
            f"in {describe(value)}",
            ErrorCode.LENGTH,
        )
    raise ValidationError.single(
        (),
        f"expected the dots to split the code as PP.KK.CC.DDDD (2, 2, 2 and 4 digits), found {describe(value)}",
        ErrorCode.FORMAT,
    )


def _component_problems(digits: str, value: str) -> list[ErrorItem]:
    """Every part of well-formed ``digits`` that is not a valid code component."""
    problems: list[ErrorItem] = []
    shown = value.strip()
    if len(shown) > 20:
        shown = shown[:17] + "..."
    if digits[:2] not in province_codes():
        problems.append(
            ErrorItem(
                (), f"province {digits[:2]} in {shown!r} is not one of the 38 province codes", ErrorCode.COMPONENT
            )
        )
    length = len(digits)
    if length >= 4:
        regency = digits[2:4]
        if regency in {"00", "70"}:
            problems.append(
                ErrorItem(
                    (),
                    f"regency {regency} in {shown!r} is neither a kabupaten (01-69) nor a kota (71-99)",
                    ErrorCode.COMPONENT,
                )
            )
    if length >= 6 and digits[4:6] == "00":
        problems.append(ErrorItem((), f"district 00 in {shown!r} is not a kecamatan (01-99)", ErrorCode.COMPONENT))
    if length == 10:
        if digits[6] not in _VILLAGE_KINDS:
            problems.append(
                ErrorItem(
                    (),
                    f"village {digits[6:]} in {shown!r} must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)",
                    ErrorCode.COMPONENT,
                )
            )
        elif digits[7:] == "000":
            problems.append(
                ErrorItem((), f"village {digits[6:]} in {shown!r} has serial number 000", ErrorCode.COMPONENT)
            )
    return problems


@once
def _schema_pattern() -> str:
    """A whole-string pattern accepting exactly the valid codes, dotted or compact."""
    by_first: dict[str, list[str]] = {}
    for code in sorted(province_codes()):
        by_first.setdefault(code[0], []).append(code[1])
    provinces = "|".join(f"{first}[{''.join(seconds)}]" for first, seconds in by_first.items())
    province, regency, district, village = (
        f"(?:{provinces})",
        "(?:0[1-9]|[1-6][0-9]|7[1-9]|[89][0-9])",
        "(?:0[1-9]|[1-9][0-9])",
        "[1-3](?:00[1-9]|0[1-9][0-9]|[1-9][0-9]{2})",
    )
    compact = f"{province}(?:{regency}(?:{district}(?:{village})?)?)?"
    dotted = rf"{province}(?:\.{regency}(?:\.{district}(?:\.{village})?)?)?"
    return f"^(?:{compact}|{dotted})$"


@once
def _valid_code_pattern() -> re.Pattern[str]:
    """The schema pattern, compiled: the fast path of parsing."""
    return re.compile(_schema_pattern(), re.ASCII)
