"""Model helpers used by more than one job."""
from __future__ import annotations

import logging
from functools import partial
from typing import Callable, List, Optional

import litellm

from opskit.clients import get_deepseek_client, get_openrouter_client
from opskit.config import get_settings

log = logging.getLogger(__name__)

_settings = get_settings()

# Deterministic-ish defaults for digest-style summaries.
summarize = partial(litellm.completion, model=_settings.summary_model, temperature=0.2, max_tokens=700)


def first_text(response) -> str:
    try:
        return (response.choices[0].message.content or "").strip()
    except (AttributeError, IndexError):
        return ""


def deepseek_chat(messages: List[dict], model: str = "deepseek-chat", **kwargs) -> str:
    response = get_deepseek_client().chat.completions.create(model=model, messages=messages, **kwargs)
    if response.usage is not None:
        log.debug("deepseek %s: %s prompt / %s completion tokens", model, response.usage.prompt_tokens, response.usage.completion_tokens)
    return first_text(response)


def make_summarizer(model: str, instructions: str, max_tokens: int = 400) -> Callable[[str], str]:
    """Return a one-argument summariser bound to `model` and `instructions`."""
    client = get_openrouter_client()

    def _summarize(text: str, hint: Optional[str] = None) -> str:
        prompt = instructions if hint is None else f"{instructions}\n\nFocus: {hint}"
        response = client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": prompt}, {"role": "user", "content": text}],
            max_tokens=max_tokens,
        )
        return first_text(response)

    return _summarize
