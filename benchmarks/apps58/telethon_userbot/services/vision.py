"""Image description: Gemini first, OpenAI vision as fallback."""
from __future__ import annotations

import asyncio
import base64
import functools
import logging
from typing import Any

from google.genai import types

from config import settings
from core import prompts
from core.clients import get_genai_client

log = logging.getLogger(__name__)


def _describe_with_gemini(data: bytes, mime: str) -> str:
    generate = functools.partial(
        get_genai_client().models.generate_content,
        model=settings.gemini_model,
        config=types.GenerateContentConfig(temperature=0.2),
    )
    response = generate(
        contents=[types.Part.from_bytes(data=data, mime_type=mime), prompts.VISION],
    )
    return response.text or ""


async def _describe_with_openai(openai_client: Any, data: bytes, mime: str) -> str:
    b64 = base64.b64encode(data).decode()
    resp = await openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": prompts.VISION},
                    {"type": "image_url", "image_url": {"url": f"data:{mime};base64,{b64}"}},
                ],
            }
        ],
        max_tokens=400,
    )
    return resp.choices[0].message.content or ""


async def describe_image(data: bytes, openai_client: Any | None = None, mime: str = "image/jpeg") -> str:
    try:
        return await asyncio.to_thread(_describe_with_gemini, data, mime)
    except Exception as exc:  # noqa: BLE001
        log.warning("gemini vision failed (%s), falling back", exc)
        if openai_client is None:
            raise
    return await _describe_with_openai(openai_client, data, mime)
