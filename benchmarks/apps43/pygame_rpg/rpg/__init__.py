"""Emberfall: a tiny RPG where the villagers have opinions."""

__version__ = "0.7.2"
