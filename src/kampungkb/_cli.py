"""The ``kampungkb`` command line.

$ kampungkb validate --example
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .codec import from_json
from .errors import ValidationError


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kampungkb", description="Validate and convert Kampung KB data.")
    parser.add_argument("--version", action="version", version=f"kampungkb {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    validate = commands.add_parser("validate", help="validate documents")
    validate.add_argument("--example", action="store_true", help="validate the shipped example document")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 valid, 1 invalid, 2 usage error)."""
    args = _build_parser().parse_args(argv)
    if args.command == "validate" and args.example:
        return _validate_example()
    print("kampungkb: nothing to validate (give --example)", file=sys.stderr)
    return 2


def _validate_example() -> int:
    from .dates import format_date_range
    from .events import Event, participants_by_role
    from .examples import example_json

    try:
        example: Event = from_json(example_json(), Event)  # type: ignore[arg-type]
    except ValidationError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"example: {example.title} (kind {example.kind.code}, level {example.level.code})")
    print(f"  when: {format_date_range(example.dates, weekday=True)}")
    if example.venue is not None:
        print(f"  where: {example.venue.name}, host region {example.host_region}")
    if example.participants is not None:
        groups = ", ".join(f"{row.count} {row.role}" for row in participants_by_role(example))
        print(f"  participants: {example.participants.total} ({groups})")
    print(f"  speakers: {len(example.speakers)}; legal basis: {len(example.legal_basis)} instrument(s)")
    print("valid")
    return 0
