"""Terminology glossary used by the translator and reviewer (no LLM here)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Term:
    source: str
    target: str
    lang: str
    note: str = ""


class Glossary:
    def __init__(self, terms: list[Term] | None = None) -> None:
        self._terms: list[Term] = list(terms or [])

    @classmethod
    def from_csv(cls, path: Path) -> "Glossary":
        terms = []
        with path.open(newline="") as fh:
            for row in csv.DictReader(fh):
                terms.append(Term(row["source"], row["target"], row["lang"], row.get("note", "")))
        return cls(terms)

    def create(self, source: str, target: str, lang: str, note: str = "") -> Term:
        term = Term(source, target, lang, note)
        self._terms.append(term)
        return term

    def for_lang(self, lang: str) -> list[Term]:
        return [t for t in self._terms if t.lang == lang]

    def as_prompt_block(self, lang: str) -> str:
        terms = self.for_lang(lang)
        if not terms:
            return ""
        lines = [f"- {t.source} => {t.target}" + (f" ({t.note})" if t.note else "") for t in terms]
        return "Use this terminology:\n" + "\n".join(lines)

    def __len__(self) -> int:
        return len(self._terms)
