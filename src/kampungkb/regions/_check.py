"""Records checked against the national gazetteer: every code exists, the places agree.

:func:`check_places` walks a record (an event, a Kampung KB, an official, an organization —
any model), checks every region code in it against the edition in force at the record's date,
and runs the place rules each model declares (a hook, ``_place_checks``, that the areas
define: an event's host, venue, organizer and opener; a name that states a region). It returns
a :class:`PlaceCheck` of errors and notes; it never raises for what it finds.

Why a separate step and not a model invariant: the gazetteer is 90,000 names unpacked on first
use, the edition depends on the record's date, and much of what it finds is a note, not a
certainty. Invariants stay for what the code's digits alone make certain.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> check = check_places(pasuruan_city_workshop_2020())
    >>> check.edition, check.errors
    ('2020', ())
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

import attrs

from .._core import field_plans
from ..errors import ErrorCode, ErrorItem, PathPart, ValidationError
from ._code import RegionCode, RegionLevel
from ._editions import crosswalk
from ._names import name_words
from ._national import (
    CURRENT_EDITION,
    NationalGazetteer,
    edition_in_force,
    editions,
    national_gazetteer,
)
from ._read import did_you_mean

__all__ = ["PlaceCheck", "PlaceContext", "check_places"]

#: The words that state a region in a name, and the level they state.
_STATING = {
    "kota": RegionLevel.REGENCY,
    "kabupaten": RegionLevel.REGENCY,
    "kab": RegionLevel.REGENCY,
    "provinsi": RegionLevel.PROVINCE,
    "prov": RegionLevel.PROVINCE,
}


class PlaceCheck:
    """What :func:`check_places` found: errors (the record is wrong) and notes (worth a look).

    >>> check = PlaceCheck("2025", (), ())
    >>> check.ok, check.raise_for_errors() is None
    (True, True)
    """

    __slots__ = ("edition", "errors", "notes")

    def __init__(self, edition: str, errors: tuple[ErrorItem, ...], notes: tuple[ErrorItem, ...]) -> None:
        self.edition = edition
        self.errors = errors
        self.notes = notes

    @property
    def ok(self) -> bool:
        """True when there are no errors (notes may remain).

        >>> PlaceCheck("2025", (), ()).ok
        True
        """
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise a :class:`~kampungkb.errors.ValidationError` listing the errors, when there are any.

        >>> problem = ErrorItem(("host_region",), "no such code", ErrorCode.INVALID_VALUE)
        >>> PlaceCheck("2025", (problem,), ()).raise_for_errors()
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $.host_region: no such code [invalid_value]
        """
        if self.errors:
            raise ValidationError(self.errors)

    def __repr__(self) -> str:
        return f"<PlaceCheck edition {self.edition}: {len(self.errors)} errors, {len(self.notes)} notes>"


class PlaceContext:
    """What a model's place rules are given: the edition's gazetteer and name helpers.

    >>> context = PlaceContext(national_gazetteer())
    >>> [(phrase, [str(c) for c in codes]) for phrase, codes in context.stated_regions("DP3AKB Kota Pasuruan")]
    [('Kota Pasuruan', ['35.75'])]
    """

    __slots__ = ("gazetteer",)

    def __init__(self, gazetteer: NationalGazetteer) -> None:
        self.gazetteer = gazetteer

    def label(self, code: RegionCode) -> str:
        """``code`` with its name when the edition lists it: "35.75 (Kota Pasuruan)".

        >>> PlaceContext(national_gazetteer()).label(RegionCode("35.14"))
        '35.14 (Kabupaten Pasuruan)'
        """
        name = self.gazetteer.name(code)
        return str(code) if name is None else f"{code} ({name})"

    def stated_regions(self, text: str) -> tuple[tuple[str, tuple[RegionCode, ...]], ...]:
        """The regions a text names with Kota, Kabupaten/Kab. or Provinsi/Prov., with their codes.

        >>> [(p, [str(c) for c in codes]) for p, codes in
        ...  PlaceContext(national_gazetteer()).stated_regions("Perwakilan BKKBN Provinsi Jawa Timur")]
        [('Provinsi Jawa Timur', ['35'])]
        """
        words = text.split()
        found: list[tuple[str, tuple[RegionCode, ...]]] = []
        index = 0
        while index < len(words):
            folded = name_words(words[index])
            level = _STATING.get(folded[0]) if len(folded) == 1 else None
            if level is None:
                index += 1
                continue
            match: tuple[str, tuple[RegionCode, ...]] | None = None
            for end in range(min(len(words), index + 6), index + 1, -1):
                phrase = " ".join(words[index:end])
                hits = self.gazetteer.search(phrase, level=level)
                exact = tuple(hit.code for hit in hits if "".join(name_words(phrase)[1:]) == _bare_key(hit.name))
                if exact:
                    match = (phrase, exact)
                    break
            if match is None:
                index += 1
                continue
            found.append(match)
            index += len(match[0].split())
        return tuple(found)

    def name_matches(self, text: str, code: RegionCode, location: tuple[PathPart, ...]) -> Iterator[ErrorItem]:
        """An error for each region ``text`` states (Kota X, Kabupaten X, Provinsi X) that ``code`` is not in.

        >>> context = PlaceContext(national_gazetteer())
        >>> [str(e) for e in context.name_matches("Dinas PPKB Kab. Pasuruan", RegionCode("35.75"), ("region",))]
        ['$.region: the name says Kab. Pasuruan (35.14), but the region is 35.75 (Kota Pasuruan) [invariant]']
        """
        for phrase, codes in self.stated_regions(text):
            digits = codes[0].level.digits
            stated = ", ".join(str(c) for c in codes)
            if len(code.compact) < digits:
                yield ErrorItem(
                    location,
                    f"the name says {phrase} ({stated}), but the region is {self.label(code)}, above it",
                    ErrorCode.INVARIANT,
                )
            elif RegionCode(code.compact[:digits]) not in codes:
                yield ErrorItem(
                    location,
                    f"the name says {phrase} ({stated}), but the region is {self.label(code)}",
                    ErrorCode.INVARIANT,
                )

    def is_named(self, code: RegionCode, name: str) -> bool | None:
        """Whether the edition names ``code`` ``name`` (level words, case, spacing ignored); None if unlisted.

        >>> PlaceContext(national_gazetteer()).is_named(RegionCode("35.75"), "PASURUAN")
        True
        """
        listed = self.gazetteer.name(code)
        if listed is None:
            return None
        return _bare_key(listed) == _bare_key(name)


def check_places(record: object, *, edition: str | int | None = None) -> PlaceCheck:
    """Check a record's places against the national gazetteer; errors and notes, each located.

    ``edition`` defaults to the edition in force at the record's date (its start, launch or
    term start; INFERRED from the editions' years) and to the current one for an undated record.

    Errors: a code the chosen edition does not list and no shipped edition lists (with the
    nearest codes); a name stating a region that its code is not; places the event's level
    makes impossible. Notes: a code listed in another edition only; a code that has changed
    since (with the newer code); places that are unusual but possible.

    >>> from kampungkb.people import Organization, OrganizationKind
    >>> office = Organization(name="DP3AKB Kota Pasuruan", kind=OrganizationKind.REGIONAL_AGENCY,
    ...                       region=RegionCode("35.14"))
    >>> for item in check_places(office).errors:
    ...     print(item)
    $.region: the name says Kota Pasuruan (35.75), but the region is 35.14 (Kabupaten Pasuruan) [invariant]
    """
    year = edition_in_force(_record_date(record)) if edition is None else national_gazetteer(edition).edition
    gazetteer = national_gazetteer(year)
    context = PlaceContext(gazetteer)
    errors: list[ErrorItem] = []
    notes: list[ErrorItem] = []
    for is_error, item in _walk(record, (), context, set()):
        (errors if is_error else notes).append(item)
    return PlaceCheck(year, tuple(dict.fromkeys(errors)), tuple(dict.fromkeys(notes)))


# ---------------------------------------------------------------------------
# Helpers


_LEVEL_WORDS = frozenset({*_STATING, "kecamatan", "kec", "kelurahan", "kel", "desa"})


def _bare_key(name: str) -> str:
    words = name_words(name)
    if len(words) > 1 and words[0] in _LEVEL_WORDS:
        words = words[1:]
    if words[:1] == ["administrasi"]:
        words = words[1:]
    return "".join(words)


def _record_date(record: object) -> _dt.date | None:
    hook = getattr(record, "_place_date", None)
    if hook is None:
        return None
    found = hook()
    return found if isinstance(found, _dt.date) else None


def _walk(
    value: object, path: tuple[PathPart, ...], context: PlaceContext, seen: set[int]
) -> Iterator[tuple[bool, ErrorItem]]:
    if type(value) is RegionCode:
        yield from _code_problems(value, path, context)
        return
    if isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index), context, seen)
        return
    if not attrs.has(type(value)) or id(value) in seen:
        return
    seen.add(id(value))
    for plan in field_plans(type(value)):
        yield from _walk(getattr(value, plan.name), (*path, plan.name), context, seen)
    hook = getattr(value, "_place_checks", None)
    if hook is not None:
        for is_error, item in hook(context):
            yield is_error, item.prefixed(*path) if path else item


def _code_problems(
    code: RegionCode, path: tuple[PathPart, ...], context: PlaceContext
) -> Iterator[tuple[bool, ErrorItem]]:
    gazetteer = context.gazetteer
    year = gazetteer.edition
    if code in gazetteer:
        if year != CURRENT_EDITION and code not in national_gazetteer():
            change = next((c for c in crosswalk(year) if c.old_code == code), None)
            if change is not None and change.new_code is not None:
                said = f"is {context_label(change.new_code)} in the {CURRENT_EDITION} edition (INFERRED: {change.rule})"
            else:
                said = f"is not listed in the {CURRENT_EDITION} edition"
            yield False, ErrorItem(path, f"{context.label(code)} of the {year} edition {said}", ErrorCode.INVALID_VALUE)
        return
    listed_in = [e["edition"] for e in editions() if code in national_gazetteer(e["edition"])]
    if listed_in:
        yield (
            False,
            ErrorItem(
                path,
                f"{code} is not in the {year} edition (taken to be in force at the record's date, INFERRED) but the "
                f"{', '.join(listed_in)} edition{'s list' if len(listed_in) > 1 else ' lists'} it as "
                f"{national_gazetteer(listed_in[0]).name(code)}",
                ErrorCode.INVALID_VALUE,
            ),
        )
        return
    yield (
        True,
        ErrorItem(
            path,
            f"{code} is not a region code in the {year} edition{did_you_mean(code, gazetteer)}",
            ErrorCode.INVALID_VALUE,
        ),
    )


def context_label(code: RegionCode) -> str:
    """``code`` with its current name."""
    name = national_gazetteer().name(code)
    return str(code) if name is None else f"{code} ({name})"
