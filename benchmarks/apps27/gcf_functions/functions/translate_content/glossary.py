"""Glossary handling: brand terms that must never be translated, plus per-locale overrides.

Matching is embedding-based so "Wanderly Plus membership" still hits "Wanderly Plus".
"""
from __future__ import annotations

import json
import math
import pathlib
from functools import lru_cache

from mistralai import Mistral

_GLOSSARY_FILE = pathlib.Path(__file__).with_name("glossary.json")


@lru_cache(maxsize=1)
def load_glossary() -> dict[str, dict[str, str]]:
    if not _GLOSSARY_FILE.exists():
        return {}
    return json.loads(_GLOSSARY_FILE.read_text(encoding="utf-8"))


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class GlossaryMatcher:
    def __init__(self, client: Mistral, threshold: float = 0.83) -> None:
        self.client = client
        self.threshold = threshold
        self._term_vectors: dict[str, list[float]] | None = None

    def _vectors(self) -> dict[str, list[float]]:
        if self._term_vectors is None:
            terms = list(load_glossary().keys())
            if not terms:
                self._term_vectors = {}
            else:
                resp = self.client.embeddings.create(model="mistral-embed", inputs=terms)
                self._term_vectors = {t: d.embedding for t, d in zip(terms, resp.data)}
        return self._term_vectors

    def relevant_terms(self, sentences: list[str], target: str) -> dict[str, str]:
        glossary = load_glossary()
        out: dict[str, str] = {}
        # cheap exact pass first
        joined = " ".join(sentences).lower()
        for term, per_locale in glossary.items():
            if term.lower() in joined:
                out[term] = per_locale.get(target, term)
        if len(out) == len(glossary) or not sentences:
            return out
        vectors = self._vectors()
        resp = self.client.embeddings.create(model="mistral-embed", inputs=sentences[:32])
        for item in resp.data:
            for term, vec in vectors.items():
                if term not in out and _cosine(item.embedding, vec) >= self.threshold:
                    out[term] = glossary[term].get(target, term)
        return out

    @staticmethod
    def render(terms: dict[str, str]) -> str:
        return "\n".join(f"{src} => {dst}" for src, dst in terms.items()) or "(none)"
