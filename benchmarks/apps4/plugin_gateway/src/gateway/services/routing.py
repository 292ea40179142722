"""Fallback routing: try the requested vendor, then walk the configured chain."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Sequence

from gateway.clients.sdk_clients import get_openai_client
from gateway.config import get_settings
from gateway.errors import GatewayError, ProviderUnavailableError
from gateway.providers import get_provider
from gateway.retry import is_retryable, vendor_retry
from gateway.schemas import ChatMessage, ChatResult, Usage

log = logging.getLogger(__name__)


@vendor_retry(attempts=5)
def _call_with_retry(client, payload: Dict[str, Any]):
    return client.chat.completions.create(**payload)


def complete_with_seed(messages: Sequence[ChatMessage], seed: int, model: str = "gpt-4o") -> ChatResult:
    """Deterministic-ish completions for the eval harness (OpenAI only supports `seed`)."""
    payload = {
        "model": model,
        "messages": [m.model_dump() for m in messages],
        "seed": seed,
        "temperature": 0,
    }
    resp = _call_with_retry(get_openai_client(), payload)
    log.info("seeded completion fingerprint=%s", resp.system_fingerprint)
    return ChatResult(
        provider="openai",
        model=model,
        text=resp.choices[0].message.content or "",
        usage=Usage(input_tokens=resp.usage.prompt_tokens, output_tokens=resp.usage.completion_tokens),
        finish_reason=resp.choices[0].finish_reason,
    )


def complete_with_fallback(
    messages: Sequence[ChatMessage],
    preferred: Optional[str] = None,
    **kwargs: Any,
) -> ChatResult:
    chain: List[str] = [p for p in [preferred, *get_settings().fallback_chain] if p]
    seen, last_error = set(), None
    for name in chain:
        if name in seen:
            continue
        seen.add(name)
        provider = get_provider(name)
        try:
            return provider.complete(messages, **kwargs)
        except GatewayError:
            raise
        except Exception as exc:
            if not is_retryable(exc):
                raise
            log.warning("provider %s failed (%s), falling back", name, type(exc).__name__)
            last_error = exc
    raise ProviderUnavailableError("all providers in the fallback chain failed") from last_error
