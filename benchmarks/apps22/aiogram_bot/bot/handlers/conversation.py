"""Free conversation with the tutor (catch-all text router)."""
from __future__ import annotations

import asyncio
import logging

from aiogram import F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from openai import AsyncOpenAI

from bot.filters import TextLength
from bot.services.storage import Student
from bot.services.tutor import TutorService
from bot.states import Conversation
from bot.utils import sanitize_html, split_message

router = Router(name="conversation")
log = logging.getLogger(__name__)

SCENARIOS = {
    "cafe": "ordering at a café",
    "hotel": "checking into a hotel",
    "doctor": "a visit to the doctor",
    "interview": "a job interview",
}


@router.message(Command("chat"))
@router.message(F.text == "💬 Chat")
async def start_chat(message: Message, state: FSMContext, tutor: TutorService) -> None:
    tutor.reset(message.from_user.id)
    await state.set_state(Conversation.chatting)
    await message.answer("Let's talk! Write me anything. /end to finish and get a summary.")


@router.message(Command("end"), Conversation.chatting)
@router.message(Command("end"), Conversation.roleplay)
async def end_chat(message: Message, state: FSMContext, tutor: TutorService) -> None:
    await state.clear()
    summary = await tutor.summarize_session(message.from_user.id)
    tutor.reset(message.from_user.id)
    await message.answer(sanitize_html(summary) or "See you next time!")


@router.message(Command("roleplay"))
async def start_roleplay(message: Message, state: FSMContext, tutor: TutorService) -> None:
    key = (message.text or "").partition(" ")[2].strip() or "cafe"
    scenario = SCENARIOS.get(key, key)
    tutor.reset(message.from_user.id)
    await state.set_state(Conversation.roleplay)
    await state.update_data(scenario=scenario)
    await message.answer(f"🎭 Scenario: {scenario}. You start!")


@router.message(Conversation.roleplay, F.text)
async def roleplay_turn(message: Message, state: FSMContext, tutor: TutorService, student: Student) -> None:
    data = await state.get_data()
    draft = await message.answer("…")
    buffer = ""
    last_edit = 0.0
    loop = asyncio.get_running_loop()
    async for piece in tutor.stream_roleplay(message.from_user.id, data["scenario"], message.text, level=student.level):
        buffer += piece
        if loop.time() - last_edit > 1.2 and buffer.strip():
            await draft.edit_text(buffer)
            last_edit = loop.time()
    if buffer.strip():
        await draft.edit_text(buffer)


@router.message(Conversation.chatting, F.text, TextLength(max_len=1500))
async def chat_turn(message: Message, tutor: TutorService, student: Student) -> None:
    await message.bot.send_chat_action(message.chat.id, ChatAction.TYPING)
    answer = await tutor.reply(
        message.from_user.id, message.text, level=student.level, target_language=student.target_language
    )
    for chunk in split_message(sanitize_html(answer)):
        await message.answer(chunk)


@router.message(F.text, ~F.text.startswith("/"), TextLength(max_len=600))
async def quick_question(message: Message, openai_client: AsyncOpenAI, student: Student) -> None:
    """Outside of a session every message is a one-shot question to Pal."""
    await message.bot.send_chat_action(message.chat.id, ChatAction.TYPING)
    completion = await openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {
                "role": "system",
                "content": f"You answer short questions of a {student.level} learner of "
                           f"{student.target_language}. Reply in at most 3 sentences.",
            },
            {"role": "user", "content": message.text},
        ],
        max_tokens=250,
    )
    await message.answer(sanitize_html(completion.choices[0].message.content or "🤔"))
