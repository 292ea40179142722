"""FastStream message workers for the data platform."""

__version__ = "0.9.3"
