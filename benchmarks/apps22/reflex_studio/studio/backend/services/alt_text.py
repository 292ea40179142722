"""Alt text + captions for generated images (GPT-4o vision via the Responses API)."""
from __future__ import annotations

import logging

from openai import AsyncOpenAI

logger = logging.getLogger(__name__)

ALT_TEXT_INSTRUCTIONS = (
    "Write concise alt text (max 125 characters) describing this marketing image for a screen reader. "
    "Do not start with 'Image of'."
)


async def alt_text_for(client: AsyncOpenAI, image_url: str, context: str = "") -> str:
    response = await client.responses.create(
        model="gpt-4o-mini",
        instructions=ALT_TEXT_INSTRUCTIONS,
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": context or "Describe the image."},
                    {"type": "input_image", "image_url": image_url},
                ],
            }
        ],
        max_output_tokens=80,
    )
    return response.output_text.strip()


async def caption_variants(client: AsyncOpenAI, image_url: str, channel: str, n: int = 3) -> list[str]:
    completion = await client.chat.completions.create(
        model="gpt-4o",
        n=n,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": f"Write a {channel} caption for this image."},
                    {"type": "image_url", "image_url": {"url": image_url}},
                ],
            }
        ],
    )
    return [c.message.content or "" for c in completion.choices]
