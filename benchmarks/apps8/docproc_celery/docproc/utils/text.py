import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, List, Optional

import tiktoken

_WS_RE = re.compile(r"[ \t\u00a0]+")
_PAGE_BREAK_RE = re.compile(r"\n?\s*Page \d+ of \d+\s*\n", re.IGNORECASE)
_BATES_RE = re.compile(r"\b[A-Z]{2,8}[-_ ]?\d{5,8}\b")


@lru_cache(maxsize=4)
def _encoding(name: str = "cl100k_base"):
    return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _PAGE_BREAK_RE.sub("\n", text)
    text = _WS_RE.sub(" ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def strip_bates(text: str) -> str:
    return _BATES_RE.sub("", text)


@dataclass
class Chunk:
    ordinal: int
    text: str
    token_count: int
    page_start: Optional[int] = None


def chunk_text(text: str, max_tokens: int = 1500, overlap_tokens: int = 150) -> List[Chunk]:
    """Paragraph-aware chunker. Paragraphs longer than max_tokens are hard-split."""
    enc = _encoding()
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    chunks: List[Chunk] = []
    current: List[int] = []

    def flush():
        if current:
            chunks.append(Chunk(ordinal=len(chunks), text=enc.decode(current), token_count=len(current)))

    for para in paragraphs:
        tokens = enc.encode(para + "\n\n", disallowed_special=())
        if len(current) + len(tokens) > max_tokens:
            flush()
            current = current[-overlap_tokens:] if overlap_tokens else []
        while len(tokens) > max_tokens:
            current.extend(tokens[: max_tokens - len(current)])
            tokens = tokens[max_tokens - len(current):]
            flush()
            current = []
        current.extend(tokens)
    flush()
    return chunks


def batched(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def truncate_tokens(text: str, max_tokens: int) -> str:
    enc = _encoding()
    tokens = enc.encode(text, disallowed_special=())
    if len(tokens) <= max_tokens:
        return text
    return enc.decode(tokens[:max_tokens])
