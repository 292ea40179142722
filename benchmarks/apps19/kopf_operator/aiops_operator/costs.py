"""Rough cost projection for AIWorkload budgets (status.conditions[WithinBudget])."""
from __future__ import annotations

import logging

import litellm

logger = logging.getLogger(__name__)

# $ per 1M tokens (input, output) for models litellm's cost map does not know
# under the names we use. Updated by hand - check the FinOps dashboard.
_FALLBACK_PRICES = {
    ("watsonx", "ibm/granite-3-8b-instruct"): (0.20, 0.20),
    ("watsonx", "meta-llama/llama-3-3-70b-instruct"): (0.71, 0.71),
    ("mistral", "mistral-small-latest"): (0.10, 0.30),
    ("mistral", "mistral-large-latest"): (2.00, 6.00),
}

_LITELLM_PREFIX = {
    "bedrock": "bedrock/",
    "google": "vertex_ai/",
    "mistral": "mistral/",
    "watsonx": "watsonx/",
    "litellm": "",
}

MINUTES_PER_MONTH = 60 * 24 * 30


def price_per_call(provider: str, model: str, input_tokens: int, output_tokens: int) -> float:
    key = (provider, model)
    if key in _FALLBACK_PRICES:
        pin, pout = _FALLBACK_PRICES[key]
        return (input_tokens * pin + output_tokens * pout) / 1_000_000
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=_LITELLM_PREFIX.get(provider, "") + model,
            prompt_tokens=input_tokens,
            completion_tokens=output_tokens,
        )
    except Exception:
        logger.debug("no price for %s/%s", provider, model)
        return 0.0
    return prompt_cost + completion_cost


def estimate_monthly_cost(provider: str, model: str, rpm: int, max_tokens: int, avg_input: int = 800) -> float:
    per_call = price_per_call(provider, model, avg_input, max_tokens // 2)
    return per_call * rpm * MINUTES_PER_MONTH
