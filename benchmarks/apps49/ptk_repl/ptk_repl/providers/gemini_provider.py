from __future__ import annotations

from collections.abc import AsyncIterator

from google.genai import types

from .base import BaseProvider, Message, Reply


def _to_contents(messages: list[Message]) -> list[types.Content]:
    contents = []
    for m in messages:
        role = "model" if m.role == "assistant" else "user"
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=m.content)]))
    return contents


class GeminiProvider(BaseProvider):
    name = "gemini"

    def __init__(self, client, model: str, **kwargs):
        super().__init__(model, **kwargs)
        self._client = client

    def _config(self, system: str | None) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=system,
            temperature=self.temperature,
            max_output_tokens=self.max_tokens,
        )

    async def complete(self, messages: list[Message], system: str | None = None) -> Reply:
        resp = await self._client.aio.models.generate_content(
            model=self.model,
            contents=_to_contents(messages),
            config=self._config(system),
        )
        usage = resp.usage_metadata
        return Reply(
            text=resp.text or "",
            model=self.model,
            input_tokens=usage.prompt_token_count or 0 if usage else 0,
            output_tokens=usage.candidates_token_count or 0 if usage else 0,
        )

    async def stream(self, messages: list[Message], system: str | None = None) -> AsyncIterator[str]:
        async for chunk in await self._client.aio.models.generate_content_stream(
            model=self.model,
            contents=_to_contents(messages),
            config=self._config(system),
        ):
            if chunk.text:
                yield chunk.text
