"""Copy Studio - internal marketing copy workbench."""

__version__ = "0.9.3"
