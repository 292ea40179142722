"""Anthropic client construction."""
from __future__ import annotations

import anthropic

from toolkit.config import ToolkitConfig


def make_anthropic_client(config: ToolkitConfig) -> anthropic.Anthropic:
    return anthropic.Anthropic(
        api_key=config.anthropic_api_key,
        timeout=config.request_timeout,
        max_retries=config.max_retries,
    )


def make_async_anthropic_client(config: ToolkitConfig) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(
        api_key=config.anthropic_api_key,
        timeout=config.request_timeout,
        max_retries=config.max_retries,
    )
