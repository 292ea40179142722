import re
from functools import lru_cache

import tiktoken

_PARA_SPLIT = re.compile(r"\n\s*\n")


@lru_cache(maxsize=8)
def _encoding(model):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text, model="gpt-4o-mini"):
    """Local token estimate, used for budgeting and chunking; no API call."""
    return len(_encoding(model).encode(text or ""))


def chunk_by_tokens(texts, max_tokens=8000, model="text-embedding-3-small"):
    """Group texts into batches that stay under ``max_tokens`` in total."""
    batch, used = [], 0
    for text in texts:
        n = count_tokens(text, model)
        if batch and used + n > max_tokens:
            yield batch
            batch, used = [], 0
        batch.append(text)
        used += n
    if batch:
        yield batch


def split_passages(body, max_chars=800):
    passages, current = [], ""
    for para in _PARA_SPLIT.split(body or ""):
        para = para.strip()
        if not para:
            continue
        if current and len(current) + len(para) + 1 > max_chars:
            passages.append(current)
            current = para
        else:
            current = f"{current}\n{para}" if current else para
    if current:
        passages.append(current)
    return passages


def word_count(text):
    return len(re.findall(r"\w+", text or ""))
