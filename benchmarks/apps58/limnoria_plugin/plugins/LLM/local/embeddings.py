"""'seen-like' semantic search over scrollback: !similar <text>.

We embed lazily and cache by line text; the cache dies with the plugin.
"""

import concurrent.futures
import logging
import math

log = logging.getLogger("supybot.plugins.LLM.embeddings")

_pool = concurrent.futures.ThreadPoolExecutor(max_workers=2,
                                              thread_name_prefix="llm-embed")


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class EmbeddingIndex(object):
    def __init__(self, bundle, provider="mistral"):
        self.bundle = bundle
        self.provider = provider
        self._cache = {}

    def _embed_mistral(self, texts):
        res = self.bundle.mistral.embeddings.create(
            model="mistral-embed",
            inputs=texts,
        )
        return [d.embedding for d in res.data]

    def _embed_openai(self, texts):
        fut = _pool.submit(self.bundle.openai.embeddings.create,
                           model="text-embedding-3-small", input=texts)
        res = fut.result(timeout=20)
        return [d.embedding for d in res.data]

    def embed(self, texts):
        missing = [t for t in texts if t not in self._cache]
        if missing:
            if self.provider == "mistral":
                vectors = self._embed_mistral(missing)
            else:
                vectors = self._embed_openai(missing)
            self._cache.update(zip(missing, vectors))
        return [self._cache[t] for t in texts]

    def most_similar(self, query, lines, k=3):
        texts = [l.text for l in lines if len(l.text) > 10]
        if not texts:
            return []
        vectors = self.embed(texts + [query])
        qv = vectors[-1]
        scored = sorted(zip(texts, vectors[:-1]),
                        key=lambda tv: cosine(qv, tv[1]), reverse=True)
        return [t for t, _ in scored[:k]]
