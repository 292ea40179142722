"""Topic classification.

Gemini (Vertex AI) is the primary classifier; the HF zero-shot model is a
cheaper fallback we run on the long tail of low-traffic sources.
"""
from __future__ import annotations

import json
import logging
from typing import List, Optional

import apache_beam as beam
from apache_beam.metrics import Metrics
from google import genai
from google.genai import types

from newsenrich import config, prompts
from newsenrich.clients.factories import build_inference_client
from newsenrich.schema import Article

_LOG = logging.getLogger(__name__)

_TOPIC_SCHEMA = types.Schema(
    type=types.Type.OBJECT,
    properties={
        "topics": types.Schema(type=types.Type.ARRAY, items=types.Schema(type=types.Type.STRING, enum=config.TOPIC_LABELS)),
        "keywords": types.Schema(type=types.Type.ARRAY, items=types.Schema(type=types.Type.STRING)),
    },
    required=["topics"],
)


class GeminiTopicDoFn(beam.DoFn):
    def __init__(self, project: Optional[str], location: str = config.VERTEX_LOCATION, model: str = config.GEMINI_MODEL, token_budget: int = 6000):
        self._project = project
        self._location = location
        self._model = model
        self._token_budget = token_budget
        self._genai: Optional[genai.Client] = None
        self.over_budget = Metrics.counter(self.__class__, "over_budget")

    def setup(self):
        # TODO: move to clients.pool.get_genai once the pool supports per-job projects
        self._genai = genai.Client(vertexai=True, project=self._project, location=self._location)

    def _prompt(self, article: Article) -> str:
        return prompts.TOPIC_CLASSIFY.format(labels=", ".join(config.TOPIC_LABELS), text=article.text_for_model(6000))

    def process(self, article: Article):
        prompt = self._prompt(article)
        counted = self._genai.models.count_tokens(model=self._model, contents=prompt)
        if counted.total_tokens > self._token_budget:
            self.over_budget.inc()
            prompt = prompts.TOPIC_CLASSIFY.format(labels=", ".join(config.TOPIC_LABELS), text=article.text_for_model(2500))
        response = self._genai.models.generate_content(
            model=self._model,
            contents=prompt,
            config=types.GenerateContentConfig(
                temperature=0.0,
                response_mime_type="application/json",
                response_schema=_TOPIC_SCHEMA,
            ),
        )
        try:
            parsed = json.loads(response.text)
        except (TypeError, json.JSONDecodeError):
            yield beam.pvalue.TaggedOutput("unparsed", article)
            return
        article.topics = parsed.get("topics", [])
        article.keywords = parsed.get("keywords", [])[:6]
        if response.usage_metadata:
            article.extras["classify_tokens"] = response.usage_metadata.total_token_count
        yield article


class HFZeroShotDoFn(beam.DoFn):
    def __init__(self, model: str = config.HF_ZERO_SHOT_MODEL, labels: Optional[List[str]] = None, min_score: float = 0.3):
        self._model = model
        self._labels = labels or config.TOPIC_LABELS
        self._min_score = min_score
        self._hf = None

    def setup(self):
        self._hf = build_inference_client(model=self._model)

    def process(self, article: Article):
        results = self._hf.zero_shot_classification(
            article.text_for_model(1500),
            self._labels,
            multi_label=True,
        )
        article.topics = [r.label for r in results if r.score >= self._min_score] or ["world"]
        article.extras["classifier"] = self._model
        yield article


class ClassifyTopics(beam.PTransform):
    def __init__(self, project: Optional[str], fallback_sources: Optional[List[str]] = None):
        super().__init__()
        self._project = project
        self._fallback_sources = set(fallback_sources or [])

    def expand(self, articles):
        primary, fallback = articles | "SplitBySource" >> beam.Partition(
            lambda a, _n: 1 if a.source in self._fallback_sources else 0, 2
        )
        gemini = primary | "Gemini" >> beam.ParDo(GeminiTopicDoFn(self._project)).with_outputs("unparsed", main="ok")
        hf = fallback | "ZeroShot" >> beam.ParDo(HFZeroShotDoFn())
        retried = gemini.unparsed | "RetryUnparsedWithHF" >> beam.ParDo(HFZeroShotDoFn())
        return (gemini.ok, hf, retried) | "MergeTopics" >> beam.Flatten()
