"""Contracts from S3 -> extracted fields (DuckDB)."""
from __future__ import annotations

import logging
import os

import dlt
from anthropic import Anthropic

from sources.contracts import contracts_source

logger = logging.getLogger("contracts_pipeline")


def _add_plain_summary(client: Anthropic):
    def _summarise(doc: dict) -> dict:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=200,
            messages=[{"role": "user", "content": "Two-sentence plain English summary:\n\n" + doc["text"][:40_000]}],
        )
        doc["plain_summary"] = msg.content[0].text
        return doc

    return _summarise


def main() -> None:
    pipeline = dlt.pipeline(
        pipeline_name="contracts",
        destination="duckdb",
        dataset_name="legal",
    )
    source = contracts_source()
    if os.environ.get("CONTRACT_SUMMARIES") == "1":
        # legal asked for summaries on the raw text table; uses the legal team's own key
        legal_client = Anthropic(api_key=dlt.secrets["legal.anthropic_api_key"])
        source.resources["contract_texts"].add_map(_add_plain_summary(legal_client))
    info = pipeline.run(source)
    logger.info("contracts load: %s", info)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
