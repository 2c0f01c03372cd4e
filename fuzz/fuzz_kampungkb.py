"""Coverage-guided fuzzing of kampungkb's public entry points with atheris.

Each target feeds libFuzzer-generated input to one family of entry points and fails on any
exception other than ``kampungkb.ValidationError`` (and, for loaders, on an object that does
not survive its own round trip). Run one target for ten minutes:

    python -m pip install atheris
    PYTHONPATH=src python fuzz/fuzz_kampungkb.py TARGET -max_total_time=600

TARGET is one of: from_json, citations, dates, people, regions, inpres, bulk. Crashing inputs
are written by libFuzzer as ``crash-*`` files; each becomes a regression test.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable

import atheris

with atheris.instrument_imports():
    import kampungkb
    from kampungkb._core import public_models, public_value_types
    from kampungkb.bulk import iter_csv, iter_jsonl
    from kampungkb.dates import parse_date, parse_date_range
    from kampungkb.errors import ValidationError
    from kampungkb.kampung import suggest_kegiatan
    from kampungkb.legal import find_citations, parse_citation, parse_citation_detailed
    from kampungkb.people import Official, PersonName
    from kampungkb.regions import RegionCode, compact, format, is_valid, validate

TYPES = sorted({**public_models(), **public_value_types()}.items())


def _text(data: bytes) -> str:
    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def _expect_validation_error(call: Callable[[], object]) -> object:
    try:
        return call()
    except ValidationError as exc:
        if not exc.errors:
            raise AssertionError("a ValidationError without errors") from exc
        return None


def fuzz_from_json(data: bytes) -> None:
    """from_json for a model chosen by the first byte; a loaded object must round-trip."""
    if not data:
        return
    name, cls = TYPES[data[0] % len(TYPES)]
    loaded = _expect_validation_error(lambda: kampungkb.from_json(data[1:], cls))
    if loaded is not None and kampungkb.from_json(kampungkb.to_json(loaded), cls) != loaded:
        raise AssertionError(f"{name} did not survive its round trip")


def fuzz_citations(data: bytes) -> None:
    """parse_citation, parse_citation_detailed and find_citations on any text."""
    text = _text(data)
    _expect_validation_error(lambda: parse_citation(text))
    _expect_validation_error(lambda: parse_citation_detailed(text))
    _expect_validation_error(lambda: find_citations(text))


def fuzz_dates(data: bytes) -> None:
    """parse_date (with and without the weekday check) and parse_date_range on any text."""
    text = _text(data)
    _expect_validation_error(lambda: parse_date(text))
    _expect_validation_error(lambda: parse_date(text, check_weekday=False))
    _expect_validation_error(lambda: parse_date_range(text))


def fuzz_people(data: bytes) -> None:
    """PersonName.parse and Official.parse on any text; a parsed name reads back from its formal form."""
    text = _text(data)
    name = _expect_validation_error(lambda: PersonName.parse(text))
    if isinstance(name, PersonName):
        _expect_validation_error(lambda: PersonName.parse(name.formal()))
    _expect_validation_error(lambda: Official.parse(text))


def fuzz_regions(data: bytes) -> None:
    """The region-code verbs on any text: is_valid never raises and agrees with validate."""
    text = _text(data)
    valid = is_valid(text)
    result = _expect_validation_error(lambda: validate(text))
    if valid != (result is not None):
        raise AssertionError("is_valid and validate disagree")
    _expect_validation_error(lambda: RegionCode.parse(text))
    _expect_validation_error(lambda: compact(text))
    _expect_validation_error(lambda: format(text))


def fuzz_inpres(data: bytes) -> None:
    """suggest_kegiatan on any title."""
    _expect_validation_error(lambda: suggest_kegiatan(_text(data)))


def fuzz_bulk(data: bytes) -> None:
    """iter_jsonl and iter_csv on any bytes: every line or row gives an object or a ValidationError."""
    name, cls = TYPES[data[0] % len(TYPES)] if data else TYPES[0]
    for _, result in iter_jsonl(io.BytesIO(data[1:]), cls):
        if not isinstance(result, cls | ValidationError):
            raise AssertionError(f"iter_jsonl gave {result!r} for {name}")
    text = data[1:].decode("utf-8", "replace")
    for _, result in iter_csv(io.StringIO(text), cls):
        if not isinstance(result, cls | ValidationError):
            raise AssertionError(f"iter_csv gave {result!r} for {name}")


TARGETS: dict[str, Callable[[bytes], None]] = {
    "from_json": fuzz_from_json,
    "citations": fuzz_citations,
    "dates": fuzz_dates,
    "people": fuzz_people,
    "regions": fuzz_regions,
    "inpres": fuzz_inpres,
    "bulk": fuzz_bulk,
}


def main() -> None:
    """Run the target named by the first argument; the rest go to libFuzzer."""
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: fuzz_kampungkb.py {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
