"""Conversation agent entity for AI Assist."""

from __future__ import annotations

from typing import Literal

from homeassistant.components import conversation
from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_LLM_HASS_API, MATCH_ALL
from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from ..llm_common.llm_usage_tracker import llm_tracker
from ..llm_common.prompts import render_system_prompt
from .agents import BaseAgent, create_agent
from .const import CONF_PROMPT, DOMAIN, LOGGER, RECOMMENDED_MODELS

TITLE_MODEL = "claude-3-5-haiku-latest"


async def async_setup_entry(
    hass: HomeAssistant,
    config_entry: ConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Set up conversation entities."""
    async_add_entities([AIAssistConversationEntity(config_entry)])


class AIAssistConversationEntity(
    conversation.ConversationEntity, conversation.AbstractConversationAgent
):
    """AI Assist conversation agent."""

    _attr_has_entity_name = True
    _attr_name = None
    _attr_supports_streaming = True

    def __init__(self, entry: ConfigEntry) -> None:
        self.entry = entry
        runtime = entry.runtime_data
        self._agent: BaseAgent = create_agent(
            runtime.provider, runtime.client, dict(entry.options), RECOMMENDED_MODELS[runtime.provider]
        )
        self._attr_unique_id = entry.entry_id
        self._attr_device_info = dr.DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            manufacturer=runtime.provider,
            model=runtime.model,
            entry_type=dr.DeviceEntryType.SERVICE,
        )
        if self.entry.options.get(CONF_LLM_HASS_API):
            self._attr_supported_features = conversation.ConversationEntityFeature.CONTROL

    @property
    def supported_languages(self) -> list[str] | Literal["*"]:
        return MATCH_ALL

    async def async_added_to_hass(self) -> None:
        await super().async_added_to_hass()
        conversation.async_set_agent(self.hass, self.entry, self)

    async def async_will_remove_from_hass(self) -> None:
        conversation.async_unset_agent(self.hass, self.entry)
        await super().async_will_remove_from_hass()

    async def _async_handle_message(
        self,
        user_input: conversation.ConversationInput,
        chat_log: conversation.ChatLog,
    ) -> conversation.ConversationResult:
        options = self.entry.options
        try:
            await chat_log.async_provide_llm_data(
                user_input.as_llm_context(DOMAIN),
                options.get(CONF_LLM_HASS_API),
                render_system_prompt(self.hass, options.get(CONF_PROMPT)),
                user_input.extra_system_prompt,
            )
        except conversation.ConverseError as err:
            return err.as_conversation_result()

        await self._agent.async_run(self.entity_id, chat_log)

        if self.entry.runtime_data.provider == "anthropic" and len(chat_log.content) <= 3:
            self.hass.async_create_task(self._async_title(chat_log))

        return conversation.async_get_result_from_chat_log(user_input, chat_log)

    async def _async_title(self, chat_log: conversation.ChatLog) -> None:
        """Generate a short title for the conversation history panel (tracked)."""
        first_user = next(
            (c.content for c in chat_log.content if isinstance(c, conversation.UserContent)), None
        )
        if not first_user:
            return
        client = self.entry.runtime_data.client
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=TITLE_MODEL, feature_context="conversation_title"
        ) as usage_log:
            msg = await client.messages.create(
                model=TITLE_MODEL,
                max_tokens=20,
                messages=[{"role": "user", "content": f"Give a 3-5 word title for: {first_user}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        LOGGER.debug("Conversation %s title: %s", chat_log.conversation_id, msg.content[0].text)
