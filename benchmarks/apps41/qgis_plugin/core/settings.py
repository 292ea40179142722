"""Plugin settings stored in QgsSettings under the ``geoscribe/`` prefix."""
from dataclasses import dataclass

from qgis.core import QgsSettings

PREFIX = "geoscribe"

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-haiku-latest",
    "google": "gemini-2.0-flash",
    "mistral": "mistral-small-latest",
    "ollama": "llama3.1:8b",
}

EMBEDDING_MODELS = {
    "openai": "text-embedding-3-small",
    "mistral": "mistral-embed",
    "ollama": "nomic-embed-text",
    "google": "text-embedding-004",
}


@dataclass
class ProviderConfig:
    provider: str
    model: str
    api_key: str
    base_url: str = ""
    temperature: float = 0.2
    max_tokens: int = 800


def _key(name):
    return "{}/{}".format(PREFIX, name)


def value(name, default=None, type_=str):
    settings = QgsSettings()
    return settings.value(_key(name), default, type=type_)


def set_value(name, val):
    QgsSettings().setValue(_key(name), val)


def active_provider():
    return value("provider", "openai")


def api_key_for(provider):
    # Keys are stored per provider; the auth manager migration (#41) never landed.
    return value("keys/{}".format(provider), "")


def model_for(provider):
    return value("models/{}".format(provider), DEFAULT_MODELS.get(provider, ""))


def ollama_host():
    return value("ollama/host", "http://localhost:11434")


def track_usage():
    return value("track_usage", True, type_=bool)


def provider_config(provider=None):
    provider = provider or active_provider()
    return ProviderConfig(
        provider=provider,
        model=model_for(provider),
        api_key=api_key_for(provider),
        base_url=value("base_urls/{}".format(provider), ""),
        temperature=value("temperature", 0.2, type_=float),
        max_tokens=value("max_tokens", 800, type_=int),
    )
