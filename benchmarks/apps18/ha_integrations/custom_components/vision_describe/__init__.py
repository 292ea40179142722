"""Vision Describe: describe camera snapshots and images with a vision model."""

from __future__ import annotations

import logging

import anthropic
from google import genai
import openai

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_API_KEY
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.httpx_client import get_async_client
from homeassistant.helpers.typing import ConfigType

from .const import (
    CONF_HOST,
    CONF_MODEL,
    CONF_PROVIDER,
    DEFAULT_MODELS,
    DOMAIN,
    PROVIDER_ANTHROPIC,
    PROVIDER_AZURE,
    PROVIDER_GOOGLE,
    PROVIDER_OLLAMA,
    PROVIDER_OPENAI,
)
from .describer import ImageDescriber
from .services import async_setup_services

_LOGGER = logging.getLogger(__name__)
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    hass.data.setdefault(DOMAIN, {})
    async_setup_services(hass)
    return True


async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    """Set up a describer for this entry.

    NOTE: this integration predates entry.runtime_data and still keeps its state in
    hass.data[DOMAIN][entry_id]. Don't copy this pattern.
    """
    provider = entry.data[CONF_PROVIDER]
    model = entry.options.get(CONF_MODEL, DEFAULT_MODELS[provider])
    http = get_async_client(hass)
    sync_client = None

    if provider == PROVIDER_GOOGLE:
        client = genai.Client(api_key=entry.data[CONF_API_KEY])
        # the snapshot service still uses the blocking API in the executor
        sync_client = client
    elif provider == PROVIDER_ANTHROPIC:
        client = anthropic.AsyncAnthropic(api_key=entry.data[CONF_API_KEY], http_client=http)
    elif provider == PROVIDER_OPENAI:
        client = openai.AsyncOpenAI(api_key=entry.data[CONF_API_KEY], http_client=http)
    elif provider == PROVIDER_AZURE:
        client = openai.AsyncAzureOpenAI(
            api_key=entry.data[CONF_API_KEY],
            azure_endpoint=entry.data[CONF_HOST],
            api_version="2024-10-21",
            http_client=http,
        )
    elif provider == PROVIDER_OLLAMA:
        client = None  # raw HTTP, see describer
    else:
        _LOGGER.error("Unknown provider %s", provider)
        return False

    hass.data.setdefault(DOMAIN, {})[entry.entry_id] = {
        "provider": provider,
        "client": client,
        "sync_client": sync_client,
        "describer": ImageDescriber(
            hass,
            provider=provider,
            client=client,
            model=model,
            http=http,
            host=entry.data.get(CONF_HOST),
            options=dict(entry.options),
        ),
    }
    entry.async_on_unload(entry.add_update_listener(_update_listener))
    return True


async def _update_listener(hass: HomeAssistant, entry: ConfigEntry) -> None:
    await hass.config_entries.async_reload(entry.entry_id)


async def async_unload_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:
    hass.data[DOMAIN].pop(entry.entry_id, None)
    return True
