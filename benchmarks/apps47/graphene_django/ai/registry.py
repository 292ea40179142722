"""Provider registry for the editorial 'rewrite' tools.

Each entry knows how to build its client and how to turn a prompt into text.
(Half-migrated: the plan is to move all of this into multi_model_service.)
"""
from __future__ import annotations

import functools
from typing import Callable

from .clients import (
    get_anthropic_client,
    get_genai_client,
    get_openai_client,
    get_together_client,
    get_together_openai_client,
)

CLIENT_FACTORIES: dict[str, Callable] = {
    "openai": get_openai_client,
    "anthropic": get_anthropic_client,
    "google": get_genai_client,
    "together": get_together_client,
    "together-compat": get_together_openai_client,
}

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "google": "gemini-2.0-flash",
    "together": "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "together-compat": "mistralai/Mixtral-8x7B-Instruct-v0.1",
}


def _openai_style(client, model: str, prompt: str) -> str:
    completion = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=800,
    )
    return completion.choices[0].message.content or ""


def _anthropic_style(client, model: str, prompt: str) -> str:
    message = client.messages.create(
        model=model, max_tokens=800, messages=[{"role": "user", "content": prompt}]
    )
    return message.content[0].text


def _gemini_style(client, model: str, prompt: str) -> str:
    return client.models.generate_content(model=model, contents=prompt).text or ""


RUNNERS = {
    "openai": _openai_style,
    "anthropic": _anthropic_style,
    "google": _gemini_style,
    "together": _openai_style,
    "together-compat": _openai_style,
}


def rewrite(provider: str, prompt: str, model: str | None = None) -> str:
    client = CLIENT_FACTORIES[provider]()
    runner = RUNNERS[provider]
    return runner(client, model or DEFAULT_MODELS[provider], prompt)


def providers() -> list[str]:
    return sorted(CLIENT_FACTORIES)


def headline_rewriter(tone: str = "neutral") -> Callable[[str], str]:
    """Returns a one-argument function for the bulk headline tool in the admin."""
    create = functools.partial(
        get_anthropic_client().messages.create,
        model=DEFAULT_MODELS["anthropic"],
        max_tokens=60,
        system=f"Rewrite headlines in a {tone} tone. Reply with the headline only.",
    )

    def _rewrite(headline: str) -> str:
        message = create(messages=[{"role": "user", "content": headline}])
        return message.content[0].text.strip()

    return _rewrite
