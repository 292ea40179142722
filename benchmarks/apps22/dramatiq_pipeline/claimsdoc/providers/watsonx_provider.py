from __future__ import annotations

from typing import Sequence

from claimsdoc.middleware import worker_clients
from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import register


@register("watsonx")
class WatsonxProvider(BaseProvider):
    """Granite via watsonx.ai. Uses the per-thread ModelInference from ClientsMiddleware."""

    supports_embeddings = True

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        granite = worker_clients().granite
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = granite.chat(messages=messages, params={"max_tokens": max_tokens, "temperature": 0})
        usage = resp.get("usage", {})
        return Completion(
            resp["choices"][0]["message"]["content"],
            resp.get("model_id", "granite"),
            usage.get("prompt_tokens", 0),
            usage.get("completion_tokens", 0),
            resp,
        )

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return worker_clients().granite_embed.embed_documents(texts=list(texts))

    def token_count(self, text: str) -> int:
        res = worker_clients().granite.tokenize(prompt=text)
        return res["result"]["token_count"]
