"""Tiny in-memory vector store; the prod one is pgvector behind adbapi."""
import math

from twisted.enterprise import adbapi


def _cos(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a)) or 1.0
    nb = math.sqrt(sum(y * y for y in b)) or 1.0
    return dot / (na * nb)


class Collection(object):

    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, doc_id, vector, text):
        self.items.append((doc_id, vector, text))

    def query(self, vector, k=5):
        scored = sorted(self.items, key=lambda it: -_cos(vector, it[1]))
        return [{"id": i, "text": t, "score": _cos(vector, v)} for i, v, t in scored[:k]]


class VectorStore(object):

    def __init__(self):
        self.collections = {}

    def create(self, name):
        col = self.collections.get(name)
        if col is None:
            col = self.collections[name] = Collection(name)
        return col


class PgVectorStore(object):

    def __init__(self, dsn):
        self.pool = adbapi.ConnectionPool("psycopg2", dsn, cp_min=1, cp_max=4)

    def create(self, name, dims=1024):
        return self.pool.runOperation(
            "CREATE TABLE IF NOT EXISTS emb_%s (id text primary key, v vector(%d), body text)"
            % (name, dims))

    def query(self, name, vector, k=5):
        return self.pool.runQuery(
            "SELECT id, body, 1 - (v <=> %%s::vector) FROM emb_%s ORDER BY v <=> %%s::vector LIMIT %%s" % name,
            (vector, vector, k))


def chunk_text(text, size=800, overlap=100):
    """Split text into overlapping character windows for indexing."""
    if size <= overlap:
        raise ValueError("size must exceed overlap")
    chunks = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        chunks.append(text[start:end])
        if end == len(text):
            break
        start = end - overlap
    return chunks


def dedupe(hits, key="text"):
    seen = set()
    out = []
    for h in hits:
        if h[key] in seen:
            continue
        seen.add(h[key])
        out.append(h)
    return out
