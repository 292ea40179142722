"""Gemini helpers: tagging and image captions for attachments."""
import json
import logging

from google.genai import types

from .clients import get_gemini_client
from .prompts import TAG_PROMPT, truncate

log = logging.getLogger(__name__)

MODEL = "gemini-2.0-flash"


def suggest_tags(text, client=None):
    client = client or get_gemini_client()
    response = client.models.generate_content(
        model=MODEL,
        contents=TAG_PROMPT.format(text=truncate(text, 12000)),
        config=types.GenerateContentConfig(
            response_mime_type="application/json",
            temperature=0.1,
        ),
    )
    try:
        tags = json.loads(response.text)
    except (TypeError, ValueError):
        log.warning("gemini returned non-JSON tags: %r", response.text)
        return []
    return [t.strip().lower() for t in tags if isinstance(t, str)][:6]


def caption_image(image_bytes, mime_type="image/png"):
    client = get_gemini_client()
    response = client.models.generate_content(
        model=MODEL,
        contents=[
            types.Part.from_bytes(data=image_bytes, mime_type=mime_type),
            "Describe this screenshot in one sentence for a support engineer.",
        ],
    )
    return response.text


async def suggest_tags_async(text):
    client = get_gemini_client()
    response = await client.aio.models.generate_content(
        model=MODEL,
        contents=TAG_PROMPT.format(text=truncate(text, 12000)),
    )
    return response.text


def gemini_token_count(text):
    client = get_gemini_client()
    return client.models.count_tokens(model=MODEL, contents=text).total_tokens


def available_models():
    return [m.name for m in get_gemini_client().models.list()]
