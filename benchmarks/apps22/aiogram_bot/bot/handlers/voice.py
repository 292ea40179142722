"""Voice notes: pronunciation drills and spoken conversation."""
from __future__ import annotations

import io
import logging
import random

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, Message

from bot.clients import AIClients
from bot.config import get_settings
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.services.speech import SpeechService
from bot.services.storage import Student
from bot.states import PronunciationDrill
from bot.utils import ogg_to_mp3
from bot.prompts import PRONUNCIATION_PROMPT

router = Router(name="voice")
log = logging.getLogger(__name__)

DRILL_SENTENCES = {
    "de": ["Ich hätte gern ein Brötchen.", "Wie spät ist es?", "Das Eichhörnchen frisst Nüsse."],
    "fr": ["Je voudrais un croissant.", "Où est la gare ?", "Les chaussettes de l'archiduchesse."],
    "es": ["Me gustaría un café con leche.", "¿Dónde está el baño?", "El perro de Rosa y Roque."],
    "en": ["I would like a cup of tea.", "The weather is lovely today.", "She sells seashells."],
}


async def _download_voice(bot: Bot, message: Message) -> bytes:
    buf = io.BytesIO()
    await bot.download(message.voice, destination=buf)
    return buf.getvalue()


@router.message(Command("pronounce"))
@router.message(F.text == "🗣 Pronunciation")
async def start_drill(message: Message, state: FSMContext, student: Student, speech: SpeechService) -> None:
    sentence = random.choice(DRILL_SENTENCES.get(student.target_language, DRILL_SENTENCES["en"]))
    await state.set_state(PronunciationDrill.waiting_voice)
    await state.update_data(expected=sentence)
    audio = await speech.synthesize(sentence, speed=0.85)
    await message.answer_voice(BufferedInputFile(audio, filename="sample.ogg"), caption=f"Repeat after me:\n<b>{sentence}</b>")


@router.message(PronunciationDrill.waiting_voice, F.voice)
async def drill_answer(message: Message, bot: Bot, state: FSMContext, student: Student, ai: AIClients) -> None:
    data = await state.get_data()
    expected = data.get("expected", "")
    if message.voice.duration > 30:
        await message.answer("That's a bit long — just the sentence, please 🙂")
        return
    await bot.send_chat_action(message.chat.id, ChatAction.TYPING)
    raw = await _download_voice(bot, message)
    transcript = await ai.openai.audio.transcriptions.create(
        model=get_settings().whisper_model,
        file=("drill.mp3", await ogg_to_mp3(raw)),
        language=student.target_language,
        prompt=expected,
    )
    heard = transcript.text.strip()
    feedback = await ai.anthropic.messages.create(
        model=get_settings().anthropic_model,
        max_tokens=400,
        messages=[{
            "role": "user",
            "content": PRONUNCIATION_PROMPT.format(
                level=student.level, language=student.target_language, expected=expected, heard=heard
            ),
        }],
    )
    await state.clear()
    await message.answer(f"I heard: <i>{heard}</i>\n\n{feedback.content[0].text}")


@router.message(F.voice)
async def spoken_conversation(message: Message, bot: Bot, student: Student, speech: SpeechService) -> None:
    if message.voice.duration > get_settings().max_voice_seconds:
        await message.answer("Voice notes up to 2 minutes, please.")
        return
    await bot.send_chat_action(message.chat.id, ChatAction.RECORD_VOICE)
    raw = await _download_voice(bot, message)
    text = await speech.transcribe(raw, language=student.target_language)
    if not text:
        await message.answer("I couldn't hear anything 🙉")
        return
    reply = await multi_model_service.generate_response(
        prompt=text,
        task_type="voice_chat",
        complexity=TaskComplexity.SIMPLE,
        system=f"You are a {student.target_language} tutor. The learner ({student.level}) is speaking to you. "
               "Reply with 1-2 short spoken sentences.",
        max_tokens=150,
    )
    audio = await speech.synthesize(reply)
    await message.answer_voice(BufferedInputFile(audio, filename="reply.ogg"), caption=reply[:1000])


@router.message(F.audio | F.video_note)
async def other_audio(message: Message, bot: Bot, speech: SpeechService) -> None:
    media = message.audio or message.video_note
    buf = io.BytesIO()
    await bot.download(media, destination=buf)
    english = await speech.translate_to_english(buf.getvalue(), filename="media.mp4")
    await message.answer(f"🇬🇧 {english}")
