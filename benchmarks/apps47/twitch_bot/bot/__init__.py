"""Twitch chat assistant bot."""

__version__ = "0.7.2"
