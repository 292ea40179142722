"""Back-office Temporal workers."""

__version__ = "0.14.2"
