"""Health checks and cost-estimation helpers used by ops dashboards."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Dict, List

import requests
import tiktoken

from llmkit.container import Container

logger = logging.getLogger(__name__)

STATUS_PAGES = {
    "openai": "https://status.openai.com/api/v2/status.json",
    "anthropic": "https://status.anthropic.com/api/v2/status.json",
}

# USD per 1M tokens (input, output); refreshed by hand from the pricing pages.
PRICES: Dict[str, tuple] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
}


def openai_models(container: Container) -> List[str]:
    return sorted(m.id for m in container.get("openai").models.list())


def provider_status() -> Dict[str, str]:
    out: Dict[str, str] = {}
    for provider, url in STATUS_PAGES.items():
        try:
            r = requests.get(url, timeout=5)
            r.raise_for_status()
            out[provider] = r.json()["status"]["indicator"]
        except requests.RequestException as exc:
            logger.warning("status page for %s unavailable: %s", provider, exc)
            out[provider] = "unknown"
    return out


@lru_cache(maxsize=16)
def _encoding(model: str) -> "tiktoken.Encoding":
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)
