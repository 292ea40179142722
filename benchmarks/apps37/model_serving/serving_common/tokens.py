"""Token counting used for admission control (reject oversized prompts early)."""
from __future__ import annotations

import functools
import logging

import tiktoken

from serving_common.clients import get_anthropic_client, get_bedrock_runtime

logger = logging.getLogger(__name__)

CONTEXT_LIMITS = {
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "claude-3-5-sonnet-20241022": 200_000,
    "grok-2-latest": 131_072,
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(model: str, messages: list[dict]) -> int:
    enc = _encoding(model)
    total = 3
    for m in messages:
        total += 4
        content = m.get("content") or ""
        if isinstance(content, list):
            content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
        total += len(enc.encode(content))
    return total


def count_claude_tokens(model: str, system: str | None, messages: list[dict]) -> int:
    """Uses the free count_tokens endpoint; falls back to tiktoken on error."""
    client = get_anthropic_client()
    try:
        kwargs = {"model": model, "messages": messages}
        if system:
            kwargs["system"] = system
        return client.messages.count_tokens(**kwargs).input_tokens
    except Exception:  # noqa: BLE001
        logger.debug("count_tokens failed, approximating", exc_info=True)
        return count_openai_tokens("gpt-4o", messages)


def count_bedrock_tokens(model_id: str, messages: list[dict]) -> int:
    runtime = get_bedrock_runtime()
    resp = runtime.count_tokens(modelId=model_id, input={"converse": {"messages": messages}})
    return resp["inputTokens"]


def fits_context(model: str, n_tokens: int, reserve: int = 1024) -> bool:
    return n_tokens + reserve <= CONTEXT_LIMITS.get(model, 32_000)
