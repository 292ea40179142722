"""botkit: shared plumbing for the ChatOps bots."""

from botkit.commands import CommandRegistry, command, registry
from botkit.config import Settings, get_settings
from botkit.context import CommandContext

__all__ = [
    "CommandContext",
    "CommandRegistry",
    "Settings",
    "command",
    "get_settings",
    "registry",
]

__version__ = "0.14.2"
