"""Lexbridge matter workspace API."""

__version__ = "2.14.0"
