"""Local models through Ollama (dev laptops and the on-prem worker pool).

The client is configured in ``docflow_configure`` from the plugin's own
config block so on-prem workers can point at a GPU box without touching
the global settings.
"""
from __future__ import annotations

import logging
import os

import ollama

from docflow import hookimpl
from docflow.models import Document, Summary

log = logging.getLogger(__name__)

PLUGIN_NAME = "ollama_plugin"
EMBED_MODEL = "nomic-embed-text"

_client: ollama.Client | None = None
_model: str = "llama3.1:8b"


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["summarize", "embed"]}


@hookimpl
def docflow_configure(engine) -> None:
    global _client, _model
    host = os.environ.get("DOCFLOW_OLLAMA_WORKER_HOST", engine.settings.ollama_host)
    _model = engine.settings.ollama_model
    _client = ollama.Client(host=host, timeout=engine.settings.request_timeout)
    try:
        local = {m.model for m in _client.list().models}
    except Exception:  # ollama not running: plugin stays registered but inert
        log.info("ollama not reachable at %s; plugin inert", host)
        _client = None
        return
    if _model not in local:
        log.warning("ollama model %s not pulled on %s", _model, host)


@hookimpl(trylast=True)
def summarize(engine, document: Document, max_words: int) -> Summary | None:
    if _client is None or engine.settings.summary_plugin != PLUGIN_NAME:
        return None
    resp = _client.chat(
        model=_model,
        messages=[
            {"role": "system", "content": f"Summarize the user's document in at most {max_words} words."},
            {"role": "user", "content": document.text},
        ],
        options={"temperature": 0.2, "num_ctx": 16384},
    )
    return Summary(
        text=resp.message.content,
        plugin=PLUGIN_NAME,
        model=_model,
        input_tokens=resp.prompt_eval_count,
        output_tokens=resp.eval_count,
    )


@hookimpl
def embed(engine, texts: list[str], purpose: str) -> list[list[float]] | None:
    if engine.settings.embedding_plugin != "ollama":
        return None
    prefix = "search_query: " if purpose == "query" else "search_document: "
    # module-level helper uses OLLAMA_HOST; fine for the embed workers
    resp = ollama.embed(model=EMBED_MODEL, input=[prefix + t for t in texts])
    return [list(v) for v in resp.embeddings]
