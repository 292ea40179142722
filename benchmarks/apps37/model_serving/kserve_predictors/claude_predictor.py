"""Anthropic Claude predictor, with optional SSE-style streaming."""
from __future__ import annotations

import logging
from typing import AsyncIterator, Dict

from kserve_predictors.base import HostedLLMModel
from serving_common import get_anthropic_client, settings
from serving_common.clients import get_async_anthropic_client
from serving_common.http_fallback import anthropic_messages_raw
from serving_common.tokens import count_claude_tokens

logger = logging.getLogger(__name__)

PROMPT_CACHE_BETA = "prompt-caching-2024-07-31"


class ClaudePredictor(HostedLLMModel):
    provider = "anthropic"

    def __init__(self, name: str, model: str | None = None, system_prompt: str | None = None) -> None:
        super().__init__(name, model)
        self.system_prompt = system_prompt

    def load(self) -> bool:
        self.client = get_anthropic_client()
        self.async_client = get_async_anthropic_client()
        self.model = self.model or settings.claude_model
        self.ready = True
        return True

    def preprocess(self, payload, headers: Dict[str, str] = None):
        messages = self.extract_messages(payload)
        params = self.params(payload)
        if params.get("check_tokens"):
            for convo in messages:
                logger.info("input tokens: %d", count_claude_tokens(self.model, self.system_prompt, convo))
        return {"messages": messages, "parameters": params, "_raw": payload}

    def predict(self, payload, headers: Dict[str, str] = None):
        params = payload["parameters"]
        if params.get("stream"):
            return self._stream(payload["messages"][0], params)
        outputs = []
        for convo in payload["messages"]:
            if params.get("cache_system") and self.system_prompt:
                # SDK pin is too old for cache_control on system blocks (MLPLAT-455)
                data = anthropic_messages_raw(
                    {
                        "model": self.model,
                        "max_tokens": params.get("max_tokens", 1024),
                        "system": [{"type": "text", "text": self.system_prompt, "cache_control": {"type": "ephemeral"}}],
                        "messages": convo,
                    },
                    beta=PROMPT_CACHE_BETA,
                )
                outputs.append(data["content"][0]["text"])
                continue
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=params.get("max_tokens", 1024),
                system=self.system_prompt or "",
                messages=convo,
                temperature=params.get("temperature", 1.0),
            )
            outputs.append(msg.content[0].text)
        return self.wrap(outputs, payload["_raw"])

    async def _stream(self, convo, params) -> AsyncIterator[str]:
        async with self.async_client.messages.stream(
            model=self.model,
            max_tokens=params.get("max_tokens", 1024),
            messages=convo,
        ) as stream:
            async for text in stream.text_stream:
                yield f"data: {text}\n\n"
        yield "data: [DONE]\n\n"
