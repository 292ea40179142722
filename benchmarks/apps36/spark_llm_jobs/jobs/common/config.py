"""Job configuration: YAML files under ``configs/`` plus environment overrides.

The config is plain data so it can be broadcast to executors; never put clients here.
"""
from __future__ import annotations

import argparse
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class RateLimitConfig:
    requests_per_minute: int = 120
    tokens_per_minute: int = 60_000


@dataclass
class JobConfig:
    env: str
    spark: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    openai: dict[str, Any] = field(default_factory=dict)
    anthropic: dict[str, Any] = field(default_factory=dict)
    google: dict[str, Any] = field(default_factory=dict)
    bedrock: dict[str, Any] = field(default_factory=dict)
    together: dict[str, Any] = field(default_factory=dict)
    rate_limit: RateLimitConfig = field(default_factory=RateLimitConfig)

    @classmethod
    def from_yaml(cls, path: str | Path) -> "JobConfig":
        with open(path) as fh:
            raw = yaml.safe_load(fh) or {}
        rl = RateLimitConfig(**raw.pop("rate_limit", {}))
        cfg = cls(rate_limit=rl, **raw)
        cfg._apply_env_overrides()
        return cfg

    def _apply_env_overrides(self) -> None:
        if os.environ.get("LLM_JOBS_OPENAI_MODEL"):
            self.openai["model"] = os.environ["LLM_JOBS_OPENAI_MODEL"]
        if os.environ.get("LLM_JOBS_RPM"):
            self.rate_limit.requests_per_minute = int(os.environ["LLM_JOBS_RPM"])

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def table(self, name: str) -> str:
        return self.tables[name]

    def output_table(self, name: str) -> str:
        return f"{self.tables['output_db']}.{name}"


def base_arg_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--config", default="configs/dev.yaml")
    parser.add_argument("--date", required=False, help="partition date (YYYY-MM-DD)")
    parser.add_argument("--limit", type=int, default=None, help="debug: limit input rows")
    parser.add_argument("--dry-run", action="store_true")
    return parser
