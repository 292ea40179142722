"""PriceWatch crawler package."""

__version__ = "0.14.2"
