"""Rough per-million-token prices, used for the ``%usage`` magic."""
from __future__ import annotations

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "gemini-1.5-pro": (1.25, 5.00),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-embed": (0.10, 0.0),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model.startswith(("llama", "qwen", "phi", "nomic")):
        return 0.0  # local ollama models
    pin, pout = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def format_cost(usd: float) -> str:
    if usd < 0.01:
        return f"{usd * 100:.3f}¢"
    return f"${usd:.4f}"
