"""ChatModel adapter for OpenAI.

The SDK client is built by the composition root and injected; this module only maps
between our port types and the OpenAI request/response shapes.
"""
from __future__ import annotations

import logging
from typing import Any, AsyncIterator, Dict, List, Sequence, Type

from docqa.domain import ChatTurn, ProviderUnavailable
from docqa.ports import ChatModel, Completion, T
from docqa.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


def _to_messages(system: str, turns: Sequence[ChatTurn]) -> List[Dict[str, Any]]:
    messages: List[Dict[str, Any]] = [{"role": "system", "content": system}]
    messages.extend({"role": t.role, "content": t.content} for t in turns)
    return messages


class OpenAIChatModel(ChatModel):
    provider = "openai"

    def __init__(self, client: Any, model: str, *, feature: str = "answer") -> None:
        # `client` is an openai.AsyncOpenAI; typed loosely so the adapter can be
        # exercised with a fake in unit tests.
        self._client = client
        self._model = model
        self._feature = feature

    async def complete(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        async with llm_tracker.track_llm_call(
            provider="openai", model=self._model, feature_context=self._feature
        ) as usage_log:
            resp = await self._client.responses.create(
                model=self._model,
                instructions=system,
                input=[{"role": t.role, "content": t.content} for t in turns],
                max_output_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        return Completion(
            text=resp.output_text,
            model=resp.model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
            finish_reason=resp.status,
        )

    async def stream(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> AsyncIterator[str]:
        # TODO(DOCQA-388): move to the Responses streaming API and add tracking, the
        # chat completions stream is what the frontend SSE code was written against.
        stream = await self._client.chat.completions.create(
            model=self._model,
            messages=_to_messages(system, turns),
            max_tokens=max_tokens,
            temperature=temperature,
            stream=True,
            stream_options={"include_usage": True},
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
            if chunk.usage is not None:
                logger.debug(
                    "openai stream usage in=%s out=%s", chunk.usage.prompt_tokens, chunk.usage.completion_tokens
                )

    async def extract(self, system: str, text: str, schema: Type[T]) -> T:
        completion = await self._client.chat.completions.parse(
            model=self._model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": text},
            ],
            response_format=schema,
            temperature=0,
        )
        message = completion.choices[0].message
        if message.parsed is None:
            raise ProviderUnavailable("openai", message.refusal or "empty structured output")
        return message.parsed
