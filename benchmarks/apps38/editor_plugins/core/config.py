"""Settings shared by both editor front-ends.

Sublime reads ``AICompanion.sublime-settings`` and Neovim reads
``g:ai_assist_*`` variables; both end up calling :func:`load_settings_from_dict`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any, Dict, List, Optional

DEFAULT_STOP = ["\n\n\n", "<|endoftext|>"]


@dataclass
class CoreSettings:
    provider: str = "anthropic"
    fim_provider: str = "codestral"
    chat_model: str = "claude-3-5-sonnet-latest"
    openai_model: str = "gpt-4o-mini"
    fim_model: str = "codestral-latest"
    groq_model: str = "llama-3.1-8b-instant"
    deepseek_model: str = "deepseek-chat"
    embedding_model: str = "text-embedding-3-small"
    max_tokens: int = 1024
    fim_max_tokens: int = 128
    temperature: float = 0.2
    timeout: float = 20.0
    stop: List[str] = field(default_factory=lambda: list(DEFAULT_STOP))
    openai_api_key: Optional[str] = None
    anthropic_api_key: Optional[str] = None
    mistral_api_key: Optional[str] = None
    groq_api_key: Optional[str] = None
    deepseek_api_key: Optional[str] = None
    cache_dir: Optional[str] = None
    debug: bool = False

    def key_for(self, provider: str) -> Optional[str]:
        env_name = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "mistral": "MISTRAL_API_KEY",
            "codestral": "CODESTRAL_API_KEY",
            "groq": "GROQ_API_KEY",
            "deepseek": "DEEPSEEK_API_KEY",
        }[provider]
        attr = "mistral_api_key" if provider == "codestral" else "%s_api_key" % provider
        return getattr(self, attr, None) or os.environ.get(env_name)


_current = CoreSettings()


def load_settings_from_dict(data: Dict[str, Any]) -> CoreSettings:
    """Build settings from an editor's config dict, ignoring unknown keys."""
    global _current
    known = {f.name for f in fields(CoreSettings)}
    kwargs = {k: v for k, v in (data or {}).items() if k in known and v is not None}
    _current = CoreSettings(**kwargs)
    return _current


def current() -> CoreSettings:
    return _current
