"""LexBrief API package."""

__version__ = "0.14.2"
