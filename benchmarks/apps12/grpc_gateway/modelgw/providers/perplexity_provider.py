"""Perplexity Sonar models.

Written before Perplexity shipped a Python SDK, so this goes through the
OpenAI client against their OpenAI-compatible endpoint. The Research servicer
already uses the official SDK; this provider should move over too (MGW-212).
"""
from __future__ import annotations

import logging
from typing import AsyncIterator, List, Optional

from openai import AsyncOpenAI

from modelgw.config import settings
from modelgw.errors import ProviderDisabled
from modelgw.providers.base import BaseProvider, ChatParams, CompletionResult, StreamDelta

log = logging.getLogger(__name__)


class PerplexityProvider(BaseProvider):
    name = "perplexity"

    def __init__(self, api_key: Optional[str] = None):
        key = api_key or settings.perplexity_api_key
        if not key:
            raise ProviderDisabled("PERPLEXITY_API_KEY not set", provider=self.name)
        self._client = AsyncOpenAI(
            api_key=key,
            base_url="https://api.perplexity.ai",
            timeout=settings.request_timeout_s,
            max_retries=settings.max_retries,
        )

    @staticmethod
    def _sonar_messages(messages: List[dict]) -> List[dict]:
        # Sonar rejects two consecutive messages with the same role; merge them.
        merged: List[dict] = []
        for m in messages:
            if merged and merged[-1]["role"] == m["role"]:
                merged[-1] = {"role": m["role"], "content": merged[-1]["content"] + "\n\n" + m["content"]}
            else:
                merged.append(dict(m))
        return merged

    async def complete(self, params: ChatParams) -> CompletionResult:
        resp = await self._client.chat.completions.create(
            model=params.model,
            messages=self._sonar_messages(params.messages),
            max_tokens=params.max_tokens,
            extra_body={"return_related_questions": False},
        )
        # citations are a Perplexity extension, not on the OpenAI model
        citations = getattr(resp, "citations", None) or (resp.model_extra or {}).get("citations") or []
        return CompletionResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            finish_reason=resp.choices[0].finish_reason or "",
            citations=[{"url": c, "title": ""} for c in citations],
            request_id=resp.id,
        )

    async def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        stream = await self._client.chat.completions.create(
            model=params.model,
            messages=self._sonar_messages(params.messages),
            max_tokens=params.max_tokens,
            stream=True,
        )
        usage = None
        async for chunk in stream:
            if chunk.usage:
                usage = chunk.usage
            if chunk.choices and chunk.choices[0].delta.content:
                yield StreamDelta(text=chunk.choices[0].delta.content)
        yield StreamDelta(
            done=True,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )
