"""docsbot - LLM helpers for the documentation team."""

__version__ = "0.9.3"
