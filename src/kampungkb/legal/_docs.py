"""Generate the legal-basis tables of ``docs/legal.md`` from the package data.

The page holds each table between marker comments; ``python -m kampungkb.legal._docs
docs/legal.md`` rewrites them in place, and ``python -m kampungkb.legal._docs`` prints them.
A test checks that the committed page equals the generator's output.

    >>> print(registry_table().splitlines()[0])
    | Instrument | Title | Enacted / promulgated | Gazette | Amends / revokes | Confidence | Sources |
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import ValidationError
from ._citation import parse_citation_detailed
from ._format import format_citation
from ._instrument import InstrumentRef, InstrumentType, LegalInstrument
from ._lampiran import GovernmentLevel, SubAffair, authorities, family_planning_affair
from ._order import hierarchy_sorted
from ._registry import program_legal_basis, registry
from ._writing import format_gazette

__all__ = [
    "SECTIONS",
    "corrections_table",
    "lampiran_table",
    "provenance_table",
    "registry_table",
    "render_sections",
    "types_table",
    "update_page",
]


def types_table() -> str:
    """Every instrument type: code, label, rank, abbreviations and gazette."""
    lines = ["| code | label | rank | abbreviations | gazette |", "|---|---|---|---|---|"]
    for member in InstrumentType:
        gazette = member.gazette_kind.label if member.gazette_kind is not None else "—"
        rank = str(member.rank) if member.rank is not None else "—"
        cells = [f"`{member.code}`", member.label, rank, ", ".join(member.abbreviations) or "—", gazette]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines)


def registry_table() -> str:
    """Every registered instrument, in hierarchy order, with its facts, confidence and sources."""
    basis = set(program_legal_basis())
    lines = [
        "| Instrument | Title | Enacted / promulgated | Gazette | Amends / revokes | Confidence | Sources |",
        "|---|---|---|---|---|---|---|",
    ]
    for item in hierarchy_sorted(registry):
        name = format_citation(item) + (" *" if item in basis else "")
        links = [
            f"amends {_refs(item.amends)}" if item.amends else "",
            f"revokes {_refs(item.revokes)}" if item.revokes else "",
        ]
        cells = [
            name,
            item.title or "—",
            f"{_date(item, 'enacted')} / {_date(item, 'promulgated')}",
            _gazette(item),
            "; ".join(link for link in links if link) or "—",
            item.confidence.code if item.confidence is not None else "—",
            _sources(item.sources),
        ]
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    lines.append("")
    lines.append("\\* part of the programme's legal basis (`program_legal_basis()`).")
    return "\n".join(lines)


def provenance_table() -> str:
    """The facts whose confidence or sources differ from their instrument's."""
    lines = ["| Instrument | Fact | Confidence | Sources | Note |", "|---|---|---|---|---|"]
    for item in hierarchy_sorted(registry):
        for fact in registry.provenance(item):
            cells = [
                format_citation(item),
                f"`{fact.fact}`",
                fact.confidence.code,
                _sources(fact.sources),
                fact.note or "—",
            ]
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines)


def lampiran_table() -> str:
    """UU 23/2014 Lampiran N: each sub-affair's authorities per level, as printed."""
    affair = family_planning_affair()
    lines = [
        f"Source: {_sources(affair.sources[:1])} ({affair.confidence.code}).",
        "",
        "| Sub-affair | " + " | ".join(level.label for level in GovernmentLevel) + " |",
        "|---|---|---|---|",
    ]
    for sub in SubAffair:
        cells = [f"{sub.number}. {sub.label}"]
        for level in GovernmentLevel:
            items = authorities(level, sub)
            parts = [f"{a.item + '. ' if a.item else ''}{a.text}{' (' + a.note + ')' if a.note else ''}" for a in items]
            cells.append("<br>".join(parts) or "—")
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines)


#: The generated sections of the page: marker name and the function writing it.
#: One example of each correction the reader makes, read live when the page is generated.
_CORRECTION_EXAMPLES = (
    "UUD No. 52 Tahun 2009",
    "Peraturan Presden Nomor 72 Tahun 2021",
    "UUNo. 23 Tahun 2014",
    "UU Nommor 52 Tahun 2009",
    "UU Nomor 52 Tahhun 2009",
    "UU Nomor 52 Talun 2009",
    "UU Nomor 52 Ta:un 2009",
    "UU No. 23 Tahun 2014 tentang Pemerintah Daerah",
    "UU 52/2009 (Lembaran Negara Tahun 2009 Nomor 160)",
)


def corrections_table() -> str:
    """What ``parse_citation_detailed`` corrects and reports, each kind with examples read live."""
    lines = ["| text | kind | reported |", "|---|---|---|"]
    for text in _CORRECTION_EXAMPLES:
        for correction in parse_citation_detailed(text).corrections:
            cells = [f"`{text}`", f"`{correction.kind.code}` ({correction.kind.label})", correction.message]
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines)


SECTIONS: dict[str, Callable[[], str]] = {
    "legal-types": types_table,
    "legal-corrections": corrections_table,
    "legal-registry": registry_table,
    "legal-provenance": provenance_table,
    "legal-lampiran-n": lampiran_table,
}


def render_sections(page: str) -> str:
    """``page`` with every generated section replaced by the generator's current output.

    >>> render_sections("x")
    'x'
    """
    for name, make in SECTIONS.items():
        pattern = re.compile(
            rf"(<!-- begin generated: {name} -->\n)(?:.*?\n)?(<!-- end generated: {name} -->)", re.DOTALL
        )
        page = pattern.sub(_between_markers(make()), page)
    return page


def _between_markers(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement putting ``text`` between the begin and end markers a match holds."""

    def replace(found: re.Match[str]) -> str:
        return found.group(1) + text + "\n" + found.group(2)

    return replace


def update_page(path: str | Path) -> bool:
    """Rewrite the generated sections of the page at ``path``; True when it changed."""
    target = Path(path)
    old = target.read_text(encoding="utf-8")
    new = render_sections(old)
    if new != old:
        target.write_text(new, encoding="utf-8")
    return new != old


# ---------------------------------------------------------------------------
# Helpers


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _refs(refs: Sequence[InstrumentRef]) -> str:
    return ", ".join(format_citation(ref) for ref in refs)


def _date(item: LegalInstrument, name: str) -> str:
    value = getattr(item, name)
    if value is not None:
        return str(value.isoformat())
    if name == "promulgated" and item.type.gazette_kind is None:
        return "—"
    return "not found"


def _gazette(item: LegalInstrument) -> str:
    if item.gazette is not None:
        return format_gazette(item.gazette)
    return "—" if item.type.gazette_kind is None else "not found"


def _sources(urls: Sequence[str]) -> str:
    if not urls:
        return "unnamed public code (see note)"
    return " ".join(f"[{index}]({url})" for index, url in enumerate(urls, start=1))


def _main(argv: Sequence[str]) -> int:
    if not argv:
        for name, make in SECTIONS.items():
            sys.stdout.write(f"<!-- begin generated: {name} -->\n{make()}\n<!-- end generated: {name} -->\n\n")
        return 0
    try:
        changed = update_page(argv[0])
    except (OSError, ValidationError) as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(f"{argv[0]}: {'updated' if changed else 'up to date'}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
