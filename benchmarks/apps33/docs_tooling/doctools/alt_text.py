"""Alt text for images, using a vision model.

Anthropic is the default; OpenAI is the fallback when the image is a URL
Anthropic cannot fetch (older SDK) or the Anthropic call fails.
"""
from __future__ import annotations

import base64
import logging
import mimetypes
from pathlib import Path

import anthropic

from doctools import prompts
from doctools.clients import get_anthropic_client, get_openai_client
from doctools.config import get_settings

log = logging.getLogger(__name__)

SUPPORTED = {"image/png", "image/jpeg", "image/gif", "image/webp"}


def _encode(path: Path) -> tuple[str, str] | None:
    media_type, _ = mimetypes.guess_type(path.name)
    if media_type not in SUPPORTED:
        return None
    return media_type, base64.standard_b64encode(path.read_bytes()).decode("ascii")


def describe_image(path: Path, title: str, context: str) -> str | None:
    encoded = _encode(path)
    if encoded is None:
        log.info("skipping %s: unsupported image type", path)
        return None
    media_type, data = encoded
    settings = get_settings()
    try:
        message = get_anthropic_client().messages.create(
            model=settings.vision_model,
            max_tokens=120,
            system=prompts.ALT_TEXT_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}},
                        {"type": "text", "text": prompts.ALT_TEXT_USER.format(title=title, context=context[:1500])},
                    ],
                }
            ],
        )
    except anthropic.APIStatusError as exc:
        log.warning("anthropic alt text failed for %s (%s), falling back to OpenAI", path, exc.status_code)
        return describe_image_openai(f"data:{media_type};base64,{data}", title, context)
    return "".join(block.text for block in message.content if block.type == "text").strip()


def describe_image_openai(image_url: str, title: str, context: str) -> str:
    client = get_openai_client()
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=120,
        messages=[
            {"role": "system", "content": prompts.ALT_TEXT_SYSTEM},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": prompts.ALT_TEXT_USER.format(title=title, context=context[:1500])},
                    {"type": "image_url", "image_url": {"url": image_url}},
                ],
            },
        ],
    )
    return (completion.choices[0].message.content or "").strip()
