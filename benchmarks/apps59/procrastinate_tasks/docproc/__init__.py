"""Document processing backend."""

__version__ = "0.9.3"
