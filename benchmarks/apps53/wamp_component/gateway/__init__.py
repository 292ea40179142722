"""WAMP LLM gateway."""

__version__ = "0.9.3"
