"""Metrics: continuous scores attached to each case result (not pass/fail)."""
from __future__ import annotations

import abc
from typing import List, Sequence

from evalkit.config import MetricConfig
from evalkit.errors import ConfigError
from evalkit.schemas import ModelOutput, TestCase


class Metric(abc.ABC):
    name: str = "metric"

    @abc.abstractmethod
    def score(self, case: TestCase, output: ModelOutput) -> float:
        ...


def build_metrics(configs: Sequence[MetricConfig]) -> List[Metric]:
    from evalkit.metrics.embedding_similarity import EmbeddingSimilarity, get_embedder
    from evalkit.metrics.retrieval import ContextRelevance, get_reranker

    metrics: List[Metric] = []
    for cfg in configs:
        if cfg.type == "embedding_similarity":
            metrics.append(EmbeddingSimilarity(get_embedder(cfg.embedder or "openai:text-embedding-3-small")))
        elif cfg.type == "context_relevance":
            metrics.append(ContextRelevance(get_reranker(cfg.reranker or "voyage:rerank-2.5"), **cfg.options))
        else:
            raise ConfigError(f"unknown metric type {cfg.type!r}")
    return metrics
