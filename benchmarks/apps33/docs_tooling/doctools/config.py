"""Settings shared by the MkDocs plugin, the Sphinx extension and the scripts."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class DocToolsSettings:
    openai_model: str = "gpt-4o-mini"
    summary_model: str = "gpt-4.1-mini"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    vision_model: str = "claude-3-5-haiku-20241022"
    mistral_model: str = "mistral-small-latest"
    cohere_embed_model: str = "embed-english-v3.0"
    cohere_rerank_model: str = "rerank-english-v3.0"
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_region: str = "eu-west-1"
    gateway_url: str = "http://llm-gateway.platform.svc.cluster.local:8080"
    cache_dir: Path = field(default_factory=lambda: Path(".doctools-cache"))
    offline: bool = False
    max_summary_chars: int = 12_000

    @classmethod
    def from_env(cls) -> "DocToolsSettings":
        return cls(
            openai_model=os.environ.get("DOCTOOLS_OPENAI_MODEL", cls.openai_model),
            summary_model=os.environ.get("DOCTOOLS_SUMMARY_MODEL", cls.summary_model),
            anthropic_model=os.environ.get("DOCTOOLS_ANTHROPIC_MODEL", cls.anthropic_model),
            vision_model=os.environ.get("DOCTOOLS_VISION_MODEL", cls.vision_model),
            mistral_model=os.environ.get("DOCTOOLS_MISTRAL_MODEL", cls.mistral_model),
            bedrock_model_id=os.environ.get("DOCTOOLS_BEDROCK_MODEL", cls.bedrock_model_id),
            bedrock_region=os.environ.get("AWS_REGION", cls.bedrock_region),
            gateway_url=os.environ.get("DOCTOOLS_GATEWAY_URL", cls.gateway_url),
            cache_dir=Path(os.environ.get("DOCTOOLS_CACHE_DIR", ".doctools-cache")),
            offline=_env_bool("DOCTOOLS_OFFLINE"),
        )


@functools.lru_cache(maxsize=1)
def get_settings() -> DocToolsSettings:
    return DocToolsSettings.from_env()
