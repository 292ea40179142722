"""Embedding service backed by Voyage AI."""
import logging

from tornado.options import options

log = logging.getLogger(__name__)

BATCH = 64


class EmbeddingService:
    def __init__(self, voyage_client, model=None):
        self._voyage = voyage_client
        self.model = model or options.embed_model

    async def embed_query(self, text):
        result = await self._voyage.embed([text], model=self.model, input_type="query")
        return result.embeddings[0]

    async def embed_documents(self, texts):
        vectors = []
        for start in range(0, len(texts), BATCH):
            batch = texts[start:start + BATCH]
            result = await self._voyage.embed(
                batch,
                model=self.model,
                input_type="document",
                truncation=True,
            )
            log.debug("embedded %d docs (%d tokens)", len(batch), result.total_tokens)
            vectors.extend(result.embeddings)
        return vectors

    def estimate_tokens(self, texts):
        # local tokenizer, no request
        return self._voyage.count_tokens(texts, model=self.model)
