"""Smaller vendors: Mistral, Cohere, Voyage AI and Replicate."""
from __future__ import annotations

import logging
from functools import cached_property
from typing import Any

import cohere
import replicate as rp
import voyageai
from mistralai import Mistral

from docflow.clients import make_voyage_client
from docflow.config import settings

from .base import Completion, LLMProvider, register
from .retry import with_retry

logger = logging.getLogger(__name__)


@register("mistral")
class MistralProvider(LLMProvider):
    default_model = settings.mistral_model
    embedding_model = "mistral-embed"

    @cached_property
    def client(self) -> Mistral:
        return Mistral(api_key=settings.mistral_api_key, timeout_ms=int(settings.llm_timeout_seconds * 1000))

    @with_retry(attempts=3)
    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        messages: list[dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        response = self.client.chat.complete(
            model=kwargs.pop("model", self.model),
            messages=messages,
            max_tokens=max_tokens,
            **kwargs,
        )
        return Completion(
            text=str(response.choices[0].message.content or ""),
            model=response.model,
            input_tokens=response.usage.prompt_tokens,
            output_tokens=response.usage.completion_tokens,
            raw=response,
        )


@register("cohere")
class CohereProvider(LLMProvider):
    default_model = settings.cohere_chat_model
    embedding_model = settings.cohere_embed_model
    rerank_model = "rerank-v3.5"

    @cached_property
    def client(self) -> cohere.ClientV2:
        return cohere.ClientV2(api_key=settings.cohere_api_key, timeout=settings.llm_timeout_seconds)

    @with_retry(attempts=3)
    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        messages: list[dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        response = self.client.chat(model=self.model, messages=messages, max_tokens=max_tokens, **kwargs)
        tokens = response.usage.tokens if response.usage else None
        return Completion(
            text="".join(item.text for item in response.message.content or [] if item.type == "text"),
            model=self.model,
            input_tokens=int(tokens.input_tokens or 0) if tokens else 0,
            output_tokens=int(tokens.output_tokens or 0) if tokens else 0,
            raw=response,
        )

    def rerank(self, query: str, documents: list[str], top_n: int = 10) -> list[tuple[int, float]]:
        response = self.client.rerank(model=self.rerank_model, query=query, documents=documents, top_n=top_n)
        return [(r.index, r.relevance_score) for r in response.results]


@register("voyage")
class VoyageProvider(LLMProvider):
    default_model = settings.voyage_model

    @cached_property
    def client(self) -> voyageai.Client:
        return make_voyage_client()

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024, **kwargs: Any) -> Completion:
        raise NotImplementedError("Voyage AI is an embeddings/rerank vendor")

    @with_retry(attempts=3)
    def embed(self, texts: list[str]) -> list[list[float]]:
        result = self.client.embed(texts, model=self.model, input_type="document")
        return result.embeddings


@register("replicate")
class ReplicateProvider(LLMProvider):
    default_model = settings.replicate_text_model

    @cached_property
    def client(self) -> rp.Client:
        return rp.Client(api_token=settings.replicate_api_token)

    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        output = self.client.run(
            self.model,
            input={
                "prompt": prompt,
                "system_prompt": system or "You are a helpful assistant.",
                "max_new_tokens": max_tokens,
                "temperature": kwargs.get("temperature", 0.3),
            },
        )
        text = "".join(output) if not isinstance(output, str) else output
        return Completion(text=text, model=self.model)
