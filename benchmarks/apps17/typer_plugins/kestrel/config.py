"""Layered configuration: built-in defaults < TOML files < environment variables."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from kestrel.errors import ConfigError

CONFIG_ENV_VAR = "KESTREL_CONFIG"
ENV_PREFIX = "KESTREL_"


def _default_paths() -> List[Path]:
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return [Path(xdg) / "kestrel" / "config.toml", Path.cwd() / "kestrel.toml"]


@dataclass
class ProviderSettings:
    default_backend: str = "together"
    together_api_key: Optional[str] = None
    hf_token: Optional[str] = None
    replicate_api_token: Optional[str] = None
    xai_api_key: Optional[str] = None
    ollama_host: str = "http://localhost:11434"

    chat_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    litellm_model: str = "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"
    embedding_model: str = "BAAI/bge-base-en-v1.5"
    rerank_model: str = "Salesforce/Llama-Rank-v1"
    hf_model: str = "Qwen/Qwen2.5-Coder-32B-Instruct"
    hf_provider: str = "auto"
    xai_model: str = "grok-3-mini"
    ollama_model: str = "qwen2.5-coder:7b"
    ollama_embed_model: str = "nomic-embed-text"
    image_model: str = "black-forest-labs/flux-schnell"
    request_timeout: float = 60.0


@dataclass
class Settings:
    providers: ProviderSettings = field(default_factory=ProviderSettings)
    plugins_disabled: List[str] = field(default_factory=list)
    cache_dir: Path = field(default_factory=lambda: Path.home() / ".cache" / "kestrel")
    log_level: str = "WARNING"
    telemetry_enabled: bool = True
    telemetry_url: str = "https://devex-telemetry.internal.corp/v1/events"
    artifacts_bucket: Optional[str] = None
    router_models: List[Dict[str, Any]] = field(default_factory=list)
    source_files: List[str] = field(default_factory=list)


_ENV_ALIASES = {
    # standard SDK variables are honoured too so people don't have to duplicate keys
    "together_api_key": ("KESTREL_TOGETHER_API_KEY", "TOGETHER_API_KEY"),
    "hf_token": ("KESTREL_HF_TOKEN", "HF_TOKEN", "HUGGINGFACEHUB_API_TOKEN"),
    "replicate_api_token": ("KESTREL_REPLICATE_API_TOKEN", "REPLICATE_API_TOKEN"),
    "xai_api_key": ("KESTREL_XAI_API_KEY", "XAI_API_KEY"),
    "ollama_host": ("KESTREL_OLLAMA_HOST", "OLLAMA_HOST"),
}


def _coerce(value: str, current: Any) -> Any:
    if isinstance(current, bool):
        return value.lower() in ("1", "true", "yes", "on")
    if isinstance(current, float):
        return float(value)
    if isinstance(current, int):
        return int(value)
    return value


def _merge_providers(target: ProviderSettings, data: Dict[str, Any], origin: str) -> None:
    known = {f.name for f in fields(ProviderSettings)}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"{origin}: unknown key providers.{key}")
        setattr(target, key, value)


def _apply_file(settings: Settings, path: Path) -> None:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc

    _merge_providers(settings.providers, data.pop("providers", {}), str(path))
    plugins = data.pop("plugins", {})
    settings.plugins_disabled.extend(plugins.get("disabled", []))
    router = data.pop("router", {})
    if router.get("model_list"):
        settings.router_models = list(router["model_list"])
    for key, value in data.items():
        if not hasattr(settings, key):
            raise ConfigError(f"{path}: unknown key {key}")
        if key == "cache_dir":
            value = Path(value).expanduser()
        setattr(settings, key, value)
    settings.source_files.append(str(path))


def _apply_env(settings: Settings) -> None:
    for attr, names in _ENV_ALIASES.items():
        for name in names:
            if os.environ.get(name):
                setattr(settings.providers, attr, os.environ[name])
                break

    for f in fields(ProviderSettings):
        env_name = f"{ENV_PREFIX}{f.name.upper()}"
        if f.name not in _ENV_ALIASES and env_name in os.environ:
            setattr(settings.providers, f.name, _coerce(os.environ[env_name], getattr(settings.providers, f.name)))

    if "KESTREL_TELEMETRY" in os.environ:
        settings.telemetry_enabled = _coerce(os.environ["KESTREL_TELEMETRY"], True)
    if "KESTREL_LOG_LEVEL" in os.environ:
        settings.log_level = os.environ["KESTREL_LOG_LEVEL"]
    if "KESTREL_ARTIFACTS_BUCKET" in os.environ:
        settings.artifacts_bucket = os.environ["KESTREL_ARTIFACTS_BUCKET"]


def load_settings(explicit: Optional[Path] = None) -> Settings:
    settings = Settings()
    paths = [explicit] if explicit else []
    if not paths and os.environ.get(CONFIG_ENV_VAR):
        paths = [Path(os.environ[CONFIG_ENV_VAR])]
    if not paths:
        paths = _default_paths()
    for path in paths:
        if path.is_file():
            _apply_file(settings, path)
        elif explicit is not None:
            raise ConfigError(f"config file not found: {path}")
    _apply_env(settings)
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def reset_settings_cache() -> None:
    get_settings.cache_clear()
