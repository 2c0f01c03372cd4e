"""The shipped example — the Kota Pasuruan workshop of 28–29 December 2020 — and the summaries."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given

from kampungkb.cli import main
from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.events import (
    Event,
    EventKind,
    EventLevel,
    Participants,
    Programme,
    Workshop,
    participants_by_role,
    summary_en,
    summary_id,
)
from kampungkb.examples import example_json, pasuruan_city_workshop_2020
from kampungkb.kampung import Count
from kampungkb.legal import format_citation
from kampungkb.people import Position
from kampungkb.regions import RegionCode
from kampungkb.testing.strategies import events

ROOT = Path(__file__).resolve().parent.parent
SEED = "https://pasuruankota.go.id/2020/12/28/wali-kota-pasuruan-membuka-lokakarya-tingkat-kota-kampung-kb-tahun-2020"


@pytest.fixture
def workshop() -> Workshop:
    return pasuruan_city_workshop_2020()


def test_the_shipped_json_loads_into_the_python_built_example(workshop: Workshop) -> None:
    """The package-data JSON loads, through the Event union, into an object equal to the Python-built one."""
    loaded = from_json(example_json(), Event)  # type: ignore[arg-type]
    assert type(loaded) is Workshop
    assert loaded == workshop


def test_the_shipped_json_is_what_to_json_writes(workshop: Workshop) -> None:
    """The file is exactly to_json(example, indent=2) plus a final newline, so it cannot drift."""
    assert example_json() == to_json(workshop, indent=2) + "\n"


def test_the_example_round_trips(workshop: Workshop) -> None:
    """The example survives dict and JSON round trips."""
    assert from_dict(to_dict(workshop), Workshop) == workshop
    assert from_json(to_json(workshop), Event) == workshop  # type: ignore[arg-type]


def test_the_example_holds_the_seed_facts(workshop: Workshop) -> None:
    """Every fact of the seed report is in the record, exactly."""
    assert workshop.kind is EventKind.WORKSHOP
    assert workshop.level is EventLevel.REGENCY
    assert workshop.dates.start == dt.date(2020, 12, 28)
    assert workshop.dates.end == dt.date(2020, 12, 29)
    assert workshop.dates.start.isoweekday() == 1
    assert workshop.venue is not None
    assert workshop.venue.name == "Hotel Transit"
    assert workshop.host_region == RegionCode("35.75")
    assert workshop.host_region.is_city
    assert workshop.organizer is not None
    assert workshop.organizer.acronym == "DP3AKB"
    assert workshop.organizer.name == (
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan"
    )
    assert workshop.opened_by is not None
    assert workshop.opened_by.position is Position.MAYOR
    assert str(workshop.opened_by) == "Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, S.T."
    assert [a.label for a in workshop.attendees] == ["Kepala Perwakilan BKKBN Provinsi Jawa Timur"]
    assert [s.label for s in workshop.speakers] == [
        "Kepala Perwakilan BKKBN Provinsi Jawa Timur",
        "Kepala Bapelitbangda Kota Pasuruan",
        "Dinas Kesehatan Kota Pasuruan",
        "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Pasuruan "
        "Ibu Njoman Swasti, S.STP., M.M.",
    ]
    assert workshop.participants is not None
    assert [(g.role, g.count) for g in workshop.participants.groups] == [
        ("Kepala Perangkat Daerah", 12),
        ("Camat", 4),
        ("Lurah", 4),
        ("Pokja Kampung KB", 114),
        ("Penyuluh KB", 21),
    ]
    assert workshop.participants.total == 155
    assert workshop.programme is Programme.BANGGA_KENCANA
    assert [format_citation(b.instrument) for b in workshop.legal_basis] == ["UU 52/2009", "UU 23/2014"]
    assert [b.provision for b in workshop.legal_basis] == [None, "Lampiran huruf N"]
    assert workshop.sources == (SEED,)


def test_what_the_seed_does_not_say_is_left_empty(workshop: Workshop) -> None:
    """Funding, Kampung KB ids, the report date and the speakers' names but one stay unknown."""
    assert workshop.funding_sources == ()
    assert workshop.kampung_ids == ()
    assert workshop.reported_on is None
    assert [s.official is not None for s in workshop.speakers] == [False, False, False, True]


def test_four_camat_match_the_four_kecamatan_of_the_city(workshop: Workshop) -> None:
    """The 4 camat who took part are the heads of Kota Pasuruan's 4 kecamatan (sample gazetteer)."""
    from kampungkb.regions import sample_gazetteer

    assert workshop.participants is not None
    (camat,) = [g for g in workshop.participants.groups if g.position is Position.DISTRICT_HEAD]
    assert camat.count == len(sample_gazetteer().children("35.75")) == 4


def test_an_example_total_off_by_one_is_rejected_naming_both_numbers() -> None:
    """The example document stating 156 participants is rejected with both 156 and 155 in the message."""
    document = to_dict(pasuruan_city_workshop_2020())
    document["participants"]["total"] = 156
    with pytest.raises(ValidationError) as caught:
        from_dict(document, Event)
    (error,) = caught.value.errors
    assert error.path == "$.participants.total"
    assert error.code == "invariant"
    assert "156" in error.message
    assert "155" in error.message


def test_the_example_rows_by_role(workshop: Workshop) -> None:
    """The Pasuruan participants tabulate to five rows whose counts add up to 155."""
    rows = participants_by_role(workshop)
    assert [row.count for row in rows] == [12, 4, 4, 114, 21]
    assert [row.percent for row in rows] == [7.7, 2.6, 2.6, 73.5, 13.5]


# -- summaries ----------------------------------------------------------------


def test_the_indonesian_summary_of_the_example(workshop: Workshop) -> None:
    """The Indonesian summary is one paragraph in the expected form, built from the data."""
    text = summary_id(workshop)
    assert "\n" not in text
    assert text.startswith(
        "Lokakarya Tingkat Kota bagi Pengelola Kampung KB se-Kota Pasuruan Tahun 2020 diselenggarakan"
    )
    assert "pada Senin–Selasa, 28–29 Desember 2020 di Hotel Transit, Kota Pasuruan" in text
    assert (
        "diikuti 155 peserta yang terdiri atas 12 Kepala Perangkat Daerah (anggota Pokja Kampung KB), 4 Camat, "
        "4 Lurah, 114 Pokja Kampung KB, dan 21 Penyuluh KB." in text
    )
    assert "dibuka oleh Wali Kota Pasuruan Bapak Raharto Teno Prasetyo, S.T. Kegiatan" in text


def test_the_english_summary_of_the_example(workshop: Workshop) -> None:
    """The English twin states the same facts with English dates."""
    text = summary_en(workshop)
    assert "(a regency/city-level workshop) was held by" in text
    assert "on Monday–Tuesday, 28–29 December 2020 at Hotel Transit, Kota Pasuruan" in text
    assert "It had 155 participants: 12 Kepala Perangkat Daerah (anggota Pokja Kampung KB), 4 Camat," in text


@given(events())
def test_the_summaries_mention_every_group_the_total_and_the_people(event: Event) -> None:
    """For any event, both summaries name the title, the year, the total, every participant group with its
    count, the opener, every attendee and every speaker."""
    people = [str(event.opened_by)] if event.opened_by is not None else []
    people += [part.label for part in (*event.attendees, *event.speakers)]
    for summary, write in ((summary_id(event), str), (summary_en(event), _english)):
        assert event.title in summary
        assert str(event.dates.end.year) in summary
        if event.participants is not None:
            total = event.participants.stated_total
            if total is not None:
                assert write(total) in summary
            for group in event.participants.groups:
                count = group.stated_count
                assert (group.label if count is None else f"{write(count)} {group.label}") in summary
        for label in people:
            assert label in summary


def _english(count: Count) -> str:
    """A count as the English summary writes it: "1,329", "at least 50"."""
    return f"{count.value:,}" if count.is_exact else f"{count.qualifier.english} {count.value:,}"


@pytest.mark.parametrize("junk", [None, "lokakarya", Participants((), total=3), {"kind": "lokakarya"}])
def test_a_summary_of_something_else_is_a_type_error(junk: object) -> None:
    """Summaries take an event; anything else is a ValidationError with code type."""
    for summarize in (summary_id, summary_en):
        with pytest.raises(ValidationError) as caught:
            summarize(junk)  # type: ignore[arg-type]
        assert caught.value.errors[0].code == "type"


# -- the command line -----------------------------------------------------------


def test_the_cli_validates_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    """validate --example prints a short summary of the workshop, then valid, and exits 0."""
    assert main(["validate", "--example"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("example: Lokakarya Tingkat Kota bagi Pengelola Kampung KB se-Kota Pasuruan")
    assert any("155" in line for line in out)
    assert out[-1] == "valid"


def test_python_m_kampungkb_validates_the_example() -> None:
    """The same through python -m kampungkb, as the README's first command runs it."""
    result = subprocess.run(
        [sys.executable, "-m", "kampungkb", "validate", "--example"],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "valid"


def test_the_lampiran_reference_is_the_registry_s_family_planning_affair(workshop: Workshop) -> None:
    """The UU 23/2014 entry cites the Lampiran letter the legal registry gives population control and KB."""
    from kampungkb.legal import family_planning_affair

    affair = family_planning_affair()
    (lampiran,) = [basis for basis in workshop.legal_basis if basis.provision is not None]
    assert lampiran.instrument.ref == affair.basis
    assert lampiran.provision == f"Lampiran huruf {affair.lampiran}"
