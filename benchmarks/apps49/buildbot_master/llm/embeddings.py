"""Failure-signature embeddings, used to cluster identical failures across
builders so the reporter posts one summary instead of twelve."""
import logging
import math

from llm import get_cohere_client, get_openai_client
from llm.settings import load_settings

log = logging.getLogger(__name__)


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if not na or not nb:
        return 0.0
    return dot / (na * nb)


def embed_signatures(signatures, provider="openai"):
    """Return one vector per failure signature."""
    settings = load_settings()
    if not signatures:
        return []
    if provider == "cohere":
        co = get_cohere_client()
        res = co.embed(
            texts=list(signatures),
            model=settings.cohere_embed_model,
            input_type="clustering",
            embedding_types=["float"],
        )
        return list(res.embeddings.float_)
    client = get_openai_client()
    resp = client.embeddings.create(model=settings.openai_embedding_model, input=list(signatures))
    return [d.embedding for d in resp.data]


def cluster(signatures, threshold=0.92, provider="openai"):
    vectors = embed_signatures(signatures, provider=provider)
    clusters = []
    for sig, vec in zip(signatures, vectors):
        for c in clusters:
            if cosine(c["centroid"], vec) >= threshold:
                c["members"].append(sig)
                break
        else:
            clusters.append({"centroid": vec, "members": [sig]})
    return clusters


def rank_known_issues(failure_text, known_issues, top_n=3):
    """Rerank the tracker's known-issue titles against a failure."""
    if not known_issues:
        return []
    co = get_cohere_client()
    result = co.rerank(
        model=load_settings().cohere_rerank_model,
        query=failure_text[:4000],
        documents=[k["title"] for k in known_issues],
        top_n=top_n,
    )
    return [(known_issues[r.index], r.relevance_score) for r in result.results]
