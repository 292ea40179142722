"""Rough cost estimates shown in the status bar ("~$0.0031 this session")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

# USD per 1M tokens (input, output).  Updated by hand -- check vendor pages.
PRICES: Dict[str, Tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "codestral-latest": (0.30, 0.90),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "deepseek-chat": (0.27, 1.10),
}


@dataclass
class SessionSpend:
    input_tokens: int = 0
    output_tokens: int = 0
    usd: float = 0.0

    def add(self, model: str, input_tokens: int, output_tokens: int) -> float:
        cost = completion_cost(model, input_tokens, output_tokens)
        self.input_tokens += input_tokens
        self.output_tokens += output_tokens
        self.usd += cost
        return cost

    def label(self) -> str:
        return "~$%.4f" % self.usd


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def usage_from_response(resp) -> Tuple[int, int]:
    """Works for openai/groq/deepseek/mistral (prompt/completion) and anthropic (input/output)."""
    usage = getattr(resp, "usage", None)
    if usage is None:
        return 0, 0
    if hasattr(usage, "input_tokens"):
        return usage.input_tokens or 0, usage.output_tokens or 0
    return usage.prompt_tokens or 0, usage.completion_tokens or 0


SESSION = SessionSpend()
