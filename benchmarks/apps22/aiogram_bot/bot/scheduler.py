"""APScheduler jobs.  They run outside of aiogram's update cycle, so they get
their dependencies as kwargs (see setup_scheduler) instead of from handler data."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from google import genai
from google.genai import types
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clients import get_openai_sync
from bot.config import Settings
from bot.handlers.lesson import TOPICS
from bot.services.lesson_generator import Lesson, LessonGenerator
from bot.services.storage import QuizResult, Student, StudentRepo
from bot.services.vocabulary import VocabularyService

log = logging.getLogger(__name__)


async def send_daily_lessons(bot: Bot, sessionmaker: async_sessionmaker[AsyncSession], lessons: LessonGenerator) -> None:
    topic = TOPICS[dt.date.today().toordinal() % len(TOPICS)]
    async with sessionmaker() as session:
        students = await StudentRepo(session).subscribed()
    cache: dict[tuple[str, str], Lesson] = {}
    for student in students:
        key = (student.level, student.target_language)
        if key not in cache:
            try:
                cache[key] = await asyncio.to_thread(lessons.build_daily_lesson, student.level, student.target_language, topic)
            except Exception:
                log.exception("lesson generation failed for %s", key)
                continue
        try:
            await bot.send_message(student.id, cache[key].render())
        except TelegramForbiddenError:
            log.info("student %s blocked the bot", student.id)
        except TelegramAPIError:
            log.exception("failed to deliver lesson to %s", student.id)
        await asyncio.sleep(0.04)
    log.info("daily lessons: %d students, %d variants", len(students), len(cache))


async def streak_reminders(bot: Bot, sessionmaker: async_sessionmaker[AsyncSession], genai_client: genai.Client) -> None:
    async with sessionmaker() as session:
        students = await StudentRepo(session).subscribed()
    languages = {s.target_language for s in students if s.streak >= 3}
    tips: dict[str, str] = {}
    for language in languages:
        response = await genai_client.aio.models.generate_content(
            model="gemini-2.0-flash",
            contents=f"Write a one-sentence motivating reminder in {language} to keep a learning streak alive. "
                     "Add an emoji.",
            config=types.GenerateContentConfig(temperature=1.0, candidate_count=1),
        )
        tips[language] = (response.text or "").strip()
    for student in students:
        if student.streak < 3:
            continue
        text = tips.get(student.target_language) or random.choice(["Don't break the streak! 🔥", "5 minutes today? 📚"])
        try:
            await bot.send_message(student.id, f"{text}\n\n🔥 {student.streak} days")
        except TelegramAPIError:
            pass


async def refresh_vocabulary_index(vocabulary: VocabularyService) -> None:
    vocabulary.load()
    await vocabulary.build_index()


def _teacher_summary(rows: list[tuple[str, int, float]]) -> str:
    # written before multi_model_service existed; runs in a worker thread
    table = "\n".join(f"{topic}: {count} quizzes, avg {avg:.1f}/5" for topic, count, avg in rows)
    completion = get_openai_sync().chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You write weekly summaries for language teachers."},
            {"role": "user", "content": f"Summarize which topics students struggle with:\n{table}"},
        ],
    )
    return completion.choices[0].message.content


async def weekly_teacher_report(bot: Bot, sessionmaker: async_sessionmaker[AsyncSession], admin_ids: list[int]) -> None:
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=7)
    async with sessionmaker() as session:
        results = list(await session.scalars(select(QuizResult).where(QuizResult.id > 0)))
        _ = since, Student  # TODO: filter by created_at once quiz_results has it
    by_topic: dict[str, list[int]] = {}
    for r in results:
        by_topic.setdefault(r.topic, []).append(r.score)
    rows = [(t, len(s), sum(s) / len(s)) for t, s in sorted(by_topic.items(), key=lambda kv: -len(kv[1]))[:20]]
    if not rows:
        return
    summary = await asyncio.get_running_loop().run_in_executor(None, _teacher_summary, rows)
    for admin_id in admin_ids:
        await bot.send_message(admin_id, f"<b>Weekly report</b>\n{summary}")


def setup_scheduler(bot: Bot, settings: Settings, deps: dict[str, Any]) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone=settings.daily_lesson_timezone)
    scheduler.add_job(
        send_daily_lessons,
        CronTrigger(hour=settings.daily_lesson_hour, minute=0),
        kwargs={"bot": bot, "sessionmaker": deps["sessionmaker"], "lessons": deps["lessons"]},
        id="daily_lessons",
        replace_existing=True,
        misfire_grace_time=3600,
    )
    scheduler.add_job(
        streak_reminders,
        CronTrigger(hour=19, minute=30),
        kwargs={"bot": bot, "sessionmaker": deps["sessionmaker"], "genai_client": deps["genai_client"]},
        id="streak_reminders",
    )
    scheduler.add_job(
        refresh_vocabulary_index,
        CronTrigger(hour=3),
        kwargs={"vocabulary": deps["vocabulary"]},
        id="vocab_index",
    )
    scheduler.add_job(
        weekly_teacher_report,
        CronTrigger(day_of_week="mon", hour=7),
        kwargs={"bot": bot, "sessionmaker": deps["sessionmaker"], "admin_ids": settings.admin_ids},
        id="teacher_report",
    )
    return scheduler
