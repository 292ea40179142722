from __future__ import annotations

from .. import config as cfg
from .base import BaseProvider, Completion
from .registry import register_provider


@register_provider("ollama")
class OllamaProvider(BaseProvider):
    """Local models served by ``ollama serve``."""

    def _messages(self, messages, system):
        if system:
            return [{"role": "system", "content": system}, *messages]
        return list(messages)

    async def complete(self, messages, system=None) -> Completion:
        resp = await self.client.chat(
            model=self.model,
            messages=self._messages(messages, system),
            options={"num_predict": self.max_tokens, "temperature": 0.2},
        )
        return Completion(
            text=resp["message"]["content"],
            model=self.model,
            provider=self.name,
            input_tokens=resp.get("prompt_eval_count", 0),
            output_tokens=resp.get("eval_count", 0),
            finish_reason=resp.get("done_reason"),
            raw=resp,
        )

    async def stream(self, messages, system=None):
        async for part in await self.client.chat(
            model=self.model,
            messages=self._messages(messages, system),
            stream=True,
        ):
            yield part["message"]["content"]

    async def embed(self, texts):
        resp = await self.client.embed(model=cfg.EMBEDDING_MODELS["ollama"], input=texts)
        return resp["embeddings"]

    async def installed_models(self):
        listing = await self.client.list()
        return [m["model"] for m in listing["models"]]
