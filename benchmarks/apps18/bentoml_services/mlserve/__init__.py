"""Shared code for the ML platform BentoML services."""

from mlserve.config import Settings, get_settings

__all__ = ["Settings", "get_settings"]
__version__ = "0.14.2"
