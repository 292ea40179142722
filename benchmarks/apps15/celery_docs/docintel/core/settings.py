"""Runtime configuration.

Everything comes from the environment (ECS task definitions / .env for local dev).
Keep defaults safe for local development; production values live in SSM.
"""
import os
from dataclasses import dataclass, field
from typing import List, Optional


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw is not None else default


def _env_list(name: str, default: str = "") -> List[str]:
    raw = _env(name, default) or ""
    return [item.strip() for item in raw.split(",") if item.strip()]


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: _env("DOCINTEL_ENV", "local"))
    log_level: str = field(default_factory=lambda: _env("LOG_LEVEL", "INFO"))

    # --- infrastructure -------------------------------------------------
    database_url: str = field(
        default_factory=lambda: _env("DATABASE_URL", "postgresql+psycopg2://docintel:docintel@localhost/docintel")
    )
    broker_url: str = field(default_factory=lambda: _env("CELERY_BROKER_URL", "redis://localhost:6379/0"))
    result_backend: str = field(default_factory=lambda: _env("CELERY_RESULT_BACKEND", "redis://localhost:6379/1"))
    documents_bucket: str = field(default_factory=lambda: _env("DOCUMENTS_BUCKET", "docintel-documents-dev"))
    batch_bucket: str = field(default_factory=lambda: _env("BATCH_BUCKET", "docintel-batch-dev"))
    aws_region: str = field(default_factory=lambda: _env("AWS_REGION", "eu-central-1"))

    # --- Azure OpenAI ---------------------------------------------------
    azure_openai_endpoint: str = field(
        default_factory=lambda: _env("AZURE_OPENAI_ENDPOINT", "https://docintel-weu.openai.azure.com")
    )
    azure_openai_api_key: Optional[str] = field(default_factory=lambda: _env("AZURE_OPENAI_API_KEY"))
    azure_openai_api_version: str = field(default_factory=lambda: _env("AZURE_OPENAI_API_VERSION", "2024-10-21"))
    azure_chat_deployment: str = field(default_factory=lambda: _env("AZURE_CHAT_DEPLOYMENT", "gpt-4o-docintel"))
    azure_mini_deployment: str = field(default_factory=lambda: _env("AZURE_MINI_DEPLOYMENT", "gpt-4o-mini-docintel"))
    azure_vision_deployment: str = field(default_factory=lambda: _env("AZURE_VISION_DEPLOYMENT", "gpt-4o-docintel"))
    azure_embedding_deployment: str = field(
        default_factory=lambda: _env("AZURE_EMBEDDING_DEPLOYMENT", "text-embedding-3-large")
    )
    azure_batch_deployment: str = field(default_factory=lambda: _env("AZURE_BATCH_DEPLOYMENT", "gpt-4o-batch"))

    # --- Bedrock ----------------------------------------------------------
    bedrock_region: str = field(default_factory=lambda: _env("BEDROCK_REGION", "eu-central-1"))
    bedrock_sonnet_model: str = field(
        default_factory=lambda: _env("BEDROCK_SONNET_MODEL", "eu.anthropic.claude-3-7-sonnet-20250219-v1:0")
    )
    bedrock_haiku_model: str = field(
        default_factory=lambda: _env("BEDROCK_HAIKU_MODEL", "eu.anthropic.claude-3-haiku-20240307-v1:0")
    )

    # --- Voyage -----------------------------------------------------------
    voyage_api_key: Optional[str] = field(default_factory=lambda: _env("VOYAGE_API_KEY"))
    voyage_doc_model: str = field(default_factory=lambda: _env("VOYAGE_DOC_MODEL", "voyage-3.5"))
    voyage_law_model: str = field(default_factory=lambda: _env("VOYAGE_LAW_MODEL", "voyage-law-2"))
    voyage_context_model: str = field(default_factory=lambda: _env("VOYAGE_CONTEXT_MODEL", "voyage-context-3"))
    voyage_rerank_model: str = field(default_factory=lambda: _env("VOYAGE_RERANK_MODEL", "rerank-2.5"))

    # --- watsonx.ai -------------------------------------------------------
    watsonx_url: str = field(default_factory=lambda: _env("WATSONX_URL", "https://eu-de.ml.cloud.ibm.com"))
    watsonx_api_key: Optional[str] = field(default_factory=lambda: _env("WATSONX_APIKEY"))
    watsonx_project_id: Optional[str] = field(default_factory=lambda: _env("WATSONX_PROJECT_ID"))
    watsonx_summary_model: str = field(
        default_factory=lambda: _env("WATSONX_SUMMARY_MODEL", "ibm/granite-3-8b-instruct")
    )
    watsonx_narrative_model: str = field(
        default_factory=lambda: _env("WATSONX_NARRATIVE_MODEL", "meta-llama/llama-3-3-70b-instruct")
    )
    watsonx_embedding_model: str = field(
        default_factory=lambda: _env("WATSONX_EMBEDDING_MODEL", "ibm/slate-125m-english-rtrvr-v2")
    )
    watsonx_rerank_model: str = field(
        default_factory=lambda: _env("WATSONX_RERANK_MODEL", "cross-encoder/ms-marco-minilm-l-12-v2")
    )

    # --- behaviour ----------------------------------------------------------
    warmup_on_start: bool = field(default_factory=lambda: _env_bool("WORKER_WARMUP", False))
    residency_tenants: List[str] = field(default_factory=lambda: _env_list("RESIDENCY_TENANTS", "hanse-re,ch-mobiliar"))
    max_pages_per_doc: int = field(default_factory=lambda: _env_int("MAX_PAGES_PER_DOC", 400))
    classify_concurrency: int = field(default_factory=lambda: _env_int("CLASSIFY_CONCURRENCY", 6))
    claims_webhook_url: str = field(
        default_factory=lambda: _env("CLAIMS_WEBHOOK_URL", "https://claimcenter.internal.example/api/docintel/events")
    )
    claims_webhook_token: Optional[str] = field(default_factory=lambda: _env("CLAIMS_WEBHOOK_TOKEN"))
    admin_secret_key: str = field(default_factory=lambda: _env("ADMIN_SECRET_KEY", "dev-not-secret"))

    @property
    def is_production(self) -> bool:
        return self.env == "production"


settings = Settings()
