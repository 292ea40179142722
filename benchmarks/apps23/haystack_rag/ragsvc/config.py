"""Settings and pipeline config loading.

Settings come from the environment (12-factor); pipeline layout comes from the YAML
file pointed to by RAGSVC_CONFIG.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent.parent / "config" / "pipelines.yaml"


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    cohere_api_key: str | None = None
    mistral_api_key: str | None = None
    voyage_api_key: str | None = None
    hf_token: str | None = None
    hf_provider: str = "hf-inference"
    ollama_host: str = "http://localhost:11434"
    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_api_key: str | None = None
    watsonx_project_id: str | None = None
    default_chat_model: str = "gpt-4o-mini"
    moderation_enabled: bool = True
    request_timeout: float = 60.0
    extra: dict[str, Any] = field(default_factory=dict)


def _env_bool(name: str, default: bool) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        openai_api_key=os.getenv("OPENAI_API_KEY"),
        openai_base_url=os.getenv("OPENAI_BASE_URL"),
        cohere_api_key=os.getenv("COHERE_API_KEY") or os.getenv("CO_API_KEY"),
        mistral_api_key=os.getenv("MISTRAL_API_KEY"),
        voyage_api_key=os.getenv("VOYAGE_API_KEY"),
        hf_token=os.getenv("HF_TOKEN"),
        hf_provider=os.getenv("HF_PROVIDER", "hf-inference"),
        ollama_host=os.getenv("OLLAMA_HOST", "http://localhost:11434"),
        watsonx_url=os.getenv("WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
        watsonx_api_key=os.getenv("WATSONX_APIKEY"),
        watsonx_project_id=os.getenv("WATSONX_PROJECT_ID"),
        default_chat_model=os.getenv("RAGSVC_DEFAULT_CHAT_MODEL", "gpt-4o-mini"),
        moderation_enabled=_env_bool("RAGSVC_MODERATION", True),
        request_timeout=float(os.getenv("RAGSVC_TIMEOUT", "60")),
    )


def load_pipeline_config(path: str | os.PathLike | None = None) -> dict[str, Any]:
    """Load the pipelines YAML. Returns the parsed mapping (with `defaults` merged in)."""
    cfg_path = Path(path or os.getenv("RAGSVC_CONFIG") or DEFAULT_CONFIG_PATH)
    with cfg_path.open() as fh:
        raw = yaml.safe_load(fh) or {}
    defaults = raw.get("defaults", {})
    pipelines = raw.get("pipelines", {})
    for spec in pipelines.values():
        spec.setdefault("defaults", dict(defaults))
    return {"defaults": defaults, "pipelines": pipelines}
