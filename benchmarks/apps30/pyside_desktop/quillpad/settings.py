"""Thin typed wrapper around QSettings.

Everything that decides which provider/model is used lives here so the
dialogs and workers never read QSettings keys directly (mostly - see
legacy/gpt_helper.py which predates this module).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from quillpad import APP_NAME, ORG_NAME

PROVIDERS = (
    "openai",
    "anthropic",
    "google",
    "ollama",
    "deepseek",
    "openrouter",
    "cohere",
    "watsonx",
)

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-latest",
    "google": "gemini-1.5-flash",
    "ollama": "llama3.1:8b",
    "deepseek": "deepseek-chat",
    "openrouter": "meta-llama/llama-3.1-70b-instruct",
    "cohere": "command-r-plus",
    "watsonx": "ibm/granite-13b-instruct-v2",
}


@dataclass
class ProviderConfig:
    name: str
    model: str
    api_key: str = ""
    base_url: str = ""
    temperature: float = 0.4
    max_tokens: int = 1024
    extra: dict = field(default_factory=dict)


class AppSettings(QObject):
    """Application settings, persisted with QSettings."""

    changed = Signal(str)
    offlineModeChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qs = QSettings(ORG_NAME, APP_NAME)

    # -- generic ----------------------------------------------------------
    def value(self, key: str, default=None, type_=None):
        if type_ is None:
            return self._qs.value(key, default)
        return self._qs.value(key, default, type=type_)

    def set_value(self, key: str, value) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()
        self.changed.emit(key)

    # -- providers --------------------------------------------------------
    @property
    def active_provider(self) -> str:
        name = self.value("llm/provider", "openai")
        return name if name in PROVIDERS else "openai"

    @active_provider.setter
    def active_provider(self, name: str) -> None:
        if name not in PROVIDERS:
            raise ValueError(f"unknown provider {name!r}")
        self.set_value("llm/provider", name)

    @property
    def embedding_provider(self) -> str:
        return self.value("llm/embedding_provider", "openai")

    @property
    def offline_mode(self) -> bool:
        return bool(self.value("app/offline", False, bool))

    @offline_mode.setter
    def offline_mode(self, enabled: bool) -> None:
        self.set_value("app/offline", bool(enabled))
        self.offlineModeChanged.emit(bool(enabled))

    @property
    def use_tracked_service(self) -> bool:
        # Introduced with the usage dashboard; off by default for old installs.
        return bool(self.value("llm/tracked", False, bool))

    def api_key(self, provider: str) -> str:
        env_name = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "google": "GOOGLE_API_KEY",
            "deepseek": "DEEPSEEK_API_KEY",
            "openrouter": "OPENROUTER_API_KEY",
            "cohere": "CO_API_KEY",
            "watsonx": "WATSONX_APIKEY",
        }.get(provider, "")
        stored = self.value(f"keys/{provider}", "")
        return stored or (os.environ.get(env_name, "") if env_name else "")

    def set_api_key(self, provider: str, key: str) -> None:
        self.set_value(f"keys/{provider}", key)

    def model_for(self, provider: str) -> str:
        return self.value(f"models/{provider}", DEFAULT_MODELS.get(provider, ""))

    def provider_config(self, provider: str | None = None) -> ProviderConfig:
        provider = provider or self.active_provider
        cfg = ProviderConfig(
            name=provider,
            model=self.model_for(provider),
            api_key=self.api_key(provider),
            base_url=self.value(f"urls/{provider}", ""),
            temperature=float(self.value("llm/temperature", 0.4)),
            max_tokens=int(self.value("llm/max_tokens", 1024)),
        )
        if provider == "watsonx":
            cfg.extra["project_id"] = self.value("watsonx/project_id", os.environ.get("WATSONX_PROJECT_ID", ""))
            cfg.base_url = cfg.base_url or "https://us-south.ml.cloud.ibm.com"
        if provider == "ollama":
            cfg.base_url = cfg.base_url or "http://127.0.0.1:11434"
        return cfg


_settings: AppSettings | None = None


def app_settings() -> AppSettings:
    global _settings
    if _settings is None:
        _settings = AppSettings()
    return _settings
