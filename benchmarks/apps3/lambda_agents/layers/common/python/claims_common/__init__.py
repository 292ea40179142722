"""Shared code for the claims assistant Lambda functions (deployed as a layer)."""

__version__ = "1.8.2"
