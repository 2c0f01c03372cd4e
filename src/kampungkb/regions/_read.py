"""Region codes as other systems write them: split into parts, with a lost zero, or in BPS layout.

:func:`read_code` reads a code as a spreadsheet or an export gives it and checks it against
the national gazetteer: a code that lost a leading zero ("35.5", "357511001") is restored and
the restoration reported, but only when exactly one listed code fits; a BPS-style code (a
7-digit kecamatan, a 10-digit village in the BPS layout) is refused, the difference named.
:func:`read_code_parts` reads the portal's split columns (``provinsi_id``, ``kabupaten_id``,
``kecamatan_id``, ``desa_id``).

    >>> reading = read_code("35.5")
    >>> str(reading.code), reading.corrections
    ('35.05', ("'35.5' read as 35.05 (Kabupaten Blitar): a leading zero restored",))
"""

from __future__ import annotations

from typing import Any, Final

from .._core import LINE, describe, field, model, type_error
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._code import RegionCode
from ._national import NationalGazetteer, national_gazetteer

__all__ = ["CodeReading", "near_codes", "read_code", "read_code_parts"]

_WIDTHS: Final = (2, 2, 2, 4)
_PART_NAMES: Final = ("provinsi_id", "kabupaten_id", "kecamatan_id", "desa_id")


@model(kw_only=True)
class CodeReading:
    """A code read from what a system wrote, with every correction made on the way.

    >>> CodeReading(code=RegionCode("35.75"), written="3575").corrections
    ()
    """

    code: RegionCode = field(description="the code read")
    written: str = field(max_length=200, pattern=LINE, description="what was read, as written (stripped)")
    corrections: tuple[str, ...] = field(
        default=(), max_items=10, description="each change made to read it, said in words"
    )
    edition: str = field(default="2025", max_length=4, pattern=LINE, description="the edition it was checked in")


def read_code(value: str | int, *, edition: str | int | None = None) -> CodeReading:
    """A listed region code from text as systems write it, with the corrections reported.

    Accepted: the dotted or compact code; a number (a spreadsheet cell), read as its digits;
    a code whose parts lost leading zeros ("35.5.1", "357511001"), restored when exactly one
    listed code fits. Refused, naming the difference: a 7-digit BPS kecamatan code, a
    10-digit code in the BPS layout, and any code the edition does not list (with the codes
    nearest to it).

    >>> str(read_code(3575).code), read_code(3575).corrections
    ('35.75', ('the number 3575 read as the code 35.75',))
    >>> read_code("3575010")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: '3575010' has 7 digits, the BPS layout of a kecamatan (PP KK CCC: a 3-digit district); ... [length]
    >>> read_code("35.1")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: '35.1' is ambiguous: 35.01 (Kabupaten Pacitan) or 35.10 (Kabupaten Banyuwangi) [invalid_value]
    """
    gazetteer = national_gazetteer(edition)
    corrections: list[str] = []
    if type(value) is int and not isinstance(value, bool):
        text = str(value)
        if value < 0:
            raise type_error("a region code (a string, or a spreadsheet's number)", value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise type_error("a region code (a string, or a spreadsheet's number)", value)
    code = _read(text, value, gazetteer, corrections)
    if type(value) is int and not corrections:
        corrections.append(f"the number {value} read as the code {code}")
    return CodeReading(code=code, written=text, corrections=tuple(corrections), edition=gazetteer.edition)


def read_code_parts(
    *,
    provinsi_id: str | None = None,
    kabupaten_id: str | None = None,
    kecamatan_id: str | None = None,
    desa_id: str | None = None,
    edition: str | int | None = None,
) -> CodeReading:
    """The deepest code given by the portal's split columns, each part checked against the ones above.

    Each part is the cumulative code (``kabupaten_id`` "3575") as the portal stores it; a part
    holding only its own digits ("75") is read under the part above, and said so.

    >>> str(read_code_parts(provinsi_id="35", kabupaten_id="3575", kecamatan_id="357501").code)
    '35.75.01'
    >>> read_code_parts(provinsi_id="35", kabupaten_id="75").corrections
    ("kabupaten_id '75' holds only its own digits; read under provinsi_id 35 as 35.75",)
    >>> read_code_parts(provinsi_id="35", kabupaten_id="3674")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.kabupaten_id: 36.74 does not lie in provinsi_id 35 [invariant]
    """
    gazetteer = national_gazetteer(edition)
    parts = (provinsi_id, kabupaten_id, kecamatan_id, desa_id)
    errors: list[ErrorItem] = []
    corrections: list[str] = []
    above: RegionCode | None = None
    last = max((i for i, part in enumerate(parts) if part is not None), default=-1)
    if last < 0:
        raise ValidationError.single((), "expected at least provinsi_id, found no part", ErrorCode.MISSING)
    for depth, (name, part) in enumerate(zip(_PART_NAMES, parts, strict=True)):
        if depth > last:
            break
        if part is None:
            errors.append(ErrorItem((name,), f"{name} is required with {_PART_NAMES[last]}", ErrorCode.MISSING))
            above = None
            continue
        if type(part) is not str:
            errors.extend(type_error("a code part (a string)", part).prefixed(name).errors)
            above = None
            continue
        text = part.strip()
        width = sum(_WIDTHS[: depth + 1])
        if depth > 0 and above is not None and len(text) == _WIDTHS[depth] and text.isdigit():
            joined = above.compact + text
            corrections.append(
                f"{name} {part!r} holds only its own digits; read under {_PART_NAMES[depth - 1]} "
                f"{above} as {RegionCode(joined) if _valid(joined) else joined}"
            )
            text = joined
        try:
            code = _read(text, part, gazetteer, corrections)
        except ValidationError as exc:
            errors.extend(exc.prefixed(name).errors)
            above = None
            continue
        if len(code.compact) != width:
            errors.append(
                ErrorItem(
                    (name,), f"expected a {code.level.label} code of {width} digits, found {code}", ErrorCode.LENGTH
                )
            )
        elif above is not None and not code.is_within(above):
            errors.append(
                ErrorItem((name,), f"{code} does not lie in {_PART_NAMES[depth - 1]} {above}", ErrorCode.INVARIANT)
            )
        above = code
    if errors:
        raise ValidationError(errors)
    assert above is not None
    return CodeReading(
        code=above,
        written=" ".join(p.strip() for p in parts if p is not None),
        corrections=tuple(corrections),
        edition=gazetteer.edition,
    )


def near_codes(code: RegionCode, gazetteer: NationalGazetteer, limit: int = 5) -> tuple[RegionCode, ...]:
    """Listed codes at the same level one slip away from ``code``: two digits swapped, or one changed.

    >>> [str(c) for c in near_codes(RegionCode("35.57"), national_gazetteer())][:1]
    ['35.75']
    """
    digits = code.compact
    found: list[str] = []
    seen = {digits}
    for i in range(len(digits) - 1):
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        if swapped not in seen:
            seen.add(swapped)
            if swapped in gazetteer:
                found.append(swapped)
    for i in reversed(range(len(digits))):
        for digit in "0123456789":
            changed = digits[:i] + digit + digits[i + 1 :]
            if changed not in seen:
                seen.add(changed)
                if changed in gazetteer:
                    found.append(changed)
    return tuple(RegionCode(c) for c in found[:limit])


def did_you_mean(code: RegionCode, gazetteer: NationalGazetteer) -> str:
    """'; did you mean 35.75 (Kota Pasuruan)?' for the near codes, or '' when there are none."""
    near = near_codes(code, gazetteer)
    if not near:
        return ""
    return "; did you mean " + " or ".join(f"{c} ({gazetteer.name(c)})" for c in near) + "?"


# ---------------------------------------------------------------------------
# Helpers


def _valid(digits: str) -> bool:
    try:
        RegionCode(digits)
    except ValidationError:
        return False
    return True


def _read(text: str, value: Any, gazetteer: NationalGazetteer, corrections: list[str]) -> RegionCode:
    """The listed code ``text`` stands for, restoring lost zeros when one code fits."""
    shown = describe(value) if not isinstance(value, str | int) else repr(str(value).strip())
    try:
        code = RegionCode.parse(text)
    except ValidationError as exc:
        bps = _bps_refusal(text, shown)
        if bps is not None:
            raise bps from None
        candidates = [c for c in _restorations(text) if c in gazetteer]
        if len(candidates) == 1:
            corrections.append(
                f"{shown} read as {candidates[0]} ({gazetteer.name(candidates[0])}): a leading zero restored"
            )
            return candidates[0]
        if len(candidates) > 1:
            listed = " or ".join(f"{c} ({gazetteer.name(c)})" for c in candidates)
            raise ValidationError.single((), f"{shown} is ambiguous: {listed}", ErrorCode.INVALID_VALUE) from None
        raise exc from None
    if code not in gazetteer:
        candidates = [c for c in _restorations(text) if c in gazetteer and c != code]
        if len(candidates) > 0:
            listed = " or ".join(f"{c} ({gazetteer.name(c)})" for c in candidates)
            raise ValidationError.single(
                (),
                f"{code} is not a region code in the {gazetteer.edition} edition; with a lost zero restored "
                f"{shown} could be {listed}",
                ErrorCode.INVALID_VALUE,
            )
        raise ValidationError.single(
            (),
            f"{code} is not a region code in the {gazetteer.edition} edition{did_you_mean(code, gazetteer)}",
            ErrorCode.INVALID_VALUE,
        )
    return code


def _restorations(text: str) -> list[RegionCode]:
    """The codes ``text`` could be if parts lost a leading zero (or a spreadsheet dropped a trailing one)."""
    found: list[str] = []
    if "." in text:
        parts = text.split(".")
        if not 1 < len(parts) <= 4 or not all(part.isdigit() for part in parts):
            return []
        options: list[list[str]] = []
        for part, width in zip(parts, _WIDTHS, strict=False):
            if len(part) > width:
                return []
            choices = [part.zfill(width)]
            if len(part) < width and part == parts[-1] and width == 2:
                choices.append(part.ljust(width, "0"))  # a number cell: 35.10 shown as 35.1
            options.append(list(dict.fromkeys(choices)))
        combos = [""]
        for choices in options:
            combos = [done + choice for done in combos for choice in choices]
        found = combos
    elif text.isdigit() and len(text) in {3, 5, 9}:
        starts = [s for s in (2, 4, 6) if s < len(text)]
        found = [text[:s] + "0" + text[s:] for s in starts]
    codes = []
    for digits in dict.fromkeys(found):
        if _valid(digits):
            codes.append(RegionCode(digits))
    return codes


def _bps_refusal(text: str, shown: str) -> ValidationError | None:
    digits = text.replace(".", "") if "." not in text.strip(".") or text.replace(".", "").isdigit() else text
    if not digits.isdigit():
        return None
    if len(digits) == 7:
        return ValidationError.single(
            (),
            f"{shown} has 7 digits, the BPS layout of a kecamatan (PP KK CCC: a 3-digit district); a Kemendagri "
            "kecamatan code has 6 (PP.KK.CC) and the two number districts differently, so it is not converted: "
            "look the district up by name",
            ErrorCode.LENGTH,
        )
    if len(digits) == 10 and digits[6] not in "123":
        return ValidationError.single(
            (),
            f"{shown} is not a Kemendagri village code: its village part {digits[6:]} must start with 1 (kelurahan), "
            "2 (desa) or 3 (desa adat); 10 digits in the BPS layout (PP KK CCC DDD: a 3-digit district and "
            "village) number places differently, so it is not converted: look the village up by name",
            ErrorCode.COMPONENT,
        )
    return None
