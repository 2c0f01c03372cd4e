"""Strategies for :mod:`kampungkb.events` (requires hypothesis).

Every strategy builds VALID objects by construction, never by filtering:
participant totals are the sums of the groups drawn; the host region is drawn
at the event's level; the opener holds a position that works at the event's
level or above (and is placed no lower); the report date is drawn on or after
the first day. Every sub-strategy is built once, when the strategy is made —
never while drawing — so drawing an event costs only the draws.

    >>> from hypothesis import given
    >>> @given(events())
    ... def check(event):
    ...     assert event.host_region is None or event.host_region.level is event.level.region_level
    >>> check()
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from ..dates import DatePrecision, DateRange, PartialDate
from ..events import (
    Appreciation,
    Attendee,
    Coaching,
    CoordinationMeeting,
    DeclaredKampung,
    DistrictCount,
    Event,
    EventKind,
    EventLevel,
    Facilitation,
    Inauguration,
    KampungDeclaration,
    Launch,
    LegalReference,
    MiniWorkshop,
    MonitoringVisit,
    Orientation,
    ParticipantGroup,
    Participants,
    ParticipantShare,
    Programme,
    ServiceDelivery,
    Socialization,
    SourceKind,
    Speaker,
    Training,
    Venue,
    VenueMode,
    Workshop,
    event_class,
)
from ..kampung import ContraceptiveMethod, Count, CountQualifier, FundingSource
from ..legal import registry
from ..people import Official, Organization, Position
from ..regions import RegionLevel
from ._counts import between, counts, draw_consistent_total
from ._dates import date_ranges
from ._people import officials, organizations
from ._regions import region_codes
from ._text import text

__all__ = [
    "appreciations",
    "attendees",
    "coachings",
    "coordination_meetings",
    "declared_kampungs",
    "district_counts",
    "events",
    "facilitations",
    "inaugurations",
    "kampung_declarations",
    "launches",
    "legal_references",
    "mini_workshops",
    "monitoring_visits",
    "orientations",
    "participant_groups",
    "participant_shares",
    "participants",
    "service_deliveries",
    "socializations",
    "speakers",
    "trainings",
    "venues",
    "workshops",
]

E = TypeVar("E", bound=Event)


def participant_groups(
    *,
    role: st.SearchStrategy[str] | None = None,
    count: st.SearchStrategy[int] | None = None,
    position: st.SearchStrategy[Position | None] | None = None,
    exact: bool = False,
) -> st.SearchStrategy[ParticipantGroup]:
    """Valid :class:`~kampungkb.events.ParticipantGroup` values (requires hypothesis).

    Groups are drawn with and without a count, and with every qualifier; ``exact=True``
    (or a ``count`` strategy) draws exact counts only.

    >>> from hypothesis import given
    >>> @given(participant_groups(position=st.just(Position.PKB), exact=True))
    ... def check(group):
    ...     assert group.count >= 0 and group.position is Position.PKB
    >>> check()
    """
    numbers = st.integers(min_value=0, max_value=10_000)
    exact = exact or count is not None
    count_strategy = count if count is not None else numbers if exact else st.none() | numbers
    roles = role if role is not None else text(min_size=1, max_size=200)
    descriptions = st.none() | text(max_size=1000)
    positions = position if position is not None else st.none() | st.sampled_from(Position)
    qualifiers = st.sampled_from(CountQualifier)

    @st.composite
    def build(draw: st.DrawFn) -> ParticipantGroup:
        number = draw(count_strategy)
        qualifier = CountQualifier.EXACT if exact or number is None else draw(qualifiers)
        return ParticipantGroup(draw(roles), number, draw(descriptions), draw(positions), qualifier)

    return build()


def participants(
    *, groups: st.SearchStrategy[ParticipantGroup] | None = None, min_groups: int = 0, exact: bool = False
) -> st.SearchStrategy[Participants]:
    """Valid :class:`~kampungkb.events.Participants`: the total is one the groups can make, by construction.

    With no groups (a source giving only a head count) the total is drawn on its own;
    ``min_groups=1`` keeps a breakdown in every example. By default groups without a
    count, qualified counts and totals of every qualifier (or no total) are drawn;
    ``exact=True`` draws exact groups whose total is their sum.

    >>> from hypothesis import given
    >>> @given(participants(min_groups=1, exact=True))
    ... def check(p):
    ...     assert p.total == sum(g.count for g in p.groups)
    >>> check()
    """
    group_strategy = groups if groups is not None else participant_groups(exact=exact)
    group_lists = st.lists(group_strategy, min_size=min_groups, max_size=6)
    head_counts = st.integers(min_value=0, max_value=100_000)
    qualifiers = st.sampled_from(CountQualifier)
    booleans = st.booleans()

    @st.composite
    def build(draw: st.DrawFn) -> Participants:
        items = tuple(draw(group_lists))
        if exact:
            if items:
                return Participants(items, total=sum(group.count or 0 for group in items))
            return Participants((), total=draw(head_counts))
        if not items:
            return Participants((), total=draw(head_counts), qualifier=draw(qualifiers))
        if draw(booleans):
            return Participants(items)
        total = draw_consistent_total(draw, [group.stated_count for group in items])
        return Participants(items, total=total.value, qualifier=total.qualifier)

    return build()


def participant_shares() -> st.SearchStrategy[ParticipantShare]:
    """Valid :class:`~kampungkb.events.ParticipantShare` rows (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(participant_shares())
    ... def check(row):
    ...     assert 0 <= row.percent <= 100
    >>> check()
    """
    return st.builds(
        ParticipantShare,
        text(min_size=1, max_size=200),
        st.integers(min_value=0, max_value=10_000),
        st.floats(min_value=0.0, max_value=1.0),
    )


def venues() -> st.SearchStrategy[Venue]:
    """Valid :class:`~kampungkb.events.Venue` values: places, online meetings and hybrids (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(venues())
    ... def check(venue):
    ...     assert venue.label or venue.address or venue.region
    >>> check()
    """
    names, addresses, regions = st.none() | _line(6), st.none() | _line(10), st.none() | region_codes()
    platforms, links = st.none() | _line(3), st.none() | _urls()
    modes, fallback_names = st.none() | st.sampled_from(VenueMode), _line(6)

    @st.composite
    def build(draw: st.DrawFn) -> Venue:
        mode = draw(modes)
        online = mode is not VenueMode.IN_PERSON
        platform = draw(platforms) if online else None
        link = draw(links) if online else None
        name, region = draw(names), draw(regions)
        address = None if mode is VenueMode.ONLINE else draw(addresses)
        if all(item is None for item in (name, platform, link, address, region)):
            name = draw(fallback_names)
        return Venue(name=name, address=address, region=region, mode=mode, platform=platform, link=link)

    return build()


def service_deliveries() -> st.SearchStrategy[ServiceDelivery]:
    """Valid :class:`~kampungkb.events.ServiceDelivery` rows, with and without a method and a count.

    >>> from hypothesis import given
    >>> @given(service_deliveries())
    ... def check(row):
    ...     assert row.label.startswith(row.service)
    >>> check()
    """
    return st.builds(
        ServiceDelivery,
        service=_line(4),
        method=st.none() | st.sampled_from(ContraceptiveMethod),
        count=st.none() | counts(),
    )


def declared_kampungs(*, district: st.SearchStrategy[str | None] | None = None) -> st.SearchStrategy[DeclaredKampung]:
    """Valid :class:`~kampungkb.events.DeclaredKampung` values: a name, a village or a desa code, or several.

    >>> from hypothesis import given
    >>> @given(declared_kampungs())
    ... def check(kampung):
    ...     assert kampung.name or kampung.village or kampung.region
    >>> check()
    """
    districts = district if district is not None else st.none() | _line(3)
    codes = st.none() | region_codes(level=RegionLevel.VILLAGE)
    names, villages, fallback_villages = st.none() | _line(5), st.none() | _line(4), _line(4)

    @st.composite
    def build(draw: st.DrawFn) -> DeclaredKampung:
        name, village, region = draw(names), draw(villages), draw(codes)
        if name is None and village is None and region is None:
            village = draw(fallback_villages)
        return DeclaredKampung(name=name, village=village, district=draw(districts), region=region)

    return build()


def district_counts() -> st.SearchStrategy[DistrictCount]:
    """Valid :class:`~kampungkb.events.DistrictCount` values: a kecamatan by name, code or both, with a count.

    >>> from hypothesis import given
    >>> @given(district_counts())
    ... def check(item):
    ...     assert item.district or item.region
    >>> check()
    """
    return st.builds(
        lambda named, name, region, count: DistrictCount(
            district=name if named or region is None else None, region=region, count=count
        ),
        st.booleans(),
        _line(3),
        st.none() | region_codes(level=RegionLevel.DISTRICT),
        counts(max_value=200),
    )


def kampung_declarations() -> st.SearchStrategy[KampungDeclaration]:
    """Valid :class:`~kampungkb.events.KampungDeclaration` values: kampung listed with distinct kecamatan
    names, counts per kecamatan that hold them, and a total the counts can make.

    >>> from hypothesis import given
    >>> @given(kampung_declarations())
    ... def check(declaration):
    ...     assert declaration.kampung or declaration.by_district or declaration.total
    >>> check()
    """

    name_lists = st.lists(_line(3), max_size=4).map(_distinct_districts)
    unplaced = st.lists(declared_kampungs(district=st.none()), max_size=3)
    free = st.lists(declared_kampungs(district=st.none()), max_size=2)
    qualifiers, booleans, any_counts = st.sampled_from(CountQualifier), st.booleans(), counts()

    @st.composite
    def build(draw: st.DrawFn) -> KampungDeclaration:
        kampung: list[DeclaredKampung] = []
        by_district: list[DistrictCount] = []
        for name in draw(name_lists):
            listed = [_placed(item, name) for item in draw(unplaced)]
            kampung.extend(listed)
            if draw(booleans):
                by_district.append(DistrictCount(district=name, count=_holding(draw, len(listed), draw(qualifiers))))
        kampung.extend(draw(free))
        districts = between(draw, max(1, len(by_district)), len(by_district) + 5) if draw(booleans) else None
        complete = districts is None or districts == len(by_district)
        total: Count | None = None
        if draw(booleans) or (not kampung and not by_district):
            if by_district:
                total = draw_consistent_total(draw, [item.count for item in by_district], complete=complete)
            else:
                total = draw(any_counts)
            if not _holds(total, len(kampung)):  # too few for the kampung listed: say "at least" instead
                most = sum(item.count.bounds[1] or 0 for item in by_district)
                bounded = all(item.count.bounds[1] is not None for item in by_district) and complete and by_district
                total = Count(between(draw, 0, most) if bounded else len(kampung), CountQualifier.AT_LEAST)
        return KampungDeclaration(
            kampung=tuple(kampung), by_district=tuple(by_district), total=total, districts=districts
        )

    return build()


def attendees() -> st.SearchStrategy[Attendee]:
    """Valid :class:`~kampungkb.events.Attendee` values: an official, an organization, or a position in one.

    >>> from hypothesis import given
    >>> @given(attendees())
    ... def check(attendee):
    ...     assert (attendee.official is None) != (attendee.organization is None)
    >>> check()
    """
    return _parties().map(lambda parts: Attendee(official=parts[0], organization=parts[1], position=parts[2]))


def speakers(*, topics: st.SearchStrategy[str | None] | None = None) -> st.SearchStrategy[Speaker]:
    """Valid :class:`~kampungkb.events.Speaker` values: an official, an organization, or a position in one.

    >>> from hypothesis import given
    >>> @given(speakers(topics=st.none()))
    ... def check(speaker):
    ...     assert speaker.topic is None and speaker.label
    >>> check()
    """
    topic_strategy = topics if topics is not None else st.none() | _line(10)
    return st.builds(
        lambda parts, topic: Speaker(official=parts[0], organization=parts[1], position=parts[2], topic=topic),
        _parties(),
        topic_strategy,
    )


def legal_references() -> st.SearchStrategy[LegalReference]:
    """Valid :class:`~kampungkb.events.LegalReference` values, citing the built-in registry (requires hypothesis).

    >>> from hypothesis import given
    >>> @given(legal_references())
    ... def check(reference):
    ...     assert reference.instrument.year >= 1945
    >>> check()
    """
    return st.builds(
        LegalReference,
        instrument=st.sampled_from(tuple(registry)),
        provision=st.none() | st.sampled_from(("Lampiran huruf N", "Pasal 7", "Pasal 1 angka 10", "Pasal 12 ayat (2)")),
    )


def workshops(**narrow: Any) -> st.SearchStrategy[Workshop]:
    """Valid :class:`~kampungkb.events.Workshop` values (lokakarya); see :func:`events` for the keywords.

    >>> from hypothesis import given
    >>> @given(workshops(level=st.just(EventLevel.REGENCY)))
    ... def check(workshop):
    ...     assert workshop.host_region.level.code == "kabupaten_kota"
    >>> check()
    """
    return _events_of(Workshop, **narrow)


def mini_workshops(**narrow: Any) -> st.SearchStrategy[MiniWorkshop]:
    """Valid :class:`~kampungkb.events.MiniWorkshop` values (lokakarya mini); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(mini_workshops())
    ... def check(event):
    ...     assert event.kind.code == "lokakarya_mini"
    >>> check()
    """
    return _events_of(MiniWorkshop, **narrow)


def launches(**narrow: Any) -> st.SearchStrategy[Launch]:
    """Valid :class:`~kampungkb.events.Launch` values (pencanangan); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(launches(level=st.just(EventLevel.VILLAGE)))
    ... def check(event):
    ...     assert event.host_region.village_kind is not None
    >>> check()
    """
    return _events_of(Launch, **narrow)


def coordination_meetings(**narrow: Any) -> st.SearchStrategy[CoordinationMeeting]:
    """Valid :class:`~kampungkb.events.CoordinationMeeting` values (rakor); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(coordination_meetings())
    ... def check(event):
    ...     assert event.kind.code == "rakor"
    >>> check()
    """
    return _events_of(CoordinationMeeting, **narrow)


def socializations(**narrow: Any) -> st.SearchStrategy[Socialization]:
    """Valid :class:`~kampungkb.events.Socialization` values (sosialisasi); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(socializations())
    ... def check(event):
    ...     assert event.kind.code == "sosialisasi"
    >>> check()
    """
    return _events_of(Socialization, **narrow)


def appreciations(**narrow: Any) -> st.SearchStrategy[Appreciation]:
    """Valid :class:`~kampungkb.events.Appreciation` values (apresiasi); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(appreciations())
    ... def check(event):
    ...     assert event.kind.code == "apresiasi"
    >>> check()
    """
    return _events_of(Appreciation, **narrow)


def trainings(**narrow: Any) -> st.SearchStrategy[Training]:
    """Valid :class:`~kampungkb.events.Training` values (pelatihan); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(trainings())
    ... def check(event):
    ...     assert event.kind.code == "pelatihan"
    >>> check()
    """
    return _events_of(Training, **narrow)


def orientations(**narrow: Any) -> st.SearchStrategy[Orientation]:
    """Valid :class:`~kampungkb.events.Orientation` values (orientasi); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(orientations())
    ... def check(event):
    ...     assert event.kind.code == "orientasi"
    >>> check()
    """
    return _events_of(Orientation, **narrow)


def facilitations(**narrow: Any) -> st.SearchStrategy[Facilitation]:
    """Valid :class:`~kampungkb.events.Facilitation` values (fasilitasi); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(facilitations())
    ... def check(event):
    ...     assert event.kind.code == "fasilitasi"
    >>> check()
    """
    return _events_of(Facilitation, **narrow)


def coachings(**narrow: Any) -> st.SearchStrategy[Coaching]:
    """Valid :class:`~kampungkb.events.Coaching` values (pembinaan); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(coachings())
    ... def check(event):
    ...     assert event.kind.code == "pembinaan"
    >>> check()
    """
    return _events_of(Coaching, **narrow)


def monitoring_visits(**narrow: Any) -> st.SearchStrategy[MonitoringVisit]:
    """Valid :class:`~kampungkb.events.MonitoringVisit` values (monev); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(monitoring_visits())
    ... def check(event):
    ...     assert event.kind.code == "monev"
    >>> check()
    """
    return _events_of(MonitoringVisit, **narrow)


def inaugurations(**narrow: Any) -> st.SearchStrategy[Inauguration]:
    """Valid :class:`~kampungkb.events.Inauguration` values (peresmian); see :func:`events`.

    >>> from hypothesis import given
    >>> @given(inaugurations())
    ... def check(event):
    ...     assert event.kind.code == "peresmian"
    >>> check()
    """
    return _events_of(Inauguration, **narrow)


def events(*, kinds: st.SearchStrategy[EventKind] | None = None, **narrow: Any) -> st.SearchStrategy[Event]:
    """Valid events of every kind (requires hypothesis).

    Keyword arguments take strategies that narrow what is drawn: ``kinds``
    (an :class:`~kampungkb.events.EventKind`), ``level``, ``title``, ``dates``,
    ``venue``, ``organizer``, ``participants``, ``speakers`` and ``attendees``
    (one item each; tuples of 0–3 are drawn), ``legal_basis`` (one item) and
    ``with_opener`` (a boolean). Whatever is narrowed, the rules hold: the host
    region is drawn at the level drawn, and the opener is fitted to it.

    >>> from hypothesis import given
    >>> @given(events(kinds=st.just(EventKind.LAUNCH), level=st.just(EventLevel.NATIONAL)))
    ... def check(event):
    ...     assert event.host_region is None and event.kind is EventKind.LAUNCH
    >>> check()
    """
    by_kind: dict[EventKind, st.SearchStrategy[Event]] = {
        kind: _events_of(event_class(kind), **narrow) for kind in EventKind
    }
    if kinds is None:
        return st.one_of(*by_kind.values())
    return kinds.flatmap(by_kind.__getitem__)


# ---------------------------------------------------------------------------
# Helpers

_WORD = st.text(st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S")), min_size=1, max_size=12)
_NARROWABLE = frozenset(
    {
        "level",
        "title",
        "dates",
        "venue",
        "organizer",
        "participants",
        "speakers",
        "attendees",
        "legal_basis",
        "with_opener",
    }
)


def _line(max_words: int) -> st.SearchStrategy[str]:
    """Text of 1 to ``max_words`` words joined by single spaces: what TEXT_PATTERN allows."""
    return st.lists(_WORD, min_size=1, max_size=max_words).map(" ".join)


_URL_WORDS = ("2020", "12", "28", "berita", "kampung-kb", "lokakarya", "read", "detail", "index.php", "~x", "a.b_c")


def _urls() -> st.SearchStrategy[str]:
    """http(s) URLs: a host of 1–20 letters and digits under a common suffix, and up to four path segments."""
    name = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=19).map(lambda n: "h" + n)
    host = st.builds("{}.{}".format, name, st.sampled_from(("go.id", "com", "id", "org")))
    segment = st.sampled_from(_URL_WORDS) | st.integers(1, 99_999).map(str)
    path = st.lists(segment, max_size=4).map(lambda parts: "".join("/" + part for part in parts))
    return st.builds(lambda scheme, h, p: f"{scheme}://{h}{p}", st.sampled_from(("http", "https")), host, path)


def _cut(day: _dt.date, precision: DatePrecision) -> PartialDate:
    """The partial date of ``precision`` that contains ``day``."""
    if precision is DatePrecision.YEAR:
        return PartialDate(day.year)
    if precision is DatePrecision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate.of(day)


def _district_key(name: str) -> str:
    return name.casefold().removeprefix("kecamatan ").removeprefix("kec. ")


def _distinct_services(rows: list[ServiceDelivery]) -> tuple[ServiceDelivery, ...]:
    """The rows, each service and method once (the first kept); deduplicated after drawing, as a unique
    list would build a filter on every draw."""
    kept: dict[tuple[str, ContraceptiveMethod | None], ServiceDelivery] = {}
    for row in rows:
        kept.setdefault((row.service.casefold(), row.method), row)
    return tuple(kept.values())


def _distinct_districts(names: list[str]) -> list[str]:
    """The kecamatan names, each once by the key the declaration compares them with."""
    kept: dict[str, str] = {}
    for name in names:
        kept.setdefault(_district_key(name), name)
    return list(kept.values())


def _placed(kampung: DeclaredKampung, district: str) -> DeclaredKampung:
    """The kampung, placed in ``district``."""
    return DeclaredKampung(name=kampung.name, village=kampung.village, district=district, region=kampung.region)


def _holding(draw: st.DrawFn, listed: int, qualifier: CountQualifier) -> Count:
    """A count of ``qualifier`` that can hold ``listed`` kampung (its most is at least that many)."""
    if qualifier is CountQualifier.AT_LEAST:
        return Count(between(draw, 0, listed), qualifier)
    if qualifier is CountQualifier.ABOUT:
        return Count(between(draw, 0, 50), qualifier)
    return Count(between(draw, listed, listed + 20), qualifier)


def _holds(total: Count, listed: int) -> bool:
    """Whether ``total`` can hold ``listed`` kampung (its most is at least that many)."""
    most = total.bounds[1]
    return most is None or most >= listed


@functools.cache
def _parties() -> st.SearchStrategy[tuple[Official | None, Organization | None, Position | None]]:
    """(official, organization, position) as attendees and speakers hold them: exactly one who."""
    named = officials().map(lambda official: (official, None, None))
    agency = st.tuples(st.none(), organizations(), st.none() | st.sampled_from(Position))
    return named | agency


@functools.cache
def _fitted_openers(level: EventLevel) -> st.SearchStrategy[Official]:
    """Officials who may open an event of ``level``: a position working at that level or above,
    placed (by organization or jurisdiction) no lower; placed lower, the place is dropped."""
    fitting = [p for p in Position if max(item.rank for item in p.levels) >= level.rank]

    def fit(official: Official) -> Official:
        if max(item.rank for item in official.work_levels) >= level.rank:
            return official
        return Official(
            name=official.name,
            position=official.position,
            position_as_written=official.position_as_written,
            acting=official.acting,
            term_start=official.term_start,
            term_end=official.term_end,
        )

    return officials(positions=st.sampled_from(fitting)).map(fit)


def _events_of(cls: type[E], **narrow: Any) -> st.SearchStrategy[E]:
    unknown = set(narrow) - _NARROWABLE
    if unknown:
        raise TypeError(f"unknown keyword(s) {sorted(unknown)}; expected some of {sorted(_NARROWABLE)}")

    def given_or(name: str, default: Callable[[], st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
        found = narrow.get(name)
        return found if found is not None else default()

    levels = given_or("level", lambda: st.sampled_from(EventLevel))
    titles = given_or("title", lambda: _line(12))
    dates = given_or("dates", lambda: date_ranges(min_value=_dt.date(1970, 1, 1), max_value=_dt.date(2100, 12, 31)))
    venue = given_or("venue", lambda: st.none() | venues())
    organizer = given_or("organizer", lambda: st.none() | organizations())
    participant_strategy = given_or("participants", lambda: st.none() | participants())
    speaker = given_or("speakers", speakers)
    attendee = given_or("attendees", attendees)
    legal = given_or("legal_basis", legal_references)
    with_opener = given_or("with_opener", st.booleans)
    # Built here, once: strategies made inside ``build`` would be made again on every draw.
    hosts = {level: region_codes(level=level.region_level) for level in EventLevel if level.region_level}
    openers = {level: _fitted_openers(level) for level in EventLevel}
    co_organizers = st.lists(organizations(), max_size=1).map(tuple)
    attendee_lists = st.lists(attendee, max_size=2).map(tuple)
    speaker_lists = st.lists(speaker, max_size=3).map(tuple)
    purposes = st.none() | _line(20)
    objective_lists = st.lists(_line(12), max_size=2).map(tuple)
    funding = st.lists(st.sampled_from(FundingSource), unique=True, max_size=3).map(tuple)
    programmes = st.none() | st.sampled_from(Programme)
    legal_lists = st.lists(legal, max_size=2).map(tuple)
    kampung_ids = st.lists(st.integers(1, 10**7), max_size=3).map(tuple)
    source_lists = st.lists(_urls(), max_size=2).map(tuple)
    report_delays = st.none() | st.integers(0, 60)
    source_kinds = st.none() | st.sampled_from(SourceKind)
    precisions = st.sampled_from(DatePrecision)
    service_lists = st.lists(service_deliveries(), max_size=3).map(_distinct_services)
    extras: dict[str, st.SearchStrategy[Any]] = {}
    if cls is Launch:
        extras["declared"] = st.none() | kampung_declarations()
    if cls is Inauguration:
        extras["inaugurated"] = st.none() | _line(8)

    @st.composite
    def build(draw: st.DrawFn) -> E:
        level: EventLevel = draw(levels)
        host = draw(hosts[level]) if level in hosts else None
        when: DateRange = draw(dates)
        delay = draw(report_delays)
        source_kind: SourceKind | None = draw(source_kinds)
        reported_on = None
        if delay is not None:
            before = source_kind is not None and source_kind.precedes_event
            day = when.start - _dt.timedelta(days=delay) if before else when.start + _dt.timedelta(days=delay)
            reported_on = _cut(day, draw(precisions))
        return cls(
            title=draw(titles),
            level=level,
            dates=when,
            venue=draw(venue),
            host_region=host,
            organizer=draw(organizer),
            co_organizers=draw(co_organizers),
            opened_by=draw(openers[level]) if draw(with_opener) else None,
            attendees=draw(attendee_lists),
            speakers=draw(speaker_lists),
            participants=draw(participant_strategy),
            purpose=draw(purposes),
            objectives=draw(objective_lists),
            funding_sources=draw(funding),
            programme=draw(programmes),
            legal_basis=draw(legal_lists),
            kampung_ids=draw(kampung_ids),
            sources=draw(source_lists),
            reported_on=reported_on,
            source_kind=source_kind,
            services=draw(service_lists),
            **{name: draw(strategy) for name, strategy in extras.items()},
        )

    return build()
