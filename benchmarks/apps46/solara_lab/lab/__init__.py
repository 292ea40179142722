"""Solara data-exploration lab."""

__version__ = "0.7.2"
