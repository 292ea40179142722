"""High-level operations built on top of the hooks.

The FastAPI routes and the scripts call these rather than ``pm.hook.*``
directly, so hook result selection lives in one place.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field

from docflow.engine import Engine
from docflow.models import Classification, Document, EmbeddingBatch, Summary
from docflow.tokens import count_tokens, estimate_cost

log = logging.getLogger(__name__)

DEFAULT_LABELS = ["invoice", "contract", "resume", "report", "other"]
FALLBACK_MODEL = "Qwen/Qwen2.5-72B-Instruct"


@dataclass
class ProgressTracker:
    """Tiny progress helper for batch jobs (scripts/ use it)."""

    total: int
    done: int = 0
    started: float = field(default_factory=time.monotonic)

    def step(self, n: int = 1) -> None:
        self.done += n

    def completion(self) -> float:
        return self.done / self.total if self.total else 1.0

    def eta_seconds(self) -> float | None:
        frac = self.completion()
        if frac <= 0:
            return None
        return (time.monotonic() - self.started) * (1 - frac) / frac


class Pipeline:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.hook = engine.pm.hook

    # ------------------------------------------------------------- summarize
    def summarize(self, document: Document, max_words: int = 200) -> Summary:
        summary = self.hook.summarize(engine=self.engine, document=document, max_words=max_words)
        if summary is None:
            log.warning("no plugin summarized %s; using HF fallback", document.id)
            summary = self._fallback_summary(document, max_words)
        if summary.input_tokens is None:
            summary.input_tokens = count_tokens(document.text)
        return summary

    def _fallback_summary(self, document: Document, max_words: int) -> Summary:
        resp = self.engine.hf.chat.completions.create(
            model=FALLBACK_MODEL,
            messages=[{"role": "user", "content": f"Summarize in {max_words} words or fewer:\n\n{document.head(12000)}"}],
            max_tokens=max_words * 2,
        )
        return Summary(
            text=resp.choices[0].message.content,
            plugin="fallback",
            model=FALLBACK_MODEL,
            input_tokens=resp.usage.prompt_tokens if resp.usage else None,
            output_tokens=resp.usage.completion_tokens if resp.usage else None,
        )

    # ------------------------------------------------------------------ embed
    def embed(self, texts: list[str], purpose: str = "document") -> EmbeddingBatch:
        results = self.hook.embed(engine=self.engine, texts=texts, purpose=purpose)
        vectors = next((r for r in results if r is not None), None)
        if vectors is None:
            raise RuntimeError(f"embedding plugin {self.engine.settings.embedding_plugin!r} produced nothing")
        return EmbeddingBatch(vectors=vectors, model=self.engine.settings.embedding_model, plugin=self.engine.settings.embedding_plugin)

    # --------------------------------------------------------------- classify
    def classify(self, document: Document, labels: list[str] | None = None) -> Classification:
        labels = labels or DEFAULT_LABELS
        votes: list[Classification] = [
            c for c in self.hook.classify(engine=self.engine, document=document, labels=labels) if c is not None
        ]
        if not votes:
            return Classification(label="other", confidence=0.0, plugin="none")
        tally: Counter = Counter()
        for v in votes:
            tally[v.label] += v.confidence
        label, weight = tally.most_common(1)[0]
        best = max((v for v in votes if v.label == label), key=lambda v: v.confidence)
        return Classification(label=label, confidence=min(1.0, weight / len(votes)), plugin=best.plugin, rationale=best.rationale)

    # ------------------------------------------------------------------ misc
    def rerank(self, query: str, candidates: list[str], top_k: int = 10) -> list[tuple[int, float]]:
        ranked = self.hook.rerank(engine=self.engine, query=query, candidates=candidates, top_k=top_k)
        return ranked if ranked is not None else [(i, 0.0) for i in range(min(top_k, len(candidates)))]

    def moderate(self, text: str) -> dict:
        verdicts = [v for v in self.hook.moderate(engine=self.engine, text=text) if v]
        flagged = any(v["flagged"] for v in verdicts)
        return {"flagged": flagged, "verdicts": verdicts}

    def estimated_cost(self, summary: Summary) -> float:
        return estimate_cost(summary.model, summary.input_tokens or 0, summary.output_tokens or 0)
