"""Telegram update handlers."""
from __future__ import annotations

import functools
import logging
from typing import Awaitable, Callable, List

from telegram import Update
from telegram.ext import BaseHandler, ContextTypes

from tutorbot.db.models import User
from tutorbot.db.repository import UserRepository
from tutorbot.db.session import session_scope

log = logging.getLogger(__name__)

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


async def load_user(update: Update) -> "User | None":
    tg_user = update.effective_user
    if tg_user is None:
        return None
    async with session_scope() as session:
        return await UserRepository(session).get(tg_user.id)


def requires_user(handler: Handler) -> Handler:
    """Ask people who skipped onboarding to /start first."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = await load_user(update)
        if user is None:
            if update.effective_message:
                await update.effective_message.reply_text("Hi! Send /start to set up your practice first.")
            return
        context.user_data["user"] = user
        await handler(update, context)

    return wrapper


def history(context: ContextTypes.DEFAULT_TYPE) -> list:
    return context.user_data.setdefault("history", [])


def remember(context: ContextTypes.DEFAULT_TYPE, role: str, content: str, keep: int = 40) -> None:
    h = history(context)
    h.append({"role": role, "content": content})
    del h[:-keep]


def all_handlers() -> List[BaseHandler]:
    from tutorbot.handlers import admin, chat, quiz, start, voice

    return [
        *start.handlers(),
        *quiz.handlers(),
        *admin.handlers(),
        *voice.handlers(),
        *chat.handlers(),  # last: catches plain text
    ]
