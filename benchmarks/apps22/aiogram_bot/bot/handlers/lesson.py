from __future__ import annotations

import asyncio
import logging

from aiogram import Dispatcher, F, Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.services.lesson_generator import LessonGenerator
from bot.services.storage import Student, StudentRepo

router = Router(name="lesson")
log = logging.getLogger(__name__)

TOPICS = ["food", "travel", "family", "work", "weather", "hobbies", "health", "shopping", "city", "nature"]


@router.message(Command("lesson"))
@router.message(F.text == "📚 Today's lesson")
async def todays_lesson(message: Message, student: Student, lessons: LessonGenerator) -> None:
    topic = TOPICS[message.date.toordinal() % len(TOPICS)]
    wait = await message.answer("Preparing your lesson… ⏳")
    try:
        lesson = await asyncio.to_thread(lessons.build_daily_lesson, student.level, student.target_language, topic)
    except Exception:
        log.exception("bedrock lesson failed, using claude")
        lesson = await lessons.build_with_claude(student.level, student.target_language, topic)
    await wait.edit_text(lesson.render())


@router.message(Command("story"))
async def story(message: Message, student: Student, lessons: LessonGenerator) -> None:
    words = (message.text or "").split()[1:] or ["Haus", "Katze", "Regen"]
    pieces = await asyncio.to_thread(lambda: list(lessons.stream_story(student.level, student.target_language, words)))
    await message.answer("".join(pieces) or "…")


@router.message(Command("wordoftheday"))
async def word_of_the_day(message: Message, student: Student, dispatcher: Dispatcher) -> None:
    client = dispatcher["genai_client"]
    parts: list[str] = []
    async for chunk in await client.aio.models.generate_content_stream(
        model="gemini-2.0-flash",
        contents=f"Pick one useful {student.target_language} word for a {student.level} learner. "
                 "Give the word, its meaning, a mnemonic and two example sentences.",
    ):
        if chunk.text:
            parts.append(chunk.text)
    await message.answer("".join(parts))


@router.message(Command("daily"))
async def toggle_daily(message: Message, student: Student, students: StudentRepo) -> None:
    await students.update(student, daily_lessons=not student.daily_lessons)
    state = "on" if student.daily_lessons else "off"
    await message.answer(f"Daily lessons are now {state}.")
