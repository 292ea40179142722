"""Document Q&A service."""

__version__ = "0.9.3"
