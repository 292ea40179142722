"""Chainlit event handlers. Importing this package registers the callbacks."""
from copilot.handlers import actions, audio, lifecycle, messages  # noqa: F401
