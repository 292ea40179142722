"""Startup warm-up for the self-hosted models.

A cold Ollama model takes 20-40s to load onto the GPU, which blows through the
callers' deadlines. On boot we make sure the configured models are present
and loaded, then keep them resident with a long keep_alive.
"""
from __future__ import annotations

import asyncio
import logging
from typing import List

from modelgw.config import settings
from modelgw.providers.clients import ollama_client

log = logging.getLogger(__name__)

EMBEDDING_HINTS = ("embed", "bge", "minilm")


def _configured_models() -> List[str]:
    return [m.strip() for m in settings.warm_ollama_models.split(",") if m.strip()]


async def _ensure_present(name: str) -> None:
    client = ollama_client()
    try:
        await client.show(name)
    except Exception as exc:  # ollama.ResponseError; 404 means not pulled yet
        if getattr(exc, "status_code", None) != 404:
            raise
        log.info("pulling %s", name)
        await client.pull(name)


async def _load(name: str) -> None:
    client = ollama_client()
    if any(hint in name for hint in EMBEDDING_HINTS):
        # embedding models cannot generate; a tiny embed loads them
        await client.embed(model=name, input="warm-up", keep_alive="30m")
        return
    await client.generate(model=name, prompt="Say OK.", options={"num_predict": 1}, keep_alive="30m")


async def warm_models() -> None:
    for name in _configured_models():
        try:
            await _ensure_present(name)
            await _load(name)
            log.info("model %s is warm", name)
        except Exception:  # noqa: BLE001
            # never block startup on warm-up; the first request will just be slow
            log.exception("warm-up failed for %s", name)


def schedule_warmup() -> "asyncio.Task[None]":
    return asyncio.get_running_loop().create_task(warm_models(), name="ollama-warmup")
