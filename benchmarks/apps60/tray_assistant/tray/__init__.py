"""Tray assistant: a small desktop helper living in the system tray."""

__version__ = "0.9.2"
