"""OpenAI-compatible vendors (xAI, Perplexity).

Both speak the chat.completions protocol, so they reuse OpenAIProvider with
a client pointed at their base_url.
"""
from __future__ import annotations

from ..clients import get_perplexity_client, get_xai_client
from .base import Completion, with_system
from .openai_provider import OpenAIProvider


class XAIProvider(OpenAIProvider):
    name = "xai"

    def __init__(self, model, **kwargs):
        super().__init__(model, client=get_xai_client(), **kwargs)


class PerplexityProvider(OpenAIProvider):
    name = "perplexity"

    def __init__(self, model, **kwargs):
        super().__init__(model, client=get_perplexity_client(), **kwargs)

    def complete(self, messages, system=None) -> Completion:
        # Perplexity returns citations alongside the answer; keep them.
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=with_system(messages, system),
            temperature=self.temperature,
        )
        text = resp.choices[0].message.content or ""
        citations = getattr(resp, "citations", None) or []
        if citations:
            text += "\n\n" + "\n".join(f"[{i + 1}] {url}" for i, url in enumerate(citations))
        return Completion(
            text=text,
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )
