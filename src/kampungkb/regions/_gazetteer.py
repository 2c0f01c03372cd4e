"""Gazetteers: the names of region codes, their children, and search by name.

>>> gazetteer = InMemoryGazetteer([Region(RegionCode("35.75"), "Kota Pasuruan")])
>>> gazetteer.name(RegionCode("35.75"))
'Kota Pasuruan'
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TextIO, runtime_checkable

from .._core import describe, parse_json, read_utf8, type_error
from ..codec import from_dict
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._code import RegionCode, RegionLevel
from ._models import Region
from ._names import name_key, name_words, readings

__all__ = ["Gazetteer", "InMemoryGazetteer", "as_code"]

Source = str | os.PathLike[str] | TextIO


@runtime_checkable
class Gazetteer(Protocol):
    """What kampungkb asks of a gazetteer: a code's name, a code's children, search by name.

    Implement these three methods over your own data (a database, the full
    Kepmendagri list) and pass the object wherever a gazetteer is accepted.

    >>> isinstance(InMemoryGazetteer([]), Gazetteer)
    True
    """

    def name(self, code: RegionCode) -> str | None:
        """The name of ``code``; None when the gazetteer does not know it."""
        ...

    def children(self, code: RegionCode) -> tuple[Region, ...]:
        """The regions one level below ``code`` that the gazetteer knows, in code order."""
        ...

    def search(
        self, query: str, *, level: RegionLevel | None = None, within: RegionCode | None = None
    ) -> tuple[Region, ...]:
        """The regions whose name contains ``query`` (case and apostrophes ignored), exact matches first."""
        ...


class InMemoryGazetteer:
    """A gazetteer held in memory, built from regions or loaded from a CSV or JSON file.

    Codes may be given as :class:`RegionCode` or as text (dotted or compact).

    >>> g = InMemoryGazetteer([
    ...     Region(RegionCode("35.75"), "Kota Pasuruan"),
    ...     Region(RegionCode("35.75.03"), "Bugul Kidul"),
    ...     Region(RegionCode("35.75.03.1003"), "Tapa'an"),
    ... ])
    >>> g.children("35.75")
    (Region(code=RegionCode('35.75.03'), name='Bugul Kidul'),)
    >>> [region.name for region in g.search("tapaan")]
    ["Tapa'an"]
    >>> len(g), "35.75.03" in g
    (3, True)
    """

    __slots__ = ("_by_code", "_children", "_folded")

    def __init__(self, regions: Iterable[Region]) -> None:
        if isinstance(regions, str | bytes) or not isinstance(regions, Iterable):
            raise type_error("an iterable of Region", regions)
        by_code: dict[RegionCode, Region] = {}
        errors: list[ErrorItem] = []
        for index, region in enumerate(regions):
            if type(region) is not Region:
                errors.extend(type_error("a Region", region).prefixed(index).errors)
            elif region.code in by_code:
                errors.append(
                    ErrorItem((index, "code"), f"{region.code} is listed twice in the gazetteer", ErrorCode.INVARIANT)
                )
            else:
                by_code[region.code] = region
        if errors:
            raise ValidationError(errors)
        self._by_code = dict(sorted(by_code.items()))
        children: dict[RegionCode, list[Region]] = {}
        for code, region in self._by_code.items():
            parent = code.parent
            if parent is not None:
                children.setdefault(parent, []).append(region)
        self._children = {code: tuple(found) for code, found in children.items()}
        self._folded = tuple((name_key(region.code.compact, region.name), region) for region in self._by_code.values())

    @classmethod
    def from_csv(cls, source: Source) -> InMemoryGazetteer:
        """Load a CSV file with a header row naming the columns ``code`` and ``name``.

        ``source`` is a path or an open text file. Codes may be dotted or
        compact. Errors are located by data row, counting from 0 (row ``i`` is
        line ``i + 2`` of the file). A file that cannot be opened raises the
        usual :class:`OSError`.

        >>> import io
        >>> g = InMemoryGazetteer.from_csv(io.StringIO("code,name\\n3575,Kota Pasuruan\\n357501,Gadingrejo\\n"))
        >>> g.name(RegionCode("35.75.01"))
        'Gadingrejo'
        >>> InMemoryGazetteer.from_csv(io.StringIO("code,name\\n35.75.01.100,Karangketug\\n"))
        Traceback (most recent call last):
        ...
        kampungkb.errors.ValidationError: 1 validation error
        $[0].code: expected a region code of 2, 4, 6 or 10 digits, found 9 digits in a string ('35.75.01.100') [length]
        """
        return cls(_read_csv(_read_text(source)))

    @classmethod
    def from_json(cls, source: Source) -> InMemoryGazetteer:
        """Load a JSON file: an array of ``{"code", "name"}`` objects, or an object holding one under ``"regions"``.

        The object form may also carry a ``"_source"`` header (as kampungkb's
        own data files do), which is read and ignored.

        >>> import io
        >>> g = InMemoryGazetteer.from_json(io.StringIO('[{"code": "35.75", "name": "Kota Pasuruan"}]'))
        >>> g.name(RegionCode("3575"))
        'Kota Pasuruan'
        """
        return cls(_read_json(_read_text(source)))

    def name(self, code: RegionCode | str) -> str | None:
        """The name of ``code``; None when this gazetteer does not list it.

        >>> InMemoryGazetteer([]).name("35.75") is None
        True
        """
        region = self._by_code.get(as_code(code))
        return None if region is None else region.name

    def region(self, code: RegionCode | str) -> Region | None:
        """The :class:`Region` listed for ``code``; None when this gazetteer does not list it.

        >>> InMemoryGazetteer([Region(RegionCode("35"), "Jawa Timur")]).region("35").name
        'Jawa Timur'
        """
        return self._by_code.get(as_code(code))

    def children(self, code: RegionCode | str) -> tuple[Region, ...]:
        """The listed regions one level below ``code``, in code order.

        >>> InMemoryGazetteer([]).children("35")
        ()
        """
        return self._children.get(as_code(code), ())

    def search(
        self, query: str, *, level: RegionLevel | None = None, within: RegionCode | str | None = None
    ) -> tuple[Region, ...]:
        """The listed regions whose name contains ``query``, exact matches first, then in code order.

        Matching ignores case, apostrophes, spaces, hyphens and dots, and reads a leading
        level word ("Kab.", "Kota", "Kec." …) as the national gazetteer does. ``level``
        keeps only regions at that level; ``within`` only those inside (or equal to) a code.

        >>> g = InMemoryGazetteer([Region(RegionCode("35.75.03"), "Bugul Kidul"),
        ...                        Region(RegionCode("35.75.04.1010"), "Bugul Lor"),
        ...                        Region(RegionCode("35.75.03.1009"), "Bugul Kidul")])
        >>> [str(r.code) for r in g.search("bugul kidul")]
        ['35.75.03', '35.75.03.1009']
        >>> [str(r.code) for r in g.search("BUGUL", level=RegionLevel.VILLAGE)]
        ['35.75.03.1009', '35.75.04.1010']
        >>> [str(r.code) for r in g.search("Kec. Bugul-kidul")]
        ['35.75.03']
        """
        if type(query) is not str:
            raise type_error("a name to search for (a string)", query)
        words = name_words(query)
        if not words:
            raise ValidationError.single(
                (), f"expected a name to search for, found {describe(query)}", ErrorCode.CONSTRAINT
            )
        if level is not None and type(level) is not RegionLevel:
            raise type_error("a RegionLevel", level)
        inside = None if within is None else as_code(within)
        exact: list[Region] = []
        partial: list[Region] = []
        seen: set[RegionCode] = set()
        for reading in readings(words):
            for name, region in self._folded:
                if reading.key not in name or region.code in seen:
                    continue
                if level is not None and region.code.level is not level:
                    continue
                if inside is not None and not region.code.is_within(inside):
                    continue
                if not reading.matches(region.code.compact):
                    continue
                seen.add(region.code)
                (exact if name == reading.key else partial).append(region)
        partial.sort(key=lambda region: region.code)
        return (*exact, *partial)

    def __contains__(self, code: object) -> bool:
        if type(code) is RegionCode:
            return code in self._by_code
        if isinstance(code, str):
            try:
                return RegionCode.parse(code) in self._by_code
            except ValidationError:
                return False
        return False

    def __iter__(self) -> Iterator[Region]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def __repr__(self) -> str:
        return f"<InMemoryGazetteer of {len(self._by_code)} regions>"


# ---------------------------------------------------------------------------
# Helpers


def as_code(code: object) -> RegionCode:
    """``code`` as a :class:`RegionCode` (parsing text), or a ValidationError: :meth:`RegionCode.parse`.

    >>> as_code("3575")
    RegionCode('35.75')
    """
    return RegionCode.parse(code)  # type: ignore[arg-type]  # anything else is its type error


def _read_text(source: Any) -> str:
    """The text of a path (read as UTF-8 by the core's one decoder) or of an open text file."""
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as handle:
            return read_utf8(handle)
    read = getattr(source, "read", None)
    if read is None:
        raise type_error("a path or an open text file", source)
    text = read()
    if type(text) is not str:
        raise type_error("a file opened in text mode", text)
    return text.removeprefix("\ufeff")


def _read_csv(text: str) -> list[Region]:
    import csv  # on first use, not at import

    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline="")) if row]
    except csv.Error as exc:
        raise ValidationError.single((), f"malformed CSV: {exc}", ErrorCode.INVALID_VALUE) from None
    if not rows:
        raise ValidationError.single((), "the CSV file is empty; expected a header row 'code,name'", ErrorCode.MISSING)
    header = [cell.strip() for cell in rows[0]]
    errors: list[ErrorItem] = [
        ErrorItem((), f"the CSV header needs a {column!r} column, found {header!r}", ErrorCode.MISSING)
        for column in ("code", "name")
        if column not in header
    ]
    errors.extend(
        ErrorItem((), f"unexpected CSV column {column!r}; expected only 'code' and 'name'", ErrorCode.EXTRA_KEY)
        for column in header
        if column not in {"code", "name"} or header.count(column) > 1
    )
    if errors:
        raise ValidationError(errors)
    regions: list[Region] = []
    for index, row in enumerate(rows[1:]):
        if len(row) != len(header):
            errors.append(
                ErrorItem(
                    (index,), f"expected {len(header)} cells (code,name), found {len(row)}", ErrorCode.INVALID_VALUE
                )
            )
            continue
        try:
            regions.append(from_dict(dict(zip(header, row, strict=True)), Region))
        except ValidationError as exc:
            errors.extend(exc.prefixed(index).errors)
    if errors:
        raise ValidationError(errors)
    return regions


def _read_json(text: str) -> tuple[Region, ...]:
    data = parse_json(text)
    if type(data) is dict:
        extra = [key for key in data if key not in {"regions", "_source"}]
        if extra or "regions" not in data:
            raise ValidationError(
                [
                    ErrorItem((key,), f"unexpected key {key!r}; expected 'regions' and '_source'", ErrorCode.EXTRA_KEY)
                    for key in extra
                ]
                + (
                    []
                    if "regions" in data
                    else [ErrorItem(("regions",), "missing the 'regions' array", ErrorCode.MISSING)]
                )
            )
        try:
            return from_dict(data["regions"], tuple[Region, ...])
        except ValidationError as exc:
            raise exc.prefixed("regions") from None
    if type(data) is not list:
        raise type_error("an array of regions (or an object with 'regions')", data)
    return from_dict(data, tuple[Region, ...])
