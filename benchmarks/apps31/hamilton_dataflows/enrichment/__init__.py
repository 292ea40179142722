"""Document enrichment dataflows (Apache Hamilton)."""

__version__ = "0.9.3"
