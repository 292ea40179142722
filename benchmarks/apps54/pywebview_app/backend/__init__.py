"""Backend services for the Notes desktop assistant."""

__version__ = "0.9.3"
