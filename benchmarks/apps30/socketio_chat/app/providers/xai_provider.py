"""Grok via the OpenAI-compatible endpoint (api.x.ai)."""
from __future__ import annotations

from app.providers.openai_provider import OpenAIProvider


class XAIProvider(OpenAIProvider):
    name = "xai"

    # Grok's chat endpoint is the OpenAI one, so the whole implementation is
    # inherited; only the default model and the client's base_url differ.
    def __init__(self, client, model: str = "grok-2-latest") -> None:
        super().__init__(client, model)
