"""Minutes Mate - meeting notes assistant."""

__version__ = "0.7.2"
