"""Misc helpers. Nothing here talks to a model provider."""
import re
import unicodedata
from typing import Iterable


class SlugGenerator:
    def __init__(self, max_length: int = 255):
        self.max_length = max_length

    def generate(self, value: str, existing: Iterable[str] = ()) -> str:
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^\w\s-]", "", value.lower())
        slug = re.sub(r"[-\s]+", "-", slug).strip("-")[: self.max_length]
        taken = set(existing)
        candidate, n = slug, 2
        while candidate in taken:
            candidate = f"{slug}-{n}"
            n += 1
        return candidate


class TextCompletion:
    """Autocomplete for the dashboard attribute-value inputs (prefix match)."""

    def __init__(self, vocabulary: Iterable[str]):
        self.vocabulary = sorted(set(vocabulary))

    def completion(self, prefix: str, limit: int = 10):
        prefix = prefix.lower()
        return [v for v in self.vocabulary if v.lower().startswith(prefix)][:limit]


def strip_html(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text or "")


def editorjs_to_text(description) -> str:
    if not description:
        return ""
    blocks = description.get("blocks", []) if isinstance(description, dict) else []
    return "\n\n".join(strip_html(b.get("data", {}).get("text", "")) for b in blocks)
