"""Mistral La Plateforme adapter (mistralai 1.x)."""
from __future__ import annotations

import logging

from aiops_operator.providers.base import Completion, CompletionRequest, ProviderAdapter

logger = logging.getLogger(__name__)

MODERATION_MODEL = "mistral-moderation-latest"


def _completion(resp, model: str) -> Completion:
    choice = resp.choices[0]
    return Completion(
        text=choice.message.content or "",
        model=resp.model or model,
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        finish_reason=choice.finish_reason,
        raw=resp,
    )


class MistralAdapter(ProviderAdapter):
    name = "mistral"

    def __init__(self, client):
        self._client = client

    def complete(self, request: CompletionRequest) -> Completion:
        resp = self._client.chat.complete(
            model=request.model,
            messages=request.openai_messages(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            stop=request.stop,
        )
        return _completion(resp, request.model)

    async def acomplete(self, request: CompletionRequest) -> Completion:
        resp = await self._client.chat.complete_async(
            model=request.model,
            messages=request.openai_messages(),
            max_tokens=request.max_tokens,
            temperature=request.temperature,
        )
        return _completion(resp, request.model)

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        resp = self._client.embeddings.create(model=model or "mistral-embed", inputs=texts)
        return [item.embedding for item in resp.data]
