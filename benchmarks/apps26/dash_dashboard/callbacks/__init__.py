"""App-level callbacks (navbar, shared stores) and background jobs.

Page-specific callbacks live in their page module with ``@callback``; the
ones here need the ``app`` object, so they are registered explicitly.
"""
from callbacks import background  # noqa: F401  (registers @callback background jobs)
from callbacks.shared import register_callbacks

__all__ = ["register_callbacks"]
