"""Sphinx configuration for the kampungkb documentation.

Build: ``python -m sphinx -n -W --keep-going -b html docs docs/_build/html`` (and ``-b doctest``).
"""

from __future__ import annotations

import os
import socket

import kampungkb

project = "kampungkb"
author = "The kampungkb developers"
copyright = "2026, The kampungkb developers"
release = kampungkb.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "sphinx_copybutton",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"kampungkb {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "attrs": ("https://www.attrs.org/en/stable/", None),
    "cattrs": ("https://catt.rs/en/stable/", None),
    "hypothesis": ("https://hypothesis.readthedocs.io/en/latest/", None),
}
intersphinx_timeout = 5


def _online() -> bool:
    """Whether the inventories can be fetched (KAMPUNGKB_DOCS_OFFLINE=1 forces an offline build)."""
    if os.environ.get("KAMPUNGKB_DOCS_OFFLINE"):
        return False
    try:
        socket.create_connection(("docs.python.org", 443), timeout=3).close()
    except OSError:
        return False
    return True


# Offline (CI here has no network) the inventories cannot be fetched: the build then links
# no other project's docs, and references to them are left plain rather than failing the
# nitpicky build. References into kampungkb itself are always checked.
if not _online():
    intersphinx_mapping = {}
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(?!kampungkb\b).*"),
    (r"py:class", r"kampungkb\..*\.[A-Z]"),  # type variables
]

doctest_global_setup = "import kampungkb"
# Docstring examples assume their module's namespace, which Sphinx's doctest builder does not
# give them: the test suite runs every docstring example in its own module
# (tests/test_doctests.py) and every page's examples (tests/test_docs.py). The builder runs
# the explicit ``doctest`` directives.
doctest_test_doctest_blocks = ""


# ---------------------------------------------------------------------------
# The charts on the "Analysis and charts" page are drawn by the build, from the shipped
# examples, so they never go stale: each is written to docs/_generated/ (not committed)
# before the pages are read. Needs matplotlib (the docs extra installs it); no network.

CHARTS = {
    "pyramid-id.png": ("population_pyramid", "id"),
    "pyramid-en.png": ("population_pyramid", "en"),
    "methods-id.png": ("method_mix", "id"),
    "profile-en.png": ("classification_profile", "en"),
    "classes-id.png": ("classes_by_region", "id"),
    "participants-en.png": ("participants", "en"),
}


def _chart_subject(function: str) -> object:
    from kampungkb.examples import example_activities, example_history, pasuruan_city_workshop_2020
    from kampungkb.kampung import KampungClass, classify

    if function == "classification_profile":
        return classify(example_history(), example_activities())
    if function == "classes_by_region":  # an illustration: the example kampung among made-up neighbours
        result = classify(example_history(), example_activities())
        return {
            "Kecamatan A": [result, KampungClass.DASAR, KampungClass.DASAR, KampungClass.MANDIRI],
            "Kecamatan B": [KampungClass.BERKEMBANG, KampungClass.BERKEMBANG, KampungClass.DASAR],
            "Kecamatan C": [KampungClass.MANDIRI, KampungClass.BERKELANJUTAN],
        }
    if function == "participants":
        return pasuruan_city_workshop_2020()
    return example_history()


def draw_charts(app: object) -> None:
    """Draw each chart of CHARTS into docs/_generated/ (called when the builder starts)."""
    from pathlib import Path

    from kampungkb import charts

    folder = Path(__file__).resolve().parent / "_generated"
    folder.mkdir(exist_ok=True)
    for name, (function, lang) in CHARTS.items():
        extra = {"source": "ilustrasi dari contoh kampungkb"} if function == "classes_by_region" else {}
        figure = getattr(charts, function)(_chart_subject(function), lang=lang, **extra)
        figure.savefig(folder / name, dpi=90)


def setup(app: object) -> None:
    """Register the chart drawing with Sphinx."""
    app.connect("builder-inited", draw_charts)  # type: ignore[attr-defined]
