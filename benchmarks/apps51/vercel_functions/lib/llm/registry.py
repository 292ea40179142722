"""Model tiers -> provider routes.

The front-end only knows tier names ("fast", "smart", ...). Ops can remap a
tier to another provider here without a front-end deploy.
"""
import os
from dataclasses import dataclass
from typing import Callable

from lib.llm import clients


@dataclass(frozen=True)
class ModelRoute:
    provider: str
    model: str
    client_factory: Callable
    max_tokens: int = 1024


ROUTES: dict[str, ModelRoute] = {
    "default": ModelRoute("openai", "gpt-4o-mini", clients.get_openai),
    "fast": ModelRoute("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo", clients.get_together),
    "smart": ModelRoute("anthropic", "claude-3-5-sonnet-latest", clients.get_anthropic, max_tokens=2048),
    "eu": ModelRoute("mistral", "mistral-large-latest", clients.get_mistral),
    "open": ModelRoute("openrouter", "meta-llama/llama-3.1-405b-instruct", clients.get_openrouter),
}

_OVERRIDE = os.environ.get("TIER_OVERRIDES", "")  # e.g. "fast=default,eu=smart"


def _overrides() -> dict[str, str]:
    pairs = [p.split("=", 1) for p in _OVERRIDE.split(",") if "=" in p]
    return {k.strip(): v.strip() for k, v in pairs}


def resolve(tier: str | None) -> ModelRoute:
    tier = tier or "default"
    tier = _overrides().get(tier, tier)
    try:
        return ROUTES[tier]
    except KeyError:
        raise ValueError(f"unknown tier {tier!r}") from None


def split_system(messages: list[dict]) -> tuple[str, list[dict]]:
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    return system, [m for m in messages if m["role"] != "system"]


def complete(route: ModelRoute, messages: list[dict], temperature: float = 0.7) -> dict:
    """One-shot completion for any tier. Returns {"text", "model", "usage"}."""
    client = route.client_factory()

    if route.provider == "anthropic":
        system, turns = split_system(messages)
        resp = client.messages.create(
            model=route.model,
            system=system,
            messages=turns,
            max_tokens=route.max_tokens,
            temperature=temperature,
        )
        text = "".join(b.text for b in resp.content if b.type == "text")
        usage = {"input": resp.usage.input_tokens, "output": resp.usage.output_tokens}
    elif route.provider == "mistral":
        resp = client.chat.complete(
            model=route.model,
            messages=messages,
            max_tokens=route.max_tokens,
            temperature=temperature,
        )
        text = resp.choices[0].message.content
        usage = {"input": resp.usage.prompt_tokens, "output": resp.usage.completion_tokens}
    else:
        # openai, together and openrouter all speak the OpenAI protocol
        resp = client.chat.completions.create(
            model=route.model,
            messages=messages,
            max_tokens=route.max_tokens,
            temperature=temperature,
        )
        text = resp.choices[0].message.content
        usage = {"input": resp.usage.prompt_tokens, "output": resp.usage.completion_tokens}

    return {"text": text, "model": route.model, "provider": route.provider, "usage": usage}
