"""Strategies for :mod:`kampungkb.regions` (requires hypothesis).

Codes are valid by construction: the province is drawn from the built-in
table, the regency from 01–69 (kabupaten) or 71–99 (kota), the district from
01–99, and the village from a first digit 1–3 followed by a serial 001–999.
"""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ..errors import ValidationError
from ..regions import (
    CodeChange,
    CodeReading,
    Location,
    Province,
    Region,
    RegionCode,
    RegionLevel,
    national_gazetteer,
    provinces,
)
from ._text import text

__all__ = [
    "built_in_provinces",
    "code_changes",
    "code_readings",
    "listed_region_codes",
    "listed_regions",
    "locations",
    "region_codes",
    "region_names",
    "regions",
]

_LEVELS = tuple(RegionLevel)


def built_in_provinces() -> st.SearchStrategy[Province]:
    """One of the 38 built-in provinces (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(built_in_provinces())
    ... def check(province):
    ...     assert province.code.level is RegionLevel.PROVINCE
    >>> check()
    """
    return st.sampled_from(provinces())


def region_codes(
    *, level: RegionLevel | None = None, within: RegionCode | str | None = None
) -> st.SearchStrategy[RegionCode]:
    """Valid :class:`~kampungkb.regions.RegionCode` values (requires hypothesis).

    ``level`` fixes the level (any level when None); ``within`` (a RegionCode or
    its text) keeps the codes inside that code (the code itself included, when the
    levels allow it).

    >>> from hypothesis import given
    >>> pasuruan = RegionCode("35.75")
    >>> @given(region_codes(level=RegionLevel.VILLAGE, within=pasuruan))
    ... def check(code):
    ...     assert code.is_within(pasuruan) and code.village_kind is not None
    >>> check()
    """
    if level is not None and type(level) is not RegionLevel:
        raise InvalidArgument(f"level must be a RegionLevel, not {level!r}")
    if within is not None:
        try:
            within = RegionCode.parse(within)
        except ValidationError as exc:
            raise InvalidArgument(f"within must be a RegionCode or its text: {exc.errors[0].message}") from None
    start = within.compact if within is not None else ""
    if level is not None:
        if level.digits < len(start):
            raise InvalidArgument(f"no {level.code} code lies within {within}")
        return _extend(start, level.digits)
    return st.one_of(*(_extend(start, lv.digits) for lv in _LEVELS if lv.digits >= len(start)))


def listed_region_codes(
    *, level: RegionLevel | None = None, within: RegionCode | str | None = None, edition: str | int | None = None
) -> st.SearchStrategy[RegionCode]:
    """Real codes, listed in the national gazetteer (the current edition unless ``edition``) (requires hypothesis).

    Unlike :func:`region_codes` (valid by their digits, mostly not real places), these pass
    :func:`~kampungkb.regions.check_places`. ``level`` and ``within`` narrow them.

    >>> from hypothesis import given
    >>> @given(listed_region_codes(level=RegionLevel.VILLAGE, within="35.75"))
    ... def check(code):
    ...     assert code in national_gazetteer() and code.is_within("35.75")
    >>> check()
    """
    if level is not None and type(level) is not RegionLevel:
        raise InvalidArgument(f"level must be a RegionLevel, not {level!r}")
    try:
        inside = None if within is None else RegionCode.parse(within)
        gazetteer = national_gazetteer(edition)
    except ValidationError as exc:
        raise InvalidArgument(exc.errors[0].message) from None
    codes = [code for code in gazetteer.codes(level) if inside is None or code.is_within(inside)]
    if not codes:
        raise InvalidArgument(f"no {'' if level is None else level.code + ' '}code lies within {within}")
    return st.sampled_from(codes)


def listed_regions(
    *, level: RegionLevel | None = None, within: RegionCode | str | None = None, edition: str | int | None = None
) -> st.SearchStrategy[Region]:
    """Real regions with their listed names, from the national gazetteer (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(listed_regions(level=RegionLevel.REGENCY))
    ... def check(region):
    ...     assert national_gazetteer().name(region.code) == region.name
    >>> check()
    """
    gazetteer = national_gazetteer(edition)
    return listed_region_codes(level=level, within=within, edition=edition).map(
        lambda code: Region(code, gazetteer.name(code) or "")
    )


def code_changes() -> st.SearchStrategy[CodeChange]:
    """Valid :class:`~kampungkb.regions.CodeChange` values, as the crosswalk writes them (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(code_changes())
    ... def check(change):
    ...     assert change.confidence == "INFERRED"
    >>> check()
    """
    return st.builds(
        CodeChange,
        old_edition=st.sampled_from(("2018", "2020", "2022", "2023")),
        new_edition=st.just("2025"),
        old_code=region_codes(),
        old_name=region_names(max_size=60),
        new_code=st.none() | region_codes(),
        new_name=st.none() | region_names(max_size=60),
        rule=region_names(max_size=100),
    )


def code_readings() -> st.SearchStrategy[CodeReading]:
    """Valid :class:`~kampungkb.regions.CodeReading` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(code_readings())
    ... def check(reading):
    ...     assert reading.written
    >>> check()
    """
    return st.builds(
        CodeReading,
        code=region_codes(),
        written=st.one_of(region_codes().map(str), region_codes().map(lambda code: code.compact)),
        corrections=st.lists(region_names(max_size=80), max_size=3).map(tuple),
        edition=st.sampled_from(("2018", "2020", "2022", "2023", "2025")),
    )


def region_names(*, max_size: int = 60) -> st.SearchStrategy[str]:
    """Region names: printable text with no surrounding whitespace and no line breaks (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(region_names(max_size=10))
    ... def check(name):
    ...     assert name == name.strip() and 1 <= len(name) <= 10
    >>> check()
    """
    return st.tuples(_FIRST, text(max_size=max_size - 1)).map(lambda parts: (parts[0] + parts[1]).rstrip())


def regions(
    *, code: st.SearchStrategy[RegionCode] | None = None, name: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Region]:
    """Valid :class:`~kampungkb.regions.Region` values (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(regions(code=region_codes(level=RegionLevel.DISTRICT)))
    ... def check(region):
    ...     assert region.code.level is RegionLevel.DISTRICT
    >>> check()
    """
    return st.builds(
        Region,
        code=code if code is not None else region_codes(),
        name=name if name is not None else region_names(),
    )


def locations(
    *,
    code: st.SearchStrategy[RegionCode] | None = None,
    labels: st.SearchStrategy[str | None] | None = None,
    coordinates: st.SearchStrategy[tuple[float, float] | None] | None = None,
) -> st.SearchStrategy[Location]:
    """Valid :class:`~kampungkb.regions.Location` values (requires hypothesis).

    ``labels`` draws each of dusun, rw and rt (None or text); they are drawn
    only under a village-level code, as the model requires. ``coordinates``
    draws a (latitude, longitude) pair or None.

    >>> from hypothesis import given
    >>> @given(locations(code=region_codes(level=RegionLevel.REGENCY)))
    ... def check(location):
    ...     assert location.rt is None
    >>> check()
    """
    code_strategy = code if code is not None else region_codes()
    label_strategy = labels if labels is not None else st.none() | _labels()
    coordinate_strategy = coordinates if coordinates is not None else st.none() | _coordinates()

    @st.composite
    def build(draw: st.DrawFn) -> Location:
        where = draw(code_strategy)
        dusun = rw = rt = None
        if where.level is RegionLevel.VILLAGE:
            dusun, rw, rt = draw(label_strategy), draw(label_strategy), draw(label_strategy)
        pair = draw(coordinate_strategy)
        latitude, longitude = (None, None) if pair is None else pair
        return Location(code=where, dusun=dusun, rw=rw, rt=rt, latitude=latitude, longitude=longitude)

    return build()


# ---------------------------------------------------------------------------
# Helpers

# A letter or digit first (U+02BC, a modifier letter, is an apostrophe to name matching, which drops it).
_FIRST = st.characters(codec="utf-8", categories=("L", "N"), exclude_characters="\u02bc")
_REGENCY = (st.integers(1, 69) | st.integers(71, 99)).map("{:02d}".format)
_DISTRICT = st.integers(1, 99).map("{:02d}".format)
_VILLAGE = st.builds("{}{:03d}".format, st.sampled_from("123"), st.integers(1, 999))
_PARTS = ((2, _REGENCY), (4, _DISTRICT), (6, _VILLAGE))


def _provinces() -> st.SearchStrategy[str]:
    return st.sampled_from([province.code.compact for province in provinces()])


def _extend(start: str, digits: int) -> st.SearchStrategy[RegionCode]:
    """Codes of ``digits`` digits that begin with the valid code ``start``."""
    parts: list[st.SearchStrategy[str]] = [st.just(start) if start else st.deferred(_provinces)]
    parts.extend(part for length, part in _PARTS if max(len(start), 2) <= length < digits)
    return st.tuples(*parts).map(lambda chunks: RegionCode.parse("".join(chunks)))


def _labels() -> st.SearchStrategy[str]:
    """Sub-village labels as written: "05", "RW 05", "Krajan"."""
    return st.one_of(
        st.integers(1, 999).map("{:02d}".format),
        st.builds("{} {:02d}".format, st.sampled_from(("RW", "RT")), st.integers(1, 99)),
        region_names(max_size=50),
    )


def _coordinates() -> st.SearchStrategy[tuple[float, float]]:
    return st.tuples(
        st.floats(-90.0, 90.0, allow_nan=False),
        st.floats(-180.0, 180.0, allow_nan=False),
    )
