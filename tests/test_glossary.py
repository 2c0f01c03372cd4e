"""The glossary explains every Indonesian fragment of the public API, and the API names it
points to exist."""

from __future__ import annotations

import enum
import importlib
import re
from pathlib import Path
from typing import Any

import attrs

from kampungkb._core import public_modules

GLOSSARY = Path(__file__).resolve().parent.parent / "docs" / "glossary.md"
MODULES = [
    *public_modules(),
    *(importlib.import_module(name) for name in ("kampungkb.examples", "kampungkb.testing.strategies")),
]

# Fragments of public identifiers that are Indonesian (or Indonesian abbreviations):
# each must appear in the glossary.
INDONESIAN = {
    "apbd",
    "apbn",
    "bangga",
    "bapak",
    "berkelanjutan",
    "berkembang",
    "bkb",
    "bkkbn",
    "bkl",
    "bkr",
    "bpjs",
    "dasar",
    "dashat",
    "dataku",
    "dusun",
    "ibu",
    "inpres",
    "kampung",
    "kb",
    "kbs",
    "kegiatan",
    "kegiatans",
    "keuchik",
    "kencana",
    "kkbpk",
    "lampiran",
    "mandiri",
    "mkjp",
    "mpr",
    "nagari",
    "nip",
    "pasuruan",
    "perbekel",
    "pemda",
    "pik",
    "pkb",
    "pkk",
    "plkb",
    "pokja",
    "pokjas",
    "poktan",
    "posyandu",
    "ppkbd",
    "ppkbk",
    "puskesmas",
    "rt",
    "rumah",
    "rw",
    "sasaran",
    "sasarans",
    "saudara",
    "saudari",
    "nyonya",
    "nona",
    "tuan",
    "tpd",
    "uppka",
    "wali",
    "r",
}

# The other fragments, which are English. A new identifier whose words are in neither list
# fails the test below: classify it (and explain it in the glossary if it is Indonesian).
ENGLISH = set(
    """
    arrow batch classes columns frame languages mix parquet pyramid size table
    above accompanied achievement acronym acting active activities activity address adolescents as
    about achieved at coaching coachings consistent declaration declarations declared deliveries delivery
    districts exact facilitation facilitations hybrid inaugurated inauguration inaugurations invitation
    kampungs least link media mode most news online page platform press problem qualifier release
    service sum targets terms visit visits
    assistant behalf board centre coordinator deputy director expert extension general inspector long or
    principal summarize
    component constraint day extra invalid invariant key missing partial precision
    change changes check context crosswalk current edition editions force listed near new old parts
    places read reading readings
    last mixed separators spelling weekday bounds
    cell characters columns delimiter escape formula header package read rows sniff starts table
    template unescape workbook xlsx
    adviser affair affairs after age agencies agency agriculture all amends and animal apparatus
    appreciation appreciations area assistance attendee attendees authorities authority average band
    bands bank basic basin basis before below body border built bulletin bureau by bytes cadre
    caption category central certification chair child childbearing children circular citable
    citation citations city civil class classification classifications classify clinic co coastal
    code codes collection column communication community compact company compatible condom
    confidence configure confirmed constitution contact contraceptive control converter cooperatives
    coordination correction corrections corroborated count counts couples coverage cpr created
    criteria criterion cross csr csv cultural culture customary daily data date dates decree decrees
    default degrees densely description detailed dialect dict display district division document
    donation duplicate duplicates earliest economic education educational elderly empowerment en
    enacted end energy enterprises enum environment environmental error evaluation event events
    example exists explanation facilities fact families family female field find first fisheries
    fives flag food for forestry form format found fp frequency from function fund funding gazette
    gazetteer gazettes get government governor group groups hamlet has head health help hierarchy
    high histories history home honorific hospital host housing html human id ids image images
    implant in index indicator indices indonesian industrial industry informatics injectable input
    inputs institution instruction instrument instruments interim invitee is issuer issuers item
    iter iud json jsonl jurisdiction keyword keywords kind labels later latitude launch launches law
    leader legal length letter level levels lieu line lines livestock location locations longitude
    love low main make male mandatory manpower marine match matched matches max mayor measure
    mechanism meeting meetings member members memory method military mineral mini minister
    ministerial ministry model moderator monitoring month monthly more name names national need no
    non normalize note number numbers objectives of office official officials on opened opener
    operational operations optional organization organizations organizer organizers orientation
    orientations original other output pair pairs parse participant participants participation
    participations path patron pattern performed period periods person photo pill pinpoint place
    plan planning plans plus police poor populated population portal position post potential
    pregnant presence presences present presidential private process profile program programme
    programs promulgated protection provenance provenances province provinces provincial provision
    public purpose quarterly railway range ranges reason ref reference references refs regency
    regent region regional regions registered registration registry regulation regulations religious
    remote report reported reporting reports representative reproduction residents resources
    responsible result results revokes rights river roads role routine routines rule rules rural
    same sample schema schemas school score scores second secretariat secretary section sector
    sectoral security selection self semiannual servant services sex share shares short single slum
    smes social socialization socializations soon sorted source sources spatial speaker speakers
    special sports staff stage standardization start state statistics strategy structure style sub
    subdistrict subject suggest summary supervisor supplement support supports target team temporary
    term text texts title titles to topic total totals tourism trade trained training trainings
    transportation treasurer tree trees tubectomy type types under unit unmet unrecognized urban use
    used users uses valid validate validation value vasectomy venue venues version vice village
    wants weekly welfare with women word words work workforce works workshop workshops write written year
    yearly youth
    """.split()
)


def fragments(name: str) -> list[str]:
    """The lower-case words of an identifier (snake_case and CamelCase split, digits dropped)."""
    words: list[str] = []
    for part in name.strip("_").split("_"):
        words += re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|[A-Z]+", part)
    return [word.lower() for word in words]


def identifier_fragments() -> set[str]:
    """Every fragment of every public name, enum member name and model field name."""
    found: set[str] = set()
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            found.update(fragments(name))
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                for member in obj:
                    found.update(fragments(member.name))
            elif isinstance(obj, type) and attrs.has(obj):
                for attribute in attrs.fields(obj):
                    found.update(fragments(attribute.name))
    return found


def test_every_indonesian_fragment_is_in_the_glossary() -> None:
    """Each Indonesian word used in an identifier is explained in docs/glossary.md."""
    text = GLOSSARY.read_text(encoding="utf-8").lower()
    missing = sorted(word for word in INDONESIAN if not re.search(rf"\b{word.rstrip('s')}", text))
    assert not missing, f"explain in docs/glossary.md: {missing}"


def test_every_fragment_is_classified() -> None:
    """Each word of each public identifier is listed as English or as Indonesian."""
    unclassified = sorted(identifier_fragments() - INDONESIAN - ENGLISH)
    assert not unclassified, f"classify in tests/test_glossary.py: {unclassified}"


def test_indonesian_fragments_are_all_still_used() -> None:
    """The list above holds only fragments the API really uses (so it cannot rot)."""
    assert identifier_fragments() >= INDONESIAN


def public_namespace() -> dict[str, Any]:
    """Every public name, and every field name of a public model."""
    namespace: dict[str, Any] = {}
    for module in MODULES:
        namespace[module.__name__] = module
        for name in module.__all__:
            obj = getattr(module, name)
            namespace.setdefault(name, obj)
            if isinstance(obj, type) and attrs.has(obj):
                for attribute in attrs.fields(obj):
                    namespace.setdefault(attribute.name, attribute)
    return namespace


def resolves(token: str, namespace: dict[str, Any]) -> bool:
    """Whether a glossary's API name (``Poktan.BKB``, ``parse_date(weekday=True)``…) exists."""
    path = token.split("(", maxsplit=1)[0].strip()
    if path.startswith("."):
        return True  # continues the previous name: ``ContraceptiveMethod.TUBECTOMY``, ``.VASECTOMY``
    if path.startswith("kampungkb."):
        try:
            importlib.import_module(path)
            return True
        except ImportError:
            module, _, name = path.rpartition(".")
            return hasattr(importlib.import_module(module), name)
    head, *rest = path.split(".")
    obj = namespace.get(head)
    if obj is None:
        return False
    for part in rest:
        if not hasattr(obj, part):
            return False
        obj = getattr(obj, part)
    return True


def test_every_api_name_in_the_glossary_exists() -> None:
    """The names in the glossary's third column are public names, their members or model fields."""
    namespace = public_namespace()
    rows = [line for line in GLOSSARY.read_text(encoding="utf-8").splitlines() if line.startswith("| **")]
    tokens = [token for row in rows for token in re.findall(r"`([^`]+)`", row.split("|")[3])]
    assert tokens
    unknown = sorted({token for token in tokens if not resolves(token, namespace)})
    assert not unknown, f"not in the API: {unknown}"
