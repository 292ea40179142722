"""Alt text for uploaded images.

Gemini is the primary model. If it refuses or errors (it sometimes blocks
screenshots with faces) we fall back to Claude on Bedrock.
"""
from __future__ import annotations

import asyncio
import base64
import json
import logging
from dataclasses import dataclass

from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from app.core.config import settings
from app.services.ai_clients import get_bedrock_runtime

logger = logging.getLogger(__name__)

ALT_TEXT_PROMPT = (
    "Write alt text for this image for a screen reader user. One sentence, at most 25 words. "
    "Describe what matters for understanding the page, not the image style. "
    "If it is a chart or screenshot, say what it shows. No 'image of'."
)

SUPPORTED_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}


@dataclass
class AltTextResult:
    text: str
    source: str


class AltTextGenerator:
    def __init__(self) -> None:
        # TODO(jonas): switch to ai_clients.get_genai_client() once the vertex
        # migration settles; this one needs http_options for the longer timeout
        self._genai = genai.Client(
            api_key=settings.GEMINI_API_KEY,
            http_options=types.HttpOptions(timeout=30_000),
        )
        self._bedrock = get_bedrock_runtime()

    async def _gemini(self, image: bytes, mime_type: str, context: str | None) -> str | None:
        parts = [types.Part.from_bytes(data=image, mime_type=mime_type), ALT_TEXT_PROMPT]
        if context:
            parts.append(f"The image appears on a page about: {context}")
        try:
            response = await self._genai.aio.models.generate_content(
                model=settings.GEMINI_MODEL,
                contents=parts,
                config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=100),
            )
        except genai_errors.APIError as exc:
            logger.warning("gemini alt text failed: %s", exc)
            return None
        return (response.text or "").strip() or None

    async def _claude(self, image: bytes, mime_type: str) -> str:
        body = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 120,
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "image",
                            "source": {
                                "type": "base64",
                                "media_type": mime_type,
                                "data": base64.b64encode(image).decode(),
                            },
                        },
                        {"type": "text", "text": ALT_TEXT_PROMPT},
                    ],
                }
            ],
        }
        loop = asyncio.get_running_loop()
        raw = await loop.run_in_executor(
            None,
            lambda: self._bedrock.invoke_model(
                modelId=settings.BEDROCK_CLAUDE_FAST_MODEL_ID,
                body=json.dumps(body),
                contentType="application/json",
                accept="application/json",
            ),
        )
        payload = json.loads(raw["body"].read())
        return "".join(c.get("text", "") for c in payload.get("content", [])).strip()

    async def generate(self, image: bytes, mime_type: str, context: str | None = None) -> AltTextResult:
        if mime_type not in SUPPORTED_TYPES:
            raise ValueError(f"unsupported image type {mime_type}")
        text = await self._gemini(image, mime_type, context)
        if text:
            return AltTextResult(text=text, source="gemini")
        if not settings.ALT_TEXT_BEDROCK_FALLBACK:
            return AltTextResult(text="", source="none")
        return AltTextResult(text=await self._claude(image, mime_type), source="bedrock")
