# coding=utf-8
from __future__ import absolute_import, unicode_literals

SETTINGS_VERSION = 4

DEFAULTS = {
    "preferred_provider": "openai",
    "openai_api_key": "",
    "openai_org": "",
    "openai_model": "gpt-4o-mini",
    "anthropic_api_key": "",
    "anthropic_model": "claude-3-5-haiku-latest",
    "google_api_key": "",
    "google_model": "gemini-2.0-flash",
    "openrouter_api_key": "",
    "openrouter_model": "meta-llama/llama-3.3-70b-instruct",
    "ollama_enabled": False,
    "ollama_host": "http://127.0.0.1:11434",
    "ollama_model": "llama3.1:8b",
    "temperature": 0.2,
    "explain_on_failure": True,
    "failure_watch": False,
    "failure_watch_interval": 30,
    "failure_watch_threshold": 0.75,
    "failure_watch_pause": True,
    "local_prefilter": False,
    "use_tracked_service": False,
    "legacy_mode": False,
    "embed_provider": "openai",
    "discord_webhook": "",
    "ntfy_topic": "",
    "pushover_token": "",
    "pushover_user": "",
    "serial_tail_lines": 60,
}

# Keys that hold secrets: never sent to the frontend in clear text.
SECRET_KEYS = ("openai_api_key", "anthropic_api_key", "google_api_key", "openrouter_api_key",
               "pushover_token")

LLM_KEYS = [k for k in DEFAULTS if k.split("_")[0] in ("openai", "anthropic", "google", "openrouter", "ollama")]
LLM_KEYS += ["temperature", "preferred_provider", "embed_provider"]


def migrate(settings, current):
    """v3 stored a single ``api_key`` + ``provider``."""
    if current is None or current < 4:
        provider = settings.get(["provider"]) or "openai"
        key = settings.get(["api_key"])
        if key:
            settings.set(["{}_api_key".format(provider)], key)
            settings.remove(["api_key"])
        settings.set(["preferred_provider"], provider)
        settings.remove(["provider"])
