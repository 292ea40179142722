"""Catalogue Enrichment Kedro project."""

__version__ = "0.4.2"
