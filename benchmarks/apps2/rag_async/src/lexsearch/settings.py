"""Runtime configuration, read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class ProviderKeys:
    openai: str = ""
    anthropic: str = ""
    gemini: str = ""
    cohere: str = ""
    voyage: str = ""
    groq: str = ""
    together: str = ""
    mistral: str = ""
    ollama: str = ""
    huggingface: str = ""


@dataclass(frozen=True)
class ModelConfig:
    answer_model: str = "claude-sonnet-4-5"
    fast_model: str = "llama-3.3-70b-versatile"
    openai_chat_model: str = "gpt-4.1"
    openai_mini_model: str = "gpt-4.1-mini"
    gemini_model: str = "gemini-2.5-flash"
    embedding_model: str = "voyage-law-2"
    openai_embedding_model: str = "text-embedding-3-large"
    ollama_embedding_model: str = "nomic-embed-text"
    ollama_chat_model: str = "gpt-oss:120b"
    rerank_model: str = "rerank-v3.5"
    voyage_rerank_model: str = "rerank-2"
    summary_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    reduce_model: str = "mistral-large-latest"
    bedrock_classifier_model: str = "anthropic.claude-3-5-haiku-20241022-v1:0"
    bedrock_embedding_model: str = "cohere.embed-multilingual-v3"
    transcription_model: str = "gpt-4o-transcribe"


@dataclass(frozen=True)
class AwsConfig:
    region: str = "us-east-1"
    documents_bucket: str = "lexsearch-documents"


@dataclass(frozen=True)
class Settings:
    environment: str = "development"
    keys: ProviderKeys = field(default_factory=ProviderKeys)
    models: ModelConfig = field(default_factory=ModelConfig)
    aws: AwsConfig = field(default_factory=AwsConfig)
    ollama_host: str = "https://ollama.com"
    request_timeout: float = 60.0
    max_retries: int = 2
    docket_webhook_url: str = ""
    alert_from_number: str = ""
    stripe_api_key: str = ""
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""

    @classmethod
    def from_env(cls) -> "Settings":
        keys = ProviderKeys(
            openai=_env("OPENAI_API_KEY"),
            anthropic=_env("ANTHROPIC_API_KEY"),
            gemini=_env("GEMINI_API_KEY"),
            cohere=_env("CO_API_KEY"),
            voyage=_env("VOYAGE_API_KEY"),
            groq=_env("GROQ_API_KEY"),
            together=_env("TOGETHER_API_KEY"),
            mistral=_env("MISTRAL_API_KEY"),
            ollama=_env("OLLAMA_API_KEY"),
            huggingface=_env("HF_TOKEN"),
        )
        return cls(
            environment=_env("LEXSEARCH_ENV", "development"),
            keys=keys,
            aws=AwsConfig(
                region=_env("AWS_REGION", "us-east-1"),
                documents_bucket=_env("LEXSEARCH_DOCUMENTS_BUCKET", "lexsearch-documents"),
            ),
            ollama_host=_env("OLLAMA_HOST", "https://ollama.com"),
            request_timeout=float(_env("LEXSEARCH_REQUEST_TIMEOUT", "60")),
            max_retries=int(_env("LEXSEARCH_MAX_RETRIES", "2")),
            docket_webhook_url=_env("DOCKET_WEBHOOK_URL"),
            alert_from_number=_env("ALERT_FROM_NUMBER"),
            stripe_api_key=_env("STRIPE_API_KEY"),
            twilio_account_sid=_env("TWILIO_ACCOUNT_SID"),
            twilio_auth_token=_env("TWILIO_AUTH_TOKEN"),
        )


settings = Settings.from_env()
