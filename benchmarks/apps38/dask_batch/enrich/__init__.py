"""Batch LLM enrichment on Dask."""

__version__ = "0.9.3"
