"""Ollama backend for the on-prem GPU pool."""
from __future__ import annotations

import logging
from typing import List, Optional, Sequence

from llmkit.backends import register_backend
from llmkit.backends.base import BaseBackend, ChatMessage, Completion

logger = logging.getLogger(__name__)


@register_backend("ollama")
class OllamaBackend(BaseBackend):
    supports_embeddings = True

    def __init__(self, settings, client) -> None:
        super().__init__(settings, client)
        self.default_model = settings.ollama_model

    def generate(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        model = model or self.default_model
        resp = self._client.chat(
            model=model,
            messages=self.to_dicts(messages),
            options={"temperature": temperature, "num_predict": max_tokens},
        )
        return Completion(
            text=resp.message.content or "",
            model=model,
            provider=self.name,
            input_tokens=resp.prompt_eval_count or 0,
            output_tokens=resp.eval_count or 0,
            finish_reason=resp.done_reason,
        )

    def embed(self, texts: Sequence[str]) -> List[List[float]]:
        resp = self._client.embed(model=self.settings.ollama_embed_model, input=list(texts))
        return [list(v) for v in resp.embeddings]

    def available_models(self) -> List[str]:
        try:
            return [m.model for m in self._client.list().models if m.model]
        except Exception:  # noqa: BLE001
            logger.warning("ollama host %s unreachable", self.settings.ollama_host)
            return []
