"""Each public entry point works as the *first* call in a fresh interpreter (issue 21).

Field annotations are strings until they are resolved; every reader of field types goes
through the one resolved view (``field_plans``), so no entry point may see ``'int'`` where
``int`` is meant. Each case runs its snippet in a new Python process, where nothing of
kampungkb has been used yet, and compares what it prints with what the same snippet prints
here, in a process that has used everything (and, where the answer is known, with that).
"""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kampungkb import from_json, to_json
from kampungkb.events import Event
from kampungkb.examples import example_history, example_json

SRC = Path(__file__).resolve().parent.parent / "src"

#: Documents made here and handed to the fresh process on its standard input.
_REPORT = to_json(example_history().current_population)
_EVENTS = to_json(from_json(example_json(), Event)) + "\n" + '{"kind":"pencanangan","title":"P","level":"nasional",'
_EVENTS += '"dates":{"start":"2020-01-02","end":"2020-01-02"}}\n'

#: name -> (snippet, standard input, what it prints or None). A snippet sets ``result`` and may
#: read ``data`` (the standard input); ``repr(result)`` is printed.
CASES: dict[str, tuple[str, str, str | None]] = {
    "bulk.from_csv (the issue's example)": (
        "import io\nfrom kampungkb import bulk\nfrom kampungkb.events import ParticipantGroup\n"
        "result = bulk.from_csv(io.StringIO('role,count\\nCamat,4\\n'), ParticipantGroup)",
        "",
        "[ParticipantGroup(role='Camat', count=4, description=None, position=None, "
        "qualifier=<CountQualifier.EXACT: 'exact'>)]",
    ),
    "bulk.iter_csv": (
        "import io\nfrom kampungkb import bulk\nfrom kampungkb.events import Participants\n"
        "result = [str(r) for _, r in bulk.iter_csv(io.StringIO('groups.0.role,groups.0.count,total\\nCamat,4,4\\n'),"
        " Participants)]",
        "",
        None,
    ),
    "bulk.to_csv": (
        "import io\nfrom kampungkb import bulk\nfrom kampungkb.events import ParticipantGroup\n"
        "out = io.StringIO()\nbulk.to_csv([ParticipantGroup('Camat', 4)], out, ParticipantGroup)\n"
        "result = out.getvalue()",
        "",
        repr("role,count,description,position,qualifier\r\nCamat,4,,,exact\r\n"),
    ),
    "bulk.to_csv of a union": (
        "import io\nfrom kampungkb import bulk, from_json\nfrom kampungkb.events import Event\n"
        "out = io.StringIO()\nbulk.to_csv([from_json(line, Event) for line in data.splitlines()], out, Event)\n"
        "result = out.getvalue().splitlines()[0][:10]",
        _EVENTS,
        repr("kind,title"),
    ),
    "bulk.iter_jsonl": (
        "import io\nfrom kampungkb import bulk\nfrom kampungkb.events import Event\n"
        "result = [type(r).__name__ for _, r in bulk.iter_jsonl(io.StringIO(data), Event)]",
        _EVENTS,
        repr(["Workshop", "Launch"]),
    ),
    "bulk.write_jsonl": (
        "import io\nfrom kampungkb import bulk\nfrom kampungkb.events import ParticipantGroup\n"
        "out = io.StringIO()\nbulk.write_jsonl([ParticipantGroup('Camat', 4)], out)\nresult = out.getvalue()",
        "",
        repr('{"role":"Camat","count":4,"description":null,"position":null,"qualifier":"exact"}\n'),
    ),
    "from_dict": (
        "from kampungkb import from_dict\nfrom kampungkb.events import ParticipantGroup\n"
        "result = from_dict({'role': 'Camat', 'count': 4}, ParticipantGroup)",
        "",
        "ParticipantGroup(role='Camat', count=4, description=None, position=None, "
        "qualifier=<CountQualifier.EXACT: 'exact'>)",
    ),
    "from_dict of a union": (
        "import json\nfrom kampungkb import from_dict\nfrom kampungkb.kampung import Report\n"
        "result = type(from_dict(json.loads(data), Report)).__name__",
        _REPORT,
        repr("PopulationReport"),
    ),
    "from_json": (
        "from kampungkb import from_json\nfrom kampungkb.events import Participants\n"
        'result = from_json(\'{"groups": [{"role": "Camat", "count": 4}], "total": 4}\', Participants).total',
        "",
        "4",
    ),
    "from_json of a union": (
        "from kampungkb import from_json\nfrom kampungkb.events import Event\n"
        "result = type(from_json(data.splitlines()[0], Event)).__name__",
        _EVENTS,
        repr("Workshop"),
    ),
    "from_json refusing": (
        "from kampungkb import ValidationError, from_json\nfrom kampungkb.events import ParticipantGroup\n"
        'try:\n    from_json(\'{"role": "Camat", "count": "4"}\', ParticipantGroup)\n'
        "except ValidationError as exc:\n    result = str(exc)",
        "",
        repr("1 validation error\n$.count: expected an integer, found a string ('4') [type]"),
    ),
    "the constructor": (
        "from kampungkb.events import ParticipantGroup\nresult = ParticipantGroup('Camat', 4)",
        "",
        "ParticipantGroup(role='Camat', count=4, description=None, position=None, "
        "qualifier=<CountQualifier.EXACT: 'exact'>)",
    ),
    "to_dict": (
        "from kampungkb import to_dict\nfrom kampungkb.events import ParticipantGroup\n"
        "result = to_dict(ParticipantGroup('Camat', 4))",
        "",
        repr({"role": "Camat", "count": 4, "description": None, "position": None, "qualifier": "exact"}),
    ),
    "to_json": (
        "from kampungkb import from_json, to_json\nfrom kampungkb.events import Event\n"
        "result = to_json(from_json(data.splitlines()[1], Event))[:22]",
        _EVENTS,
        repr('{"kind":"pencanangan",'),
    ),
    "json_schema": (
        "from kampungkb.schema import json_schema\nfrom kampungkb.events import ParticipantGroup\n"
        "result = json_schema(ParticipantGroup)['properties']['role']['type']",
        "",
        repr("string"),
    ),
    "json_schema of a union": (
        "from kampungkb.schema import json_schema\nfrom kampungkb.events import Event\n"
        "result = json_schema(Event)['discriminator']['propertyName']",
        "",
        repr("kind"),
    ),
    "schema_text": (
        "from kampungkb.schema import schema_text\nfrom kampungkb.kampung import Report\n"
        "result = len(schema_text(Report)) > 1000",
        "",
        "True",
    ),
    "cli types": (
        "import contextlib, io\nfrom kampungkb.cli import main\nout = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n    status = main(['types'])\n"
        "result = (status, 'Event' in out.getvalue(), 'Report' in out.getvalue())",
        "",
        repr((0, True, True)),
    ),
    "cli validate": (
        "import contextlib, io, sys, tempfile, os\nfrom kampungkb.cli import main\n"
        "path = os.path.join(tempfile.mkdtemp(), 'events.jsonl')\n"
        "with open(path, 'w', encoding='utf-8') as file:\n    file.write(data)\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n    status = main(['validate', '--type', 'Event', path])\n"
        "result = (status, out.getvalue().splitlines()[-1])",
        _EVENTS,
        repr((0, "2 valid, 0 invalid")),
    ),
    "cli schema": (
        "import contextlib, io, json\nfrom kampungkb.cli import main\nout = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n    status = main(['schema', 'Event'])\n"
        "result = (status, json.loads(out.getvalue())['title'])",
        "",
        repr((0, "Event")),
    ),
    "strategy_for_type": (
        "from hypothesis import given, settings\nfrom kampungkb.testing.strategies import strategy_for_type\n"
        "from kampungkb.events import ParticipantGroup\nseen = []\n"
        "@settings(max_examples=5, database=None)\n@given(strategy_for_type()[ParticipantGroup]())\n"
        "def draw(value):\n    seen.append(type(value.role))\ndraw()\nresult = set(seen)",
        "",
        repr({str}),
    ),
    "st.from_type": (
        "from hypothesis import given, settings, strategies as st\nfrom kampungkb.events import ParticipantGroup\n"
        "seen = []\n@settings(max_examples=5, database=None)\n@given(st.from_type(ParticipantGroup))\n"
        "def draw(value):\n    seen.append(type(value.role))\ndraw()\nresult = set(seen)",
        "",
        repr({str}),
    ),
    "from_field": (
        "from hypothesis import given, settings\nfrom kampungkb.testing._fields import from_field\n"
        "from kampungkb.events import ParticipantShare\nseen = []\n"
        "@settings(max_examples=5, database=None)\n@given(from_field(ParticipantShare, 'count'))\n"
        "def draw(value):\n    seen.append(type(value))\ndraw()\nresult = set(seen)",
        "",
        repr({int}),
    ),
    "parse_citation": (
        "from kampungkb.legal import parse_citation\nresult = parse_citation('UU No. 52 Tahun 2009').year",
        "",
        "2009",
    ),
    "parse_date": (
        "from kampungkb.dates import parse_date\nresult = parse_date('Senin, 28 Desember 2020')",
        "",
        "datetime.date(2020, 12, 28)",
    ),
    "parse_date_range": (
        "from kampungkb.dates import parse_date_range\nresult = parse_date_range('28-29 Desember 2020').end",
        "",
        "datetime.date(2020, 12, 29)",
    ),
    "RegionCode.parse": (
        "from kampungkb.regions import RegionCode\nresult = RegionCode.parse('3575011001').level.code",
        "",
        repr("desa_kelurahan"),
    ),
    "PersonName.parse": (
        "from kampungkb.people import PersonName\nresult = PersonName.parse('Drs. Budi Santoso, M.M.').name",
        "",
        repr("Budi Santoso"),
    ),
}


def _wrapped(snippet: str) -> str:
    return f"import sys\ndata = sys.stdin.read()\n{snippet}\nprint(repr(result))\n"


def _run_fresh(snippet: str, data: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # the same interpreter and environment as the tests: the same kampungkb
        [sys.executable, "-c", _wrapped(snippet)],
        input=data,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _run_here(snippet: str, data: str) -> str:
    namespace: dict[str, object] = {}
    stdin, stdout = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = io.StringIO(data), io.StringIO()
    try:
        exec(compile(_wrapped(snippet), "<snippet>", "exec"), namespace)
        return sys.stdout.getvalue()
    finally:
        sys.stdin, sys.stdout = stdin, stdout


@pytest.fixture(scope="module")
def fresh_results() -> dict[str, subprocess.CompletedProcess[str]]:
    """Every case run in its own new interpreter (in parallel: each is a separate process)."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = {name: pool.submit(_run_fresh, snippet, data) for name, (snippet, data, _) in CASES.items()}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_first_call_in_a_fresh_interpreter(
    name: str, fresh_results: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    snippet, data, expected = CASES[name]
    fresh = fresh_results[name]
    assert fresh.returncode == 0, fresh.stderr
    here = _run_here(snippet, data)
    assert fresh.stdout == here
    if expected is not None:
        assert fresh.stdout.strip() == expected
    else:
        assert "Error" not in fresh.stdout


def test_the_cases_cover_every_entry_point_family() -> None:
    """The table names the codec, bulk, schema, command line, strategy and parsing entry points."""
    covered = " ".join(CASES)
    for family in ("from_dict", "from_json", "to_dict", "to_json", "json_schema", "schema_text", "from_csv",
                   "iter_csv", "to_csv", "iter_jsonl", "write_jsonl", "cli types", "cli validate", "cli schema",
                   "strategy_for_type", "from_type", "from_field", "parse"):  # fmt: skip
        assert family in covered, family
    for snippet, _, _ in CASES.values():
        ast.parse(_wrapped(snippet))


#: Reading field types or annotations directly; only the resolved view may (and one protocol
#: helper reads a method's declared return, in either of its forms).
_DIRECT_READS = re.compile(r"attrs\.fields\(|fields_dict\(|resolve_types\(|get_type_hints\(|__annotations__")
_ALLOWED = {"_core/_fields.py", "_core/_protocol.py"}


def test_only_the_resolved_view_reads_field_types() -> None:
    """Every other module asks field_plans: a new reader of raw annotations fails here."""
    package = SRC / "kampungkb"
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.relative_to(package).as_posix() not in _ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _DIRECT_READS.search(line)
    ]
    assert not offenders, offenders
