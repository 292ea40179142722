"""Product crawler: Crawlee + LLM enrichment."""

__version__ = "0.7.2"
