"""Static model catalogue and price table (USD per 1M tokens)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelInfo:
    provider: str
    name: str
    context_window: int
    input_price: float
    output_price: float
    supports_streaming: bool = True


CATALOGUE: dict[str, ModelInfo] = {
    m.name: m
    for m in (
        ModelInfo("openai", "gpt-4o", 128_000, 2.50, 10.00),
        ModelInfo("openai", "gpt-4o-mini", 128_000, 0.15, 0.60),
        ModelInfo("anthropic", "claude-3-5-sonnet-latest", 200_000, 3.00, 15.00),
        ModelInfo("anthropic", "claude-3-5-haiku-latest", 200_000, 0.80, 4.00),
        ModelInfo("google", "gemini-2.0-flash", 1_000_000, 0.10, 0.40),
        ModelInfo("google", "gemini-1.5-pro", 2_000_000, 1.25, 5.00),
        ModelInfo("groq", "llama-3.3-70b-versatile", 128_000, 0.59, 0.79),
        ModelInfo("groq", "llama-3.1-8b-instant", 128_000, 0.05, 0.08),
        ModelInfo("xai", "grok-2-latest", 131_072, 2.00, 10.00),
    )
}


def models_for(provider: str) -> list[str]:
    return [name for name, info in CATALOGUE.items() if info.provider == provider]


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    info = CATALOGUE.get(model)
    if info is None:
        return 0.0
    return (input_tokens * info.input_price + output_tokens * info.output_price) / 1_000_000
