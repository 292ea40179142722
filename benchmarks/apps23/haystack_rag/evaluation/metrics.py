"""Retrieval / answer metrics that need no model calls."""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field

from ragsvc.utils.tokens import calculate_cost


def recall_at_k(retrieved_ids: list[str], relevant_ids: set[str], k: int) -> float:
    if not relevant_ids:
        return 0.0
    hits = sum(1 for doc_id in retrieved_ids[:k] if doc_id in relevant_ids)
    return hits / len(relevant_ids)


def mrr(retrieved_ids: list[str], relevant_ids: set[str]) -> float:
    for rank, doc_id in enumerate(retrieved_ids, start=1):
        if doc_id in relevant_ids:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(retrieved_ids: list[str], relevant_ids: set[str], k: int) -> float:
    dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(retrieved_ids[:k]) if d in relevant_ids)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant_ids))))
    return dcg / ideal if ideal else 0.0


@dataclass
class RunStats:
    recalls: list[float] = field(default_factory=list)
    mrrs: list[float] = field(default_factory=list)
    judge_scores: list[int] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add_judge(self, score: int, prompt_tokens: int, completion_tokens: int) -> None:
        self.judge_scores.append(score)
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens

    def summary(self, judge_model: str) -> dict:
        def mean(xs):
            return round(statistics.fmean(xs), 4) if xs else None

        return {
            "recall@k": mean(self.recalls),
            "mrr": mean(self.mrrs),
            "judge_mean": mean(self.judge_scores),
            "judge_cost_usd": round(calculate_cost(judge_model, self.prompt_tokens, self.completion_tokens), 4),
        }


class ReportBuilder:
    def __init__(self, title: str):
        self.title = title
        self.sections: list[tuple[str, dict]] = []

    def add(self, name: str, stats: dict) -> "ReportBuilder":
        self.sections.append((name, stats))
        return self

    def generate(self) -> str:
        """Render the markdown report (no LLM involved)."""
        lines = [f"# {self.title}", ""]
        for name, stats in self.sections:
            lines.append(f"## {name}")
            for key, value in stats.items():
                lines.append(f"- **{key}**: {value}")
            lines.append("")
        return "\n".join(lines)
