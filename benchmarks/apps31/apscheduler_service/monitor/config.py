"""YAML configuration loading with ${ENV} interpolation."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_ENV_RE = re.compile(r"\$\{([A-Z0-9_]+)\}")
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "config" / "monitor.yaml"


def _interpolate(value: Any) -> Any:
    if isinstance(value, str):
        return _ENV_RE.sub(lambda m: os.environ.get(m.group(1), ""), value)
    if isinstance(value, dict):
        return {k: _interpolate(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v) for v in value]
    return value


@dataclass
class Settings:
    raw: dict[str, Any]
    path: Path
    overrides: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.raw.get(name) or {})

    def provider(self, name: str) -> dict[str, Any]:
        return dict((self.raw.get("providers") or {}).get(name) or {})

    def job(self, name: str) -> dict[str, Any]:
        return dict((self.raw.get("jobs") or {}).get(name) or {})

    @property
    def status_port(self) -> int:
        return int(self.section("service").get("status_port", 8089))

    @property
    def timezone(self) -> str:
        return self.section("service").get("timezone", "UTC")


REQUIRED_SECTIONS = ("service", "scheduler", "providers", "jobs")
KNOWN_PROVIDERS = {"openai", "anthropic", "xai", "deepseek", "voyage", "ollama", "bedrock", "mistral"}


class ConfigError(ValueError):
    pass


def validate(settings: Settings) -> list[str]:
    """Return a list of human-readable problems (empty when the config is fine)."""
    problems: list[str] = []
    for name in REQUIRED_SECTIONS:
        if name not in settings.raw:
            problems.append(f"missing section: {name}")
    unknown = set(settings.raw.get("providers") or {}) - KNOWN_PROVIDERS
    if unknown:
        problems.append(f"unknown providers: {sorted(unknown)}")
    for job, cfg in (settings.raw.get("jobs") or {}).items():
        if not isinstance(cfg, dict):
            problems.append(f"job {job}: expected a mapping")
            continue
        for key in ("minutes", "hour", "minute"):
            if key in cfg and not isinstance(cfg[key], int):
                problems.append(f"job {job}: {key} must be an int")
    return problems


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    cfg_path = Path(path or os.environ.get("MONITOR_CONFIG", DEFAULT_PATH))
    with cfg_path.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    settings = Settings(raw=_interpolate(data), path=cfg_path)
    problems = validate(settings)
    if problems and os.environ.get("MONITOR_STRICT_CONFIG") == "1":
        raise ConfigError("; ".join(problems))
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
