"""Provider registry.

Maps a provider key (as used in HELPDESK_PROVIDERS and in the admin card) to a
small adapter with a uniform ``complete(system, messages)`` coroutine. Added by
the platform team in Q3; not every caller has been moved onto it yet.
"""

import asyncio
import logging
from dataclasses import dataclass
from typing import Awaitable, Callable, Dict, List

from google.genai import types as genai_types

from services.clients import (
    get_anthropic,
    get_azure_openai,
    get_cohere,
    get_genai_client,
    get_mistral,
    get_ollama,
    get_settings,
)

logger = logging.getLogger(__name__)

CompleteFn = Callable[[str, List[dict]], Awaitable[str]]


@dataclass
class ProviderEntry:
    key: str
    display_name: str
    complete: CompleteFn
    supports_streaming: bool = False


_REGISTRY: Dict[str, ProviderEntry] = {}


def register(key: str, display_name: str, supports_streaming: bool = False):
    def deco(fn: CompleteFn) -> CompleteFn:
        _REGISTRY[key] = ProviderEntry(key, display_name, fn, supports_streaming)
        return fn

    return deco


@register("azure", "Azure OpenAI", supports_streaming=True)
async def _azure_complete(system: str, messages: List[dict]) -> str:
    s = get_settings()
    resp = await get_azure_openai().chat.completions.create(
        model=s.chat_deployment,
        messages=[{"role": "system", "content": system}, *messages],
        temperature=0.3,
    )
    return resp.choices[0].message.content or ""


@register("anthropic", "Claude", supports_streaming=True)
async def _anthropic_complete(system: str, messages: List[dict]) -> str:
    s = get_settings()
    msg = await get_anthropic().messages.create(
        model=s.anthropic_model, max_tokens=1024, system=system, messages=messages
    )
    return msg.content[0].text


@register("gemini", "Gemini")
async def _gemini_complete(system: str, messages: List[dict]) -> str:
    s = get_settings()
    contents = [
        genai_types.Content(role="model" if m["role"] == "assistant" else "user", parts=[genai_types.Part(text=m["content"])])
        for m in messages
    ]
    resp = await get_genai_client().aio.models.generate_content(
        model=s.gemini_model,
        contents=contents,
        config=genai_types.GenerateContentConfig(system_instruction=system, temperature=0.3),
    )
    return resp.text or ""


@register("cohere", "Cohere Command")
async def _cohere_complete(system: str, messages: List[dict]) -> str:
    s = get_settings()
    resp = await get_cohere().chat(
        model=s.cohere_chat_model,
        messages=[{"role": "system", "content": system}, *messages],
    )
    return resp.message.content[0].text


@register("mistral", "Mistral")
async def _mistral_complete(system: str, messages: List[dict]) -> str:
    s = get_settings()
    resp = await get_mistral().chat.complete_async(
        model=s.mistral_model,
        messages=[{"role": "system", "content": system}, *messages],
    )
    return resp.choices[0].message.content


@register("ollama", "On-prem Llama")
async def _ollama_complete(system: str, messages: List[dict]) -> str:
    s = get_settings()
    resp = await get_ollama().chat(
        model=s.ollama_model,
        messages=[{"role": "system", "content": system}, *messages],
        options={"temperature": 0.2},
    )
    return resp["message"]["content"]


def get_provider(key: str) -> ProviderEntry:
    try:
        return _REGISTRY[key]
    except KeyError:
        logger.warning("unknown provider %s, falling back to default", key)
        return _REGISTRY[get_settings().default_provider]


def available_providers() -> List[ProviderEntry]:
    enabled = set(get_settings().enabled_providers)
    return [entry for key, entry in _REGISTRY.items() if key in enabled]


async def fan_out(system: str, messages: List[dict], keys: List[str]) -> Dict[str, str]:
    """Ask several providers at once (used by the /compare admin command)."""
    entries = [get_provider(k) for k in keys]
    results = await asyncio.gather(*(e.complete(system, messages) for e in entries), return_exceptions=True)
    out = {}
    for entry, result in zip(entries, results):
        out[entry.key] = f"error: {result}" if isinstance(result, Exception) else result
    return out
