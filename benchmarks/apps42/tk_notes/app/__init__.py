"""tk_notes application package."""

__version__ = "0.9.3"
