"""Settings for the kernel, read from the environment and ~/.llm_kernel.toml."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_PATH = Path(os.environ.get("LLM_KERNEL_CONFIG", Path.home() / ".llm_kernel.toml"))

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-20241022",
    "google": "gemini-2.0-flash",
    "mistral": "mistral-large-latest",
    "ollama": "llama3.1:8b",
}

EMBEDDING_MODELS = {
    "openai": "text-embedding-3-small",
    "google": "text-embedding-004",
    "mistral": "mistral-embed",
    "ollama": "nomic-embed-text",
}


@dataclass
class KernelSettings:
    provider: str = "openai"
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    embedding_provider: str = "openai"
    temperature: float = 0.2
    max_tokens: int = 1024
    system_prompt: str = (
        "You are a helpful assistant living inside a Jupyter notebook. "
        "Answer concisely and use Markdown code fences for code."
    )
    ollama_host: str = "http://localhost:11434"
    history_db: Path = Path.home() / ".local" / "share" / "llm_kernel" / "history.sqlite"
    stream: bool = True
    track_usage: bool = False

    def model_for(self, provider: str | None = None) -> str:
        return self.models.get(provider or self.provider, DEFAULT_MODELS["openai"])


def _from_env(settings: KernelSettings) -> KernelSettings:
    if prov := os.environ.get("LLM_KERNEL_PROVIDER"):
        settings.provider = prov
    if host := os.environ.get("OLLAMA_HOST"):
        settings.ollama_host = host
    if os.environ.get("LLM_KERNEL_NO_STREAM"):
        settings.stream = False
    if os.environ.get("LLM_KERNEL_TRACK_USAGE"):
        settings.track_usage = True
    return settings


def load_settings(path: Path = CONFIG_PATH) -> KernelSettings:
    settings = KernelSettings()
    if path.exists():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        settings.provider = data.get("provider", settings.provider)
        settings.models.update(data.get("models", {}))
        settings.embedding_provider = data.get("embedding_provider", settings.embedding_provider)
        settings.temperature = float(data.get("temperature", settings.temperature))
        settings.max_tokens = int(data.get("max_tokens", settings.max_tokens))
        settings.system_prompt = data.get("system_prompt", settings.system_prompt)
        settings.ollama_host = data.get("ollama_host", settings.ollama_host)
    return _from_env(settings)
