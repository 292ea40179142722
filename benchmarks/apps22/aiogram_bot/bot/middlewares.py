"""aiogram middlewares.  Registration order lives in bot/__main__.py."""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from aiogram import BaseMiddleware
from aiogram.types import Message, TelegramObject, User
from cachetools import TTLCache
from openai import AsyncOpenAI, OpenAIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clients import AIClients
from bot.services.storage import QuizRepo, StudentRepo

log = logging.getLogger(__name__)

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class ThrottlingMiddleware(BaseMiddleware):
    def __init__(self, rate: float = 0.7) -> None:
        self.cache: TTLCache[int, bool] = TTLCache(maxsize=10_000, ttl=rate)

    async def __call__(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Message) and event.from_user:
            if event.from_user.id in self.cache:
                return None
            self.cache[event.from_user.id] = True
        return await handler(event, data)


class DbSessionMiddleware(BaseMiddleware):
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def __call__(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        async with self.sessionmaker() as session:
            data["session"] = session
            data["students"] = StudentRepo(session)
            data["quizzes"] = QuizRepo(session)
            return await handler(event, data)


class StudentMiddleware(BaseMiddleware):
    """Loads (or registers) the student; must run after DbSessionMiddleware."""

    async def __call__(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        if user is not None and "students" in data:
            data["student"] = await data["students"].get_or_create(user.id, user.username)
        return await handler(event, data)


class AIClientsMiddleware(BaseMiddleware):
    """Puts the AI client bundle into handler data as ``ai``.

    Older handlers take ``openai_client`` etc. straight from workflow data;
    new code should use ``ai: AIClients``.  (Migration tracked in LP-412.)
    """

    def __init__(self, clients: AIClients) -> None:
        self.clients = clients

    async def __call__(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        data["ai"] = self.clients
        return await handler(event, data)


# Blocks abusive messages before they reach any LLM-backed handler.


class ModerationMiddleware(BaseMiddleware):
    def __init__(self, client: AsyncOpenAI, *, enabled: bool = True) -> None:
        self._client = client
        self.enabled = enabled

    async def __call__(
        self,
        handler: Handler,
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not self.enabled or not isinstance(event, Message):
            return await handler(event, data)
        text = event.text or event.caption
        if not text or text.startswith("/"):
            return await handler(event, data)
        try:
            result = await self._client.moderations.create(model="omni-moderation-latest", input=text)
        except OpenAIError:
            log.warning("moderation unavailable, letting message through", exc_info=True)
            return await handler(event, data)
        if result.results and result.results[0].flagged:
            categories = [k for k, v in result.results[0].categories.model_dump().items() if v]
            log.info("flagged message from %s: %s", event.from_user and event.from_user.id, categories)
            await event.answer("Let's keep our lessons friendly 🙂")
            return None
        return await handler(event, data)
