"""Photo → vocabulary.  Gemini does the vision part; OpenAI as fallback."""
from __future__ import annotations

import base64
import io
import logging

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.types import Message
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from bot.clients import AIClients
from bot.services.storage import Student
from bot.prompts import PHOTO_PROMPT
from bot.utils import sanitize_html

router = Router(name="photo")
log = logging.getLogger(__name__)


@router.message(F.photo)
async def photo_vocabulary(message: Message, bot: Bot, student: Student, genai_client: genai.Client, ai: AIClients) -> None:
    await bot.send_chat_action(message.chat.id, ChatAction.TYPING)
    buf = io.BytesIO()
    await bot.download(message.photo[-1], destination=buf)
    image = buf.getvalue()
    prompt = PHOTO_PROMPT.format(language=student.target_language, level=student.level)
    if message.caption:
        prompt += f"\nThe learner adds: {message.caption}"
    try:
        response = await genai_client.aio.models.generate_content(
            model="gemini-2.0-flash",
            contents=[types.Part.from_bytes(data=image, mime_type="image/jpeg"), prompt],
            config=types.GenerateContentConfig(temperature=0.4, max_output_tokens=600),
        )
        text = response.text
    except genai_errors.APIError as exc:
        log.warning("gemini vision failed: %s", exc)
        text = await _describe_with_openai(ai, image, prompt)
    await message.reply(sanitize_html(text or "I couldn't recognise anything 🤷"))


async def _describe_with_openai(ai: AIClients, image: bytes, prompt: str) -> str:
    data_url = "data:image/jpeg;base64," + base64.b64encode(image).decode()
    response = await ai.openai.responses.create(
        model="gpt-4o-mini",
        input=[{
            "role": "user",
            "content": [
                {"type": "input_text", "text": prompt},
                {"type": "input_image", "image_url": data_url},
            ],
        }],
    )
    return response.output_text


@router.message(F.document.mime_type.startswith("image/"))
async def image_document(message: Message) -> None:
    await message.answer("Please send it as a photo, not as a file 📷")
