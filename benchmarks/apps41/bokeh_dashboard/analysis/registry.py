"""Provider registry used by the 'Model' dropdown.

Each entry maps a dropdown label to a function ``(prompt, system) -> str``.
"""
from __future__ import annotations

import functools
from typing import Callable

from analysis import prompts
from analysis.bedrock_backend import BedrockNarrator
from analysis.state import CLIENTS
from config import settings

Backend = Callable[[str, str], str]
_REGISTRY: dict[str, Backend] = {}


def register(name: str):
    def deco(fn: Backend) -> Backend:
        _REGISTRY[name] = fn
        return fn

    return deco


@register("OpenAI")
def _openai(prompt: str, system: str) -> str:
    r = CLIENTS.openai.chat.completions.create(
        model=settings.openai_model, messages=prompts.as_chat(system, prompt)
    )
    return r.choices[0].message.content or ""


@register("Claude")
def _claude(prompt: str, system: str) -> str:
    r = CLIENTS.anthropic.messages.create(
        model=settings.anthropic_model,
        max_tokens=500,
        system=system,
        messages=prompts.as_anthropic(prompt),
    )
    return r.content[0].text


@register("Mistral")
def _mistral(prompt: str, system: str) -> str:
    r = CLIENTS.mistral.chat.complete(model=settings.mistral_model, messages=prompts.as_chat(system, prompt))
    return r.choices[0].message.content


@register("Llama (Fireworks)")
def _fireworks(prompt: str, system: str) -> str:
    r = CLIENTS.fireworks.chat.completions.create(
        model=settings.fireworks_model, messages=prompts.as_chat(system, prompt), max_tokens=400
    )
    return r.choices[0].message.content or ""


@register("Bedrock")
def _bedrock(prompt: str, system: str) -> str:
    return BedrockNarrator(CLIENTS.bedrock).narrate(prompt, system=system)


def get_backend(name: str) -> Backend:
    try:
        return _REGISTRY[name]
    except KeyError:
        return _REGISTRY[{"openai": "OpenAI"}.get(settings.default_provider, "OpenAI")]


def labels() -> list[str]:
    return list(_REGISTRY)


def cheap_backend() -> Callable[[str], str]:
    """Small-model shortcut for tooltips; pinned to gpt-4o-mini at low temperature."""
    return functools.partial(_openai, system=prompts.SYSTEM_EXPLAINER)
