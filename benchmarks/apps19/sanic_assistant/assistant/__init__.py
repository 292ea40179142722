"""Customer assistant API."""

__version__ = "0.14.2"
