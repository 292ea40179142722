"""Prompt templates and the provider dispatch table used by /v1/playground."""
from __future__ import annotations

from typing import Awaitable, Callable

from string import Template

TEMPLATES = {
    "reply": Template("Draft a reply to this ticket:\n$body"),
    "tone": Template("Rewrite in a $tone tone:\n$body"),
    "kb": Template("Turn this resolved ticket into a KB article:\n$body"),
}


def render(name: str, **kwargs) -> str:
    return TEMPLATES[name].safe_substitute(**kwargs)


async def _run_openai(clients, model: str, prompt: str) -> str:
    r = await clients["openai"].chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}]
    )
    return r.choices[0].message.content


async def _run_anthropic(clients, model: str, prompt: str) -> str:
    r = await clients["anthropic"].messages.create(
        model=model, max_tokens=1024, messages=[{"role": "user", "content": prompt}]
    )
    return r.content[0].text


async def _run_together(clients, model: str, prompt: str) -> str:
    r = await clients["together"].chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], max_tokens=1024
    )
    return r.choices[0].message.content


async def _run_cohere(clients, model: str, prompt: str) -> str:
    r = await clients["cohere"].chat(model=model, messages=[{"role": "user", "content": prompt}])
    return r.message.content[0].text


RUNNERS: dict[str, Callable[..., Awaitable[str]]] = {
    "openai": _run_openai,
    "anthropic": _run_anthropic,
    "together": _run_together,
    "cohere": _run_cohere,
}
