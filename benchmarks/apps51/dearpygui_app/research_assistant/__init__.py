"""Research assistant desktop app."""

__version__ = "0.7.2"
