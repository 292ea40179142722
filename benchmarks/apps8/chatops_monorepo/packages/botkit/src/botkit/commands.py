from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Awaitable, Callable, Optional

from botkit.context import CommandContext
from botkit.errors import CommandNotFound

logger = logging.getLogger(__name__)

Handler = Callable[[CommandContext], Awaitable[None]]


@dataclass
class Command:
    name: str
    handler: Handler
    help: str = ""
    platforms: tuple[str, ...] = ("slack", "discord")
    hidden: bool = False


class CommandRegistry:
    def __init__(self) -> None:
        self._commands: dict[str, Command] = {}

    def register(self, cmd: Command) -> None:
        if cmd.name in self._commands:
            logger.warning("command %s registered twice, keeping the last one", cmd.name)
        self._commands[cmd.name] = cmd

    def get(self, name: str) -> Command:
        try:
            return self._commands[name]
        except KeyError:
            raise CommandNotFound(name) from None

    def for_platform(self, platform: str) -> list[Command]:
        return [c for c in self._commands.values() if platform in c.platforms]

    async def dispatch(self, name: str, ctx: CommandContext) -> None:
        cmd = self.get(name)
        if ctx.platform not in cmd.platforms:
            raise CommandNotFound(name)
        logger.info("dispatch %s user=%s channel=%s", name, ctx.user_id, ctx.channel_id)
        await cmd.handler(ctx)


registry = CommandRegistry()


def command(
    name: str,
    help: str = "",
    platforms: Optional[tuple[str, ...]] = None,
    hidden: bool = False,
) -> Callable[[Handler], Handler]:
    """Register an async handler with the global registry.

    @command("ask", help="Ask the bot a question")
    async def ask(ctx): ...
    """

    def decorator(fn: Handler) -> Handler:
        registry.register(
            Command(
                name=name,
                handler=fn,
                help=help or (fn.__doc__ or "").strip().splitlines()[0] if (help or fn.__doc__) else "",
                platforms=platforms or ("slack", "discord"),
                hidden=hidden,
            )
        )
        return fn

    return decorator
