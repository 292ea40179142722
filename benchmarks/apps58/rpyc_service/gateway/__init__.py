"""Internal LLM gateway exposed over RPyC."""

__version__ = "0.9.3"
