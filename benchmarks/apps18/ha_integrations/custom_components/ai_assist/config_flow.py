"""Config flow for AI Assist."""

from __future__ import annotations

from typing import Any

import anthropic
from google import genai
from google.genai.errors import APIError as GenAIError
from mistralai import Mistral
from mistralai.models import SDKError
import ollama
import openai
import voluptuous as vol

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlow,
)
from homeassistant.const import CONF_API_KEY, CONF_LLM_HASS_API
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import llm
from homeassistant.helpers.httpx_client import get_async_client
from homeassistant.helpers.selector import (
    NumberSelector,
    NumberSelectorConfig,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    TemplateSelector,
)

from ..llm_common.const import AZURE_API_VERSION, DEFAULT_OLLAMA_HOST, PROVIDERS, XAI_BASE_URL
from .const import (
    CONF_AZURE_DEPLOYMENT,
    CONF_AZURE_ENDPOINT,
    CONF_CHAT_MODEL,
    CONF_MAX_TOKENS,
    CONF_OLLAMA_HOST,
    CONF_PROMPT,
    CONF_PROVIDER,
    CONF_TEMPERATURE,
    DOMAIN,
    LOGGER,
    RECOMMENDED_MAX_TOKENS,
    RECOMMENDED_MODELS,
    RECOMMENDED_TEMPERATURE,
)


class CannotConnect(Exception):
    """Error to indicate we cannot connect."""


class InvalidAuth(Exception):
    """Error to indicate there is invalid auth."""


async def validate_input(hass: HomeAssistant, data: dict[str, Any]) -> None:
    """Validate the user input allows us to connect.

    Only cheap, non-billable endpoints here (model listings), except for xAI where the models
    endpoint accepted revoked keys for a while.
    """
    provider = data[CONF_PROVIDER]
    http_client = get_async_client(hass)
    try:
        if provider == "openai":
            client = openai.AsyncOpenAI(api_key=data[CONF_API_KEY], http_client=http_client)
            await client.with_options(timeout=10.0).models.list()
        elif provider == "azure_openai":
            client = openai.AsyncAzureOpenAI(
                api_key=data[CONF_API_KEY],
                azure_endpoint=data[CONF_AZURE_ENDPOINT],
                api_version=AZURE_API_VERSION,
                http_client=http_client,
            )
            await client.models.list()
        elif provider == "anthropic":
            client = anthropic.AsyncAnthropic(api_key=data[CONF_API_KEY], http_client=http_client)
            await client.models.list(timeout=10.0)
        elif provider == "google":
            client = genai.Client(api_key=data[CONF_API_KEY])
            await client.aio.models.list(config={"page_size": 1})
        elif provider == "ollama":
            client = ollama.AsyncClient(host=data[CONF_OLLAMA_HOST])
            await client.list()
        elif provider == "mistral":
            client = Mistral(api_key=data[CONF_API_KEY])
            await client.models.list_async()
        elif provider == "xai":
            client = openai.AsyncOpenAI(
                api_key=data[CONF_API_KEY], base_url=XAI_BASE_URL, http_client=http_client
            )
            await client.chat.completions.create(
                model="grok-3-mini",
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=1,
            )
    except (openai.AuthenticationError, anthropic.AuthenticationError) as err:
        raise InvalidAuth from err
    except GenAIError as err:
        if err.code in (400, 401, 403):
            raise InvalidAuth from err
        raise CannotConnect from err
    except SDKError as err:
        if err.status_code == 401:
            raise InvalidAuth from err
        raise CannotConnect from err
    except (openai.APIError, anthropic.APIError, ollama.ResponseError, ConnectionError) as err:
        raise CannotConnect from err


class AIAssistConfigFlow(ConfigFlow, domain=DOMAIN):
    """Handle a config flow for AI Assist."""

    VERSION = 1
    MINOR_VERSION = 2

    def __init__(self) -> None:
        self._provider: str | None = None

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        if user_input is not None:
            self._provider = user_input[CONF_PROVIDER]
            return await self.async_step_credentials()
        return self.async_show_form(
            step_id="user",
            data_schema=vol.Schema(
                {
                    vol.Required(CONF_PROVIDER, default="openai"): SelectSelector(
                        SelectSelectorConfig(options=PROVIDERS, translation_key="provider")
                    )
                }
            ),
        )

    async def async_step_credentials(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        assert self._provider is not None
        if user_input is not None:
            data = {CONF_PROVIDER: self._provider, **user_input}
            self._async_abort_entries_match(data)
            try:
                await validate_input(self.hass, data)
            except CannotConnect:
                errors["base"] = "cannot_connect"
            except InvalidAuth:
                errors["base"] = "invalid_auth"
            except Exception:  # noqa: BLE001
                LOGGER.exception("Unexpected exception")
                errors["base"] = "unknown"
            else:
                return self.async_create_entry(
                    title=self._provider.replace("_", " ").title(),
                    data=data,
                    options={
                        CONF_CHAT_MODEL: RECOMMENDED_MODELS[self._provider],
                        CONF_LLM_HASS_API: [llm.LLM_API_ASSIST],
                    },
                )

        if self._provider == "ollama":
            schema = vol.Schema({vol.Required(CONF_OLLAMA_HOST, default=DEFAULT_OLLAMA_HOST): str})
        elif self._provider == "azure_openai":
            schema = vol.Schema(
                {
                    vol.Required(CONF_API_KEY): str,
                    vol.Required(CONF_AZURE_ENDPOINT): str,
                    vol.Required(CONF_AZURE_DEPLOYMENT): str,
                }
            )
        else:
            schema = vol.Schema({vol.Required(CONF_API_KEY): str})
        return self.async_show_form(step_id="credentials", data_schema=schema, errors=errors)

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> OptionsFlow:
        return AIAssistOptionsFlow()


class AIAssistOptionsFlow(OptionsFlow):
    """Options: model, prompt, sampling."""

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        if user_input is not None:
            if not user_input.get(CONF_LLM_HASS_API):
                user_input.pop(CONF_LLM_HASS_API, None)
            return self.async_create_entry(data=user_input)

        hass_apis: list[SelectOptionDict] = [
            SelectOptionDict(label=api.name, value=api.id) for api in llm.async_get_apis(self.hass)
        ]
        options = self.config_entry.options
        provider = self.config_entry.data[CONF_PROVIDER]
        schema = vol.Schema(
            {
                vol.Optional(CONF_PROMPT, description={"suggested_value": options.get(CONF_PROMPT)}): TemplateSelector(),
                vol.Optional(CONF_LLM_HASS_API, default=options.get(CONF_LLM_HASS_API, [])): SelectSelector(
                    SelectSelectorConfig(options=hass_apis, multiple=True)
                ),
                vol.Optional(
                    CONF_CHAT_MODEL, default=options.get(CONF_CHAT_MODEL, RECOMMENDED_MODELS[provider])
                ): str,
                vol.Optional(
                    CONF_MAX_TOKENS, default=options.get(CONF_MAX_TOKENS, RECOMMENDED_MAX_TOKENS)
                ): int,
                vol.Optional(
                    CONF_TEMPERATURE, default=options.get(CONF_TEMPERATURE, RECOMMENDED_TEMPERATURE)
                ): NumberSelector(NumberSelectorConfig(min=0, max=2, step=0.05)),
            }
        )
        return self.async_show_form(step_id="init", data_schema=schema)
