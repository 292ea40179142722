"""Google Gemini backend (google-genai SDK)."""
from __future__ import annotations

from typing import Iterator

from google import genai
from google.genai import types

from querysh.backends.base import Completion
from querysh.config import Settings

_CLIENT: genai.Client | None = None


def get_gemini_client(api_key: str | None = None) -> genai.Client:
    global _CLIENT
    if _CLIENT is None:
        _CLIENT = genai.Client(api_key=api_key)
    return _CLIENT


class GeminiBackend:
    name = "gemini"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.gemini_model
        self.client = get_gemini_client(settings.key_for("gemini"))

    def _config(self, system: str | None, max_tokens: int) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=system,
            temperature=self.settings.temperature,
            max_output_tokens=max_tokens,
        )

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Completion:
        response = self.client.models.generate_content(
            model=self.model,
            contents=prompt,
            config=self._config(system, max_tokens),
        )
        meta = response.usage_metadata
        return Completion(
            text=response.text or "",
            model=self.model,
            input_tokens=getattr(meta, "prompt_token_count", 0) or 0,
            output_tokens=getattr(meta, "candidates_token_count", 0) or 0,
            raw=response,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        for chunk in self.client.models.generate_content_stream(
            model=self.model,
            contents=prompt,
            config=self._config(system, self.settings.max_tokens),
        ):
            if chunk.text:
                yield chunk.text

    def count(self, prompt: str) -> int:
        return self.client.models.count_tokens(model=self.model, contents=prompt).total_tokens

    def available_models(self) -> list[str]:
        return [m.name for m in self.client.models.list() if "gemini" in (m.name or "")]
