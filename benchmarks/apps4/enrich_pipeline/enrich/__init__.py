"""Catalog / company record enrichment pipeline."""

__version__ = "0.9.3"
