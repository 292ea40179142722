"""Settings for the LLM integrations, read from the master's environment.

The master runs under systemd on ci-master-01; the unit file exports the keys
from the vault agent sidecar.  Nothing here talks to a provider.
"""
import os
from dataclasses import dataclass, field


def _env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class LLMSettings:
    enabled: bool = True
    openai_model: str = "gpt-4o-mini"
    openai_big_model: str = "gpt-4o"
    openai_embedding_model: str = "text-embedding-3-small"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    anthropic_fast_model: str = "claude-3-5-haiku-20241022"
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_region: str = "us-east-1"
    cohere_chat_model: str = "command-r-plus-08-2024"
    cohere_rerank_model: str = "rerank-english-v3.0"
    cohere_embed_model: str = "embed-english-v3.0"
    max_log_chars: int = 24000
    request_timeout: float = 60.0
    # builders that are allowed to spend money on summaries
    summary_builders: tuple = field(default_factory=tuple)


def load_settings():
    builders = tuple(
        b.strip()
        for b in os.environ.get("CI_LLM_SUMMARY_BUILDERS", "").split(",")
        if b.strip()
    )
    return LLMSettings(
        enabled=_env_bool("CI_LLM_ENABLED", True),
        openai_model=os.environ.get("CI_OPENAI_MODEL", "gpt-4o-mini"),
        anthropic_model=os.environ.get("CI_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"),
        bedrock_model_id=os.environ.get(
            "CI_BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0"
        ),
        bedrock_region=os.environ.get("AWS_REGION", "us-east-1"),
        max_log_chars=int(os.environ.get("CI_LLM_MAX_LOG_CHARS", "24000")),
        summary_builders=builders,
    )
