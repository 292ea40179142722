"""Configuration resolution.

Order of precedence: environment variable > `git config gitai.*` > defaults.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-latest",
    "groq": "llama-3.1-8b-instant",
    "fireworks": "accounts/fireworks/models/llama-v3p1-70b-instruct",
    "ollama": "qwen2.5-coder:7b",
}

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
OLLAMA_HOST = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")


def _git_config(key: str) -> str | None:
    try:
        proc = subprocess.run(
            ["git", "config", "--get", f"gitai.{key}"],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        return None
    value = proc.stdout.strip()
    return value or None


def _get(key: str, default: str | None = None) -> str | None:
    env_key = "GITAI_" + key.upper().replace(".", "_").replace("-", "_")
    return os.environ.get(env_key) or _git_config(key) or default


@dataclass
class Settings:
    provider: str = "openai"
    model: str | None = None
    review_provider: str = "anthropic"
    max_diff_chars: int = 24_000
    conventional_commits: bool = True
    skip_on_merge: bool = True
    track_usage: bool = True
    extra: dict = field(default_factory=dict)

    @property
    def resolved_model(self) -> str:
        return self.model or DEFAULT_MODELS.get(self.provider, DEFAULT_MODELS["openai"])


def _truthy(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@lru_cache(maxsize=1)
def load_settings() -> Settings:
    provider = (_get("provider", "openai") or "openai").lower()
    return Settings(
        provider=provider,
        model=_get("model"),
        review_provider=(_get("review-provider", "anthropic") or "anthropic").lower(),
        max_diff_chars=int(_get("max-diff-chars", "24000") or 24000),
        conventional_commits=_truthy(_get("conventional"), True),
        skip_on_merge=_truthy(_get("skip-on-merge"), True),
        track_usage=_truthy(_get("track-usage"), True),
    )


def hooks_disabled() -> bool:
    return _truthy(os.environ.get("GITAI_DISABLE"), False) or _truthy(_git_config("disabled"), False)
