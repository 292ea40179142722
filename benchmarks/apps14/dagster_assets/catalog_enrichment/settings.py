"""Plain settings read from the environment.

Anything that is per-run configurable belongs on a resource or a Config class; this
module is for values that are fixed per deployment (warehouse schemas, bucket names,
team defaults for model names).
"""
import os
from dataclasses import dataclass
from typing import Optional


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


DEPLOYMENT = _env("DAGSTER_DEPLOYMENT", "local")
IS_PROD = DEPLOYMENT == "prod"

WAREHOUSE_SCHEMA = _env("ENRICHMENT_SCHEMA", "ANALYTICS_ENRICHMENT")
RAW_SCHEMA = _env("RAW_SCHEMA", "RAW")

ARTIFACT_BUCKET = _env("ENRICHMENT_BUCKET", "acme-data-enrichment-dev")
CALL_RECORDINGS_BUCKET = _env("CALL_RECORDINGS_BUCKET", "acme-cx-call-recordings")

SEARCH_INDEX_URL = _env("SEARCH_INDEX_URL", "http://opensearch.search.svc.cluster.local:9200")
SLACK_ALERTS_WEBHOOK = _env("SLACK_ALERTS_WEBHOOK")

# Hard cap on rows we send to a model in one partition; protects the budget when an
# upstream load duplicates a day's data.
MAX_ROWS_PER_PARTITION = int(_env("MAX_ROWS_PER_PARTITION", "20000"))


@dataclass(frozen=True)
class ModelDefaults:
    classification: str = "gpt-4o-mini"
    attributes: str = "gpt-4o-2024-08-06"
    openai_embedding: str = "text-embedding-3-small"
    summary: str = "claude-3-5-sonnet-20241022"
    summary_cheap: str = "claude-3-5-haiku-20241022"
    triage: str = "mistral-small-latest"
    mistral_embedding: str = "mistral-embed"
    cohere_embedding: str = "embed-multilingual-v3.0"
    cohere_rerank: str = "rerank-v3.5"
    cohere_chat: str = "command-r-08-2024"
    gemini: str = "gemini-1.5-flash-002"
    gemini_pro: str = "gemini-1.5-pro-002"
    vertex_embedding: str = "text-embedding-004"
    together_translation: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    transcription: str = "whisper-1"


MODELS = ModelDefaults()

PREMIUM_LOCALES = ("de-DE", "fr-FR", "ja-JP")
