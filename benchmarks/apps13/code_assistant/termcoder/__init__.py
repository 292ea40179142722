"""termcoder: AI pair programming in your terminal."""

__version__ = "0.14.2"

__all__ = ["__version__"]
