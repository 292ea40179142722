"""Shared clients handed to activity classes by the worker."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import voyageai
from anthropic import AsyncAnthropic, AsyncAnthropicBedrock, Anthropic, AnthropicBedrock
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from backoffice.clients import aws, llm
from backoffice.config import Settings

logger = logging.getLogger(__name__)


@dataclass
class ClientBundle:
    openai: OpenAI
    openai_async: AsyncOpenAI
    anthropic: Anthropic
    anthropic_async: AsyncAnthropic
    claude_bedrock: AnthropicBedrock
    claude_bedrock_async: AsyncAnthropicBedrock
    mistral: Mistral
    voyage: voyageai.Client
    voyage_async: voyageai.AsyncClient
    bedrock_runtime: Any
    bedrock_control: Any
    s3: Any

    def close(self) -> None:
        for name in ("openai", "anthropic", "claude_bedrock"):
            try:
                getattr(self, name).close()
            except Exception:  # pragma: no cover
                logger.debug("error closing %s", name, exc_info=True)


def build_client_bundle(settings: Settings) -> ClientBundle:
    logger.info("building client bundle for env=%s region=%s", settings.env, settings.aws_region)
    return ClientBundle(
        openai=llm.get_openai(),
        openai_async=llm.get_async_openai(),
        anthropic=llm.get_anthropic(),
        anthropic_async=llm.get_async_anthropic(),
        claude_bedrock=llm.get_bedrock_anthropic(),
        claude_bedrock_async=llm.get_async_bedrock_anthropic(),
        mistral=llm.get_mistral(),
        voyage=llm.get_voyage(),
        voyage_async=llm.get_async_voyage(),
        bedrock_runtime=aws.bedrock_runtime(),
        bedrock_control=aws.bedrock_control(),
        s3=aws.s3(),
    )
