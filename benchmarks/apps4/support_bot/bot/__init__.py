"""Customer-support assistant for Slack and Discord."""

__version__ = "0.9.3"
