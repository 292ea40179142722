"""Provider registry for the "compare models" tab.

Each entry maps a display name to an async callable ``(prompt, system) -> str``.
Half of these predate multi_model_service; see ANL-231 for the migration.
"""
from __future__ import annotations

from typing import Awaitable, Callable

from google.genai import types

from config import get_settings
from services.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_mistral_client,
    get_perplexity_client,
)
from services.multi_model_service import TaskComplexity, multi_model_service

Answerer = Callable[[str, str], Awaitable[str]]


async def _ask_openai(prompt: str, system: str) -> str:
    r = await get_async_openai_client().chat.completions.create(
        model=get_settings().default_chat_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content or ""


async def _ask_claude(prompt: str, system: str) -> str:
    r = await get_anthropic_client().messages.create(
        model=get_settings().claude_model,
        max_tokens=1024,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(b.text for b in r.content if b.type == "text")


async def _ask_gemini(prompt: str, system: str) -> str:
    client = get_genai_client()
    r = await client.aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction=system),
    )
    return r.text or ""


async def _ask_mistral(prompt: str, system: str) -> str:
    r = await get_mistral_client().chat.complete_async(
        model=get_settings().mistral_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content or ""


async def _ask_perplexity(prompt: str, system: str) -> str:
    pplx = get_perplexity_client()
    r = await pplx.chat.completions.create(
        model=get_settings().perplexity_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content or ""


async def _ask_routed(prompt: str, system: str) -> str:
    return await multi_model_service.generate_response(
        prompt=prompt, task_type="compare", complexity=TaskComplexity.STANDARD, system=system
    )


PROVIDERS: dict[str, Answerer] = {
    "Routed (tracked)": _ask_routed,
    "OpenAI": _ask_openai,
    "Claude": _ask_claude,
    "Gemini": _ask_gemini,
    "Mistral": _ask_mistral,
    "Perplexity": _ask_perplexity,
}


def get_answerer(name: str) -> Answerer:
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}") from None
