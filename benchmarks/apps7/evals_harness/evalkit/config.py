"""Process settings (env) and run configuration (YAML/JSON)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Union

import yaml

from evalkit.errors import ConfigError

VALID_MODES = ("threads", "async", "batch")


@dataclass(frozen=True)
class Settings:
    openai_api_key: Optional[str] = None
    anthropic_api_key: Optional[str] = None
    together_api_key: Optional[str] = None
    fireworks_api_key: Optional[str] = None
    xai_api_key: Optional[str] = None
    mistral_api_key: Optional[str] = None
    voyage_api_key: Optional[str] = None
    request_timeout: float = 60.0
    cache_dir: str = ".evalkit_cache"
    results_bucket: Optional[str] = None
    slack_webhook_url: Optional[str] = None
    run_db_path: str = "evalkit_runs.db"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    env = os.environ
    return Settings(
        openai_api_key=env.get("OPENAI_API_KEY"),
        anthropic_api_key=env.get("ANTHROPIC_API_KEY"),
        together_api_key=env.get("TOGETHER_API_KEY"),
        fireworks_api_key=env.get("FIREWORKS_API_KEY"),
        xai_api_key=env.get("XAI_API_KEY"),
        mistral_api_key=env.get("MISTRAL_API_KEY"),
        voyage_api_key=env.get("VOYAGE_API_KEY"),
        request_timeout=float(env.get("EVALKIT_REQUEST_TIMEOUT", "60")),
        cache_dir=env.get("EVALKIT_CACHE_DIR", ".evalkit_cache"),
        results_bucket=env.get("EVALKIT_RESULTS_BUCKET"),
        slack_webhook_url=env.get("EVALKIT_SLACK_WEBHOOK"),
        run_db_path=env.get("EVALKIT_RUN_DB", "evalkit_runs.db"),
    )


@dataclass
class GraderConfig:
    type: str
    judge: Optional[str] = None
    options: Dict[str, Any] = field(default_factory=dict)


@dataclass
class MetricConfig:
    type: str
    embedder: Optional[str] = None
    reranker: Optional[str] = None
    options: Dict[str, Any] = field(default_factory=dict)


@dataclass
class RunConfig:
    name: str
    models: List[str]
    dataset: Dict[str, Any]
    graders: List[GraderConfig] = field(default_factory=list)
    metrics: List[MetricConfig] = field(default_factory=list)
    generation: Dict[str, Any] = field(default_factory=dict)
    concurrency: int = 8
    requests_per_minute: Dict[str, int] = field(default_factory=dict)
    max_retries: int = 4
    use_cache: bool = True
    mode: str = "threads"
    output_dir: str = "results"
    baseline: Optional[str] = None

    def validate(self) -> None:
        if not self.models:
            raise ConfigError("run config needs at least one model")
        for spec in self.models:
            if ":" not in spec:
                raise ConfigError(f"model spec {spec!r} must look like 'provider:model'")
        if self.mode not in VALID_MODES:
            raise ConfigError(f"mode must be one of {VALID_MODES}, got {self.mode!r}")
        if self.concurrency < 1:
            raise ConfigError("concurrency must be >= 1")


def _read_raw(path: Path) -> Dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        data = yaml.safe_load(text)
    elif path.suffix == ".json":
        data = json.loads(text)
    else:
        raise ConfigError(f"unsupported config format: {path.suffix}")
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: top level must be a mapping")
    return data


def load_run_config(path: Union[str, Path], overrides: Optional[Dict[str, Any]] = None) -> RunConfig:
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"config not found: {path}")
    raw = _read_raw(path)
    if overrides:
        raw.update({k: v for k, v in overrides.items() if v is not None})

    try:
        cfg = RunConfig(
            name=raw.get("name") or path.stem,
            models=list(raw["models"]),
            dataset=dict(raw["dataset"]),
            graders=[GraderConfig(**g) for g in raw.get("graders", [])],
            metrics=[MetricConfig(**m) for m in raw.get("metrics", [])],
            generation=dict(raw.get("generation", {})),
            concurrency=int(raw.get("concurrency", 8)),
            requests_per_minute=dict(raw.get("requests_per_minute", {})),
            max_retries=int(raw.get("max_retries", 4)),
            use_cache=bool(raw.get("use_cache", True)),
            mode=raw.get("mode", "threads"),
            output_dir=raw.get("output_dir", "results"),
            baseline=raw.get("baseline"),
        )
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: invalid run config: {exc}") from exc
    cfg.validate()
    return cfg
