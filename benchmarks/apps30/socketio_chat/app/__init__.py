"""Realtime support chat backend (python-socketio + aiohttp)."""

__version__ = "0.14.2"
