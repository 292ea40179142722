"""Voyage embeddings.

embed_texts() is the old Deferred API (blocking client in a thread);
embed_query_async() is the newer async path using voyageai.AsyncClient.
"""
from twisted.internet import threads

from gateway.providers import make_async_voyage

BATCH = 64

_async_client = None


def _embed_batch(client, batch, model, input_type):
    result = client.embed(batch, model=model, input_type=input_type)
    return result.embeddings


def embed_texts(client, texts, model="voyage-3", input_type="document"):
    def _run():
        vectors = []
        for i in range(0, len(texts), BATCH):
            vectors.extend(_embed_batch(client, texts[i:i + BATCH], model, input_type))
        return vectors
    return threads.deferToThread(_run)


async def embed_query_async(query, model="voyage-3"):
    global _async_client
    if _async_client is None:
        _async_client = make_async_voyage()
    result = await _async_client.embed([query], model=model, input_type="query")
    return result.embeddings[0]
