"""Runtime configuration.

Values come, in increasing priority, from the defaults below, ``~/.quill.conf.yml``,
``.quill.conf.yml`` in the git root, and ``QUILL_*`` environment variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Dict, Optional

import yaml

CONF_FNAME = ".quill.conf.yml"
ENV_PREFIX = "QUILL_"

DEFAULT_MAIN_MODEL = "claude-sonnet-4-5"
DEFAULT_WEAK_MODEL = "claude-haiku-4-5"
DEFAULT_OLLAMA_HOST = "http://127.0.0.1:11434"


@dataclass
class Settings:
    model: str = DEFAULT_MAIN_MODEL
    weak_model: Optional[str] = None
    editor_model: Optional[str] = None
    edit_format: Optional[str] = None

    anthropic_api_key: Optional[str] = None
    openai_api_key: Optional[str] = None
    openai_api_base: Optional[str] = None
    deepseek_api_key: Optional[str] = None
    gemini_api_key: Optional[str] = None
    groq_api_key: Optional[str] = None
    ollama_host: str = DEFAULT_OLLAMA_HOST

    map_tokens: int = 1024
    map_refresh: str = "auto"
    map_semantic: bool = False
    embedding_backend: str = "openai"
    embedding_model: Optional[str] = None
    max_chat_history_tokens: Optional[int] = None

    auto_commits: bool = True
    dirty_commits: bool = True
    attribute_author: bool = True
    commit_prompt: Optional[str] = None

    voice_language: str = "en"
    voice_format: str = "wav"
    voice_backend: str = "litellm"

    cache_prompts: bool = False
    cache_keepalive_pings: int = 0

    stream: bool = True
    pretty: bool = True
    dark_mode: bool = True
    analytics: bool = False
    analytics_log: Optional[str] = None
    verbose: bool = False

    extra: Dict[str, Any] = field(default_factory=dict)

    @property
    def usage_tracking_enabled(self) -> bool:
        return bool(self.extra.get("usage_tracking", True))


def _coerce(value: str, current: Any) -> Any:
    if isinstance(current, bool):
        return value.lower() in ("1", "true", "yes", "on")
    if isinstance(current, int) and not isinstance(current, bool):
        try:
            return int(value)
        except ValueError:
            return current
    return value


def _read_yaml(path: Path) -> Dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return {k.replace("-", "_"): v for k, v in data.items()}


def load_settings(git_root: Optional[Path] = None, **overrides: Any) -> Settings:
    settings = Settings()
    known = {f.name for f in fields(Settings)}

    layers = [_read_yaml(Path.home() / CONF_FNAME)]
    if git_root:
        layers.append(_read_yaml(Path(git_root) / CONF_FNAME))

    for layer in layers:
        for key, value in layer.items():
            if key in known:
                setattr(settings, key, value)
            else:
                settings.extra[key] = value

    for key in known:
        env_val = os.environ.get(ENV_PREFIX + key.upper())
        if env_val is not None:
            setattr(settings, key, _coerce(env_val, getattr(settings, key)))

    # Vendor env vars win over nothing, but lose to explicit quill config.
    settings.anthropic_api_key = settings.anthropic_api_key or os.environ.get("ANTHROPIC_API_KEY")
    settings.openai_api_key = settings.openai_api_key or os.environ.get("OPENAI_API_KEY")
    settings.deepseek_api_key = settings.deepseek_api_key or os.environ.get("DEEPSEEK_API_KEY")
    settings.gemini_api_key = (
        settings.gemini_api_key
        or os.environ.get("GEMINI_API_KEY")
        or os.environ.get("GOOGLE_API_KEY")
    )
    settings.groq_api_key = settings.groq_api_key or os.environ.get("GROQ_API_KEY")
    settings.ollama_host = os.environ.get("OLLAMA_HOST", settings.ollama_host)

    for key, value in overrides.items():
        if value is not None and key in known:
            setattr(settings, key, value)

    return settings


_settings: Optional[Settings] = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = load_settings()
    return _settings


def set_settings(settings: Settings) -> None:
    global _settings
    _settings = settings
