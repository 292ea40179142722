"""Splitting adjuster notes into model-sized pieces."""
import re
from typing import Iterator, List

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def approx_tokens(text: str) -> int:
    # ~4 chars per token is close enough for budgeting Mistral calls
    return max(1, len(text) // 4)


def split_sentences(text: str) -> List[str]:
    return [s.strip() for s in SENTENCE_END.split(text or "") if s.strip()]


def chunk_text(text: str, max_tokens: int = 800, overlap: int = 1) -> Iterator[str]:
    sentences = split_sentences(text)
    current: List[str] = []
    size = 0
    for sentence in sentences:
        tokens = approx_tokens(sentence)
        if current and size + tokens > max_tokens:
            yield " ".join(current)
            current = current[-overlap:] if overlap else []
            size = sum(approx_tokens(s) for s in current)
        current.append(sentence)
        size += tokens
    if current:
        yield " ".join(current)
