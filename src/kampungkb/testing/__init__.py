"""Tools for testing code that uses kampungkb (requires hypothesis: ``pip install 'kampungkb[hypothesis]'``).

Import :mod:`kampungkb.testing.strategies` for Hypothesis strategies of valid instances;
without Hypothesis, importing it raises :class:`ModuleNotFoundError` saying which extra
to install.
"""
