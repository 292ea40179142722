from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict

from svc import Service, rpc
from svc.llm import get_together
from svc.llm.tokens import count_tokens

log = logging.getLogger(__name__)

MAX_BATCH = 96


class EmbeddingCache:
    def __init__(self, size: int = 50_000) -> None:
        self._size = size
        self._data: OrderedDict[str, list[float]] = OrderedDict()

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha1(f"{model}\x00{text}".encode()).hexdigest()

    def get(self, model: str, text: str) -> list[float] | None:
        k = self.key(model, text)
        if k in self._data:
            self._data.move_to_end(k)
            return self._data[k]
        return None

    def put(self, model: str, text: str, vec: list[float]) -> None:
        self._data[self.key(model, text)] = vec
        while len(self._data) > self._size:
            self._data.popitem(last=False)


class EmbedderService(Service):
    name = "embedder"
    version = "1.2.2"

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.cache = EmbeddingCache()

    @rpc("ai.embed")
    async def embed(self, req: dict) -> dict:
        texts: list[str] = req["texts"]
        provider = req.get("provider", "openai")
        if len(texts) > MAX_BATCH:
            raise ValueError(f"at most {MAX_BATCH} texts per request")
        if provider == "cohere":
            vectors = await self._embed_cohere(texts, req.get("input_type", "search_document"))
        elif provider == "together":
            vectors = await self._embed_together(texts)
        else:
            vectors = await self._embed_openai(texts, req.get("model", self.settings.embed_model))
        return {"vectors": vectors, "provider": provider}

    @rpc("ai.embed.count")
    async def count(self, req: dict) -> dict:
        return {"tokens": [count_tokens(t, self.settings.embed_model) for t in req["texts"]]}

    async def _embed_openai(self, texts: list[str], model: str) -> list[list[float]]:
        missing = [t for t in texts if self.cache.get(model, t) is None]
        if missing:
            resp = await self.openai.embeddings.create(model=model, input=missing, encoding_format="float")
            for text, item in zip(missing, resp.data):
                self.cache.put(model, text, item.embedding)
        return [self.cache.get(model, t) for t in texts]  # type: ignore[misc]

    async def _embed_cohere(self, texts: list[str], input_type: str) -> list[list[float]]:
        resp = await self.cohere.embed(
            texts=texts,
            model=self.settings.cohere_embed_model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return [list(v) for v in resp.embeddings.float_]

    async def _embed_together(self, texts: list[str]) -> list[list[float]]:
        resp = await get_together().embeddings.create(
            model="BAAI/bge-large-en-v1.5",
            input=texts,
        )
        return [d.embedding for d in resp.data]
