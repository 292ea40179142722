"""Background re-indexing of knowledge articles.

We moved query embeddings to Cohere in March; article embeddings are still
computed with whichever backend `EMBED_BACKEND` says so we can A/B. The
OpenAI and Gemini paths store under their own `embedding_model` tag.
"""
import io
import json
import logging

import anvil.server
from anvil.tables import app_tables

from .llm import get_gemini_client, get_openai_client

log = logging.getLogger(__name__)

EMBED_BACKEND = "openai"
BATCH = 64


def _chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _embed_openai(texts):
    client = get_openai_client()
    resp = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data], "text-embedding-3-small"


def _embed_gemini(texts):
    client = get_gemini_client()
    resp = client.models.embed_content(model="text-embedding-004", contents=texts)
    return [e.values for e in resp.embeddings], "text-embedding-004"


_BACKENDS = {"openai": _embed_openai, "gemini": _embed_gemini}


@anvil.server.background_task
def reindex_articles(backend=None, only_missing=True):
    embed = _BACKENDS[backend or EMBED_BACKEND]
    rows = list(app_tables.articles.search())
    if only_missing:
        rows = [r for r in rows if not r["embedding"]]
    anvil.server.task_state["total"] = len(rows)
    for i, batch in enumerate(_chunks(rows, BATCH)):
        vectors, model = embed([f"{r['title']}\n\n{r['body']}" for r in batch])
        for row, vec in zip(batch, vectors):
            row.update(embedding=vec, embedding_model=model)
        anvil.server.task_state["done"] = min((i + 1) * BATCH, len(rows))
    return len(rows)


@anvil.server.callable
def start_reindex(backend=None):
    task = anvil.server.launch_background_task("reindex_articles", backend)
    return task.get_id()


@anvil.server.callable
def export_articles_for_batch():
    """Uploads a JSONL of articles so the data team can run an offline batch.
    Only uploads – nothing is submitted from here."""
    buf = io.BytesIO()
    for row in app_tables.articles.search():
        line = {
            "custom_id": row["slug"],
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": "text-embedding-3-small", "input": row["body"]},
        }
        buf.write((json.dumps(line) + "\n").encode())
    buf.seek(0)
    uploaded = get_openai_client().files.create(file=("articles.jsonl", buf), purpose="batch")
    return uploaded.id
