"""Indicative premium calculator + plain-language explanation."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass
from typing import Any

import litellm

from copilot.config import settings
from copilot.prompts import QUOTE_EXPLAIN_PROMPT

log = logging.getLogger(__name__)

BASE_RATES = {"auto": 820.0, "homeowners": 1340.0, "renters": 180.0, "umbrella": 310.0}
TERRITORY_FACTORS = {"urban": 1.22, "suburban": 1.0, "rural": 0.91, "coastal": 1.38}


@dataclass
class QuoteBreakdown:
    line: str
    base: float
    territory_factor: float
    claims_surcharge: float
    multi_policy_discount: float
    total: float


def calculate(line: str, territory: str, prior_claims: int, multi_policy: bool) -> QuoteBreakdown:
    base = BASE_RATES[line]
    tf = TERRITORY_FACTORS.get(territory, 1.0)
    surcharge = min(prior_claims, 3) * 0.15 * base
    discount = 0.1 * base if multi_policy else 0.0
    total = round(base * tf + surcharge - discount, 2)
    return QuoteBreakdown(line, base, tf, surcharge, discount, total)


async def explain(breakdown: QuoteBreakdown, model: str | None = None) -> str:
    text = "\n".join(f"{k}: {v}" for k, v in asdict(breakdown).items())
    response = await asyncio.to_thread(
        litellm.completion,
        model=model or settings.litellm_model,
        messages=[{"role": "user", "content": QUOTE_EXPLAIN_PROMPT.format(breakdown=text)}],
        max_tokens=250,
    )
    return response.choices[0].message.content


def quote_tool_schema() -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": "indicative_quote",
            "description": "Compute an indicative (non-binding) premium.",
            "parameters": {
                "type": "object",
                "properties": {
                    "line": {"type": "string", "enum": sorted(BASE_RATES)},
                    "territory": {"type": "string", "enum": sorted(TERRITORY_FACTORS)},
                    "prior_claims": {"type": "integer", "minimum": 0},
                    "multi_policy": {"type": "boolean"},
                },
                "required": ["line", "territory", "prior_claims", "multi_policy"],
            },
        },
    }
