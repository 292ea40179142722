"""Runtime configuration.

Values come from environment variables (set in .chalice/config.json per stage)
and, for secrets, from SSM Parameter Store. SSM lookups are cached for the
lifetime of the Lambda container so we only pay for them on cold start.
"""
import functools
import logging
import os
from dataclasses import dataclass, field

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)

STAGE = os.environ.get("CHALICE_STAGE", "dev")
SSM_PREFIX = os.environ.get("SSM_PREFIX", f"/llm-gateway/{STAGE}")

_ssm = boto3.client("ssm", region_name=os.environ.get("AWS_REGION", "us-east-1"))


@functools.lru_cache(maxsize=64)
def get_secret(name: str, default: str | None = None) -> str | None:
    """Fetch a SecureString from SSM, falling back to an env var of the same name.

    ``get_secret("openai_api_key")`` looks at ``OPENAI_API_KEY`` first so local
    runs (``chalice local``) don't need AWS credentials.
    """
    env_name = name.upper()
    if os.environ.get(env_name):
        return os.environ[env_name]
    try:
        resp = _ssm.get_parameter(Name=f"{SSM_PREFIX}/{name}", WithDecryption=True)
        return resp["Parameter"]["Value"]
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code")
        if code == "ParameterNotFound":
            logger.warning("SSM parameter %s/%s not found", SSM_PREFIX, name)
            return default
        raise


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True)
class Settings:
    stage: str = STAGE
    bedrock_region: str = os.environ.get("BEDROCK_REGION", "us-east-1")
    default_provider: str = os.environ.get("DEFAULT_PROVIDER", "bedrock")
    default_bedrock_model: str = os.environ.get(
        "DEFAULT_BEDROCK_MODEL", "anthropic.claude-3-5-sonnet-20240620-v1:0"
    )
    fast_bedrock_model: str = os.environ.get(
        "FAST_BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0"
    )
    embedding_model: str = os.environ.get("EMBEDDING_MODEL", "text-embedding-3-small")
    titan_embedding_model: str = "amazon.titan-embed-text-v2:0"
    openai_model: str = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")
    anthropic_model: str = os.environ.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest")
    cohere_model: str = os.environ.get("COHERE_MODEL", "command-r-plus-08-2024")
    cohere_rerank_model: str = os.environ.get("COHERE_RERANK_MODEL", "rerank-english-v3.0")
    together_model: str = os.environ.get(
        "TOGETHER_MODEL", "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo"
    )
    perplexity_model: str = os.environ.get("PERPLEXITY_MODEL", "sonar-pro")
    azure_endpoint: str = os.environ.get("AZURE_OPENAI_ENDPOINT", "")
    azure_api_version: str = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01")
    azure_deployment: str = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-prod")
    use_azure_openai: bool = _env_bool("USE_AZURE_OPENAI")
    inference_url: str = os.environ.get(
        "INFERENCE_URL", "https://api.fireworks.ai/inference/v1/chat/completions"
    )
    inference_model: str = os.environ.get(
        "INFERENCE_MODEL", "accounts/fireworks/models/llama-v3p1-8b-instruct"
    )
    knowledge_base_id: str = os.environ.get("KNOWLEDGE_BASE_ID", "")
    usage_table: str = os.environ.get("USAGE_TABLE", f"llm-usage-{STAGE}")
    conversations_table: str = os.environ.get("CONVERSATIONS_TABLE", f"conversations-{STAGE}")
    documents_bucket: str = os.environ.get("DOCUMENTS_BUCKET", f"llm-gateway-docs-{STAGE}")
    summarize_queue: str = os.environ.get("SUMMARIZE_QUEUE", "summarize-jobs")
    max_tokens: int = _env_int("MAX_TOKENS", 1024)
    request_timeout: int = _env_int("REQUEST_TIMEOUT", 60)
    feature_flags: dict = field(default_factory=lambda: {
        "streaming": _env_bool("FF_STREAMING", True),
        "moderation": _env_bool("FF_MODERATION", True),
        "rerank": _env_bool("FF_RERANK", False),
    })


settings = Settings()
