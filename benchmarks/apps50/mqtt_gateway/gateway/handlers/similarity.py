"""Find past incidents similar to a new one.

Topic: ``<base>/incidents/similar`` with ``{"text": ..., "reply_topic": ...}``.
Uses Voyage embeddings for recall and Voyage rerank for precision.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import paho.mqtt.client as mqtt

from gateway.services.clients import get_openai_client
from gateway.services.embeddings import cosine
from gateway.utils.json_tools import loads_payload

log = logging.getLogger(__name__)

RECALL_K = 20
FINAL_K = 3


def handle_similar(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    payload = loads_payload(msg.payload)
    userdata["pool"].submit(_find_and_publish, client, userdata, payload)


def _find_and_publish(client: mqtt.Client, userdata: dict[str, Any], payload: dict[str, Any]) -> None:
    text = payload["text"]
    candidates = userdata["store"].recent(limit=300)
    if not candidates:
        client.publish(payload["reply_topic"], json.dumps([]), qos=1)
        return

    embedder = userdata["embedder"]
    bodies = [c["body"] for c in candidates]
    try:
        doc_vecs = embedder.embed_documents(bodies)
        q_vec = embedder.embed_query(text)
    except Exception:  # noqa: BLE001 - voyage outage; degrade to openai vectors
        log.exception("voyage embedding failed, using openai fallback")
        doc_vecs, q_vec = _openai_vectors(bodies, text)
    scored = sorted(
        zip(candidates, (cosine(q_vec, v) for v in doc_vecs)), key=lambda p: p[1], reverse=True
    )[:RECALL_K]

    vo = userdata["llm"]["voyage"]
    reranked = vo.rerank(
        query=text,
        documents=[c["body"] for c, _ in scored],
        model="rerank-2",
        top_k=FINAL_K,
    )
    best = [
        {"id": scored[r.index][0]["id"], "subject": scored[r.index][0]["subject"], "score": r.relevance_score}
        for r in reranked.results
    ]
    client.publish(payload["reply_topic"], json.dumps(best), qos=1)


def _openai_vectors(bodies: list[str], query: str) -> tuple[list[list[float]], list[float]]:
    resp = get_openai_client().embeddings.create(model="text-embedding-3-small", input=bodies + [query])
    vecs = [d.embedding for d in resp.data]
    return vecs[:-1], vecs[-1]
