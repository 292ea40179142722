"""Access to the add-on configuration.

Anki stores the config per add-on; we keep a thin wrapper so that the rest of
the code does not have to know about ``mw.addonManager``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, Optional

ADDON_MODULE = __name__.split(".")[0]

_ENV_KEYS = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "gemini_api_key": "GEMINI_API_KEY",
    "deepseek_api_key": "DEEPSEEK_API_KEY",
    "cohere_api_key": "CO_API_KEY",
}

_override: Optional[Dict[str, Any]] = None


def set_override(conf: Optional[Dict[str, Any]]) -> None:
    """Used by tests and scripts that run outside of Anki."""
    global _override
    _override = conf


def get_config() -> Dict[str, Any]:
    if _override is not None:
        return dict(_override)
    from aqt import mw

    conf = mw.addonManager.getConfig(ADDON_MODULE) or {}
    return conf


def write_config(conf: Dict[str, Any]) -> None:
    from aqt import mw

    mw.addonManager.writeConfig(ADDON_MODULE, conf)


def get(key: str, default: Any = None) -> Any:
    conf = get_config()
    value = conf.get(key, default)
    env = _ENV_KEYS.get(key)
    if env and os.environ.get(env):
        return os.environ[env]
    return value


@dataclass
class ModelSettings:
    provider: str
    model: str
    temperature: float = 0.4
    max_tokens: int = 1024

    @classmethod
    def from_config(cls, provider: Optional[str] = None) -> "ModelSettings":
        provider = provider or get("default_provider", "openai")
        model = get(f"{provider}_model") or {
            "openai": "gpt-4o-mini",
            "anthropic": "claude-3-5-sonnet-20241022",
            "gemini": "gemini-2.0-flash",
            "deepseek": "deepseek-chat",
        }[provider]
        return cls(provider=provider, model=model)
