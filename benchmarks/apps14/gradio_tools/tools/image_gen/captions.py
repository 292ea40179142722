"""Alt text and social captions for generated images (Gemini vision)."""
from __future__ import annotations

from typing import Optional

from google.genai import types

from common.clients import get_genai
from common.llm_usage_tracker import llm_tracker
from common.prompts import ALT_TEXT

CAPTION_MODEL = "gemini-2.5-flash"


def alt_text(png: bytes) -> str:
    response = get_genai().models.generate_content(
        model=CAPTION_MODEL,
        contents=[types.Part.from_bytes(data=png, mime_type="image/png"), ALT_TEXT],
        config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=80),
    )
    return (response.text or "").strip()


async def social_caption(png: bytes, channel: str, user_email: Optional[str] = None) -> str:
    client = get_genai()
    async with llm_tracker.track_llm_call(
        provider="google",
        model=CAPTION_MODEL,
        feature_context="image_social_caption",
        user_email=user_email,
    ) as usage_log:
        response = await client.aio.models.generate_content(
            model=CAPTION_MODEL,
            contents=[
                types.Part.from_bytes(data=png, mime_type="image/png"),
                f"Write a {channel} post caption for this image for ACME's account. "
                "Max 2 sentences, at most 2 hashtags.",
            ],
        )
        usage = response.usage_metadata
        usage_log.input_tokens = usage.prompt_token_count or 0
        usage_log.output_tokens = usage.candidates_token_count or 0
    return (response.text or "").strip()
