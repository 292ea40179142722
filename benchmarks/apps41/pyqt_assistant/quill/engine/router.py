"""ProviderRouter: one call surface over the configured SDK clients.

The router keeps the clients it was given in ``self._clients`` so tests can
inject fakes. ``complete`` returns (text, usage) where usage is a
(input_tokens, output_tokens) tuple.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from google.genai import types as genai_types

from quill import config
from quill.engine import factories
from quill.engine.prompts import SYSTEM_EDITOR

log = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0


class ProviderRouter:
    def __init__(self, clients: dict | None = None):
        self._clients = clients or {}

    def client(self, provider: str):
        if provider not in self._clients:
            self._clients[provider] = factories.make_client(provider)
        return self._clients[provider]

    def complete(
        self,
        prompt: str,
        provider: str | None = None,
        model: str | None = None,
        system: str = SYSTEM_EDITOR,
        temperature: float = 0.7,
        max_tokens: int = 1024,
    ) -> Completion:
        provider = provider or config.preferred_provider()
        model = model or config.default_model(provider)
        client = self.client(provider)
        log.debug("complete provider=%s model=%s", provider, model)

        if provider == "anthropic":
            msg = client.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system,
                temperature=temperature,
                messages=[{"role": "user", "content": prompt}],
            )
            text = "".join(b.text for b in msg.content if b.type == "text")
            return Completion(text, model, provider, msg.usage.input_tokens, msg.usage.output_tokens)

        if provider == "google":
            resp = client.models.generate_content(
                model=model,
                contents=prompt,
                config=genai_types.GenerateContentConfig(
                    system_instruction=system,
                    temperature=temperature,
                    max_output_tokens=max_tokens,
                ),
            )
            meta = resp.usage_metadata
            return Completion(
                resp.text or "",
                model,
                provider,
                getattr(meta, "prompt_token_count", 0) or 0,
                getattr(meta, "candidates_token_count", 0) or 0,
            )

        # openai, groq and xai share the chat.completions shape
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": prompt},
            ],
            temperature=temperature,
            max_tokens=max_tokens,
        )
        usage = resp.usage
        return Completion(
            resp.choices[0].message.content or "",
            model,
            provider,
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
        )

    def embed(self, texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
        resp = self.client("openai").embeddings.create(model=model, input=texts)
        return [d.embedding for d in resp.data]


_default_router: ProviderRouter | None = None


def default_router() -> ProviderRouter:
    global _default_router
    if _default_router is None:
        _default_router = ProviderRouter()
    return _default_router
