"""``python -m kampungkb``: the command line (see :mod:`kampungkb.cli`)."""

from .cli import main

raise SystemExit(main())
