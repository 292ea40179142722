"""Load Zendesk tickets with LLM triage into DuckDB.

    python -m pipelines.support_pipeline [--no-enrich]
"""
from __future__ import annotations

import argparse
import logging

import dlt

from enrichment import get_openai_client
from services.llm_usage_tracker import llm_tracker
from sources.tickets import support_source
from transforms.maps import RowCounter, add_subject_rewrite, drop_internal_fields, make_language_tagger, redact_pii
from utils.http import notify_slack

logger = logging.getLogger("support_pipeline")


def build_pipeline(dev_mode: bool = False) -> dlt.Pipeline:
    return dlt.pipeline(
        pipeline_name="support_enriched",
        destination="duckdb",
        dataset_name="support",
        progress="log",
        dev_mode=dev_mode,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-enrich", action="store_true")
    parser.add_argument("--dev", action="store_true")
    args = parser.parse_args()

    counter = RowCounter()
    source = support_source(enrich=not args.no_enrich)
    source.tickets.add_map(drop_internal_fields)
    source.tickets.add_map(redact_pii)
    source.tickets.add_map(counter.create("tickets"))
    if not args.no_enrich:
        source.tickets.add_map(make_language_tagger(get_openai_client()))
        source.tickets.add_map(add_subject_rewrite)
        source.ticket_comments.add_map(redact_pii)

    pipeline = build_pipeline(dev_mode=args.dev)
    load_info = pipeline.run(source)
    llm_tracker.flush()
    logger.info(load_info)
    notify_slack(f"support pipeline loaded {counter.counts} ({load_info.loads_ids})")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
