"""Lumen community bot."""

__version__ = "1.9.2"
