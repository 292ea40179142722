"""Kernel-side helpers (importable from notebook code)."""
from .helper import describe_dataframe, suggest_plot, translate_cell

__all__ = ["describe_dataframe", "suggest_plot", "translate_cell"]
