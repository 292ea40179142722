"""The AI Assist integration."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import openai

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_API_KEY, Platform
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
)
from homeassistant.exceptions import ConfigEntryNotReady, HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType
import voluptuous as vol

from ..llm_common import async_get_registry
from ..llm_common.multi_model_service import multi_model_service
from .const import (
    CONF_AZURE_ENDPOINT,
    CONF_CHAT_MODEL,
    CONF_OLLAMA_HOST,
    CONF_PROVIDER,
    DOMAIN,
    LOGGER,
    RECOMMENDED_IMAGE_MODEL,
    RECOMMENDED_MODELS,
)

PLATFORMS = (Platform.AI_TASK, Platform.CONVERSATION)
CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)

SERVICE_GENERATE_IMAGE = "generate_image"
SERVICE_GENERATE_CONTENT = "generate_content"


@dataclass
class AIAssistRuntimeData:
    """Stored on entry.runtime_data."""

    provider: str
    client: Any
    model: str


AIAssistConfigEntry = ConfigEntry  # ConfigEntry[AIAssistRuntimeData]


def _build_client(hass: HomeAssistant, registry, data: dict[str, Any]) -> Any:
    provider = data[CONF_PROVIDER]
    if provider == "openai":
        return registry.openai(data[CONF_API_KEY])
    if provider == "azure_openai":
        return registry.azure(data[CONF_API_KEY], data[CONF_AZURE_ENDPOINT])
    if provider == "anthropic":
        return registry.anthropic(data[CONF_API_KEY])
    if provider == "google":
        return registry.google(data[CONF_API_KEY])
    if provider == "ollama":
        return registry.ollama(data[CONF_OLLAMA_HOST])
    if provider == "mistral":
        return registry.mistral(data[CONF_API_KEY])
    if provider == "xai":
        return registry.xai(data[CONF_API_KEY])
    raise ValueError(f"unknown provider {provider}")


def _get_openai_entry(hass: HomeAssistant, entry_id: str) -> AIAssistConfigEntry:
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(f"Invalid config entry: {entry_id}")
    if entry.runtime_data.provider not in ("openai", "azure_openai"):
        raise ServiceValidationError("This service needs an OpenAI or Azure OpenAI entry")
    return entry


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the services."""

    async def render_image(call: ServiceCall) -> ServiceResponse:
        entry = _get_openai_entry(hass, call.data["config_entry"])
        client = entry.runtime_data.client
        try:
            response = await client.images.generate(
                model=RECOMMENDED_IMAGE_MODEL,
                prompt=call.data["prompt"],
                size=call.data["size"],
                quality=call.data["quality"],
                n=1,
            )
        except openai.OpenAIError as err:
            raise HomeAssistantError(f"Error generating image: {err}") from err
        image = response.data[0]
        return {"b64_json": image.b64_json, "revised_prompt": image.revised_prompt}

    async def send_prompt(call: ServiceCall) -> ServiceResponse:
        entry = _get_openai_entry(hass, call.data["config_entry"])
        client = entry.runtime_data.client
        content: list[dict[str, Any]] = [{"type": "input_text", "text": call.data["prompt"]}]
        for filename in call.data.get("filenames", []):
            if not hass.config.is_allowed_path(filename):
                raise HomeAssistantError(f"Cannot read `{filename}`, no access to path")
            data = await hass.async_add_executor_job(_read_file, filename)
            content.append(
                {
                    "type": "input_image",
                    "image_url": f"data:image/jpeg;base64,{base64.b64encode(data).decode()}",
                    "detail": "auto",
                }
            )
        try:
            response = await client.responses.create(
                model=entry.options.get(CONF_CHAT_MODEL, entry.runtime_data.model),
                input=[{"role": "user", "content": content}],
                max_output_tokens=entry.options.get("max_tokens", 1024),
                store=False,
            )
        except openai.OpenAIError as err:
            raise HomeAssistantError(f"Error generating content: {err}") from err
        return {"text": response.output_text}

    hass.services.async_register(
        DOMAIN,
        SERVICE_GENERATE_IMAGE,
        render_image,
        schema=vol.Schema(
            {
                vol.Required("config_entry"): cv.string,
                vol.Required("prompt"): cv.string,
                vol.Optional("size", default="1024x1024"): vol.In(("1024x1024", "1024x1536", "1536x1024")),
                vol.Optional("quality", default="auto"): vol.In(("auto", "low", "medium", "high")),
            }
        ),
        supports_response=SupportsResponse.ONLY,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_GENERATE_CONTENT,
        send_prompt,
        schema=vol.Schema(
            {
                vol.Required("config_entry"): cv.string,
                vol.Required("prompt"): cv.string,
                vol.Optional("filenames", default=list): vol.All(cv.ensure_list, [cv.string]),
            }
        ),
        supports_response=SupportsResponse.ONLY,
    )
    return True


def _read_file(path: str) -> bytes:
    with open(path, "rb") as fp:
        return fp.read()


async def async_setup_entry(hass: HomeAssistant, entry: AIAssistConfigEntry) -> bool:
    """Set up AI Assist from a config entry."""
    registry = await async_get_registry(hass)
    provider = entry.data[CONF_PROVIDER]
    try:
        client = _build_client(hass, registry, dict(entry.data))
    except Exception as err:  # noqa: BLE001 - SDK constructors raise all sorts
        raise ConfigEntryNotReady(f"Could not create {provider} client: {err}") from err

    entry.runtime_data = AIAssistRuntimeData(
        provider=provider,
        client=client,
        model=entry.options.get(CONF_CHAT_MODEL, RECOMMENDED_MODELS[provider]),
    )
    # let the tracked service use this entry's client too
    if provider in ("openai", "anthropic", "google", "ollama"):
        multi_model_service.register_client(provider, client)

    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    entry.async_on_unload(entry.add_update_listener(_async_update_listener))
    return True


async def _async_update_listener(hass: HomeAssistant, entry: AIAssistConfigEntry) -> None:
    await hass.config_entries.async_reload(entry.entry_id)


async def async_unload_entry(hass: HomeAssistant, entry: AIAssistConfigEntry) -> bool:
    """Unload AI Assist."""
    multi_model_service.unregister_client(entry.runtime_data.provider)
    LOGGER.debug("Unloading %s", entry.title)
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
