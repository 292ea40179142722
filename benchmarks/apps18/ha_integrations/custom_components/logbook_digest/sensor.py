"""Digest sensor."""

from __future__ import annotations

from typing import Any

from homeassistant.components.sensor import SensorEntity
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from .coordinator import LogbookDigestCoordinator

MAX_STATE_LENGTH = 255


async def async_setup_entry(
    hass: HomeAssistant, entry: ConfigEntry, async_add_entities: AddConfigEntryEntitiesCallback
) -> None:
    async_add_entities([LogbookDigestSensor(entry.runtime_data.coordinator, entry)])


class LogbookDigestSensor(CoordinatorEntity[LogbookDigestCoordinator], SensorEntity):
    """The digest text (truncated) with full text in attributes."""

    _attr_has_entity_name = True
    _attr_translation_key = "digest"
    _attr_icon = "mdi:text-box-outline"

    def __init__(self, coordinator: LogbookDigestCoordinator, entry: ConfigEntry) -> None:
        super().__init__(coordinator)
        self._attr_unique_id = f"{entry.entry_id}_digest"

    @property
    def native_value(self) -> str | None:
        if self.coordinator.data is None:
            return None
        text = self.coordinator.data.text
        return text if len(text) <= MAX_STATE_LENGTH else text[: MAX_STATE_LENGTH - 1] + "…"

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        data = self.coordinator.data
        if data is None:
            return {}
        return {
            "full_text": data.text,
            "provider": data.provider,
            "model": data.model,
            "event_count": data.event_count,
            "generated_at": data.generated_at.isoformat(),
            "input_tokens": data.input_tokens,
            "output_tokens": data.output_tokens,
        }
