"""Embedding endpoints (mounted under /v1/embeddings)."""
from twisted.internet import defer

from gateway.rag.embedder import embed_query_async, embed_texts
from gateway.web import BadRequest, json_response, read_json


@defer.inlineCallbacks
def embed_documents(self, request):
    body = read_json(request)
    texts = body.get("texts") or []
    if not texts or len(texts) > 128:
        raise BadRequest("texts must contain 1..128 items")
    vectors = yield embed_texts(self.registry.get("voyage"), texts,
                                model=body.get("model", self.settings.embed_model))
    defer.returnValue(json_response(request, {"embeddings": vectors}))


def embed_query(self, request):
    body = read_json(request)
    d = defer.ensureDeferred(embed_query_async(body["query"]))
    d.addCallback(lambda v: json_response(request, {"embedding": v}))
    return d
