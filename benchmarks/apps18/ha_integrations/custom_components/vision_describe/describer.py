"""Provider-specific image description."""

from __future__ import annotations

import base64
import io
import logging
from typing import Any

from google.genai import types
import httpx

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ..llm_common.prompts import DEFAULT_VISION_PROMPT, PromptTemplate
from .const import (
    CONF_MAX_TOKENS,
    CONF_PROMPT,
    CONF_USE_LEGACY_GEMINI,
    DEFAULT_MAX_TOKENS,
    PROVIDER_ANTHROPIC,
    PROVIDER_AZURE,
    PROVIDER_GOOGLE,
    PROVIDER_OLLAMA,
    PROVIDER_OPENAI,
)

_LOGGER = logging.getLogger(__name__)

# Gemini inline data limit is 20MB per request; uploads above this go through the Files API
INLINE_LIMIT_BYTES = 15 * 1024 * 1024


class ImageDescriber:
    """Describe images; one per config entry."""

    def __init__(
        self,
        hass: HomeAssistant,
        *,
        provider: str,
        client: Any,
        model: str,
        http: httpx.AsyncClient,
        host: str | None,
        options: dict[str, Any],
    ) -> None:
        self.hass = hass
        self.provider = provider
        self._client = client
        self.model = model
        self._http = http
        self._host = (host or "").rstrip("/")
        self._options = options
        self._max_tokens = options.get(CONF_MAX_TOKENS, DEFAULT_MAX_TOKENS)

    def _prompt(self, extra: str | None) -> str:
        prompt = PromptTemplate.create(self._options.get(CONF_PROMPT), DEFAULT_VISION_PROMPT).render(self.hass)
        return f"{prompt}\n{extra}" if extra else prompt

    async def async_describe(self, image: bytes, mime_type: str = "image/jpeg", extra: str | None = None) -> str:
        prompt = self._prompt(extra)
        if self.provider == PROVIDER_GOOGLE:
            if self._options.get(CONF_USE_LEGACY_GEMINI):
                from .legacy import describe_with_legacy_gemini

                return await describe_with_legacy_gemini(self.hass, self.model, image, mime_type, prompt)
            return await self._describe_google(image, mime_type, prompt)
        if self.provider == PROVIDER_ANTHROPIC:
            return await self._describe_anthropic(image, mime_type, prompt)
        if self.provider in (PROVIDER_OPENAI, PROVIDER_AZURE):
            return await self._describe_openai(image, mime_type, prompt)
        if self.provider == PROVIDER_OLLAMA:
            return await self._describe_ollama(image, prompt)
        raise HomeAssistantError(f"Unsupported provider {self.provider}")

    async def _image_part(self, image: bytes, mime_type: str) -> types.Part:
        if len(image) <= INLINE_LIMIT_BYTES:
            return types.Part.from_bytes(data=image, mime_type=mime_type)
        uploaded = await self._client.aio.files.upload(
            file=io.BytesIO(image), config=types.UploadFileConfig(mime_type=mime_type)
        )
        return types.Part.from_uri(file_uri=uploaded.uri, mime_type=mime_type)

    async def _describe_google(self, image: bytes, mime_type: str, prompt: str) -> str:
        part = await self._image_part(image, mime_type)
        response = await self._client.aio.models.generate_content(
            model=self.model,
            contents=[part, prompt],
            config=types.GenerateContentConfig(max_output_tokens=self._max_tokens, temperature=0.2),
        )
        if not response.text:
            raise HomeAssistantError("Gemini returned no text (blocked?)")
        return response.text

    async def _describe_anthropic(self, image: bytes, mime_type: str, prompt: str) -> str:
        message = await self._client.messages.create(
            model=self.model,
            max_tokens=self._max_tokens,
            messages=[
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
                        {"type": "text", "text": prompt},
                    ],
                }
            ],
        )
        return "".join(block.text for block in message.content if block.type == "text")

    async def _describe_openai(self, image: bytes, mime_type: str, prompt: str) -> str:
        data_url = f"data:{mime_type};base64,{base64.b64encode(image).decode()}"
        completion = await self._client.chat.completions.create(
            model=self.model,
            max_tokens=self._max_tokens,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": prompt},
                        {"type": "image_url", "image_url": {"url": data_url, "detail": "low"}},
                    ],
                }
            ],
        )
        return completion.choices[0].message.content or ""

    async def _describe_ollama(self, image: bytes, prompt: str) -> str:
        # The ollama SDK choked on large base64 payloads behind a customer's nginx, so we
        # post to /api/generate ourselves.
        try:
            resp = await self._http.post(
                f"{self._host}/api/generate",
                json={
                    "model": self.model,
                    "prompt": prompt,
                    "images": [base64.b64encode(image).decode()],
                    "stream": False,
                    "options": {"num_predict": self._max_tokens},
                },
                timeout=120,
            )
            resp.raise_for_status()
        except httpx.HTTPError as err:
            raise HomeAssistantError(f"Ollama request failed: {err}") from err
        return resp.json().get("response", "").strip()
