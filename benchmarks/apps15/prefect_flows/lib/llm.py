"""LiteLLM helpers (v1).

This module predates ``lib.clients``; new code should use the provider clients there or,
better, ``lib.services.multi_model_service``. Kept because the cron scripts and a few
tasks still import it.
"""
from __future__ import annotations

from functools import partial
from typing import Any, Dict, List, Optional, Sequence

import litellm

from lib.errors import ProviderError, RateLimited
from lib.settings import settings

litellm.drop_params = True
litellm.telemetry = False

# Deterministic, cheap model for normalisation-type jobs (titles, units, colours).
fast_completion = partial(
    litellm.completion,
    model=settings.litellm_fast_model,
    temperature=0.0,
    num_retries=2,
    timeout=60,
)


def _messages(prompt: str, system: Optional[str]) -> List[Dict[str, str]]:
    msgs = [{"role": "system", "content": system}] if system else []
    msgs.append({"role": "user", "content": prompt})
    return msgs


def _wrap(exc: Exception, model: str) -> ProviderError:
    provider = model.split("/", 1)[0]
    if isinstance(exc, litellm.RateLimitError):
        return RateLimited(provider, str(exc), status=429)
    return ProviderError(provider, str(exc), status=getattr(exc, "status_code", None))


def chat_text(prompt: str, *, model: str, system: Optional[str] = None, **kwargs: Any) -> str:
    try:
        resp = litellm.completion(model=model, messages=_messages(prompt, system), **kwargs)
    except litellm.APIError as exc:
        raise _wrap(exc, model) from exc
    return resp.choices[0].message.content or ""


async def achat_text(prompt: str, *, model: str, system: Optional[str] = None, **kwargs: Any) -> str:
    try:
        resp = await litellm.acompletion(model=model, messages=_messages(prompt, system), **kwargs)
    except litellm.APIError as exc:
        raise _wrap(exc, model) from exc
    return resp.choices[0].message.content or ""


def embed_texts(texts: Sequence[str], *, model: str = "mistral/mistral-embed") -> List[List[float]]:
    if not texts:
        return []
    resp = litellm.embedding(model=model, input=list(texts))
    return [item["embedding"] for item in resp.data]
