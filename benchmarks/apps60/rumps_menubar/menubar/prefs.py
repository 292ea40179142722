"""Preferences as a chain of rumps.Window prompts (no nib, no PyObjC UI)."""
from __future__ import annotations

import rumps

from menubar.llm.catalog import all_models
from menubar.settings import Settings


class PreferencesDialog:
    def __init__(self, settings: Settings):
        self.settings = settings

    def _ask(self, title: str, message: str, default: str) -> str | None:
        resp = rumps.Window(title=title, message=message, default_text=default, ok="Next",
                            cancel="Cancel", dimensions=(360, 24)).run()
        return resp.text.strip() if resp.clicked else None

    def run(self) -> bool:
        models = all_models()
        provider = self._ask("Provider", "openai / anthropic / deepseek / ollama / cohere",
                             self.settings.provider)
        if provider is None:
            return False
        if provider not in models:
            rumps.alert("Unknown provider", f"{provider!r} is not supported")
            return False
        choices = ", ".join(models[provider][:8]) or "(none found)"
        model = self._ask("Model", f"Available: {choices}", self.settings.model_for(provider))
        if model is None:
            return False
        if provider != "ollama":
            key = self._ask("API key", f"{provider} API key (leave blank to use env var)",
                            getattr(self.settings, f"{provider}_api_key") or "")
            if key is None:
                return False
            setattr(self.settings, f"{provider}_api_key", key or None)
        else:
            host = self._ask("Ollama host", "URL of the Ollama server", self.settings.ollama_host)
            if host is None:
                return False
            self.settings.ollama_host = host
        language = self._ask("Translate to", "Target language", self.settings.target_language)
        if language:
            self.settings.target_language = language
        self.settings.provider = provider
        self.settings.models[provider] = model
        return True
