"""Hikari – the community assistant bot."""

__version__ = "0.9.3"
