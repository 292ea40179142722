"""Settings shared by all services.

Most values come from the nameko config (``config.yaml``), but client factories in
``common.clients`` are also used from scripts that run outside a nameko container, so
everything falls back to environment variables.
"""
import os
from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional

DEFAULT_TIMEOUT = float(os.environ.get("LLM_TIMEOUT_SECONDS", "60"))

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
DEEPSEEK_BASE_URL = "https://api.deepseek.com"
DEEPSEEK_BETA_BASE_URL = "https://api.deepseek.com/beta"


@dataclass
class LLMSettings:
    openai_api_key: Optional[str] = None
    openai_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    anthropic_api_key: Optional[str] = None
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    bedrock_region: str = "us-east-1"
    bedrock_claude_model: str = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    bedrock_titan_model: str = "amazon.titan-text-premier-v1:0"
    mistral_api_key: Optional[str] = None
    mistral_model: str = "mistral-large-latest"
    cerebras_api_key: Optional[str] = None
    cerebras_model: str = "llama3.1-8b"
    deepseek_api_key: Optional[str] = None
    deepseek_model: str = "deepseek-chat"
    perplexity_api_key: Optional[str] = None
    perplexity_model: str = "sonar-pro"
    timeout: float = DEFAULT_TIMEOUT
    extra: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "LLMSettings":
        env = os.environ
        return cls(
            openai_api_key=env.get("OPENAI_API_KEY"),
            openai_model=env.get("OPENAI_MODEL", cls.openai_model),
            anthropic_api_key=env.get("ANTHROPIC_API_KEY"),
            anthropic_model=env.get("ANTHROPIC_MODEL", cls.anthropic_model),
            bedrock_region=env.get("BEDROCK_REGION", env.get("AWS_REGION", cls.bedrock_region)),
            bedrock_claude_model=env.get("BEDROCK_CLAUDE_MODEL", cls.bedrock_claude_model),
            mistral_api_key=env.get("MISTRAL_API_KEY"),
            mistral_model=env.get("MISTRAL_MODEL", cls.mistral_model),
            cerebras_api_key=env.get("CEREBRAS_API_KEY"),
            cerebras_model=env.get("CEREBRAS_MODEL", cls.cerebras_model),
            deepseek_api_key=env.get("DEEPSEEK_API_KEY"),
            deepseek_model=env.get("DEEPSEEK_MODEL", cls.deepseek_model),
            perplexity_api_key=env.get("PERPLEXITY_API_KEY") or env.get("PPLX_API_KEY"),
            perplexity_model=env.get("PERPLEXITY_MODEL", cls.perplexity_model),
        )

    @classmethod
    def from_nameko(cls, config: Mapping[str, Any]) -> "LLMSettings":
        """Build settings from ``container.config``; env vars fill the gaps."""
        base = cls.from_env()
        section = config.get("LLM") or {}
        mapping = {
            "OPENAI_MODEL": "openai_model",
            "ANTHROPIC_MODEL": "anthropic_model",
            "BEDROCK_REGION": "bedrock_region",
            "BEDROCK_CLAUDE_MODEL": "bedrock_claude_model",
            "MISTRAL_MODEL": "mistral_model",
            "CEREBRAS_MODEL": "cerebras_model",
            "DEEPSEEK_MODEL": "deepseek_model",
            "PERPLEXITY_MODEL": "perplexity_model",
        }
        for key, attr in mapping.items():
            if section.get(key):
                setattr(base, attr, section[key])
        for key, value in section.items():
            if key not in mapping:
                base.extra[key] = value
        return base


_settings: Optional[LLMSettings] = None


def get_settings() -> LLMSettings:
    global _settings
    if _settings is None:
        _settings = LLMSettings.from_env()
    return _settings


def override_settings(settings: LLMSettings) -> None:
    """Used by the DependencyProviders once the container config is known."""
    global _settings
    _settings = settings
