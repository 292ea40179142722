"""Runtime settings for the studio backend.

Loaded once from the environment. Reflex re-imports the app module in the
backend worker, so keep this import-side-effect free apart from reading env.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    groq_api_key: str = field(default_factory=lambda: _env("GROQ_API_KEY"))
    together_api_key: str = field(default_factory=lambda: _env("TOGETHER_API_KEY"))
    fireworks_api_key: str = field(default_factory=lambda: _env("FIREWORKS_API_KEY"))
    replicate_api_token: str = field(default_factory=lambda: _env("REPLICATE_API_TOKEN"))

    groq_base_url: str = "https://api.groq.com/openai/v1"
    fireworks_base_url: str = "https://api.fireworks.ai/inference/v1"
    together_base_url: str = "https://api.together.xyz/v1"

    default_chat_model: str = field(default_factory=lambda: _env("STUDIO_CHAT_MODEL", "gpt-4o-mini"))
    copy_model: str = field(default_factory=lambda: _env("STUDIO_COPY_MODEL", "claude-3-5-sonnet-latest"))
    fast_model: str = "llama-3.1-8b-instant"
    fireworks_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    together_embed_model: str = "togethercomputer/m2-bert-80M-8k-retrieval"
    together_rerank_model: str = "Salesforce/Llama-Rank-V1"
    image_model: str = "black-forest-labs/flux-schnell"
    upscale_model: str = "nightmareai/real-esrgan"

    slack_webhook_url: str = field(default_factory=lambda: _env("STUDIO_SLACK_WEBHOOK"))
    public_base_url: str = field(default_factory=lambda: _env("STUDIO_PUBLIC_URL", "http://localhost:8000"))
    max_stream_tokens: int = 1200
    campaign_concurrency: int = 4


settings = Settings()
