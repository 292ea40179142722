"""Chat backends selectable per channel with /backend.

Each backend takes OpenAI-style messages and returns the reply text.
"""

from __future__ import annotations

import logging
from typing import Awaitable, Callable

from ollama import AsyncClient as OllamaAsyncClient

from botkit.config import get_settings
from botkit.llm import models
from botkit.llm.clients import OPENROUTER_HEADERS, async_groq_client, async_openrouter_client

logger = logging.getLogger(__name__)

Backend = Callable[[list[dict]], Awaitable[str]]

BACKENDS: dict[str, Backend] = {}


def backend(name: str) -> Callable[[Backend], Backend]:
    def register(fn: Backend) -> Backend:
        BACKENDS[name] = fn
        return fn

    return register


@backend("openrouter")
async def _openrouter(messages: list[dict]) -> str:
    client = async_openrouter_client()
    resp = await client.chat.completions.create(
        model=models.OR_DEFAULT,
        messages=messages,
        max_tokens=1024,
        extra_headers=OPENROUTER_HEADERS,
    )
    return resp.choices[0].message.content or ""


@backend("groq")
async def _groq(messages: list[dict]) -> str:
    resp = await async_groq_client().chat.completions.create(
        model=models.SMART_CHAT, messages=messages, max_tokens=1024
    )
    return resp.choices[0].message.content or ""


_local = None


@backend("local")
async def _local_model(messages: list[dict]) -> str:
    global _local
    if _local is None:
        _local = OllamaAsyncClient(host=get_settings().ollama_host)
    resp = await _local.chat(model=models.LOCAL_CHAT, messages=messages, keep_alive="10m")
    return resp.message.content


DEFAULT_BACKEND = "groq"


def get_backend(name: str) -> Backend:
    try:
        return BACKENDS[name]
    except KeyError:
        logger.warning("unknown backend %s, falling back to %s", name, DEFAULT_BACKEND)
        return BACKENDS[DEFAULT_BACKEND]
