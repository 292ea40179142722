"""Static model / endpoint configuration, plus secret resolution.

Anything that should be tweakable per-job belongs in ``options.py`` instead;
this module holds the defaults those options fall back to.
"""
from __future__ import annotations

import functools
import logging
import os
from typing import Optional

_LOG = logging.getLogger(__name__)

OPENAI_SUMMARY_MODEL = os.environ.get("NEWSENRICH_OPENAI_SUMMARY_MODEL", "gpt-4o-mini")
OPENAI_EMBED_MODEL = "text-embedding-3-small"
OPENAI_MODERATION_MODEL = "omni-moderation-latest"

ANTHROPIC_MODEL = os.environ.get("NEWSENRICH_ANTHROPIC_MODEL", "claude-3-5-haiku-latest")
ANTHROPIC_LONGFORM_MODEL = "claude-sonnet-4-20250514"

COHERE_EMBED_MODEL = "embed-english-v3.0"
COHERE_MULTILINGUAL_EMBED_MODEL = "embed-multilingual-v3.0"
COHERE_RERANK_MODEL = "rerank-v3.5"

VOYAGE_EMBED_MODEL = "voyage-3"
VOYAGE_RERANK_MODEL = "rerank-2"

GEMINI_MODEL = "gemini-2.0-flash-001"
GEMINI_EMBED_MODEL = "text-embedding-005"
VERTEX_LOCATION = os.environ.get("NEWSENRICH_VERTEX_LOCATION", "us-central1")

HF_ZERO_SHOT_MODEL = "facebook/bart-large-mnli"
HF_SUMMARY_MODEL = "facebook/bart-large-cnn"
HF_CHAT_MODEL = "meta-llama/Llama-3.1-8B-Instruct"

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEEPSEEK_CHAT_MODEL = "deepseek-chat"
DEEPSEEK_REASONER_MODEL = "deepseek-reasoner"

# Hard caps so a runaway backfill doesn't blow the monthly budget.
MAX_BODY_CHARS = 12_000
MAX_SUMMARY_TOKENS = 220
EMBED_BATCH_SIZE = 96  # cohere's per-request cap

TOPIC_LABELS = [
    "politics",
    "business",
    "technology",
    "science",
    "health",
    "sports",
    "entertainment",
    "world",
    "climate",
    "local",
]


# --- secrets ------------------------------------------------------------
# On Dataflow we read from Secret Manager; locally (DirectRunner) env vars win.

_ENV_FALLBACKS = {
    "openai-api-key": "OPENAI_API_KEY",
    "anthropic-api-key": "ANTHROPIC_API_KEY",
    "cohere-api-key": "CO_API_KEY",
    "voyage-api-key": "VOYAGE_API_KEY",
    "hf-inference-token": "HF_TOKEN",
    "deepseek-api-key": "DEEPSEEK_API_KEY",
}


@functools.lru_cache(maxsize=None)
def resolve_secret(secret_name: str, project: Optional[str] = None) -> str:
    env_var = _ENV_FALLBACKS.get(secret_name)
    if env_var and os.environ.get(env_var):
        return os.environ[env_var]
    project = project or os.environ.get("GOOGLE_CLOUD_PROJECT")
    if not project:
        raise RuntimeError(f"cannot resolve secret {secret_name!r}: no env var and no project")
    # Imported lazily: the Secret Manager client is heavy and only needed on workers.
    from google.cloud import secretmanager

    client = secretmanager.SecretManagerServiceClient()
    name = f"projects/{project}/secrets/{secret_name}/versions/latest"
    _LOG.info("resolving secret %s from Secret Manager", secret_name)
    payload = client.access_secret_version(request={"name": name}).payload
    return payload.data.decode("utf-8").strip()
