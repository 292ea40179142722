"""Pre-flight cost estimate (`evalkit estimate`): counts prompt tokens locally and
multiplies by list prices, so nobody launches a $2k sweep by accident."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import litellm
import tiktoken

from evalkit.models.base import ModelSpec
from evalkit.models.clients import get_anthropic_client
from evalkit.schemas import TestCase

logger = logging.getLogger(__name__)

# $/1M tokens (input, output) for models litellm doesn't know or prices wrong for us
PRICE_OVERRIDES: Dict[str, tuple] = {
    "fireworks:llama-v3p1-70b-instruct": (0.90, 0.90),
    "together:meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "xai:grok-3": (3.00, 15.00),
}


@dataclass
class Estimate:
    spec: str
    input_tokens: int
    output_tokens: int
    usd: Optional[float]


def _messages(case: TestCase) -> List[Dict[str, str]]:
    msgs = []
    if case.system_prompt:
        msgs.append({"role": "system", "content": case.system_prompt})
    msgs.append({"role": "user", "content": case.prompt})
    return msgs


def count_prompt_tokens(spec: ModelSpec, cases: Sequence[TestCase], exact: bool = False) -> int:
    if spec.provider == "openai":
        try:
            enc = tiktoken.encoding_for_model(spec.model)
        except KeyError:
            enc = tiktoken.get_encoding("o200k_base")
        return sum(len(enc.encode(m["content"])) + 4 for c in cases for m in _messages(c))

    if spec.provider == "anthropic" and exact:
        # the count endpoint is free but rate limited; only used with --exact
        client = get_anthropic_client()
        total = 0
        for case in cases:
            counted = client.messages.count_tokens(
                model=spec.model,
                system=case.system_prompt or "",
                messages=[{"role": "user", "content": case.prompt}],
            )
            total += counted.input_tokens
        return total

    # everything else: litellm's tokenizer mapping (falls back to tiktoken cl100k)
    model_name = spec.model if spec.provider == "litellm" else f"{spec.provider}/{spec.model}"
    return sum(litellm.token_counter(model=model_name, messages=_messages(c)) for c in cases)


def estimate(spec_str: str, cases: Sequence[TestCase], max_output_tokens: int, exact: bool = False) -> Estimate:
    spec = ModelSpec.parse(spec_str)
    n_in = count_prompt_tokens(spec, cases, exact=exact)
    n_out = max_output_tokens * len(cases)  # worst case

    if spec_str in PRICE_OVERRIDES:
        pin, pout = PRICE_OVERRIDES[spec_str]
        return Estimate(spec_str, n_in, n_out, (n_in * pin + n_out * pout) / 1e6)

    info = litellm.model_cost.get(spec.model) or litellm.model_cost.get(f"{spec.provider}/{spec.model}")
    if not info:
        logger.warning("no price for %s", spec_str)
        return Estimate(spec_str, n_in, n_out, None)
    usd = n_in * info.get("input_cost_per_token", 0) + n_out * info.get("output_cost_per_token", 0)
    return Estimate(spec_str, n_in, n_out, usd)
