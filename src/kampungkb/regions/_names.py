"""Names as matching sees them: the words of a name, the level words in front, the key.

One set of rules for every gazetteer's search: case, apostrophes, spaces, hyphens and dots
do not matter, and a leading "Kab."/"Kota"/"Kec."/"Provinsi" … says the level.

    >>> "".join(name_words("Kab. Lima-Puluh Kota")), name_key("1307", "Kabupaten Lima Puluh Kota")
    ('kablimapuluhkota', 'limapuluhkota')
"""

from __future__ import annotations

from typing import Final

from .._core import lazy_pattern
from ._code import RegionLevel

__all__ = ["DELETED", "Reading", "name_key", "name_words", "readings"]

_DROP: Final = str.maketrans({"'": None, "\u2018": None, "\u2019": None, "\u02bc": None, "`": None})
_SPACE: Final = str.maketrans(dict.fromkeys("-.,()/–—_", " "))
#: Every character name_words drops or splits on (but the line break), to delete: the index's fast path.
DELETED: Final = lazy_pattern("['\u2018\u2019\u02bc`\\-.,()/\u2013\u2014_ \t\r\f\v\u00a0]+")


def name_words(text: str) -> list[str]:
    """The words of a name as matching sees them: case-folded, apostrophes dropped, punctuation as spaces.

    >>> name_words("Kab. Lima-Puluh  Kota")
    ['kab', 'lima', 'puluh', 'kota']
    """
    return text.translate(_DROP).casefold().translate(_SPACE).split()


class Reading:
    """One way to read a query: the name's key and what a prefix word says about the region.

    >>> Reading("pasuruan", RegionLevel.REGENCY, city=True).matches("3575")
    True
    """

    __slots__ = ("city", "key", "level", "village_digit")

    def __init__(
        self, key: str, level: RegionLevel | None, city: bool | None = None, village_digit: str | None = None
    ) -> None:
        self.key = key
        self.level = level
        self.city = city
        self.village_digit = village_digit

    def matches(self, code: str) -> bool:
        """Whether a compact code fits what the prefix word said (level, kota/kabupaten, kelurahan/desa)."""
        if self.level is not None and len(code) != self.level.digits:
            return False
        if self.city is not None and (code[2] >= "7") != self.city:
            return False
        return self.village_digit is None or code[6] == self.village_digit


#: Leading words (as name_words gives them) and what they say: level, kota?, village digit.
_PREFIXES: Final[tuple[tuple[tuple[str, ...], RegionLevel, bool | None, str | None], ...]] = (
    (("provinsi",), RegionLevel.PROVINCE, None, None),
    (("prov",), RegionLevel.PROVINCE, None, None),
    (("propinsi",), RegionLevel.PROVINCE, None, None),
    (("kabupaten",), RegionLevel.REGENCY, False, None),
    (("kab",), RegionLevel.REGENCY, False, None),
    (("kota", "administrasi"), RegionLevel.REGENCY, True, None),
    (("kota", "adm"), RegionLevel.REGENCY, True, None),
    (("kotamadya",), RegionLevel.REGENCY, True, None),
    (("kodya",), RegionLevel.REGENCY, True, None),
    (("kota",), RegionLevel.REGENCY, True, None),
    (("kecamatan",), RegionLevel.DISTRICT, None, None),
    (("kec",), RegionLevel.DISTRICT, None, None),
    (("kelurahan",), RegionLevel.VILLAGE, None, "1"),
    (("kel",), RegionLevel.VILLAGE, None, "1"),
    (("desa",), RegionLevel.VILLAGE, None, "2"),
    (("ds",), RegionLevel.VILLAGE, None, "2"),
)


def _prefix(words: list[str]) -> tuple[int, RegionLevel, bool | None, str | None] | None:
    for prefix, level, city, digit in _PREFIXES:
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            return len(prefix), level, city, digit
    return None


def readings(words: list[str]) -> tuple[Reading, ...]:
    """The query read with its prefix word (when it has one) first, then literally.

    >>> [(r.key, r.level) for r in readings(name_words("Kota Baru"))]
    [('baru', <RegionLevel.REGENCY: 'kabupaten_kota'>), ('kotabaru', None)]
    """
    literal = Reading("".join(words), None)
    found = _prefix(words)
    if found is None:
        return (literal,)
    length, level, city, digit = found
    return (Reading("".join(words[length:]), level, city, digit), literal)


def name_key(code: str, name: str) -> str:
    """The key a listed name is found by: for a regency, without its Kabupaten/Kota word.

    >>> name_key("3514", "KAB. PASURUAN"), name_key("351401", "Kota Anyar")
    ('pasuruan', 'kotaanyar')
    """
    words = name_words(name)
    if len(code) == 4:
        found = _prefix(words)
        if found is not None and found[1] is RegionLevel.REGENCY:
            words = words[found[0] :]
    return "".join(words)
