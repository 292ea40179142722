"""Prompt playground + document summary studio."""

__version__ = "0.9.3"
