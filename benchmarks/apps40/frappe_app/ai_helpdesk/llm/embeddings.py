"""Embeddings for the knowledge base.

OpenAI is the default; tenants on the EU plan use Mistral's embed model.
"""

from __future__ import annotations

import frappe

from ai_helpdesk.llm.clients import get_mistral_client, get_openai_client, get_settings

BATCH = 64


def embed_texts(texts: list[str], provider: str | None = None) -> list[list[float]]:
    provider = provider or (get_settings().embedding_provider or "OpenAI")
    out: list[list[float]] = []
    for start in range(0, len(texts), BATCH):
        chunk = [t[:8000] for t in texts[start : start + BATCH]]
        if provider == "Mistral":
            resp = get_mistral_client().embeddings.create(model="mistral-embed", inputs=chunk)
        else:
            resp = get_openai_client().embeddings.create(
                model=get_settings().embedding_model or "text-embedding-3-small",
                input=chunk,
            )
        out.extend(item.embedding for item in resp.data)
    return out


def embed_query(text: str) -> list[float]:
    key = f"ai_helpdesk:qemb:{frappe.generate_hash(text, 16)}"
    cached = frappe.cache().get_value(key)
    if cached:
        return cached
    vector = embed_texts([text])[0]
    frappe.cache().set_value(key, vector, expires_in_sec=3600)
    return vector


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0
