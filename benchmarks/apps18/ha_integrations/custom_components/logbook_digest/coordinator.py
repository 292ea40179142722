"""Coordinator that pulls the logbook and asks the summarizer for a digest."""

from __future__ import annotations

from datetime import timedelta
import logging
from typing import Any

from homeassistant.components.logbook.processor import EventProcessor
from homeassistant.components.recorder import get_instance
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator, UpdateFailed
from homeassistant.util import dt as dt_util

from ..llm_common.llm_usage_tracker import llm_tracker
from ..llm_common.prompts import format_logbook_lines
from .const import (
    CONF_DEDUPE,
    CONF_EXCLUDE_DOMAINS,
    CONF_PERIOD_HOURS,
    DEDUPE_THRESHOLD,
    DEFAULT_EXCLUDE_DOMAINS,
    DEFAULT_PERIOD_HOURS,
    DOMAIN,
    PROVIDER_MISTRAL,
    PROVIDER_OLLAMA,
    UPDATE_INTERVAL,
)
from .embeddings import OpenAIEmbedder, collapse_similar, embed_mistral, embed_ollama
from .summarizer import DigestResult, LogbookSummarizer

_LOGGER = logging.getLogger(__name__)

IMPORTANCE_MODEL = "ministral-3b-latest"


class LogbookDigestCoordinator(DataUpdateCoordinator[DigestResult]):
    """Hourly digest."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        summarizer: LogbookSummarizer,
        client: Any,
    ) -> None:
        super().__init__(
            hass,
            _LOGGER,
            config_entry=entry,
            name=DOMAIN,
            update_interval=UPDATE_INTERVAL,
        )
        self.summarizer = summarizer
        self._client = client
        self._embedder: OpenAIEmbedder | None = None
        if key := entry.options.get("openai_embedding_key"):
            self._embedder = OpenAIEmbedder(key)

    @property
    def period_hours(self) -> int:
        return self.config_entry.options.get(CONF_PERIOD_HOURS, DEFAULT_PERIOD_HOURS)

    def _fetch_events(self, start, end) -> list[dict[str, Any]]:
        processor = EventProcessor(self.hass, None, None, None, None, timestamp=False, include_entity_name=True)
        return list(processor.get_events(start, end))

    async def _dedupe(self, lines: list[str]) -> list[str]:
        if not self.config_entry.options.get(CONF_DEDUPE, True) or len(lines) < 20:
            return lines
        try:
            if self.summarizer.provider == PROVIDER_MISTRAL:
                vectors = await embed_mistral(self._client, lines)
            elif self.summarizer.provider == PROVIDER_OLLAMA:
                vectors = await embed_ollama(self._client, lines)
            elif self._embedder is not None:
                vectors = await self._embedder.embed(lines)
            else:
                return lines
        except Exception as err:  # noqa: BLE001 - dedupe is best effort
            _LOGGER.debug("Dedupe skipped: %s", err)
            return lines
        return collapse_similar(lines, vectors, DEDUPE_THRESHOLD)

    async def _flag_important(self, lines: list[str]) -> list[str]:
        """Ask a tiny model which lines matter (Mistral only, tracked)."""
        if self.summarizer.provider != PROVIDER_MISTRAL or len(lines) < 50:
            return lines
        numbered = "\n".join(f"{i}: {line}" for i, line in enumerate(lines))
        async with llm_tracker.track_llm_call(
            provider="mistral", model=IMPORTANCE_MODEL, feature_context="logbook_digest.importance"
        ) as usage_log:
            response = await self._client.chat.complete_async(
                model=IMPORTANCE_MODEL,
                messages=[
                    {
                        "role": "user",
                        "content": "Return the comma separated numbers of the lines a home owner "
                        "would care about, nothing else.\n" + numbered,
                    }
                ],
                max_tokens=200,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        keep = {int(n) for n in str(response.choices[0].message.content).replace(" ", "").split(",") if n.isdigit()}
        return [line for i, line in enumerate(lines) if i in keep] or lines

    async def _async_update_data(self) -> DigestResult:
        end = dt_util.utcnow()
        start = end - timedelta(hours=self.period_hours)
        excluded = set(self.config_entry.options.get(CONF_EXCLUDE_DOMAINS, DEFAULT_EXCLUDE_DOMAINS))
        try:
            events = await get_instance(self.hass).async_add_executor_job(self._fetch_events, start, end)
        except Exception as err:
            raise UpdateFailed(f"Could not read logbook: {err}") from err

        events = [e for e in events if e.get("domain") not in excluded]
        lines = format_logbook_lines(events)
        lines = await self._dedupe(lines)
        lines = await self._flag_important(lines)
        period = f"the last {self.period_hours} hours"
        try:
            return await self.summarizer.summarize(lines, period)
        except Exception as err:
            raise UpdateFailed(f"Summarizer failed: {err}") from err
