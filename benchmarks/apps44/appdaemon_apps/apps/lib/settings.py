"""Secrets / settings lookup shared by the apps.

AppDaemon passes `!secret` values through `self.args`, but the lib helpers are also used from
scripts/ where there is no AppDaemon, so we fall back to the environment and secrets.yaml.
"""
import os
from functools import lru_cache
from pathlib import Path

import yaml

SECRETS_PATHS = (
    Path("/config/secrets.yaml"),
    Path("/config/appdaemon/secrets.yaml"),
    Path(__file__).resolve().parents[2] / "secrets.yaml",
)

ENV_NAMES = {
    "openai_api_key": "OPENAI_API_KEY",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "gemini_api_key": "GEMINI_API_KEY",
    "groq_api_key": "GROQ_API_KEY",
    "ha_token": "HA_TOKEN",
}


@lru_cache(maxsize=1)
def _load_secrets():
    for path in SECRETS_PATHS:
        if path.exists():
            with path.open() as fh:
                return yaml.safe_load(fh) or {}
    return {}


def secret(name, default=None):
    env = ENV_NAMES.get(name)
    if env and os.environ.get(env):
        return os.environ[env]
    return _load_secrets().get(name, default)


HA_URL = os.environ.get("HA_URL", "http://homeassistant.local:8123")
OLLAMA_HOST = os.environ.get("OLLAMA_HOST", "http://192.168.1.20:11434")
LLM_GATEWAY_URL = os.environ.get("LLM_GATEWAY_URL", "http://finops-gateway.lan:8088")
