"""Runtime settings for the batch components.

Values come from environment variables that the pipeline sets on each task
(``task.set_env_variable``) or from Secret Manager when running on Vertex.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


DEFAULT_GEMINI_MODEL = "gemini-2.0-flash-001"
DEFAULT_GEMINI_PRO = "gemini-1.5-pro-002"
DEFAULT_CLAUDE_MODEL = "claude-3-5-sonnet-v2@20241022"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_EMBED_MODEL = "text-embedding-005"
VOYAGE_EMBED_MODEL = "voyage-3"
COHERE_EMBED_MODEL = "embed-english-v3.0"
COHERE_RERANK_MODEL = "rerank-english-v3.0"


@dataclass(frozen=True)
class Settings:
    project: str
    location: str = "us-central1"
    claude_region: str = "us-east5"
    staging_bucket: str = ""
    bq_dataset: str = "llm_batch"
    gemini_model: str = DEFAULT_GEMINI_MODEL
    claude_model: str = DEFAULT_CLAUDE_MODEL
    openai_model: str = DEFAULT_OPENAI_MODEL
    embed_model: str = DEFAULT_EMBED_MODEL
    max_concurrency: int = 8
    labels: dict = field(default_factory=dict)

    @property
    def bq_prefix(self) -> str:
        return f"{self.project}.{self.bq_dataset}"


def _secret(name: str) -> str | None:
    """Read an API key from env, falling back to Secret Manager."""
    value = os.environ.get(name)
    if value:
        return value
    try:
        from google.cloud import secretmanager
    except ImportError:
        return None
    project = os.environ.get("GOOGLE_CLOUD_PROJECT", "")
    sm = secretmanager.SecretManagerServiceClient()
    path = f"projects/{project}/secrets/{name.lower().replace('_', '-')}/versions/latest"
    try:
        return sm.access_secret_version(name=path).payload.data.decode("utf-8")
    except Exception:  # noqa: BLE001 - secret may simply not exist in dev projects
        return None


def secret(name: str) -> str | None:
    return _secret(name)


@lru_cache(maxsize=1)
def load_settings() -> Settings:
    return Settings(
        project=os.environ.get("GOOGLE_CLOUD_PROJECT", "acme-ml-dev"),
        location=os.environ.get("VERTEX_LOCATION", "us-central1"),
        claude_region=os.environ.get("CLAUDE_REGION", "us-east5"),
        staging_bucket=os.environ.get("STAGING_BUCKET", "gs://acme-ml-dev-pipelines"),
        bq_dataset=os.environ.get("BQ_DATASET", "llm_batch"),
        gemini_model=os.environ.get("GEMINI_MODEL", DEFAULT_GEMINI_MODEL),
        claude_model=os.environ.get("CLAUDE_MODEL", DEFAULT_CLAUDE_MODEL),
        openai_model=os.environ.get("OPENAI_MODEL", DEFAULT_OPENAI_MODEL),
        max_concurrency=int(os.environ.get("LLM_MAX_CONCURRENCY", "8")),
    )
