"""Split long documents into chunks that fit a model context."""
import re

_PARA = re.compile(r"\n\s*\n")


def split_paragraphs(text):
    return [p.strip() for p in _PARA.split(text) if p.strip()]


def chunk_text(text, max_chars=12000, overlap=200):
    paragraphs = split_paragraphs(text)
    chunks, current = [], ""
    for para in paragraphs:
        if len(current) + len(para) + 2 > max_chars and current:
            chunks.append(current)
            current = current[-overlap:] if overlap else ""
        current = (current + "\n\n" + para) if current else para
    if current:
        chunks.append(current)
    return chunks


def split_sentences(text):
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", text.strip())
    return [p for p in parts if p]


def batch(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def truncate_middle(text, max_chars=20000, marker="\n[...]\n"):
    """Keep the head and tail of long documents; models mostly need intro and conclusion."""
    if len(text) <= max_chars:
        return text
    half = (max_chars - len(marker)) // 2
    return text[:half] + marker + text[-half:]
