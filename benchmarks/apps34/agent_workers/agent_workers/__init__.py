"""Agent worker fleet."""

__version__ = "0.9.3"
