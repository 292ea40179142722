"""Daily practice reminders, one JobQueue job per user."""
from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram.error import Forbidden
from telegram.ext import Application, ContextTypes

from tutorbot.config import get_settings
from tutorbot.db.models import User
from tutorbot.db.repository import UserRepository
from tutorbot.db.session import session_scope
from tutorbot.llm import prompts
from tutorbot.llm.clients import get_openai_client

log = logging.getLogger(__name__)

FALLBACK_TEXT = "⏰ Time for a few minutes of practice! Send me a message or a voice note."


def _job_name(telegram_id: int) -> str:
    return f"reminder:{telegram_id}"


def _tz(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone.utc


def schedule_for_user(application: Application, user: User) -> None:
    jq = application.job_queue
    for job in jq.get_jobs_by_name(_job_name(user.telegram_id)):
        job.schedule_removal()
    if not user.reminders_enabled:
        return
    jq.run_daily(
        send_reminder,
        time=dt.time(hour=user.reminder_hour, minute=0, tzinfo=_tz(user.timezone)),
        name=_job_name(user.telegram_id),
        chat_id=user.telegram_id,
        user_id=user.telegram_id,
    )


async def schedule_all(application: Application) -> None:
    async with session_scope() as session:
        users = await UserRepository(session).with_reminders()
    for user in users:
        schedule_for_user(application, user)
    log.info("scheduled %d reminders", len(users))


async def _nudge_text(user: User) -> str:
    try:
        resp = await get_openai_client().responses.create(
            model=get_settings().default_chat_model,
            instructions="You write short, varied, friendly practice reminders for a language app.",
            input=prompts.REMINDER_NUDGE.format(
                target=prompts.lang_name(user.target_language),
                native=prompts.lang_name(user.native_language),
                level=user.level,
                name=user.first_name or "friend",
                streak=user.streak_days,
            ),
            max_output_tokens=120,
            temperature=1.0,
        )
    except Exception:
        log.exception("reminder generation failed for %s", user.telegram_id)
        return FALLBACK_TEXT
    return resp.output_text.strip() or FALLBACK_TEXT


async def send_reminder(context: ContextTypes.DEFAULT_TYPE) -> None:
    telegram_id = context.job.chat_id
    async with session_scope() as session:
        user = await UserRepository(session).get(telegram_id)
    if user is None or not user.reminders_enabled:
        context.job.schedule_removal()
        return
    now = dt.datetime.now(dt.timezone.utc)
    if user.last_practice_at and user.last_practice_at.date() == now.date():
        return  # already practised today
    text = await _nudge_text(user)
    try:
        await context.bot.send_message(chat_id=telegram_id, text=text)
    except Forbidden:
        # user blocked the bot
        log.info("disabling reminders for %s (blocked)", telegram_id)
        async with session_scope() as session:
            await UserRepository(session).update_settings(telegram_id, reminders_enabled=False)
        context.job.schedule_removal()
