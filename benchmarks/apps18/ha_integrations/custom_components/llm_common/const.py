"""Constants shared by the AI integrations."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "llm_common"

PROVIDER_OPENAI: Final = "openai"
PROVIDER_AZURE: Final = "azure_openai"
PROVIDER_ANTHROPIC: Final = "anthropic"
PROVIDER_GOOGLE: Final = "google"
PROVIDER_OLLAMA: Final = "ollama"
PROVIDER_MISTRAL: Final = "mistral"
PROVIDER_XAI: Final = "xai"

PROVIDERS: Final = [
    PROVIDER_OPENAI,
    PROVIDER_AZURE,
    PROVIDER_ANTHROPIC,
    PROVIDER_GOOGLE,
    PROVIDER_OLLAMA,
    PROVIDER_MISTRAL,
    PROVIDER_XAI,
]

XAI_BASE_URL: Final = "https://api.x.ai/v1"
XAI_GRPC_HOST: Final = "api.x.ai"
DEFAULT_OLLAMA_HOST: Final = "http://homeassistant.local:11434"
AZURE_API_VERSION: Final = "2024-10-21"

EVENT_LLM_USAGE: Final = "llm_common_usage"
USAGE_STORE_KEY: Final = "llm_common.usage"
USAGE_STORE_VERSION: Final = 1

DEFAULT_TIMEOUT: Final = 60.0
