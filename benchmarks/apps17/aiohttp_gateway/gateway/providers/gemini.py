"""Gemini helpers shared by handlers and background jobs."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import AsyncIterator, List, Optional, Sequence

from google import genai
from google.genai import types

from gateway.config import get_settings

log = logging.getLogger(__name__)

DEFAULT_SAFETY = [
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_HARASSMENT,
        threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
        threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
]


@lru_cache(maxsize=1)
def get_sync_gemini() -> genai.Client:
    """Blocking client for code running in worker threads."""
    return genai.Client(api_key=get_settings().gemini_api_key)


def to_contents(history: Sequence[dict]) -> List[types.Content]:
    contents = []
    for turn in history:
        role = "model" if turn["role"] == "assistant" else "user"
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=turn["content"])]))
    return contents


def generation_config(
    system: Optional[str] = None,
    temperature: float = 0.4,
    max_output_tokens: int = 1024,
    json_mode: bool = False,
) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=system,
        temperature=temperature,
        max_output_tokens=max_output_tokens,
        safety_settings=DEFAULT_SAFETY,
        response_mime_type="application/json" if json_mode else None,
    )


async def stream_text(
    client: genai.Client,
    model: str,
    history: Sequence[dict],
    system: Optional[str] = None,
) -> AsyncIterator[str]:
    stream = await client.aio.models.generate_content_stream(
        model=model,
        contents=to_contents(history),
        config=generation_config(system=system),
    )
    async for chunk in stream:
        if chunk.text:
            yield chunk.text


async def describe_image(client: genai.Client, model: str, image: bytes, mime_type: str) -> str:
    response = await client.aio.models.generate_content(
        model=model,
        contents=[
            types.Part.from_bytes(data=image, mime_type=mime_type),
            "Describe this image in two sentences for use as alt text.",
        ],
    )
    return (response.text or "").strip()
