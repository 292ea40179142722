"""Settings loaded from the environment and the pipeline YAML file."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from enrich.errors import ConfigError

OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
OPENCORPORATES_URL = "https://api.opencorporates.com/v0.4"

DEFAULT_EMBED_MODEL = "voyage-3.5"
DEFAULT_RERANK_MODEL = "rerank-2.5"
DEFAULT_GEMINI_MODEL = "gemini-2.5-flash"
DEFAULT_TOGETHER_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
DEFAULT_CEREBRAS_MODEL = "llama-3.3-70b"
DEFAULT_GRANITE_MODEL = "ibm/granite-3-8b-instruct"


def _env(name: str, default: Optional[str] = None, required: bool = False) -> Optional[str]:
    value = os.environ.get(name, default)
    if required and not value:
        raise ConfigError(f"missing required environment variable {name}")
    return value


@dataclass(frozen=True)
class StageSpec:
    name: str
    options: Dict[str, Any] = field(default_factory=dict)
    enabled: bool = True


@dataclass
class Settings:
    voyage_api_key: Optional[str] = None
    together_api_key: Optional[str] = None
    openrouter_api_key: Optional[str] = None
    fireworks_api_key: Optional[str] = None
    cerebras_api_key: Optional[str] = None
    gemini_api_key: Optional[str] = None
    hf_token: Optional[str] = None
    replicate_api_token: Optional[str] = None
    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_api_key: Optional[str] = None
    watsonx_project_id: Optional[str] = None
    gcp_project: Optional[str] = None
    gcp_location: str = "us-central1"
    crm_webhook_url: Optional[str] = None
    opencorporates_token: Optional[str] = None
    database_url: str = "sqlite:///enrich.db"
    batch_size: int = 64
    concurrency: int = 8
    checkpoint_dir: Path = Path(".checkpoints")
    checkpoint_bucket: Optional[str] = None
    stages: List[StageSpec] = field(default_factory=list)
    app_name: str = "acme-enrich"

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            voyage_api_key=_env("VOYAGE_API_KEY"),
            together_api_key=_env("TOGETHER_API_KEY"),
            openrouter_api_key=_env("OPENROUTER_API_KEY"),
            fireworks_api_key=_env("FIREWORKS_API_KEY"),
            cerebras_api_key=_env("CEREBRAS_API_KEY"),
            gemini_api_key=_env("GEMINI_API_KEY"),
            hf_token=_env("HF_TOKEN"),
            replicate_api_token=_env("REPLICATE_API_TOKEN"),
            watsonx_url=_env("WATSONX_URL", "https://us-south.ml.cloud.ibm.com") or "",
            watsonx_api_key=_env("WATSONX_APIKEY"),
            watsonx_project_id=_env("WATSONX_PROJECT_ID"),
            gcp_project=_env("GOOGLE_CLOUD_PROJECT"),
            gcp_location=_env("GOOGLE_CLOUD_LOCATION", "us-central1") or "us-central1",
            crm_webhook_url=_env("CRM_WEBHOOK_URL"),
            opencorporates_token=_env("OPENCORPORATES_TOKEN"),
            database_url=_env("ENRICH_DATABASE_URL", "sqlite:///enrich.db") or "",
        )


def load_settings(config_path: Path) -> Settings:
    """Merge environment settings with the run section and stage list of a YAML file."""
    settings = Settings.from_env()
    try:
        raw = yaml.safe_load(config_path.read_text()) or {}
    except FileNotFoundError as exc:
        raise ConfigError(f"config file not found: {config_path}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML in {config_path}: {exc}") from exc

    run = raw.get("run", {})
    settings.batch_size = int(run.get("batch_size", settings.batch_size))
    settings.concurrency = int(run.get("concurrency", settings.concurrency))
    settings.checkpoint_dir = Path(run.get("checkpoint_dir", settings.checkpoint_dir))
    settings.checkpoint_bucket = run.get("checkpoint_bucket", settings.checkpoint_bucket)

    specs = []
    for entry in raw.get("stages", []):
        if isinstance(entry, str):
            entry = {"name": entry}
        if "name" not in entry:
            raise ConfigError(f"stage entry without a name: {entry!r}")
        specs.append(
            StageSpec(
                name=entry["name"],
                options=dict(entry.get("options") or {}),
                enabled=bool(entry.get("enabled", True)),
            )
        )
    settings.stages = specs
    return settings
