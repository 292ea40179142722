"""Text utilities: chunking, citation parsing and query autocompletion."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

_CITATION_RE = re.compile(
    r"(?P<volume>\d{1,4})\s+(?P<reporter>U\.S\.|S\. ?Ct\.|F\.(?:2d|3d|4th)?|F\. Supp\.(?: 2d| 3d)?)"
    r"\s+(?P<page>\d{1,5})(?:\s+\((?P<court>[^)]*?)\s*(?P<year>\d{4})\))?"
)


@dataclass(frozen=True)
class Citation:
    volume: str
    reporter: str
    page: str
    court: str = ""
    year: str = ""

    @property
    def key(self) -> str:
        return f"{self.volume} {self.reporter} {self.page}"


def chunk_text(text: str, max_chars: int = 2400, overlap: int = 200) -> list[str]:
    """Split text on paragraph boundaries into overlapping chunks."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    chunks: list[str] = []
    current = ""
    for paragraph in paragraphs:
        if current and len(current) + len(paragraph) + 2 > max_chars:
            chunks.append(current)
            current = current[-overlap:] + "\n\n" + paragraph
        else:
            current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        chunks.append(current)
    return chunks


def extract_citations(text: str) -> list[Citation]:
    seen: set[str] = set()
    found: list[Citation] = []
    for match in _CITATION_RE.finditer(text):
        citation = Citation(
            volume=match["volume"],
            reporter=match["reporter"],
            page=match["page"],
            court=(match["court"] or "").strip(),
            year=match["year"] or "",
        )
        if citation.key not in seen:
            seen.add(citation.key)
            found.append(citation)
    return found


class BluebookFormatter:
    """Renders citations in Bluebook short or full form."""

    def __init__(self, short_form: bool = False) -> None:
        self.short_form = short_form

    def generate(self, citation: Citation, pin: str | None = None) -> str:
        base = citation.key
        if pin:
            base = f"{base}, {pin}"
        if self.short_form or not citation.year:
            return base
        court = f"{citation.court} " if citation.court else ""
        return f"{base} ({court}{citation.year})"


def completion(prefix: str, vocabulary: Sequence[str], limit: int = 8) -> list[str]:
    """Return up to ``limit`` vocabulary terms starting with ``prefix``.

    ``vocabulary`` must be sorted case-insensitively.
    """
    needle = prefix.lower()
    lowered = [term.lower() for term in vocabulary]
    start = bisect.bisect_left(lowered, needle)
    matches: list[str] = []
    for term, low in zip(vocabulary[start:], lowered[start:]):
        if not low.startswith(needle) or len(matches) >= limit:
            break
        matches.append(term)
    return matches


def tokenize(text: str) -> list[str]:
    return re.findall(r"[a-z0-9§]+", text.lower())


def overlap_score(query_terms: Iterable[str], document: str) -> float:
    terms = set(query_terms)
    if not terms:
        return 0.0
    doc_terms = set(tokenize(document))
    return len(terms & doc_terms) / len(terms)
