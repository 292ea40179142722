"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class ProviderSettings:
    api_key: str | None
    base_url: str | None = None
    default_model: str = ""
    timeout: float = 60.0


@dataclass(frozen=True)
class Settings:
    openai: ProviderSettings
    anthropic: ProviderSettings
    groq: ProviderSettings
    together: ProviderSettings
    fireworks: ProviderSettings
    default_provider: str = "openai"
    data_dir: str = "data"
    max_rows_preview: int = 200
    enable_streaming: bool = True
    feature_flags: dict[str, bool] = field(default_factory=dict)


def _flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        openai=ProviderSettings(
            api_key=os.environ.get("OPENAI_API_KEY"),
            default_model=os.environ.get("LAB_OPENAI_MODEL", "gpt-4o-mini"),
        ),
        anthropic=ProviderSettings(
            api_key=os.environ.get("ANTHROPIC_API_KEY"),
            default_model=os.environ.get("LAB_ANTHROPIC_MODEL", "claude-3-5-sonnet-latest"),
        ),
        groq=ProviderSettings(
            api_key=os.environ.get("GROQ_API_KEY"),
            base_url="https://api.groq.com/openai/v1",
            default_model="llama-3.1-70b-versatile",
            timeout=30.0,
        ),
        together=ProviderSettings(
            api_key=os.environ.get("TOGETHER_API_KEY"),
            base_url="https://api.together.xyz/v1",
            default_model="meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
        ),
        fireworks=ProviderSettings(
            api_key=os.environ.get("FIREWORKS_API_KEY"),
            base_url="https://api.fireworks.ai/inference/v1",
            default_model="accounts/fireworks/models/llama-v3p1-70b-instruct",
        ),
        default_provider=os.environ.get("LAB_DEFAULT_PROVIDER", "openai"),
        data_dir=os.environ.get("LAB_DATA_DIR", "data"),
        enable_streaming=_flag("LAB_STREAMING", True),
        feature_flags={
            "sql_autofix": _flag("LAB_SQL_AUTOFIX"),
            "chart_vision": _flag("LAB_CHART_VISION", True),
        },
    )
