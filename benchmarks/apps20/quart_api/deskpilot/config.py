from __future__ import annotations

import os


class BaseConfig:
    ENV_NAME = "base"
    DEBUG = False
    TESTING = False

    OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "")
    OPENAI_CHAT_MODEL = os.getenv("OPENAI_CHAT_MODEL", "gpt-4o-mini")
    OPENAI_EMBED_MODEL = "text-embedding-3-small"

    AZURE_OPENAI_ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT", "")
    AZURE_OPENAI_API_KEY = os.getenv("AZURE_OPENAI_API_KEY", "")
    AZURE_OPENAI_API_VERSION = "2024-10-21"
    AZURE_CHAT_DEPLOYMENT = os.getenv("AZURE_CHAT_DEPLOYMENT", "gpt4o-prod")

    ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY", "")
    ANTHROPIC_MODEL = "claude-3-5-sonnet-20241022"
    ANTHROPIC_FAST_MODEL = "claude-3-5-haiku-20241022"

    COHERE_API_KEY = os.getenv("COHERE_API_KEY", "")
    COHERE_EMBED_MODEL = "embed-english-v3.0"
    COHERE_RERANK_MODEL = "rerank-english-v3.0"
    COHERE_CHAT_MODEL = "command-r-plus-08-2024"

    TOGETHER_API_KEY = os.getenv("TOGETHER_API_KEY", "")
    TOGETHER_IMAGE_MODEL = "black-forest-labs/FLUX.1-schnell"
    TOGETHER_CHAT_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"

    DEEPSEEK_API_KEY = os.getenv("DEEPSEEK_API_KEY", "")
    DEEPSEEK_BASE_URL = "https://api.deepseek.com"
    DEEPSEEK_MODEL = "deepseek-chat"

    # raw HTTP fallback (Mistral La Plateforme, called without the SDK)
    MISTRAL_API_URL = "https://api.mistral.ai/v1/chat/completions"
    MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "")

    DATABASE_URL = os.getenv("DATABASE_URL", "postgresql+asyncpg://localhost/deskpilot")
    REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
    REQUEST_TIMEOUT = 60


class DevelopmentConfig(BaseConfig):
    ENV_NAME = "development"
    DEBUG = True


class TestingConfig(BaseConfig):
    ENV_NAME = "testing"
    TESTING = True
    OPENAI_API_KEY = "sk-test"
    ANTHROPIC_API_KEY = "sk-ant-test"


class ProductionConfig(BaseConfig):
    ENV_NAME = "production"


_CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def get_config(name: str) -> type[BaseConfig]:
    return _CONFIGS.get(name, DevelopmentConfig)
