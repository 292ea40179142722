"""Services for vision_describe."""

from __future__ import annotations

from functools import partial
import logging
import mimetypes
from pathlib import Path
from typing import Any

from google.genai import types
import voluptuous as vol

from homeassistant.components.camera import async_get_image
from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import config_validation as cv

from .const import (
    ATTR_CAMERA,
    ATTR_CONFIG_ENTRY,
    ATTR_IMAGE_PATH,
    DOMAIN,
    PROVIDER_GOOGLE,
    SERVICE_DESCRIBE_CAMERA,
    SERVICE_DESCRIBE_IMAGE,
)

_LOGGER = logging.getLogger(__name__)

DESCRIBE_IMAGE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY): cv.string,
        vol.Required(ATTR_IMAGE_PATH): cv.string,
        vol.Optional("extra_prompt"): cv.string,
    }
)
DESCRIBE_CAMERA_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY): cv.string,
        vol.Required(ATTR_CAMERA): cv.entity_id,
        vol.Optional("extra_prompt"): cv.string,
    }
)


def _entry_data(hass: HomeAssistant, entry_id: str) -> dict[str, Any]:
    try:
        return hass.data[DOMAIN][entry_id]
    except KeyError as err:
        raise ServiceValidationError(f"Config entry {entry_id} not loaded") from err


def _read(path: str) -> bytes:
    return Path(path).read_bytes()


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register vision_describe services."""

    async def describe_image(call: ServiceCall) -> ServiceResponse:
        data = _entry_data(hass, call.data[ATTR_CONFIG_ENTRY])
        path = call.data[ATTR_IMAGE_PATH]
        if not hass.config.is_allowed_path(path):
            raise ServiceValidationError(f"Not allowed to read {path}")
        image = await hass.async_add_executor_job(_read, path)
        mime_type = mimetypes.guess_type(path)[0] or "image/jpeg"
        text = await data["describer"].async_describe(image, mime_type, call.data.get("extra_prompt"))
        return {"description": text}

    async def describe_camera(call: ServiceCall) -> ServiceResponse:
        data = _entry_data(hass, call.data[ATTR_CONFIG_ENTRY])
        snapshot = await async_get_image(hass, call.data[ATTR_CAMERA], timeout=15)
        describer = data["describer"]

        if data["provider"] != PROVIDER_GOOGLE or data["sync_client"] is None:
            text = await describer.async_describe(
                snapshot.content, snapshot.content_type, call.data.get("extra_prompt")
            )
            return {"description": text, "camera": call.data[ATTR_CAMERA]}

        # Written before google-genai had a stable aio client; the blocking call runs in the
        # executor.  Works fine, nobody has had time to port it.
        sync_client = data["sync_client"]
        prompt = describer._prompt(call.data.get("extra_prompt"))  # noqa: SLF001
        try:
            response = await hass.async_add_executor_job(
                partial(
                    sync_client.models.generate_content,
                    model=describer.model,
                    contents=[
                        types.Part.from_bytes(data=snapshot.content, mime_type=snapshot.content_type),
                        prompt,
                    ],
                )
            )
        except Exception as err:  # noqa: BLE001
            raise HomeAssistantError(f"Gemini failed: {err}") from err
        return {"description": response.text or "", "camera": call.data[ATTR_CAMERA]}

    hass.services.async_register(
        DOMAIN,
        SERVICE_DESCRIBE_IMAGE,
        describe_image,
        schema=DESCRIBE_IMAGE_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_DESCRIBE_CAMERA,
        describe_camera,
        schema=DESCRIBE_CAMERA_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
