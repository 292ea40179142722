"""Config flow for logbook_digest."""

from __future__ import annotations

from typing import Any

from mistralai import Mistral
import ollama
import voluptuous as vol

from homeassistant.config_entries import ConfigEntry, ConfigFlow, ConfigFlowResult, OptionsFlow
from homeassistant.const import CONF_API_KEY
from homeassistant.core import callback
from homeassistant.helpers.selector import SelectSelector, SelectSelectorConfig

from ..llm_common import get_xai_openai_client
from .const import (
    CONF_DEDUPE,
    CONF_HOST,
    CONF_MAX_SENTENCES,
    CONF_MODEL,
    CONF_PERIOD_HOURS,
    CONF_PROVIDER,
    DEFAULT_MAX_SENTENCES,
    DEFAULT_MODELS,
    DEFAULT_PERIOD_HOURS,
    DIGEST_PROVIDERS,
    DOMAIN,
    PROVIDER_MISTRAL,
    PROVIDER_OLLAMA,
    PROVIDER_XAI,
)


class LogbookDigestConfigFlow(ConfigFlow, domain=DOMAIN):
    VERSION = 1

    async def _check(self, data: dict[str, Any]) -> str | None:
        provider = data[CONF_PROVIDER]
        try:
            if provider == PROVIDER_MISTRAL:
                async with Mistral(api_key=data[CONF_API_KEY]) as client:
                    models = await client.models.list_async()
                    if not models.data:
                        return "no_models"
            elif provider == PROVIDER_XAI:
                client = get_xai_openai_client(self.hass, data[CONF_API_KEY])
                await client.models.list()
            elif provider == PROVIDER_OLLAMA:
                client = ollama.AsyncClient(host=data[CONF_HOST])
                installed = await client.list()
                wanted = DEFAULT_MODELS[PROVIDER_OLLAMA]
                if not any(m.model == wanted for m in installed.models):
                    # pull is not billable, it's a download to the user's box
                    await client.pull(wanted)
        except Exception:  # noqa: BLE001
            return "cannot_connect"
        return None

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            if error := await self._check(user_input):
                errors["base"] = error
            else:
                return self.async_create_entry(title="Logbook digest", data=user_input)
        schema = vol.Schema(
            {
                vol.Required(CONF_PROVIDER, default="auto"): SelectSelector(
                    SelectSelectorConfig(options=DIGEST_PROVIDERS)
                ),
                vol.Optional(CONF_API_KEY): str,
                vol.Optional(CONF_HOST): str,
            }
        )
        return self.async_show_form(step_id="user", data_schema=schema, errors=errors)

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> OptionsFlow:
        return DigestOptionsFlow()


class DigestOptionsFlow(OptionsFlow):
    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        if user_input is not None:
            return self.async_create_entry(data=user_input)
        options = self.config_entry.options
        provider = self.config_entry.data[CONF_PROVIDER]
        return self.async_show_form(
            step_id="init",
            data_schema=vol.Schema(
                {
                    vol.Optional(CONF_MODEL, default=options.get(CONF_MODEL, DEFAULT_MODELS.get(provider, ""))): str,
                    vol.Optional(CONF_PERIOD_HOURS, default=options.get(CONF_PERIOD_HOURS, DEFAULT_PERIOD_HOURS)): int,
                    vol.Optional(
                        CONF_MAX_SENTENCES, default=options.get(CONF_MAX_SENTENCES, DEFAULT_MAX_SENTENCES)
                    ): int,
                    vol.Optional(CONF_DEDUPE, default=options.get(CONF_DEDUPE, True)): bool,
                    vol.Optional("openai_embedding_key"): str,
                }
            ),
        )
