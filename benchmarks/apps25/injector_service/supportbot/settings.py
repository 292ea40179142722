"""Application settings, read from the environment (and ``.env`` in dev)."""
from __future__ import annotations

from dataclasses import dataclass, field

from starlette.config import Config
from starlette.datastructures import CommaSeparatedStrings, Secret

config = Config(".env")


@dataclass(frozen=True)
class Settings:
    environment: str = config("ENVIRONMENT", default="dev")
    debug: bool = config("DEBUG", cast=bool, default=False)

    openai_api_key: Secret = config("OPENAI_API_KEY", cast=Secret, default="")
    openai_org: str | None = config("OPENAI_ORG", default=None)
    anthropic_api_key: Secret = config("ANTHROPIC_API_KEY", cast=Secret, default="")
    cohere_api_key: Secret = config("COHERE_API_KEY", cast=Secret, default="")
    deepseek_api_key: Secret = config("DEEPSEEK_API_KEY", cast=Secret, default="")
    deepseek_base_url: str = config("DEEPSEEK_BASE_URL", default="https://api.deepseek.com")
    xai_api_key: Secret = config("XAI_API_KEY", cast=Secret, default="")
    xai_base_url: str = config("XAI_BASE_URL", default="https://api.x.ai/v1")
    cerebras_api_key: Secret = config("CEREBRAS_API_KEY", cast=Secret, default="")

    watsonx_url: str = config("WATSONX_URL", default="https://us-south.ml.cloud.ibm.com")
    watsonx_api_key: Secret = config("WATSONX_APIKEY", cast=Secret, default="")
    watsonx_project_id: str = config("WATSONX_PROJECT_ID", default="")

    primary_chat_model: str = config("PRIMARY_CHAT_MODEL", default="gpt-4o-mini")
    triage_model: str = config("TRIAGE_MODEL", default="claude-3-5-haiku-latest")
    drafting_model: str = config("DRAFTING_MODEL", default="claude-sonnet-4-20250514")
    embed_model: str = config("EMBED_MODEL", default="embed-english-v3.0")
    rerank_model: str = config("RERANK_MODEL", default="rerank-english-v3.0")
    granite_model: str = config("GRANITE_MODEL", default="ibm/granite-3-8b-instruct")
    granite_embed_model: str = config("GRANITE_EMBED_MODEL", default="ibm/slate-125m-english-rtrvr")
    intent_model: str = config("INTENT_MODEL", default="llama3.1-8b")
    grok_model: str = config("GROK_MODEL", default="grok-3-mini")

    redis_url: str = config("REDIS_URL", default="redis://localhost:6379/0")
    job_stream: str = config("JOB_STREAM", default="supportbot:jobs")
    allowed_hosts: CommaSeparatedStrings = config(
        "ALLOWED_HOSTS", cast=CommaSeparatedStrings, default="*"
    )
    feature_flags: dict[str, bool] = field(default_factory=dict)

    @property
    def is_prod(self) -> bool:
        return self.environment == "prod"


def load_settings() -> Settings:
    flags = {
        name.strip(): True
        for name in config("FEATURE_FLAGS", default="").split(",")
        if name.strip()
    }
    return Settings(feature_flags=flags)
