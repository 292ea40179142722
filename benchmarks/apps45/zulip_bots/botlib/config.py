"""Configuration helpers shared by the bots.

Bots read their settings from the ``[llm]`` section of the bot config file
(``bot_handler.get_config_info("llm")``).  The long-running listener service
reads the same keys from environment variables instead.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, Optional

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_ANTHROPIC_MODEL = "claude-3-5-sonnet-20241022"
DEFAULT_COHERE_CHAT_MODEL = "command-r-plus-08-2024"
DEFAULT_COHERE_EMBED_MODEL = "embed-english-v3.0"
DEFAULT_COHERE_RERANK_MODEL = "rerank-english-v3.0"
DEFAULT_PERPLEXITY_MODEL = "sonar-pro"
DEFAULT_BEDROCK_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
PERPLEXITY_BASE_URL = "https://api.perplexity.ai"


@dataclass
class LLMSettings:
    openai_api_key: Optional[str] = None
    anthropic_api_key: Optional[str] = None
    cohere_api_key: Optional[str] = None
    perplexity_api_key: Optional[str] = None
    aws_region: str = "us-east-1"
    openai_model: str = DEFAULT_OPENAI_MODEL
    anthropic_model: str = DEFAULT_ANTHROPIC_MODEL
    cohere_chat_model: str = DEFAULT_COHERE_CHAT_MODEL
    perplexity_model: str = DEFAULT_PERPLEXITY_MODEL
    bedrock_model: str = DEFAULT_BEDROCK_MODEL
    max_tokens: int = 800
    temperature: float = 0.2
    extra: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_config_info(cls, info: Dict[str, str]) -> "LLMSettings":
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        kwargs: Dict[str, Any] = {}
        extra: Dict[str, Any] = {}
        for key, value in info.items():
            if key in known:
                kwargs[key] = value
            else:
                extra[key] = value
        if "max_tokens" in kwargs:
            kwargs["max_tokens"] = int(kwargs["max_tokens"])
        if "temperature" in kwargs:
            kwargs["temperature"] = float(kwargs["temperature"])
        return cls(extra=extra, **kwargs)

    @classmethod
    def from_env(cls) -> "LLMSettings":
        return cls(
            openai_api_key=os.environ.get("OPENAI_API_KEY"),
            anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY"),
            cohere_api_key=os.environ.get("CO_API_KEY"),
            perplexity_api_key=os.environ.get("PPLX_API_KEY"),
            aws_region=os.environ.get("AWS_REGION", "us-east-1"),
            openai_model=os.environ.get("BOTS_OPENAI_MODEL", DEFAULT_OPENAI_MODEL),
            anthropic_model=os.environ.get("BOTS_ANTHROPIC_MODEL", DEFAULT_ANTHROPIC_MODEL),
            bedrock_model=os.environ.get("BOTS_BEDROCK_MODEL", DEFAULT_BEDROCK_MODEL),
        )


def load_settings(bot_handler: Any = None) -> LLMSettings:
    """Settings from the bot config if we have a handler, else from the env."""
    if bot_handler is None:
        return LLMSettings.from_env()
    try:
        info = bot_handler.get_config_info("llm")
    except Exception:  # zulip_bots raises NoBotConfigException
        return LLMSettings.from_env()
    settings = LLMSettings.from_config_info(info)
    # fall back to env for secrets that were not put in the bot config
    env = LLMSettings.from_env()
    for attr in ("openai_api_key", "anthropic_api_key", "cohere_api_key", "perplexity_api_key"):
        if not getattr(settings, attr):
            setattr(settings, attr, getattr(env, attr))
    return settings
