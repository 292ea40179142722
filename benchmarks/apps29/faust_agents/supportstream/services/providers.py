"""ProviderService: owns the LLM provider clients for the lifetime of the worker.

Created once in ``supportstream.app`` and added to the app's dependency list, so
mode starts it before agents begin consuming.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import cohere
import faust
import voyageai
from anthropic import AsyncAnthropic
from groq import AsyncGroq
from mistralai import Mistral
from openai import AsyncOpenAI

from supportstream.config import settings

if TYPE_CHECKING:  # pragma: no cover
    from supportstream.app import SupportApp

log = logging.getLogger(__name__)


class ProviderService(faust.Service):
    """Creates the async SDK clients in on_start and closes them in on_stop."""

    def __init__(self, app: "SupportApp", **kwargs) -> None:
        self.app = app
        self.openai: AsyncOpenAI | None = None
        self.anthropic: AsyncAnthropic | None = None
        self.cohere: cohere.AsyncClientV2 | None = None
        self.voyage: voyageai.AsyncClient | None = None
        self.groq: AsyncGroq | None = None
        self.deepseek: AsyncOpenAI | None = None
        self.mistral: Mistral | None = None
        super().__init__(**kwargs)

    async def on_start(self) -> None:
        self.openai = AsyncOpenAI(api_key=settings.openai_api_key, max_retries=2)
        self.anthropic = AsyncAnthropic(api_key=settings.anthropic_api_key)
        self.cohere = cohere.AsyncClientV2(api_key=settings.cohere_api_key)
        self.voyage = voyageai.AsyncClient(api_key=settings.voyage_api_key, max_retries=3)
        self.groq = AsyncGroq(api_key=settings.groq_api_key)
        self.deepseek = AsyncOpenAI(
            api_key=settings.deepseek_api_key,
            base_url=settings.deepseek_base_url,
        )
        self.mistral = Mistral(api_key=settings.mistral_api_key)

        holder = self.app.clients
        holder.openai = self.openai
        holder.anthropic = self.anthropic
        holder.cohere = self.cohere
        holder.voyage = self.voyage
        holder.groq = self.groq
        holder.deepseek = self.deepseek
        holder.mistral = self.mistral
        log.info("provider clients ready: %s", ", ".join(k for k in vars(holder)))

        if settings.provider_smoke_check:
            await self._smoke_check()

    async def _smoke_check(self) -> None:
        # One-token ping so a bad key fails the deploy instead of the first ticket.
        resp = await self.anthropic.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
        log.info("anthropic smoke check ok (stop_reason=%s)", resp.stop_reason)
        models = await self.openai.models.list()
        log.info("openai smoke check ok (%d models visible)", len(models.data))

    def client_for(self, provider: str):
        """Look up a client by provider name (used by the admin tooling)."""
        try:
            client = getattr(self, provider)
        except AttributeError:
            raise KeyError(provider) from None
        if client is None:
            raise RuntimeError(f"{provider} client not started yet")
        return client

    def health(self) -> dict[str, str]:
        return {
            name: ("up" if getattr(self, name) is not None else "down")
            for name in ("openai", "anthropic", "cohere", "voyage", "groq", "deepseek", "mistral")
        }

    async def on_stop(self) -> None:
        for name in ("openai", "anthropic", "groq", "deepseek"):
            client = getattr(self, name)
            if client is not None:
                await client.close()
        self.app.clients.clear()

    @faust.Service.task
    async def _report_missing(self) -> None:
        await self.sleep(30.0)
        missing = self.app.clients.missing()
        if missing:
            log.warning("provider clients still missing after 30s: %s", missing)
