"""Shared code for the marketplace Prefect flows."""

__version__ = "0.14.2"
