"""DocIntel background processing."""

__version__ = "0.14.2"
