"""Price table and token estimates (USD per 1M tokens)."""
from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-small-latest": (0.20, 0.60),
    "llama-3.1-70b-versatile": (0.59, 0.79),
    "llama-3.1-8b-instant": (0.05, 0.08),
}
WHISPER_PER_MINUTE = 0.006


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model.startswith(("llama3", "qwen", "phi3")) and ":" in model:
        return 0.0  # local ollama tag
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * pin + output_tokens * pout) / 1_000_000, 6)


def transcription_cost(seconds: float) -> float:
    return round(seconds / 60 * WHISPER_PER_MINUTE, 4)


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    import tiktoken

    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_claude_tokens(client, text: str, model: str = "claude-3-5-sonnet-20241022") -> int:
    """Exact input-token count for the pre-flight cost estimate (free endpoint)."""
    result = client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def preflight_estimate(transcript: str, model: str, expected_output: int = 800) -> float:
    if model.startswith("claude"):
        from minutes_mate.services.clients import get_anthropic_client

        n = count_claude_tokens(get_anthropic_client(), transcript, model)
    else:
        n = count_openai_tokens(transcript)
    return estimate_cost(model, n, expected_output)
