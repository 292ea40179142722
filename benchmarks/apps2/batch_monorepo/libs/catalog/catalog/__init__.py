"""Catalogue enrichment library."""

__version__ = "2.3.0"
