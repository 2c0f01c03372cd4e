"""The glossary explains every Indonesian fragment of the public API, and the API names it
points to exist."""

from __future__ import annotations

import enum
import importlib
import re
from pathlib import Path
from typing import Any

import attrs

from kampungkb._registry import public_modules

GLOSSARY = Path(__file__).resolve().parent.parent / "docs" / "glossary.md"
MODULES = [
    *public_modules(),
    *(importlib.import_module(name) for name in ("kampungkb.examples", "kampungkb.testing.strategies")),
]

# Fragments of public identifiers that are Indonesian (or Indonesian abbreviations):
# each must appear in the glossary.
INDONESIAN = set(
    """
    apbd apbn bapak berkelanjutan berkembang bkb bkkbn bkl bkr bpjs dasar dashat dataku dusun
    ibu inpres kampung kb kbs kegiatan kegiatans kkbpk lampiran mandiri mkjp mpr nip pasuruan
    pemda pik pkb pkk plkb pokja pokjas poktan posyandu ppkbd ppkbk puskesmas rt rumah rw sasaran
    sasarans saudara saudari tpd uppka
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


def test_indonesian_fragments_are_all_still_used() -> None:
    """The list above holds only fragments the API really uses (so it cannot rot)."""
    assert INDONESIAN <= identifier_fragments()


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
    path = token.split("(")[0].strip()
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
