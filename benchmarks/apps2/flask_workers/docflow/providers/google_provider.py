"""Gemini provider (google-genai SDK)."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from google import genai
from google.genai import errors, types

from docflow.clients import make_genai_client
from docflow.config import settings

from .base import Completion, LLMProvider, register
from .retry import with_retry


@register("google")
class GeminiProvider(LLMProvider):
    default_model = settings.gemini_model
    embedding_model = "text-embedding-004"

    @cached_property
    def client(self) -> genai.Client:
        return make_genai_client()

    @with_retry(attempts=3, retry_on=(errors.ServerError,))
    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        config = types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=kwargs.pop("temperature", 0.2),
        )
        response = self.client.models.generate_content(
            model=kwargs.pop("model", self.model),
            contents=prompt,
            config=config,
        )
        usage = response.usage_metadata
        return Completion(
            text=response.text or "",
            model=self.model,
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
            raw=response,
        )

    def embed(self, texts: list[str]) -> list[list[float]]:
        result = self.client.models.embed_content(
            model=self.embedding_model,
            contents=texts,
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
        )
        return [list(e.values or []) for e in result.embeddings or []]
