"""Vocabulary helpers: similar-word lookup via embeddings, token budgeting."""
import math

import tiktoken

from tutor.storage.db import get_db

_enc = None


def _encoding():
    global _enc
    if _enc is None:
        _enc = tiktoken.get_encoding("o200k_base")
    return _enc


def count_tokens(text):
    return len(_encoding().encode(text))


def trim_to_budget(texts, budget=6000):
    out, used = [], 0
    for t in texts:
        n = count_tokens(t)
        if used + n > budget:
            break
        out.append(t)
        used += n
    return out


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class VocabularyIndex:
    def __init__(self, openai_client, model="text-embedding-3-small"):
        self.client = openai_client
        self.model = model

    def embed_words(self, words):
        words = trim_to_budget(words)
        result = self.client.embeddings.create(model=self.model, input=words)
        vectors = [d.embedding for d in result.data]
        get_db().save_embeddings(self.model, dict(zip(words, vectors)))
        return vectors

    def similar(self, word, k=5):
        stored = get_db().load_embeddings(self.model)
        if word not in stored:
            query = self.client.embeddings.create(model=self.model, input=[word]).data[0].embedding
        else:
            query = stored[word]
        scored = sorted(((cosine(query, v), w) for w, v in stored.items() if w != word), reverse=True)
        return [w for _, w in scored[:k]]


async def embed_word_list_async(client, words, model="text-embedding-3-small", batch=256):
    """Bulk-embed a word list (used by the deck importer on first sync).

    ``client`` is the AsyncOpenAI client from ``tutor.services``.
    """
    vectors = []
    for i in range(0, len(words), batch):
        chunk = words[i:i + batch]
        resp = await client.embeddings.create(model=model, input=chunk)
        vectors.extend(d.embedding for d in resp.data)
    return dict(zip(words, vectors))
