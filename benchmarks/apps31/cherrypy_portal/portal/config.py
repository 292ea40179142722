"""Settings loading for the portal.

Values come from environment variables first, then from the CherryPy config
file (``portal.conf``) that ``app.py`` loads into ``cherrypy.config``.
"""
import os
from dataclasses import dataclass, field

import cherrypy


def _env(name, default=None):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


@dataclass
class LLMSettings:
    openai_api_key: str = ""
    openai_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    azure_endpoint: str = ""
    azure_api_key: str = ""
    azure_api_version: str = "2024-06-01"
    azure_deployment: str = "portal-gpt4o"
    anthropic_api_key: str = ""
    anthropic_model: str = "claude-3-5-sonnet-latest"
    google_api_key: str = ""
    gemini_model: str = "gemini-2.0-flash"
    groq_api_key: str = ""
    groq_model: str = "llama-3.1-8b-instant"
    fireworks_api_key: str = ""
    fireworks_base_url: str = "https://api.fireworks.ai/inference/v1"
    fireworks_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_api_key: str = ""
    watsonx_project_id: str = ""
    watsonx_model: str = "ibm/granite-3-8b-instruct"
    hf_token: str = ""
    hf_chat_model: str = "meta-llama/Llama-3.1-8B-Instruct"
    hf_embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"
    request_timeout: float = 30.0
    use_azure: bool = False


@dataclass
class PortalSettings:
    environment: str = "dev"
    db_url: str = "sqlite:///portal.db"
    session_timeout: int = 60
    support_email: str = "support@example.com"
    llm: LLMSettings = field(default_factory=LLMSettings)


def load_settings():
    llm = LLMSettings(
        openai_api_key=_env("OPENAI_API_KEY", ""),
        openai_model=_env("PORTAL_OPENAI_MODEL", "gpt-4o-mini"),
        azure_endpoint=_env("AZURE_OPENAI_ENDPOINT", ""),
        azure_api_key=_env("AZURE_OPENAI_API_KEY", ""),
        azure_deployment=_env("AZURE_OPENAI_DEPLOYMENT", "portal-gpt4o"),
        anthropic_api_key=_env("ANTHROPIC_API_KEY", ""),
        google_api_key=_env("GOOGLE_API_KEY", ""),
        groq_api_key=_env("GROQ_API_KEY", ""),
        fireworks_api_key=_env("FIREWORKS_API_KEY", ""),
        watsonx_api_key=_env("WATSONX_APIKEY", ""),
        watsonx_project_id=_env("WATSONX_PROJECT_ID", ""),
        hf_token=_env("HF_TOKEN", ""),
        use_azure=_env("PORTAL_USE_AZURE", "0") == "1",
    )
    return PortalSettings(
        environment=_env("PORTAL_ENV", "dev"),
        db_url=_env("PORTAL_DB_URL", "sqlite:///portal.db"),
        llm=llm,
    )


REQUIRED_IN_PROD = (
    ("openai_api_key", "OPENAI_API_KEY"),
    ("anthropic_api_key", "ANTHROPIC_API_KEY"),
    ("google_api_key", "GOOGLE_API_KEY"),
    ("groq_api_key", "GROQ_API_KEY"),
)


def validate(settings_obj):
    """Return a list of human readable problems; empty when fine."""
    problems = []
    if settings_obj.environment == "prod":
        for attr, env_name in REQUIRED_IN_PROD:
            if not getattr(settings_obj.llm, attr):
                problems.append("%s is not set" % env_name)
        if settings_obj.db_url.startswith("sqlite"):
            problems.append("sqlite is not supported in prod")
    if settings_obj.llm.use_azure and not settings_obj.llm.azure_endpoint:
        problems.append("PORTAL_USE_AZURE=1 but AZURE_OPENAI_ENDPOINT is empty")
    if settings_obj.llm.watsonx_api_key and not settings_obj.llm.watsonx_project_id:
        problems.append("WATSONX_PROJECT_ID is required with WATSONX_APIKEY")
    return problems


def portal_setting(key, default=None):
    """Read a ``portal.*`` key out of the global cherrypy config."""
    return cherrypy.config.get("portal." + key, default)


settings = load_settings()
