"""Rule-based fallback classifier. No model calls; always available."""
from __future__ import annotations

import re
from collections import Counter

from docflow import hookimpl
from docflow.models import Classification, Document

PLUGIN_NAME = "keyword_plugin"

KEYWORDS: dict[str, list[str]] = {
    "invoice": ["invoice", "amount due", "vat", "payment terms", "remit to"],
    "contract": ["agreement", "hereinafter", "party", "termination", "governing law"],
    "resume": ["experience", "education", "skills", "curriculum vitae"],
    "report": ["executive summary", "findings", "quarter", "kpi"],
}


class KeywordIndex:
    def __init__(self, table: dict[str, list[str]]) -> None:
        self._patterns = {
            label: [re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE) for w in words] for label, words in table.items()
        }

    @classmethod
    def create(cls, table: dict[str, list[str]] | None = None) -> "KeywordIndex":
        return cls(table or KEYWORDS)

    def score(self, text: str) -> Counter:
        counts: Counter = Counter()
        for label, patterns in self._patterns.items():
            counts[label] = sum(len(p.findall(text)) for p in patterns)
        return counts


_index = KeywordIndex.create()


@hookimpl
def docflow_describe() -> dict:
    return {"name": PLUGIN_NAME, "capabilities": ["classify"]}


@hookimpl
def classify(engine, document: Document, labels: list[str]) -> Classification | None:
    counts = _index.score(document.text)
    candidates = {label: n for label, n in counts.items() if label in labels and n}
    if not candidates:
        return None
    label, hits = max(candidates.items(), key=lambda kv: kv[1])
    total = sum(candidates.values())
    return Classification(label=label, confidence=round(hits / total, 3) * 0.6, plugin=PLUGIN_NAME)
