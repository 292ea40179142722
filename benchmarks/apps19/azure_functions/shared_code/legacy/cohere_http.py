"""Direct HTTP calls to Cohere, from the proof-of-concept.

Kept because the German search index was built with these exact request
options (truncate=END) and we have not re-validated the SDK defaults.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Dict, List

import httpx

logger = logging.getLogger(__name__)

COHERE_BASE = "https://api.cohere.com"
COHERE_EMBED_URL = f"{COHERE_BASE}/v2/embed"
COHERE_CHAT_URL = f"{COHERE_BASE}/v2/chat"

_http = httpx.Client(timeout=30.0)


def _auth() -> Dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ.get('COHERE_API_KEY', '')}",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }


def embed_texts_http(texts: List[str], model: str = "embed-multilingual-v3.0") -> List[List[float]]:
    body = {
        "model": model,
        "texts": texts,
        "input_type": "search_document",
        "embedding_types": ["float"],
        "truncate": "END",
    }
    resp = _http.post(COHERE_EMBED_URL, headers=_auth(), json=body)
    resp.raise_for_status()
    return resp.json()["embeddings"]["float"]


async def grounded_chat_http(question: str, documents: List[Dict[str, Any]],
                             model: str = "command-r-plus-08-2024") -> str:
    body = {
        "model": model,
        "messages": [{"role": "user", "content": question}],
        "documents": documents,
    }
    async with httpx.AsyncClient(timeout=60.0) as client:
        resp = await client.post(COHERE_CHAT_URL, headers=_auth(), json=body)
    resp.raise_for_status()
    data = resp.json()
    return "".join(part.get("text", "") for part in data.get("message", {}).get("content", []))
