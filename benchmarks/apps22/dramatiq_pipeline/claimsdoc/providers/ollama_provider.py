from __future__ import annotations

import ollama

from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import register
from claimsdoc.settings import settings


@register("ollama")
class OllamaProvider(BaseProvider):
    """On-prem models. Used for PHI-heavy medical records that may not leave the network."""

    supports_json = True

    def __init__(self, host: str | None = None) -> None:
        self._client = ollama.Client(host=host or settings.ollama_host)

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        msgs = [{"role": "system", "content": system}] if system else []
        msgs.append({"role": "user", "content": prompt})
        resp = self._client.chat(
            model=settings.ollama_model,
            messages=msgs,
            format="json" if json_mode else "",
            options={"num_predict": max_tokens, "temperature": 0},
        )
        return Completion(
            resp["message"]["content"],
            settings.ollama_model,
            resp.get("prompt_eval_count", 0) or 0,
            resp.get("eval_count", 0) or 0,
            resp,
        )

    def healthcheck(self) -> bool:
        names = {m.model for m in self._client.list().models}
        return settings.ollama_model in names
