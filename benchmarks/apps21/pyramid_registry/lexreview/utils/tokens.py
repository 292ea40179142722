"""Token counting helpers (local tiktoken; no model requests)."""
import functools

import tiktoken


@functools.lru_cache(maxsize=8)
def _encoding(model):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text, model="gpt-4o"):
    return len(_encoding(model).encode(text or ""))


def truncate_to_tokens(text, max_tokens, model="gpt-4o"):
    enc = _encoding(model)
    ids = enc.encode(text or "")
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])


def chunk_by_tokens(text, max_tokens=6000, overlap=200, model="gpt-4o"):
    enc = _encoding(model)
    ids = enc.encode(text or "")
    step = max(1, max_tokens - overlap)
    for start in range(0, len(ids), step):
        yield enc.decode(ids[start : start + max_tokens])
