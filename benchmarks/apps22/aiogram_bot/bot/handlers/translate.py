from __future__ import annotations

import logging

import cohere
from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.config import get_settings
from bot.services import translation
from bot.services.storage import Student
from bot.services.vocabulary import VocabularyService
from bot.utils import sanitize_html

router = Router(name="translate")
log = logging.getLogger(__name__)


@router.message(Command("translate"))
async def cmd_translate(message: Message, command: CommandObject, student: Student) -> None:
    if not command.args:
        await message.answer("Usage: /translate <text>")
        return
    result = await translation.translate(command.args, student.native_language, student.target_language)
    await message.answer(result)


@router.message(Command("nuance"))
async def cmd_nuance(message: Message, command: CommandObject, student: Student) -> None:
    if not command.args:
        await message.answer("Usage: /nuance <phrase>")
        return
    await message.answer(sanitize_html(await translation.explain_nuance(command.args, student.target_language)))


@router.message(Command("words"))
async def cmd_words(message: Message, command: CommandObject, student: Student, vocabulary: VocabularyService) -> None:
    query = command.args or "everyday objects"
    words = await vocabulary.search(query, level=student.level)
    if not words:
        await message.answer("No words found.")
        return
    await message.answer("\n".join(f"• <b>{w.lemma}</b> — {w.translation}\n  <i>{w.example}</i>" for w in words))


@router.message(Command("example"))
async def cmd_example(message: Message, command: CommandObject, student: Student, cohere_client: cohere.AsyncClientV2) -> None:
    """Three example sentences for a word, via Cohere (cheap, multilingual)."""
    word = (command.args or "").strip()
    if not word:
        await message.answer("Usage: /example <word>")
        return
    response = await cohere_client.chat(
        model=get_settings().cohere_chat_model,
        messages=[
            {"role": "system", "content": "You give example sentences for language learners."},
            {
                "role": "user",
                "content": f"Give 3 short {student.level}-level example sentences in {student.target_language} "
                           f"using '{word}', each followed by an English translation in brackets.",
            },
        ],
        temperature=0.5,
    )
    await message.answer(sanitize_html(response.message.content[0].text))
