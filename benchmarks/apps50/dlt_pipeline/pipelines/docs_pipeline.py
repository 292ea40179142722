"""Knowledge base -> chunks -> embeddings.

    python -m pipelines.docs_pipeline [--full-refresh] [--contextual]
"""
from __future__ import annotations

import argparse
import logging

import dlt
from dlt.common.pipeline import LoadInfo

from sources.documents import knowledge_base

logger = logging.getLogger("docs_pipeline")


def run(full_refresh: bool = False, contextual: bool = False) -> LoadInfo:
    pipeline = dlt.pipeline(
        pipeline_name="knowledge_base",
        destination="duckdb",
        dataset_name="knowledge_base",
    )
    source = knowledge_base(contextual=contextual)
    if full_refresh:
        return pipeline.run(source, refresh="drop_sources")
    return pipeline.run(source)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--full-refresh", action="store_true")
    ap.add_argument("--contextual", action="store_true")
    a = ap.parse_args()
    info = run(a.full_refresh, a.contextual)
    print(info)
