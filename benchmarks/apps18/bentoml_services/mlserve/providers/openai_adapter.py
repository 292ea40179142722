from __future__ import annotations

from typing import Sequence

from openai import APIStatusError

from mlserve.clients import get_openai_client
from mlserve.providers.base import ProviderError
from mlserve.types import ChatResult, EmbeddingResult


class OpenAIProvider:
    name = "openai"
    default_model = "gpt-4o-mini"
    default_embedding_model = "text-embedding-3-small"

    def __init__(self, client=None, default_model: str | None = None) -> None:
        self._client = client or get_openai_client()
        if default_model:
            self.default_model = default_model

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> ChatResult:
        model = model or self.default_model
        try:
            resp = self._client.chat.completions.create(
                model=model,
                messages=list(messages),
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except APIStatusError as exc:
            raise ProviderError(self.name, f"{exc.status_code}: {exc.message}") from exc
        usage = resp.usage
        return ChatResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=resp,
        )

    def embed(
        self,
        texts: Sequence[str],
        *,
        model: str | None = None,
        input_type: str = "document",
    ) -> EmbeddingResult:
        del input_type  # OpenAI embeddings are symmetric
        model = model or self.default_embedding_model
        resp = self._client.embeddings.create(model=model, input=list(texts))
        return EmbeddingResult(
            vectors=[d.embedding for d in resp.data],
            model=model,
            provider=self.name,
            total_tokens=resp.usage.total_tokens,
        )

    def available_models(self) -> list[str]:
        return sorted(m.id for m in self._client.models.list())
