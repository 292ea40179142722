from __future__ import annotations

from typing import Iterator, Sequence

from google import genai
from google.genai import types

from .base import Backend, ChatResult, Message
from .clients import get_genai_client


def _to_contents(messages: Sequence[Message]) -> list[types.Content]:
    contents = []
    for m in messages:
        role = "model" if m["role"] == "assistant" else "user"
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=m["content"])]))
    return contents


class GoogleBackend(Backend):
    name = "google"

    def __init__(self, model: str, client: genai.Client | None = None, **kwargs):
        super().__init__(model, **kwargs)
        self._client = client or get_genai_client()

    def _config(self, system: str | None) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=system,
            temperature=self.temperature,
            max_output_tokens=self.max_tokens,
        )

    def chat(self, messages: Sequence[Message], system: str | None = None) -> ChatResult:
        sys_from_history, rest = self.split_system(messages)
        resp = self._client.models.generate_content(
            model=self.model,
            contents=_to_contents(rest),
            config=self._config(system or sys_from_history),
        )
        meta = resp.usage_metadata
        return ChatResult(
            text=resp.text or "",
            model=self.model,
            provider=self.name,
            input_tokens=getattr(meta, "prompt_token_count", 0) or 0,
            output_tokens=getattr(meta, "candidates_token_count", 0) or 0,
            raw=resp,
        )

    def stream(self, messages: Sequence[Message], system: str | None = None) -> Iterator[str]:
        sys_from_history, rest = self.split_system(messages)
        for chunk in self._client.models.generate_content_stream(
            model=self.model,
            contents=_to_contents(rest),
            config=self._config(system or sys_from_history),
        ):
            if chunk.text:
                yield chunk.text

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        resp = self._client.models.embed_content(model="text-embedding-004", contents=list(texts))
        return [e.values for e in resp.embeddings]
