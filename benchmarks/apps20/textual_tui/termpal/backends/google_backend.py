"""Gemini backend (google-genai SDK)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from google.genai import types

from termpal.backends.base import Backend, Message, Reply
from termpal.clients import get_genai_client


def _to_contents(messages: list[Message]) -> list[types.Content]:
    contents = []
    for m in messages:
        role = "model" if m.role == "assistant" else "user"
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=m.content)]))
    return contents


class GoogleBackend(Backend):
    name = "google"
    supports_embeddings = True

    def __init__(self, model: str, **kwargs) -> None:
        super().__init__(model, **kwargs)
        self._client = get_genai_client()

    def _config(self, system: str | None) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=system,
            temperature=self.temperature,
            max_output_tokens=self.max_tokens,
        )

    async def complete(self, messages: list[Message], *, system: str | None = None) -> Reply:
        sys_from_history, rest = self.split_system(messages)
        resp = await self._client.aio.models.generate_content(
            model=self.model,
            contents=_to_contents(rest),
            config=self._config(system or sys_from_history),
        )
        usage = resp.usage_metadata
        return Reply(
            text=resp.text or "",
            model=self.model,
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
            raw=resp,
        )

    async def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        sys_from_history, rest = self.split_system(messages)
        async for chunk in await self._client.aio.models.generate_content_stream(
            model=self.model,
            contents=_to_contents(rest),
            config=self._config(system or sys_from_history),
        ):
            if chunk.text:
                yield chunk.text

    async def list_models(self) -> list[str]:
        names = []
        async for model in await self._client.aio.models.list():
            if "generateContent" in (model.supported_actions or []):
                names.append(model.name.removeprefix("models/"))
        return names
