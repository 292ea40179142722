"""The original summarizer, ported from the Flask app with minimal changes.

Still imported by the ``/v0/summarize`` shim that two internal teams use.
TODO(jmartin): move to Summarizer.summarize once they migrate (PLAT-377).
"""

from __future__ import annotations

import logging
import os
from typing import Any

import httpx
import openai
import requests

from mlserve.legacy.constants import (
    COHERE_BASE_URL,
    DEFAULT_TIMEOUT_S,
    LEGACY_MODEL,
    OPENAI_CHAT_URL,
)

log = logging.getLogger(__name__)


def _headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}",
        "Content-Type": "application/json",
    }


def summarize(text: str, max_words: int = 120) -> str:
    payload = {
        "model": LEGACY_MODEL,
        "messages": [
            {"role": "system", "content": "You summarize text."},
            {"role": "user", "content": f"Summarize in {max_words} words:\n{text}"},
        ],
        "temperature": 0.3,
    }
    r = requests.post(
        "https://api.openai.com/v1/chat/completions", json=payload, headers=_headers(), timeout=DEFAULT_TIMEOUT_S
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


class LegacySummarizer:
    """Half-migrated: keeps a session for connection reuse."""

    def __init__(self, model: str = LEGACY_MODEL) -> None:
        self.model = model
        self.session = requests.Session()
        self.session.headers.update(_headers())

    def summarize(self, text: str) -> str:
        resp = self.session.post(
            OPENAI_CHAT_URL,
            json={"model": self.model, "messages": [{"role": "user", "content": f"Summarize:\n{text}"}]},
            timeout=DEFAULT_TIMEOUT_S,
        )
        resp.raise_for_status()
        return resp.json()["choices"][0]["message"]["content"]

    def healthcheck(self) -> bool:
        # GET, not a model call
        return self.session.get("https://api.openai.com/v1/models", timeout=5).ok


def rerank_cohere(query: str, documents: list[str], top_n: int = 5) -> list[dict[str, Any]]:
    resp = httpx.post(
        f"{COHERE_BASE_URL}/v2/rerank",
        headers={"Authorization": f"Bearer {os.environ['COHERE_API_KEY']}"},
        json={"model": "rerank-english-v3.0", "query": query, "documents": documents, "top_n": top_n},
        timeout=DEFAULT_TIMEOUT_S,
    )
    resp.raise_for_status()
    return resp.json()["results"]


# --- v1 guardrail (was legacy/guardrails_v1.py) -------------------------------

BLOCKLIST = ("ssn:", "password:", "BEGIN RSA PRIVATE KEY")


def is_blocked(text: str) -> bool:
    lowered = text.lower()
    if any(token.lower() in lowered for token in BLOCKLIST):
        return True
    result = openai.moderations.create(input=text)
    flagged = result.results[0].flagged
    if flagged:
        log.info("v1 guardrail flagged input (%d chars)", len(text))
    return flagged
