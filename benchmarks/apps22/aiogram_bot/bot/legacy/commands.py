"""Commands ported 1:1 from the aiogram 2 bot."""
from __future__ import annotations

import asyncio

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.legacy import cohere_v1, gemini_helper, old_tutor

router = Router(name="legacy")


@router.message(Command("legacy_chat"))
async def legacy_chat(message: Message, command: CommandObject) -> None:
    if not command.args:
        await message.answer("Usage: /legacy_chat <sentence>")
        return
    corrected = await asyncio.to_thread(old_tutor.correct_sentence, command.args)
    await message.answer(corrected)


@router.message(Command("idiom"))
async def idiom(message: Message, command: CommandObject) -> None:
    await message.answer(await gemini_helper.explain_idiom(command.args or "Tomaten auf den Augen haben", "German"))


@router.message(Command("starters"))
async def starters(message: Message) -> None:
    questions = await asyncio.to_thread(cohere_v1.conversation_starters, "German", "A2")
    await message.answer("\n".join(f"• {q}" for q in questions))
