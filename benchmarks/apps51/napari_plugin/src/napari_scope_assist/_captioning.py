"""Provider-agnostic captioning used by the caption widget and batch jobs.

TODO(mk): migrate these to multi_model_service.generate_response once it
supports ollama; only the "tracked" path below goes through it today.
"""
from __future__ import annotations

import asyncio
import logging

from ._image_utils import data_url, to_base64_png, to_png_bytes
from ._llm import TaskComplexity, get_provider, multi_model_service
from ._prompts import CAPTION_SYSTEM, caption_prompt
from ._settings import get_settings

logger = logging.getLogger(__name__)


def caption_image(img, layer_name: str, provider: str = "openai", style: str = "short") -> str:
    spec = get_provider(provider)
    client = spec.client()
    prompt = caption_prompt(layer_name, style)
    settings = get_settings()

    if provider == "openai":
        resp = client.chat.completions.create(
            model=spec.model,
            messages=[
                {"role": "system", "content": CAPTION_SYSTEM},
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": prompt},
                        {"type": "image_url", "image_url": {"url": data_url(img, settings.max_image_side)}},
                    ],
                },
            ],
            max_tokens=settings.max_tokens,
        )
        return resp.choices[0].message.content.strip()

    if provider == "gemini":
        from google.genai import types

        resp = client.models.generate_content(
            model=spec.model,
            contents=[types.Part.from_bytes(data=to_png_bytes(img), mime_type="image/png"), prompt],
            config=types.GenerateContentConfig(system_instruction=CAPTION_SYSTEM),
        )
        return (resp.text or "").strip()

    if provider == "anthropic":
        msg = client.messages.create(
            model=spec.model,
            max_tokens=settings.max_tokens,
            system=CAPTION_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "image",
                            "source": {"type": "base64", "media_type": "image/png", "data": to_base64_png(img)},
                        },
                        {"type": "text", "text": prompt},
                    ],
                }
            ],
        )
        return msg.content[0].text.strip()

    if provider == "ollama":
        reply = client.chat(
            model=spec.model,
            messages=[
                {"role": "system", "content": CAPTION_SYSTEM},
                {"role": "user", "content": prompt, "images": [to_png_bytes(img)]},
            ],
        )
        return reply["message"]["content"].strip()

    raise ValueError(f"{spec.label} has no vision support")


def caption_image_tracked(img, layer_name: str, style: str = "short") -> str:
    """The blessed path: usage ends up in llm_usage.jsonl."""
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=caption_prompt(layer_name, style),
            task_type="caption",
            complexity=TaskComplexity.VISION,
            image_png=to_png_bytes(img),
            system=CAPTION_SYSTEM,
        )
    )
