"""The region models: a named region, a province, and a location inside a region.

>>> Region(RegionCode("35.75"), "Kota Pasuruan").code.is_city
True
"""

from __future__ import annotations

from collections.abc import Iterator

from .._core import LINE, field, model
from ..errors import ErrorCode, ErrorItem
from ._code import RegionCode, RegionLevel
from ._names import name_words

__all__ = ["NAME_PATTERN", "Location", "Province", "Region"]

#: A name or label as the source writes it: one line, nothing blank at either end (the core's LINE kind).
NAME_PATTERN = LINE


@model
class Region:
    """A region code with its name, as a gazetteer lists it.

    >>> Region(RegionCode("35.75.01.1001"), "Karangketug").name
    'Karangketug'
    >>> Region(RegionCode("35.75"), " ")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.name: expected one line of text, without spaces at either end, found ' ' [constraint]
    >>> Region(RegionCode("35.75"), "-")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.name: a region's name has a letter or digit; found '-' [invariant]
    """

    code: RegionCode = field(description="the Kemendagri region code")
    name: str = field(max_length=200, pattern=NAME_PATTERN, description="the region's name, as the source spells it")

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _wordless("name", self.name)


def _wordless(location: str, name: str | None) -> Iterator[ErrorItem]:
    """A name with no letter or digit (punctuation alone), which no search can find."""
    if name is not None and not name_words(name):
        yield ErrorItem((location,), f"a region's name has a letter or digit; found {name!r}", ErrorCode.INVARIANT)


@model
class Province:
    """One of the 38 provinces: its code, its name as the data set writes it, and a common short form.

    >>> Province(RegionCode("34"), "Daerah Istimewa Yogyakarta", "DI Yogyakarta").short_name
    'DI Yogyakarta'
    >>> Province(RegionCode("35.75"), "Kota Pasuruan")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.code: expected a province code (2 digits), found 35.75 (kabupaten_kota) [invariant]
    """

    code: RegionCode = field(description="the 2-digit province code")
    name: str = field(max_length=200, pattern=NAME_PATTERN, description="the name as the data set writes it")
    short_name: str | None = field(
        default=None,
        max_length=200,
        pattern=NAME_PATTERN,
        description="the abbreviated form in common use (DKI Jakarta), where one is known",
    )

    def _invariants(self) -> Iterator[ErrorItem]:
        yield from _wordless("name", self.name)
        yield from _wordless("short_name", self.short_name)
        if self.code.level is not RegionLevel.PROVINCE:
            yield ErrorItem(
                ("code",),
                f"expected a province code (2 digits), found {self.code} ({self.code.level.code})",
                ErrorCode.INVARIANT,
            )


@model(kw_only=True)
class Location:
    """Where something sits: a region code, the village's sub-units, and coordinates.

    The code may be at any level (a city-wide workshop sits in a kota); a
    Kampung KB requires a village-level code itself. The sub-village labels —
    ``dusun`` (hamlet, in a desa), ``rw`` (rukun warga) and ``rt`` (rukun
    tetangga) — are kept as written and are only allowed under a village code.
    Latitude and longitude are in decimal degrees and come together.

    >>> here = Location(code=RegionCode("35.75.01.1001"), rw="03", rt="01")
    >>> here.code.village_kind.label
    'Kelurahan'
    >>> Location(code=RegionCode("35.75"), rt="01", latitude=-7.6)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 2 validation errors
    $.rt: an rt label needs a village-level code, found 35.75 (kabupaten_kota) [invariant]
    $.longitude: latitude is given without longitude [invariant]
    """

    code: RegionCode = field(description="the region the location lies in, at any level")
    dusun: str | None = field(
        default=None, max_length=100, pattern=NAME_PATTERN, description="the dusun (hamlet) label"
    )
    rw: str | None = field(default=None, max_length=50, pattern=NAME_PATTERN, description="the rukun warga label")
    rt: str | None = field(default=None, max_length=50, pattern=NAME_PATTERN, description="the rukun tetangga label")
    latitude: float | None = field(default=None, ge=-90.0, le=90.0, description="decimal degrees, north positive")
    longitude: float | None = field(default=None, ge=-180.0, le=180.0, description="decimal degrees, east positive")

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.code.level is not RegionLevel.VILLAGE:
            for name in ("dusun", "rw", "rt"):
                if getattr(self, name) is not None:
                    yield ErrorItem(
                        (name,),
                        f"{'a' if name == 'dusun' else 'an'} {name} label needs a village-level code, "
                        f"found {self.code} ({self.code.level.code})",
                        ErrorCode.INVARIANT,
                    )
        if (self.latitude is None) != (self.longitude is None):
            given, missing = ("latitude", "longitude") if self.longitude is None else ("longitude", "latitude")
            yield ErrorItem((missing,), f"{given} is given without {missing}", ErrorCode.INVARIANT)
