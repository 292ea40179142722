"""Provider registry used by the "Generate with…" dropdown in the editor.

Each entry maps a provider slug to a callable ``(prompt, model, site) -> str``.
"""
from __future__ import annotations

from typing import Callable

from ai.clients import get_anthropic_client, get_mistral_client, get_openai_client

ProviderFn = Callable[[str, str, object], str]

_REGISTRY: dict[str, ProviderFn] = {}


def register(slug: str):
    def decorator(fn: ProviderFn) -> ProviderFn:
        _REGISTRY[slug] = fn
        return fn

    return decorator


def get_provider(slug: str) -> ProviderFn:
    try:
        return _REGISTRY[slug]
    except KeyError:
        raise ValueError(f"Unknown AI provider: {slug}") from None


def available_providers() -> list[str]:
    return sorted(_REGISTRY)


@register("openai")
def _openai_generate(prompt: str, model: str, site=None) -> str:
    client = get_openai_client(site)
    resp = client.responses.create(model=model or "gpt-4o-mini", input=prompt)
    return resp.output_text


@register("anthropic")
def _anthropic_generate(prompt: str, model: str, site=None) -> str:
    client = get_anthropic_client(site)
    resp = client.messages.create(
        model=model or "claude-3-5-haiku-latest",
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in resp.content if block.type == "text")


@register("mistral")
def _mistral_generate(prompt: str, model: str, site=None) -> str:
    client = get_mistral_client(site)
    res = client.chat.complete(
        model=model or "mistral-small-latest",
        messages=[{"role": "user", "content": prompt}],
    )
    return res.choices[0].message.content
