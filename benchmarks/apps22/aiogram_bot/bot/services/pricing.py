"""Token prices (USD per 1M tokens) used for the /stats admin report and invoices."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

PRICES: dict[str, tuple[Decimal, Decimal]] = {
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "claude-3-5-sonnet-20241022": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-20241022": (Decimal("0.80"), Decimal("4.00")),
    "gemini-2.0-flash": (Decimal("0.10"), Decimal("0.40")),
    "deepseek-chat": (Decimal("0.27"), Decimal("1.10")),
    "command-r-plus-08-2024": (Decimal("2.50"), Decimal("10.00")),
    "anthropic.claude-3-haiku-20240307-v1:0": (Decimal("0.25"), Decimal("1.25")),
    "meta.llama3-70b-instruct-v1:0": (Decimal("2.65"), Decimal("3.50")),
}
WHISPER_PER_MINUTE = Decimal("0.006")
TTS_PER_1M_CHARS = Decimal("15.00")


@dataclass
class CostLine:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def cost(self) -> Decimal:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    price_in, price_out = PRICES.get(model, (Decimal("0"), Decimal("0")))
    return (price_in * input_tokens + price_out * output_tokens) / Decimal(1_000_000)


def whisper_cost(seconds: float) -> Decimal:
    return WHISPER_PER_MINUTE * Decimal(str(round(seconds / 60, 3)))


def tts_cost(characters: int) -> Decimal:
    return TTS_PER_1M_CHARS * characters / Decimal(1_000_000)
