"""Cost estimation for the status bar. No network requests are billed here."""
from __future__ import annotations

import functools
import logging

import tiktoken

from quillpad.services.clients import get_anthropic_client, gemini_model

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output)
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-1.5-flash": (0.075, 0.30),
    "gemini-1.5-pro": (1.25, 5.00),
    "deepseek-chat": (0.27, 1.10),
    "command-r-plus": (2.50, 10.00),
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, provider: str, model: str) -> int:
    if provider == "anthropic":
        try:
            res = get_anthropic_client().messages.count_tokens(
                model=model, messages=[{"role": "user", "content": text}]
            )
            return res.input_tokens
        except Exception:  # noqa: BLE001 - fall back to a rough count
            log.debug("anthropic count_tokens failed, estimating", exc_info=True)
    elif provider == "google":
        try:
            return gemini_model(model).count_tokens(text).total_tokens
        except Exception:  # noqa: BLE001
            log.debug("gemini count_tokens failed, estimating", exc_info=True)
    return len(_encoding(model).encode(text))


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def format_cost(usd: float) -> str:
    if usd < 0.01:
        return f"<$0.01"
    return f"${usd:,.2f}"
