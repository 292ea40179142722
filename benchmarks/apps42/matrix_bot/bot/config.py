"""Bot configuration, loaded from YAML with environment overrides."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class RateLimitConfig:
    per_user_per_minute: int = 6
    per_room_per_minute: int = 20


@dataclass
class BotConfig:
    homeserver: str
    user_id: str
    password: str = ""
    access_token: str = ""
    device_id: str = "LLMBOT"
    store_path: str = "./store"
    admins: list[str] = field(default_factory=list)
    command_prefix: str = "!"
    default_model: str = "gpt-4o-mini"
    claude_model: str = "claude-3-5-sonnet-20241022"
    together_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    openrouter_model: str = "deepseek/deepseek-chat"
    embedding_model: str = "text-embedding-3-small"
    moderation_enabled: bool = True
    max_history: int = 20
    digest_rooms: list[str] = field(default_factory=list)
    digest_hour: int = 9
    openai_api_key: str = ""
    anthropic_api_key: str = ""
    together_api_key: str = ""
    openrouter_api_key: str = ""
    rate_limit: RateLimitConfig = field(default_factory=RateLimitConfig)

    def is_admin(self, user_id: str) -> bool:
        return user_id in self.admins


_ENV_KEYS = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "together_api_key": "TOGETHER_API_KEY",
    "openrouter_api_key": "OPENROUTER_API_KEY",
    "password": "MATRIX_PASSWORD",
    "access_token": "MATRIX_ACCESS_TOKEN",
}


def load_config(path: str | os.PathLike | None = None) -> BotConfig:
    raw: dict = {}
    if path is not None and Path(path).exists():
        with open(path, "r", encoding="utf-8") as fh:
            raw = yaml.safe_load(fh) or {}

    rl = raw.pop("rate_limit", None) or {}
    for attr, env in _ENV_KEYS.items():
        if os.environ.get(env):
            raw[attr] = os.environ[env]

    if "homeserver" not in raw:
        raw["homeserver"] = os.environ.get("MATRIX_HOMESERVER", "https://matrix.org")
    if "user_id" not in raw:
        raw["user_id"] = os.environ.get("MATRIX_USER_ID", "@llmbot:matrix.org")

    cfg = BotConfig(**raw)
    cfg.rate_limit = RateLimitConfig(**rl)
    return cfg
