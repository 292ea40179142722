"""Which models each provider currently offers (admin dropdowns)."""
from __future__ import annotations

import asyncio
import logging

from app.providers.clients import get_cohere, get_groq, get_mistral, get_ollama, get_openai

logger = logging.getLogger(__name__)


async def _safe(coro, provider: str) -> list[str]:
    try:
        return await coro
    except Exception:  # noqa: BLE001
        logger.warning("model listing failed for %s", provider, exc_info=True)
        return []


async def _openai_models() -> list[str]:
    page = await get_openai().models.list()
    return sorted(m.id for m in page.data if m.id.startswith(("gpt", "o", "text-embedding")))


async def _groq_models() -> list[str]:
    page = await get_groq().models.list()
    return sorted(m.id for m in page.data)


async def _mistral_models() -> list[str]:
    res = await get_mistral().models.list_async()
    return sorted(m.id for m in res.data or [])


async def _cohere_models() -> list[str]:
    res = await get_cohere().models.list(endpoint="chat")
    return sorted(m.name for m in res.models or [])


async def _ollama_models() -> list[str]:
    res = await get_ollama().list()
    return sorted(m["model"] for m in res["models"])


async def catalog() -> dict[str, list[str]]:
    names = ["openai", "groq", "mistral", "cohere", "ollama"]
    results = await asyncio.gather(
        _safe(_openai_models(), "openai"),
        _safe(_groq_models(), "groq"),
        _safe(_mistral_models(), "mistral"),
        _safe(_cohere_models(), "cohere"),
        _safe(_ollama_models(), "ollama"),
    )
    return dict(zip(names, results))
