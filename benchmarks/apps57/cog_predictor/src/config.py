"""Runtime configuration for the captioner.

Everything is read from the environment so the same image can be pushed to
Replicate with different secrets / model choices without rebuilding.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def _env_float(name: str, default: float) -> float:
    raw = _env(name)
    try:
        return float(raw) if raw is not None else default
    except ValueError:
        return default


@dataclass(frozen=True)
class ModelChoices:
    planner_model: str = "claude-3-5-sonnet-20241022"
    rewriter_model: str = "gpt-4o-mini"
    judge_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    embed_model: str = "voyage-3"
    rerank_model: str = "rerank-2"
    upscaler_ref: str = "nightmareai/real-esrgan:f121d640bd286e1fdc67f9799164c1d5be36ff74576ee11c803ae5b665dd46aa"
    ocr_ref: str = "abiruyt/text-extract-ocr:a524caeaa23495bc9edc805ab08ab5fe943afd3febed884a4f3747aa32e9cd61"
    vlm_fallback_ref: str = "yorickvp/llava-13b"


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    fireworks_api_key: str | None = field(default_factory=lambda: _env("FIREWORKS_API_KEY"))
    replicate_api_token: str | None = field(default_factory=lambda: _env("REPLICATE_API_TOKEN"))
    voyage_api_key: str | None = field(default_factory=lambda: _env("VOYAGE_API_KEY"))
    fireworks_base_url: str = field(
        default_factory=lambda: _env("FIREWORKS_BASE_URL", "https://api.fireworks.ai/inference/v1")
    )
    request_timeout: float = field(default_factory=lambda: _env_float("LLM_TIMEOUT_S", 45.0))
    judge_threshold: float = field(default_factory=lambda: _env_float("JUDGE_THRESHOLD", 0.62))
    weights_dir: str = field(default_factory=lambda: _env("WEIGHTS_DIR", "/src/weights"))
    track_usage: bool = field(default_factory=lambda: _env("TRACK_LLM_USAGE", "1") == "1")
    models: ModelChoices = field(default_factory=ModelChoices)


_settings: Settings | None = None


def get_settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings


def reset_settings_for_tests() -> None:
    global _settings
    _settings = None
