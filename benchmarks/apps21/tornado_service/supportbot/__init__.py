"""Helpdesk assistant backend (Tornado)."""

__version__ = "3.4.2"
