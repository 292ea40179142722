"""The Toolbox is built once at worker start-up and handed to every plugin."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from anthropic import AsyncAnthropic
from google import genai
from openai import AsyncOpenAI
from together import AsyncTogether

from agent_workers import clients
from agent_workers.config import Settings
from agent_workers.services.llm_usage_tracker import LLMUsageTracker, llm_tracker

log = logging.getLogger(__name__)


@dataclass
class Toolbox:
    settings: Settings
    openai: AsyncOpenAI
    anthropic: AsyncAnthropic
    genai: genai.Client
    together: AsyncTogether
    xai: AsyncOpenAI
    tracker: LLMUsageTracker = field(default_factory=lambda: llm_tracker)
    extras: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, settings: Settings) -> "Toolbox":
        """Build every client.  Nothing is sent over the wire here."""
        box = cls(
            settings=settings,
            openai=clients.make_openai(settings),
            anthropic=clients.make_anthropic(settings),
            genai=clients.make_genai(settings),
            together=clients.make_together(settings),
            xai=clients.make_xai(settings),
        )
        log.info("toolbox ready (env=%s)", settings.environment)
        return box

    def client_for(self, provider: str) -> Any:
        try:
            return {
                "openai": self.openai,
                "anthropic": self.anthropic,
                "google": self.genai,
                "together": self.together,
                "xai": self.xai,
            }[provider]
        except KeyError:
            raise ValueError(f"no client for provider {provider!r}") from None

    async def aclose(self) -> None:
        await self.openai.close()
        await self.anthropic.close()
        await self.xai.close()
        # AsyncTogether and genai.Client have no async close in the versions we pin.
