"""Charts: the programme's pictures of the records, as matplotlib figures with Indonesian or English labels.

Each function returns a :class:`matplotlib.figure.Figure` drawn on matplotlib's Agg canvas
(no display and no pyplot state needed), titled, with the source in its caption; save it
with ``figure.savefig("pyramid.png")`` (or ``.svg``). They need ``kampungkb[plot]`` and
import matplotlib on first use::

    >>> from kampungkb.examples import example_history
    >>> figure = population_pyramid(example_history(), lang="en")
    >>> figure.axes[0].get_ylabel()
    'Age group'

See the guide "Analysis and charts" (``docs/analysis.md``).
"""

from ._charts import LANGUAGES, classes_by_region, classification_profile, method_mix, participants, population_pyramid

__all__ = [
    "LANGUAGES",
    "classes_by_region",
    "classification_profile",
    "method_mix",
    "participants",
    "population_pyramid",
]
