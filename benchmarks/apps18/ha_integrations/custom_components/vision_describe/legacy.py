"""Legacy Gemini path using google-generativeai.

Kept because two customers pinned `gemini-1.5-flash-8b` tuned models that the new SDK
could not address at the time. Remove once they migrate (tracked in #212).
"""

from __future__ import annotations

import logging

import google.generativeai as genai_legacy

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_API_KEY
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from .const import DOMAIN

_LOGGER = logging.getLogger(__name__)

_CONFIGURED = False


def _ensure_configured(hass: HomeAssistant) -> None:
    global _CONFIGURED  # noqa: PLW0603
    if _CONFIGURED:
        return
    entries: list[ConfigEntry] = hass.config_entries.async_entries(DOMAIN)
    for entry in entries:
        if entry.data.get(CONF_API_KEY) and entry.data.get("provider") == "google":
            genai_legacy.configure(api_key=entry.data[CONF_API_KEY])
            _CONFIGURED = True
            return
    raise HomeAssistantError("No Google entry configured for the legacy Gemini path")


async def describe_with_legacy_gemini(
    hass: HomeAssistant, model_name: str, image: bytes, mime_type: str, prompt: str
) -> str:
    _ensure_configured(hass)
    model = genai_legacy.GenerativeModel(model_name)
    try:
        response = await model.generate_content_async(
            [{"mime_type": mime_type, "data": image}, prompt],
            generation_config=genai_legacy.GenerationConfig(max_output_tokens=300, temperature=0.2),
        )
    except Exception as err:  # noqa: BLE001 - old SDK raises google.api_core errors
        _LOGGER.warning("Legacy Gemini failed: %s", err)
        raise HomeAssistantError(str(err)) from err
    return response.text
