"""The Indonesian and English explanations of a classification: why the class, and what would raise it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ._scoring import Indicator, IndicatorScore, Stage, class_of_indices, index_threshold
from ._vocab import KampungClass

__all__ = ["Explanation", "explain"]


class Explanation(NamedTuple):
    """The two texts of one explanation."""

    indonesian: str
    english: str


def explain(
    kampung_class: KampungClass, scores: Sequence[IndicatorScore], indices: Mapping[Stage, float]
) -> Explanation:
    """Why ``kampung_class`` follows from ``indices``, and which scores would raise it."""
    reached = [stage for stage in Stage if indices[stage] >= index_threshold()]
    missed = [stage for stage in Stage if stage not in reached]
    why = _why(kampung_class, reached, missed, indices)
    how = _how(kampung_class, reached, missed, scores)
    return Explanation(f"{why.indonesian} {how.indonesian}", f"{why.english} {how.english}")


# ---------------------------------------------------------------------------


def _number(value: float, *, comma: bool) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if comma else text


def _stages(stages: Sequence[Stage], indices: Mapping[Stage, float], *, indonesian: bool) -> str:
    """``indeks input (3,20) dan proses (3,00)`` / ``the input (3.20) and process (3.00) indices``."""
    if indonesian:
        parts = [f"{stage.label.lower()} ({_number(indices[stage], comma=True)})" for stage in stages]
        return "indeks " + _join(parts, " dan ")
    if len(stages) == 1:
        return f"the {stages[0].name_en} index ({_number(indices[stages[0]], comma=False)})"
    parts = [f"{stage.name_en} ({_number(indices[stage], comma=False)})" for stage in stages]
    return f"the {_join(parts, ' and ')} indices"


def _join(parts: Sequence[str], last: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + last + parts[-1]


def _why(
    kampung_class: KampungClass, reached: Sequence[Stage], missed: Sequence[Stage], indices: Mapping[Stage, float]
) -> Explanation:
    name = kampung_class.label
    if not reached:
        return Explanation(
            f"{name}: tidak ada indeks yang mencapai 3 ({_stages(missed, indices, indonesian=True)}).",
            f"{name}: no index reaches 3 ({_stages(missed, indices, indonesian=False)}).",
        )
    if not missed:
        return Explanation(
            f"{name}: ketiga indeks mencapai 3 ({_stages(reached, indices, indonesian=True)}).",
            f"{name}: all three indices reach 3 ({_stages(reached, indices, indonesian=False)}).",
        )
    return Explanation(
        f"{name}: {_stages(reached, indices, indonesian=True)} mencapai 3; "
        f"{_stages(missed, indices, indonesian=True)} belum.",
        f"{name}: {_stages(reached, indices, indonesian=False)} {'reach' if len(reached) > 1 else 'reaches'} 3; "
        f"{_stages(missed, indices, indonesian=False)} {'do' if len(missed) > 1 else 'does'} not.",
    )


def _how(
    kampung_class: KampungClass, reached: Sequence[Stage], missed: Sequence[Stage], scores: Sequence[IndicatorScore]
) -> Explanation:
    if not missed:
        return Explanation("Ini kelas tertinggi.", "This is the highest class.")
    steps = [
        (stage, _class_with([*reached, stage]), _needed(stage, scores), _suggestions(stage, scores)) for stage in missed
    ]
    if all(result is KampungClass.DASAR for _, result, _, _ in steps):
        indonesian = "; ".join(
            f"{stage.label.lower()} perlu {points} poin lagi ({hints.indonesian})" for stage, _, points, hints in steps
        )
        english = "; ".join(
            f"{stage.name_en} needs {points} more point{'s' if points > 1 else ''} ({hints.english})"
            for stage, _, points, hints in steps
        )
        return Explanation(
            f"Untuk keluar dari Dasar, dua indeks harus mencapai 3: {indonesian}.",
            f"To leave Dasar, two indices must reach 3: {english}.",
        )
    indonesian_parts = []
    english_parts = []
    for stage, result, points, hints in steps:
        indonesian_parts.append(
            f"menaikkan indeks {stage.label.lower()} ke 3 ({points} poin lagi: {hints.indonesian}) "
            f"menjadikannya {result.label}"
        )
        english_parts.append(
            f"raising the {stage.name_en} index to 3 ({points} more point{'s' if points > 1 else ''}: "
            f"{hints.english}) makes it {result.label}"
        )
    indonesian = "; ".join(indonesian_parts)
    english = "; ".join(english_parts)
    return Explanation(indonesian[0].upper() + indonesian[1:] + ".", english[0].upper() + english[1:] + ".")


def _class_with(stages: Sequence[Stage]) -> KampungClass:
    high, low = float(index_threshold()), 1.0
    values = [high if stage in stages else low for stage in Stage]
    return class_of_indices(*values)


def _needed(stage: Stage, scores: Sequence[IndicatorScore]) -> int:
    own = [score.score for score in scores if score.indicator.stage is stage]
    return index_threshold() * len(own) - sum(own)


_UNITS = {"percent": "%", "count": "", "points": ""}


def _suggestions(stage: Stage, scores: Sequence[IndicatorScore]) -> Explanation:
    indonesian: list[str] = []
    english: list[str] = []
    for score in scores:
        indicator = score.indicator
        rule = indicator.rule
        band = rule.next_band(score.measure)
        if indicator.stage is not stage or band is None:
            continue
        unit = _UNITS[rule.unit]
        target = band.low if rule.higher_is_better or band.high is None else band.high
        special = _special_hint(indicator, score)
        if special is not None:
            indonesian.append(f"{indicator.label}: {special.indonesian} memberi skor {band.score}")
            english.append(f"{indicator.name_en}: {special.english} scores {band.score}")
            continue
        before_id = "tidak ada data" if score.measure is None else f"{score.measure}{unit}"
        before_en = "no data" if score.measure is None else f"{score.measure}{unit}"
        indonesian.append(f"{indicator.label} {before_id} → {target}{unit} memberi skor {band.score}")
        english.append(f"{indicator.name_en} {before_en} → {target}{unit} scores {band.score}")
    return Explanation("; ".join(indonesian), "; ".join(english))


def _flag(score: IndicatorScore, name: str) -> bool | None:
    for item in score.inputs:
        if item.name == name and isinstance(item.value, bool):
            return item.value
    return None


def _special_hint(indicator: Indicator, score: IndicatorScore) -> Explanation | None:
    if indicator is Indicator.POKJA:
        if not _flag(score, "pokja_exists"):
            return Explanation("bentuk Pokja", "set up a Pokja")
        if not _flag(score, "pokja_trained"):
            return Explanation("latih anggota Pokja", "train its members")
        return Explanation("catat anggota Pokja", "record its members")
    if indicator is Indicator.PLKB_REGULATION:
        if not _flag(score, "plkb_accompanied"):
            return Explanation("PLKB/PKB pendamping", "an accompanying PLKB/PKB")
        return Explanation("regulasi daerah", "a local regulation")
    return None
