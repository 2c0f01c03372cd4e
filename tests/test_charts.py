"""Charts: the drawn data equals the records' counts, labels follow the language, figures save as PNG and
SVG, and the plot command writes an image."""

from __future__ import annotations

from pathlib import Path

import pytest

from kampungkb import to_json
from kampungkb.cli import main
from kampungkb.errors import ErrorCode, ValidationError
from kampungkb.events import participants_by_role
from kampungkb.examples import example_activities, example_history, pasuruan_city_workshop_2020
from kampungkb.kampung import AgeBand, ContraceptiveMethod, KampungClass, KampungHistory, Sex, classify

pytest.importorskip("matplotlib")

from kampungkb.charts import (
    LANGUAGES,
    classes_by_region,
    classification_profile,
    method_mix,
    participants,
    population_pyramid,
)

HISTORY = example_history()
RESULT = classify(HISTORY, example_activities())


def _ticks(axes: object, axis: str) -> list[str]:
    return [tick.get_text() for tick in getattr(axes, f"get_{axis}ticklabels")()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pyramid_bars_are_the_reports_counts(lang: str) -> None:
    """Each bar's width is the count for its band and sex (men to the left); age labels in the language."""
    report = HISTORY.current_population
    assert report is not None
    axes = population_pyramid(HISTORY, lang=lang).axes[0]
    men, women = axes.containers
    assert [-bar.get_width() for bar in men] == [report.count(band, Sex.MALE) for band in AgeBand]
    assert [bar.get_width() for bar in women] == [report.count(band, Sex.FEMALE) for band in AgeBand]
    labels = _ticks(axes, "y")
    assert labels[0] == ("0 - 4 Tahun" if lang == "id" else "0–4")
    assert labels[-1] == ("75+ Tahun" if lang == "id" else "75+")
    assert axes.get_title().startswith("Piramida penduduk" if lang == "id" else "Population pyramid")


def test_pyramid_of_uneven_counts() -> None:
    """With counts that differ per band, the bars follow them (the example's are nearly uniform)."""
    from kampungkb.kampung import PopulationReport

    report = HISTORY.current_population
    assert report is not None
    counts = {(band, sex): index * 3 + (sex is Sex.FEMALE) for index, band in enumerate(AgeBand) for sex in Sex}
    uneven = PopulationReport.from_counts(
        period=report.period,
        created=report.created,
        male=[counts[band, Sex.MALE] for band in AgeBand],
        female=[counts[band, Sex.FEMALE] for band in AgeBand],
        families={item.kind: item.count for item in report.family_counts},
    )
    men, women = population_pyramid(uneven).axes[0].containers
    assert [-bar.get_width() for bar in men] == [counts[band, Sex.MALE] for band in AgeBand]
    assert [bar.get_width() for bar in women] == [counts[band, Sex.FEMALE] for band in AgeBand]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_method_mix_bars_are_the_users_per_method(lang: str) -> None:
    """Bar heights are users per method; names in the language."""
    kkbpk = HISTORY.current_kkbpk
    assert kkbpk is not None
    axes = method_mix(HISTORY, lang=lang).axes[0]
    assert [bar.get_height() for bar in axes.containers[0]] == [kkbpk.users(m) for m in ContraceptiveMethod]
    names = _ticks(axes, "x")
    assert names[1] == ("MOW" if lang == "id" else "Tubectomy (MOW)")
    assert axes.get_ylabel() == ("Jumlah peserta KB" if lang == "id" else "Contraceptive users")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_classification_profile_shows_each_score_and_the_class(lang: str) -> None:
    """Twelve bars of the scores in order; the title names the class; the caption the explanation."""
    figure = classification_profile(RESULT, lang=lang)
    axes = figure.axes[0]
    assert [bar.get_width() for bar in axes.containers[0]] == [score.score for score in RESULT.scores]
    assert axes.get_title().endswith(RESULT.kampung_class.label)
    caption = figure.get_supxlabel()
    assert (RESULT.explanation if lang == "id" else RESULT.explanation_en) in caption
    first = RESULT.scores[0].indicator
    assert _ticks(axes, "y")[0] == (first.label if lang == "id" else first.name_en)


def test_classes_by_region_stacks_the_counts() -> None:
    """Each segment is the number of kampung of its class in its region; results count by their class."""
    classes = {
        "Kota Pasuruan": [KampungClass.DASAR, KampungClass.DASAR, RESULT],
        "Kabupaten Malang": [KampungClass.MANDIRI],
    }
    axes = classes_by_region(classes, lang="en").axes[0]
    heights = {bars.get_label(): [bar.get_height() for bar in bars] for bars in axes.containers}
    expected = {
        kampung_class.label: [
            sum(
                1
                for item in items
                if (item.kampung_class if not isinstance(item, KampungClass) else item) is kampung_class
            )
            for items in classes.values()
        ]
        for kampung_class in KampungClass
    }
    assert heights == expected
    assert _ticks(axes, "x") == list(classes)


def test_classes_by_region_locates_a_bad_item() -> None:
    """Something that is not a class is a located type error."""
    with pytest.raises(ValidationError) as caught:
        classes_by_region({"Kota Pasuruan": [KampungClass.DASAR, "mandiri"]})
    assert caught.value.errors[0].location == ("Kota Pasuruan", 1)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_participants_bars_are_the_groups(lang: str) -> None:
    """One bar per group, its count; roles as the source writes them; the title in the language."""
    workshop = pasuruan_city_workshop_2020()
    axes = participants(workshop, lang=lang).axes[0]
    rows = participants_by_role(workshop)
    assert [bar.get_width() for bar in axes.containers[0]] == [row.count for row in rows]
    assert _ticks(axes, "y") == [row.role for row in rows]
    assert axes.get_title().startswith("Peserta menurut peran" if lang == "id" else "Participants by role")


def test_an_unknown_language_is_refused() -> None:
    """lang must be 'id' or 'en'."""
    with pytest.raises(ValidationError) as caught:
        population_pyramid(HISTORY, lang="fr")
    assert caught.value.errors[0].location == ("lang",)
    assert caught.value.errors[0].code == ErrorCode.INVALID_VALUE


def test_a_history_without_the_report_is_an_error() -> None:
    """No population report: a missing error, not an empty chart."""
    with pytest.raises(ValidationError) as caught:
        population_pyramid(KampungHistory(kampung=HISTORY.kampung))
    assert caught.value.errors[0].code == ErrorCode.MISSING
    with pytest.raises(ValidationError):
        method_mix("report")  # type: ignore[arg-type]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_figures_save_as_png_and_svg(tmp_path: Path, suffix: str) -> None:
    """Every chart saves; the files start as PNG and SVG files do."""
    figures = [
        population_pyramid(HISTORY),
        method_mix(HISTORY),
        classification_profile(RESULT),
        classes_by_region({"Kota Pasuruan": [KampungClass.DASAR]}),
        participants(pasuruan_city_workshop_2020()),
    ]
    for index, figure in enumerate(figures):
        path = tmp_path / f"chart-{index}{suffix}"
        figure.savefig(path)
        head = path.read_bytes()[:200]
        assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in path.read_bytes()[:2000], head


def test_the_plot_command_writes_the_image(tmp_path: Path) -> None:
    """kampungkb plot pyramid history.json -o pyramid.png writes a PNG; a bad suffix or record fails."""
    history = tmp_path / "history.json"
    history.write_text(to_json(HISTORY), encoding="utf-8")
    image = tmp_path / "pyramid.png"
    assert main(["plot", "pyramid", str(history), "-o", str(image)]) == 0
    assert image.read_bytes().startswith(b"\x89PNG")
    workshop = tmp_path / "workshop.json"
    workshop.write_text(to_json(pasuruan_city_workshop_2020()), encoding="utf-8")
    assert main(["plot", "participants", str(workshop), "-o", str(tmp_path / "p.svg"), "--lang", "en"]) == 0
    assert main(["plot", "profile", str(history), "-o", str(tmp_path / "x.svg")]) == 0
    assert main(["plot", "pyramid", str(history), "-o", str(tmp_path / "pyramid.txt")]) == 2
    assert main(["plot", "pyramid", str(workshop), "-o", str(tmp_path / "bad.png")]) == 1
    assert not (tmp_path / "bad.png").exists()
