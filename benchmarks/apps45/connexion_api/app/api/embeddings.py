"""/embeddings controller (x-openapi-router-controller: app.api.embeddings)."""
from connexion.exceptions import BadRequestProblem
from flask import current_app

from app.services.container import get_container
from app.services.rerank import RERANKERS

MAX_TEXTS = 512


def create(body, token_info=None):
    texts = body["texts"]
    if len(texts) > MAX_TEXTS:
        raise BadRequestProblem(detail=f"at most {MAX_TEXTS} texts per request")
    svc = get_container().embeddings
    vectors = svc.embed(texts, provider=body.get("provider", "openai"),
                        input_type=body.get("input_type", "document"))
    return {"data": [{"index": i, "embedding": v} for i, v in enumerate(vectors)]}


def rerank(body, token_info=None):
    tenant = (token_info or {}).get("tenant", "default")
    backend = "voyage" if tenant.startswith("eu-") else "cohere"
    if backend == "cohere":
        ranked = RERANKERS["cohere"](
            current_app.extensions["llm"].cohere,
            body["query"],
            body["documents"],
            top_n=body.get("top_n", 5),
            model=current_app.config["COHERE_RERANK_MODEL"],
        )
    else:
        ranked = RERANKERS["voyage"](body["query"], body["documents"], top_n=body.get("top_n", 5))
    return {"results": ranked, "backend": backend}


def query_vector(text):
    """Single query embedding used by the search blueprint."""
    llm = current_app.extensions["llm"]
    resp = llm.voyage.embed([text], model=current_app.config["VOYAGE_MODEL"], input_type="query")
    return resp.embeddings[0]


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


def search_in_memory(text, corpus, k=10):
    """Tiny brute-force search over (id, vector) pairs, used by the demo tenant."""
    qv = query_vector(text)
    scored = sorted(((doc_id, _cosine(qv, vec)) for doc_id, vec in corpus),
                    key=lambda t: t[1], reverse=True)
    return scored[:k]
