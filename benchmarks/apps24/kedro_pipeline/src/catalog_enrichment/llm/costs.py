"""Rough cost estimation before a run, so we don't blow the monthly budget on a
full re-enrichment by accident. Nothing here calls a model."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import litellm
import tiktoken

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Last refreshed from provider pages 2024-11.
PRICE_TABLE: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "mistral-large-latest": (2.00, 6.00),
}


@dataclass
class CostEstimate:
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def usd(self) -> float:
        in_price, out_price = PRICE_TABLE.get(self.model, (0.0, 0.0))
        return (self.input_tokens * in_price + self.output_tokens * out_price) / 1_000_000


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_tokens_litellm(messages: list[dict], model: str) -> int:
    """Works for non-OpenAI models too (uses the HF tokenizer when litellm knows one)."""
    return litellm.token_counter(model=model, messages=messages)


def count_tokens_anthropic(client, messages: list[dict], model: str) -> int:
    # count_tokens is free and does not run the model
    result = client.messages.count_tokens(model=model, messages=messages)
    return result.input_tokens


def estimate_prompt_batch(prompts: list[str], model: str, expected_output_tokens: int = 250) -> CostEstimate:
    est = CostEstimate(model=model)
    for prompt in prompts:
        est.input_tokens += count_tokens(prompt, model if model.startswith("gpt") else "gpt-4o")
        est.output_tokens += expected_output_tokens
    if model not in PRICE_TABLE:
        est.notes.append(f"no price for {model}, using litellm.model_cost")
        info = litellm.model_cost.get(model, {})
        in_cost = info.get("input_cost_per_token", 0.0) * est.input_tokens
        out_cost = info.get("output_cost_per_token", 0.0) * est.output_tokens
        logger.info("litellm price for %s: %.4f USD", model, in_cost + out_cost)
    return est


def cost_of_response(response) -> float:
    """Cost of an already-made litellm/OpenAI-shaped response."""
    try:
        return litellm.completion_cost(completion_response=response)
    except Exception:  # noqa: BLE001 - unknown model names raise
        logger.debug("completion_cost failed for %s", getattr(response, "model", "?"))
        return 0.0
