"""Review enrichment stream processors (Quix Streams)."""

__version__ = "0.9.3"
