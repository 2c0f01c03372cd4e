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
    from .events import Participants
    from .examples import example_json

    try:
        example = from_json(example_json(), Participants)
    except ValidationError as exc:
        print(exc, file=sys.stderr)
        return 1
    groups = ", ".join(f"{group.count} {group.role}" for group in example.groups)
    print(f"example: participants of the Kota Pasuruan Kampung KB workshop, 2020: {example.total} ({groups})")
    print("valid")
    return 0
