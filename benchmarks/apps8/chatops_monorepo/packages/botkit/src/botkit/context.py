from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Optional


Reply = Callable[[str], Awaitable[Any]]


@dataclass
class CommandContext:
    """Platform-neutral view of an incoming command."""

    platform: str  # "slack" | "discord"
    user_id: str
    channel_id: str
    text: str
    reply: Reply
    thread_id: Optional[str] = None
    user_name: str = ""
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def args(self) -> list[str]:
        return self.text.split()
