from __future__ import annotations

from anthropic import AsyncAnthropic

from docintel.config import Settings, get_settings


def make_anthropic_client(settings: Settings | None = None) -> AsyncAnthropic:
    settings = settings or get_settings()
    return AsyncAnthropic(
        api_key=settings.anthropic_api_key.get_secret_value(),
        max_retries=3,
        timeout=120.0,
    )
