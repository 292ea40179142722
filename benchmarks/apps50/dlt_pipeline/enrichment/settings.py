"""Model names and knobs for the enrichment steps, read from dlt config.

All values live under ``[enrichment]`` in ``.dlt/config.toml`` and can be
overridden by env vars, e.g. ``ENRICHMENT__CLASSIFIER_MODEL``.
"""
from __future__ import annotations

import dlt

_DEFAULTS = {
    "classifier_model": "gpt-4o-mini",
    "summary_model": "claude-3-5-haiku-latest",
    "extraction_model": "claude-3-5-sonnet-latest",
    "embedding_model": "text-embedding-3-small",
    "voyage_model": "voyage-3",
    "bedrock_model_id": "anthropic.claude-3-haiku-20240307-v1:0",
    "bedrock_region": "us-east-1",
    "watsonx_model_id": "ibm/granite-3-8b-instruct",
    "watsonx_chat_model_id": "meta-llama/llama-3-3-70b-instruct",
    "watsonx_url": "https://us-south.ml.cloud.ibm.com",
    "max_concurrency": 4,
}


def _get(key: str):
    value = dlt.config.get(f"enrichment.{key}")
    return _DEFAULTS[key] if value is None else value


def classifier_model() -> str:
    return _get("classifier_model")


def summary_model() -> str:
    return _get("summary_model")


def extraction_model() -> str:
    return _get("extraction_model")


def embedding_model() -> str:
    return _get("embedding_model")


def voyage_model() -> str:
    return _get("voyage_model")


def bedrock_model_id() -> str:
    return _get("bedrock_model_id")


def bedrock_region() -> str:
    return _get("bedrock_region")


def watsonx_model_id() -> str:
    return _get("watsonx_model_id")


def watsonx_chat_model_id() -> str:
    return _get("watsonx_chat_model_id")


def watsonx_url() -> str:
    return _get("watsonx_url")


def max_concurrency() -> int:
    return int(_get("max_concurrency"))
