"""Customer portal package (CherryPy)."""

__version__ = "2.7.1"
