"""Rough USD pricing per 1M tokens, for dashboards and budget alerts only.

Source: vendor pricing pages, checked 2025-03. Not used for billing.
"""
from __future__ import annotations

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "claude-3-7-sonnet-20250219": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "us.anthropic.claude-3-7-sonnet-20250219-v1:0": (3.00, 15.00),
    "us.anthropic.claude-3-5-haiku-20241022-v1:0": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "grok-3-mini": (0.30, 0.50),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "llama-guard-3-8b": (0.20, 0.20),
}

# per-minute audio / per-image prices
WHISPER_PER_MINUTE = 0.006
FLUX_SCHNELL_PER_IMAGE = 0.003
FLUX_PRO_PER_IMAGE = 0.04


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def estimate_transcription_cost(duration_seconds: float) -> float:
    return round(duration_seconds / 60 * WHISPER_PER_MINUTE, 4)


def estimate_image_cost(model: str, n: int) -> float:
    per = FLUX_PRO_PER_IMAGE if "pro" in model else FLUX_SCHNELL_PER_IMAGE
    return round(per * n, 4)
