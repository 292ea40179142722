"""Streaming enrichment for support tickets and product reviews."""

__version__ = "0.9.3"
