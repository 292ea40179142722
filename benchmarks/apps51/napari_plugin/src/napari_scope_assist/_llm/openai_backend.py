"""OpenAI vision backend (chat completions with image_url parts)."""
from __future__ import annotations

import logging
from typing import Iterator

from .._image_utils import data_url
from .._settings import get_settings
from .clients import get_openai_client

logger = logging.getLogger(__name__)


class OpenAIVision:
    """Thin wrapper kept on widgets; ``client`` is injected for tests."""

    def __init__(self, client=None, model: str | None = None):
        self.client = client or get_openai_client()
        self.model = model or get_settings().openai_model

    def _messages(self, img, prompt: str, system: str | None) -> list[dict]:
        msgs = []
        if system:
            msgs.append({"role": "system", "content": system})
        content = [{"type": "text", "text": prompt}]
        if img is not None:
            content.append(
                {"type": "image_url", "image_url": {"url": data_url(img), "detail": "auto"}}
            )
        msgs.append({"role": "user", "content": content})
        return msgs

    def describe(self, img, prompt: str, system: str | None = None) -> str:
        response = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(img, prompt, system),
            temperature=get_settings().temperature,
            max_tokens=get_settings().max_tokens,
        )
        return response.choices[0].message.content or ""

    def stream_describe(self, img, prompt: str, system: str | None = None) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(img, prompt, system),
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def structured(self, prompt: str, system: str, schema: dict) -> str:
        resp = self.client.responses.create(
            model=self.model,
            instructions=system,
            input=prompt,
            text={"format": {"type": "json_schema", "name": "seg_params", "schema": schema}},
        )
        return resp.output_text

    def available_models(self) -> list[str]:
        return sorted(m.id for m in self.client.models.list() if m.id.startswith(("gpt-4", "o")))
