"""LLM gateway service."""

__version__ = "2.7.1"
