"""Describe / critique the active layer with a vision model."""
from __future__ import annotations

import asyncio
import base64

from .. import prompt_templates, settings
from ..backends import get_text_backend
from ..services.llm_usage_tracker import llm_tracker


class LayerDescriber:
    def __init__(self, provider: str | None = None) -> None:
        self.provider = provider or settings.current().text_provider

    def describe(self, png_bytes: bytes) -> str:
        backend = get_text_backend(self.provider)
        return backend.describe_image(png_bytes, prompt_templates.DESCRIBE_LAYER).text


def critique(png_bytes: bytes, client, model: str | None = None) -> str:
    """Critique with Claude. ``client`` is handed in by the docker (shared client)."""
    model = model or settings.current().anthropic_model
    msg = client.messages.create(
        model=model,
        max_tokens=400,
        messages=[{
            "role": "user",
            "content": [
                {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                             "data": base64.b64encode(png_bytes).decode()}},
                {"type": "text", "text": prompt_templates.CRITIQUE_LAYER},
            ],
        }],
    )
    return msg.content[0].text


async def _tracked_critique(png_bytes: bytes, client, model: str) -> str:
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="layer_critique"
    ) as usage_log:
        msg = client.messages.create(
            model=model,
            max_tokens=400,
            messages=[{
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                                 "data": base64.b64encode(png_bytes).decode()}},
                    {"type": "text", "text": prompt_templates.CRITIQUE_LAYER},
                ],
            }],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def tracked_critique(png_bytes: bytes, client) -> str:
    """New path; the docker switches to it when 'use_tracked_service' is on."""
    return asyncio.run(_tracked_critique(png_bytes, client, settings.current().anthropic_model))
