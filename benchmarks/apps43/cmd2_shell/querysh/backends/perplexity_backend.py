"""Perplexity (online search models) through the OpenAI-compatible endpoint."""
from __future__ import annotations

from typing import Iterator

from openai import OpenAI

from querysh.backends.base import Completion
from querysh.config import Settings

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


def perplexity_client(api_key: str | None = None) -> OpenAI:
    return OpenAI(api_key=api_key, base_url=PERPLEXITY_BASE_URL)


class PerplexityBackend:
    name = "perplexity"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.perplexity_model
        self.client = perplexity_client(settings.key_for("perplexity"))

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Completion:
        messages = [{"role": "system", "content": system or "Be precise and cite sources."}]
        messages.append({"role": "user", "content": prompt})
        resp = self.client.chat.completions.create(model=self.model, messages=messages, max_tokens=max_tokens)
        citations = getattr(resp, "citations", None) or []
        text = resp.choices[0].message.content or ""
        if citations:
            text += "\n\nSources:\n" + "\n".join(f"  [{i + 1}] {url}" for i, url in enumerate(citations))
        return Completion(
            text=text,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            raw=resp,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        yield self.complete(prompt, system=system).text
