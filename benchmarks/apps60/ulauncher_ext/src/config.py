"""Preference parsing for the extension.

Ulauncher hands preferences to us as a flat dict of strings; this module turns
that into something typed so the rest of the package does not have to care.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional

DEFAULT_MODELS: Dict[str, str] = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "groq": "llama-3.1-8b-instant",
    "mistral": "mistral-small-latest",
    "perplexity": "sonar",
}

PERPLEXITY_BASE_URL = "https://api.perplexity.ai"

KEY_PREFS = {
    "openai": "api_key",
    "anthropic": "anthropic_api_key",
    "groq": "groq_api_key",
    "mistral": "mistral_api_key",
    "perplexity": "perplexity_api_key",
}

ENV_FALLBACK = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "groq": "GROQ_API_KEY",
    "mistral": "MISTRAL_API_KEY",
    "perplexity": "PPLX_API_KEY",
}


@dataclass
class Settings:
    provider: str = "openai"
    model: str = ""
    max_tokens: int = 512
    target_language: str = "English"
    tracking: bool = True
    keys: Dict[str, str] = field(default_factory=dict)

    @property
    def effective_model(self) -> str:
        return self.model or DEFAULT_MODELS.get(self.provider, DEFAULT_MODELS["openai"])

    def key_for(self, provider: Optional[str] = None) -> str:
        provider = provider or self.provider
        key = self.keys.get(provider, "")
        if not key:
            key = os.environ.get(ENV_FALLBACK.get(provider, ""), "")
        return key


def _to_int(value: Optional[str], default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def settings_from_preferences(prefs: Mapping[str, str]) -> Settings:
    provider = (prefs.get("provider") or "openai").strip().lower()
    if provider not in DEFAULT_MODELS:
        provider = "openai"
    keys = {}
    for name, pref_id in KEY_PREFS.items():
        keys[name] = (prefs.get(pref_id) or "").strip()
    # the generic api_key box is for "the selected provider" - older
    # versions only had that one field, keep honouring it
    if prefs.get("api_key") and not keys.get(provider):
        keys[provider] = prefs["api_key"].strip()
    return Settings(
        provider=provider,
        model=(prefs.get("model") or "").strip(),
        max_tokens=_to_int(prefs.get("max_tokens"), 512),
        target_language=(prefs.get("target_language") or "English").strip(),
        tracking=(prefs.get("tracking", "on") != "off"),
        keys=keys,
    )
