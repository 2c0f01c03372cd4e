"""The classification's scoring rules: the indicators, their cut-offs, the scores and the indices.

The cut-offs live in one table, ``kampungkb/data/kampung/classification.json``
(:func:`indicator_rules`), which the scoring, the tests and the docs all read.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import ClassVar

from .._core import CodedEnum, data_file, describe, field, model, once, with_article
from ..codec import from_dict
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._activity_rules import expect_instance
from ._vocab import KampungClass

__all__ = [
    "CountInput",
    "FlagInput",
    "Indicator",
    "IndicatorRule",
    "IndicatorScore",
    "ScoreBand",
    "Stage",
    "class_of_indices",
    "index_of",
    "index_threshold",
    "indicator_rules",
]


class Stage(CodedEnum):
    """The three groups of indicators: input, process (*proses*) and output.

    >>> [indicator.code for indicator in Stage.PROCESS.indicators]
    ['data_use', 'operations', 'cross_sector']
    """

    INPUT = "input", "Input"
    PROCESS = "process", "Proses"
    OUTPUT = "output", "Output"

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """The indicators of this stage, in the portal's order."""
        return tuple(indicator for indicator in Indicator if indicator.stage is self)

    @property
    def name_en(self) -> str:
        """The stage's English name, for explanations."""
        return self.code


class Indicator(CodedEnum):
    """The portal's 12 classification indicators, in its order (5 input, 3 process, 4 output).

    >>> Indicator.CROSS_SECTOR.label, Indicator.CROSS_SECTOR.stage, Indicator.CROSS_SECTOR.portal_column
    ('Lintas sektor', <Stage.PROCESS: 'process'>, 'proses_lintas_sektor')
    >>> Indicator.CPR.rule.score(41)
    3
    """

    POKJA = "pokja", "Pokja"
    FUNDING_SOURCES = "funding_sources", "Sumber dana"
    POKTAN = "poktan", "Poktan"
    FACILITIES = "facilities", "Sarana"
    PLKB_REGULATION = "plkb_regulation", "PLKB dan regulasi"
    DATA_USE = "data_use", "Penggunaan data"
    OPERATIONS = "operations", "Mekanisme operasional"
    CROSS_SECTOR = "cross_sector", "Lintas sektor"
    POKTAN_PARTICIPATION = "poktan_participation", "Partisipasi poktan"
    CPR = "cpr", "CPR"
    MKJP = "mkjp", "MKJP"
    UNMET_NEED = "unmet_need", "Unmet need"

    @property
    def rule(self) -> IndicatorRule:
        """The indicator's cut-offs (from :func:`indicator_rules`)."""
        return _rules_by_indicator()[self]

    @property
    def stage(self) -> Stage:
        """Input, process or output."""
        return self.rule.stage

    @property
    def portal_column(self) -> str:
        """The column the portal's SQL computes the score in (``input_pokja`` …)."""
        return self.rule.portal_column

    @property
    def name_en(self) -> str:
        """The indicator's English name, for explanations."""
        return self.rule.name_en


@model
class ScoreBand:
    """The measures from ``low`` to ``high`` (inclusive; no upper bound when ``high`` is None) score ``score``.

    >>> band = ScoreBand(2, 4, 3)
    >>> band.contains(4), band.contains(5)
    (True, False)
    """

    low: int = field(ge=0, description="the smallest measure in the band")
    high: int | None = field(ge=0, description="the largest measure in the band; None: no upper bound")
    score: int = field(ge=1, le=4, description="the score of a measure in the band")

    def contains(self, measure: int) -> bool:
        """True when ``measure`` lies in the band."""
        value = expect_instance(measure, int, "a measure (an integer)")
        return self.low <= value and (self.high is None or value <= self.high)

    def __str__(self) -> str:
        span = (
            f"{self.low}+"
            if self.high is None
            else str(self.low)
            if self.low == self.high
            else f"{self.low}–{self.high}"
        )
        return f"{span} → {self.score}"

    def _invariants(self) -> Iterator[ErrorItem]:
        if self.high is not None and self.high < self.low:
            yield ErrorItem(
                ("high",), f"the band ends ({self.high}) before it starts ({self.low})", ErrorCode.INVARIANT
            )


@model(kw_only=True)
class IndicatorRule:
    """How the portal scores one indicator: what it measures, and the bands of scores.

    The measure is a whole number >= 0 (a count, points, or a rounded
    percentage); the bands cover every whole number from 0 exactly once,
    in order. A missing measure (a percentage with no report to compute it
    from) scores 1, as in the portal.

    >>> rule = Indicator.UNMET_NEED.rule
    >>> [str(band) for band in rule.bands]
    ['0–6 → 4', '7–9 → 3', '10–12 → 2', '13+ → 1']
    >>> rule.score(12), rule.score(13), rule.score(None)
    (2, 1, 1)
    >>> rule.thresholds
    (7, 10, 13)
    """

    indicator: Indicator
    stage: Stage
    portal_column: str = field(min_length=1, max_length=100)
    name_en: str = field(min_length=1, max_length=100, description="the indicator's English name")
    unit: str = field(pattern="count|points|percent", description="what the measure counts")
    measure: str = field(min_length=1, max_length=1000, description="how the measure is computed")
    bands: tuple[ScoreBand, ...] = field(min_items=2, description="the scores, by measure")
    portal_rule: str = field(min_length=1, max_length=1000, description="the portal's rule, as it states it")

    @property
    def thresholds(self) -> tuple[int, ...]:
        """The measures where the score changes (each band's ``low`` after the first)."""
        return tuple(band.low for band in self.bands[1:])

    @property
    def higher_is_better(self) -> bool:
        """True when a larger measure scores better (every indicator but unmet need)."""
        return self.bands[0].score < self.bands[-1].score

    @property
    def best_score(self) -> int:
        """The highest score the indicator can give (3 for facilities and PLKB/regulation, else 4)."""
        return max(band.score for band in self.bands)

    def band_of(self, measure: int) -> ScoreBand:
        """The band holding ``measure``."""
        for band in self.bands:
            if band.contains(measure):
                return band
        raise ValidationError.single((), f"expected a measure >= 0, found {describe(measure)}", ErrorCode.CONSTRAINT)

    def score(self, measure: int | None) -> int:
        """The score of ``measure`` (1 to 4); 1 when the measure is missing (None).

        >>> Indicator.FUNDING_SOURCES.rule.score(5)
        4
        """
        if measure is None:
            return _loaded().missing_score
        return self.band_of(measure).score

    def next_band(self, measure: int | None) -> ScoreBand | None:
        """The nearest band that scores better than ``measure`` does; None at the best score.

        >>> str(Indicator.CPR.rule.next_band(35))
        '41–50 → 3'
        >>> str(Indicator.UNMET_NEED.rule.next_band(15))
        '10–12 → 2'
        """
        current = self.score(measure)
        better = [band for band in self.bands if band.score == current + 1]
        return better[0] if better else None

    def _invariants(self) -> Iterator[ErrorItem]:
        expected_low = 0
        for index, band in enumerate(self.bands):
            if band.low != expected_low:
                yield ErrorItem(
                    ("bands", index, "low"),
                    f"expected the band to start at {expected_low}, found {band.low}",
                    ErrorCode.INVARIANT,
                )
            last = index == len(self.bands) - 1
            if last and band.high is not None:
                yield ErrorItem(("bands", index, "high"), "the last band has no upper bound", ErrorCode.INVARIANT)
            if not last and band.high is None:
                yield ErrorItem(("bands", index, "high"), "only the last band is open-ended", ErrorCode.INVARIANT)
                return
            expected_low = (band.high or 0) + 1


@model
class CountInput:
    """A number a score was computed from (None when its report is missing).

    >>> CountInput("pus", 300).value
    300
    """

    _tag_: ClassVar[tuple[str, str]] = ("kind", "count")

    name: str = field(pattern="[a-z][a-z0-9_]*", max_length=100, description="what was counted")
    value: int | None = field(ge=0, description="the count; None when its report is missing")


@model
class FlagInput:
    """A yes/no answer a score was computed from (None when its report is missing).

    >>> FlagInput("pokja_exists", True).value
    True
    """

    _tag_: ClassVar[tuple[str, str]] = ("kind", "flag")

    name: str = field(pattern="[a-z][a-z0-9_]*", max_length=100, description="what was asked")
    value: bool | None = field(description="the answer; None when its report is missing")


@model(kw_only=True)
class IndicatorScore:
    """One indicator's score, the measure it was scored on, and the inputs the measure came from.

    The score must be the one the indicator's cut-offs give the measure.

    >>> IndicatorScore(indicator=Indicator.CPR, score=3, measure=38)
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $.score: a CPR measure of 38 scores 2, not 3 [invariant]
    """

    indicator: Indicator
    score: int = field(ge=1, le=4)
    measure: int | None = field(ge=0, description="the number the cut-offs were applied to")
    inputs: tuple[CountInput | FlagInput, ...] = field(default=(), description="what the measure came from")

    @classmethod
    def of(
        cls, indicator: Indicator, measure: int | None, inputs: Iterable[CountInput | FlagInput] = ()
    ) -> IndicatorScore:
        """The score of ``measure`` on ``indicator``.

        >>> IndicatorScore.of(Indicator.POKTAN, 3).score
        3
        """
        return cls(indicator=indicator, score=indicator.rule.score(measure), measure=measure, inputs=tuple(inputs))

    def _invariants(self) -> Iterator[ErrorItem]:
        expected = self.indicator.rule.score(self.measure)
        if expected != self.score:
            shown = "missing" if self.measure is None else f"of {self.measure}"
            yield ErrorItem(
                ("score",),
                f"{with_article(self.indicator.label)} measure {shown} scores {expected}, not {self.score}",
                ErrorCode.INVARIANT,
            )


def indicator_rules() -> tuple[IndicatorRule, ...]:
    """The 12 indicator rules, in the portal's order (read from package data on first use).

    >>> [(rule.indicator.code, rule.thresholds) for rule in indicator_rules()][:3]
    [('pokja', (1, 2, 3)), ('funding_sources', (1, 2, 5)), ('poktan', (1, 3, 5))]
    """
    return _loaded().rules


def class_of_indices(input_index: float, process_index: float, output_index: float) -> KampungClass:
    """The class the portal gives three indices, testing its cases in its order.

    1. **Dasar** — no index reaches 3, or exactly one does;
    2. **Berkembang** — input and process reach 3, output does not;
    3. **Berkelanjutan** — all three reach 3;
    4. **Mandiri** — output and one of input or process reach 3.

    >>> class_of_indices(3.0, 2.99, 3.25)
    <KampungClass.MANDIRI: 'mandiri'>
    >>> class_of_indices(3.4, 3.0, 2.75)
    <KampungClass.BERKEMBANG: 'berkembang'>
    """
    threshold = index_threshold()
    for value in (input_index, process_index, output_index):
        if type(value) not in (int, float) or not math.isfinite(value):
            raise ValidationError.single(
                (), f"expected an index (a finite number), found {describe(value)}", ErrorCode.TYPE
            )
    reached_input, reached_process, reached_output = (
        index >= threshold for index in (input_index, process_index, output_index)
    )
    if reached_input + reached_process + reached_output <= 1:
        return KampungClass.DASAR
    if reached_input and reached_process and not reached_output:
        return KampungClass.BERKEMBANG
    if reached_input and reached_process and reached_output:
        return KampungClass.BERKELANJUTAN
    return KampungClass.MANDIRI


@model(kw_only=True)
class _RuleTable:
    index_threshold: int = field(ge=1, le=4)
    index_decimals: int = field(ge=0, le=6)
    missing_score: int = field(ge=1, le=4)
    rules: tuple[IndicatorRule, ...]

    def _invariants(self) -> Iterator[ErrorItem]:
        if [rule.indicator for rule in self.rules] != list(Indicator):
            yield ErrorItem(("rules",), "expected one rule per indicator, in the portal's order", ErrorCode.INVARIANT)


@once
def _loaded() -> _RuleTable:
    data = {key: value for key, value in data_file("kampung", "classification").items() if key != "_source"}
    return from_dict(data, _RuleTable)


def index_threshold() -> int:
    """The index a stage must reach (3)."""
    return _loaded().index_threshold


@once
def _rules_by_indicator() -> Mapping[Indicator, IndicatorRule]:
    return {rule.indicator: rule for rule in _loaded().rules}


def index_of(scores: Sequence[IndicatorScore], stage: Stage) -> float:
    from decimal import ROUND_HALF_UP, Decimal  # on first use, not at import

    values = [score.score for score in scores if score.indicator.stage is stage]
    quantum = Decimal(1).scaleb(-_loaded().index_decimals)
    mean = (Decimal(sum(values)) / Decimal(len(values))).quantize(quantum, rounding=ROUND_HALF_UP)
    return float(mean)
