"""Shared helpers for our AI integrations.

This is loaded as a (config-entry-less) integration so the other integrations can list
``llm_common`` under ``dependencies`` in their manifest and get the requirements installed.
"""

from __future__ import annotations

import logging

from homeassistant.core import HomeAssistant
from homeassistant.helpers.typing import ConfigType

from .clients import (
    ClientRegistry,
    async_get_registry,
    get_anthropic_client,
    get_azure_client,
    get_genai_client,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
    get_sync_openai_client,
    get_xai_client,
    get_xai_openai_client,
)
from .const import DOMAIN
from .llm_usage_tracker import llm_tracker

_LOGGER = logging.getLogger(__name__)

__all__ = [
    "ClientRegistry",
    "DOMAIN",
    "async_get_registry",
    "get_anthropic_client",
    "get_azure_client",
    "get_genai_client",
    "get_mistral_client",
    "get_ollama_client",
    "get_openai_client",
    "get_sync_openai_client",
    "get_xai_client",
    "get_xai_openai_client",
    "llm_tracker",
]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Set up the shared helpers."""
    await async_get_registry(hass)
    await llm_tracker.async_attach(hass)
    _LOGGER.debug("llm_common ready")
    return True
