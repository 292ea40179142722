"""Rough per-million-token prices, used for the toolbar and /usage."""
from __future__ import annotations

# (input, output) USD per 1M tokens. Updated by hand; don't trust to the cent.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4o-mini": (0.15, 0.60),
    "o4-mini": (1.10, 4.40),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-haiku-4-5": (1.00, 5.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "gemini-2.5-pro": (1.25, 10.00),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
    "sonar": (1.00, 1.00),
    "sonar-pro": (3.00, 15.00),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    for prefix, (inp, out) in PRICES.items():
        if model.startswith(prefix):
            return (input_tokens * inp + output_tokens * out) / 1_000_000
    return 0.0


def format_cost(usd: float) -> str:
    if usd < 0.01:
        return f"{usd * 100:.2f}¢"
    return f"${usd:.2f}"
