"""Inference gateway package."""

__version__ = "0.9.3"
