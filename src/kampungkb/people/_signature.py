"""Reading "position, place, name" text: where the position, the agency, the place and the name are.

>>> parts = split_official("Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, ST", None)
>>> parts.position, parts.place, str(parts.region), parts.person
('mayor', 'Pasuruan', '35.75', 'Bapak Raharto Teno Prasetyo, ST')
"""

from __future__ import annotations

from typing import NamedTuple

from ..errors import ErrorCode, ValidationError
from ..regions import Gazetteer, RegionCode, RegionLevel, provinces, regency_display_name, sample_gazetteer
from ._degrees import honorific_spellings
from ._names import check_text, starts_with_title
from ._nomenclature import AgencyEntry, match_acting, match_agency, match_position

__all__ = [
    "OfficialParts",
    "WrittenPosition",
    "names_listed_position",
    "resolve_place",
    "split_official",
    "split_written_position",
]

#: How many words a place name can have when it is found by looking it up.
_MAX_PLACE_WORDS = 5


class OfficialParts(NamedTuple):
    """The pieces of an official's text, before they become an :class:`~kampungkb.people.Official`."""

    acting: str | None
    position: str
    agency: tuple[AgencyEntry, ...] | None
    place: str | None
    region: RegionCode | None
    person: str


def split_official(text: object, gazetteer: Gazetteer | None, *, name_required: bool = True) -> OfficialParts:
    """Split ``text`` into acting form, position, agency, place and the person's name (still as text).

    With ``name_required=False`` the text may name an office only ("Bupati Pasuruan"): what
    follows the position and agency is the place, and the person is ``""``.
    """
    clean = check_text(text, "an official's position and name")
    position = 0
    acting = match_acting(clean)
    if acting is not None:
        position = _skip_spaces(clean, acting[1])
    found = match_position(clean[position:])
    agency: tuple[AgencyEntry, ...] | None = None
    if found is None:
        code, position, agency = _head_of_agency(clean, position)
    else:
        code = found[0]
        position = _skip_spaces(clean, position + found[1])
        if code in _AGENCY_POSITIONS:
            agency, position = _agency_after(clean, position, code)
    rest = clean[position:]
    if name_required:
        place, person = _split_place(rest, code, agency, gazetteer)
    else:
        place, person = rest, ""
    place = place.strip(" ,")  # "Sekretaris Daerah, Drs. …": the comma closes the position
    region = resolve_place(place, code, agency is not None, gazetteer) if place else None
    if agency is not None and region is not None and region.level not in (RegionLevel.PROVINCE, RegionLevel.REGENCY):
        region = None  # an agency serves a province or a regency/city; keep the place as written
    return OfficialParts(None if acting is None else acting[0], code, agency, place or None, region, person)


def resolve_place(place: str, position: str, of_agency: bool, gazetteer: Gazetteer | None) -> RegionCode | None:
    """The region code of a place named after a position, when it can be told; else None.

    "Kota X", "Kabupaten X" (or "Kab. X"), "Provinsi X", "Kecamatan X",
    "Kelurahan X" and "Desa X" say the level; a bare name takes the level of
    the position (a Wali Kota's place is a kota). Only one exact match counts.

    >>> str(resolve_place("Kota Pasuruan", "head_of_agency", True, None))
    '35.75'
    >>> resolve_place("Pasuruan", "regent", False, None) is None
    True
    """
    words = place.split(" ")
    keyword = words[0].casefold().rstrip(".")
    if keyword in _PLACE_KEYWORDS and len(words) > 1:
        level, kind = _PLACE_KEYWORDS[keyword]
        name = " ".join(words[1:])
    elif of_agency:
        return None
    elif position in _IMPLIED_PLACE:
        level, kind = _IMPLIED_PLACE[position]
        name = place
    else:
        return None
    source = sample_gazetteer() if gazetteer is None else gazetteer
    if level is RegionLevel.PROVINCE:
        folded = name.casefold()
        matches = [p.code for p in provinces() if folded in (p.name.casefold(), (p.short_name or "").casefold())]
    elif level is RegionLevel.REGENCY:
        wanted = f"{'Kota' if kind == 'kota' else 'Kabupaten'} {name}".casefold()
        matches = [
            region.code
            for region in source.search(name, level=level)
            if regency_display_name(region.code, source).casefold() == wanted
        ]
    else:
        matches = [
            region.code
            for region in source.search(name, level=level)
            if region.name.casefold() == name.casefold()
            and (kind is None or region.code.village_kind is None or region.code.village_kind.code == kind)
        ]
    return matches[0] if len(matches) == 1 else None


# ---------------------------------------------------------------------------
# Helpers

_AGENCY_POSITIONS = frozenset(
    {
        "head_of_agency",
        "head_of_regional_agency",
        "agency_secretary",
        "head_of_division",
        "head_of_section",
        "head_of_board",
    }
)

#: The word an agency position's own name ends with, which may begin the agency's full name.
_AGENCY_WORD = {"head_of_agency": "Dinas ", "agency_secretary": "Dinas ", "head_of_board": "Badan "}

#: Positions after which the person's name may follow directly, with no place.
_NO_PLACE = frozenset(
    {
        "head_of_bkkbn",
        "minister_head_of_bkkbn",
        "bkkbn_principal_secretary",
        "bkkbn_deputy",
        "bkkbn_director",
        "bkkbn_inspector_general",
        "pkb",
        "plkb",
        "tpd",
        "ppkbd",
        "ppkbk",
        "sub_ppkbd",
        "kb_group",
        "cadre",
        "family_assistance_team",
    }
)

_PLACE_KEYWORDS: dict[str, tuple[RegionLevel, str | None]] = {
    "kota": (RegionLevel.REGENCY, "kota"),
    "kabupaten": (RegionLevel.REGENCY, "kabupaten"),
    "kab": (RegionLevel.REGENCY, "kabupaten"),
    "provinsi": (RegionLevel.PROVINCE, None),
    "prov": (RegionLevel.PROVINCE, None),
    "kecamatan": (RegionLevel.DISTRICT, None),
    "kec": (RegionLevel.DISTRICT, None),
    "kelurahan": (RegionLevel.VILLAGE, "kelurahan"),
    "kel": (RegionLevel.VILLAGE, "kelurahan"),
    "desa": (RegionLevel.VILLAGE, "desa"),
}

_IMPLIED_PLACE: dict[str, tuple[RegionLevel, str | None]] = {
    "governor": (RegionLevel.PROVINCE, None),
    "vice_governor": (RegionLevel.PROVINCE, None),
    "head_of_bkkbn_provincial_office": (RegionLevel.PROVINCE, None),
    "mayor": (RegionLevel.REGENCY, "kota"),
    "vice_mayor": (RegionLevel.REGENCY, "kota"),
    "regent": (RegionLevel.REGENCY, "kabupaten"),
    "vice_regent": (RegionLevel.REGENCY, "kabupaten"),
    "district_head": (RegionLevel.DISTRICT, None),
    "urban_village_head": (RegionLevel.VILLAGE, "kelurahan"),
    "village_head": (RegionLevel.VILLAGE, "desa"),
    "keuchik": (RegionLevel.VILLAGE, "desa"),
    "wali_nagari": (RegionLevel.VILLAGE, "desa"),
    "perbekel": (RegionLevel.VILLAGE, "desa"),
    "kampung_head": (RegionLevel.VILLAGE, "desa"),
    "village_or_urban_village_head": (RegionLevel.VILLAGE, None),
    "bkkbn_provincial_secretary": (RegionLevel.PROVINCE, None),
    "kb_extension_centre_coordinator": (RegionLevel.DISTRICT, None),
}


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def _head_of_agency(text: str, position: int) -> tuple[str, int, tuple[AgencyEntry, ...]]:
    """ "Kepala" followed by an agency: the head of that agency."""
    rest = text[position:]
    if rest[:7].casefold() == "kepala ":
        start = _skip_spaces(text, position + 7)
        found = match_agency(text[start:])
        if found is not None:
            rows, end = found
            dinas = rows[0].expansion is not None and rows[0].expansion.startswith("Dinas")
            code = "head_of_agency" if dinas else "head_of_regional_agency"
            return code, _skip_spaces(text, start + end), rows
    raise ValidationError.single(
        (),
        f"expected a position (Wali Kota, Camat, Kepala Dinas, Penyuluh KB …) at the start, found {rest[:60]!r}",
        ErrorCode.INVALID_VALUE,
    )


def _agency_after(text: str, position: int, code: str) -> tuple[tuple[AgencyEntry, ...] | None, int]:
    """The agency named right after an agency position, if any ("Kepala Dinas DP3AKB …")."""
    found = match_agency(text[position:])
    word = _AGENCY_WORD.get(code)
    if found is None and word is not None:
        # The position's own "Dinas" (or "Badan") begins the agency's full name.
        found = match_agency(word + text[position:])
        if found is not None:
            found = (found[0], found[1] - len(word))
    if found is None or found[1] <= 0:
        return None, position
    return found[0], _skip_spaces(text, position + found[1])


def _split_place(
    rest: str, code: str, agency: tuple[AgencyEntry, ...] | None, gazetteer: Gazetteer | None
) -> tuple[str, str]:
    """(place, person): where the place named after the position ends and the name begins."""
    words = rest.split(" ") if rest else []
    honorifics = honorific_spellings()
    offset = 0
    for word in words:
        if word.casefold() in honorifics or starts_with_title(rest[offset:]):
            return rest[:offset].strip(), rest[offset:]
        offset += len(word) + 1
    for count in range(min(_MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        place = " ".join(words[:count])
        if resolve_place(place, code, agency is not None, gazetteer) is not None:
            return place, " ".join(words[count:])
    if not words:
        raise ValidationError.single(
            (), "expected a person's name after the position, found none", ErrorCode.INVALID_VALUE
        )
    if code in _NO_PLACE and agency is None and words[0].casefold().rstrip(".") not in _PLACE_KEYWORDS:
        return "", rest
    raise ValidationError.single(
        (),
        f"cannot tell where the place ends and the name begins in {rest!r}; write Bapak or Ibu before the name",
        ErrorCode.INVALID_VALUE,
    )


class WrittenPosition(NamedTuple):
    """A position the list lacks, as written before a name, with the level its words state (or None)."""

    text: str
    level: RegionLevel | None
    national: bool
    person: str


def split_written_position(text: object) -> WrittenPosition:
    """Split a signature line whose position the list lacks: the position as written, then the name.

    The name starts at a form of address (Bapak, Ibu …) or a title (Drs., dr. …), or after
    the last comma that is followed by one; the words before it are the position as
    written. Its level is read from a place word in it (Provinsi, Kabupaten, Kota,
    Kecamatan, Desa, Kelurahan), or is national for BKKBN's own offices (BKKBN not after
    "Perwakilan"). A text with no such start of a name is not a signature line: refused,
    quoting it.

    >>> written = split_written_position("Kepala UPT Puskesmas Kecamatan Gadingrejo dr. Rina Wati")
    >>> written.text, written.level, written.person
    ('Kepala UPT Puskesmas Kecamatan Gadingrejo', <RegionLevel.DISTRICT: 'kecamatan'>, 'dr. Rina Wati')
    """
    clean = check_text(text, "an official's position and name")
    honorifics = honorific_spellings()
    offset = 0
    for word in clean.split(" "):
        if offset and (word.casefold() in honorifics or starts_with_title(clean[offset:])):
            position = clean[:offset].strip(" ,")
            if any(char.isalpha() for char in position):  # a position is words, not punctuation alone
                return WrittenPosition(position, *_written_level(position), clean[offset:])
        offset += len(word) + 1
    raise ValidationError.single(
        (),
        f"expected a position and then a name starting with Bapak, Ibu or a title; found {clean[:120]!r}",
        ErrorCode.INVALID_VALUE,
    )


def _written_level(position: str) -> tuple[RegionLevel | None, bool]:
    words = [word.casefold().rstrip(".,") for word in position.split(" ")]
    found = [_PLACE_KEYWORDS[word][0] for word in words if word in _PLACE_KEYWORDS]
    if found:
        return found[-1], False
    if "bkkbn" in words and "perwakilan" not in words:
        return None, True
    return None, False


def names_listed_position(text: str) -> bool:
    """Whether ``text`` starts (after any acting form) with a listed position or "Kepala" and a known agency."""
    start = 0
    acting = match_acting(text)
    if acting is not None:
        start = _skip_spaces(text, acting[1])
    if match_position(text[start:]) is not None:
        return True
    if text[start : start + 7].casefold() == "kepala ":
        return match_agency(text[_skip_spaces(text, start + 7) :]) is not None
    return False
