"""Scientific data assistant built on trame."""

__version__ = "0.7.2"
