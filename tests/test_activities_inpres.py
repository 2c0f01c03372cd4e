"""The Inpres 3/2022 tree is the portal's, exactly: 4 sasaran, 8 programs, 58 kegiatan; lookups and suggestions."""

from __future__ import annotations

import json
from importlib import resources

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict, from_json, to_dict, to_json
from kampungkb.errors import ValidationError
from kampungkb.kampung import InpresTree, Ministry, inpres_kegiatan, inpres_tree, suggest_kegiatan
from kampungkb.testing.strategies import inpres_trees

# Which kegiatan each program holds (portal-data-model.md §5.2: program n → table n).
PROGRAM_RANGES = {1: (1, 2), 2: (3, 14), 3: (15, 20), 4: (21, 35), 5: (36, 42), 6: (43, 45), 7: (46, 55), 8: (56, 58)}

# A sample of kegiatan, as the notes give them (§2.18): id, name, responsible ministry's portal id.
SAMPLE = [
    ("K1", "Rumah Data Kependudukan dan Informasi Keluarga (Rumah DataKu)", 1),
    ("K4", "Program Indonesia Sehat dengan Pendekatan Keluarga (PISPK)", 3),
    ("K10", "Bimbingan Calon Pengantin", 4),
    ("K12", "KIE Pencegahan, Perlindungan Perempuan dan Anak dari kekerasan", 5),
    ("K17", "Melakukan pembinaan posyandu", 2),
    ("K18", "b. Melaksanakan Posyandu Aktif", 2),
    (
        "K20",
        "Pertemuan Peningkatan Kemampuan Keluarga (P2K2) dengan modul kesehatan dan gizi bagi Keluarga "
        "Penerima Manfaat (KPM) Program Keluarga Harapan",
        6,
    ),
    ("K24", "Pemeriksaaan  Antenatal Care (ANC) bagi ibu hamil", 3),
    (
        "K33",
        "Pemberian bantuan pangan selain beras dan telur (variasi) (karbohidrat, protein hewani, protein nabati, "
        "vitamin dan mineral dan/atau Makanan Pendamping Air Susu Ibu, bagi ibu hamil, ibu menyusui dan baduta",
        1,
    ),
    ("K35", "Dapur Sehat Atasi Stunting (DASHAT)", 1),
    ("K36", "Pendidikan Anak Usia Dini (PAUD)", 8),
    ("K42", "Penyelenggaraan wahana kreatifitas dan olahraga", 11),
    ("K49", "Penyelenggaraan bantuan permodalan", 10),
    ("K54", "Fasilitasi dan pembinaan pengembangan usaha nelayan", 12),
    ("K57", "Penyediaan Akses Perumahan dan Infrastruktur Permukiman Yang Layak, Aman dan Terjangkau", 14),
    ("K58", "Pengendalian vektor dan binatang pembawa penyakit", 3),
]


def test_the_tree_has_4_sasaran_8_programs_and_58_kegiatan() -> None:
    """The counts, and the ids K1 to K58 in tree order."""
    tree = inpres_tree()
    assert len(tree.sasaran) == 4
    assert [program.number for sasaran in tree.sasaran for program in sasaran.programs] == list(range(1, 9))
    assert [len(sasaran.programs) for sasaran in tree.sasaran] == [1, 1, 5, 1]
    assert [path.kegiatan.id for path in tree.walk()] == [f"K{n}" for n in range(1, 59)]


def test_each_program_holds_the_kegiatan_the_portal_statistics_expect() -> None:
    """Program n holds the kegiatan of the portal's statistic table n."""
    for path in inpres_tree().walk():
        low, high = PROGRAM_RANGES[path.program.number]
        assert low <= path.kegiatan.number <= high


def test_the_instruction_itself() -> None:
    """Inpres 3/2022 of 20 May 2022, with the portal's own name and subject."""
    tree = inpres_tree()
    assert (tree.number, tree.year, tree.date.isoformat() if tree.date else None) == (3, 2022, "2022-05-20")
    assert tree.title == "Optimalisasi Penyelenggaraan Kampung Keluarga Berkualitas"
    assert tree.portal_subject == "OPTIMALISASI PENYELENGGARAAN KAMPUNG KELUARGA BERKUALITAS"
    assert [s.name for s in tree.sasaran] == [
        "Penyediaan data dan peningkatan cakupan administrasi kependudukan",
        "Peningkatan perubahan perilaku",
        "Peningkatan cakupan layanan dan rujukan pada keluarga",
        "Penataan lingkungan keluarga dan masyarakat",
    ]


@pytest.mark.parametrize(("kegiatan_id", "name", "ministry_id"), SAMPLE)
def test_sample_kegiatan_names_and_ministries(kegiatan_id: str, name: str, ministry_id: int) -> None:
    """Names are verbatim (double spaces and odd prefixes kept); the responsible ministry is the seeded one."""
    kegiatan = inpres_kegiatan(kegiatan_id)
    assert kegiatan.name == name
    assert kegiatan.responsible_ministry is Ministry.from_portal_id(ministry_id)


def test_indicators_and_whitespace() -> None:
    """Indicators are trimmed; K17's tabs are single spaces; inner double spaces are kept."""
    assert inpres_kegiatan("K4").indicator.startswith("Jumlah kabupaten/kota")
    assert (
        inpres_kegiatan("K17").indicator == "a. Terselenggaranya pembinaan posyandu. b. Terselenggaranya Posyandu Aktif"
    )
    assert "pengasuhan  1.000 Hari" in inpres_kegiatan("K5").indicator
    for path in inpres_tree().walk():  # (a tab could not get in: names and indicators are single lines)
        for text in (path.kegiatan.name, path.kegiatan.indicator):
            assert text == text.strip()


def test_keywords_as_seeded() -> None:
    """K1 has its 8 keywords; K21 onwards have none; the multi-word ones are listed but not in the portal's table."""
    assert inpres_kegiatan("K1").keywords == (
        "rumah",
        "data",
        "pengumpulan",
        "analisis",
        "display",
        "sarasehan",
        "rembuk",
        "penyediaan",
    )
    assert all(not path.kegiatan.keywords for path in inpres_tree().walk() if path.kegiatan.number >= 21)
    multi_word = {kw for path in inpres_tree().walk() for kw in path.kegiatan.keywords if " " in kw}
    assert multi_word == {"olah raga", "air bersih", "gangguan jiwa", "sekolah minggu"}
    k4 = inpres_kegiatan("K4")
    assert len(k4.keywords) == 35
    assert len(k4.portal_keywords) == 33
    assert "gangguan jiwa" not in k4.portal_keywords
    assert "jiwa" not in k4.keywords


def test_the_data_file_is_the_tree_as_json() -> None:
    """inpres_3_2022.json is exactly to_dict(tree) plus its _source header (so it round-trips)."""
    text = resources.files("kampungkb").joinpath("data", "kampung", "inpres_3_2022.json").read_text("utf-8")
    data = json.loads(text)
    source = data.pop("_source")
    assert data == to_dict(inpres_tree())
    assert any("InpresSasaranSeeder.php" in entry.get("path", "") for entry in source["sources"])


def test_the_builtin_tree_round_trips() -> None:
    """The built-in tree survives dict and JSON."""
    tree = inpres_tree()
    assert from_dict(to_dict(tree), InpresTree) == tree
    assert from_json(to_json(tree), InpresTree) == tree


@given(inpres_trees())
def test_any_tree_round_trips(tree: InpresTree) -> None:
    """Made-up trees round-trip too."""
    assert from_json(to_json(tree), InpresTree) == tree


def test_a_repeated_kegiatan_id_is_located() -> None:
    """A tree listing the same kegiatan twice is rejected at the second one."""
    tree = inpres_tree()
    program = tree.sasaran[0].programs[0]
    doubled = attrs.evolve(program, kegiatan=(*program.kegiatan, program.kegiatan[0]))
    sasaran = attrs.evolve(tree.sasaran[0], programs=(doubled,))
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(tree, sasaran=(sasaran, *tree.sasaran[1:]))
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.sasaran[0].programs[0].kegiatan[2].id", "invariant")]


@pytest.mark.parametrize(
    ("bad", "code"), [("K59", "invalid_value"), ("k1", "invalid_value"), (1, "type"), (None, "type")]
)
def test_lookup_of_an_unknown_id(bad: object, code: str) -> None:
    """An unknown id is a ValidationError (never a KeyError)."""
    with pytest.raises(ValidationError) as caught:
        inpres_kegiatan(bad)
    assert caught.value.errors[0].code == code


# Titles as kampung post them, and the kegiatan the suggestion should put first.
TITLES = [
    ("Pelayanan KB MOW gratis", "K19"),
    ("Penyuluhan BKB tentang pola asuh balita", "K5"),
    ("Pembuatan akta kelahiran dan KTP", "K2"),
    ("Sosialisasi stunting bagi catin", "K10"),
    ("Posyandu balita", "K18"),
    ("Pengajian rutin ibu-ibu", "K11"),
    ("Kelas PIK-R: konseling sebaya", "K8"),
    ("Pemberian MPASI bagi bayi", "K13"),
    ("Kawasan tanpa asap rokok", "K14"),
    ("Dapur Sehat Atasi Stunting (DASHAT) RW 03", "K35"),
]


@pytest.mark.parametrize(("title", "best"), TITLES)
def test_suggestions_for_real_titles(title: str, best: str) -> None:
    """The kegiatan a title plainly describes comes first."""
    assert suggest_kegiatan(title)[0][0].id == best


# The one-word keywords of the tree (a keyword scores 3 wherever it stands as a word of a title).
ONE_WORD_KEYWORDS = sorted(
    {keyword for path in inpres_tree().walk() for keyword in path.kegiatan.keywords if keyword.isalpha()}
)


@given(st.lists(st.sampled_from(ONE_WORD_KEYWORDS) | st.text(max_size=12), max_size=6), st.booleans())
def test_suggestions_are_deterministic_positive_and_sorted(words: list[str], upper: bool) -> None:
    """Scores are > 0, best first (ties: see test_sources_kampung); the same title gives the same list; every
    kegiatan holding a keyword of the title is suggested with at least the keyword's 3 points."""
    title = " ".join(words).upper() if upper else " ".join(words)
    found = suggest_kegiatan(title)
    assert found == suggest_kegiatan(title)
    keys = [-score for _, score in found]
    assert keys == sorted(keys)
    assert all(score > 0 for _, score in found)
    scores = {kegiatan.id: score for kegiatan, score in found}
    for path in inpres_tree().walk():
        if set(path.kegiatan.keywords) & set(words):
            assert scores.get(path.kegiatan.id, 0) >= 3, path.kegiatan.id


def test_suggestion_scoring_weights() -> None:
    """A keyword scores 3, a word of the name 2, a word of the indicator 1; function words score nothing."""
    best, score = suggest_kegiatan("Bina Keluarga Lansia tangguh")[0]
    # K7 "Bina Keluarga Lansia (BKL)": keywords keluarga, lansia, tangguh (3 × 3); name words bina, keluarga,
    # lansia (3 × 2); indicator words keluarga, lansia (2 × 1).
    assert (best.id, score) == ("K7", 9 + 6 + 2)
    assert [(k.id, s) for k, s in suggest_kegiatan("senam olah raga")] == [("K3", 3)]  # the phrase keyword
    assert suggest_kegiatan("olah") == []  # half a multi-word keyword is not the keyword
    assert suggest_kegiatan("dan di ke yang untuk") == []


def test_suggestion_input_is_checked() -> None:
    """A non-string title and a bad limit are ValidationErrors."""
    with pytest.raises(ValidationError) as caught:
        suggest_kegiatan(b"KB")
    assert caught.value.errors[0].code == "type"
    with pytest.raises(ValidationError):
        suggest_kegiatan("KB", limit=0)
    assert len(suggest_kegiatan("KB", limit=2)) == 2
