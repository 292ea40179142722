"""Lingo — language tutoring Telegram bot."""

__version__ = "0.9.3"
