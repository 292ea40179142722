"""Settings for the AI extensions.

Values come from (highest priority first):

1. environment variables (``OPENAI_API_KEY``, ``ANTHROPIC_API_KEY``, ...)
2. ``ai_tools.ini`` in the Inkscape user config directory
3. built-in defaults
"""

import configparser
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ENV_KEYS = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "google": "GEMINI_API_KEY",
    "huggingface": "HF_TOKEN",
    "openrouter": "OPENROUTER_API_KEY",
}

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "google": "gemini-2.0-flash",
    "huggingface": "meta-llama/Llama-3.1-8B-Instruct",
    "openrouter": "mistralai/mistral-small-3.1-24b-instruct",
}

DEFAULT_IMAGE_MODELS = {
    "openai": "gpt-image-1",
    "google": "imagen-3.0-generate-002",
    "huggingface": "black-forest-labs/FLUX.1-schnell",
}


def user_config_dir():
    """Mirror of Inkscape's own logic for the profile directory."""
    env = os.environ.get("INKSCAPE_PROFILE_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "~")).expanduser() / "inkscape"
    if sys.platform == "darwin":
        return Path("~/Library/Application Support/org.inkscape.Inkscape/config/inkscape").expanduser()
    return Path(os.environ.get("XDG_CONFIG_HOME", "~/.config")).expanduser() / "inkscape"


@dataclass
class Settings:
    default_provider: str = "openai"
    api_keys: dict = field(default_factory=dict)
    models: dict = field(default_factory=lambda: dict(DEFAULT_MODELS))
    image_models: dict = field(default_factory=lambda: dict(DEFAULT_IMAGE_MODELS))
    timeout: float = 60.0
    max_tokens: int = 1024
    cache_dir: Path = None
    track_usage: bool = True
    openrouter_referer: str = "https://inkscape.org"

    def key_for(self, provider):
        return self.api_keys.get(provider)

    def model_for(self, provider, override=None):
        if override and override != "default":
            return override
        return self.models.get(provider, DEFAULT_MODELS.get(provider))


def _read_ini(path):
    parser = configparser.ConfigParser()
    if path.exists():
        parser.read(path, encoding="utf-8")
    return parser


@lru_cache(maxsize=1)
def load_settings(ini_path=None):
    ini = Path(ini_path) if ini_path else user_config_dir() / "ai_tools.ini"
    parser = _read_ini(ini)
    s = Settings()

    if parser.has_section("general"):
        g = parser["general"]
        s.default_provider = g.get("provider", s.default_provider)
        s.timeout = g.getfloat("timeout", s.timeout)
        s.max_tokens = g.getint("max_tokens", s.max_tokens)
        s.track_usage = g.getboolean("track_usage", s.track_usage)

    for provider, env_var in ENV_KEYS.items():
        key = os.environ.get(env_var)
        if not key and parser.has_section(provider):
            key = parser[provider].get("api_key")
        if key:
            s.api_keys[provider] = key.strip()
        if parser.has_section(provider):
            model = parser[provider].get("model")
            if model:
                s.models[provider] = model
            image_model = parser[provider].get("image_model")
            if image_model:
                s.image_models[provider] = image_model

    s.default_provider = os.environ.get("AI_TOOLS_PROVIDER", s.default_provider)
    s.cache_dir = user_config_dir() / "ai_tools_cache"
    return s
