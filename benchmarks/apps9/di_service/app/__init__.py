"""Support assistant backend."""

__version__ = "2.7.3"
