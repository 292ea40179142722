"""AI language server."""

__version__ = "0.3.0"
