"""Settings loaded from env vars, ~/.termcoder.conf.yml and the repo's .termcoder.conf.yml."""

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from .exceptions import ConfigError, MissingAPIKeyError

CONF_FNAME = ".termcoder.conf.yml"

API_KEY_ENV = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "deepseek": "DEEPSEEK_API_KEY",
    "gemini": "GEMINI_API_KEY",
    "groq": "GROQ_API_KEY",
}


@dataclass
class Settings:
    model: Optional[str] = None
    weak_model: Optional[str] = None
    editor_model: Optional[str] = None
    edit_format: Optional[str] = None
    api_keys: Dict[str, str] = field(default_factory=dict)
    ollama_host: str = "http://127.0.0.1:11434"
    openai_api_base: Optional[str] = None
    map_tokens: int = 1024
    map_refresh: str = "auto"
    semantic_map: bool = False
    auto_commits: bool = True
    dirty_commits: bool = True
    attribute_commit_message: bool = False
    cache_prompts: bool = False
    cache_keepalive_pings: int = 0
    stream: bool = True
    voice_language: Optional[str] = None
    voice_backend: str = "openai"
    analytics: bool = False
    read_only: List[str] = field(default_factory=list)
    tracking_dsn: Optional[str] = None

    def api_key(self, vendor: str, required: bool = True) -> Optional[str]:
        key = self.api_keys.get(vendor) or os.environ.get(API_KEY_ENV.get(vendor, ""), "")
        if not key and required:
            raise MissingAPIKeyError(vendor, API_KEY_ENV.get(vendor, vendor.upper() + "_API_KEY"))
        return key or None


def _read_yaml(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as err:
        raise ConfigError(f"Could not parse {path}: {err}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path} must contain a mapping")
    return data


def load_settings(repo_root: Optional[Path] = None, **overrides) -> Settings:
    merged: dict = {}
    merged.update(_read_yaml(Path.home() / CONF_FNAME))
    if repo_root is not None:
        merged.update(_read_yaml(Path(repo_root) / CONF_FNAME))

    if os.environ.get("TERMCODER_MODEL"):
        merged["model"] = os.environ["TERMCODER_MODEL"]
    if os.environ.get("OLLAMA_HOST"):
        merged["ollama_host"] = os.environ["OLLAMA_HOST"]

    merged.update({k: v for k, v in overrides.items() if v is not None})

    known = set(Settings.__dataclass_fields__)
    unknown = set(merged) - known
    if unknown:
        raise ConfigError("Unknown settings: " + ", ".join(sorted(unknown)))
    return Settings(**merged)


_settings: Optional[Settings] = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = load_settings(Path.cwd())
    return _settings


def set_settings(settings: Settings) -> None:
    global _settings
    _settings = settings
