"""Model / provider settings, read from env so they work inside dynamic providers.

Dynamic providers are pickled and executed in a separate process by the Pulumi
engine, so we cannot rely on ``pulumi.Config`` there; env vars are propagated.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ModelSettings:
    provider: str = field(default_factory=lambda: os.getenv("INFRA_AI_PROVIDER", "openai"))
    openai_model: str = field(default_factory=lambda: os.getenv("INFRA_AI_OPENAI_MODEL", "gpt-4o-mini"))
    anthropic_model: str = field(
        default_factory=lambda: os.getenv("INFRA_AI_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022")
    )
    bedrock_model: str = field(
        default_factory=lambda: os.getenv(
            "INFRA_AI_BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0"
        )
    )
    gemini_model: str = field(default_factory=lambda: os.getenv("INFRA_AI_GEMINI_MODEL", "gemini-1.5-flash"))
    groq_model: str = field(default_factory=lambda: os.getenv("INFRA_AI_GROQ_MODEL", "llama-3.1-70b-versatile"))
    max_tokens: int = int(os.getenv("INFRA_AI_MAX_TOKENS", "1024"))
    temperature: float = float(os.getenv("INFRA_AI_TEMPERATURE", "0.2"))
    aws_region: str = field(default_factory=lambda: os.getenv("AWS_REGION", "eu-west-1"))


def load() -> ModelSettings:
    return ModelSettings()


SETTINGS = load()
