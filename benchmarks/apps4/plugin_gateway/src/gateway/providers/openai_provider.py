from __future__ import annotations

import base64
import json
import logging
from typing import Any, Dict, List, Optional

from gateway.clients.sdk_clients import get_async_openai_client, get_openai_client
from gateway.providers.base import BaseProvider
from gateway.providers.registry import register
from gateway.retry import vendor_retry

log = logging.getLogger(__name__)


@register("openai")
class OpenAIProvider(BaseProvider):
    """OpenAI proper. Inherits chat/stream/embeddings from BaseProvider."""

    image_model = "gpt-image-1"
    transcription_model = "gpt-4o-mini-transcribe"

    @property
    def client(self):
        return get_openai_client()

    @property
    def async_client(self):
        return get_async_openai_client()

    def list_models(self) -> List[str]:
        return sorted(m.id for m in self.client.models.list() if m.id.startswith(("gpt-", "o")))

    @vendor_retry()
    def generate_image(self, prompt: str, *, size: str = "1024x1024") -> bytes:
        result = self.client.images.generate(model=self.image_model, prompt=prompt, size=size, n=1)
        return base64.b64decode(result.data[0].b64_json)

    def transcribe(self, audio: bytes, filename: str = "audio.webm", language: Optional[str] = None) -> str:
        kwargs: Dict[str, Any] = {"model": self.transcription_model, "file": (filename, audio)}
        if language:
            kwargs["language"] = language
        return self.client.audio.transcriptions.create(**kwargs).text

    @vendor_retry()
    def extract_json(self, instructions: str, text: str, schema: Dict[str, Any]) -> Dict[str, Any]:
        """Structured extraction with a strict JSON schema (Responses API)."""
        resp = self.client.responses.create(
            model=self.default_model,
            instructions=instructions,
            input=text,
            text={
                "format": {
                    "type": "json_schema",
                    "name": schema.get("title", "extraction"),
                    "schema": schema,
                    "strict": True,
                }
            },
        )
        log.debug("extract_json usage=%s", resp.usage)
        return json.loads(resp.output_text)
