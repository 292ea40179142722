"""Shared helpers for the marketing tools workbench."""

__version__ = "0.9.2"
