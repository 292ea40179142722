"""Settings loaded from env + ~/.research_assistant.json."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, asdict
from pathlib import Path

CONFIG_PATH = Path(os.environ.get("RA_CONFIG", Path.home() / ".research_assistant.json"))


@dataclass
class Settings:
    default_provider: str = "openai"
    chat_model: str = "gpt-4o-mini"
    claude_model: str = "claude-3-5-sonnet-20240620"
    gemini_model: str = "gemini-1.5-flash"
    genai_model: str = "gemini-2.0-flash"
    embed_model: str = "embed-english-v3.0"
    openai_embed_model: str = "text-embedding-3-small"
    litellm_model: str = "groq/llama-3.1-70b-versatile"
    translate_provider: str = "google"
    summary_max_tokens: int = 800
    temperature: float = 0.3
    font_size: int = 15
    theme: str = "dark"
    notes_db: str = str(Path.home() / ".research_assistant" / "notes.sqlite3")
    recent_pdfs: list[str] = field(default_factory=list)

    def save(self) -> None:
        CONFIG_PATH.write_text(json.dumps(asdict(self), indent=2))


def load_settings() -> Settings:
    if CONFIG_PATH.exists():
        try:
            raw = json.loads(CONFIG_PATH.read_text())
        except json.JSONDecodeError:
            raw = {}
        known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
        return Settings(**known)
    return Settings()


def api_key(name: str) -> str | None:
    return os.environ.get(name) or None


KNOWN_PROVIDERS = ("openai", "anthropic", "gemini", "gemini-2", "litellm")


def validate(settings: Settings) -> list[str]:
    """Return human-readable problems; shown in the settings window."""
    problems: list[str] = []
    if settings.default_provider not in KNOWN_PROVIDERS:
        problems.append(f"unknown default provider {settings.default_provider!r}")
    if not 0.0 <= settings.temperature <= 2.0:
        problems.append("temperature must be between 0 and 2")
    if settings.summary_max_tokens < 64:
        problems.append("summary_max_tokens is too small")
    if "/" not in settings.litellm_model:
        problems.append("litellm model should look like provider/model")
    required = {
        "openai": "OPENAI_API_KEY",
        "anthropic": "ANTHROPIC_API_KEY",
        "gemini": "GOOGLE_API_KEY",
        "gemini-2": "GOOGLE_API_KEY",
    }
    env = required.get(settings.default_provider)
    if env and not api_key(env):
        problems.append(f"{env} is not set")
    return problems
