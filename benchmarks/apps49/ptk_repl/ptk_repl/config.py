"""Configuration loading.

Config lives in ``~/.config/ptk-repl/config.toml``; environment variables win
over the file so CI and scripts can override things without touching it.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

APP_NAME = "ptk-repl"

DEFAULT_MODELS = {
    "openai": "gpt-4.1-mini",
    "anthropic": "claude-sonnet-4-5",
    "gemini": "gemini-2.5-flash",
    "deepseek": "deepseek-chat",
    "perplexity": "sonar",
}

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


@dataclass
class Config:
    provider: str = "openai"
    model: str | None = None
    system_prompt: str = "You are a concise, helpful terminal assistant."
    temperature: float = 0.3
    max_tokens: int = 2048
    stream: bool = True
    vi_mode: bool = False
    fullscreen: bool = False
    history_file: Path = field(default_factory=lambda: Path(user_data_dir(APP_NAME)) / "history")
    data_dir: Path = field(default_factory=lambda: Path(user_data_dir(APP_NAME)))
    plugins: list[str] = field(default_factory=lambda: ["safety", "translate"])
    autosuggest: bool = False
    request_timeout: float = 60.0
    track_usage: bool = True

    @property
    def active_model(self) -> str:
        return self.model or DEFAULT_MODELS.get(self.provider, "gpt-4.1-mini")


def config_path() -> Path:
    return Path(user_config_dir(APP_NAME)) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    cfg = Config()
    if path.exists():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for key, value in data.get("repl", {}).items():
            if not hasattr(cfg, key):
                continue
            if key in ("history_file", "data_dir"):
                value = Path(value).expanduser()
            setattr(cfg, key, value)

    # env overrides
    if env_provider := os.environ.get("PTK_REPL_PROVIDER"):
        cfg.provider = env_provider
    if env_model := os.environ.get("PTK_REPL_MODEL"):
        cfg.model = env_model
    if os.environ.get("PTK_REPL_NO_STREAM"):
        cfg.stream = False

    cfg.data_dir.mkdir(parents=True, exist_ok=True)
    cfg.history_file.parent.mkdir(parents=True, exist_ok=True)
    return cfg
