"""Settings shared by the magics, the CLI and the helper modules.

Values come from (in order) explicit arguments, ``%config CopilotMagics.*``
traits (copied in here by the magics at load time), environment variables,
then the defaults below.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-20241022",
    "google": "gemini-1.5-flash",
    "mistral": "mistral-small-latest",
    "ollama": "llama3.1:8b",
    "xai": "grok-2-latest",
    "perplexity": "llama-3.1-sonar-small-128k-online",
    "http": "gpt-4o-mini",
}

XAI_BASE_URL = "https://api.x.ai/v1"
PERPLEXITY_BASE_URL = "https://api.perplexity.ai"
OLLAMA_HOST = os.environ.get("OLLAMA_HOST", "http://localhost:11434")
# The "http" provider talks to whatever OpenAI-compatible gateway the
# platform team gives us; defaults to OpenAI itself.
HTTP_LLM_ENDPOINT = os.environ.get(
    "NBCOPILOT_HTTP_ENDPOINT", "https://api.openai.com/v1/chat/completions"
)


@dataclass
class CopilotSettings:
    provider: str = field(default_factory=lambda: os.environ.get("NBCOPILOT_PROVIDER", "openai"))
    model: str | None = None
    temperature: float = 0.2
    max_tokens: int = 1024
    stream: bool = False
    show_cost: bool = True
    system_prompt: str = (
        "You are a helpful data-science assistant working inside a Jupyter notebook. "
        "Answer concisely. When you write code, write Python that runs in a notebook cell."
    )

    def resolved_model(self, provider: str | None = None) -> str:
        provider = provider or self.provider
        if self.model and provider == self.provider:
            return self.model
        return DEFAULT_MODELS.get(provider, DEFAULT_MODELS["openai"])


# module-level singleton; the magics update it when %config changes
settings = CopilotSettings()


def api_key_for(provider: str) -> str | None:
    env = {
        "openai": "OPENAI_API_KEY",
        "anthropic": "ANTHROPIC_API_KEY",
        "google": "GOOGLE_API_KEY",
        "mistral": "MISTRAL_API_KEY",
        "xai": "XAI_API_KEY",
        "perplexity": "PERPLEXITY_API_KEY",
        "http": "NBCOPILOT_HTTP_API_KEY",
    }.get(provider)
    return os.environ.get(env) if env else None
