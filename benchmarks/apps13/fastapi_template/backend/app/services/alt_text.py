"""Alt text for images attached to documents (accessibility requirement from
the public-sector customers)."""
from __future__ import annotations

import base64
import io
import logging

from google import genai
from google.genai import types
from PIL import Image

from app.core.config import settings
from app.services.ai_clients import get_azure_openai

logger = logging.getLogger(__name__)

ALT_TEXT_PROMPT = (
    "Write alt text for this image for a screen reader user. One or two sentences, "
    "at most 250 characters. Describe charts by their message, not their colours. "
    "Do not start with 'Image of'. Language: {language}."
)

MAX_SIDE = 1536


def _prepare(image_bytes: bytes) -> tuple[bytes, str]:
    """Downscale big images; Gemini bills by tile so this matters for scans."""
    img = Image.open(io.BytesIO(image_bytes))
    fmt = (img.format or "PNG").upper()
    if max(img.size) > MAX_SIDE:
        img.thumbnail((MAX_SIDE, MAX_SIDE))
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=85)
        return buf.getvalue(), "image/jpeg"
    return image_bytes, Image.MIME.get(fmt, "image/png")


class AltTextGenerator:
    def __init__(self, api_key: str | None = None) -> None:
        self.client = genai.Client(api_key=api_key or settings.GEMINI_API_KEY)
        self.model = settings.GEMINI_FLASH_MODEL

    def _gemini(self, data: bytes, mime_type: str, language: str) -> str:
        response = self.client.models.generate_content(
            model=self.model,
            contents=[
                types.Part.from_bytes(data=data, mime_type=mime_type),
                ALT_TEXT_PROMPT.format(language=language),
            ],
            config=types.GenerateContentConfig(max_output_tokens=120, temperature=0.2),
        )
        return (response.text or "").strip()

    def _azure(self, data: bytes, mime_type: str, language: str) -> str:
        data_uri = f"data:{mime_type};base64,{base64.b64encode(data).decode()}"
        resp = get_azure_openai().chat.completions.create(
            model=settings.AZURE_OPENAI_CHAT_DEPLOYMENT,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": ALT_TEXT_PROMPT.format(language=language)},
                        {"type": "image_url", "image_url": {"url": data_uri, "detail": "low"}},
                    ],
                }
            ],
            max_tokens=120,
        )
        return (resp.choices[0].message.content or "").strip()

    def generate(self, image_bytes: bytes, *, language: str = "en") -> str:
        data, mime_type = _prepare(image_bytes)
        try:
            text = self._gemini(data, mime_type, language)
            if text:
                return text[:300]
        except Exception:
            if not settings.ALT_TEXT_FALLBACK_TO_AZURE:
                raise
            logger.warning("gemini alt text failed, using azure", exc_info=True)
        return self._azure(data, mime_type, language)[:300]
