"""Cheap, model-free quality heuristics for catalogue records."""

from __future__ import annotations

import re
from functools import lru_cache

import tiktoken

from catalog.models import Product

REQUIRED_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "apparel": ("material", "colour", "size_range", "fit"),
    "footwear": ("material", "colour", "sole", "closure"),
    "home": ("material", "dimensions", "colour"),
    "electronics": ("brand", "model_number", "connectivity", "power"),
}

_WS = re.compile(r"\s+")


def completion(product: Product) -> float:
    """Share of the category's required attributes that are filled in (0..1)."""
    required = REQUIRED_ATTRIBUTES.get(product.category, ())
    if not required:
        return 1.0
    filled = sum(1 for key in required if (product.attributes.get(key) or "").strip())
    return filled / len(required)


def generate(product: Product) -> str:
    """Template description used when a record is too sparse to send to a model."""
    parts = [product.title.strip()]
    if product.brand:
        parts.append(f"by {product.brand}")
    attrs = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in sorted(product.attributes.items()) if v)
    text = " ".join(parts) + "."
    if attrs:
        text += f" {attrs}."
    return _WS.sub(" ", text)


@lru_cache(maxsize=1)
def _encoding() -> tiktoken.Encoding:
    return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text))


def truncate_tokens(text: str, max_tokens: int) -> str:
    tokens = _encoding().encode(text)
    if len(tokens) <= max_tokens:
        return text
    return _encoding().decode(tokens[:max_tokens])
