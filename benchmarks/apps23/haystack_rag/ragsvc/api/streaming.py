"""Server-sent-event endpoints. These bypass the pipelines so tokens reach the UI quickly."""
from __future__ import annotations

import json
import logging

import ollama
from flask import Blueprint, Response, abort, current_app, request, stream_with_context
from haystack.dataclasses import ChatMessage

from ragsvc.clients import get_mistral_client
from ragsvc.stores import get_document_store

logger = logging.getLogger(__name__)

bp = Blueprint("stream", __name__)


def _sse(data: dict) -> str:
    return f"data: {json.dumps(data)}\n\n"


def _context_for(query: str, store_name: str = "default", k: int = 5) -> str:
    # keyword retrieval only: the embedding round-trip made first-token latency too high
    docs = get_document_store(store_name).bm25_retrieval(query=query, top_k=k)
    return "\n\n".join(d.content or "" for d in docs)


@bp.post("/ask/stream")
def ask_stream():
    body = request.get_json(silent=True) or {}
    query = body.get("query")
    if not query:
        abort(400)
    context = _context_for(query)
    client = get_mistral_client()
    messages = [
        {"role": "system", "content": "Answer from the context. Say 'I don't know' if it is not there."},
        {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {query}"},
    ]

    @stream_with_context
    def generate():
        response = client.chat.stream(model="mistral-large-latest", messages=messages, max_tokens=700)
        for event in response:
            delta = event.data.choices[0].delta.content
            if delta:
                yield _sse({"delta": delta})
        yield _sse({"done": True})

    return Response(generate(), mimetype="text/event-stream")


@bp.post("/local/stream")
def local_stream():
    """Dev only: streams from the local Ollama model."""
    if not current_app.debug:
        abort(404)
    body = request.get_json(silent=True) or {}
    query = body.get("query", "")
    model = body.get("model", "llama3.1:8b")

    @stream_with_context
    def generate():
        for part in ollama.chat(model=model, messages=[{"role": "user", "content": query}], stream=True):
            yield _sse({"delta": part["message"]["content"]})
        yield _sse({"done": True})

    return Response(generate(), mimetype="text/event-stream")


@bp.post("/internal/stream")
def internal_stream():
    body = request.get_json(silent=True) or {}
    pipeline = current_app.extensions["ragsvc.pipelines"].get("internal_docs")
    if pipeline is None:
        abort(503)
    llm = pipeline.get_component("llm")
    query = body.get("query", "")
    messages = [ChatMessage.from_user(f"Context:\n{_context_for(query, 'internal_docs')}\n\n{query}")]

    @stream_with_context
    def generate():
        for delta in llm.stream(messages):
            yield _sse({"delta": delta})
        yield _sse({"done": True})

    return Response(generate(), mimetype="text/event-stream")
