"""Streaming enrichment from the crawler's Pub/Sub firehose."""
from __future__ import annotations

import logging
from typing import List, Optional

import apache_beam as beam
from apache_beam.options.pipeline_options import GoogleCloudOptions, PipelineOptions, StandardOptions
from apache_beam.transforms import window
from apache_beam.transforms.trigger import AccumulationMode, AfterProcessingTime, AfterWatermark

from newsenrich import helpers
from newsenrich.beam_io import ReadArticles
from newsenrich.beam_io import WriteEnriched
from newsenrich.options import EnrichmentOptions
from newsenrich.transforms import EnrichArticles
from newsenrich.transforms.live import BreakingScoreDoFn, LiveBlurbDoFn

_LOG = logging.getLogger(__name__)

WINDOW_SECONDS = 5 * 60


def build(p: beam.Pipeline, options: PipelineOptions) -> None:
    opts = options.view_as(EnrichmentOptions)
    gcp = options.view_as(GoogleCloudOptions)
    articles = (p | "Read" >> ReadArticles(subscription=opts.input_subscription)).articles

    # Live ticker path: blurb immediately, no batching.
    (
        articles
        | "PriorityOnly" >> beam.Filter(lambda a: a.source in {"reuters", "ap", "afp"})
        | "LiveBlurb" >> beam.ParDo(LiveBlurbDoFn())
    )

    windowed = articles | "Window" >> beam.WindowInto(
        window.FixedWindows(WINDOW_SECONDS),
        trigger=AfterWatermark(early=AfterProcessingTime(60)),
        accumulation_mode=AccumulationMode.DISCARDING,
    )
    scored = (
        windowed
        | "KeyBySource" >> beam.Map(helpers.key_by_source)
        | "GroupBySource" >> beam.GroupByKey()
        | "BreakingScore" >> beam.ParDo(BreakingScoreDoFn())
    )
    result = scored | "Enrich" >> EnrichArticles(options, project=gcp.project)
    result["enriched"] | "Write" >> WriteEnriched(opts.output_table, streaming=True)


def run(argv: Optional[List[str]] = None) -> None:
    options = PipelineOptions(argv)
    options.view_as(StandardOptions).streaming = True
    p = beam.Pipeline(options=options)
    build(p, options)
    p.run()


if __name__ == "__main__":
    logging.getLogger().setLevel(logging.INFO)
    run()
