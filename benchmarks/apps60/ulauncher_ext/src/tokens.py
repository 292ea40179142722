"""Token counting helpers (no generation happens here)."""
from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

try:
    import tiktoken
except ImportError:  # pragma: no cover
    tiktoken = None


@functools.lru_cache(maxsize=1)
def _encoding():
    if tiktoken is None:
        return None
    return tiktoken.get_encoding("o200k_base")


def count_tokens_openai(text: str) -> int:
    enc = _encoding()
    if enc is None:
        return len(text) // 4
    return len(enc.encode(text))


def count_tokens_anthropic(client, text: str, model: str = "claude-3-5-haiku-latest") -> int:
    try:
        res = client.messages.count_tokens(
            model=model,
            messages=[{"role": "user", "content": text}],
        )
        return res.input_tokens
    except Exception:  # noqa: BLE001 - offline or old SDK
        log.debug("count_tokens failed, estimating")
        return len(text) // 4
