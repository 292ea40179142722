"""Lingo Desk tutor package."""

__version__ = "0.9.3"
