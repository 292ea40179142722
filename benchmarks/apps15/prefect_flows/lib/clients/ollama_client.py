"""Self-hosted Ollama on gpu-01.

Used for cheap bulk work (classification, PII scrubbing, embeddings for the
"similar items" index). Not billed per token, but we still track GPU hours.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import ollama

from lib.logging_utils import get_logger
from lib.settings import settings

OLLAMA_BASE_URL = settings.ollama_host.rstrip("/")


@lru_cache(maxsize=1)
def get_ollama() -> ollama.Client:
    return ollama.Client(host=OLLAMA_BASE_URL, timeout=180)


def get_async_ollama() -> ollama.AsyncClient:
    return ollama.AsyncClient(host=OLLAMA_BASE_URL, timeout=180)


def ensure_models(names: Iterable[str]) -> None:
    """Pull any model the flows need that gpu-01 does not have yet."""
    log = get_logger()
    client = get_ollama()
    present = {m.model for m in client.list().models}
    for name in names:
        tag = name if ":" in name else f"{name}:latest"
        if tag not in present:
            log.info("pulling %s on %s", tag, OLLAMA_BASE_URL)
            client.pull(tag)
