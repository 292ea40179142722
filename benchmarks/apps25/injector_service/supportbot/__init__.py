"""Ledgerline support assistant."""

__version__ = "0.9.3"
