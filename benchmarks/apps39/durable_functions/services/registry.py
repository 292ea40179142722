"""Provider registry: one async `complete(messages, **kw) -> str` per vendor.

Functions pick a provider by name (from the event payload) and look it up here.
"""
from __future__ import annotations

from typing import Awaitable, Callable

from app.config import get_settings
from services.clients import get_anthropic, get_fireworks, get_genai, get_openai, get_together
from services.prompts import to_anthropic

CompleteFn = Callable[..., Awaitable[str]]

PROVIDERS: dict[str, CompleteFn] = {}


def register(name: str) -> Callable[[CompleteFn], CompleteFn]:
    def deco(fn: CompleteFn) -> CompleteFn:
        PROVIDERS[name] = fn
        return fn

    return deco


@register("openai")
async def _openai_complete(messages: list[dict], model: str | None = None, **kw) -> str:
    resp = await get_openai().chat.completions.create(
        model=model or get_settings().default_chat_model,
        messages=messages,
        temperature=kw.get("temperature", 0.2),
    )
    return resp.choices[0].message.content or ""


@register("anthropic")
async def _anthropic_complete(messages: list[dict], model: str | None = None, **kw) -> str:
    system, rest = to_anthropic(messages)
    msg = await get_anthropic().messages.create(
        model=model or get_settings().summary_model,
        system=system,
        messages=rest,
        max_tokens=kw.get("max_tokens", 1024),
    )
    return msg.content[0].text


@register("gemini")
async def _gemini_complete(messages: list[dict], model: str | None = None, **kw) -> str:
    text = "\n\n".join(f"{m['role']}: {m['content']}" for m in messages)
    resp = await get_genai().aio.models.generate_content(
        model=model or get_settings().gemini_model, contents=text
    )
    return resp.text or ""


@register("together")
async def _together_complete(messages: list[dict], model: str | None = None, **kw) -> str:
    resp = await get_together().chat.completions.create(
        model=model or get_settings().together_model, messages=messages
    )
    return resp.choices[0].message.content


@register("fireworks")
async def _fireworks_complete(messages: list[dict], model: str | None = None, **kw) -> str:
    client = get_fireworks()
    resp = await client.chat.completions.create(
        model=model or get_settings().fireworks_model,
        messages=messages,
        max_tokens=kw.get("max_tokens", 800),
    )
    return resp.choices[0].message.content or ""


def get_provider(name: str) -> CompleteFn:
    try:
        return PROVIDERS[name]
    except KeyError as exc:
        raise ValueError(f"unknown provider {name!r}; known: {sorted(PROVIDERS)}") from exc
