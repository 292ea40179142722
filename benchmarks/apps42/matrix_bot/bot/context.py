"""What a command handler gets to work with."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nio import MatrixRoom, RoomMessageText

if TYPE_CHECKING:
    from bot.client import Bot


@dataclass
class CommandContext:
    bot: "Bot"
    room: MatrixRoom
    event: RoomMessageText
    command: str
    args: str

    @property
    def sender(self) -> str:
        return self.event.sender

    @property
    def room_id(self) -> str:
        return self.room.room_id

    @property
    def display_name(self) -> str:
        return self.room.user_name(self.event.sender) or self.event.sender

    async def reply(self, text: str, markdown: bool = True) -> str | None:
        return await self.bot.send_text(self.room_id, text, reply_to=self.event.event_id, markdown=markdown)

    async def react(self, key: str) -> None:
        await self.bot.react(self.room_id, self.event.event_id, key)
