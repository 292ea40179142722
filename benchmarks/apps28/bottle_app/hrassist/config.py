"""Settings loading.

Settings live in environment variables (prod, via the k8s secret) or in an
INI file for local development.  ``apply_to_app`` copies everything into
``app.config`` under the ``hr.`` namespace so route callbacks can read them
with ``request.app.config["hr.openai_model"]`` etc.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


@dataclass
class Settings:
    environment: str = "dev"
    database_path: str = "var/policypal.sqlite3"
    policy_dir: str = "var/policies"

    # OpenAI / Azure OpenAI
    openai_api_key: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    use_azure: bool = False
    azure_endpoint: str | None = None
    azure_api_key: str | None = None
    azure_api_version: str = "2024-06-01"
    azure_deployment: str = "hr-gpt4o"

    # Anthropic (letters, long-form drafting)
    anthropic_api_key: str | None = None
    anthropic_model: str = "claude-3-5-sonnet-20241022"

    # Mistral (classification + embeddings for FR/DE policies)
    mistral_api_key: str | None = None
    mistral_model: str = "mistral-small-latest"

    # Cohere (rerank + search embeddings)
    cohere_api_key: str | None = None
    cohere_chat_model: str = "command-r-plus"
    cohere_embed_model: str = "embed-multilingual-v3.0"
    cohere_rerank_model: str = "rerank-multilingual-v3.0"

    # Together (translations, OpenAI compatible endpoint)
    together_api_key: str | None = None
    together_base_url: str = "https://api.together.xyz/v1"
    together_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"

    # Ollama (on-prem box in the Frankfurt office)
    ollama_host: str = "http://localhost:11434"
    ollama_model: str = "llama3.1:8b"

    # watsonx.ai (the IBM contract: summaries of collective agreements)
    watsonx_url: str = "https://eu-de.ml.cloud.ibm.com"
    watsonx_api_key: str | None = None
    watsonx_project_id: str | None = None
    watsonx_model: str = "ibm/granite-3-8b-instruct"
    watsonx_rerank_model: str = "cross-encoder/ms-marco-minilm-l-12-v2"

    worker_threads: int = 2
    max_question_chars: int = 4000
    feature_flags: dict = field(default_factory=dict)

    def to_config(self) -> dict:
        return {f"hr.{key}": value for key, value in asdict(self).items()}


_BOOL_TRUE = {"1", "true", "yes", "on"}


def load_settings(ini_path: str | None = None) -> Settings:
    settings = Settings()
    if ini_path and Path(ini_path).exists():
        parser = configparser.ConfigParser()
        parser.read(ini_path)
        if parser.has_section("policypal"):
            for key, raw in parser.items("policypal"):
                if hasattr(settings, key):
                    setattr(settings, key, _coerce(getattr(settings, key), raw))

    settings.environment = _env("HR_ENV", settings.environment)
    settings.openai_api_key = _env("OPENAI_API_KEY", settings.openai_api_key)
    settings.use_azure = (_env("HR_USE_AZURE", "0") or "0").lower() in _BOOL_TRUE
    settings.azure_endpoint = _env("AZURE_OPENAI_ENDPOINT", settings.azure_endpoint)
    settings.azure_api_key = _env("AZURE_OPENAI_API_KEY", settings.azure_api_key)
    settings.anthropic_api_key = _env("ANTHROPIC_API_KEY", settings.anthropic_api_key)
    settings.mistral_api_key = _env("MISTRAL_API_KEY", settings.mistral_api_key)
    settings.cohere_api_key = _env("CO_API_KEY", settings.cohere_api_key)
    settings.together_api_key = _env("TOGETHER_API_KEY", settings.together_api_key)
    settings.ollama_host = _env("OLLAMA_HOST", settings.ollama_host)
    settings.watsonx_api_key = _env("WATSONX_APIKEY", settings.watsonx_api_key)
    settings.watsonx_project_id = _env("WATSONX_PROJECT_ID", settings.watsonx_project_id)
    settings.worker_threads = int(_env("HR_WORKER_THREADS", str(settings.worker_threads)))
    return settings


def _coerce(current, raw: str):
    if isinstance(current, bool):
        return raw.lower() in _BOOL_TRUE
    if isinstance(current, int):
        return int(raw)
    return raw


def apply_to_app(app, settings: Settings) -> None:
    """Push settings into a Bottle app's ConfigDict."""
    app.config.update(settings.to_config())
    app.config["hr.settings"] = settings
