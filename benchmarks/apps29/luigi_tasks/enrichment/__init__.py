"""Back-catalogue enrichment pipeline (Luigi)."""

__version__ = "0.9.3"
