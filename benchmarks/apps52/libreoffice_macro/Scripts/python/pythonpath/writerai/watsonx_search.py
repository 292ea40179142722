"""Paragraph search with watsonx embeddings (for customers contractually limited to IBM Cloud)."""
import functools
import math

from ibm_watsonx_ai import APIClient, Credentials
from ibm_watsonx_ai.foundation_models import Embeddings

from writerai.config import load_settings


@functools.lru_cache(maxsize=1)
def _embedder():
    s = load_settings()
    api_client = APIClient(
        credentials=Credentials(url=s.watsonx_url, api_key=s.watsonx_api_key),
        project_id=s.watsonx_project_id,
    )
    return Embeddings(model_id="ibm/slate-125m-english-rtrvr-v2", api_client=api_client)


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def _norm(a):
    return math.sqrt(_dot(a, a)) or 1.0


def search(query, paragraphs, top_k=5):
    emb = _embedder()
    qv = emb.embed_query(text=query)
    pvs = emb.embed_documents(texts=paragraphs)
    scored = [(_dot(qv, pv) / (_norm(qv) * _norm(pv)), i) for i, pv in enumerate(pvs)]
    scored.sort(reverse=True)
    return [(paragraphs[i], score) for score, i in scored[:top_k]]
