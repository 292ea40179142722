"""Legacy GPT helpers (2023).  Uses the module-level ``openai`` client."""
from __future__ import annotations

import json
import logging
import os
from typing import List, Optional, Sequence

import openai

from ..clients.openai_client import get_azure_client
from ..utils.text import strip_code_fences

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")
KEYWORD_MODEL = os.environ.get("KEYWORD_MODEL", "gpt-4o-mini")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini-eu")


def extract_keywords(text: str, hints: Optional[Sequence[str]] = None, k: int = 8) -> List[str]:
    hint_str = f"\nCandidate phrases: {', '.join(hints)}" if hints else ""
    resp = openai.chat.completions.create(
        model=KEYWORD_MODEL,
        messages=[
            {"role": "system", "content": f"Return a JSON list of the {k} most salient keywords."},
            {"role": "user", "content": text + hint_str},
        ],
        temperature=0,
    )
    try:
        kws = json.loads(strip_code_fences(resp.choices[0].message.content or "[]"))
    except json.JSONDecodeError:
        logger.warning("keyword response was not JSON")
        return []
    return [str(x) for x in kws][:k]


def embed_keywords(keywords: List[str]) -> List[List[float]]:
    resp = openai.embeddings.create(model="text-embedding-3-small", input=keywords)
    return [d.embedding for d in resp.data]


def eu_digest(texts: List[str]) -> str:
    """Weekly digest for EU customers; must stay on the Azure tenant."""
    client = get_azure_client()
    joined = "\n\n---\n\n".join(texts)
    completion = client.chat.completions.create(
        model=AZURE_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Write a short weekly digest of these articles."},
            {"role": "user", "content": joined},
        ],
        max_tokens=600,
    )
    return completion.choices[0].message.content or ""
