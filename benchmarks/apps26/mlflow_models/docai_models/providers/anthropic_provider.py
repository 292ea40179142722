"""Anthropic clients: first-party API and Bedrock (prod runs on Bedrock in us-east-1)."""
from __future__ import annotations

import os

import anthropic
from anthropic import AnthropicBedrock, AsyncAnthropic

from docai_models.config import ProviderSettings, resolve_api_key

BEDROCK_MODEL_IDS = {
    "claude-3-5-sonnet": "anthropic.claude-3-5-sonnet-20241022-v2:0",
    "claude-3-5-haiku": "anthropic.claude-3-5-haiku-20241022-v1:0",
    "claude-3-7-sonnet": "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
}


def bedrock_model_id(alias: str) -> str:
    return BEDROCK_MODEL_IDS.get(alias, alias)


def build_anthropic_client(settings: ProviderSettings):
    if settings.extra.get("use_bedrock", True):
        return AnthropicBedrock(
            aws_region=settings.region or os.environ.get("AWS_REGION", "us-east-1"),
        )
    return anthropic.Anthropic(
        api_key=resolve_api_key("anthropic", settings.api_key),
        max_retries=settings.max_retries,
    )


def build_async_anthropic(settings: ProviderSettings) -> AsyncAnthropic:
    return AsyncAnthropic(api_key=resolve_api_key("anthropic", settings.api_key))


def count_prompt_tokens(client: anthropic.Anthropic, model: str, messages: list[dict]) -> int:
    """Pre-flight size check (free endpoint, first-party API only)."""
    resp = client.messages.count_tokens(model=model, messages=messages)
    return resp.input_tokens
