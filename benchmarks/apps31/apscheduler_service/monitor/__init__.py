"""Infra monitoring & reporting service driven by APScheduler."""

__version__ = "0.9.3"
