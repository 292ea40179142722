"""OpenAI backend and the shared client factory."""
from __future__ import annotations

import functools
from typing import Iterator

from openai import OpenAI

from querysh.backends.base import BackendError, Completion
from querysh.config import Settings


@functools.lru_cache(maxsize=4)
def get_openai_client(api_key: str | None = None, timeout: float = 60.0) -> OpenAI:
    """Shared OpenAI client; cached so every command reuses one connection pool."""
    return OpenAI(api_key=api_key, timeout=timeout, max_retries=2)


class OpenAIBackend:
    name = "openai"

    def __init__(self, settings: Settings, client: OpenAI | None = None) -> None:
        self.settings = settings
        self.model = settings.openai_model
        self.client = client or get_openai_client(settings.key_for("openai"))

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Completion:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=self.settings.temperature,
                max_tokens=max_tokens,
            )
        except Exception as exc:  # openai.APIError and friends
            raise BackendError(f"OpenAI request failed: {exc}") from exc
        usage = resp.usage
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=resp,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        for chunk in self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=self.settings.temperature,
            stream=True,
        ):
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def embed(self, texts: list[str]) -> list[list[float]]:
        result = self.client.embeddings.create(model=self.settings.embed_model, input=texts)
        return [d.embedding for d in result.data]

    def available_models(self) -> list[str]:
        return sorted(m.id for m in self.client.models.list() if m.id.startswith(("gpt-", "o1", "o3")))
