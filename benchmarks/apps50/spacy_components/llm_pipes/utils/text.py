from __future__ import annotations

import re
from functools import lru_cache

import tiktoken

_WS = re.compile(r"\s+")


@lru_cache(maxsize=4)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def truncate_to_tokens(text: str, max_tokens: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])


def normalise_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def strip_code_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.endswith("```"):
            text = text[: -3]
    return text.strip()


def window_sentences(doc, max_chars: int = 4000):
    """Yield consecutive sentence windows of at most ``max_chars`` characters."""
    buf, size = [], 0
    for sent in doc.sents:
        if buf and size + len(sent.text) > max_chars:
            yield " ".join(buf)
            buf, size = [], 0
        buf.append(sent.text)
        size += len(sent.text) + 1
    if buf:
        yield " ".join(buf)
