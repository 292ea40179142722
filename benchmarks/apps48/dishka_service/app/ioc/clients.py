"""SDK client providers.

Everything that talks to a model vendor is created here, once per app.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterable
from typing import NewType

import boto3
import voyageai
from anthropic import AsyncAnthropic
from botocore.config import Config as BotoConfig
from dishka import Provider, Scope, provide
from mistralai import Mistral
from openai import AsyncOpenAI

from app.config import Settings, get_settings

logger = logging.getLogger(__name__)

# boto3 clients are all typed as BaseClient, so we brand the runtime one.
BedrockRuntime = NewType("BedrockRuntime", object)


class ConfigProvider(Provider):
    scope = Scope.APP

    @provide
    def settings(self) -> Settings:
        return get_settings()


class ClientsProvider(Provider):
    scope = Scope.APP

    @provide
    async def openai_client(self, settings: Settings) -> AsyncIterable[AsyncOpenAI]:
        client = AsyncOpenAI(
            api_key=settings.openai_api_key,
            organization=settings.openai_org,
            timeout=settings.request_timeout_s,
            max_retries=2,
        )
        yield client
        await client.close()

    @provide
    async def anthropic_client(self, settings: Settings) -> AsyncIterable[AsyncAnthropic]:
        client = AsyncAnthropic(api_key=settings.anthropic_api_key, max_retries=3)
        yield client
        await client.close()

    @provide(scope=Scope.APP)
    def bedrock_runtime(self, settings: Settings) -> BedrockRuntime:
        session = boto3.Session(profile_name=settings.aws_profile, region_name=settings.aws_region)
        client = session.client(
            "bedrock-runtime",
            config=BotoConfig(retries={"max_attempts": 4, "mode": "adaptive"}, read_timeout=120),
        )
        logger.info("bedrock-runtime client ready in %s", settings.aws_region)
        return BedrockRuntime(client)

    @provide
    def voyage_client(self, settings: Settings) -> voyageai.AsyncClient:
        return voyageai.AsyncClient(api_key=settings.voyage_api_key, max_retries=3)

    @provide
    def mistral_client(self, settings: Settings) -> Mistral:
        return Mistral(api_key=settings.mistral_api_key)
