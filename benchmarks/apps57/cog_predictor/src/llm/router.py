"""Provider router.

Each *task* (plan / rewrite / judge / fallback) is mapped to a provider
backend. Backends are plain callables registered in ``BACKENDS``; the router
picks one by name with a fallback chain, so we can flip providers from an env
var when one of them is having a bad day.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Callable

from src.llm.clients import get_anthropic, get_fireworks, get_openai, get_replicate

logger = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


Backend = Callable[[str, str, str, int], Completion]


def _openai_backend(system: str, user: str, model: str, max_tokens: int) -> Completion:
    resp = get_openai().chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        max_tokens=max_tokens,
        temperature=0.3,
    )
    usage = resp.usage
    return Completion(
        text=resp.choices[0].message.content or "",
        provider="openai",
        model=model,
        input_tokens=usage.prompt_tokens if usage else 0,
        output_tokens=usage.completion_tokens if usage else 0,
    )


def _anthropic_backend(system: str, user: str, model: str, max_tokens: int) -> Completion:
    client = get_anthropic()
    msg = client.messages.create(
        model=model,
        system=system,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": user}],
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return Completion(text, "anthropic", model, msg.usage.input_tokens, msg.usage.output_tokens)


def _fireworks_backend(system: str, user: str, model: str, max_tokens: int) -> Completion:
    resp = get_fireworks().chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        max_tokens=max_tokens,
    )
    return Completion(
        resp.choices[0].message.content or "",
        "fireworks",
        model,
        resp.usage.prompt_tokens,
        resp.usage.completion_tokens,
    )


def _replicate_backend(system: str, user: str, model: str, max_tokens: int) -> Completion:
    # Replicate language models return an iterator of string chunks.
    output = get_replicate().run(
        model,
        input={"system_prompt": system, "prompt": user, "max_new_tokens": max_tokens},
    )
    return Completion("".join(output), "replicate", model)


BACKENDS: dict[str, Backend] = {
    "openai": _openai_backend,
    "anthropic": _anthropic_backend,
    "fireworks": _fireworks_backend,
    "replicate": _replicate_backend,
}

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-20241022",
    "fireworks": "accounts/fireworks/models/llama-v3p1-8b-instruct",
    "replicate": "meta/meta-llama-3-8b-instruct",
}

TASK_ROUTES: dict[str, list[str]] = {
    "plan": ["anthropic", "openai"],
    "rewrite": ["openai", "fireworks"],
    "judge": ["fireworks", "openai"],
    "fallback": ["replicate"],
}


class LLMRouter:
    def __init__(self, routes: dict[str, list[str]] | None = None, backends: dict[str, Backend] | None = None) -> None:
        self.routes = routes or self._routes_from_env()
        self.backends = backends or BACKENDS

    @staticmethod
    def _routes_from_env() -> dict[str, list[str]]:
        routes = {k: list(v) for k, v in TASK_ROUTES.items()}
        for task in routes:
            override = os.environ.get(f"ROUTE_{task.upper()}")
            if override:
                routes[task] = [p.strip() for p in override.split(",") if p.strip()]
        return routes

    def complete(self, task: str, system: str, user: str, *, model: str | None = None, max_tokens: int = 512) -> Completion:
        errors: list[str] = []
        for provider in self.routes.get(task, ["openai"]):
            backend = self.backends[provider]
            chosen = model if (model and provider == self.routes[task][0]) else DEFAULT_MODELS[provider]
            try:
                return backend(system, user, chosen, max_tokens)
            except Exception as exc:  # noqa: BLE001
                logger.warning("router: %s/%s failed: %s", task, provider, exc)
                errors.append(f"{provider}: {exc}")
        raise RuntimeError(f"all providers failed for task={task}: {errors}")
