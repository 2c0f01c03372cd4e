"""Duplicate kampung are found the portal's way; the portal's HTML descriptions become plain text; Pokja members."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kampungkb.codec import from_dict
from kampungkb.dates import PartialDate
from kampungkb.errors import ValidationError
from kampungkb.kampung import (
    DuplicateReason,
    FamilyFunction,
    KampungKB,
    Pokja,
    PokjaMember,
    PokjaPosition,
    find_duplicates,
    html_to_text,
    normalize_name,
)
from kampungkb.people import PersonName
from kampungkb.regions import Location, RegionCode
from kampungkb.testing.strategies import kampung_kbs, pokja_members, text

KARANGKETUG = Location(code=RegionCode("35.75.01.1001"))
BUGUL_LOR = Location(code=RegionCode("35.75.02.1001"))


def _kampung(name: str, where: Location = KARANGKETUG, *, active: bool = True) -> KampungKB:
    return KampungKB(name=name, location=where, launch_date=PartialDate(2018, 5, 2), active=active)


@pytest.mark.parametrize(
    ("name", "normalized"),
    [
        ("Kampung KB Melati", "KAMPUNG KB MELATI"),
        ("Kampung KB Melati 2", "KAMPUNG KB MELATI"),
        ("Kampung KB Melati 12", "KAMPUNG KB MELATI"),
        ("Kampung KB Melati II", "KAMPUNG KB MELATI"),
        ("kampung kb melati iii", "KAMPUNG KB MELATI"),
        ("Kampung KB Melati NEW", "KAMPUNG KB MELATI"),
        ("Kampung KB Melati 1 NEW", "KAMPUNG KB MELATI"),
        ("  Kampung   KB\tMelati  ", "KAMPUNG KB MELATI"),
        ("Kampung KB Melati IV", "KAMPUNG KB MELATI IV"),
        ("Kampung 1 Melati", "KAMPUNG 1 MELATI"),
        ("Kampung KB RW 05", "KAMPUNG KB RW"),
        ("MelatiII", "MELATIII"),
        ("NEW", "NEW"),
    ],
)
def test_name_normalisation(name: str, normalized: str) -> None:
    """Upper case; a trailing number, I/II/III or NEW is stripped (repeatedly); nothing in the middle."""
    assert normalize_name(name) == normalized


@given(text(max_size=40))
def test_normalisation_is_idempotent(name: str) -> None:
    """Normalising a normalised name changes nothing."""
    once = normalize_name(name)
    assert normalize_name(once) == once


@given(kampung_kbs(active=st.just(True)), st.sampled_from([" 2", " II", " NEW", " 3 new"]))
def test_a_numbered_copy_in_the_same_village_is_a_same_name_duplicate(kampung: KampungKB, suffix: str) -> None:
    """A kampung and a copy whose name adds a number, numeral or NEW are reported as SAME_NAME."""
    copy = attrs.evolve(kampung, name=kampung.name + suffix)
    pairs = find_duplicates([kampung, copy])
    assert len(pairs) == 1
    assert (pairs[0].first, pairs[0].second, pairs[0].reason) == (0, 1, DuplicateReason.SAME_NAME)
    assert pairs[0].village == kampung.location.code


@given(st.lists(kampung_kbs(location=st.sampled_from([KARANGKETUG, BUGUL_LOR])), max_size=6))
def test_pairs_are_exactly_the_active_ones_sharing_a_village(kampungs: list[KampungKB]) -> None:
    """Every pair of active kampung in one village is reported once, in input order; no other pair is."""
    pairs = find_duplicates(kampungs)
    expected = {
        (i, j)
        for i, a in enumerate(kampungs)
        for j, b in enumerate(kampungs)
        if i < j and a.active and b.active and a.location.code == b.location.code
    }
    assert [(p.first, p.second) for p in pairs] == sorted(expected)
    for pair in pairs:
        same = normalize_name(kampungs[pair.first].name) == normalize_name(kampungs[pair.second].name)
        assert (pair.reason is DuplicateReason.SAME_NAME) == same


def test_inactive_and_other_villages_are_not_duplicates() -> None:
    """A deleted kampung, or one in another village, is no duplicate even with the same name."""
    assert find_duplicates([_kampung("Melati"), _kampung("Melati", active=False), _kampung("Melati", BUGUL_LOR)]) == ()


@pytest.mark.parametrize("junk", [None, "Melati", b"x", {"a": 1}, 3])
def test_find_duplicates_wants_a_collection(junk: Any) -> None:
    """Anything but a collection of kampung is a type error."""
    with pytest.raises(ValidationError) as caught:
        find_duplicates(junk)
    assert caught.value.errors[0].code == "type"


def test_find_duplicates_locates_what_is_not_a_kampung() -> None:
    """Each item that is not a KampungKB is reported at its index."""
    with pytest.raises(ValidationError) as caught:
        find_duplicates([_kampung("Melati"), "Mawar", None])
    assert [e.path for e in caught.value.errors] == ["$[1]", "$[2]"]


def test_normalize_name_wants_text() -> None:
    """normalize_name of a non-string is a type error."""
    with pytest.raises(ValidationError, match="type"):
        normalize_name(12)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# HTML descriptions


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<p>Kampung KB Melati</p>", "Kampung KB Melati"),
        ("<p>Satu</p><p>Dua</p>", "Satu\nDua"),
        ("Baris satu<br>baris dua<br/>baris tiga", "Baris satu\nbaris dua\nbaris tiga"),
        ("<ol><li>BKB</li><li>BKR</li></ol>", "BKB\nBKR"),
        ("<p>Jumlah &lt; 10 &amp; &gt; 5&nbsp;KK</p>", "Jumlah < 10 & > 5 KK"),
        ("<p><strong>Penting:</strong> <em>Posyandu</em> aktif</p>", "Penting: Posyandu aktif"),
        ("<style>p {color: red}</style><p>Teks</p><script>alert(1)</script>", "Teks"),
        ("<p>\n  Terbagi\n  dua baris di sumber\n</p>", "Terbagi dua baris di sumber"),
        ("<p></p><p>  </p>", ""),
        ("<div><table><tr><td>RW</td><td>05</td></tr></table></div>", "RW 05"),
        ("Teks biasa, tanpa tag.", "Teks biasa, tanpa tag."),
        ("<p>Tag tak ditutup", "Tag tak ditutup"),
    ],
)
def test_html_to_text(html: str, plain: str) -> None:
    """The portal's rich text becomes plain text: tags out, entities decoded, one line per block."""
    assert html_to_text(html) == plain


MARKUP = st.sampled_from(["<p>", "</p>", "<br>", "<br/>", "<li>", "</li>", "<b>", "&nbsp;", "&amp;", "\n", "  ", "\t"])


@given(st.text(max_size=200) | st.lists(MARKUP | st.text(max_size=12), max_size=12).map("".join))
def test_html_to_text_takes_any_text(html: str) -> None:
    """Any string gives text with no blank lines and no surrounding whitespace on any line."""
    result = html_to_text(html)
    for line in result.split("\n") if result else []:
        assert line
        assert line == line.strip()


@given(text(max_size=80).map(lambda drawn: drawn.replace("<", " ").replace("&", " ")))
def test_text_without_markup_keeps_its_words(plain: str) -> None:
    """Text with no markup characters keeps its words, in order."""
    assert html_to_text(plain).split() == plain.split()


@pytest.mark.parametrize("junk", [None, 3, b"<p>x</p>", ["<p>"]])
def test_html_to_text_wants_a_string(junk: Any) -> None:
    """Anything but a string is a type error."""
    with pytest.raises(ValidationError) as caught:
        html_to_text(junk)
    assert caught.value.errors[0].code == "type"


def test_a_kampung_description_from_the_portal() -> None:
    """A description taken from the portal's HTML is stored as the plain text the helper gives."""
    html = "<p>Kampung KB Melati berada di <b>RW 05</b>.</p><p>Dicanangkan 2017.</p>"
    kampung = attrs.evolve(_kampung("Melati"), description=html_to_text(html))
    assert kampung.description == "Kampung KB Melati berada di RW 05.\nDicanangkan 2017."


# ---------------------------------------------------------------------------
# Pokja members


def test_a_pokja_names_its_members_with_positions_and_sections() -> None:
    """Members carry their Pokja position, and a section member the family function of the section."""
    members = (
        PokjaMember(name=PersonName("Siti Aminah"), position=PokjaPosition.CHAIR),
        PokjaMember(
            name=PersonName("Budi Santoso"), position=PokjaPosition.SECTION_MEMBER, section=FamilyFunction.ECONOMIC
        ),
    )
    pokja = Pokja(exists=True, member_count=24, members=members)
    assert pokja.members[1].section is FamilyFunction.ECONOMIC
    assert from_dict({"exists": True, "member_count": 24, "members": [
        {"name": "Siti Aminah", "position": "chair", "section": None},
        {"name": "Budi Santoso", "position": "section_member", "section": "economic"},
    ]}, Pokja) == pokja  # fmt: skip


@given(pokja_members())
def test_no_pokja_has_no_members(member: PokjaMember) -> None:
    """A kampung with no Pokja lists no Pokja members (our rule), located at members."""
    with pytest.raises(ValidationError) as caught:
        Pokja(exists=False, members=(member,))
    assert [(e.path, e.code) for e in caught.value.errors] == [("$.members", "invariant")]


def test_a_section_member_needs_a_section_inside_a_pokja() -> None:
    """A section member without a section is located inside the Pokja document."""
    with pytest.raises(ValidationError) as caught:
        from_dict(
            {"exists": True, "member_count": 3, "members": [{"name": "Siti", "position": "section_member"}]}, Pokja
        )
    assert [e.path for e in caught.value.errors] == ["$.members[0].section"]
