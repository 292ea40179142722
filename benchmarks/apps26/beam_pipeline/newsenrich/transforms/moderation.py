"""Content moderation gate.

Articles flagged by the moderation endpoint are routed to a side output that
the trust & safety team reviews; they never reach the public feed table.
"""
from __future__ import annotations

import dataclasses
import logging
from typing import Dict

import apache_beam as beam

from newsenrich import config
from newsenrich.clients import pool
from newsenrich.schema import Article

_LOG = logging.getLogger(__name__)

FLAGGED_TAG = "flagged"


@dataclasses.dataclass
class ModerationVerdict:
    article_id: str
    flagged: bool
    categories: Dict[str, bool]

    @classmethod
    def create(cls, article_id: str, result) -> "ModerationVerdict":
        cats = result.categories.model_dump() if hasattr(result.categories, "model_dump") else dict(result.categories)
        return cls(article_id=article_id, flagged=bool(result.flagged), categories=cats)


class ModerateDoFn(beam.DoFn):
    def __init__(self, model: str = config.OPENAI_MODERATION_MODEL):
        self._model = model

    def process(self, article: Article):
        result = pool.get_openai().moderations.create(
            model=self._model,
            input=f"{article.title}\n{article.body[:8000]}",
        ).results[0]
        verdict = ModerationVerdict.create(article.article_id, result)
        if verdict.flagged:
            article.flagged = True
            article.extras["moderation"] = {k: v for k, v in verdict.categories.items() if v}
            yield beam.pvalue.TaggedOutput(FLAGGED_TAG, article)
        else:
            yield article


class ModerateArticles(beam.PTransform):
    def expand(self, articles):
        outputs = articles | "Moderate" >> beam.ParDo(ModerateDoFn()).with_outputs(FLAGGED_TAG, main="clean")
        return outputs.clean, outputs[FLAGGED_TAG]
