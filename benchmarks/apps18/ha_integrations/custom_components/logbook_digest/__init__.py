"""Logbook Digest: an LLM-written summary of what happened at home."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_API_KEY, Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from ..llm_common import async_get_registry
from .const import (
    CONF_HOST,
    CONF_MODEL,
    CONF_PROVIDER,
    DEFAULT_MODELS,
    DOMAIN,
    PROVIDER_AUTO,
    PROVIDER_MISTRAL,
    PROVIDER_OLLAMA,
    PROVIDER_XAI,
)
from .coordinator import LogbookDigestCoordinator
from .services import async_register_services
from .summarizer import LogbookSummarizer

PLATFORMS = [Platform.SENSOR]
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


@dataclass
class DigestRuntimeData:
    coordinator: LogbookDigestCoordinator
    summarizer: LogbookSummarizer
    client: Any
    xai_native: Any | None = None


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    async_register_services(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    registry = await async_get_registry(hass)
    provider = entry.data[CONF_PROVIDER]
    xai_native = None
    if provider == PROVIDER_MISTRAL:
        client = registry.mistral(entry.data[CONF_API_KEY])
    elif provider == PROVIDER_XAI:
        client = registry.xai_openai(entry.data[CONF_API_KEY])
        xai_native = registry.xai(entry.data[CONF_API_KEY])
    elif provider == PROVIDER_OLLAMA:
        client = registry.ollama(entry.data[CONF_HOST])
    else:
        client = None  # PROVIDER_AUTO

    summarizer = LogbookSummarizer(
        hass,
        provider=provider,
        client=client,
        model=entry.options.get(CONF_MODEL, DEFAULT_MODELS.get(provider, "")),
        options=dict(entry.options),
    )
    coordinator = LogbookDigestCoordinator(hass, entry, summarizer, client)
    await coordinator.async_config_entry_first_refresh()

    entry.runtime_data = DigestRuntimeData(
        coordinator=coordinator, summarizer=summarizer, client=client, xai_native=xai_native
    )
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)


__all__ = ["DigestRuntimeData", "PROVIDER_AUTO"]
