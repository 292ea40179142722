"""opskit: the ops team's CLI and shared helpers."""

__version__ = "0.14.2"
