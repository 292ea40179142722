"""Batch LLM enrichment jobs."""

__version__ = "0.9.3"
