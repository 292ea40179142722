"""Provider-agnostic "send this prompt to backend X" registry.

Started as a quick way to A/B the reply drafts across providers (see
agents/reply_drafts.py). Half of this should move into multi_model_service;
until then the functions below call the SDKs directly. -- mk, 2024-09
"""
from __future__ import annotations

from typing import Awaitable, Callable, Dict

from supportstream.app import app
from supportstream.config import settings

ChatFn = Callable[[str, str], Awaitable[str]]


async def _openai_chat(system: str, prompt: str) -> str:
    # TODO(mk): move to multi_model_service
    resp = await app.clients.openai.chat.completions.create(
        model=settings.triage_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return resp.choices[0].message.content or ""


async def _anthropic_chat(system: str, prompt: str) -> str:
    resp = await app.clients.anthropic.messages.create(
        model=settings.summary_model,
        system=system,
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in resp.content if block.type == "text")


async def _groq_chat(system: str, prompt: str) -> str:
    resp = await app.clients.groq.chat.completions.create(
        model=settings.fast_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


async def _mistral_chat(system: str, prompt: str) -> str:
    resp = await app.clients.mistral.chat.complete_async(
        model=settings.mistral_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content


async def _cohere_chat(system: str, prompt: str) -> str:
    resp = await app.clients.cohere.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return resp.message.content[0].text


CHAT_BACKENDS: Dict[str, ChatFn] = {
    "openai": _openai_chat,
    "anthropic": _anthropic_chat,
    "groq": _groq_chat,
    "mistral": _mistral_chat,
    "cohere": _cohere_chat,
}


async def chat_with(backend: str, system: str, prompt: str) -> str:
    try:
        fn = CHAT_BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown backend {backend!r}") from None
    return await fn(system, prompt)
