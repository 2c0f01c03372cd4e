"""The cross-field rules of the benchmark documents, written once for the pydantic and msgspec models.

kampungkb states these rules in each model's ``_invariants``; the equivalent pydantic
models call them from a ``model_validator(mode="after")`` and the msgspec structs from
``__post_init__``. Each function returns the problems found as messages (an empty list
when the object is fine), and :func:`raise_problems` turns them into the ``ValueError``
both libraries report. The vocabularies, and the small tables the rules read (the level
each kind of organization works at, the positions that head a kota or a kelurahan …), are
kampungkb's own, so the three libraries check the same codes against the same facts.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any

from kampungkb.events import VenueMode
from kampungkb.kampung import (
    AgeBand,
    ContraceptiveMethod,
    CountQualifier,
    FamilyCount,
    Frequency,
    NonUseReason,
    OperationalMechanism,
    PlkbSupervisorKind,
    PokjaPosition,
    Poktan,
    Sex,
    count_sum_problem,
)
from kampungkb.kampung import Count as KbCount
from kampungkb.legal import GazetteKind, InstrumentType
from kampungkb.legal._instrument import _SEBAGAIMANA, identity_problems
from kampungkb.people import OrganizationKind, PersonName, Position, PositionGroup, WorkLevel
from kampungkb.people._official import _CITY_POSITIONS, _KELURAHAN_POSITIONS, _WORK_LEVEL
from kampungkb.people._organization import _REGION_LEVELS_BY_KIND
from kampungkb.regions import RegionLevel

#: Text with at least one non-space character (kampungkb's NON_BLANK), as a whole-string match.
NON_BLANK = r"[\s\S]*\S[\s\S]*"
#: A region's sub-unit label (kampungkb.regions.NAME_PATTERN).
NAME = r"\S(?:[^\r\n]*\S)?"
#: A person's name (kampungkb.people.NAME_PATTERN).
PERSON_NAME = r"[^\s,\x00-\x1f\x7f-\x9f]+(?: [^\s,\x00-\x1f\x7f-\x9f]+)*"
#: A name or label (kampungkb.people.TEXT_PATTERN).
TEXT = r"[^\s\x00-\x1f\x7f-\x9f]+(?: [^\s\x00-\x1f\x7f-\x9f]+)*"
#: An http(s) URL.
URL = r"https?://[^\s]{1,2000}"
#: A date known to the year, the month or the day (kampungkb.dates.PartialDate written as text).
PARTIAL_DATE = r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
#: The earliest launch date of a Kampung KB.
EARLIEST_LAUNCH = dt.date(2016, 1, 1)


def region_code_pattern() -> str:
    """The pattern of every valid region code, dotted or compact (the one kampungkb's schema publishes)."""
    from kampungkb.regions._code import _schema_pattern

    return _schema_pattern().removeprefix("^(?:").removesuffix(")$")


def raise_problems(problems: list[str]) -> None:
    """Raise one ValueError listing every problem (the form both libraries accept from a validator)."""
    if problems:
        raise ValueError("; ".join(problems))


def unique(items: Sequence[Any], name: str) -> list[str]:
    """A problem for every item listed twice."""
    if len(set(items)) == len(items):
        return []
    first: dict[Any, int] = {}
    return [
        f"{name}[{index}] is listed twice (first at [{first[item]}])"
        for index, item in enumerate(items)
        if first.setdefault(item, index) != index
    ]


def each_once(keys: list[Any], name: str, expected: frozenset[Any], allowed: frozenset[Any] | None = None) -> list[str]:
    """Problems unless every expected key appears exactly once and no other key (beyond ``allowed``) appears."""
    permitted = expected if allowed is None else allowed
    found = set(keys)
    if len(found) == len(keys) and expected <= found <= permitted:
        return []
    problems = [f"{name}[{index}] does not belong" for index, key in enumerate(keys) if key not in permitted]
    problems += unique(keys, name)
    missing = expected - found
    if missing:
        problems.append(f"{name} must cover every value; {len(missing)} missing")
    return problems


@functools.cache
def expected_keys() -> dict[str, frozenset[Any]]:
    """The values each report must cover, read once (they come from kampungkb's vocabulary data)."""
    return {
        "profile_poktan": frozenset(p for p in Poktan if p.in_profile_report),
        "all_poktan": frozenset(Poktan),
        "mechanisms": frozenset(OperationalMechanism),
        "age_sex": frozenset((band, sex) for band in AgeBand for sex in Sex),
        "families": frozenset(FamilyCount),
        "kkbpk_poktan": frozenset(p for p in Poktan if p.in_family_planning_report),
        "methods": frozenset(ContraceptiveMethod),
        "reasons": frozenset(NonUseReason),
    }


# -- record ------------------------------------------------------------------


def location(obj: Any) -> list[str]:
    """Sub-village labels need a village code; latitude and longitude come together."""
    problems = []
    if len(obj.code) < 10:  # a village code has 10 digits (13 characters dotted)
        problems += [f"{name}: needs a village-level code" for name in ("dusun", "rw", "rt") if getattr(obj, name)]
    if (obj.latitude is None) != (obj.longitude is None):
        problems.append("latitude and longitude come together")
    return problems


def kampung(obj: Any) -> list[str]:
    """A Kampung KB sits in a village."""
    return [] if len(obj.location.code) >= 10 else ["location.code: a Kampung KB sits in a village"]


def criteria(obj: Any) -> list[str]:
    """Each criterion at most once."""
    return (
        unique(obj.portal, "portal")
        + unique(obj.main, "main")
        + unique(obj.area, "area")
        + unique(obj.special, "special")
    )


def pokja_member(obj: Any) -> list[str]:
    """A section member, and only a section member, has a section."""
    if (obj.position is PokjaPosition.SECTION_MEMBER) != (obj.section is not None):
        return ["section: a section member (and only one) has a section"]
    return []


def pokja(obj: Any) -> list[str]:
    """The portal's Pokja rules."""
    if not obj.exists:
        problems = []
        if obj.decree is not None:
            problems.append("decree: no Pokja, no decree")
        if obj.trained or obj.training_description is not None:
            problems.append("trained: no Pokja, no training")
        if obj.member_count or obj.trained_count or obj.members:
            problems.append("member_count: no Pokja, no members")
        return problems
    problems = []
    if obj.member_count < 1:
        problems.append("member_count: a Pokja has at least 1 member")
    if obj.trained and (obj.training_description is None or obj.trained_count < 1):
        problems.append("training_description: a trained Pokja describes its training and has trained members")
    if obj.trained_count > obj.member_count:
        problems.append("trained_count: more trained members than members")
    return problems


def plkb(obj: Any) -> list[str]:
    """A PLKB has a NIP and no supervisor; without one, a supervisor kind (described when Lainnya)."""
    if obj.accompanied:
        if obj.nip is None or obj.supervisor is not None or obj.supervisor_other is not None:
            return ["nip: a PLKB has a NIP and no supervisor"]
        return []
    problems = []
    if obj.nip is not None:
        problems.append("nip: a NIP only for an accompanying PLKB")
    if obj.supervisor is None:
        problems.append("supervisor: say who supervises the kampung")
    elif obj.supervisor is PlkbSupervisorKind.OTHER and obj.supervisor_other is None:
        problems.append("supervisor_other: name the supervisor")
    return problems


def regulation(obj: Any) -> list[str]:
    """Levels exactly when there is a regulation, each once."""
    problems = [] if obj.present == bool(obj.levels) else ["levels: levels exactly when there is a regulation"]
    return problems + unique(obj.levels, "levels")


def community_plan(obj: Any) -> list[str]:
    """With a plan, say whether data were used; data sources exactly when they were."""
    problems = []
    if obj.has_plan and obj.uses_data is None:
        problems.append("uses_data: say whether data were used")
    if (obj.uses_data is True) != bool(obj.data_uses):
        problems.append("data_uses: data sources exactly when data were used")
    return problems + unique(obj.data_uses, "data_uses")


def operational_routine(obj: Any) -> list[str]:
    """A performed routine has a frequency; Lainnya is described."""
    problems = []
    if obj.performed and obj.frequency is None:
        problems.append("frequency: say how often")
    if obj.frequency is Frequency.OTHER and obj.frequency_other is None:
        problems.append("frequency_other: describe the frequency")
    return problems


def profile(obj: Any) -> list[str]:
    """Every poktan asked about answered once; every routine once; funding sources once each."""
    keys = expected_keys()
    return (
        each_once([a.poktan for a in obj.poktan], "poktan", keys["profile_poktan"], keys["all_poktan"])
        + each_once([r.mechanism for r in obj.operations], "operations", keys["mechanisms"])
        + unique(obj.funding_sources, "funding_sources")
    )


def population(obj: Any) -> list[str]:
    """Every age band × sex and every family count exactly once."""
    keys = expected_keys()
    return each_once([(e.age_band, e.sex) for e in obj.age_sex_counts], "age_sex_counts", keys["age_sex"]) + each_once(
        [e.kind for e in obj.family_counts], "family_counts", keys["families"]
    )


def family_planning(obj: Any) -> list[str]:
    """Every poktan counted, method and reason exactly once."""
    keys = expected_keys()
    return (
        each_once([e.poktan for e in obj.poktan_participation], "poktan_participation", keys["kkbpk_poktan"])
        + each_once([e.method for e in obj.contraceptive_users], "contraceptive_users", keys["methods"])
        + each_once([e.reason for e in obj.non_users], "non_users", keys["reasons"])
    )


# -- history: the cross-record rules -------------------------------------------


def history(obj: Any) -> list[str]:
    """Creation times all aware or all naive; each KKBPK version against the population and profile then current."""
    reports = [*obj.profile_reports, *obj.population_reports, *obj.kkbpk_reports]
    if len({report.created.utcoffset() is None for report in reports}) > 1:
        return ["created: creation times all with a time zone or all without"]
    problems = []
    moments = [report.created for report in obj.kkbpk_reports]
    populations, profiles = _current_at(obj.population_reports, moments), _current_at(obj.profile_reports, moments)
    for index, (report, population, profile) in enumerate(zip(obj.kkbpk_reports, populations, profiles, strict=True)):
        if population is None:
            problems.append(f"kkbpk_reports[{index}]: no population report before it")
            continue
        problems += [f"kkbpk_reports[{index}].{problem}" for problem in _cross_record(report, population, profile)]
    return problems


def _current_at(reports: Sequence[Any], moments: Sequence[dt.datetime]) -> list[Any]:
    """For each moment, the latest report created at or before it (n log n, as kampungkb does)."""
    order = sorted(range(len(reports)), key=lambda index: reports[index].created)
    created = [reports[index].created for index in order]
    latest, best, best_key = [], None, None
    for index in order:
        report = reports[index]
        key = (report.period.year, report.period.month, report.created, index)
        if best_key is None or key > best_key:
            best, best_key = report, key
        latest.append(best)
    return [latest[count - 1] if (count := bisect.bisect_right(created, moment)) else None for moment in moments]


def _cross_record(report: Any, population: Any, profile: Any) -> list[str]:
    families = {entry.kind: entry.count for entry in population.family_counts}
    problems = []
    users = sum(entry.count for entry in report.contraceptive_users)
    non_users = sum(entry.count for entry in report.non_users)
    if users + non_users != families[FamilyCount.COUPLES_OF_CHILDBEARING_AGE]:
        problems.append("contraceptive_users: users + non-users must equal PUS")
    absent = set() if profile is None else {a.poktan for a in profile.poktan if not a.present}
    denominators = _denominators()
    for index, entry in enumerate(report.poktan_participation):
        denominator = denominators.get(entry.poktan)
        if denominator is not None and entry.count > families[denominator]:
            problems.append(f"poktan_participation[{index}].count: more than its family count")
        if entry.poktan in absent and entry.count != 0:
            problems.append(f"poktan_participation[{index}].count: the profile says it is absent")
    if report.bpjs_users > sum(entry.count for entry in population.age_sex_counts):
        problems.append("bpjs_users: more than the population")
    return problems


@functools.cache
def _denominators() -> dict[Poktan, FamilyCount]:
    return {p: p.family_denominator for p in Poktan if p.family_denominator is not None}


def checked(rule: Callable[[Any], list[str]]) -> Callable[[Any], Any]:
    """A validator that raises the problems ``rule`` finds and otherwise returns the object."""

    def check(obj: Any) -> Any:
        raise_problems(rule(obj))
        return obj

    return check


# -- events: the seed's workshop ------------------------------------------------------


def _digits(code: str) -> str:
    return code.replace(".", "")


def region_level(code: str) -> RegionLevel:
    """The level of a region code written as text (its number of digits)."""
    return _LEVEL_OF_DIGITS[len(_digits(code))]


def date_range(obj: Any) -> list[str]:
    """The last day is not before the first."""
    return ["end: before start"] if obj.end < obj.start else []


def organization(obj: Any) -> list[str]:
    """The region's level fits the kind of organization; a BKKBN provincial office names its province."""
    allowed = _REGION_LEVELS_BY_KIND.get(obj.kind)
    if allowed is None:
        return []
    if obj.region is None:
        return ["region: needs its province"] if obj.kind is OrganizationKind.BKKBN_PROVINCIAL_OFFICE else []
    return [] if region_level(obj.region) in allowed else ["region: the wrong level for this kind"]


def person_name(obj: Any) -> list[str]:
    """A letter, no titles or degrees inside the name, capitals kept aside, degrees as the degree table spells them.

    These rules read kampungkb's degree table (reference data): a pydantic or msgspec model
    would have to carry the same table and code, so the function is kampungkb's own, applied
    to the other library's object (it reads only the five fields, which have the same names).
    """
    return [str(item) for item in _AsPersonName(obj)._invariants()]


def official(obj: Any) -> list[str]:
    """Where the official works, a position as written, acting for someone, the acting form, the term."""
    problems = []
    if obj.organization is not None and (obj.jurisdiction is not None or obj.region is not None):
        problems.append("organization: give no jurisdiction or region with it")
    if obj.position is Position.OTHER:
        if obj.position_as_written is None:
            problems.append("position_as_written: a position the list lacks is given as written")
    elif obj.position_as_written is not None or obj.position_level is not None:
        problems.append("position_as_written: only for a position the list lacks")
    if obj.region is not None:
        if obj.jurisdiction is None:
            problems.append("jurisdiction: a region code needs the jurisdiction's name")
        if obj.position is not Position.OTHER:
            problems += _region_fits_position(obj.region, obj.position)
        elif obj.position_level is not None and _WORK_LEVEL[region_level(obj.region)] is not obj.position_level:
            problems.append("region: the wrong level for the position")
    other = obj.on_behalf_of
    if other is not None and hasattr(other, "position"):  # an official, not an organization
        if other.on_behalf_of is not None:
            problems.append("on_behalf_of.on_behalf_of: one level only")
        same_person = obj.name is not None and other.name is not None and obj.name == other.name
        same_office = (other.position, other.position_as_written, _title(other)) == (
            obj.position,
            obj.position_as_written,
            _title(obj),
        )
        if same_person or same_office:
            problems.append("on_behalf_of: not themself")
    if obj.acting is not None and obj.position.group is PositionGroup.FIELD_WORKFORCE:
        problems.append("acting: not for the field workforce")
    if (
        obj.term_start is not None
        and obj.term_end is not None
        and partial_date(obj.term_end).is_before(partial_date(obj.term_start))
    ):
        problems.append("term_end: before term_start")
    return problems


def _title(obj: Any) -> Any:
    """What tells two offices apart besides the position: where (kampungkb's ``Official.title`` reads the same)."""
    organization = obj.organization
    where = (organization.name, organization.region) if organization is not None else None
    return (where, obj.jurisdiction, obj.region)


def partial_date(text: str) -> Any:
    """A partial date written as text, read by kampungkb (refuses a day the calendar lacks)."""
    from kampungkb.codec import from_dict
    from kampungkb.dates import PartialDate
    from kampungkb.errors import ValidationError

    try:
        return from_dict(text, PartialDate)
    except ValidationError as exc:
        raise ValueError(str(exc)) from None


def _region_fits_position(code: str, position: Position) -> list[str]:
    level = _WORK_LEVEL[region_level(code)]
    levels = position.levels
    if not (level in levels or (level is WorkLevel.VILLAGE and WorkLevel.RW_RT in levels)):
        return ["region: the wrong level for the position"]
    digits = _digits(code)
    wants_city = _CITY_POSITIONS.get(position)
    if wants_city is not None and len(digits) > 2 and (digits[2] >= "7") is not wants_city:
        return ["region: a kota or a kabupaten, as the position says"]
    wants_kelurahan = _KELURAHAN_POSITIONS.get(position)
    if wants_kelurahan is not None and len(digits) == 10 and (digits[6] == "1") is not wants_kelurahan:
        return ["region: a kelurahan or a desa, as the position says"]
    return []


def party(obj: Any) -> list[str]:
    """An official or an organization (with the position of its unnamed representative)."""
    if obj.official is not None and obj.organization is not None:
        return ["organization: an official or an organization, not both"]
    if obj.official is None and obj.organization is None:
        return ["an official or an organization is needed"]
    if obj.official is not None and obj.position is not None:
        return ["position: a named official carries the position inside it"]
    return []


def venue(obj: Any) -> list[str]:
    """Something is given; an online venue has no address, an in-person one no platform or link."""
    problems = []
    if all(getattr(obj, name) is None for name in ("name", "address", "region", "platform", "link")):
        problems.append("a venue's name, address, region, platform or link is needed")
    if obj.mode is VenueMode.ONLINE and obj.address is not None:
        problems.append("address: an online venue has none")
    if obj.mode is VenueMode.IN_PERSON:
        problems += [f"{name}: not for an in-person venue" for name in ("platform", "link") if getattr(obj, name)]
    return problems


def participant_group(obj: Any) -> list[str]:
    """A qualifier other than exact goes with a count."""
    return _qualifier(obj.count, obj.qualifier, "count")


def _qualifier(count: int | None, qualifier: CountQualifier, name: str) -> list[str]:
    return [f"qualifier: goes with a {name}"] if count is None and qualifier is not CountQualifier.EXACT else []


def participants(obj: Any) -> list[str]:
    """Groups or a total; the groups add up to the stated total as far as the qualifiers allow."""
    problems = _qualifier(obj.total, obj.qualifier, "total")
    if not obj.groups:
        return [*problems, "groups or a total are needed"] if obj.total is None else problems
    if obj.total is None:
        return problems
    exact = CountQualifier.EXACT
    if obj.qualifier is exact and all(group.count is not None and group.qualifier is exact for group in obj.groups):
        if sum(group.count for group in obj.groups) != obj.total:
            problems.append("total: the groups do not add up to it")
        return problems
    parts = [None if group.count is None else KbCount(group.count, group.qualifier) for group in obj.groups]
    if count_sum_problem(parts, KbCount(obj.total, obj.qualifier)) is not None:
        problems.append("total: the groups cannot add up to it")
    return problems


def gazette(obj: Any) -> list[str]:
    """Only the Lembaran Negara has a supplement number."""
    if obj.supplement is not None and obj.kind is not GazetteKind.STATE_GAZETTE:
        return ["supplement: only the Lembaran Negara has one"]
    return []


def instrument_ref(obj: Any) -> list[str]:
    """The identity's parts fit its type (number, Constitution year, issuer)."""
    return [str(item) for item in identity_problems(obj.type, obj.number, obj.year, obj.issuer)]


def legal_instrument(obj: Any) -> list[str]:
    """The identity, the title, the gazette's kind, the dates' order, no self-reference, URL sources."""
    problems = instrument_ref(obj)
    if obj.title is not None and (obj.type is InstrumentType.CONSTITUTION or _SEBAGAIMANA.search(obj.title)):
        problems.append("title: not for the Constitution, and no 'sebagaimana'")
    if obj.gazette is not None and obj.gazette.kind is not obj.type.gazette_kind:
        problems.append("gazette: the wrong gazette for the type")
    if obj.enacted is not None and obj.promulgated is not None and obj.promulgated < obj.enacted:
        problems.append("promulgated: before enacted")
    own = (obj.type, obj.number, obj.year, obj.issuer)
    for name in ("amends", "revokes"):
        if any((ref.type, ref.number, ref.year, ref.issuer) == own for ref in getattr(obj, name)):
            problems.append(f"{name}: not itself")
    return problems


def event(obj: Any) -> list[str]:
    """The host region's level is the event's; the opener works at its level or above; reported after it began."""
    problems = []
    expected = obj.level.region_level
    if (expected is None) != (obj.host_region is None) or (
        expected is not None and region_level(obj.host_region) is not expected
    ):
        problems.append("host_region: at the event's level")
    if obj.opened_by is not None:
        levels = _opener_levels(obj.opened_by)
        if max(item.rank for item in levels) < obj.level.rank:
            problems.append("opened_by: an official of the event's level or above")
    if obj.reported_on is not None:
        reported = partial_date(obj.reported_on)
        if obj.source_kind is not None and obj.source_kind.precedes_event:
            if reported.is_after(obj.dates.start):
                problems.append("reported_on: an invitation is written before its event")
        elif reported.is_before(obj.dates.start):
            problems.append("dates.start: after the report of it")
    services = [(service.service.casefold(), service.method) for service in obj.services]
    problems += unique(services, "services")
    return problems


def _opener_levels(opener: Any) -> tuple[WorkLevel, ...]:
    organization = opener.organization
    if organization is not None:
        if organization.region is not None:
            return (_WORK_LEVEL[region_level(organization.region)],)
        if organization.kind in (OrganizationKind.BKKBN_CENTRAL, OrganizationKind.MINISTRY):
            return (WorkLevel.NATIONAL,)
    if opener.region is not None:
        return (_WORK_LEVEL[region_level(opener.region)],)
    levels: tuple[WorkLevel, ...] = opener.position.levels
    return levels


_LEVEL_OF_DIGITS = {level.digits: level for level in RegionLevel}


class _AsPersonName:
    """Another library's person name seen as kampungkb's: its fields, kampungkb's rule methods."""

    __slots__ = ("_obj",)
    _invariants = PersonName._invariants

    def __init__(self, obj: Any) -> None:
        self._obj = obj

    def __getattr__(self, name: str) -> Any:
        return getattr(self._obj, name)
