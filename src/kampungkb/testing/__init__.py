"""Tools for testing code that uses kampungkb (requires hypothesis).

Import :mod:`kampungkb.testing.strategies` for Hypothesis strategies of valid instances.
"""
