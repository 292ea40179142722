"""Slash commands.

Importing the submodules registers their commands in COMMANDS.
"""
from .base import COMMANDS, Command, command, dispatch

from . import chat, media, misc, models, search  # noqa: E402,F401

__all__ = ["COMMANDS", "Command", "command", "dispatch"]
