"""Regenerate the packed national gazetteer from the Kemendagri code tables (a maintainer's tool).

Run ``python -m kampungkb.regions._build SOURCE_DIR [--check]``. ``SOURCE_DIR`` (in this
project, ``/work/shared/data/wilayah``) holds
``wilayah-YYYY.csv.gz`` (``kode,nama``), ``README.md`` (its table gives each edition's legal
basis and row counts) and ``LICENSE.cahyadsn-wilayah``. The script writes, under
``kampungkb/data/regions/``:

- ``wilayah.xz``: the current edition, LZMA-compressed UTF-8 text. Line 1 is a JSON header
  (``_source``: data set, commit, licence notice and text, the editions with their legal basis
  and counts, the unresolved conflict). Then the codes (compact, in code order), one a line;
  an empty line; the names in the same order, one a line. (Two columns compress better than
  rows, and unpack into a dict without a Python loop.)
- ``wilayah-editions.xz``: every older edition as differences from the current one: a line
  ``@YYYY`` opens an edition, ``-CODE`` drops a code, ``CODE<tab>NAME`` adds or renames one.
- ``LICENSE.cahyadsn-wilayah``: the data set's licence, copied as it is.

The only change made to the data: names are stripped of surrounding spaces (the header
counts them). ``--check`` writes nothing and exits 1 when the committed files differ.

    >>> sorted(_LEVEL_NAMES)[0]
    'desa_kelurahan'
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import lzma
import sys
from pathlib import Path
from typing import Any

from .._core import lazy_pattern

__all__ = ["build", "main"]

TARGET = Path(__file__).resolve().parent.parent / "data" / "regions"
CURRENT = "2025"
LICENCE = "LICENSE.cahyadsn-wilayah"
_ROW = lazy_pattern(
    r"^\|\s*wilayah-(\d{4})\.csv\.gz\s*\|\s*([\d,]+) / ([\d,]+) / ([\d,]+) / ([\d,]+)\s*\|(.*)\|(.*)\|\s*$"
)
_LEVEL_NAMES = ("provinsi", "kabupaten_kota", "kecamatan", "desa_kelurahan")
_LENGTHS = (2, 4, 6, 10)


def _read_edition(path: Path) -> tuple[dict[str, str], int]:
    """code (compact) -> name, and how many names had surrounding spaces."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows[0] != ["kode", "nama"]:
        raise SystemExit(f"{path}: expected the header kode,nama, found {rows[0]}")
    table: dict[str, str] = {}
    stripped = 0
    for code, name in rows[1:]:
        compact = code.replace(".", "")
        if compact in table:
            raise SystemExit(f"{path}: {code} is listed twice")
        clean = name.strip()
        stripped += clean != name
        table[compact] = clean
    return dict(sorted(table.items())), stripped


def _readme_table(source: Path) -> dict[str, dict[str, Any]]:
    text = (source / "README.md").read_text(encoding="utf-8")
    editions: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        match = _ROW.match(line)
        if match:
            year = match.group(1)
            counts = [int(match.group(i).replace(",", "")) for i in range(2, 6)]
            editions[year] = {
                "edition": year,
                "legal_basis": " ".join(match.group(6).split()),
                "source_path": match.group(7).strip(),
                "counts": dict(zip(_LEVEL_NAMES, counts, strict=True)),
            }
    return editions


def _counts(table: dict[str, str]) -> dict[str, int]:
    return {
        name: sum(len(code) == length for code in table) for name, length in zip(_LEVEL_NAMES, _LENGTHS, strict=True)
    }


def _compress(text: str) -> bytes:
    return lzma.compress(text.encode("utf-8"), format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32, preset=9)


def build(source: Path) -> dict[str, bytes]:
    """The packed files' bytes by file name, generated from ``source``."""
    readme = _readme_table(source)
    years = sorted(readme)
    if CURRENT not in readme or sorted(p.name for p in source.glob("wilayah-*.csv.gz")) != [
        f"wilayah-{y}.csv.gz" for y in years
    ]:
        raise SystemExit(f"{source}: the README table and the wilayah-*.csv.gz files do not list the same editions")
    tables: dict[str, dict[str, str]] = {}
    stripped: dict[str, int] = {}
    for year in years:
        tables[year], stripped[year] = _read_edition(source / f"wilayah-{year}.csv.gz")
        found = _counts(tables[year])
        if found != readme[year]["counts"]:
            raise SystemExit(f"wilayah-{year}: counts {found} differ from the README's {readme[year]['counts']}")
        readme[year]["names_stripped_of_spaces"] = stripped[year]
    licence = (source / LICENCE).read_text(encoding="utf-8")
    header = {
        "_source": {
            "what": "Kemendagri region codes (kode wilayah) and names of every province, regency/city, district "
            "and village, current edition; older editions are in wilayah-editions.xz as differences.",
            "data_set": "cahyadsn/wilayah (converted to CSV kode,nama without change; names stripped of "
            "surrounding spaces here)",
            "data_set_url": "https://github.com/cahyadsn/wilayah",
            "commit": "b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7",
            "licence": "MIT, Copyright Cahya DSN: the notice below must travel with any copy of this data",
            "licence_text": licence,
            "confidence": "CORROBORATED: a widely reused public transcription of the decrees, not the decree text",
            "current_edition": CURRENT,
            "editions": [readme[year] for year in reversed(years)],
            "conflict": "The 2025 file's header names Kepmendagri No. 300.2.2-2138 Tahun 2025; the source "
            "repository's README names Kepmendagri No. 300.2.2-2430 Tahun 2025 for the same file. Unresolved.",
            "in_force": "INFERRED: the file names' years order the editions; an edition is taken to be in force "
            "from 1 January of its year until the next edition's year. No decree's date of effect is sourced.",
            "generator": "python -m kampungkb.regions._build",
            "format": "after this line: the compact codes in code order, one a line; an empty line; the names "
            "in the same order, one a line",
        }
    }
    current = tables[CURRENT]
    lines = [json.dumps(header, ensure_ascii=False, sort_keys=True), *current, "", *current.values()]
    diff_header = {
        "_source": {
            "what": "Older editions of the Kemendagri code list, as differences from the current edition "
            "(see wilayah.xz for the sources, the licence and each edition's legal basis)",
            "data_set_url": "https://github.com/cahyadsn/wilayah",
            "licence": "MIT, Copyright Cahya DSN (text in wilayah.xz and LICENSE.cahyadsn-wilayah)",
            "confidence": "CORROBORATED, as wilayah.xz",
            "format": "@YYYY opens an edition; -CODE: the code is not in it; CODE<tab>NAME: added or named so",
        }
    }
    diff = [json.dumps(diff_header, ensure_ascii=False, sort_keys=True)]
    for year in reversed(years):
        if year == CURRENT:
            continue
        old = tables[year]
        diff.append(f"@{year}")
        diff.extend(f"-{code}" for code in current if code not in old)
        diff.extend(f"{code}\t{name}" for code, name in old.items() if current.get(code) != name)
    return {
        "wilayah.xz": _compress("\n".join(lines) + "\n"),
        "wilayah-editions.xz": _compress("\n".join(diff) + "\n"),
        LICENCE: licence.encode("utf-8"),
    }


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the packed files; returns the exit status."""
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    rest = [arg for arg in args if arg != "--check"]
    if len(rest) != 1:
        print("usage: python -m kampungkb.regions._build SOURCE_DIR [--check]", file=sys.stderr)
        return 2
    source = Path(rest[0])
    files = build(source)
    stale = [
        name for name, data in files.items() if not (TARGET / name).is_file() or (TARGET / name).read_bytes() != data
    ]
    if check:
        for name in stale:
            print(f"{name} differs from what the generator writes", file=sys.stderr)
        return 1 if stale else 0
    for name, data in files.items():
        (TARGET / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
