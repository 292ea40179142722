"""Async variants of the helpers, for the FastAPI services."""
from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator, Awaitable, Dict, Iterable, List, Optional, TypeVar

import ollama
from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from llmkit.clients import get_genai_client
from llmkit.config import get_settings, secret
from llmkit.retry import retry

T = TypeVar("T")

_openai: Optional[AsyncOpenAI] = None


def _async_openai() -> AsyncOpenAI:
    global _openai
    if _openai is None:
        s = get_settings()
        _openai = AsyncOpenAI(api_key=secret(s.openai_api_key), timeout=s.request_timeout, max_retries=0)
    return _openai


@retry(attempts=3)
async def achat_openai(messages: List[Dict[str, str]], model: Optional[str] = None, **kwargs: Any) -> str:
    resp = await _async_openai().chat.completions.create(
        model=model or get_settings().openai_chat_model,
        messages=messages,
        **kwargs,
    )
    return resp.choices[0].message.content or ""


async def astream_anthropic(client: AsyncAnthropic, messages: List[Dict[str, str]], *,
                            system: Optional[str] = None, model: Optional[str] = None,
                            max_tokens: int = 1024) -> AsyncIterator[str]:
    extra: Dict[str, Any] = {"system": system} if system else {}
    async with client.messages.stream(
        model=model or get_settings().anthropic_model,
        max_tokens=max_tokens,
        messages=messages,
        **extra,
    ) as stream:
        async for text in stream.text_stream:
            yield text


@retry(attempts=3)
async def agenerate_gemini(prompt: str, model: Optional[str] = None) -> str:
    client = get_genai_client()
    resp = await client.aio.models.generate_content(
        model=model or get_settings().gemini_model,
        contents=prompt,
    )
    return resp.text or ""


async def achat_ollama(messages: List[Dict[str, str]], model: Optional[str] = None) -> str:
    settings = get_settings()
    client = ollama.AsyncClient(host=settings.ollama_host)
    resp = await client.chat(model=model or settings.ollama_model, messages=messages)
    return resp["message"]["content"]


async def gather_limited(aws: Iterable[Awaitable[T]], limit: int = 8) -> List[T]:
    """asyncio.gather with a concurrency cap (providers rate-limit hard)."""
    sem = asyncio.Semaphore(limit)

    async def _run(aw: Awaitable[T]) -> T:
        async with sem:
            return await aw

    return await asyncio.gather(*(_run(a) for a in aws))
