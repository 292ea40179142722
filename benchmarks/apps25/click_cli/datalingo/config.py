"""Settings loading.

Precedence: CLI flags > DATALINGO_* env vars > config file > defaults.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_CONFIG_PATH = Path.home() / ".config" / "datalingo" / "config.toml"

TOGETHER_BASE_URL = "https://api.together.xyz/v1"


@dataclass
class Settings:
    provider: str = "openai"
    openai_api_key: str | None = None
    openai_org: str | None = None
    anthropic_api_key: str | None = None
    cohere_api_key: str | None = None
    together_api_key: str | None = None
    replicate_api_token: str | None = None
    aws_region: str = "eu-west-1"
    aws_profile: str | None = None

    openai_model: str = "gpt-4o-mini"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    cohere_model: str = "command-r-plus-08-2024"
    together_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    replicate_model: str = "meta/meta-llama-3-70b-instruct"
    bedrock_model: str = "anthropic.claude-3-haiku-20240307-v1:0"
    litellm_model: str = "gpt-4o-mini"
    embedding_model: str = "text-embedding-3-small"

    max_workers: int = 8
    request_timeout: float = 60.0
    cache_dir: Path = field(default_factory=lambda: Path.home() / ".cache" / "datalingo")
    cache_enabled: bool = True
    dry_run: bool = False

    def model_for(self, provider: str) -> str:
        return getattr(self, f"{provider}_model", self.openai_model)


def _coerce(value: str, target: Any) -> Any:
    if isinstance(target, bool):
        return value.lower() in {"1", "true", "yes", "on"}
    if isinstance(target, int):
        return int(value)
    if isinstance(target, float):
        return float(value)
    if isinstance(target, Path):
        return Path(value).expanduser()
    return value


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    settings = Settings()
    cfg_path = path or Path(os.environ.get("DATALINGO_CONFIG", DEFAULT_CONFIG_PATH))
    if cfg_path.exists():
        with cfg_path.open("rb") as fh:
            data = tomllib.load(fh)
        for key, value in data.get("datalingo", data).items():
            if hasattr(settings, key):
                setattr(settings, key, value)

    for f in fields(Settings):
        env_key = f"DATALINGO_{f.name.upper()}"
        if env_key in os.environ:
            setattr(settings, f.name, _coerce(os.environ[env_key], getattr(settings, f.name)))

    # vendor env vars are the fallback for keys
    settings.openai_api_key = settings.openai_api_key or os.environ.get("OPENAI_API_KEY")
    settings.anthropic_api_key = settings.anthropic_api_key or os.environ.get("ANTHROPIC_API_KEY")
    settings.cohere_api_key = settings.cohere_api_key or os.environ.get("CO_API_KEY")
    settings.together_api_key = settings.together_api_key or os.environ.get("TOGETHER_API_KEY")
    settings.replicate_api_token = settings.replicate_api_token or os.environ.get(
        "REPLICATE_API_TOKEN"
    )

    for key, value in overrides.items():
        if value is not None and hasattr(settings, key):
            setattr(settings, key, value)
    return settings
