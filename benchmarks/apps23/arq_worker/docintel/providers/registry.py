"""A bundle of every provider client, hung on the ARQ ctx as ctx["providers"].

Jobs written after the 0.12 refactor use `ctx["providers"].<name>`; older jobs still read
the flat keys (ctx["openai"], ctx["anthropic"]) which on_startup keeps populating.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

import cohere
import voyageai
from anthropic import AsyncAnthropic
from openai import AsyncAzureOpenAI, AsyncOpenAI

from docintel.config import Settings
from docintel.providers.anthropic_factory import make_anthropic_client
from docintel.providers.cohere_factory import make_cohere_client
from docintel.providers.openai_factory import make_azure_openai_client, make_openai_client
from docintel.providers.together_factory import make_together_client
from docintel.providers.voyage_factory import make_voyage_client


@dataclass
class ProviderBundle:
    openai: AsyncOpenAI
    azure: AsyncAzureOpenAI
    anthropic: AsyncAnthropic
    cohere: cohere.AsyncClientV2
    voyage: voyageai.AsyncClient
    together: AsyncOpenAI

    @classmethod
    def from_settings(cls, settings: Settings) -> "ProviderBundle":
        return cls(
            openai=make_openai_client(settings),
            azure=make_azure_openai_client(settings),
            anthropic=make_anthropic_client(settings),
            cohere=make_cohere_client(settings),
            voyage=make_voyage_client(settings),
            together=make_together_client(settings),
        )

    def chat_client_for(self, tenant_region: str) -> AsyncOpenAI:
        """EU tenants go to Azure, everyone else to api.openai.com."""
        return self.azure if tenant_region == "eu" else self.openai

    async def aclose(self) -> None:
        await asyncio.gather(
            self.openai.close(),
            self.azure.close(),
            self.anthropic.close(),
            self.together.close(),
            return_exceptions=True,
        )
