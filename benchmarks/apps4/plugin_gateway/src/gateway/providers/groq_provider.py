from __future__ import annotations

from functools import cached_property

import groq

from gateway.providers.base import BaseProvider
from gateway.providers.registry import register


@register("groq")
class GroqProvider(BaseProvider):
    """Groq's API is OpenAI-shaped, so chat and streaming come from the base class."""

    supports_embeddings = False
    whisper_model = "whisper-large-v3-turbo"

    @cached_property
    def client(self) -> groq.Groq:
        return groq.Groq(api_key=self.settings.groq_api_key, timeout=self.settings.request_timeout_s)

    @cached_property
    def async_client(self) -> groq.AsyncGroq:
        return groq.AsyncGroq(api_key=self.settings.groq_api_key, timeout=self.settings.request_timeout_s)

    def transcribe(self, audio: bytes, filename: str = "clip.m4a") -> str:
        result = self.client.audio.transcriptions.create(
            file=(filename, audio),
            model=self.whisper_model,
            response_format="json",
            temperature=0.0,
        )
        return result.text
