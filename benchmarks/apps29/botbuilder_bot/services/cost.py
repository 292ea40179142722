"""Token counting and cost estimates for the /usage admin card. No model calls here."""

from typing import Dict

import tiktoken

from services.clients import get_anthropic

PRICES_PER_1K = {
    "gpt-4o-helpdesk": (0.0025, 0.01),
    "gpt-4o-mini": (0.00015, 0.0006),
    "claude-3-5-sonnet-20241022": (0.003, 0.015),
    "claude-3-5-haiku-20241022": (0.0008, 0.004),
    "gemini-1.5-flash": (0.000075, 0.0003),
    "mistral-small-latest": (0.0002, 0.0006),
    "command-r-plus": (0.0025, 0.01),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES_PER_1K.get(model, (0.0, 0.0))
    return round(input_tokens / 1000 * pin + output_tokens / 1000 * pout, 6)


def count_openai_tokens(text: str, model: str = "gpt-4o") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


async def count_claude_tokens(system: str, messages: list, model: str) -> int:
    result = await get_anthropic().messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def summarize_usage(logs) -> Dict[str, dict]:
    out: Dict[str, dict] = {}
    for log in logs:
        row = out.setdefault(log.model, {"calls": 0, "input": 0, "output": 0, "cost": 0.0})
        row["calls"] += 1
        row["input"] += log.input_tokens
        row["output"] += log.output_tokens
        row["cost"] += calculate_cost(log.model, log.input_tokens, log.output_tokens)
    return out


MONTHLY_BUDGET_USD = {
    "azure": 400.0,
    "anthropic": 150.0,
    "gemini": 50.0,
    "cohere": 40.0,
    "mistral": 40.0,
    "ollama": 0.0,
}


def budget_status(logs) -> Dict[str, dict]:
    """Spend per provider against the monthly budget, for the /usage card and the FinOps export."""
    spent: Dict[str, float] = {}
    for log in logs:
        spent[log.provider] = spent.get(log.provider, 0.0) + calculate_cost(log.model, log.input_tokens, log.output_tokens)
    out = {}
    for provider, budget in MONTHLY_BUDGET_USD.items():
        used = round(spent.get(provider, 0.0), 4)
        out[provider] = {
            "spent": used,
            "budget": budget,
            "pct": round(100 * used / budget, 1) if budget else 0.0,
            "over": bool(budget) and used > budget,
        }
    return out
