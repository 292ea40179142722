"""AI Task entity for AI Assist."""

from __future__ import annotations

import base64
import json

from homeassistant.components import ai_task, conversation
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.util.json import json_loads

from ..llm_common.multi_model_service import TaskComplexity, multi_model_service
from .const import DOMAIN, LOGGER, RECOMMENDED_IMAGE_MODEL

# providers multi_model_service can serve; others fall back to the conversation agent
TRACKED_PROVIDERS = {"openai", "anthropic", "google", "ollama"}


async def async_setup_entry(
    hass: HomeAssistant,
    config_entry: ConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    async_add_entities([AIAssistTaskEntity(config_entry)])


class AIAssistTaskEntity(ai_task.AITaskEntity):
    """AI Task entity."""

    _attr_has_entity_name = True
    _attr_translation_key = "ai_task_data"

    def __init__(self, entry: ConfigEntry) -> None:
        self.entry = entry
        self._attr_unique_id = f"{entry.entry_id}_ai_task"
        features = ai_task.AITaskEntityFeature.GENERATE_DATA
        if entry.runtime_data.provider == "openai":
            features |= ai_task.AITaskEntityFeature.GENERATE_IMAGE
        self._attr_supported_features = features

    async def _async_generate_data(
        self,
        task: ai_task.GenDataTask,
        chat_log: conversation.ChatLog,
    ) -> ai_task.GenDataTaskResult:
        provider = self.entry.runtime_data.provider
        if provider not in TRACKED_PROVIDERS:
            raise HomeAssistantError(f"AI tasks are not supported for {provider} yet")

        system_prompt = None
        if task.structure:
            system_prompt = (
                "Respond only with a JSON object matching this description, no prose: "
                + json.dumps(task.structure.schema if hasattr(task.structure, "schema") else str(task.structure))
            )
        result = await multi_model_service.generate_response(
            prompt=task.instructions,
            task_type=f"{DOMAIN}.ai_task",
            complexity=TaskComplexity.STANDARD,
            system_prompt=system_prompt,
            provider=provider,
        )
        chat_log.async_add_assistant_content_without_tools(
            conversation.AssistantContent(agent_id=self.entity_id, content=result.text)
        )
        if not task.structure:
            return ai_task.GenDataTaskResult(conversation_id=chat_log.conversation_id, data=result.text)
        try:
            data = json_loads(result.text.strip().removeprefix("```json").removesuffix("```"))
        except ValueError as err:
            LOGGER.error("Failed to parse JSON from %s: %s", provider, result.text)
            raise HomeAssistantError("Error with AI Assist structured response") from err
        return ai_task.GenDataTaskResult(conversation_id=chat_log.conversation_id, data=data)

    async def _async_generate_image(
        self,
        task: ai_task.GenImageTask,
        chat_log: conversation.ChatLog,
    ) -> ai_task.GenImageTaskResult:
        client = self.entry.runtime_data.client
        # TODO(mk): move to multi_model_service once it supports images
        response = await client.images.generate(
            model=RECOMMENDED_IMAGE_MODEL,
            prompt=task.instructions,
            size="1024x1024",
            output_format="png",
        )
        image = response.data[0]
        return ai_task.GenImageTaskResult(
            image_data=base64.b64decode(image.b64_json),
            conversation_id=chat_log.conversation_id,
            mime_type="image/png",
            model=RECOMMENDED_IMAGE_MODEL,
            revised_prompt=image.revised_prompt,
        )
