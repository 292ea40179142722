"""Runtime settings, read from the environment (and .env in dev)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    google_api_key: str = field(default_factory=lambda: os.getenv("GOOGLE_API_KEY", ""))
    fireworks_api_key: str = field(default_factory=lambda: os.getenv("FIREWORKS_API_KEY", ""))
    fireworks_base_url: str = field(
        default_factory=lambda: os.getenv("FIREWORKS_BASE_URL", "https://api.fireworks.ai/inference/v1")
    )
    ollama_host: str = field(default_factory=lambda: os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434"))

    vision_model: str = field(default_factory=lambda: os.getenv("QA_VISION_MODEL", "gpt-4o"))
    planner_model: str = field(default_factory=lambda: os.getenv("QA_PLANNER_MODEL", "claude-3-5-sonnet-latest"))
    critic_model: str = field(default_factory=lambda: os.getenv("QA_CRITIC_MODEL", "gemini-2.0-flash"))
    form_model: str = field(
        default_factory=lambda: os.getenv("QA_FORM_MODEL", "accounts/fireworks/models/llama-v3p1-70b-instruct")
    )
    local_model: str = field(default_factory=lambda: os.getenv("QA_LOCAL_MODEL", "llava:13b"))

    headless: bool = field(default_factory=lambda: _env_bool("QA_HEADLESS", True))
    slow_mo_ms: int = field(default_factory=lambda: int(os.getenv("QA_SLOW_MO", "0")))
    viewport_width: int = 1280
    viewport_height: int = 800
    artifacts_dir: Path = field(default_factory=lambda: Path(os.getenv("QA_ARTIFACTS", "artifacts")))
    max_steps: int = field(default_factory=lambda: int(os.getenv("QA_MAX_STEPS", "25")))
    use_local_models: bool = field(default_factory=lambda: _env_bool("QA_USE_LOCAL", False))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
