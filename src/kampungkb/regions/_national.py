"""The national gazetteer: every Kemendagri region code and name, in each shipped edition.

The current edition (2025) is packed in ``data/regions/wilayah.xz``; older editions are
differences from it (``wilayah-editions.xz``). Nothing is read at import time: the first
lookup reads and unpacks the current edition (about 430 KB), the first search builds the
name index, and an older edition is rebuilt from the differences when first asked for.

    >>> gazetteer = national_gazetteer()
    >>> gazetteer.name("35.14"), gazetteer.edition
    ('Kabupaten Pasuruan', '2025')
    >>> [str(region.code) for region in gazetteer.search("Kab. Lima Puluh Kota")]
    ['13.07']
"""

from __future__ import annotations

import datetime as _dt
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any, Final

from .._core import data_file, describe, once, parse_json, type_error
from ..errors import ErrorCode, ValidationError
from ._code import RegionCode, RegionLevel, VillageKind
from ._data import province_rows
from ._gazetteer import as_code
from ._models import Region
from ._names import DELETED, Reading, name_key, name_words, readings

__all__ = [
    "CURRENT_EDITION",
    "NationalGazetteer",
    "edition_in_force",
    "editions",
    "national_gazetteer",
    "packed_header",
]

#: The edition packed in full; the others are differences from it.
CURRENT_EDITION: Final = "2025"

_ROOT = __name__.split(".")[0]


class NationalGazetteer:
    """Every region of one edition of the Kemendagri code list: names, levels, children, search.

    Get one with :func:`national_gazetteer`; it satisfies the :class:`Gazetteer` protocol, so it
    goes wherever a gazetteer is accepted.

    >>> g = national_gazetteer()
    >>> g.name("35.75.01.1001"), g.level("35.75.01.1001").label
    ('Karangketug', 'Desa/Kelurahan')
    >>> [region.name for region in g.parents("35.75.01.1001")]
    ['Jawa Timur', 'Kota Pasuruan', 'Gadingrejo']
    >>> g.is_within("35.75.01.1001", "35.75"), "35.57" in g, len(g)
    (True, False, 91599)
    """

    __slots__ = ("_children", "_edition", "_index", "_lock", "_names")

    def __init__(self, edition: str, names: dict[str, str]) -> None:
        self._edition = edition
        self._names = names
        self._children: dict[str, tuple[str, ...]] | None = None
        self._index: _Index | None = None
        self._lock = threading.Lock()

    @property
    def edition(self) -> str:
        """The edition's year, as the data set's file names give it ("2025").

        >>> national_gazetteer("2020").edition
        '2020'
        """
        return self._edition

    def name(self, code: RegionCode | str) -> str | None:
        """The name of ``code`` in this edition; None when the edition has no such code.

        >>> national_gazetteer().name("35.99") is None
        True
        """
        return self._names.get(as_code(code).compact)

    def region(self, code: RegionCode | str) -> Region | None:
        """The :class:`Region` for ``code``; None when the edition has no such code.

        >>> national_gazetteer().region("3575").name
        'Kota Pasuruan'
        """
        found = as_code(code)
        name = self._names.get(found.compact)
        return None if name is None else Region(found, name)

    def level(self, code: RegionCode | str) -> RegionLevel:
        """The level of a code this edition lists (a ValidationError naming the code otherwise).

        >>> national_gazetteer().level("13.07").label
        'Kabupaten/Kota'
        """
        return self._known(code).level

    def kind(self, code: RegionCode | str) -> str:
        """What the region is: provinsi, kota, kabupaten, kecamatan, kelurahan, desa or desa adat.

        >>> g = national_gazetteer()
        >>> g.kind("35.75"), g.kind("35.14"), g.kind("35.75.01.1001"), g.kind("35.14.01.2001")
        ('kota', 'kabupaten', 'kelurahan', 'desa')
        """
        found = self._known(code)
        if found.level is RegionLevel.REGENCY:
            return "kota" if found.is_city else "kabupaten"
        kind = found.village_kind
        if kind is not None:
            return {VillageKind.URBAN_VILLAGE: "kelurahan", VillageKind.RURAL_VILLAGE: "desa"}.get(kind, "desa adat")
        return found.level.code

    def parents(self, code: RegionCode | str) -> tuple[Region, ...]:
        """The listed regions above ``code``, province first (empty for a province).

        (The 2018 edition lists 110 villages without their district: the chain skips it.)

        >>> [str(r.code) for r in national_gazetteer().parents("35.75.01")]
        ['35', '35.75']
        """
        found = self._known(code)
        names = self._names
        return tuple(Region(parent, names[parent.compact]) for parent in found.ancestors() if parent.compact in names)

    def is_within(self, code: RegionCode | str, other: RegionCode | str) -> bool:
        """True when ``code`` is ``other`` or lies inside it; both must be listed in this edition.

        >>> national_gazetteer().is_within("35.75.01", "35.14")
        False
        """
        return self._known(code).is_within(self._known(other))

    def children(self, code: RegionCode | str) -> tuple[Region, ...]:
        """The regions one level below ``code``, in code order (empty for a village or an unknown code).

        >>> [r.name for r in national_gazetteer().children("35.75")]
        ['Gadingrejo', 'Purworejo', 'Bugul Kidul', 'Panggungrejo']
        """
        found = as_code(code)
        children = self._children
        if children is None:
            with self._lock:
                if self._children is None:
                    self._children = _children_of(self._names)
                children = self._children
        names = self._names
        return tuple(Region(RegionCode(child), names[child]) for child in children.get(found.compact, ()))

    def search(
        self, query: str, *, level: RegionLevel | None = None, within: RegionCode | str | None = None
    ) -> tuple[Region, ...]:
        """The regions whose name matches ``query``, ranked; ambiguous names give every candidate.

        Matching ignores case, spaces, hyphens, dots and apostrophes, and understands a leading
        "Provinsi"/"Prov.", "Kabupaten"/"Kab.", "Kota", "Kecamatan"/"Kec.", "Kelurahan"/"Kel."
        or "Desa" (which narrows the level, and for Kota/Kabupaten the kind) and the provinces'
        short forms (Jatim, DIY, NTT …). When names equal the query, those are the answer: read
        with the prefix word first, then literally; within each, province, regency, district and
        village, each in code order. Only when no name equals it, names starting with the query
        come, then names containing it. ``level`` and ``within`` narrow the answer.

        >>> g = national_gazetteer()
        >>> [(str(r.code), r.name) for r in g.search("limapuluh kota")]
        [('13.07', 'Kabupaten Lima Puluh Kota'), ('12.19.04.1001', 'Lima Puluh Kota')]
        >>> [str(r.code) for r in g.search("KOTA PASURUAN")]
        ['35.75']
        >>> [str(r.code) for r in g.search("Purworejo", level=RegionLevel.DISTRICT, within="35")]
        ['35.75.02']
        >>> [str(r.code) for r in g.search("Prov. Jatim")]
        ['35']
        """
        if type(query) is not str:
            raise type_error("a name to search for (a string)", query)
        if level is not None and type(level) is not RegionLevel:
            raise type_error("a RegionLevel", level)
        inside = None if within is None else as_code(within).compact
        words = name_words(query)
        if not words:
            raise ValidationError.single(
                (), f"expected a name to search for, found {describe(query)}", ErrorCode.CONSTRAINT
            )
        index = self._search_index()
        ways = readings(words)
        found: list[str] = []
        seen: set[str] = set()

        def keep(code: str, wanted: Reading) -> None:
            if code in seen:
                return
            if level is not None and len(code) != level.digits:
                return
            if inside is not None and not code.startswith(inside):
                return
            if not wanted.matches(code):
                return
            seen.add(code)
            found.append(code)

        for reading in ways:
            for code in sorted(index.exact(reading.key), key=_rank):
                keep(code, reading)
        for starts in () if found else (True, False):
            for reading in ways:
                matches = index.containing(reading.key, starting=starts)
                for code in sorted(matches, key=_rank):
                    keep(code, reading)
        names = self._names
        return tuple(Region(RegionCode(code), names[code]) for code in found)

    def __contains__(self, code: object) -> bool:
        if type(code) is RegionCode:
            return code.compact in self._names
        if isinstance(code, str):
            try:
                return RegionCode.parse(code).compact in self._names
            except ValidationError:
                return False
        return False

    def __iter__(self) -> Iterator[Region]:
        for code, name in self._names.items():
            yield Region(RegionCode(code), name)

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return f"<NationalGazetteer edition {self._edition}: {len(self._names)} regions>"

    # -- helpers -------------------------------------------------------------

    def codes(self, level: RegionLevel | None = None) -> tuple[RegionCode, ...]:
        """Every code of the edition (at ``level`` when given), in code order.

        >>> len(national_gazetteer().codes(RegionLevel.PROVINCE))
        38
        """
        digits = None if level is None else level.digits
        return tuple(RegionCode(code) for code in self._names if digits is None or len(code) == digits)

    def _known(self, code: RegionCode | str) -> RegionCode:
        found = as_code(code)
        if found.compact not in self._names:
            raise ValidationError.single(
                (), f"{found} is not a region code in the {self._edition} edition", ErrorCode.INVALID_VALUE
            )
        return found

    def _search_index(self) -> _Index:
        index = self._index
        if index is None:
            with self._lock:
                if self._index is None:
                    self._index = _Index(self._names)
                index = self._index
        return index


def national_gazetteer(edition: str | int | None = None) -> NationalGazetteer:
    """The gazetteer of one edition of the Kemendagri code list (the current one, 2025, by default).

    The editions are the years of the data set's files: 2018, 2020, 2022, 2023, 2025 (see
    :func:`editions`). Each is built once, on first use, and kept.

    >>> national_gazetteer(2020).name("92.01"), national_gazetteer().name("92.01")
    ('KAB. SORONG', None)
    >>> national_gazetteer("2019")
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: expected an edition of the Kemendagri code list (2018, 2020, 2022, 2023 or 2025), found '2019' [invalid_value]
    """
    year = CURRENT_EDITION if edition is None else edition
    if type(year) is int:
        year = str(year)
    if type(year) is not str:
        raise type_error("an edition's year (a string or an integer)", edition)
    known = _edition_years()
    if year not in known:
        raise ValidationError.single(
            (),
            f"expected an edition of the Kemendagri code list ({', '.join(known[:-1])} or {known[-1]}), found {year!r}",
            ErrorCode.INVALID_VALUE,
        )
    found = _built.get(year)
    if found is None:
        with _build_lock:
            found = _built.get(year)
            if found is None:
                found = _built[year] = NationalGazetteer(year, _edition_names(year))
    return found


def editions() -> tuple[dict[str, Any], ...]:
    """The shipped editions, newest first: year, legal basis as the source states it, row counts.

    >>> [e["edition"] for e in editions()]
    ['2025', '2023', '2022', '2020', '2018']
    >>> editions()[0]["counts"]["desa_kelurahan"]
    83762
    """
    return tuple(packed_header()["editions"])


def edition_in_force(date: _dt.date | None) -> str:
    """The edition taken to be in force on ``date``: the newest whose year is not after the date's.

    INFERRED: the decrees' dates of effect are not in the source; the file names' years order
    the editions. A date before 2018 gets the 2018 edition (the oldest shipped); None gets
    the current edition.

    >>> import datetime
    >>> edition_in_force(datetime.date(2020, 9, 22)), edition_in_force(datetime.date(2021, 5, 1))
    ('2020', '2020')
    >>> edition_in_force(datetime.date(2024, 1, 1)), edition_in_force(None)
    ('2023', '2025')
    """
    if date is None:
        return CURRENT_EDITION
    if not isinstance(date, _dt.date):
        raise type_error("a date", date)
    years = _edition_years()
    chosen = years[0]
    for year in years:
        if int(year) <= date.year:
            chosen = year
    return chosen


def packed_header() -> dict[str, Any]:
    """The header of the packed data: sources, licence notice and text, editions, the open conflict.

    >>> header = packed_header()
    >>> header["data_set_url"], header["licence"][:3]
    ('https://github.com/cahyadsn/wilayah', 'MIT')
    """
    return _current()[0]


# ---------------------------------------------------------------------------
# Name matching


class _Index:
    """Codes by name key: ``single`` for keys one code has, ``multi`` for shared keys.

    Built with string operations over all names at once (one casefold and translate of
    the joined names), so the 90,000-name loop stays in C where it can.
    """

    __slots__ = ("multi", "single")

    def __init__(self, names: dict[str, str]) -> None:
        codes = list(names)
        # name_key for the names that are not regencies (no level word to drop): delete
        # what name_words drops or splits on. Regencies are redone one by one below.
        keys = DELETED.sub("", "\n".join(names.values()).casefold()).split("\n")
        position = {code: index for index, code in enumerate(codes) if len(code) == 4}
        for code, index in position.items():
            keys[index] = name_key(code, names[code])
        aliases = [(alias, code) for alias, code in _province_aliases().items() if code in names]
        keys.extend(alias for alias, _ in aliases)
        codes.extend(code for _, code in aliases)
        counts = Counter(keys)
        self.single = dict(zip(keys, codes, strict=True))
        multi: dict[str, list[str]] = {}
        for key, code in zip(keys, codes, strict=True):
            if counts[key] > 1:
                multi.setdefault(key, []).append(code)
        self.multi = {key: tuple(dict.fromkeys(found)) for key, found in multi.items()}

    def exact(self, key: str) -> tuple[str, ...]:
        """The codes whose name key is ``key``."""
        found = self.multi.get(key)
        if found is not None:
            return found
        code = self.single.get(key)
        return () if code is None else (code,)

    def containing(self, key: str, *, starting: bool) -> list[str]:
        """The codes whose name key starts with (or only contains) ``key``, other than equal to it."""
        return [
            code
            for name_key, _ in self.single.items()
            if name_key != key and (name_key.startswith(key) if starting else key in name_key)
            for code in self.exact(name_key)
        ]


@once
def _province_aliases() -> dict[str, str]:
    """Short forms (Jatim, DIY …) and the built-in short names (DKI Jakarta), by key -> province code."""
    aliases = {
        "".join(name_words(row["alias"])): row["code"] for row in data_file("regions", "province_aliases")["aliases"]
    }
    for row in province_rows().values():
        if row.short_name is not None:
            aliases.setdefault("".join(name_words(row.short_name)), row.code)
    return aliases


def _rank(code: str) -> tuple[int, str]:
    return (len(code), code)


# ---------------------------------------------------------------------------
# Loading

_built: dict[str, NationalGazetteer] = {}
_build_lock = threading.Lock()


def _read_packed(name: str) -> str:
    import lzma  # on first use: nothing is read or imported for the data at import time
    from importlib import resources

    return lzma.decompress(resources.files(_ROOT).joinpath("data", "regions", name).read_bytes()).decode("utf-8")


@once
def _current() -> tuple[dict[str, Any], dict[str, str]]:
    """The header and the names of the current edition, unpacked."""
    text = _read_packed("wilayah.xz")
    first, _, body = text.partition("\n")
    header: dict[str, Any] = parse_json(first)["_source"]
    codes, _, listed = body.partition("\n\n")
    names = dict(zip(codes.split("\n"), listed.removesuffix("\n").split("\n"), strict=True))
    return header, names


@once
def _differences() -> dict[str, tuple[tuple[str, ...], dict[str, str]]]:
    """For each older edition: the current codes it lacks, and its own names where they differ."""
    editions: dict[str, tuple[list[str], dict[str, str]]] = {}
    removed: list[str] = []
    changed: dict[str, str] = {}
    for line in _read_packed("wilayah-editions.xz").splitlines()[1:]:
        if line.startswith("@"):
            removed, changed = [], {}
            editions[line[1:]] = (removed, changed)
        elif line.startswith("-"):
            removed.append(line[1:])
        else:
            code, _, name = line.partition("\t")
            changed[code] = name
    return {year: (tuple(gone), names) for year, (gone, names) in editions.items()}


def _edition_names(year: str) -> dict[str, str]:
    current = _current()[1]
    if year == CURRENT_EDITION:
        return current
    removed, changed = _differences()[year]
    names = dict(current)
    for code in removed:
        del names[code]
    names.update(changed)
    return dict(sorted(names.items()))


@once
def _edition_years_cached() -> tuple[str, ...]:
    return tuple(sorted(edition["edition"] for edition in _current()[0]["editions"]))


def _edition_years() -> tuple[str, ...]:
    return _edition_years_cached()


def _children_of(names: dict[str, str]) -> dict[str, tuple[str, ...]]:
    parent_length = {4: 2, 6: 4, 10: 6}
    children: dict[str, list[str]] = {}
    for code in names:
        length = len(code)
        if length > 2:
            children.setdefault(code[: parent_length[length]], []).append(code)
    return {code: tuple(found) for code, found in children.items()}
