"""Turn a list of logbook lines into a short digest."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
import logging
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.util import dt as dt_util

from ..llm_common.multi_model_service import TaskComplexity, multi_model_service
from ..llm_common.prompts import DEFAULT_DIGEST_PROMPT, PromptTemplate
from ..llm_common.tokens import trim_to_budget
from .const import (
    CONF_MAX_SENTENCES,
    DEFAULT_MAX_SENTENCES,
    MAX_LOG_TOKENS,
    PROVIDER_AUTO,
    PROVIDER_MISTRAL,
    PROVIDER_OLLAMA,
    PROVIDER_XAI,
)

_LOGGER = logging.getLogger(__name__)


@dataclass
class DigestResult:
    text: str
    provider: str
    model: str
    event_count: int
    generated_at: datetime = field(default_factory=dt_util.utcnow)
    input_tokens: int | None = None
    output_tokens: int | None = None

    @classmethod
    def create(cls, text: str, provider: str, model: str, event_count: int, **usage: Any) -> DigestResult:
        return cls(text=text.strip(), provider=provider, model=model, event_count=event_count, **usage)

    @classmethod
    def empty(cls, provider: str) -> DigestResult:
        return cls(text="Nothing happened.", provider=provider, model="", event_count=0)


class LogbookSummarizer:
    """Summarize logbook lines with the configured provider."""

    def __init__(
        self,
        hass: HomeAssistant,
        *,
        provider: str,
        client: Any,
        model: str,
        options: dict[str, Any],
    ) -> None:
        self.hass = hass
        self.provider = provider
        self._client = client
        self.model = model
        self._options = options

    def _system_prompt(self, period: str) -> str:
        return PromptTemplate.create(
            None,
            DEFAULT_DIGEST_PROMPT,
            max_sentences=self._options.get(CONF_MAX_SENTENCES, DEFAULT_MAX_SENTENCES),
        ).render(self.hass, period=period)

    async def summarize(self, lines: list[str], period: str) -> DigestResult:
        if not lines:
            return DigestResult.empty(self.provider)
        lines = trim_to_budget(lines, MAX_LOG_TOKENS)
        system_prompt = self._system_prompt(period)
        log_text = "\n".join(lines)

        if self.provider == PROVIDER_AUTO:
            response = await multi_model_service.generate_response(
                prompt=log_text,
                task_type="logbook_digest",
                complexity=TaskComplexity.SIMPLE,
                system_prompt=system_prompt,
            )
            return DigestResult.create(
                response.text,
                response.provider,
                response.model,
                len(lines),
                input_tokens=response.input_tokens,
                output_tokens=response.output_tokens,
            )
        if self.provider == PROVIDER_MISTRAL:
            return await self._summarize_mistral(system_prompt, log_text, len(lines))
        if self.provider == PROVIDER_XAI:
            return await self._summarize_xai(system_prompt, log_text, len(lines))
        if self.provider == PROVIDER_OLLAMA:
            return await self._summarize_ollama(system_prompt, log_text, len(lines))
        raise HomeAssistantError(f"Unknown digest provider {self.provider}")

    async def _summarize_mistral(self, system_prompt: str, log_text: str, count: int) -> DigestResult:
        request = partial(
            self._client.chat.complete_async,
            model=self.model,
            temperature=0.3,
            max_tokens=400,
        )
        response = await request(
            messages=[
                {"role": "system", "content": system_prompt},
                {"role": "user", "content": log_text},
            ]
        )
        return DigestResult.create(
            response.choices[0].message.content,
            PROVIDER_MISTRAL,
            self.model,
            count,
            input_tokens=response.usage.prompt_tokens,
            output_tokens=response.usage.completion_tokens,
        )

    async def _summarize_xai(self, system_prompt: str, log_text: str, count: int) -> DigestResult:
        completion = await self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system_prompt},
                {"role": "user", "content": log_text},
            ],
            max_tokens=400,
            temperature=0.3,
        )
        return DigestResult.create(
            completion.choices[0].message.content or "",
            PROVIDER_XAI,
            self.model,
            count,
            input_tokens=completion.usage.prompt_tokens if completion.usage else None,
            output_tokens=completion.usage.completion_tokens if completion.usage else None,
        )

    async def _summarize_ollama(self, system_prompt: str, log_text: str, count: int) -> DigestResult:
        response = await self._client.generate(
            model=self.model,
            system=system_prompt,
            prompt=log_text,
            options={"num_ctx": 8192, "temperature": 0.3},
            keep_alive="5m",
        )
        return DigestResult.create(
            response.response,
            PROVIDER_OLLAMA,
            self.model,
            count,
            input_tokens=response.prompt_eval_count,
            output_tokens=response.eval_count,
        )
