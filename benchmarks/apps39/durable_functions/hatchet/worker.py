"""Run with: python -m hatchet.worker"""
from __future__ import annotations

from hatchet import hatchet
from hatchet.enrich import (
    embed_for_catalogue,
    extract_entities,
    extract_tags,
    rewrite_plain_language,
    tracked_keywords,
)
from hatchet.reports import report_wf


def main() -> None:
    worker = hatchet.worker(
        "doc-pipeline-worker",
        slots=8,
        workflows=[
            extract_tags,
            extract_entities,
            embed_for_catalogue,
            rewrite_plain_language,
            tracked_keywords,
            report_wf,
        ],
    )
    worker.start()


if __name__ == "__main__":
    main()
