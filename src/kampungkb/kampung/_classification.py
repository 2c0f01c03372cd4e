"""The portal's classification of a Kampung KB: 12 indicator scores, 3 indices, and Dasar to Berkelanjutan.

The national portal rates every kampung from its current profile, population
and KKBPK reports and its activities. Twelve indicators are each scored 1 to
4 against fixed cut-offs; the input, process and output indices are the means
of their indicators' scores, rounded to 2 decimals; and the class follows from
which indices reach 3, tested in the portal's order — Dasar, Berkembang,
Berkelanjutan, Mandiri::

>>> from kampungkb.examples import example_history
>>> from kampungkb.examples import example_activities
>>> result = classify(example_history(), example_activities())
>>> result.kampung_class, result.input_index, result.process_index, result.output_index
(<KampungClass.BERKEMBANG: 'berkembang'>, 3.2, 3.0, 2.75)
>>> result.score(Indicator.CPR).measure, result.score(Indicator.CPR).score
(77, 4)

The cut-offs live in one table, ``kampungkb/data/kampung/classification.json``
(:func:`indicator_rules`), which the scoring, the tests and the docs all read.

One deviation, on purpose: the portal's cross-sector (*lintas sektor*) query
leaves out the agencies of the activities whose *ids* are 26 and 34, where it
clearly meant the *agencies* 26 (OPD KB) and 34 (Perwakilan BKKBN). By default
:func:`classify` leaves out those two agencies; ``portal_compatible=True``
reproduces the portal bit for bit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .._core import field, model
from ..errors import ErrorCode, ErrorItem, ValidationError
from ._activities import Activity
from ._activity_rules import checked_items, expect_instance
from ._classification_measures import measure_scores
from ._explanation import explain
from ._history import KampungHistory
from ._scoring import Indicator, IndicatorScore, Stage, class_of_indices, index_of
from ._vocab import KampungClass

__all__ = ["ClassificationResult", "classify"]


@model(kw_only=True)
class ClassificationResult:
    """A kampung's class with everything it came from: 12 scores, 3 indices, and why.

    ``scores`` holds one :class:`IndicatorScore` per indicator, in the
    portal's order; each index is the mean of its stage's scores rounded to
    2 decimals; the class follows from the indices (:func:`class_of_indices`).
    ``explanation`` (Indonesian) and ``explanation_en`` say why the class was
    reached and what would raise it. ``portal_compatible`` records which
    cross-sector rule was used.

    >>> measures = [3, 5, 5, 2, 2, 4, 5, 7, 31, 51, 25, 6]  # the best band of each indicator
    >>> result = ClassificationResult.from_scores([IndicatorScore.of(i, m) for i, m in zip(Indicator, measures)])
    >>> result.kampung_class, result.input_index, result.process_index, result.output_index
    (<KampungClass.BERKELANJUTAN: 'berkelanjutan'>, 3.6, 4.0, 4.0)
    """

    kampung_class: KampungClass
    input_index: float = field(ge=1, le=4, description="the mean of the 5 input scores, 2 decimals")
    process_index: float = field(ge=1, le=4, description="the mean of the 3 process scores, 2 decimals")
    output_index: float = field(ge=1, le=4, description="the mean of the 4 output scores, 2 decimals")
    scores: tuple[IndicatorScore, ...] = field(description="the 12 indicator scores, in the portal's order")
    portal_compatible: bool = field(default=False, description="true: lintas sektor computed as the portal does")
    explanation: str = field(min_length=1, description="why, and what would raise the class (Indonesian)")
    explanation_en: str = field(min_length=1, description="why, and what would raise the class (English)")

    def score(self, indicator: Indicator) -> IndicatorScore:
        """The score of one indicator."""
        return self.scores[list(Indicator).index(expect_instance(indicator, Indicator, "an Indicator"))]

    def index(self, stage: Stage) -> float:
        """The index of one stage.

        >>> ClassificationResult.from_scores([IndicatorScore.of(i, 0) for i in Indicator]).index(Stage.OUTPUT)
        1.75
        """
        indices = {Stage.INPUT: self.input_index, Stage.PROCESS: self.process_index, Stage.OUTPUT: self.output_index}
        return indices[expect_instance(stage, Stage, "a Stage")]

    @classmethod
    def from_scores(cls, scores: Sequence[IndicatorScore], *, portal_compatible: bool = False) -> ClassificationResult:
        """The result of 12 indicator scores (one per indicator, in order): indices, class and explanation."""
        checked = _check_scores(scores)
        indices = {stage: index_of(checked, stage) for stage in Stage}
        kampung_class = class_of_indices(indices[Stage.INPUT], indices[Stage.PROCESS], indices[Stage.OUTPUT])
        texts = explain(kampung_class, checked, indices)
        return cls(
            kampung_class=kampung_class,
            input_index=indices[Stage.INPUT],
            process_index=indices[Stage.PROCESS],
            output_index=indices[Stage.OUTPUT],
            scores=checked,
            portal_compatible=portal_compatible,
            explanation=texts.indonesian,
            explanation_en=texts.english,
        )

    def _invariants(self) -> Iterator[ErrorItem]:
        order = [score.indicator for score in self.scores]
        if order != list(Indicator):
            yield ErrorItem(
                ("scores",),
                "expected one score per indicator, in the portal's order (pokja … unmet_need)",
                ErrorCode.INVARIANT,
            )
            return
        for stage, name in (
            (Stage.INPUT, "input_index"),
            (Stage.PROCESS, "process_index"),
            (Stage.OUTPUT, "output_index"),
        ):
            expected = index_of(self.scores, stage)
            if getattr(self, name) != expected:
                yield ErrorItem(
                    (name,),
                    f"the {stage.name_en} scores give an index of {expected}, not {getattr(self, name)}",
                    ErrorCode.INVARIANT,
                )
        expected_class = class_of_indices(self.input_index, self.process_index, self.output_index)
        if expected_class is not self.kampung_class:
            yield ErrorItem(
                ("kampung_class",),
                f"indices {self.input_index}, {self.process_index}, {self.output_index} make {expected_class.label}, "
                f"not {self.kampung_class.label}",
                ErrorCode.INVARIANT,
            )


def classify(
    history: KampungHistory, activities: Iterable[Activity] = (), *, portal_compatible: bool = False
) -> ClassificationResult:
    """Classify a kampung from its current reports (``history``) and its ``activities``, as the portal does.

    Missing reports are handled as the portal handles them (a count it cannot
    find is 0; a percentage it cannot compute scores 1). With
    ``portal_compatible=True`` the cross-sector count reproduces the portal's
    query exactly (see the module documentation); otherwise it leaves out the
    programme's own agencies.

    >>> from kampungkb.examples import example_history
    >>> from kampungkb.examples import example_activities
    >>> print(classify(example_history(), example_activities()).explanation_en)
    Berkembang: the input (3.20) and process (3.00) indices reach 3; the output index (2.75) does not. ...
    """
    scores = measure_scores(history, activities, portal_compatible=portal_compatible)
    return ClassificationResult.from_scores(scores, portal_compatible=portal_compatible)


# ---------------------------------------------------------------------------
# Helpers


def _check_scores(scores: Any) -> tuple[IndicatorScore, ...]:
    checked = checked_items(scores, IndicatorScore, "indicator scores")
    if [score.indicator for score in checked] != list(Indicator):
        raise ValidationError.single((), "expected one score per indicator, in the portal's order", ErrorCode.INVARIANT)
    return checked
