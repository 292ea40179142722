"""Thin wrapper around wx.Config for API keys and user settings."""
from __future__ import annotations

import os

import wx

from research_assistant import APP_NAME, VENDOR_NAME

_ENV_FALLBACK = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "google": "GOOGLE_API_KEY",
    "xai": "XAI_API_KEY",
}

DEFAULTS = {
    "default_provider": "openai",
    "default_model": "gpt-4o-mini",
    "ollama_host": "http://127.0.0.1:11434",
    "temperature": "0.3",
    "max_tokens": "1024",
    "stream": "1",
    "plugins_enabled": "translate,citation,grok_news",
}

_config = None


def _cfg() -> wx.Config:
    global _config
    if _config is None:
        _config = wx.Config(APP_NAME, VENDOR_NAME)
    return _config


def get_api_key(provider: str) -> str | None:
    cfg = _cfg()
    key = cfg.Read(f"/keys/{provider}", "")
    if key:
        return key
    env = _ENV_FALLBACK.get(provider)
    return os.environ.get(env) if env else None


def set_api_key(provider: str, value: str) -> None:
    cfg = _cfg()
    cfg.Write(f"/keys/{provider}", value)
    cfg.Flush()


def get_setting(name: str, default: str | None = None) -> str:
    fallback = default if default is not None else DEFAULTS.get(name, "")
    return _cfg().Read(f"/settings/{name}", fallback)


def get_float(name: str) -> float:
    try:
        return float(get_setting(name))
    except ValueError:
        return float(DEFAULTS.get(name, 0))


def get_int(name: str) -> int:
    try:
        return int(get_setting(name))
    except ValueError:
        return int(DEFAULTS.get(name, 0))


def set_setting(name: str, value) -> None:
    cfg = _cfg()
    cfg.Write(f"/settings/{name}", str(value))
    cfg.Flush()


def enabled_plugins() -> list[str]:
    raw = get_setting("plugins_enabled")
    return [p.strip() for p in raw.split(",") if p.strip()]
