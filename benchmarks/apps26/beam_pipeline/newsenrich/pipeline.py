"""Batch enrichment pipeline (daily backfill / reprocessing).

    python -m newsenrich.pipeline --input gs://.../2025-01-*.jsonl \
        --output_table proj:news.enriched --runner DirectRunner
"""
from __future__ import annotations

import argparse
import logging
from typing import List, Optional

import apache_beam as beam
from apache_beam.options.pipeline_options import GoogleCloudOptions, PipelineOptions, SetupOptions

from newsenrich.beam_io import ParseArticleDoFn, ReadArticles
from newsenrich.beam_io import WriteEnriched, WriteFlagged
from newsenrich.options import EnrichmentOptions
from newsenrich.transforms import EnrichArticles

_LOG = logging.getLogger(__name__)


def build(p: beam.Pipeline, options: PipelineOptions) -> None:
    opts = options.view_as(EnrichmentOptions)
    gcp = options.view_as(GoogleCloudOptions)
    parsed = p | "Read" >> ReadArticles(input_glob=opts.input)
    result = parsed.articles | "Enrich" >> EnrichArticles(options, project=gcp.project)
    if opts.output_table:
        result["enriched"] | "Write" >> WriteEnriched(opts.output_table)
    else:
        result["enriched"] | "Log" >> beam.Map(lambda a: _LOG.info("%s %s", a.article_id, a.summary))
    if opts.dead_letter_path:
        result["flagged"] | "WriteFlagged" >> WriteFlagged(opts.dead_letter_path + "/flagged")
        (
            parsed[ParseArticleDoFn.DEAD_LETTER]
            | "DLJson" >> beam.Map(str)
            | "WriteDL" >> beam.io.WriteToText(opts.dead_letter_path + "/unparsed")
        )


def run(argv: Optional[List[str]] = None, save_main_session: bool = True) -> beam.runners.runner.PipelineResult:
    parser = argparse.ArgumentParser()
    _known, pipeline_args = parser.parse_known_args(argv)
    options = PipelineOptions(pipeline_args)
    options.view_as(SetupOptions).save_main_session = save_main_session
    with beam.Pipeline(options=options) as p:
        build(p, options)
    return p.result


if __name__ == "__main__":
    logging.getLogger().setLevel(logging.INFO)
    run()
