"""Settings loaded from the environment.

Kept deliberately dumb: a plain class per environment, picked by APP_ENV.
"""
import os


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-not-secret")
    JWT_AUDIENCE = os.environ.get("JWT_AUDIENCE", "lexicon-assist")
    JWT_PUBLIC_KEY = os.environ.get("JWT_PUBLIC_KEY", "")
    INTERNAL_API_KEYS = [k for k in os.environ.get("INTERNAL_API_KEYS", "").split(",") if k]

    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
    OPENAI_CHAT_MODEL = os.environ.get("OPENAI_CHAT_MODEL", "gpt-4o-mini")
    OPENAI_EMBED_MODEL = os.environ.get("OPENAI_EMBED_MODEL", "text-embedding-3-small")

    AZURE_OPENAI_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT")
    AZURE_OPENAI_API_KEY = os.environ.get("AZURE_OPENAI_API_KEY")
    AZURE_OPENAI_API_VERSION = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-06-01")
    AZURE_CHAT_DEPLOYMENT = os.environ.get("AZURE_CHAT_DEPLOYMENT", "gpt-4o-prod")

    ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY")
    ANTHROPIC_MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022")

    COHERE_API_KEY = os.environ.get("COHERE_API_KEY")
    COHERE_EMBED_MODEL = os.environ.get("COHERE_EMBED_MODEL", "embed-english-v3.0")
    COHERE_RERANK_MODEL = os.environ.get("COHERE_RERANK_MODEL", "rerank-english-v3.0")

    VOYAGE_API_KEY = os.environ.get("VOYAGE_API_KEY")
    VOYAGE_MODEL = os.environ.get("VOYAGE_MODEL", "voyage-3")

    AWS_REGION = os.environ.get("AWS_REGION", "eu-west-1")
    BEDROCK_MODEL_ID = os.environ.get(
        "BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0"
    )
    BEDROCK_EMBED_MODEL_ID = os.environ.get(
        "BEDROCK_EMBED_MODEL_ID", "amazon.titan-embed-text-v2:0"
    )

    CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
    CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
    DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///lexicon.db")

    SUMMARY_SYNC_MAX_CHARS = 12_000
    LLM_TIMEOUT_SECONDS = float(os.environ.get("LLM_TIMEOUT_SECONDS", "60"))


class DevelopmentConfig(BaseConfig):
    DEBUG = True


class TestingConfig(BaseConfig):
    TESTING = True
    OPENAI_API_KEY = "sk-test"
    ANTHROPIC_API_KEY = "test"
    COHERE_API_KEY = "test"
    VOYAGE_API_KEY = "test"
    INTERNAL_API_KEYS = ["test-key"]


class ProductionConfig(BaseConfig):
    DEBUG = False


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def get_config(name=None):
    return CONFIGS[name or os.environ.get("APP_ENV", "development")]
