"""User settings, populated from the client's ``initializationOptions``."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ai_lsp import constants


@dataclass
class Settings:
    completion_backend: str = "codestral"
    chat_backend: str = "anthropic"
    inline_backend: str = "fireworks"
    local_backend: str = "ollama"
    openai_model: str = constants.DEFAULT_OPENAI_MODEL
    anthropic_model: str = constants.DEFAULT_ANTHROPIC_MODEL
    codestral_model: str = constants.DEFAULT_CODESTRAL_MODEL
    ollama_model: str = constants.DEFAULT_OLLAMA_MODEL
    ollama_host: str = "http://127.0.0.1:11434"
    fireworks_model: str = constants.DEFAULT_FIREWORKS_MODEL
    max_completion_tokens: int = 128
    temperature: float = 0.2
    telemetry: bool = True
    use_tracked_service: bool = False
    excluded_languages: list[str] = field(default_factory=lambda: ["plaintext", "markdown"])
    api_keys: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_init_options(cls, options: dict[str, Any] | None) -> "Settings":
        options = options or {}
        section = options.get("aiLsp", options)
        s = cls()
        mapping = {
            "completionBackend": "completion_backend",
            "chatBackend": "chat_backend",
            "inlineBackend": "inline_backend",
            "openaiModel": "openai_model",
            "anthropicModel": "anthropic_model",
            "codestralModel": "codestral_model",
            "ollamaModel": "ollama_model",
            "ollamaHost": "ollama_host",
            "fireworksModel": "fireworks_model",
            "maxCompletionTokens": "max_completion_tokens",
            "temperature": "temperature",
            "telemetry": "telemetry",
            "useTrackedService": "use_tracked_service",
            "excludedLanguages": "excluded_languages",
        }
        for key, attr in mapping.items():
            if key in section and section[key] is not None:
                setattr(s, attr, section[key])
        s.api_keys = dict(section.get("apiKeys") or {})
        return s

    def api_key(self, provider: str) -> str | None:
        env_names = {
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "mistral": "MISTRAL_API_KEY",
            "fireworks": "FIREWORKS_API_KEY",
        }
        return self.api_keys.get(provider) or os.environ.get(env_names.get(provider, ""))
