"""Config flow for vision_describe."""

from __future__ import annotations

import logging
from typing import Any

import anthropic
from google import genai
import httpx
import openai
import voluptuous as vol

from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_API_KEY
from homeassistant.helpers.httpx_client import get_async_client
from homeassistant.helpers.selector import SelectSelector, SelectSelectorConfig

from ..llm_common.http import ollama_is_up
from .const import (
    CONF_HOST,
    CONF_PROVIDER,
    DEFAULT_MODELS,
    DOMAIN,
    PROVIDER_ANTHROPIC,
    PROVIDER_AZURE,
    PROVIDER_GOOGLE,
    PROVIDER_OLLAMA,
    PROVIDER_OPENAI,
)

_LOGGER = logging.getLogger(__name__)

STEP_USER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_PROVIDER): SelectSelector(SelectSelectorConfig(options=list(DEFAULT_MODELS))),
        vol.Optional(CONF_API_KEY): str,
        vol.Optional(CONF_HOST): str,
    }
)


class VisionDescribeConfigFlow(ConfigFlow, domain=DOMAIN):
    """Config flow."""

    VERSION = 1

    async def _validate(self, data: dict[str, Any]) -> str | None:
        provider = data[CONF_PROVIDER]
        http = get_async_client(self.hass)
        try:
            if provider == PROVIDER_GOOGLE:
                client = genai.Client(api_key=data[CONF_API_KEY])
                pager = await client.aio.models.list()
                if not any("gemini" in (m.name or "") for m in pager.page):
                    return "no_models"
            elif provider == PROVIDER_ANTHROPIC:
                client = anthropic.AsyncAnthropic(api_key=data[CONF_API_KEY], http_client=http)
                await client.models.retrieve(DEFAULT_MODELS[PROVIDER_ANTHROPIC])
            elif provider == PROVIDER_OPENAI:
                client = openai.AsyncOpenAI(api_key=data[CONF_API_KEY], http_client=http)
                await client.models.retrieve(DEFAULT_MODELS[PROVIDER_OPENAI])
            elif provider == PROVIDER_AZURE:
                if not data.get(CONF_HOST):
                    return "host_required"
            elif provider == PROVIDER_OLLAMA:
                if not await ollama_is_up(http, data.get(CONF_HOST, "")):
                    return "cannot_connect"
        except (anthropic.AuthenticationError, openai.AuthenticationError):
            return "invalid_auth"
        except (anthropic.APIError, openai.APIError, httpx.HTTPError):
            return "cannot_connect"
        except Exception:  # noqa: BLE001
            _LOGGER.exception("Unexpected error validating %s", provider)
            return "unknown"
        return None

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            if error := await self._validate(user_input):
                errors["base"] = error
            else:
                return self.async_create_entry(title=f"Vision ({user_input[CONF_PROVIDER]})", data=user_input)
        return self.async_show_form(step_id="user", data_schema=STEP_USER_SCHEMA, errors=errors)
