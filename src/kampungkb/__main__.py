"""``python -m kampungkb``: the command line (see :mod:`kampungkb._cli`)."""

from ._cli import main

raise SystemExit(main())
