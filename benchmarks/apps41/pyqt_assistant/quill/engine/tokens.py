"""Token counting for the status bar and context-length warnings."""
from __future__ import annotations

import logging

from quill.engine.factories import get_anthropic_client, get_genai_client

log = logging.getLogger(__name__)


def rough_count(text: str) -> int:
    # ~4 chars per token is good enough for the status bar.
    return max(1, len(text) // 4)


def count_tokens(provider: str, model: str, text: str) -> int:
    try:
        if provider == "anthropic":
            result = get_anthropic_client().messages.count_tokens(
                model=model,
                messages=[{"role": "user", "content": text}],
            )
            return result.input_tokens
        if provider == "google":
            result = get_genai_client().models.count_tokens(model=model, contents=text)
            return result.total_tokens or rough_count(text)
    except Exception:  # noqa: BLE001 - status bar must never crash
        log.debug("token count failed, falling back", exc_info=True)
    return rough_count(text)
