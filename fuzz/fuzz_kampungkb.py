"""Coverage-guided fuzzing of kampungkb's public entry points with atheris.

Each target feeds libFuzzer-generated input to one family of entry points and fails on any
exception other than ``kampungkb.ValidationError`` (and, for loaders and writers, on an
object that does not survive its own round trip). Readers get the RAW BYTES (never decoded
first); text functions get the bytes decoded with ``surrogateescape``, so bytes that are not
UTF-8 reach them as unpaired surrogates. Run one target for ten minutes:

    python -m pip install atheris
    PYTHONPATH=src python fuzz/fuzz_kampungkb.py seed corpus/     # optional: valid documents to start from
    PYTHONPATH=src python fuzz/fuzz_kampungkb.py TARGET corpus/ -max_total_time=600 -rss_limit_mb=2048

TARGET is one of: from_json, citations, dates, people, regions, inpres, html, bulk, cli.

Before it reaches the target, every input is given a shape by its first byte, so that the
shapes that break parsers are drawn as often as plain bytes: the bytes as they are; a long
run of a repeated token (up to 2**17 repetitions of up to 8 bytes, then the rest); huge
numbers (the first four numbers, and each ``#``, become runs of digits, often of the lengths
where number handling changes: 309 digits overflow a float, 4,300 is Python's limit for
converting an integer to text); and deep dotted names (each ``~`` becomes up to 3,000
dotted parts, for CSV headers). Crashing inputs are written by
libFuzzer as ``crash-*`` files; each becomes a regression test.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
from collections.abc import Callable
from typing import Any

import atheris

with atheris.instrument_imports():
    import kampungkb
    from kampungkb._core import public_models, public_types, public_unions
    from kampungkb.bulk import from_csv, iter_csv, iter_jsonl, to_csv, write_jsonl
    from kampungkb.cli import main as cli_main
    from kampungkb.dates import parse_date, parse_date_range
    from kampungkb.errors import ValidationError
    from kampungkb.kampung import html_to_text, suggest_kegiatan
    from kampungkb.legal import find_citations, parse_citation, parse_citation_detailed
    from kampungkb.people import Official, PersonName
    from kampungkb.regions import RegionCode, compact, format, is_valid, validate

#: Every public model, value type and union of models (Event, Report).
TYPES = sorted(public_types().items())
#: What the bulk readers read: models and unions of models.
MODELS = sorted({**public_models(), **public_unions()}.items())


# ---------------------------------------------------------------------------
# Shapes

#: Digit counts where number handling changes: float overflow (309), Python's int-to-text
#: limit (4,300), 64-bit integers (19, 20).
_DIGIT_COUNTS = (19, 20, 308, 309, 310, 400, 4300, 4301, 5000)
#: The first digits of a number (after a sign or an opening quote), replaced by huge numbers.
_NUMBER = re.compile(rb'(^|[^0-9A-Za-z.])[0-9]+')


def shaped(data: bytes) -> bytes:
    """The input after the shape its first byte chooses (see the module docstring)."""
    if not data:
        return data
    shape, provider = data[0] % 4, atheris.FuzzedDataProvider(data[1:])
    if shape == 0:
        return data[1:]
    if shape == 1:
        token = provider.ConsumeBytes(provider.ConsumeIntInRange(1, 8))
        count = provider.ConsumeIntInRange(1, 1 << provider.ConsumeIntInRange(1, 17))  # every magnitude as often
        return token * count + provider.ConsumeBytes(provider.remaining_bytes())
    if shape == 2:
        count = provider.PickValueInList([*_DIGIT_COUNTS, provider.ConsumeIntInRange(1, 20_000)])
        digits = b"9" * count
        body = provider.ConsumeBytes(provider.remaining_bytes())
        return _NUMBER.sub(lambda match: match.group(1) + digits, body.replace(b"#", digits, 4), count=4)
    depth = provider.ConsumeIntInRange(1, 3_000)
    part = provider.ConsumeBytes(provider.ConsumeIntInRange(0, 8))
    return provider.ConsumeBytes(provider.remaining_bytes()).replace(b"~", b".".join([part] * depth), 4)


def text_of(data: bytes) -> str:
    """The bytes as text; bytes that are not UTF-8 become unpaired surrogates."""
    return data.decode("utf-8", "surrogateescape")


def expect_validation_error(call: Callable[[], object]) -> object:
    try:
        return call()
    except ValidationError as exc:
        if not exc.errors:
            raise AssertionError("a ValidationError without errors") from exc
        return None


# ---------------------------------------------------------------------------
# Targets


def fuzz_from_json(data: bytes) -> None:
    """from_json (raw bytes) for a type chosen by the first byte; a loaded object must round-trip."""
    if not data:
        return
    name, cls = TYPES[data[0] % len(TYPES)]
    loaded = expect_validation_error(lambda: kampungkb.from_json(data[1:], cls))
    if loaded is not None and kampungkb.from_json(kampungkb.to_json(loaded), cls) != loaded:
        raise AssertionError(f"{name} did not survive its round trip")


def fuzz_citations(data: bytes) -> None:
    """parse_citation, parse_citation_detailed and find_citations on any text."""
    text = text_of(data)
    expect_validation_error(lambda: parse_citation(text))
    expect_validation_error(lambda: parse_citation_detailed(text))
    expect_validation_error(lambda: find_citations(text))


def fuzz_dates(data: bytes) -> None:
    """parse_date (with and without the weekday check) and parse_date_range on any text."""
    text = text_of(data)
    expect_validation_error(lambda: parse_date(text))
    expect_validation_error(lambda: parse_date(text, check_weekday=False))
    expect_validation_error(lambda: parse_date_range(text))


def fuzz_people(data: bytes) -> None:
    """PersonName.parse and Official.parse on any text; a parsed name reads back from its formal form."""
    text = text_of(data)
    name = expect_validation_error(lambda: PersonName.parse(text))
    if isinstance(name, PersonName):
        expect_validation_error(lambda: PersonName.parse(name.formal()))
    expect_validation_error(lambda: Official.parse(text))


def fuzz_regions(data: bytes) -> None:
    """The region-code verbs on any text: is_valid never raises and agrees with validate."""
    text = text_of(data)
    valid = is_valid(text)
    result = expect_validation_error(lambda: validate(text))
    if valid != (result is not None):
        raise AssertionError("is_valid and validate disagree")
    expect_validation_error(lambda: RegionCode.parse(text))
    expect_validation_error(lambda: compact(text))
    expect_validation_error(lambda: format(text))


def fuzz_inpres(data: bytes) -> None:
    """suggest_kegiatan on any title."""
    expect_validation_error(lambda: suggest_kegiatan(text_of(data)))


def fuzz_html(data: bytes) -> None:
    """html_to_text on any text gives text: no blank line, no line with surrounding spaces."""
    result = html_to_text(text_of(data))
    if type(result) is not str or any(not line or line != line.strip() for line in result.split("\n") if result):
        raise AssertionError(f"html_to_text gave {result[:200]!r}")


def _round_trips(obj: object, cls: Any) -> None:
    """A loaded object written as JSON Lines and as CSV reads back the same (or CSV refuses it)."""
    lines = io.BytesIO()
    write_jsonl([obj], lines)
    ((_, back),) = list(iter_jsonl(io.BytesIO(lines.getvalue()), cls))
    if back != obj:
        raise AssertionError(f"{cls} did not survive write_jsonl/iter_jsonl: {back!r}")
    sheet = io.BytesIO()
    try:
        to_csv([obj], sheet, cls)
    except ValidationError:
        return  # an object CSV cannot carry without loss is refused, by design
    if from_csv(io.BytesIO(sheet.getvalue()), cls) != [obj]:
        raise AssertionError(f"{cls} did not survive to_csv/from_csv")


def fuzz_bulk(data: bytes) -> None:
    """iter_jsonl, iter_csv and from_csv on raw bytes (binary stream) and on the same bytes as a text stream."""
    if not data:
        return
    name, cls = MODELS[data[0] % len(MODELS)]
    body = data[1:]
    for source in (io.BytesIO(body), io.StringIO(text_of(body))):
        for _, result in iter_jsonl(source, cls):
            if not isinstance(result, cls | ValidationError):
                raise AssertionError(f"iter_jsonl gave {result!r} for {name}")
            if isinstance(result, cls):
                _round_trips(result, cls)
    for source in (io.BytesIO(body), io.StringIO(text_of(body))):
        for _, result in iter_csv(source, cls):
            if not isinstance(result, cls | ValidationError):
                raise AssertionError(f"iter_csv gave {result!r} for {name}")
    expect_validation_error(lambda: from_csv(io.BytesIO(body), cls))


_FILES: dict[str, str] = {}


def fuzz_cli(data: bytes) -> None:
    """kampungkb validate on a file of raw bytes (.json or .jsonl): exit 0 or 1, never an internal error."""
    if len(data) < 2:
        return
    name, _ = TYPES[data[0] % len(TYPES)]
    suffix = ".jsonl" if data[1] % 2 else ".json"
    if suffix not in _FILES:
        handle, _FILES[suffix] = tempfile.mkstemp(suffix=suffix)
        os.close(handle)
    with open(_FILES[suffix], "wb") as file:
        file.write(data[2:])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli_main(["validate", _FILES[suffix], "--type", name])
    if status not in (0, 1) or "internal error" in err.getvalue():
        raise AssertionError(f"validate --type {name} exited {status}: {err.getvalue()[:500]}")


TARGETS: dict[str, Callable[[bytes], None]] = {
    "from_json": fuzz_from_json,
    "citations": fuzz_citations,
    "dates": fuzz_dates,
    "people": fuzz_people,
    "regions": fuzz_regions,
    "inpres": fuzz_inpres,
    "html": fuzz_html,
    "bulk": fuzz_bulk,
    "cli": fuzz_cli,
}


def seed(directory: str) -> None:
    """Write a starting corpus: a valid document of every type, as JSON and as CSV (shape byte 0)."""
    from hypothesis import HealthCheck, given, settings

    from kampungkb.testing.strategies import strategy_for_type

    os.makedirs(directory, exist_ok=True)
    strategies = strategy_for_type()
    for index, (name, cls) in enumerate(TYPES):
        examples: list[object] = []

        def collect(value: object, examples: list[object] = examples) -> None:
            examples.append(value)

        settings(max_examples=3, database=None, suppress_health_check=list(HealthCheck))(
            given(strategies[cls]())(lambda value: collect(value))
        )()
        for number, value in enumerate(examples):
            document = kampungkb.to_json(value).encode()
            with open(os.path.join(directory, f"{name}-{number}.json"), "wb") as file:
                file.write(bytes([0, index]) + document)
            if any(cls is model for _, model in MODELS):
                sheet = io.BytesIO()
                with contextlib.suppress(ValidationError):
                    to_csv([value], sheet, cls)
                    model_index = next(i for i, (_, model) in enumerate(MODELS) if model is cls)
                    with open(os.path.join(directory, f"{name}-{number}.csv"), "wb") as file:
                        file.write(bytes([0, model_index]) + sheet.getvalue())


def main() -> None:
    """Run the target named by the first argument (or ``seed DIR``); the rest go to libFuzzer."""
    if len(sys.argv) == 3 and sys.argv[1] == "seed":
        seed(sys.argv[2])
        return
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: fuzz_kampungkb.py {{{','.join(TARGETS)}|seed DIR}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, lambda data: target(shaped(data)))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
