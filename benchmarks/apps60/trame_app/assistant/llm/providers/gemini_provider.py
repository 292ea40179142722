from __future__ import annotations

from typing import Iterator

from google import genai
from google.genai import types

from assistant.llm.base import ChatMessage, Completion, split_system
from assistant.llm.clients import get_genai_client


def _to_contents(messages: list[ChatMessage]) -> list[types.Content]:
    contents = []
    for m in messages:
        role = "model" if m.role == "assistant" else "user"
        contents.append(types.Content(role=role, parts=[types.Part.from_text(text=m.content)]))
    return contents


class GeminiProvider:
    name = "gemini"

    def __init__(self, client: genai.Client | None = None, default_model: str = "gemini-2.0-flash"):
        self._client = client or get_genai_client()
        self.default_model = default_model

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        inline_system, rest = split_system(messages)
        config = types.GenerateContentConfig(
            system_instruction=system or inline_system,
            max_output_tokens=max_tokens,
            temperature=temperature,
        )
        response = self._client.models.generate_content(
            model=model or self.default_model,
            contents=_to_contents(rest),
            config=config,
        )
        meta = response.usage_metadata
        return Completion(
            text=response.text or "",
            model=model or self.default_model,
            provider=self.name,
            input_tokens=(meta.prompt_token_count or 0) if meta else 0,
            output_tokens=(meta.candidates_token_count or 0) if meta else 0,
            raw=response,
        )

    def stream(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
    ) -> Iterator[str]:
        inline_system, rest = split_system(messages)
        for chunk in self._client.models.generate_content_stream(
            model=model or self.default_model,
            contents=_to_contents(rest),
            config=types.GenerateContentConfig(system_instruction=system or inline_system),
        ):
            if chunk.text:
                yield chunk.text

    def count_tokens(self, messages: list[ChatMessage], model: str | None = None) -> int:
        result = self._client.models.count_tokens(
            model=model or self.default_model, contents=_to_contents(messages)
        )
        return result.total_tokens or 0
