"""The programme's charts, drawn with matplotlib on its Agg canvas (no display, no pyplot state)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._core import describe
from ..analysis import MissingExtraError
from ..errors import ErrorCode, ErrorItem, ValidationError
from ..events import Participants, participants_by_role
from ..kampung import (
    AgeBand,
    ClassificationResult,
    ContraceptiveMethod,
    FamilyPlanningReport,
    KampungClass,
    KampungHistory,
    PopulationReport,
    Sex,
    Stage,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "LANGUAGES",
    "classes_by_region",
    "classification_profile",
    "method_mix",
    "participants",
    "population_pyramid",
]

#: The languages of the charts' labels: Indonesian and English.
LANGUAGES = ("id", "en")

_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "pyramid": "Piramida penduduk",
        "people": "Jumlah jiwa",
        "age": "Kelompok umur",
        "methods": "Peserta KB aktif menurut metode kontrasepsi",
        "users": "Jumlah peserta KB",
        "long_acting": "MKJP (jangka panjang)",
        "short_acting": "non-MKJP",
        "profile": "Skor indikator klasifikasi",
        "score": "Skor (1–4)",
        "index": "indeks",
        "class": "Klasifikasi",
        "classes": "Jumlah Kampung KB menurut klasifikasi",
        "kampung_count": "Jumlah Kampung KB",
        "participants": "Peserta menurut peran",
        "participant_count": "Jumlah peserta",
        "source": "Sumber",
        "population_source": "laporan kependudukan Kampung KB",
        "kkbpk_source": "laporan KKBPK Kampung KB",
        "classification_source": (
            "skor dan klasifikasi dihitung oleh kampungkb dari laporan kampung (aturan portal, Peraturan BKKBN 20/2023)"
        ),
        "period": "periode",
        "total": "jumlah",
    },
    "en": {
        "pyramid": "Population pyramid",
        "people": "People",
        "age": "Age group",
        "methods": "Contraceptive users by method",
        "users": "Contraceptive users",
        "long_acting": "long-acting (MKJP)",
        "short_acting": "short-acting",
        "profile": "Classification indicator scores",
        "score": "Score (1–4)",
        "index": "index",
        "class": "Class",
        "classes": "Kampung KB by class",
        "kampung_count": "Kampung KB",
        "participants": "Participants by role",
        "participant_count": "Participants",
        "source": "Source",
        "population_source": "Kampung KB population report",
        "kkbpk_source": "Kampung KB family planning (KKBPK) report",
        "classification_source": (
            "scores and class computed by kampungkb from the kampung's reports (portal rules, BKKBN Regulation 20/2023)"
        ),
        "period": "period",
        "total": "total",
    },
}

_SEX_EN = {Sex.MALE: "Male", Sex.FEMALE: "Female"}
_METHOD_EN = {
    ContraceptiveMethod.IUD: "IUD",
    ContraceptiveMethod.TUBECTOMY: "Tubectomy (MOW)",
    ContraceptiveMethod.VASECTOMY: "Vasectomy (MOP)",
    ContraceptiveMethod.CONDOM: "Condom",
    ContraceptiveMethod.IMPLANT: "Implant",
    ContraceptiveMethod.INJECTABLE: "Injectable",
    ContraceptiveMethod.PILL: "Pill",
}
_CLASS_COLOURS = {
    KampungClass.DASAR: "#d7301f",
    KampungClass.BERKEMBANG: "#fc8d59",
    KampungClass.MANDIRI: "#74a9cf",
    KampungClass.BERKELANJUTAN: "#0570b0",
}
_SEX_COLOURS = {Sex.MALE: "#2b8cbe", Sex.FEMALE: "#e34a33"}


def population_pyramid(source: KampungHistory | PopulationReport, *, lang: str = "id") -> Figure:
    """The population pyramid of a kampung: people per age band, men to the left, women to the right.

    ``source`` is a population report, or a history (its current one). Bar lengths are the
    report's counts (men drawn as negative widths, labelled without the sign). Labels are
    Indonesian (``lang="id"``, the report's own age bands) or English (``lang="en"``). Needs
    ``kampungkb[plot]``.

    >>> from kampungkb.examples import example_history
    >>> figure = population_pyramid(example_history(), lang="en")
    >>> axes = figure.axes[0]
    >>> axes.get_title(), [int(bar.get_width()) for bar in axes.containers[1]][:2]
    ('Population pyramid — Kampung KB Contoh', [42, 42])
    """
    text = _text(lang)
    kampung, report = _current(source, PopulationReport, "current_population", "a population report")
    figure, axes = _figure(lang, height=6.0)
    bands = list(AgeBand)
    positions = list(range(len(bands)))
    for sex, sign in ((Sex.MALE, -1), (Sex.FEMALE, 1)):
        counts = [report.count(band, sex) for band in bands]
        axes.barh(
            positions,
            [sign * count for count in counts],
            color=_SEX_COLOURS[sex],
            label=sex.label if lang == "id" else _SEX_EN[sex],
            gid=sex.code,
        )
    axes.set_yticks(positions, [band.label if lang == "id" else _band_en(band) for band in bands])
    axes.set_ylabel(text["age"])
    axes.set_xlabel(text["people"])
    axes.xaxis.set_major_formatter(_absolute())
    axes.axvline(0, color="black", linewidth=0.8)
    figure.legend(loc="outside right upper")
    axes.set_title(_titled(text["pyramid"], kampung))
    _caption(figure, text, f"{text['population_source']}, {text['period']} {report.period}")
    return figure


def method_mix(source: KampungHistory | FamilyPlanningReport, *, lang: str = "id") -> Figure:
    """Contraceptive users per method, long-acting methods (MKJP) marked, from the KKBPK report.

    ``source`` is a KKBPK report, or a history (its current one). Bar heights are the
    report's counts, in the vocabulary's order. Needs ``kampungkb[plot]``.

    >>> from kampungkb.examples import example_history
    >>> axes = method_mix(example_history()).axes[0]
    >>> [tick.get_text() for tick in axes.get_xticklabels()][:3], int(axes.containers[0].datavalues[0])
    (['IUD', 'MOW', 'MOP'], 20)
    """
    text = _text(lang)
    kampung, report = _current(source, FamilyPlanningReport, "current_kkbpk", "a KKBPK report")
    figure, axes = _figure(lang)
    methods = list(ContraceptiveMethod)
    counts = [report.users(method) for method in methods]
    colours = ["#2c7fb8" if method.is_long_acting else "#a1dab4" for method in methods]
    bars = axes.bar(range(len(methods)), counts, color=colours, gid="users")
    axes.bar_label(bars)
    axes.set_xticks(range(len(methods)), [method.label if lang == "id" else _METHOD_EN[method] for method in methods])
    axes.set_ylabel(text["users"])
    from matplotlib.patches import Patch

    axes.legend(
        handles=[Patch(color="#2c7fb8", label=text["long_acting"]), Patch(color="#a1dab4", label=text["short_acting"])]
    )
    axes.set_title(_titled(text["methods"], kampung))
    _caption(figure, text, f"{text['kkbpk_source']}, {text['period']} {report.period}; {text['total']} {sum(counts)}")
    return figure


def classification_profile(result: ClassificationResult, *, lang: str = "id") -> Figure:
    """A kampung's 12 indicator scores, grouped by stage, with the three indices and the class.

    Bar lengths are the scores (1 to 4); a dashed line marks each stage's index; the title
    names the class and the caption gives the explanation in the chosen language. Needs
    ``kampungkb[plot]``.

    >>> from kampungkb.examples import example_activities, example_history
    >>> from kampungkb.kampung import classify
    >>> axes = classification_profile(classify(example_history(), example_activities()), lang="en").axes[0]
    >>> axes.get_title()
    'Classification indicator scores — Class: Berkembang'
    """
    text = _text(lang)
    if not isinstance(result, ClassificationResult):
        raise ValidationError.single((), f"expected a ClassificationResult, found {describe(result)}", ErrorCode.TYPE)
    figure, axes = _figure(lang, height=6.5)
    scores = list(result.scores)
    positions = list(range(len(scores)))[::-1]
    colours = {Stage.INPUT: "#8c96c6", Stage.PROCESS: "#8856a7", Stage.OUTPUT: "#810f7c"}
    axes.barh(
        positions,
        [score.score for score in scores],
        color=[colours[score.indicator.stage] for score in scores],
        gid="scores",
    )
    axes.set_yticks(positions, [score.indicator.label if lang == "id" else score.indicator.name_en for score in scores])
    for stage in Stage:
        rows = [position for position, score in zip(positions, scores, strict=True) if score.indicator.stage is stage]
        label = f"{stage.label if lang == 'id' else stage.name_en} {text['index']} {result.index(stage):.2f}"
        axes.vlines(
            result.index(stage),
            min(rows) - 0.4,
            max(rows) + 0.4,
            colors=colours[stage],
            linestyles="dashed",
            label=label,
        )
    axes.set_xlim(0, 6.2)  # room on the right for the legend
    axes.set_xticks([1, 2, 3, 4])
    axes.set_xlabel(text["score"])
    axes.legend(loc="center right", fontsize="small")
    axes.set_title(f"{text['profile']} — {text['class']}: {result.kampung_class.label}")
    explanation = result.explanation if lang == "id" else result.explanation_en
    _caption(figure, text, f"{text['classification_source']}.\n{explanation}")
    return figure


def classes_by_region(
    classes: Mapping[str, Iterable[KampungClass | ClassificationResult]], *, lang: str = "id", source: str | None = None
) -> Figure:
    """How many kampung of each class each region has: one stacked bar per region.

    ``classes`` maps a region's name (a district, a province) to its kampung's classes, or
    their classification results. Each segment's height is the number of kampung of that class;
    ``source`` names where the classes come from, for the caption. Needs ``kampungkb[plot]``.

    >>> from kampungkb.kampung import KampungClass as C
    >>> figure = classes_by_region({"Kota Pasuruan": [C.DASAR, C.MANDIRI, C.DASAR], "Kab. Malang": [C.BERKEMBANG]})
    >>> [int(count) for count in figure.axes[0].containers[0].datavalues]  # Dasar: 2 in Pasuruan, 0 in Malang
    [2, 0]
    """
    text = _text(lang)
    if not isinstance(classes, Mapping):
        raise ValidationError.single(
            (), f"expected a mapping of region names to classes, found {describe(classes)}", ErrorCode.TYPE
        )
    counted: dict[str, dict[KampungClass, int]] = {}
    problems = []
    for region, items in classes.items():
        if not isinstance(region, str):
            problems.append(((), f"expected a region name (text), found {describe(region)}"))
            continue
        tally = dict.fromkeys(KampungClass, 0)
        for index, item in enumerate(_iterable(items, (region,))):
            found = item.kampung_class if isinstance(item, ClassificationResult) else item
            if not isinstance(found, KampungClass):
                problems.append(
                    ((region, index), f"expected a KampungClass or a ClassificationResult, found {describe(item)}")
                )
                continue
            tally[found] += 1
        counted[region] = tally
    if problems:
        raise ValidationError(ErrorItem(location, message, ErrorCode.TYPE) for location, message in problems)
    figure, axes = _figure(lang)
    regions = list(counted)
    bottoms = [0] * len(regions)
    for kampung_class in KampungClass:
        heights = [counted[region][kampung_class] for region in regions]
        axes.bar(
            range(len(regions)),
            heights,
            bottom=bottoms,
            color=_CLASS_COLOURS[kampung_class],
            label=kampung_class.label,
            gid=kampung_class.code,
        )
        bottoms = [low + height for low, height in zip(bottoms, heights, strict=True)]
    axes.set_xticks(range(len(regions)), regions)
    axes.set_ylabel(text["kampung_count"])
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.legend(title=text["class"])
    axes.set_title(text["classes"])
    _caption(figure, text, f"{source or 'kampungkb'}; {text['total']} {sum(bottoms)}")
    return figure


def participants(event: Any, *, lang: str = "id") -> Figure:
    """An event's participants by role, as its source records them: one bar per group.

    ``event`` is an event (any kind) or its :class:`~kampungkb.events.Participants`. Bar
    lengths are the groups' counts; roles are written as the source names them; the caption
    gives the stated total and the event's first source. Needs ``kampungkb[plot]``.

    >>> from kampungkb.examples import pasuruan_city_workshop_2020
    >>> axes = participants(pasuruan_city_workshop_2020()).axes[0]
    >>> int(sum(bar.get_width() for bar in axes.containers[0]))
    155
    """
    text = _text(lang)
    rows = participants_by_role(event)
    figure, axes = _figure(lang, height=max(3.0, 0.45 * len(rows) + 1.5))
    positions = list(range(len(rows)))[::-1]
    bars = axes.barh(positions, [row.count for row in rows], color="#41ab5d", gid="participants")
    axes.bar_label(bars, padding=2)
    axes.set_yticks(positions, [row.role for row in rows])
    axes.set_xlabel(text["participant_count"])
    title = text["participants"]
    if not isinstance(event, Participants):
        title = f"{title} — {event.title}"
    axes.set_title(title, wrap=True)
    total = sum(row.count for row in rows)
    sources = getattr(event, "sources", ())
    _caption(figure, text, f"{sources[0] if sources else 'kampungkb'}; {text['total']} {total}")
    return figure


# ---------------------------------------------------------------------------
# Helpers


def _text(lang: Any) -> dict[str, str]:
    if lang not in LANGUAGES:
        raise ValidationError.single(
            ("lang",), f"expected 'id' or 'en', found {describe(lang)}", ErrorCode.INVALID_VALUE
        )
    return _TEXT[lang]


def _figure(lang: str, height: float = 4.5) -> tuple[Figure, Any]:
    try:
        from matplotlib.figure import Figure
        from matplotlib.ticker import FuncFormatter  # noqa: F401  (checked here, used by the pyramid)
    except ImportError as exc:
        raise MissingExtraError("matplotlib", "plot") from exc
    figure = Figure(figsize=(8.0, height), layout="constrained")
    axes = figure.add_subplot()
    figure.set_label(lang)
    return figure, axes


def _absolute() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: f"{abs(value):g}")


def _caption(figure: Figure, text: dict[str, str], body: str) -> None:
    figure.supxlabel(f"{text['source']}: {body}", fontsize="small", x=0.01, ha="left", wrap=True)


def _titled(title: str, kampung: str | None) -> str:
    return title if kampung is None else f"{title} — {kampung}"


def _current(source: Any, report_type: type, current: str, what: str) -> tuple[str | None, Any]:
    if isinstance(source, KampungHistory):
        report = getattr(source, current)
        if report is None:
            raise ValidationError.single((), f"the history has no {what}", ErrorCode.MISSING)
        return source.kampung.name, report
    if isinstance(source, report_type):
        return None, source
    raise ValidationError.single(
        (), f"expected {report_type.__name__} or a KampungHistory, found {describe(source)}", ErrorCode.TYPE
    )


def _iterable(items: Any, location: tuple[str | int, ...]) -> list[Any]:
    try:
        return list(items)
    except TypeError:
        raise ValidationError.single(
            location, f"expected an iterable of classes, found {describe(items)}", ErrorCode.TYPE
        ) from None


def _band_en(band: AgeBand) -> str:
    return f"{band.start}+" if band.end is None else f"{band.start}–{band.end}"
