"""Small text helpers shared by the articles app and the AI services."""
import re
from dataclasses import dataclass

from django.utils.text import slugify

_WS = re.compile(r"\s+")


def normalise_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def chunk_text(text: str, max_words: int = 220, overlap: int = 30) -> list[str]:
    words = normalise_whitespace(text).split(" ")
    if not words or words == [""]:
        return []
    chunks = []
    start = 0
    while start < len(words):
        end = min(len(words), start + max_words)
        chunks.append(" ".join(words[start:end]))
        if end == len(words):
            break
        start = end - overlap
    return chunks


@dataclass
class SlugGenerator:
    """Generates unique slugs for a queryset; nothing to do with text generation."""

    queryset: object
    max_length: int = 255

    def generate(self, title: str) -> str:
        base = slugify(title)[: self.max_length - 8] or "article"
        candidate = base
        suffix = 2
        while self.queryset.filter(slug=candidate).exists():
            candidate = f"{base}-{suffix}"
            suffix += 1
        return candidate


class ReadingProgress:
    """Tracks how much of an article a reader has scrolled through."""

    def __init__(self, total_words: int):
        self.total_words = max(total_words, 1)
        self.read_words = 0

    def advance(self, words: int) -> None:
        self.read_words = min(self.total_words, self.read_words + words)

    def completion(self) -> float:
        return round(self.read_words / self.total_words, 3)
