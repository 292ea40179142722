"""Document embeddings for semantic search.

Primary: Together (bge-large). On-prem fallback for sealed matters: Ollama.
The watsonx slate model is used for the IBM-hosted client matters (see matter.hosting).
"""
import logging

from lexreview.llm.clients import get_ollama_client

log = logging.getLogger(__name__)

TOGETHER_MODEL = "BAAI/bge-large-en-v1.5"
OLLAMA_MODEL = "nomic-embed-text"
BATCH_SIZE = 64


def _batches(items, size=BATCH_SIZE):
    for i in range(0, len(items), size):
        yield items[i : i + size]


class TogetherEmbedder:
    def __init__(self, client, model=TOGETHER_MODEL):
        self.client = client
        self.model = model

    def embed(self, texts):
        vectors = []
        for batch in _batches(list(texts)):
            resp = self.client.embeddings.create(model=self.model, input=batch)
            vectors.extend(item.embedding for item in resp.data)
        return vectors

    def embed_query(self, text):
        return self.embed([text])[0]


class OllamaEmbedder:
    """Used for matters flagged ``sealed``: text never leaves the building."""

    def __init__(self, host=None, model=OLLAMA_MODEL):
        self.host = host
        self.model = model

    def embed(self, texts):
        client = get_ollama_client(self.host)
        vectors = []
        for batch in _batches(list(texts)):
            resp = client.embed(model=self.model, input=batch)
            vectors.extend(resp["embeddings"])
        return vectors

    def embed_query(self, text):
        return self.embed([text])[0]


class WatsonxEmbedder:
    def __init__(self, embeddings):
        self._embeddings = embeddings

    def embed(self, texts):
        return self._embeddings.embed_documents(texts=list(texts))

    def embed_query(self, text):
        return self._embeddings.embed_query(text=text)


def embedder_for_matter(request, matter):
    from lexreview.llm.interfaces import ITogetherClient, IWatsonxEmbeddings

    if matter.sealed:
        return OllamaEmbedder(host=request.registry.settings.get("ollama.host"))
    if matter.hosting == "ibm":
        return WatsonxEmbedder(request.registry.getUtility(IWatsonxEmbeddings))
    return TogetherEmbedder(
        request.find_service(ITogetherClient),
        model=request.registry.settings.get("together.embedding_model", TOGETHER_MODEL),
    )


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


# --- second-stage reranking (was services/rerank.py) ---

RERANK_MODEL = "Salesforce/Llama-Rank-V1"


def rerank_hits(together_client, query, hits, top_n=20, model=RERANK_MODEL):
    """``hits`` are (document, score) pairs from the vector search."""
    if not hits:
        return []
    documents = [doc.snippet or doc.text[:2000] for doc, _ in hits]
    result = together_client.rerank.create(
        model=model,
        query=query,
        documents=documents,
        top_n=min(top_n, len(documents)),
    )
    return [(hits[r.index][0], r.relevance_score) for r in result.results]


def rerank_local(hits, boost_terms=()):
    """Cheap lexical boost used when the rerank service is down."""
    out = []
    for doc, score in hits:
        bonus = sum(0.05 for t in boost_terms if t.lower() in (doc.text or "").lower())
        out.append((doc, score + bonus))
    return sorted(out, key=lambda pair: pair[1], reverse=True)
