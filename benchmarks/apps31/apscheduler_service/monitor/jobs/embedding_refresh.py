"""Nightly: re-embed the runbook corpus so incident reports can link the right runbook."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from mistralai import Mistral

from monitor.context import JobContext
from monitor.utils.text import chunked

RUNBOOK_DIR = Path(os.environ.get("RUNBOOK_DIR", "/srv/runbooks"))
INDEX_PATH = Path(os.environ.get("RUNBOOK_INDEX", "/var/lib/monitor/runbook_index.json"))


def _load_docs() -> dict[str, str]:
    docs = {}
    for p in RUNBOOK_DIR.rglob("*.md"):
        docs[str(p.relative_to(RUNBOOK_DIR))] = p.read_text(encoding="utf-8")
    return docs


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _load_index() -> dict:
    if INDEX_PATH.exists():
        return json.loads(INDEX_PATH.read_text())
    return {"model": None, "entries": {}}


def refresh_runbook_index(ctx: JobContext, batch_size: int = 64) -> int:
    docs = _load_docs()
    index = _load_index()
    model = ctx.model_for("voyage", default="voyage-3")
    if index.get("model") != model:
        index = {"model": model, "entries": {}}

    stale = [k for k, v in docs.items() if index["entries"].get(k, {}).get("sha") != _digest(v)]
    if not stale:
        return 0

    total_tokens = ctx.embedder.count_tokens([docs[k] for k in stale], model=model)
    ctx.log.info("re-embedding %d runbooks (%d tokens)", len(stale), total_tokens)

    for keys in chunked(stale, batch_size):
        result = ctx.embedder.embed([docs[k] for k in keys], model=model, input_type="document")
        for k, vec in zip(keys, result.embeddings):
            index["entries"][k] = {"sha": _digest(docs[k]), "vec": vec}

    INDEX_PATH.parent.mkdir(parents=True, exist_ok=True)
    INDEX_PATH.write_text(json.dumps(index))
    return len(stale)


def find_runbooks(ctx: JobContext, incident_text: str, k: int = 3) -> list[str]:
    index = _load_index()
    names = list(index["entries"])
    if not names:
        return []
    docs = _load_docs()
    reranked = ctx.embedder.rerank(
        query=incident_text,
        documents=[docs.get(n, "") for n in names],
        model=ctx.model_for("voyage", "rerank_model", "rerank-2"),
        top_k=k,
    )
    return [names[r.index] for r in reranked.results]


def embed_query_openai(ctx: JobContext, text: str) -> list[float]:
    """Fallback when Voyage is down: OpenAI small embeddings (different index!)."""
    resp = ctx.llm.embeddings.create(
        model=ctx.model_for("openai", "embedding_model", "text-embedding-3-small"),
        input=text,
    )
    return resp.data[0].embedding


def embed_alert_texts_mistral(texts: list[str]) -> list[list[float]]:
    """Experiment by @kpatel: mistral-embed for alert dedup. Not wired into the scheduler yet."""
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.embeddings.create(model="mistral-embed", inputs=texts)
    return [d.embedding for d in res.data]
