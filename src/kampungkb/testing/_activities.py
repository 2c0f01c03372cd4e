"""Strategies for activities, the Inpres tree and classification results (requires hypothesis).

Everything is valid by construction: an activity draws its post kind first and
its images' kinds from that post kind; it always names at least one target
group and one agency; captions are drawn where a Kegiatan image needs one;
an indicator score is the score its drawn measure gets.
"""

from __future__ import annotations

import datetime as _dt
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .._core import once
from ..kampung import (
    MAX_ACTIVITY_IMAGES,
    Activity,
    ActivityImage,
    ActivitySection,
    Agency,
    ClassificationResult,
    CountInput,
    FlagInput,
    ImageKind,
    Indicator,
    IndicatorRule,
    IndicatorScore,
    InpresKegiatan,
    InpresProgram,
    InpresSasaran,
    InpresTree,
    Ministry,
    PostKind,
    ScoreBand,
    TargetGroup,
)
from ..kampung import indicator_rules as _builtin_rules
from ._text import text

__all__ = [
    "activities",
    "activity_images",
    "classification_results",
    "count_inputs",
    "flag_inputs",
    "indicator_rules",
    "indicator_scores",
    "inpres_kegiatan_ids",
    "inpres_kegiatans",
    "inpres_programs",
    "inpres_sasarans",
    "inpres_trees",
    "score_bands",
    "single_lines",
]

E = TypeVar("E", TargetGroup, Agency)

_VISIBLE = st.characters(codec="utf-8", categories=("L", "N", "P", "S"))


def single_lines(*, max_size: int = 255) -> st.SearchStrategy[str]:
    """One line of printable text, nothing blank at either end (the LINE kind), at most ``max_size`` long.

    >>> from hypothesis import given
    >>> @given(single_lines(max_size=5))
    ... def check(line):
    ...     assert 1 <= len(line) <= 5 and line.strip() and "\\n" not in line
    >>> check()
    """
    if type(max_size) is not int or max_size < 1:
        raise InvalidArgument(f"max_size must be an integer >= 1, not {max_size!r}")
    side = (max_size - 1) // 2
    return st.tuples(text(max_size=side), _VISIBLE, text(max_size=side)).map("".join).map(str.strip)


def activity_images(
    *,
    kind: st.SearchStrategy[ImageKind] | None = None,
    path: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[ActivityImage]:
    """Valid :class:`~kampungkb.kampung.ActivityImage` values; a Kegiatan image always has a caption.

    >>> from hypothesis import given
    >>> @given(activity_images(kind=st.just(ImageKind.ACTIVITY)))
    ... def check(image):
    ...     assert image.caption is not None
    >>> check()
    """
    kinds = kind if kind is not None else st.sampled_from(ImageKind)
    paths = path if path is not None else single_lines(max_size=120)
    captioned = single_lines()
    by_kind = {
        image_kind: st.builds(
            ActivityImage,
            path=paths,
            caption=captioned if image_kind is ImageKind.ACTIVITY else st.none() | captioned,
            kind=st.just(image_kind),
        )
        for image_kind in ImageKind
    }
    return kinds.flatmap(by_kind.__getitem__)


def inpres_kegiatan_ids() -> st.SearchStrategy[str]:
    """The ids of the built-in Inpres kegiatan, ``K1`` to ``K58``.

    >>> from hypothesis import given
    >>> @given(inpres_kegiatan_ids())
    ... def check(kegiatan_id):
    ...     assert 1 <= int(kegiatan_id[1:]) <= 58
    >>> check()
    """
    return st.integers(min_value=1, max_value=58).map("K{}".format)


def _listed_and_free(
    members: st.SearchStrategy[E], other: E
) -> st.SearchStrategy[tuple[tuple[E, ...], tuple[str, ...]]]:
    """Listed values (the "other" member dropped) and free texts: usually at least one of the two, sometimes
    neither (a portal record without them)."""
    lists = st.lists(members, max_size=6, unique=True).map(lambda drawn: tuple(m for m in drawn if m is not other))
    any_free = st.lists(single_lines(max_size=80), max_size=3, unique=True).map(tuple)
    return st.tuples(lists, any_free)


def activities(
    *,
    post_kind: st.SearchStrategy[PostKind] | None = None,
    section: st.SearchStrategy[ActivitySection] | None = None,
    agencies: st.SearchStrategy[Agency] | None = None,
    activity_id: st.SearchStrategy[int | None] | None = None,
    inpres_kegiatan: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Activity]:
    """Valid :class:`~kampungkb.kampung.Activity` values (requires hypothesis).

    ``agencies`` narrows the listed agencies (``Agency.OTHER`` is never listed:
    free-text agencies are drawn separately); ``activity_id`` the portal id
    (None or an integer >= 1).

    >>> from hypothesis import given
    >>> @given(activities(post_kind=st.just(PostKind.BEFORE_AFTER)))
    ... def check(activity):
    ...     assert all(image.kind is not ImageKind.ACTIVITY for image in activity.images)
    >>> check()
    """
    groups = _listed_and_free(st.sampled_from(TargetGroup), TargetGroup.OTHER)
    agency_sets = _listed_and_free(agencies if agencies is not None else st.sampled_from(Agency), Agency.OTHER)
    kinds = post_kind if post_kind is not None else st.sampled_from(PostKind)
    image_lists = {
        kind: st.lists(activity_images(kind=st.sampled_from(kind.image_kinds)), max_size=MAX_ACTIVITY_IMAGES).map(tuple)
        for kind in PostKind
    }
    ids = activity_id if activity_id is not None else st.none() | st.integers(1, 10**9)
    titles, places = single_lines(), single_lines(max_size=100)
    descriptions = st.lists(single_lines(max_size=200), min_size=1, max_size=3).map("\n".join)
    dates = st.dates(_dt.date(2016, 1, 1), _dt.date(2035, 12, 31))
    sections = section if section is not None else st.sampled_from(ActivitySection)
    kegiatan = inpres_kegiatan if inpres_kegiatan is not None else st.none() | inpres_kegiatan_ids()

    @st.composite
    def build(draw: st.DrawFn) -> Activity:
        kind = draw(kinds)
        target_groups, other_groups = draw(groups)
        listed, others = draw(agency_sets)
        return Activity(
            id=draw(ids),
            title=draw(titles),
            date=draw(dates),
            place=draw(st.none() | places),
            description=draw(st.none() | descriptions),
            section=draw(sections),
            target_groups=target_groups,
            other_target_groups=other_groups,
            agencies=listed,
            other_agencies=others,
            inpres_kegiatan=draw(kegiatan),
            post_kind=kind,
            images=draw(image_lists[kind]),
        )

    return build()


def inpres_kegiatans(*, kegiatan_id: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[InpresKegiatan]:
    """Valid (made-up) :class:`~kampungkb.kampung.InpresKegiatan` values.

    >>> from hypothesis import given
    >>> @given(inpres_kegiatans())
    ... def check(kegiatan):
    ...     assert len(set(kegiatan.keywords)) == len(kegiatan.keywords)
    >>> check()
    """
    return st.builds(
        InpresKegiatan,
        id=kegiatan_id if kegiatan_id is not None else inpres_kegiatan_ids(),
        name=single_lines(max_size=200),
        indicator=single_lines(max_size=200),
        responsible_ministry=st.sampled_from(Ministry),
        keywords=st.lists(single_lines(max_size=20), max_size=5, unique=True).map(tuple),
    )


def inpres_programs(*, number: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[InpresProgram]:
    """Valid (made-up) :class:`~kampungkb.kampung.InpresProgram` values; kegiatan ids are distinct.

    >>> from hypothesis import given
    >>> @given(inpres_programs())
    ... def check(program):
    ...     assert program.kegiatan
    >>> check()
    """
    return st.builds(
        InpresProgram,
        number=number if number is not None else st.integers(1, 50),
        name=single_lines(max_size=200),
        kegiatan=_distinct_kegiatan(st.lists(inpres_kegiatan_ids(), min_size=1, max_size=4, unique=True)),
    )


def inpres_sasarans() -> st.SearchStrategy[InpresSasaran]:
    """Valid (made-up) :class:`~kampungkb.kampung.InpresSasaran` values.

    >>> from hypothesis import given
    >>> @given(inpres_sasarans())
    ... def check(sasaran):
    ...     assert sasaran.programs
    >>> check()
    """
    return inpres_trees().map(lambda tree: tree.sasaran[0])


def inpres_trees() -> st.SearchStrategy[InpresTree]:
    """Valid (made-up) :class:`~kampungkb.kampung.InpresTree` values: program numbers and kegiatan ids distinct.

    >>> from hypothesis import given
    >>> @given(inpres_trees())
    ... def check(tree):
    ...     ids = [path.kegiatan.id for path in tree.walk()]
    ...     assert len(ids) == len(set(ids))
    >>> check()
    """

    @st.composite
    def build(draw: st.DrawFn) -> InpresTree:
        ids = draw(st.lists(inpres_kegiatan_ids(), min_size=1, max_size=8, unique=True))
        cuts = sorted({*draw(st.lists(st.integers(1, len(ids)), max_size=3)), len(ids)})
        groups, start = [], 0
        for cut in cuts:
            groups.append(ids[start:cut])
            start = cut
        programs = [
            InpresProgram(
                number=number,
                name=draw(single_lines(max_size=100)),
                kegiatan=tuple(_with_id(draw(_kegiatan), kegiatan_id) for kegiatan_id in group),
            )
            for number, group in enumerate(groups, start=1)
        ]
        split = draw(st.integers(1, len(programs)))
        parts = [programs[:split], programs[split:]]
        sasaran = tuple(
            InpresSasaran(number=number, name=draw(single_lines(max_size=100)), programs=tuple(part))
            for number, part in enumerate((part for part in parts if part), start=1)
        )
        return InpresTree(
            number=draw(st.integers(1, 20)),
            year=draw(st.integers(1970, 2100)),
            date=draw(st.none() | st.dates(_dt.date(1970, 1, 1), _dt.date(2100, 12, 31))),
            title=draw(single_lines(max_size=200)),
            portal_name=draw(st.none() | single_lines(max_size=200)),
            portal_subject=draw(st.none() | single_lines(max_size=200)),
            sasaran=sasaran,
        )

    return build()


def score_bands() -> st.SearchStrategy[ScoreBand]:
    """Valid :class:`~kampungkb.kampung.ScoreBand` values (``high`` >= ``low`` or open-ended).

    >>> from hypothesis import given
    >>> @given(score_bands())
    ... def check(band):
    ...     assert band.contains(band.low)
    >>> check()
    """

    @st.composite
    def build(draw: st.DrawFn) -> ScoreBand:
        low = draw(st.integers(0, 1000))
        high = draw(st.none() | st.integers(low, low + 1000))
        return ScoreBand(low, high, draw(st.integers(1, 4)))

    return build()


def indicator_rules() -> st.SearchStrategy[IndicatorRule]:
    """The portal's 12 :class:`~kampungkb.kampung.IndicatorRule` values.

    >>> from hypothesis import given
    >>> @given(indicator_rules())
    ... def check(rule):
    ...     assert rule.bands[0].low == 0
    >>> check()
    """
    return st.sampled_from(_builtin_rules())


def count_inputs() -> st.SearchStrategy[CountInput]:
    """Valid :class:`~kampungkb.kampung.CountInput` values.

    >>> from hypothesis import given
    >>> @given(count_inputs())
    ... def check(item):
    ...     assert item.value is None or item.value >= 0
    >>> check()
    """
    return st.builds(CountInput, name=_input_names, value=st.none() | st.integers(0, 100_000))


def flag_inputs() -> st.SearchStrategy[FlagInput]:
    """Valid :class:`~kampungkb.kampung.FlagInput` values.

    >>> from hypothesis import given
    >>> @given(flag_inputs())
    ... def check(item):
    ...     assert item.value in (None, True, False)
    >>> check()
    """
    return st.builds(FlagInput, name=_input_names, value=st.none() | st.booleans())


def indicator_scores(
    *,
    indicator: st.SearchStrategy[Indicator] | None = None,
    measure: st.SearchStrategy[int | None] | None = None,
) -> st.SearchStrategy[IndicatorScore]:
    """Valid :class:`~kampungkb.kampung.IndicatorScore` values: the score is the drawn measure's score.

    Measures are drawn near the indicator's cut-offs (and None, a missing
    measure) unless ``measure`` is given.

    >>> from hypothesis import given
    >>> @given(indicator_scores(indicator=st.just(Indicator.CPR)))
    ... def check(score):
    ...     assert 1 <= score.score <= 4
    >>> check()
    """
    indicators = indicator if indicator is not None else st.sampled_from(Indicator)
    if measure is None:
        return indicators.flatmap(_score_strategies().__getitem__)
    inputs = _score_inputs()
    by_indicator = {chosen: st.builds(IndicatorScore.of, st.just(chosen), measure, inputs) for chosen in Indicator}
    return indicators.flatmap(by_indicator.__getitem__)


def classification_results(
    *, portal_compatible: st.SearchStrategy[bool] | None = None
) -> st.SearchStrategy[ClassificationResult]:
    """Valid :class:`~kampungkb.kampung.ClassificationResult` values, built from 12 drawn scores.

    >>> from hypothesis import given
    >>> @given(classification_results())
    ... def check(result):
    ...     assert 1 <= result.input_index <= 4
    >>> check()
    """
    scores = st.tuples(*(_score_strategies()[indicator] for indicator in Indicator))
    flags = portal_compatible if portal_compatible is not None else st.booleans()
    return st.builds(
        lambda drawn, compatible: ClassificationResult.from_scores(drawn, portal_compatible=compatible), scores, flags
    )


# ---------------------------------------------------------------------------
# Helpers

_input_names = st.sampled_from(
    (
        "pokja_exists",
        "pokja_members",
        "funding_sources",
        "bkb",
        "secretariat",
        "plkb_accompanied",
        "data_uses",
        "agencies",
        "bkb_families",
        "couples_of_childbearing_age",
        "contraceptive_users",
        "unmet_need_couples",
    )
)


@once
def _score_inputs() -> st.SearchStrategy[tuple[CountInput | FlagInput, ...]]:
    return st.lists(st.one_of(count_inputs(), flag_inputs()), max_size=2).map(tuple)


@once
def _score_strategies() -> dict[Indicator, st.SearchStrategy[IndicatorScore]]:
    return {
        indicator: st.builds(IndicatorScore.of, st.just(indicator), _measures(indicator), _score_inputs())
        for indicator in Indicator
    }


def _measures(indicator: Indicator) -> st.SearchStrategy[int | None]:
    """Measures around the indicator's cut-offs, any measure up to 150, and None."""
    near = [max(0, t + d) for t in indicator.rule.thresholds for d in (-1, 0, 1)]
    return st.one_of(st.sampled_from(near), st.integers(0, 150), st.none())


_kegiatan = inpres_kegiatans()


def _distinct_kegiatan(ids: st.SearchStrategy[list[str]]) -> st.SearchStrategy[tuple[InpresKegiatan, ...]]:
    """Kegiatan with the drawn (distinct) ids."""
    return st.tuples(ids, st.lists(_kegiatan, min_size=4, max_size=4)).map(
        lambda drawn: tuple(_with_id(kegiatan, kegiatan_id) for kegiatan_id, kegiatan in zip(*drawn, strict=False))
    )


def _with_id(kegiatan: InpresKegiatan, kegiatan_id: str) -> InpresKegiatan:
    return InpresKegiatan(
        kegiatan_id, kegiatan.name, kegiatan.indicator, kegiatan.responsible_ministry, kegiatan.keywords
    )
