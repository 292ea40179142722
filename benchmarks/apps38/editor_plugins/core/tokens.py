"""Token budgeting so we never send a 40k-line file by accident."""
from __future__ import annotations

from typing import Dict, List

try:
    import tiktoken
except ImportError:  # Sublime's bundled Python often lacks it
    tiktoken = None

from .clients import get_anthropic

_ENCODERS = {}


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    if tiktoken is None:
        return len(text) // 4
    enc = _ENCODERS.get(model)
    if enc is None:
        try:
            enc = tiktoken.encoding_for_model(model)
        except KeyError:
            enc = tiktoken.get_encoding("o200k_base")
        _ENCODERS[model] = enc
    return len(enc.encode(text))


def count_claude_tokens(messages: List[Dict[str, str]], model: str, system: str = "") -> int:
    """Exact count from the API; free, but still a round-trip, so use sparingly."""
    result = get_anthropic().messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def fit_to_budget(text: str, budget_tokens: int, model: str = "gpt-4o-mini") -> str:
    if count_openai_tokens(text, model) <= budget_tokens:
        return text
    # keep the tail: for completions the code right before the cursor matters most
    approx_chars = budget_tokens * 4
    return text[-approx_chars:]
