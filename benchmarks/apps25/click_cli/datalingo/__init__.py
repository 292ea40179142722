"""datalingo - LLM helpers for the data team's dataset chores."""

__version__ = "0.9.3"

__all__ = ["__version__"]
