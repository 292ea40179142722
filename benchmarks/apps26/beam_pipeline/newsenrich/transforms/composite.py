"""The top-level enrichment composite used by both batch and streaming jobs."""
from __future__ import annotations

import functools
import logging
from typing import Optional

import apache_beam as beam
from apache_beam.ml.inference.base import KeyedModelHandler, RunInference

from newsenrich import config, helpers
from newsenrich.options import EnrichmentOptions, VertexGenAIOptions
from newsenrich.transforms.classify import ClassifyTopics
from newsenrich.transforms.embed import EmbedArticles
from newsenrich.transforms.headlines import RewriteHeadlineDoFn, TranslateTitleDoFn
from newsenrich.transforms.inference import ClaudeSummaryHandler
from newsenrich.transforms.moderation import ModerateArticles
from newsenrich.transforms.rerank import AssignStorySeeds
from newsenrich.transforms.summarize import summarizer_for
from newsenrich.textutils import clean_body

_LOG = logging.getLogger(__name__)

LONGFORM_CHARS = 20_000


def _clean(article):
    article.body = clean_body(article.body)
    return article


class EnrichArticles(beam.PTransform):
    """Clean -> moderate -> translate -> summarise -> classify -> embed (-> seeds).

    Returns a dict of PCollections: ``enriched`` and ``flagged``.
    """

    def __init__(self, options: beam.options.pipeline_options.PipelineOptions, project: Optional[str] = None):
        super().__init__()
        self._opts = options.view_as(EnrichmentOptions)
        self._vertex = options.view_as(VertexGenAIOptions)
        self._project = self._vertex.genai_project or project

    def expand(self, articles):
        opts = self._opts
        cleaned = articles | "Clean" >> beam.Map(_clean)

        if opts.enable_moderation:
            cleaned, flagged = cleaned | "Moderation" >> ModerateArticles()
        else:
            flagged = cleaned.pipeline | "NoFlagged" >> beam.Create([])

        translated = cleaned | "TranslateTitles" >> beam.ParDo(TranslateTitleDoFn())

        short, longform = translated | "SplitLongform" >> beam.Partition(
            lambda a, _n: 1 if len(a.body) > LONGFORM_CHARS else 0, 2
        )
        if opts.summarizer == "hf":
            summarised = short | "SummariseHF" >> beam.Map(helpers.hf_summarize)
        else:
            summarised = short | "Summarise" >> beam.ParDo(summarizer_for(opts.summarizer))
        long_summaries = (
            longform
            | "LongformKV" >> beam.Map(lambda a: (a.article_id, a.text_for_model(60_000)))
            | "ClaudeLongform" >> RunInference(KeyedModelHandler(ClaudeSummaryHandler()))
        )
        long_articles = (
            {"article": longform | beam.Map(lambda a: (a.article_id, a)), "summary": long_summaries}
            | "JoinLongform" >> beam.CoGroupByKey()
            | "AttachLongform" >> beam.Map(_attach_summary)
            | "DropEmpty" >> beam.Filter(lambda a: a is not None)
        )
        summarised = (summarised, long_articles) | "MergeSummaries" >> beam.Flatten()

        if opts.enable_headlines:
            summarised = summarised | "Headlines" >> beam.ParDo(RewriteHeadlineDoFn())

        classified = (
            summarised
            | "Classify" >> ClassifyTopics(self._project, fallback_sources=["local-wire", "community"])
            | "Keywords" >> beam.Map(functools.partial(helpers.gemini_keywords, model=config.GEMINI_MODEL))
            | "Tagline" >> beam.Map(lambda a: helpers.claude_tagline(a) if "tagline" not in a.extras else a)
        )
        enriched = classified | "Embed" >> EmbedArticles(opts.embedder)
        if opts.topics_path:
            enriched = enriched | "StorySeeds" >> AssignStorySeeds(opts.topics_path)
        return {"enriched": enriched, "flagged": flagged}


def _attach_summary(kv):
    _key, grouped = kv
    articles, summaries = list(grouped["article"]), list(grouped["summary"])
    if not articles:
        return None
    article = articles[0]
    if summaries:
        article.summary = summaries[0].inference
        article.extras["summary_model"] = summaries[0].model_id
    return article
