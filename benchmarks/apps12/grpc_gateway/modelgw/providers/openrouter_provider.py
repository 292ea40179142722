from __future__ import annotations

import logging
from typing import AsyncIterator, Dict, List, Optional

from modelgw.providers import clients
from modelgw.providers.base import BaseProvider, ChatParams, CompletionResult, StreamDelta

log = logging.getLogger(__name__)

# Upstream routing preferences sent with every request. We never want to land
# on providers that train on prompts; data-governance asked for this in Q2.
_PROVIDER_PREFS: Dict[str, object] = {
    "data_collection": "deny",
    "allow_fallbacks": True,
    "sort": "throughput",
}


class OpenRouterProvider(BaseProvider):
    """Long tail of open-weight models that we do not host ourselves."""

    name = "openrouter"

    def __init__(self, client=None, fallback_models: Optional[List[str]] = None):
        self._client = client or clients.openrouter_client()
        self._fallbacks = fallback_models or []

    def _extra_body(self) -> Dict[str, object]:
        body: Dict[str, object] = {"provider": _PROVIDER_PREFS, "usage": {"include": True}}
        if self._fallbacks:
            body["models"] = self._fallbacks
        return body

    async def complete(self, params: ChatParams) -> CompletionResult:
        completion = await self._client.chat.completions.create(
            model=params.model,
            messages=params.messages,
            max_tokens=params.max_tokens,
            temperature=params.temperature if params.temperature is not None else 0.7,
            extra_body=self._extra_body(),
        )
        usage = completion.usage
        return CompletionResult(
            text=completion.choices[0].message.content or "",
            # the model that actually served the request, may be a fallback
            model=completion.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            finish_reason=completion.choices[0].finish_reason or "",
            request_id=completion.id,
        )

    async def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        response_stream = await self._client.chat.completions.create(
            model=params.model,
            messages=params.messages,
            max_tokens=params.max_tokens,
            stream=True,
            extra_body=self._extra_body(),
        )
        async for event in response_stream:
            if event.choices and event.choices[0].delta.content:
                yield StreamDelta(text=event.choices[0].delta.content)
            if event.usage:
                yield StreamDelta(
                    done=True,
                    input_tokens=event.usage.prompt_tokens,
                    output_tokens=event.usage.completion_tokens,
                )
