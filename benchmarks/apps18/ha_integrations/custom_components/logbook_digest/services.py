"""logbook_digest services: refresh and ask_history."""

from __future__ import annotations

import logging

from pydantic import BaseModel, Field
import voluptuous as vol

from homeassistant.core import HomeAssistant, ServiceCall, ServiceResponse, SupportsResponse, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.httpx_client import get_async_client

from ..llm_common.http import ollama_chat_raw
from .const import CONF_HOST, DOMAIN, PROVIDER_OLLAMA, PROVIDER_XAI

_LOGGER = logging.getLogger(__name__)

ASK_SCHEMA = vol.Schema(
    {
        vol.Required("config_entry"): cv.string,
        vol.Required("question"): cv.string,
    }
)


class HistoryAnswer(BaseModel):
    answer: str = Field(description="Short answer for the user")
    relevant_lines: list[str] = Field(default_factory=list, description="Logbook lines that support the answer")
    confident: bool = True


def _get_entry(hass: HomeAssistant, entry_id: str):
    entry = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN or not hasattr(entry, "runtime_data"):
        raise ServiceValidationError(f"{entry_id} is not a loaded logbook_digest entry")
    return entry


@callback
def async_register_services(hass: HomeAssistant) -> None:
    async def refresh(call: ServiceCall) -> None:
        entry = _get_entry(hass, call.data["config_entry"])
        await entry.runtime_data.coordinator.async_request_refresh()

    async def ask_history(call: ServiceCall) -> ServiceResponse:
        entry = _get_entry(hass, call.data["config_entry"])
        runtime = entry.runtime_data
        digest = runtime.coordinator.data
        context = digest.text if digest else "No digest yet."
        question = call.data["question"]

        if runtime.summarizer.provider == PROVIDER_XAI and runtime.xai_native is not None:
            from xai_sdk.chat import system, user

            chat = runtime.xai_native.chat.create(model="grok-3-mini", max_tokens=300)
            chat.append(system(f"You answer questions about a home's recent history. Digest:\n{context}"))
            chat.append(user(question))
            _response, parsed = await chat.parse(HistoryAnswer)
            return parsed.model_dump()

        if runtime.summarizer.provider == PROVIDER_OLLAMA:
            result = await ollama_chat_raw(
                get_async_client(hass),
                entry.data[CONF_HOST],
                runtime.summarizer.model,
                [
                    {"role": "system", "content": f"Digest of recent home events:\n{context}"},
                    {"role": "user", "content": question},
                ],
            )
            return {"answer": result["message"]["content"], "relevant_lines": [], "confident": True}

        raise ServiceValidationError("ask_history is only available for xAI and Ollama entries")

    hass.services.async_register(DOMAIN, "refresh", refresh, schema=vol.Schema({vol.Required("config_entry"): cv.string}))
    hass.services.async_register(
        DOMAIN, "ask_history", ask_history, schema=ASK_SCHEMA, supports_response=SupportsResponse.ONLY
    )
