"""Catalog & support enrichment code location."""

__version__ = "0.14.2"
