"""Assign editor-curated "story clusters" to incoming articles.

Editors maintain a small list of active story seeds (e.g. "Fed rate decision").
That list is a side input; each article is reranked against it and tagged with
the best-matching seeds above a threshold.
"""
from __future__ import annotations

import functools
import json
import logging
from typing import Dict, List

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from newsenrich import config, helpers
from newsenrich.clients import shared_bundle
from newsenrich.schema import Article

_LOG = logging.getLogger(__name__)


def load_topic_seeds(path: str) -> List[Dict]:
    with FileSystems.open(path) as fh:
        return json.loads(fh.read().decode("utf-8"))


class RerankAgainstSeedsDoFn(beam.DoFn):
    def __init__(self, model: str = config.COHERE_RERANK_MODEL, top_n: int = 3, threshold: float = 0.35):
        self._model = model
        self._top_n = top_n
        self._threshold = threshold
        self._bundle = None

    def setup(self):
        self._bundle = shared_bundle()

    def process(self, article: Article, seeds: List[Dict]):
        if not seeds:
            yield article
            return
        docs = [s["description"] for s in seeds]
        response = self._bundle.cohere.rerank(
            model=self._model,
            query=article.text_for_model(1500),
            documents=docs,
            top_n=min(self._top_n, len(docs)),
        )
        matched = [seeds[r.index]["seed_id"] for r in response.results if r.relevance_score >= self._threshold]
        article.extras["story_seeds"] = matched
        yield article


def _best_seed(article: Article, seed_texts: List[str], min_score: float) -> Article:
    ranked = helpers.voyage_rerank(article.title, seed_texts, top_k=1)
    if ranked and ranked[0]["score"] >= min_score:
        article.extras["voyage_seed"] = ranked[0]["document"]
    return article


class AssignStorySeeds(beam.PTransform):
    """Composite: read the seeds once, broadcast as side input, rerank."""

    def __init__(self, seeds_path: str, backend: str = "cohere"):
        super().__init__()
        self._seeds_path = seeds_path
        self._backend = backend

    def expand(self, articles):
        seeds = (
            articles.pipeline
            | "SeedPath" >> beam.Create([self._seeds_path])
            | "LoadSeeds" >> beam.FlatMap(load_topic_seeds)
        )
        if self._backend == "voyage":
            seed_texts = seeds | "SeedText" >> beam.Map(lambda s: s["description"])
            return articles | "VoyageSeeds" >> beam.Map(
                lambda a, texts: _best_seed(a, texts, 0.5), texts=beam.pvalue.AsList(seed_texts)
            )
        return articles | "CohereSeeds" >> beam.ParDo(
            RerankAgainstSeedsDoFn(), seeds=beam.pvalue.AsList(seeds)
        )


# Kept for the notebook that imports it.
rerank_titles = functools.partial(helpers.voyage_rerank, top_k=10)
