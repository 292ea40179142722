import attr
from twisted.internet import defer, threads

from gateway.rag.embedder import embed_texts
from gateway.rag.vector_store import VectorStore


@attr.s
class RerankHit(object):
    index = attr.ib()
    score = attr.ib()
    text = attr.ib()


class CohereReranker(object):

    def __init__(self, client, model="rerank-v3.5"):
        self._client = client
        self.model = model

    def _rerank_sync(self, query, documents, top_n):
        resp = self._client.rerank(
            model=self.model, query=query, documents=documents, top_n=top_n)
        return [RerankHit(r.index, r.relevance_score, documents[r.index])
                for r in resp.results]

    def rerank(self, query, documents, top_n=5):
        if not documents:
            from twisted.internet import defer
            return defer.succeed([])
        return threads.deferToThread(self._rerank_sync, query, documents, top_n)


class VoyageReranker(object):
    """Tried in Q3; kept for the A/B flag."""

    def __init__(self, client, model="rerank-2"):
        self.client = client
        self.model = model

    def rerank(self, query, documents, top_n=5):
        def _go():
            out = self.client.rerank(query, documents, model=self.model, top_k=top_n)
            return [RerankHit(r.index, r.relevance_score, r.document) for r in out.results]
        return threads.deferToThread(_go)


class RetrievalPipeline(object):

    def __init__(self, voyage_client, cohere_client, store=None):
        self.voyage = voyage_client
        self.reranker = CohereReranker(cohere_client)
        self.store = store or VectorStore()
        self.collection = self.store.create("default")

    @defer.inlineCallbacks
    def index(self, docs):
        vectors = yield embed_texts(self.voyage, [d["text"] for d in docs])
        for doc, vec in zip(docs, vectors):
            self.collection.add(doc["id"], vec, doc["text"])
        defer.returnValue(len(docs))

    async def search(self, query, k=5):
        (qvec,) = await embed_texts(self.voyage, [query], input_type="query")
        candidates = self.collection.query(qvec, k=k * 4)
        hits = await self.reranker.rerank(query, [c["text"] for c in candidates], top_n=k)
        return [{"text": h.text, "score": h.score} for h in hits]
