"""'Find similar books' using description embeddings.

Vectors are cached in the plugin's SQLite cache (see cache.py) keyed by
book id and a hash of the description.
"""

import asyncio
import hashlib
import math

from calibre_plugins.ai_book_assistant.config import prefs
from calibre_plugins.ai_book_assistant.llm import clients
from calibre_plugins.ai_book_assistant.llm.prompts import strip_html
from calibre_plugins.ai_book_assistant.cache import EmbeddingCache

BATCH = 64


def text_for(mi):
    return ('%s. %s' % (mi.title, strip_html(mi.comments or '')))[:4000]


def digest(text):
    return hashlib.sha1(text.encode('utf-8')).hexdigest()


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Embedder(object):
    """Wraps whichever provider the user picked for embeddings."""

    def __init__(self, provider='openai'):
        self.provider = provider
        self.cache = EmbeddingCache.create(prefs['embedding_model'])
        if provider == 'mistral':
            self.client = clients.get_mistral_client()
        elif provider == 'google':
            self.client = clients.get_genai_client()
        else:
            self.client = clients.get_openai_client()

    def _embed_batch(self, texts):
        if self.provider == 'mistral':
            res = self.client.embeddings.create(model='mistral-embed', inputs=texts)
            return [d.embedding for d in res.data]
        if self.provider == 'google':
            res = self.client.models.embed_content(model='text-embedding-004', contents=texts)
            return [e.values for e in res.embeddings]
        res = self.client.embeddings.create(model=prefs['embedding_model'], input=texts)
        return [d.embedding for d in res.data]

    def embed(self, items):
        """items: list of (book_id, text). Returns {book_id: vector}."""
        out, todo = {}, []
        for book_id, text in items:
            vec = self.cache.get(book_id, digest(text))
            if vec is None:
                todo.append((book_id, text))
            else:
                out[book_id] = vec
        for i in range(0, len(todo), BATCH):
            chunk = todo[i:i + BATCH]
            vecs = self._embed_batch([t for _, t in chunk])
            for (book_id, text), vec in zip(chunk, vecs):
                self.cache.put(book_id, digest(text), vec)
                out[book_id] = vec
        return out


async def embed_query_async(text):
    """Used by the search box; runs the blocking SDK call off the GUI thread."""
    client = clients.get_openai_client()
    res = await asyncio.to_thread(
        client.embeddings.create,
        model=prefs['embedding_model'],
        input=[text],
    )
    return res.data[0].embedding


def most_similar(target_vec, vectors, n=10):
    scored = sorted(((cosine(target_vec, v), bid) for bid, v in vectors.items()), reverse=True)
    return [bid for _, bid in scored[:n]]
