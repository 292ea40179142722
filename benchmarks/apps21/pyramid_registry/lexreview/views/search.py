"""Semantic search over a matter's documents."""
import logging

from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.view import view_config

from lexreview.llm.interfaces import ITogetherClient
from lexreview.models import Document, Matter
from lexreview.services import rerank_hits
from lexreview.services.embeddings import cosine, embedder_for_matter, rerank_local

log = logging.getLogger(__name__)

# populated by scripts/reindex_embeddings.py; {doc_id: vector}
_VECTOR_CACHE = {}


def _vector_search(matter, query_vec, limit=100):
    scored = []
    for doc in matter.documents:
        vec = _VECTOR_CACHE.get(doc.id)
        if vec is None:
            continue
        scored.append((doc, cosine(query_vec, vec)))
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored[:limit]


@view_config(route_name="search", request_method="GET", renderer="json")
def search(request):
    query = request.params.get("q", "").strip()
    matter_id = request.params.get("matter")
    if not query or not matter_id:
        raise HTTPBadRequest("q and matter are required")
    matter = request.dbsession.get(Matter, int(matter_id))
    if matter is None:
        raise HTTPNotFound()

    embedder = embedder_for_matter(request, matter)
    hits = _vector_search(matter, embedder.embed_query(query))

    if matter.sealed:
        ranked = rerank_local(hits, boost_terms=query.split())
    else:
        together = request.find_service(ITogetherClient)
        try:
            ranked = rerank_hits(together, query, hits, top_n=25)
        except Exception:
            log.exception("rerank failed, falling back to lexical boost")
            ranked = rerank_local(hits, boost_terms=query.split())

    return {
        "query": query,
        "results": [
            {"id": d.id, "bates": d.bates_begin, "score": round(s, 4), "snippet": d.snippet}
            for d, s in ranked
        ],
    }


@view_config(route_name="search_similar", request_method="GET", renderer="json")
def similar_documents(request):
    """More-like-this. Embeds the first 2k chars directly with Together (Slack thread w/ Priya)."""
    doc = request.dbsession.get(Document, int(request.matchdict["doc_id"]))
    if doc is None:
        raise HTTPNotFound()
    together = request.find_service(ITogetherClient)
    emb = together.embeddings.create(
        model=request.registry.settings.get("together.embedding_model", "BAAI/bge-large-en-v1.5"),
        input=[doc.text[:2000]],
    )
    hits = [h for h in _vector_search(doc.matter, emb.data[0].embedding, limit=11) if h[0].id != doc.id]
    return {"id": doc.id, "similar": [{"id": d.id, "score": round(s, 4)} for d, s in hits[:10]]}
