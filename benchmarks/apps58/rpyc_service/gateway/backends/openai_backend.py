from __future__ import annotations

import logging
from typing import Iterator, Sequence

from gateway.backends.base import Backend, CompletionResult, EmbeddingResult
from gateway.clients import get_openai_client

log = logging.getLogger(__name__)


class OpenAIBackend(Backend):
    name = "openai"
    supports_embeddings = True
    supports_streaming = True

    def __init__(self, config, client=None) -> None:
        super().__init__(config)
        self._client = client or get_openai_client()
        self.embed_model = config.embed_model or "text-embedding-3-small"

    def complete(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None):
        msgs = list(messages)
        if system:
            msgs.insert(0, {"role": "system", "content": system})
        start = self._now()
        resp = self._client.chat.completions.create(
            model=model or self.default_model,
            messages=msgs,
            max_tokens=max_tokens or self.config.max_tokens,
            temperature=temperature,
        )
        choice = resp.choices[0]
        return CompletionResult(
            text=choice.message.content or "",
            model=resp.model,
            backend=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_ms=self._elapsed_ms(start),
            finish_reason=choice.finish_reason,
        )

    def embed(self, texts: Sequence[str], *, model=None) -> EmbeddingResult:
        resp = self._client.embeddings.create(model=model or self.embed_model, input=list(texts))
        return EmbeddingResult(
            vectors=[d.embedding for d in resp.data],
            model=resp.model,
            backend=self.name,
            input_tokens=resp.usage.prompt_tokens,
        )

    def stream(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None) -> Iterator[str]:
        msgs = list(messages)
        if system:
            msgs.insert(0, {"role": "system", "content": system})
        stream = self._client.chat.completions.create(
            model=model or self.default_model,
            messages=msgs,
            max_tokens=max_tokens or self.config.max_tokens,
            temperature=temperature,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def healthcheck(self) -> bool:
        try:
            models = self._client.models.list()
            return any(m.id == self.default_model for m in models)
        except Exception:  # noqa: BLE001
            log.exception("openai healthcheck failed")
            return False
