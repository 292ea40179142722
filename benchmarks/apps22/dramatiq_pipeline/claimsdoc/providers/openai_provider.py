from __future__ import annotations

from typing import Sequence

from openai import AzureOpenAI

from claimsdoc.clients import get_openai
from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import register
from claimsdoc.settings import settings


@register("openai")
class OpenAIProvider(BaseProvider):
    supports_json = True
    supports_embeddings = True

    def __init__(self, client=None, model: str | None = None) -> None:
        self._client = client or get_openai()
        self.model = model or settings.openai_model

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        extra = {"response_format": {"type": "json_object"}} if json_mode else {}
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=0,
            **extra,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = self._client.embeddings.create(model=settings.openai_embedding_model, input=list(texts))
        return [d.embedding for d in out.data]

    def healthcheck(self) -> bool:
        # listing models is free; good enough to prove the key works
        return any(m.id == self.model for m in self._client.models.list())


@register("azure_openai")
class AzureOpenAIProvider(BaseProvider):
    supports_json = True

    def __init__(self) -> None:
        self.client = AzureOpenAI(
            azure_endpoint=settings.azure_openai_endpoint,
            api_key=settings.azure_openai_api_key,
            api_version=settings.azure_openai_api_version,
        )
        self.deployment = settings.azure_fraud_deployment

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        resp = self.client.chat.completions.create(
            model=self.deployment,
            messages=[
                {"role": "system", "content": system or "You review insurance claims."},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
            response_format={"type": "json_object"} if json_mode else None,
        )
        usage = resp.usage
        return Completion(resp.choices[0].message.content or "", self.deployment,
                          usage.prompt_tokens if usage else 0, usage.completion_tokens if usage else 0, resp)
