"""labelkit: batch data-labelling jobs."""

__version__ = "0.14.2"

__all__ = ["__version__"]
