"""Environment-driven settings shared by every function."""
import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    together_api_key: str | None = field(default_factory=lambda: _env("TOGETHER_API_KEY"))
    openrouter_api_key: str | None = field(default_factory=lambda: _env("OPENROUTER_API_KEY"))
    mistral_api_key: str | None = field(default_factory=lambda: _env("MISTRAL_API_KEY"))

    default_chat_model: str = field(default_factory=lambda: _env("DEFAULT_CHAT_MODEL", "gpt-4o-mini"))
    anthropic_model: str = field(default_factory=lambda: _env("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest"))
    together_model: str = field(
        default_factory=lambda: _env("TOGETHER_MODEL", "meta-llama/Llama-3.3-70B-Instruct-Turbo")
    )
    mistral_model: str = field(default_factory=lambda: _env("MISTRAL_MODEL", "mistral-large-latest"))

    kv_rest_url: str | None = field(default_factory=lambda: _env("KV_REST_API_URL"))
    kv_rest_token: str | None = field(default_factory=lambda: _env("KV_REST_API_TOKEN"))
    cron_secret: str | None = field(default_factory=lambda: _env("CRON_SECRET"))
    app_url: str = field(default_factory=lambda: _env("APP_URL", "https://scribe.example.com"))
    vercel_env: str = field(default_factory=lambda: _env("VERCEL_ENV", "development"))

    rate_limit_per_minute: int = field(default_factory=lambda: int(_env("RATE_LIMIT_PER_MINUTE", "20")))

    @property
    def is_production(self) -> bool:
        return self.vercel_env == "production"


settings = Settings()

# Legacy endpoints (see lib/llm/legacy.py) still talk to the REST APIs directly.
OPENAI_API_BASE = "https://api.openai.com/v1"
ANTHROPIC_API_BASE = "https://api.anthropic.com"
ANTHROPIC_VERSION = "2023-06-01"
