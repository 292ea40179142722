"""lexsearch: retrieval-augmented legal research service."""

from lexsearch.settings import Settings, settings

__all__ = ["Settings", "settings", "__version__"]

__version__ = "0.14.2"
