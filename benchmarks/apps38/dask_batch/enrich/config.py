"""Settings for the enrichment jobs.

Values come from configs/*.yaml, overridable with ENRICH_* env vars.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"


@dataclass(frozen=True)
class ClusterSettings:
    scheduler_address: str | None = None
    n_workers: int = 4
    threads_per_worker: int = 2
    memory_limit: str = "4GiB"


@dataclass(frozen=True)
class ModelSettings:
    classify: str = "gpt-4o-mini"
    embed: str = "text-embedding-3-small"
    embed_together: str = "togethercomputer/m2-bert-80M-8k-retrieval"
    summarize_bedrock: str = "anthropic.claude-3-haiku-20240307-v1:0"
    extract_fireworks: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    translate_hf: str = "meta-llama/Meta-Llama-3-8B-Instruct"
    moderate: str = "omni-moderation-latest"


@dataclass(frozen=True)
class Limits:
    openai_rpm: int = 3000
    together_rpm: int = 600
    fireworks_rpm: int = 600
    bedrock_rpm: int = 400
    hf_rpm: int = 300


@dataclass(frozen=True)
class Settings:
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    models: ModelSettings = field(default_factory=ModelSettings)
    limits: Limits = field(default_factory=Limits)
    bucket: str = "s3://acme-data-lake/enrichment"
    aws_region: str = "us-east-1"
    fireworks_base_url: str = "https://api.fireworks.ai/inference/v1"
    hf_provider: str = "hf-inference"

    def as_dict(self) -> dict[str, Any]:
        return {
            "cluster": self.cluster.__dict__,
            "models": self.models.__dict__,
            "limits": self.limits.__dict__,
            "bucket": self.bucket,
            "aws_region": self.aws_region,
        }


def _load_yaml(name: str) -> dict[str, Any]:
    path = _CONFIG_DIR / f"{name}.yaml"
    if not path.exists():
        return {}
    with path.open() as fh:
        return yaml.safe_load(fh) or {}


@lru_cache(maxsize=4)
def load_settings(profile: str = "default") -> Settings:
    raw = _load_yaml("default")
    if profile != "default":
        override = _load_yaml(profile)
        for key, val in override.items():
            if isinstance(val, dict):
                raw.setdefault(key, {}).update(val)
            else:
                raw[key] = val

    cluster = ClusterSettings(**(raw.get("cluster") or {}))
    models = ModelSettings(**(raw.get("models") or {}))
    limits = Limits(**(raw.get("limits") or {}))
    bucket = os.environ.get("ENRICH_BUCKET", (raw.get("io") or {}).get("bucket", Settings.bucket))
    addr = os.environ.get("ENRICH_SCHEDULER")
    if addr:
        cluster = ClusterSettings(
            scheduler_address=addr,
            n_workers=cluster.n_workers,
            threads_per_worker=cluster.threads_per_worker,
            memory_limit=cluster.memory_limit,
        )
    return Settings(
        cluster=cluster,
        models=models,
        limits=limits,
        bucket=bucket,
        aws_region=os.environ.get("AWS_REGION", "us-east-1"),
    )
