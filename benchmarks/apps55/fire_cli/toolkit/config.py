"""Configuration loading for mltk.

Reads ``~/.config/mltk/config.yaml`` then ``./mltk.yaml`` then the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG_PATHS = (
    Path.home() / ".config" / "mltk" / "config.yaml",
    Path("mltk.yaml"),
)


@dataclass
class ToolkitConfig:
    openai_api_key: str | None = None
    openai_org: str | None = None
    anthropic_api_key: str | None = None
    together_api_key: str | None = None
    hf_token: str | None = None
    default_model: str = "gpt-4o-mini"
    judge_model: str = "claude-3-5-sonnet-20240620"
    embedding_model: str = "text-embedding-3-small"
    hf_endpoint: str | None = None
    request_timeout: float = 60.0
    max_retries: int = 3
    concurrency: int = 8
    cache_dir: Path = field(default_factory=lambda: Path(".mltk_cache"))
    team: str = "ml-platform"
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | None = None) -> "ToolkitConfig":
        data: dict[str, Any] = {}
        candidates = [Path(path)] if path else list(DEFAULT_CONFIG_PATHS)
        for candidate in candidates:
            if candidate.exists():
                with candidate.open() as fh:
                    data.update(yaml.safe_load(fh) or {})
        cfg = cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        cfg.extra = {k: v for k, v in data.items() if k not in cls.__dataclass_fields__}
        cfg.openai_api_key = cfg.openai_api_key or os.getenv("OPENAI_API_KEY")
        cfg.openai_org = cfg.openai_org or os.getenv("OPENAI_ORG_ID")
        cfg.anthropic_api_key = cfg.anthropic_api_key or os.getenv("ANTHROPIC_API_KEY")
        cfg.together_api_key = cfg.together_api_key or os.getenv("TOGETHER_API_KEY")
        cfg.hf_token = cfg.hf_token or os.getenv("HF_TOKEN")
        cfg.hf_endpoint = cfg.hf_endpoint or os.getenv("MLTK_HF_ENDPOINT")
        if isinstance(cfg.cache_dir, str):
            cfg.cache_dir = Path(cfg.cache_dir)
        return cfg
