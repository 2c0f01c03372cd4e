"""Strategies for :mod:`kampungkb.people` (requires hypothesis).

Everything is valid by construction. Names are built from real name words of
the research notes and from made-up words of consonant–vowel syllables
(``Sadewi``): such words start with a consonant and end with a vowel, so none
reads as a form of address (Ibu, Bapak) or a degree (Drs, SE), and a name
prints and parses back to itself.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from hypothesis import strategies as st

from .._core import data_file, title_case
from ..dates import DatePrecision, PartialDate
from ..kampung import FamilyFunction, PokjaMember, PokjaPosition
from ..people import (
    ActingForm,
    Honorific,
    Official,
    Organization,
    OrganizationKind,
    PersonName,
    Position,
    PositionGroup,
    WorkLevel,
)
from ..regions import RegionCode, RegionLevel, provinces

__all__ = ["name_words", "officials", "organizations", "person_names", "pokja_members"]

#: Name words as the research notes' sources write them.
REAL_WORDS = (
    "Njoman",
    "Swasti",
    "Raharto",
    "Teno",
    "Prasetyo",
    "Eti",
    "Herawati",
    "Wahyu",
    "Tjiptaningsih",
    "Djoko",
    "Adri",
    "Srijono",
    "Saifullah",
    "Yusuf",
    "Wibowo",
    "Hasto",
    "Wardoyo",
    "Faharuddin",
    "Cariman",
    "Rochaeningsih",
    "Sutarsim",
    "Setyo",
    "Pramono",
    "Irfan",
    "Indriastono",
    "Nasaritha",
    "Randhitia",
    "Dwi",
    "rachmawati",
    "Suwarso",
    "Winarno",
    "Siti",
    "Choeriyah",
    "Muktiani",
    "Asrie",
    "Rahayu",
    "Ardo",
    "Sahak",
    "Kokoh",
    "Hidayat",
)

#: Degrees written after a name that the table does not know (real spellings from the notes).
UNKNOWN_AFTER = ("Dip.Com", "MAPS", "RSSTP.", "SIK", "S.T.P.")

#: Titles before a name that read as two degrees, kept verbatim.
AMBIGUOUS_BEFORE = ("DR.", "DR")


def name_words() -> st.SearchStrategy[str]:
    """One capitalised word of a name: a real one, or two to four consonant–vowel syllables.

    >>> from hypothesis import given
    >>> @given(name_words())
    ... def check(word):
    ...     assert word[0].isupper() or word == "rachmawati"
    >>> check()
    """
    return _NAME_WORDS


def person_names(
    *,
    names: st.SearchStrategy[str] | None = None,
    honorifics: st.SearchStrategy[Honorific | None] | None = None,
    degrees_before: st.SearchStrategy[Sequence[str]] | None = None,
    degrees_after: st.SearchStrategy[Sequence[str]] | None = None,
    capitals: st.SearchStrategy[bool] | None = None,
    written: st.SearchStrategy[bool] | None = None,
) -> st.SearchStrategy[PersonName]:
    """Valid :class:`~kampungkb.people.PersonName` values (requires hypothesis).

    ``names`` draws the name (by default one to four words, an initial perhaps
    among them after the first); ``degrees_before`` / ``degrees_after`` draw the
    degrees, in canonical spelling or, to be flagged, verbatim; ``capitals``
    draws whether the name was written in capitals; ``written`` whether the
    source wrote the form of address or degrees another way (``Bpk.``,
    ``SE``, ``MM``). When either is drawn, ``original`` holds that text — the
    one the name is read from — so ``PersonName.parse(x.original) == x``.
    Unrecognized degrees are listed by construction.

    >>> from hypothesis import given
    >>> @given(person_names())
    ... def check(name):
    ...     assert PersonName.parse(name.original or name.formal()) == name
    >>> check()
    """
    name_strategy = names if names is not None else _names()
    honorific_strategy = honorifics if honorifics is not None else st.none() | st.sampled_from(Honorific)
    before_strategy = degrees_before if degrees_before is not None else _degrees("before")
    after_strategy = degrees_after if degrees_after is not None else _degrees("after")
    capitals_strategy = capitals if capitals is not None else st.booleans()
    written_strategy = written if written is not None else st.booleans()
    known = _canonical()

    @st.composite
    def build(draw: st.DrawFn) -> PersonName:
        name = draw(name_strategy)
        in_capitals = draw(capitals_strategy)
        if in_capitals:
            name = title_case(name.upper())
        before = tuple(draw(before_strategy))
        after = tuple(draw(after_strategy))
        flagged = tuple(dict.fromkeys(d for d in (*before, *after) if d not in known))
        person = PersonName(
            name,
            honorific=draw(honorific_strategy),
            degrees_before=before,
            degrees_after=after,
            unrecognized_degrees=flagged,
        )
        other_ways = draw(written_strategy)
        if not (in_capitals or other_ways):
            return person
        text = _written_form(draw, person, capitals=in_capitals, other_ways=other_ways)
        read = PersonName.parse(text)
        # The text is used when it reads back as the same name (a rare variant that reads
        # otherwise, such as a degree run into a name, leaves the name as drawn).
        return read if _parts(read) == _parts(person) else person

    return build()


def organizations(
    *,
    kinds: st.SearchStrategy[OrganizationKind] | None = None,
    names: st.SearchStrategy[str] | None = None,
    acronyms: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Organization]:
    """Valid :class:`~kampungkb.people.Organization` values; the region fits the kind (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(organizations(kinds=st.just(OrganizationKind.BKKBN_PROVINCIAL_OFFICE)))
    ... def check(organization):
    ...     assert organization.region.level.code == "provinsi"
    >>> check()
    """
    kind_strategy = kinds if kinds is not None else st.sampled_from(OrganizationKind)
    name_strategy = names if names is not None else _labels(max_words=8)
    acronym_strategy = acronyms if acronyms is not None else st.none() | _acronyms()

    @st.composite
    def build(draw: st.DrawFn) -> Organization:
        kind = draw(kind_strategy)
        levels = _ORGANIZATION_LEVELS[kind]
        region = None
        if levels and (kind is OrganizationKind.BKKBN_PROVINCIAL_OFFICE or draw(st.booleans())):
            region = draw(_codes(draw(_sampled(levels))))
        return Organization(name=draw(name_strategy), acronym=draw(acronym_strategy), kind=kind, region=region)

    return build()


def officials(
    *,
    names: st.SearchStrategy[PersonName] | None = None,
    positions: st.SearchStrategy[Position] | None = None,
    organizations: st.SearchStrategy[Organization] | None = None,
    jurisdictions: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Official]:
    """Valid :class:`~kampungkb.people.Official` values (requires hypothesis).

    Each official has an organization, or a jurisdiction (with a region code
    that fits the position, sometimes), or neither; an acting form only for
    offices; term dates in order.

    >>> from hypothesis import given
    >>> @given(officials(positions=st.just(Position.MAYOR)))
    ... def check(official):
    ...     assert official.region is None or official.region.is_city
    >>> check()
    """
    name_strategy = names if names is not None else person_names()
    position_strategy = positions if positions is not None else st.sampled_from(Position)
    organization_strategy = organizations if organizations is not None else _any_organization()
    jurisdiction_strategy = jurisdictions if jurisdictions is not None else _labels(max_words=3)

    actings = st.none() | st.sampled_from(ActingForm)
    places = st.sampled_from(("none", "organization", "jurisdiction"))
    every_position = st.sampled_from(Position)
    maybe_names = st.none() | name_strategy
    written_positions = _labels(max_words=6)
    any_level = st.none() | st.sampled_from(WorkLevel)
    level_of_region = {level: st.sampled_from((None, work)) for level, work in _REGION_WORK_LEVEL.items()}
    acted_fors = st.sampled_from(("none", "official", "organization"))

    @st.composite
    def build(draw: st.DrawFn, principal: bool = True) -> Official:
        position = draw(position_strategy) if principal else draw(every_position)
        acting = None
        if position.group is not PositionGroup.FIELD_WORKFORCE:
            acting = draw(actings)
        organization = jurisdiction = region = None
        where = draw(places)
        if where == "organization":
            organization = draw(organization_strategy)
        elif where == "jurisdiction":
            jurisdiction = draw(jurisdiction_strategy)
            region = draw(_region_for(position))
        start, end = draw(_terms())
        written = level = None
        if position is Position.OTHER:
            written = draw(written_positions)
            level = draw(level_of_region[region.level] if region is not None else any_level)
        name = draw(maybe_names) if principal else draw(name_strategy)
        official = Official(
            name=name,
            position=position,
            position_as_written=written,
            position_level=level,
            acting=acting,
            organization=organization,
            jurisdiction=jurisdiction,
            region=region,
            term_start=start,
            term_end=end,
        )
        if not principal:
            return official
        acted_for = draw(acted_fors)
        if acted_for == "organization":
            return _acting_for(official, draw(organization_strategy))
        if acted_for == "official":
            other = draw(represented)
            same_person = other.name is not None and other.name == official.name
            same_office = (other.position, other.position_as_written, other.title) == (
                official.position,
                official.position_as_written,
                official.title,
            )
            if not (same_person or same_office):
                return _acting_for(official, other)
        return official

    represented = build(principal=False)
    return build()


def pokja_members(
    *,
    names: st.SearchStrategy[PersonName] | None = None,
    positions: st.SearchStrategy[PokjaPosition] | None = None,
) -> st.SearchStrategy[PokjaMember]:
    """Valid :class:`~kampungkb.kampung.PokjaMember` values: a section exactly for section members.

    >>> from hypothesis import given
    >>> @given(pokja_members(positions=st.just(PokjaPosition.SECTION_MEMBER)))
    ... def check(member):
    ...     assert member.section is not None
    >>> check()
    """
    name_strategy = names if names is not None else person_names()
    position_strategy = positions if positions is not None else st.sampled_from(PokjaPosition)

    @st.composite
    def build(draw: st.DrawFn) -> PokjaMember:
        position = draw(position_strategy)
        section = None
        if position is PokjaPosition.SECTION_MEMBER:
            section = draw(st.sampled_from(FamilyFunction))
        return PokjaMember(name=draw(name_strategy), position=position, section=section)

    return build()


# ---------------------------------------------------------------------------
# Helpers

_CONSONANTS = tuple("bdgjklmnprstwy")
_VOWELS = tuple("aiueo")
#: Made-up name words of two to four consonant-vowel syllables, drawn in few choices: the first two
#: syllables in one draw, then zero to two more in one draw each ("Sadewi").
_SYLLABLES = [consonant + vowel for consonant in _CONSONANTS for vowel in _VOWELS]
_NAME_WORDS = st.sampled_from(REAL_WORDS) | st.builds(
    lambda head, tail: (head + "".join(tail)).capitalize(),
    st.sampled_from([first + second for first in _SYLLABLES for second in _SYLLABLES]),
    st.lists(st.sampled_from(_SYLLABLES), max_size=2),
)
_INITIALS = st.sampled_from([form for letter in "ABCDEFGHIJKLMNOPRSTUWY" for form in (letter, letter + ".")])

_ORGANIZATION_LEVELS: dict[OrganizationKind, tuple[str, ...]] = {
    OrganizationKind.FAMILY_PLANNING_AGENCY: ("province", "regency", "city"),
    OrganizationKind.REGIONAL_AGENCY: ("province", "regency", "city"),
    OrganizationKind.BKKBN_CENTRAL: (),
    OrganizationKind.MINISTRY: (),
    OrganizationKind.BKKBN_PROVINCIAL_OFFICE: ("province",),
    OrganizationKind.DISTRICT_OFFICE: ("district",),
    OrganizationKind.VILLAGE_OFFICE: ("kelurahan", "desa"),
    OrganizationKind.COMMUNITY_BODY: ("province", "regency", "district", "desa"),
    OrganizationKind.PRIVATE: ("province", "city"),
}


def _any_organization() -> st.SearchStrategy[Organization]:
    return organizations()


def _canonical() -> frozenset[str]:
    return frozenset(_known_degrees("before") + _known_degrees("after"))


@functools.cache
def _spellings() -> dict[str, tuple[str, ...]]:
    """Each canonical degree with the other spellings the degree table reads as it."""
    table = data_file("people", "degrees")["degrees"]
    return {entry["canonical"]: tuple(entry["variants"]) for entry in table}


@functools.cache
def _honorific_spellings() -> dict[str, tuple[str, ...]]:
    return {entry["code"]: tuple(entry["spellings"]) for entry in data_file("people", "honorifics")["honorifics"]}


def _parts(name: PersonName) -> tuple[object, ...]:
    """Everything a name holds but the text it was read from."""
    return (name.name, name.honorific, name.degrees_before, name.degrees_after, name.unrecognized_degrees)


def _written_form(draw: st.DrawFn, person: PersonName, *, capitals: bool, other_ways: bool) -> str:
    """``person`` as a source might write it: the name in capitals, other spellings of the titles."""
    spellings = _spellings()

    def spelled(degree: str) -> str:
        if not other_ways or degree not in spellings:
            return degree
        return draw(_sampled((degree, *spellings[degree])))

    before = [spelled(degree) for degree in person.degrees_before]
    after = [spelled(degree) for degree in person.degrees_after]
    name = person.name.upper() if capitals else person.name
    text = " ".join((*before, name))
    if after:
        text += draw(_sampled((", ", ",", " , "))) + ", ".join(after) if other_ways else ", " + ", ".join(after)
    if person.honorific is not None:
        choices = _honorific_spellings()[person.honorific.code] if other_ways else (person.honorific.label,)
        text = f"{draw(_sampled(choices))} {text}"
    return " ".join(text.split())


def _known_degrees(kind: str) -> tuple[str, ...]:
    """The canonical spellings kampungkb knows (its degree table) of degrees written ``kind`` the name."""
    table = data_file("people", "degrees")["degrees"]
    return tuple(sorted(entry["canonical"] for entry in table if entry["kind"] == kind))


def _names() -> st.SearchStrategy[str]:
    """One to four words, the first a name word, at most one initial among the others.

    Two initials could read as a degree ("S. T."), hence one at most.
    """
    rest = st.lists(name_words(), max_size=2)
    initial = st.none() | st.tuples(_INITIALS, st.integers(0, 2))

    def join(parts: tuple[str, list[str], tuple[str, int] | None]) -> str:
        first, others, extra = parts
        words = list(others)
        if extra is not None:
            words.insert(min(extra[1], len(words)), extra[0])
        return " ".join((first, *words))

    return st.tuples(name_words(), rest, initial).map(join)


def _degrees(kind: str) -> st.SearchStrategy[list[str]]:
    odd = AMBIGUOUS_BEFORE if kind == "before" else UNKNOWN_AFTER
    # deferred: the degree table is read on the first draw, not when the strategy is made; one draw
    # per degree, the odd spellings among the known ones
    return st.deferred(lambda: st.lists(st.sampled_from((*_known_degrees(kind), *odd)), max_size=3))


@functools.cache
def _sampled(items: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(items)


def _labels(*, max_words: int) -> st.SearchStrategy[str]:
    word = name_words() | st.sampled_from(("Dinas", "Badan", "Kota", "Kabupaten", "(DP3AKB)", "KB", "dan", "&"))
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join)


def _acronyms() -> st.SearchStrategy[str]:
    return st.sampled_from(("DP3AKB", "DPPKB", "Dinas PPKB", "DP2KBP3A", "BKKBN", "PKK")) | st.text(
        "ABCDEFGHKLMNPRST23", min_size=2, max_size=10
    )


@functools.cache
def _codes(shape: str) -> st.SearchStrategy[RegionCode]:
    """Region codes of one shape: province, regency (kabupaten), city (kota), district, kelurahan, desa."""
    province = st.sampled_from([p.code.compact for p in provinces()])
    kabupaten = st.integers(1, 69).map("{:02d}".format)
    kota = st.integers(71, 99).map("{:02d}".format)
    regency = kabupaten | kota
    district = st.integers(1, 99).map("{:02d}".format)

    def village(first: str) -> st.SearchStrategy[str]:
        return st.integers(1, 999).map(lambda serial: f"{first}{serial:03d}")

    parts: dict[str, tuple[st.SearchStrategy[str], ...]] = {
        "province": (province,),
        "regency": (province, kabupaten),
        "city": (province, kota),
        "district": (province, regency, district),
        "kelurahan": (province, regency, district, village("1")),
        "desa": (province, regency, district, village("2") | village("3")),
    }
    return st.tuples(*parts[shape]).map(lambda chunks: RegionCode.parse("".join(chunks)))


_REGION_WORK_LEVEL: dict[RegionLevel, WorkLevel] = {
    RegionLevel.PROVINCE: WorkLevel.PROVINCE,
    RegionLevel.REGENCY: WorkLevel.REGENCY_CITY,
    RegionLevel.DISTRICT: WorkLevel.DISTRICT,
    RegionLevel.VILLAGE: WorkLevel.VILLAGE,
}

_SHAPES_BY_LEVEL: dict[WorkLevel, tuple[str, ...]] = {
    WorkLevel.NATIONAL: (),
    WorkLevel.PROVINCE: ("province",),
    WorkLevel.REGENCY_CITY: ("regency", "city"),
    WorkLevel.DISTRICT: ("district",),
    WorkLevel.VILLAGE: ("kelurahan", "desa"),
    WorkLevel.RW_RT: ("kelurahan", "desa"),
}
_SHAPES_BY_POSITION: dict[Position, tuple[str, ...]] = {
    Position.MAYOR: ("city",),
    Position.VICE_MAYOR: ("city",),
    Position.REGENT: ("regency",),
    Position.VICE_REGENT: ("regency",),
    Position.URBAN_VILLAGE_HEAD: ("kelurahan",),
    Position.VILLAGE_HEAD: ("desa",),
    Position.KEUCHIK: ("desa",),
    Position.WALI_NAGARI: ("desa",),
    Position.PERBEKEL: ("desa",),
    Position.KAMPUNG_HEAD: ("desa",),
}


@functools.cache
def _region_for(position: Position) -> st.SearchStrategy[RegionCode | None]:
    """None, or a region code a position can be held in (only None for a national position)."""
    shapes = _SHAPES_BY_POSITION.get(position)
    if shapes is None:
        shapes = tuple(dict.fromkeys(s for level in position.levels for s in _SHAPES_BY_LEVEL[level]))
    if not shapes:
        return st.none()
    return st.none() | st.one_of(*(_codes(shape) for shape in shapes))


@functools.cache
def _terms() -> st.SearchStrategy[tuple[PartialDate | None, PartialDate | None]]:
    """(start, end) of a term, each of any precision: unknown, open, or in order (two days in order, each then
    cut to a drawn precision, never make an end certainly before its start)."""
    day = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
    precision = st.sampled_from(DatePrecision)
    one = st.tuples(day, precision).map(lambda pair: _cut(*pair))
    known: st.SearchStrategy[tuple[PartialDate | None, PartialDate | None]] = st.tuples(
        day, st.integers(0, 3650), precision, precision
    ).map(lambda drawn: (_cut(drawn[0], drawn[2]), _cut(drawn[0] + dt.timedelta(days=drawn[1]), drawn[3])))
    return st.tuples(st.none(), st.none()) | st.tuples(one, st.none()) | st.tuples(st.none(), one) | known


def _cut(day: dt.date, precision: DatePrecision) -> PartialDate:
    if precision is DatePrecision.YEAR:
        return PartialDate(day.year)
    if precision is DatePrecision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate.of(day)


def _acting_for(official: Official, other: Official | Organization) -> Official:
    return Official(
        name=official.name,
        position=official.position,
        position_as_written=official.position_as_written,
        position_level=official.position_level,
        acting=official.acting,
        organization=official.organization,
        jurisdiction=official.jurisdiction,
        region=official.region,
        term_start=official.term_start,
        term_end=official.term_end,
        on_behalf_of=other,
    )
