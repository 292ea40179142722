"""Plain-Python document statistics. No model calls here."""
from __future__ import annotations

from collections import Counter
import re

from app.domain.chunking import split_paragraphs
from app.domain.models import Document
from app.services.tokens import rough_tokens

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


class ReportGenerator:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def generate(self) -> dict:
        words = _WORD.findall(self.doc.text.lower())
        common = Counter(w for w in words if len(w) > 4).most_common(10)
        return {
            "id": str(self.doc.id),
            "title": self.doc.title,
            "paragraphs": len(split_paragraphs(self.doc.text)),
            "words": len(words),
            "approx_tokens": rough_tokens(self.doc.text),
            "top_terms": common,
            "has_summary": bool(self.doc.summary),
        }
