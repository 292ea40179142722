"""OpenAI and Gemini chat adapters."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, AsyncIterator, Sequence

from google.genai import types

from lexsearch.container import container
from lexsearch.interfaces import ChatMessage, Completion

if TYPE_CHECKING:
    from openai import AsyncOpenAI

logger = logging.getLogger(__name__)


class OpenAIChat:
    def __init__(self, model: str | None = None, client: "AsyncOpenAI | None" = None) -> None:
        self.model = model or container.settings.models.openai_chat_model
        self._client = client or container.openai

    async def complete(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> Completion:
        response = await self._client.responses.create(
            model=self.model,
            instructions=system,
            input=[{"role": m.role, "content": m.content} for m in messages],
            max_output_tokens=max_tokens,
        )
        usage = response.usage
        return Completion(
            text=response.output_text,
            model=response.model,
            input_tokens=usage.input_tokens if usage else 0,
            output_tokens=usage.output_tokens if usage else 0,
        )

    async def stream(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> AsyncIterator[str]:
        payload = [{"role": "system", "content": system}]
        payload += [{"role": m.role, "content": m.content} for m in messages]
        async for chunk in await self._client.chat.completions.create(
            model=self.model,
            messages=payload,
            max_completion_tokens=max_tokens,
            stream=True,
            stream_options={"include_usage": True},
        ):
            if chunk.usage is not None:
                logger.info(
                    "openai stream usage: %s in / %s out",
                    chunk.usage.prompt_tokens,
                    chunk.usage.completion_tokens,
                )
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class GeminiChat:
    def __init__(self, model: str | None = None) -> None:
        self.model = model or container.settings.models.gemini_model
        self._aio = container.gemini_aio()

    @staticmethod
    def _contents(messages: Sequence[ChatMessage]) -> list[types.Content]:
        return [
            types.Content(
                role="model" if m.role == "assistant" else "user",
                parts=[types.Part.from_text(text=m.content)],
            )
            for m in messages
        ]

    async def complete(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> Completion:
        response = await self._aio.models.generate_content(
            model=self.model,
            contents=self._contents(messages),
            config=types.GenerateContentConfig(
                system_instruction=system, max_output_tokens=max_tokens, temperature=0.2
            ),
        )
        usage = response.usage_metadata
        return Completion(
            text=response.text or "",
            model=self.model,
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
        )

    async def stream(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> AsyncIterator[str]:
        config = types.GenerateContentConfig(
            system_instruction=system, max_output_tokens=max_tokens
        )
        async for chunk in await container.gemini.aio.models.generate_content_stream(
            model=self.model, contents=self._contents(messages), config=config
        ):
            if chunk.text:
                yield chunk.text
