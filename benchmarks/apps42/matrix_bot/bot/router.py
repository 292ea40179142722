"""Maps ``!command`` to handler coroutines."""
from __future__ import annotations

import logging
import shlex
from dataclasses import dataclass
from typing import Awaitable, Callable

log = logging.getLogger(__name__)

Handler = Callable[..., Awaitable[None]]


@dataclass
class Command:
    name: str
    handler: Handler
    help: str = ""
    admin_only: bool = False
    aliases: tuple[str, ...] = ()
    uses_llm: bool = True


class CommandRouter:
    def __init__(self, prefix: str = "!"):
        self.prefix = prefix
        self._commands: dict[str, Command] = {}

    def command(self, name: str, help: str = "", admin_only: bool = False, aliases=(), uses_llm: bool = True):
        def decorator(fn: Handler) -> Handler:
            self.register(Command(name, fn, help, admin_only, tuple(aliases), uses_llm))
            return fn

        return decorator

    def register(self, cmd: Command) -> None:
        for key in (cmd.name, *cmd.aliases):
            if key in self._commands:
                log.warning("command %s registered twice, overriding", key)
            self._commands[key] = cmd

    def parse(self, body: str) -> tuple[str, str] | None:
        if not body.startswith(self.prefix):
            return None
        head, _, rest = body[len(self.prefix):].partition(" ")
        if not head:
            return None
        return head.lower(), rest.strip()

    def resolve(self, name: str) -> Command | None:
        return self._commands.get(name)

    def commands(self) -> list[Command]:
        seen, out = set(), []
        for cmd in self._commands.values():
            if cmd.name not in seen:
                seen.add(cmd.name)
                out.append(cmd)
        return sorted(out, key=lambda c: c.name)


def split_flags(args: str) -> tuple[dict[str, str], str]:
    """``--p claude --t 0.2 rest of text`` -> ({'p': 'claude', 't': '0.2'}, 'rest of text')"""
    try:
        parts = shlex.split(args)
    except ValueError:
        return {}, args
    flags: dict[str, str] = {}
    i = 0
    while i < len(parts) and parts[i].startswith("--"):
        key = parts[i][2:]
        if i + 1 < len(parts):
            flags[key] = parts[i + 1]
            i += 2
        else:
            flags[key] = "1"
            i += 1
    return flags, " ".join(parts[i:])


# the global router that bot/commands/* register onto
router = CommandRouter()
