"""Local token estimation (no network)."""
import functools

import tiktoken


@functools.lru_cache(maxsize=8)
def _encoding(model):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text, model="gpt-4o-mini"):
    return len(_encoding(model).encode(text or ""))


def count_message_tokens(messages, model="gpt-4o-mini"):
    total = 0
    for m in messages:
        total += 4 + count_tokens(m.get("content") or "", model)
    return total + 2


def trim_history(messages, budget, model="gpt-4o-mini"):
    """Drop oldest non-system turns until the history fits the budget."""
    kept = list(messages)
    while len(kept) > 2 and count_message_tokens(kept, model) > budget:
        idx = 1 if kept[0].get("role") == "system" else 0
        kept.pop(idx)
    return kept
