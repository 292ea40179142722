"""Settings for the wikiai helpers.

Everything comes from the environment so the same checkout can run on the
toolforge-like host and on a laptop. Keep this module free of SDK imports.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name, default)
    if value is not None and not value.strip():
        return default
    return value


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = None
    openai_org: str | None = None
    azure_endpoint: str | None = None
    azure_api_key: str | None = None
    azure_api_version: str = '2024-10-21'
    anthropic_api_key: str | None = None
    mistral_api_key: str | None = None
    together_api_key: str | None = None
    voyage_api_key: str | None = None

    default_summary_model: str = 'gpt-4o-mini'
    default_copyedit_model: str = 'claude-3-5-sonnet-latest'
    default_category_model: str = 'mistral-small-latest'
    default_translate_model: str = 'meta-llama/Llama-3.3-70B-Instruct-Turbo'
    default_embed_model: str = 'voyage-3.5'

    request_timeout: float = 60.0
    max_retries: int = 2
    usage_log_path: str = field(default_factory=lambda: os.path.expanduser(
        '~/.pywikibot/logs/llm_usage.jsonl'))
    cache_path: str = field(default_factory=lambda: os.path.expanduser(
        '~/.pywikibot/cache/wikiai.sqlite3'))


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        openai_api_key=_env('OPENAI_API_KEY'),
        openai_org=_env('OPENAI_ORG_ID'),
        azure_endpoint=_env('AZURE_OPENAI_ENDPOINT'),
        azure_api_key=_env('AZURE_OPENAI_API_KEY'),
        anthropic_api_key=_env('ANTHROPIC_API_KEY'),
        mistral_api_key=_env('MISTRAL_API_KEY'),
        together_api_key=_env('TOGETHER_API_KEY'),
        voyage_api_key=_env('VOYAGE_API_KEY'),
        default_summary_model=_env('WIKIAI_SUMMARY_MODEL', 'gpt-4o-mini'),
        request_timeout=float(_env('WIKIAI_TIMEOUT', '60')),
    )
