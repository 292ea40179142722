"""Per-provider prompt callers used for side-by-side comparisons."""

from __future__ import annotations

import logging
from typing import Any, Callable, Optional

import litellm
from litellm import Router

from toolkit.clients import get_anthropic, get_groq, get_mistral, get_together
from toolkit.config import settings

logger = logging.getLogger(__name__)

PromptFn = Callable[[str], str]


def make_claude_caller(
    model: Optional[str] = None,
    *,
    max_tokens: int = 1024,
    system: Optional[str] = None,
) -> PromptFn:
    """Return a ``prompt -> text`` function bound to one Claude model."""
    client = get_anthropic()
    model_name = model or settings.claude_model

    def call(prompt: str) -> str:
        extra: dict[str, Any] = {"system": system} if system else {}
        message = client.messages.create(
            model=model_name,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": prompt}],
            **extra,
        )
        return "".join(block.text for block in message.content if block.type == "text")

    return call


def make_fallback_caller(models: list[str], *, temperature: float = 0.7) -> PromptFn:
    """Try each model in order until one answers."""

    def call(prompt: str) -> str:
        last_error: Optional[Exception] = None
        for model in models:
            try:
                response = litellm.completion(
                    model=model,
                    messages=[{"role": "user", "content": prompt}],
                    temperature=temperature,
                    timeout=30,
                )
                return response.choices[0].message.content or ""
            except (litellm.exceptions.APIError, litellm.exceptions.Timeout) as exc:
                logger.warning("model %s failed, trying next: %s", model, exc)
                last_error = exc
        raise RuntimeError(f"all models failed: {models}") from last_error

    return call


def _first_choice(response: Any) -> str:
    return response.choices[0].message.content or ""


def _user(prompt: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": prompt}]


CALLERS: dict[str, PromptFn] = {
    "claude": make_claude_caller(),
    "groq-llama": lambda prompt: _first_choice(
        get_groq().chat.completions.create(
            model="llama-3.1-70b-versatile",
            messages=_user(prompt),
            temperature=0.8,
        )
    ),
    "together-mixtral": lambda prompt: _first_choice(
        get_together().chat.completions.create(
            model="mistralai/Mixtral-8x7B-Instruct-v0.1",
            messages=_user(prompt),
            max_tokens=512,
        )
    ),
    "mistral-large": lambda prompt: _first_choice(
        get_mistral().chat.complete(model=settings.mistral_model, messages=_user(prompt))
    ),
    "fallback": make_fallback_caller(["gpt-4o-mini", "claude-3-5-haiku-20241022"]),
}


router = Router(
    model_list=[
        {"model_name": "digest", "litellm_params": {"model": "gpt-4o-mini", "rpm": 500}},
        {"model_name": "digest", "litellm_params": {"model": "claude-3-5-haiku-20241022", "rpm": 200}},
    ],
    routing_strategy="simple-shuffle",
    num_retries=2,
)
