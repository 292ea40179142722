from __future__ import annotations

from typing import Any

from aiogram.filters import BaseFilter
from aiogram.types import CallbackQuery, Message

from bot.config import get_settings
from bot.keyboards import LEVELS


class IsAdmin(BaseFilter):
    async def __call__(self, event: Message | CallbackQuery) -> bool:
        user = event.from_user
        return user is not None and user.id in get_settings().admin_ids


class LevelFilter(BaseFilter):
    """Passes if the student's CEFR level (put in data by StudentMiddleware) is in range."""

    def __init__(self, min_level: str = "A1", max_level: str = "C2") -> None:
        self.allowed = LEVELS[LEVELS.index(min_level): LEVELS.index(max_level) + 1]

    async def __call__(self, message: Message, student: Any = None) -> bool | dict[str, Any]:
        if student is None:
            return False
        return {"level": student.level} if student.level in self.allowed else False


class TextLength(BaseFilter):
    def __init__(self, min_len: int = 1, max_len: int = 2000) -> None:
        self.min_len = min_len
        self.max_len = max_len

    async def __call__(self, message: Message) -> bool:
        text = message.text or message.caption or ""
        return self.min_len <= len(text) <= self.max_len
