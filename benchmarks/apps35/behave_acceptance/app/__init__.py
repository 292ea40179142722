"""Helix assistant application package.

The acceptance suite under ``features/`` drives these services end to end
against real provider sandboxes.
"""

__version__ = "2.7.1"
