"""LinguaPal Telegram tutor bot."""

__version__ = "2.7.1"
