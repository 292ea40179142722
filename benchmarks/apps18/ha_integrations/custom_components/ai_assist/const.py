"""Constants for the AI Assist integration."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "ai_assist"
LOGGER = logging.getLogger(__package__)

CONF_PROVIDER: Final = "provider"
CONF_CHAT_MODEL: Final = "chat_model"
CONF_PROMPT: Final = "prompt"
CONF_MAX_TOKENS: Final = "max_tokens"
CONF_TEMPERATURE: Final = "temperature"
CONF_TOP_P: Final = "top_p"
CONF_RECOMMENDED: Final = "recommended"
CONF_AZURE_ENDPOINT: Final = "azure_endpoint"
CONF_AZURE_DEPLOYMENT: Final = "azure_deployment"
CONF_OLLAMA_HOST: Final = "ollama_host"
CONF_KEEP_ALIVE: Final = "keep_alive"
CONF_STREAM: Final = "stream"

RECOMMENDED_MODELS: Final = {
    "openai": "gpt-4.1-mini",
    "azure_openai": "gpt-4o-mini",
    "anthropic": "claude-sonnet-4-0",
    "google": "gemini-2.5-flash",
    "ollama": "qwen2.5:7b",
    "mistral": "mistral-medium-latest",
    "xai": "grok-3-mini",
}
RECOMMENDED_MAX_TOKENS: Final = 1024
RECOMMENDED_TEMPERATURE: Final = 0.7
RECOMMENDED_TOP_P: Final = 1.0
RECOMMENDED_IMAGE_MODEL: Final = "gpt-image-1"

MAX_TOOL_ITERATIONS: Final = 10
DEFAULT_KEEP_ALIVE: Final = "30m"
