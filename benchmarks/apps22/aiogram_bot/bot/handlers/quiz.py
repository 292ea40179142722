from __future__ import annotations

import json
import logging

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from openai import AsyncOpenAI

from bot.keyboards import quiz_options_kb
from bot.services.storage import QuizRepo, Student
from bot.states import Quiz
from bot.prompts import QUIZ_PROMPT
from bot.utils import async_retry

router = Router(name="quiz")
log = logging.getLogger(__name__)


@async_retry(attempts=2, exceptions=(json.JSONDecodeError, KeyError))
async def generate_quiz(client: AsyncOpenAI, *, language: str, level: str, topic: str) -> list[dict]:
    response = await client.chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "You write language quizzes. Output JSON only."},
            {"role": "user", "content": QUIZ_PROMPT.format(language=language, level=level, topic=topic)},
        ],
        response_format={"type": "json_object"},
        temperature=0.8,
    )
    questions = json.loads(response.choices[0].message.content)["questions"]
    return [q for q in questions if len(q.get("options", [])) == 4][:5]


@router.message(Command("quiz"))
@router.message(F.text == "🎯 Quiz")
async def choose_topic(message: Message, state: FSMContext) -> None:
    await state.set_state(Quiz.choosing_topic)
    await message.answer("Topic? (e.g. food, travel, past tense)")


@router.message(Quiz.choosing_topic, F.text)
async def start_quiz(message: Message, state: FSMContext, student: Student, deepseek_client: AsyncOpenAI) -> None:
    topic = message.text.strip()[:100]
    try:
        questions = await generate_quiz(
            deepseek_client, language=student.target_language, level=student.level, topic=topic
        )
    except Exception:
        log.exception("quiz generation failed")
        await state.clear()
        await message.answer("Couldn't make a quiz right now, try again later.")
        return
    await state.set_state(Quiz.answering)
    await state.update_data(topic=topic, questions=questions, current=0, score=0)
    await _send_question(message, questions[0], 0)


async def _send_question(message: Message, question: dict, idx: int) -> None:
    await message.answer(f"<b>{idx + 1}/5</b> {question['question']}", reply_markup=quiz_options_kb(question["options"]))


@router.callback_query(Quiz.answering, F.data.startswith("quiz:"))
async def answer(call: CallbackQuery, state: FSMContext, student: Student, quizzes: QuizRepo) -> None:
    data = await state.get_data()
    questions, current, score = data["questions"], data["current"], data["score"]
    chosen = int(call.data.split(":")[1])
    correct = questions[current]["answer"]
    if chosen == correct:
        score += 1
        await call.answer("✅ Correct!")
    else:
        await call.answer(f"❌ {questions[current]['options'][correct]}", show_alert=True)
    current += 1
    if current >= len(questions):
        await quizzes.create(student.id, data["topic"], score, json.dumps(questions, ensure_ascii=False))
        await state.clear()
        await call.message.answer(f"Done! Score: {score}/{len(questions)} 🎉")
        return
    await state.update_data(current=current, score=score)
    await _send_question(call.message, questions[current], current)
