"""Configuration classes for the HireHelp help desk.

Values are read from the environment so the same image can run in every
stage.  Anything secret must come from the environment (or Vault in prod).
"""
import os


def _bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-not-secret")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///hirehelp.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    # --- LLM providers -------------------------------------------------
    OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
    OPENAI_ORG_ID = os.environ.get("OPENAI_ORG_ID")
    OPENAI_DEFAULT_MODEL = os.environ.get("OPENAI_DEFAULT_MODEL", "gpt-4o-mini")
    OPENAI_EMBEDDING_MODEL = "text-embedding-3-small"

    AZURE_OPENAI_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT")
    AZURE_OPENAI_API_KEY = os.environ.get("AZURE_OPENAI_API_KEY")
    AZURE_OPENAI_API_VERSION = os.environ.get("AZURE_OPENAI_API_VERSION", "2024-10-21")
    AZURE_OPENAI_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "hr-gpt4o")
    AZURE_OPENAI_EMBED_DEPLOYMENT = os.environ.get("AZURE_OPENAI_EMBED_DEPLOYMENT", "hr-embed-3")

    ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY")
    ANTHROPIC_MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest")

    GEMINI_API_KEY = os.environ.get("GEMINI_API_KEY")
    GEMINI_MODEL = os.environ.get("GEMINI_MODEL", "gemini-2.0-flash")
    GEMINI_EMBED_MODEL = "text-embedding-004"

    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY")
    MISTRAL_MODEL = os.environ.get("MISTRAL_MODEL", "mistral-large-latest")

    GROQ_API_KEY = os.environ.get("GROQ_API_KEY")
    GROQ_MODEL = os.environ.get("GROQ_MODEL", "llama-3.1-8b-instant")

    OPENROUTER_API_KEY = os.environ.get("OPENROUTER_API_KEY")
    OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
    OPENROUTER_FALLBACK_MODEL = os.environ.get(
        "OPENROUTER_FALLBACK_MODEL", "meta-llama/llama-3.1-70b-instruct"
    )

    # Which provider the policy assistant uses: "azure" or "gemini"
    POLICY_QA_BACKEND = os.environ.get("POLICY_QA_BACKEND", "azure")

    # --- misc ----------------------------------------------------------
    ATS_BASE_URL = os.environ.get("ATS_BASE_URL", "https://harvest.greenhouse.io/v1")
    ATS_API_TOKEN = os.environ.get("ATS_API_TOKEN")
    BACKGROUND_WORKERS = int(os.environ.get("BACKGROUND_WORKERS", "4"))
    LLM_TIMEOUT_SECONDS = float(os.environ.get("LLM_TIMEOUT_SECONDS", "45"))
    ENABLE_MODERATION = _bool("ENABLE_MODERATION", True)
    TRACK_LLM_USAGE = _bool("TRACK_LLM_USAGE", True)


class DevelopmentConfig(BaseConfig):
    DEBUG = True


class TestingConfig(BaseConfig):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"
    BACKGROUND_WORKERS = 1
    ENABLE_MODERATION = False
    # tests install fakes instead of the real clients
    LLM_DISABLE_CLIENTS = True


class ProductionConfig(BaseConfig):
    DEBUG = False


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
