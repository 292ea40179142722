from __future__ import annotations

import inspect
import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from ptk_repl.ui import printing

Handler = Callable[..., Awaitable[None] | None]


@dataclass
class Command:
    name: str
    handler: Handler
    help: str
    aliases: tuple[str, ...] = ()
    raw: bool = False  # pass the unsplit argument string


COMMANDS: dict[str, Command] = {}


def command(name: str, *, aliases: tuple[str, ...] = (), raw: bool = False):
    def deco(fn: Handler) -> Handler:
        cmd = Command(name=name, handler=fn, help=inspect.getdoc(fn) or "", aliases=aliases, raw=raw)
        COMMANDS[name] = cmd
        for alias in aliases:
            COMMANDS[alias] = cmd
        return fn

    return deco


async def dispatch(state, line: str) -> bool:
    """Run a slash command. Returns False if the line was not a command."""
    if not line.startswith("/"):
        return False
    name, _, rest = line[1:].partition(" ")
    cmd = COMMANDS.get(name)
    if cmd is None:
        printing.error(f"unknown command /{name} (try /help)")
        return True
    args = [rest] if cmd.raw else shlex.split(rest)
    try:
        result = cmd.handler(state, *args)
        if inspect.isawaitable(result):
            await result
    except TypeError as exc:
        printing.error(f"/{name}: {exc}")
    except Exception as exc:  # keep the REPL alive
        printing.error(f"/{name} failed: {exc}")
    return True
