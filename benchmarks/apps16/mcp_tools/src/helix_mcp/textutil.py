"""Text helpers: token counting and chunking."""
from functools import lru_cache
from typing import List

import tiktoken

DEFAULT_ENCODING = "o200k_base"


@lru_cache(maxsize=4)
def _encoding(name: str = DEFAULT_ENCODING) -> "tiktoken.Encoding":
    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = DEFAULT_ENCODING) -> int:
    """Approximate token count.  Exact for OpenAI models, close enough for the
    others when all we need is a budget check."""
    return len(_encoding(encoding).encode(text, disallowed_special=()))


def chunk_text(text: str, max_tokens: int = 800, overlap: int = 80) -> List[str]:
    enc = _encoding()
    ids = enc.encode(text, disallowed_special=())
    if len(ids) <= max_tokens:
        return [text]
    step = max(1, max_tokens - overlap)
    return [enc.decode(ids[i : i + max_tokens]) for i in range(0, len(ids), step)]


def truncate(text: str, max_chars: int, marker: str = "\n…[truncated]") -> str:
    if len(text) <= max_chars:
        return text
    return text[: max_chars - len(marker)] + marker


def strip_code_fence(text: str) -> str:
    t = text.strip()
    if t.startswith("```"):
        t = t.split("\n", 1)[1] if "\n" in t else ""
        if t.rstrip().endswith("```"):
            t = t.rstrip()[:-3]
    return t.strip()
